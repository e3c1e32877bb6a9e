"""Split a clean release into header lines, body units and sentences; flag boilerplate.

A *unit* is a paragraph, a list item or a text table. Units before the first real
paragraph of prose form the header (letterhead, date line, headline). Every body unit
gets a ``section``: ``body``, ``about`` (the "About the Company" profile) or
``boilerplate`` (forward-looking statements, disclaimers, contacts, signatures, legends).
Extractors read ``body`` units; only production guidance may come from ``about``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LIST_ITEM = re.compile(r"^\s*(?:--?\s+|[*+•>»]\s+|\d{1,2}[.)]\s+|\([a-z0-9]{1,3}\)\s+|[a-z][.)]\s+)")
_NUMERIC_CELL = re.compile(
    r"(?<![\w.])[-(]?\$?\d[\d,]*(?:\.\d+)?%?(?:\s?[-\u2013]\s?\$?\d[\d,]*(?:\.\d+)?%?)?\)?(?![\w.])|\bn/?a\b|"
    r"[-\u2013\u2014]|"     # ('-' / '—': a cell with no figure)
    r"\d{1,3}(?: \d{3})+(?:[.,]\d+)?", re.I)     # ('109 698': thousands grouped by spaces)
_CELL_GAP = re.compile(r"\t|\s{2,}|\s*\|\s*")
_WORD = re.compile(r"[^\W\d_][\w'-]*")

# the Hong Kong exchanges' disclaimer, above the letterhead or anywhere else
_EXCHANGE_DISCLAIMER = r"takes? no responsibility for the contents of this announcement"
_BOILERPLATE_HEADING = re.compile(
    r"forward[- ]looking|cautionary|safe harbou?r|for (?:further|more|additional) information|"
    r"^contacts?\b|investor relations|media (?:contact|inquiries|relations)|where to find it|"
    r"additional information|not an offer|^qualified persons?|non-(?:ifrs|gaap)|"
    r"quality (?:assurance|control)|^technical (?:information|disclosure)|on behalf of the board|"
    r"^neither\b|^notes? to editors|^disclaimer|^legal notice|^source:",
    re.I,
)
# boilerplate headings that sit mid-release, after which a news heading ('Stock Options') returns to the news
_SOFT_BOILERPLATE_HEADING = re.compile(r"^qualified persons?|quality (?:assurance|control)|"
                                       r"^technical (?:information|disclosure)|non-(?:ifrs|gaap)", re.I)
_ABOUT_HEADING = re.compile(r"^about\b", re.I)
# a name on a line of its own: a signature ('Jane Smith'), or a short heading ('Mine')
_NAME_LINE = re.compile(r"[\"']?[A-Z][\w.' -]{2,40}[\"']?")
_BOILERPLATE_TEXT = re.compile(
    r"^\W*forward[- ]looking (?:statements?|information)|^\W*cautionary (?:note|statement)|"
    r"(?:this|the) (?:news|press) release (?:contains|includes) (?:certain )?(?:\"?forward|statements)|"
    r"^\W*(?:certain )?(?:statements|information) (?:contained )?in this (?:news |press )?release|"
    r"neither (?:the )?(?:tsx|toronto stock exchange|canadian securities exchange)|"
    r"(?:has not reviewed and )?does not (?:take|accept) responsibility for the adequacy|"
    r"accepts? (?:no )?responsibility for the adequacy|" + _EXCHANGE_DISCLAIMER + "|"
    r"(?:does not|shall not) constitute an offer|"
    r"^\W*(?:tel|telephone|phone|fax|e-?mail|website|web|toll[- ]free)\b\s*[:.]|"
    r"^\W*(?:for further information|to receive|contact)\b|"
    r"^\W*on behalf of the board|^\W*\(?signed\)?|^" + _NAME_LINE.pattern + "$|"
    r"^[\s*-]+$",
    re.I,
)
_ABBREVIATIONS = frozenset(
    "u.s us ltd inc corp co no nos mr ms mrs dr st jan feb mar apr jun jul aug sep sept oct nov dec "
    "approx e.g i.e vs u.k s.a n.v l.p pty ltda bhd plc jr sr est dept fig op art sec p.m a.m "
    "cdn u.s.a d.c n.y b.c ont que gov hon prof mt ft oz dra sra srta ing lic "
    # Singapore's, Indonesia's and Latin America's legal forms ('Kingsbridge Resource Finance Pte. Ltd.'), and more
    # honorifics ('Ir.', 'Dra.')
    # and the Peruvian sol before its sum ('S/. 694')
    "pte tbk s.a.c s.a.a s.r.l s.a.s e.i.r.l s.p.a ir s/".split()
)
_UNITS = frozenset({"oz", "mt", "ft"})
_LEGAL_FORMS = frozenset({"ltd", "inc", "corp", "co", "plc", "pty", "s.a", "n.v", "l.p", "ltda", "bhd", "tbk", "s.a.c",
                          "s.a.a", "s.r.l", "s.a.s", "e.i.r.l", "s.p.a"})
_SENTENCE_OPENER = re.compile(r"(?:The|This|These|That|Those|It|Its|He|She|They|We|In|On|As|At|Under|Following|"
                              r"After|Before|During|Subsequently|Accordingly|However)\b")
_SENT_BOUNDARY = re.compile(r"[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")


@dataclass(frozen=True, slots=True)
class Unit:
    start: int                 # offsets in the clean text
    end: int
    text: str                  # clean text with line breaks as spaces (same length)
    kind: str                  # 'prose' | 'heading' | 'list_item' | 'table'
    section: str               # 'header' | 'body' | 'about' | 'boilerplate'
    lines: tuple[tuple[int, str], ...] = ()    # for tables: (offset, line)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    unit: int                  # index into Segmented.units
    section: str


@dataclass(frozen=True, slots=True)
class Segmented:
    units: tuple[Unit, ...]
    sentences: tuple[Sentence, ...]
    lead: int = -1             # index of the lead paragraph in ``units`` (-1: none)

    @property
    def header(self) -> tuple[Unit, ...]:
        return tuple(u for u in self.units if u.section == "header")


def _lead(units: list[Unit]) -> int:
    """Index of the lead paragraph: the first body prose that reads as one (past a highlights list), else the first
    unit after the header; -1 when there is none."""
    first = -1
    for i, u in enumerate(units):
        if u.section == "header":
            continue
        if first < 0 and u.section != "boilerplate":
            first = i
        if u.section == "body" and u.kind == "prose" and _is_body_start(u.text.strip()):
            return i
    return first


def _cells(line: str) -> tuple[int, int]:
    """(cells, numeric cells) of a line whose cells are set apart by wide gaps, tabs or pipes."""
    cells = [c.strip(" |") for c in _CELL_GAP.split(line.strip().strip("|"))]
    cells = [c for c in cells if c]
    return len(cells), sum(1 for c in cells if _NUMERIC_CELL.fullmatch(c))


def _is_table(lines: list[str]) -> bool:
    rows = 0
    for line in lines:
        cells, numeric = _cells(line)
        if cells >= 2 and numeric >= 1 and (numeric >= 2 or "|" in line or "\t" in line):
            rows += 1
    return rows >= 2 or (rows >= 1 and len(lines) >= 2 and any("|" in x for x in lines))


def _figures_table(lines) -> bool:
    """Whether a table's lines hold rows of figures (three or more with two numbers each), not a letterhead block."""
    counts = [_cells(line) for _off, line in lines]
    return sum(1 for cells, numeric in counts if cells >= 3 and numeric >= 2) >= 3


def _split_units(text: str):
    """Yield (start, end, kind, lines) for each paragraph, list item and table.

    A block of column heads set apart from its table by a blank line ('KLIPVLEI MINE   Quarter   Quarter   Year' /
    '...ended...' / '30 Jun 96   31 Mar 96 ...', then the rows) is the table's first lines."""
    held = None
    for unit in _blocks(text):
        if held is not None:
            if unit[2] == "table":
                unit = (held[0], unit[1], "table", held[3] + unit[3])
            else:
                yield held[0], held[1], held[2], ()
            held = None
        if unit[2] == "prose" and unit[3] and _column_heads(unit[3]):
            held = unit
            continue
        yield unit if unit[2] == "table" else (*unit[:3], ())
    if held is not None:
        yield held[0], held[1], held[2], ()


def _column_heads(lines) -> bool:
    """Two or more lines of three or more cells each apart by wide gaps, and no sentence among them."""
    plain = [ln for _o, ln in lines if ln.strip()]
    return len(plain) >= 2 and all(len([c for c in _CELL_GAP.split(ln.strip()) if c]) >= 3 and not
                                   re.search(r"[a-z]{3,}[.;:]\s", ln) for ln in plain)


def _blocks(text: str):
    """(start, end, kind, lines) of each paragraph, list item and table as the blank lines part them (a paragraph's
    lines are given, for a block of column heads to join the table below it)."""
    pos = 0
    for m in [*_PARA_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        block = text[pos:end]
        if block.strip():
            lines = []
            off = pos
            for line in block.split("\n"):
                lines.append((off, line))
                off += len(line) + 1
            plain = [ln for _, ln in lines if ln.strip()]
            if len(plain) >= 2 and _is_table(plain):
                yield pos, end, "table", tuple((o, ln) for o, ln in lines if ln.strip())
            else:
                first = lines[0][1].strip()
                # (an 'About ...' line or a heading in capitals, 'GUIDANCE', run straight into its paragraph)
                if len(lines) >= 2 and (_ABOUT_HEADING.match(first) or _CAPS_HEADING.fullmatch(first)) and \
                        len(first) <= 80 and len(lines[1][1].split()) >= 6 and not lines[1][1].strip().isupper():
                    yield lines[0][0], lines[0][0] + len(lines[0][1]), "prose", ()
                    lines = lines[1:]
                cur_start = None
                cur_kind = "prose"
                for _i, (o, ln) in enumerate(lines):
                    if not ln.strip():
                        continue
                    if cur_start is None:
                        cur_start = o
                        cur_kind = "list_item" if _LIST_ITEM.match(ln) else "prose"
                    elif _LIST_ITEM.match(ln):
                        yield cur_start, o - 1, cur_kind, ()
                        cur_start, cur_kind = o, "list_item"
                if cur_start is not None:
                    yield cur_start, end, cur_kind, tuple((o, ln) for o, ln in lines if ln.strip() and o >= cur_start)
        pos = m.end() if m else len(text)


_CAPS_HEADING = re.compile(r"(?:\*\*)?[A-Z][A-Z&/,' -]{3,50}[A-Z](?:\*\*)?:?")


def _looks_like_heading(text: str) -> bool:
    t = text.strip()
    words = _WORD.findall(t)
    bare = re.sub(r"\([^)]*\)", " ", t)
    if bare.isupper():
        t = bare    # 'TIANKOURA GOLD MINE (Bougouriba 90%, Government of Burkina Faso 10%)': its shares are no figure
    return 0 < len(words) <= 12 and len(t) <= 100 and not t.endswith((".", ",", ";")) and not _STATED_FIGURE.search(t)


# 'Head grade: 2.31 g/t (June quarter: 2.18 g/t)' is a short line that states a figure, not a heading
_STATED_FIGURE = re.compile(
    r"(?<![(\d.,])\d[\d,.]*\s*(?:%(?!\))|g/t|oz\b|ounces|tonnes|tpd|t/d)|:\s*(?:[A-Z]{0,2}\$)?\d", re.I)


# a highlights heading above the lead paragraph (ASX and AIM quarterlies): the list under it is body, not letterhead
_HIGHLIGHTS = re.compile(r"^(?:\*\*)?(?:(?:quarterly|key|operational|operating|production|quarter|period|"
                         r"[A-Z]\w*\s+quarter)\s+)?(?:highlights|salient\s+features|key\s+features|features)"
                         r"(?:\s+for\s+the\s+(?:quarter|period|month))?:?(?:\*\*)?$", re.I)


def _first_cell(clean: str, start: int) -> str:
    """The first line's text up to a wide gap: a table's caption where it heads the columns' line."""
    end = clean.find("\n", start)
    line = clean[start:end if end >= 0 else len(clean)]
    return re.split(r"\s{3,}|\t", line.strip(), maxsplit=1)[0]


def _is_body_start(text: str) -> bool:
    found = _WORD.findall(text)
    words = len(found)
    if words >= 40:
        return True
    if words >= 20 and text.rstrip().endswith(":") and not text.isupper():
        return True     # a sentence opening a list ('... signed facility agreements ... for the following facilities:')
    if words < 20 or not (". " in text or text.rstrip().endswith(".")):
        return False
    # a long headline in title case ('... Obtains U.S. Judgment Against Nicaragua and Attaches US$6.1 Million ...')
    long_words = [w for w in found if len(w) >= 4]
    return text.rstrip().endswith(".") or sum(w[0].isupper() for w in long_words) < 0.8 * len(long_words)


def split_sentences(text: str, base: int = 0):
    """Yield (start, end) of each sentence of ``text`` (offsets shifted by ``base``).

    >>> t = "Rusoro Mining Ltd. announces a U.S. $5 million note. It is due Jan. 5, 2011. Done"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Rusoro Mining Ltd. announces a U.S. $5 million note.', 'It is due Jan. 5, 2011.', 'Done']
    """
    start = 0
    n = len(text)
    while start < n and text[start].isspace():
        start += 1
    for m in _SENT_BOUNDARY.finditer(text):
        dot = m.start()
        j = dot
        while j > 0 and not text[j - 1].isspace() and text[j - 1] not in "(\"'":
            j -= 1
        # (the word before the dot: 'Oct' in 'DENVER--(BUSINESS WIRE)--Oct. 1, 2019')
        token = re.split(r"--|\)", text[j:dot])[-1].lower().strip(".")
        if ((token in _ABBREVIATIONS and not (token in _UNITS and re.search(r"\d\s?$", text[max(0, j - 3):j]))) or (
                len(token) == 1 and token.isalpha())) and not (
                token in _LEGAL_FORMS and _SENTENCE_OPENER.match(text, m.end())):
            continue        # (a unit after its number ends a sentence: '... contributing 43,115 oz. The mill ...'; so
            #                  does a company's 'Ltd.' before 'The orders were made ...')
        if re.fullmatch(r"[a-z](?:\.[a-z]){1,3}", token) and re.search(r"\b(?:Mr|Ms|Mrs|Dr|Messrs)\.?\s+$",
                                                                      text[max(0, j - 8):j]):
            continue        # a person's initials after a title: 'He succeeds Mr J.R. Hollis, who retires ...'
        if text[dot] == "." and dot > 0 and text[dot - 1].isdigit() and m.end() < n and text[m.end()].isdigit():
            continue
        if token == "cent" and text[max(0, j - 4):j].lower() == "per " and m.end() < n and text[m.end()] in "(":
            continue        # '... a recovery of 92.5 per cent. (June 2004 quarter: 176,900 tonnes ...)': its bracket
        end = m.start() + len(m.group().rstrip())
        if end > start:
            yield base + start, base + end
        start = m.end()
    end = len(text.rstrip())
    if end > start:
        yield base + start, base + end


# (and a GEM announcement's caveat: 'GEM has been established as a market designed to accommodate companies to which a
# high investment risk may be attached')
_GEM_CAVEAT = r"\bGEM\s+has\s+been\s+(?:established|positioned)\s+as\s+a\s+market\b"
_LEADING_DISCLAIMER = re.compile(f"{_EXCHANGE_DISCLAIMER}|{_GEM_CAVEAT}", re.I)


def segment(clean: str) -> Segmented:
    units: list[Unit] = []
    sentences: list[Sentence] = []
    in_header = True
    section = "body"
    soft = False        # whether the boilerplate section is one a news heading may end
    for start, end, kind, lines in _split_units(clean):
        text = clean[start:end].replace("\n", " ")
        stripped = text.strip()
        opens_body = in_header and ((_HIGHLIGHTS.match(_first_cell(clean, start)) or _figures_table(lines))
                                    if kind == "table" else (_is_body_start(stripped) or _HIGHLIGHTS.match(stripped)))
        if opens_body:
            # (a table under a caption of highlights starts the body too: 'SALIENT FEATURES     Quarter   Year'; so does
            # a table of figures a release opens with under its date line)
            if _LEADING_DISCLAIMER.search(stripped):
                # an exchange's disclaimer above the letterhead (Hong Kong announcements) does not start the body
                units.append(Unit(start, end, text, kind, "boilerplate", lines))
                continue
            in_header = False
        if in_header:
            # letterhead blocks: one unit per line (name, address, date, symbol, headline)
            off = start
            for line in clean[start:end].split("\n"):
                if line.strip():
                    units.append(Unit(off, off + len(line), line, "prose", "header"))
                off += len(line) + 1
            continue
        if kind == "prose" and _ABOUT_HEADING.match(stripped) and len(stripped) <= 80 and \
                len(_WORD.findall(stripped)) <= 10:
            kind = "heading"     # 'About Kestrel Gold Corp.' ends with the period of 'Corp.'
            section = "about"
        elif kind == "prose" and _looks_like_heading(stripped):
            kind = "heading"
            if _ABOUT_HEADING.search(stripped):
                section = "about"
            elif _BOILERPLATE_HEADING.search(stripped):
                section = "boilerplate"
                soft = bool(_SOFT_BOILERPLATE_HEADING.search(stripped))
            elif section != "boilerplate" or soft:
                section = "body"    # (a news heading after a qualified person's statement reopens the body)
        unit_section = section
        if section != "boilerplate" and kind != "table" and _BOILERPLATE_TEXT.search(stripped) and not (
                kind == "heading" and _NAME_LINE.fullmatch(stripped)):     # ('Mine': a heading, not a signature)
            unit_section = "boilerplate"
            if re.match(r"\W*(?:forward[- ]looking|cautionary)", stripped, re.I):
                section, soft = "boilerplate", False
        units.append(Unit(start, end, text, kind, unit_section, lines))
        if kind in ("prose", "list_item") and unit_section != "boilerplate":
            idx = len(units) - 1
            for s, e in split_sentences(text, start):
                sentences.append(Sentence(s, e, clean[s:e].replace("\n", " "), idx, unit_section))
    return Segmented(tuple(units), tuple(sentences), _lead(units))
