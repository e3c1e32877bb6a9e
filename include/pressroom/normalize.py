"""Decode release files and clean PDF-converted text without losing the way back.

``decode`` turns bytes into text (or says why it cannot). ``normalize`` removes the
debris of PDF and Markdown conversion -- ``\\$`` escapes, ``**bold**``, curly quotes,
non-breaking spaces, lone page-number lines that split a paragraph -- and returns a
:class:`CleanText` that maps every offset of the clean text back to the raw text, so an
evidence sentence can always be located in the stored original.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass

from pressroom.models import NotARelease

#: files larger than this are not press releases
MAX_BYTES = 2_000_000
#: below this many characters of text a release cannot hold a date, headline and body
MIN_CHARS = 120


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str          # line endings normalized to \n
    encoding: str
    sha256: str        # of the UTF-8 encoded text: the release's identity


def decode(data: bytes) -> Decoded:
    """Decode a release file, or raise :class:`NotARelease` with a one-line reason.

    >>> decode("Caf\\u00e9\\r\\n".encode("cp1252") * 60).encoding
    'cp1252'
    >>> decode(b"")
    Traceback (most recent call last):
    ...
    pressroom.models.NotARelease: empty file
    """
    if not data.strip():
        raise NotARelease("empty file")
    if len(data) > MAX_BYTES:
        raise NotARelease(f"file too large for a press release ({len(data):,} bytes)")
    text = encoding = None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = data.decode("utf-16"), "utf-16"
    elif b"\x00" in data:
        raise NotARelease("binary file (contains NUL bytes)")
    else:
        for codec in ("utf-8-sig", "cp1252"):
            try:
                text, encoding = data.decode(codec), codec
                break
            except UnicodeDecodeError:
                continue
        if text is None:
            raise NotARelease("not text: bytes are neither UTF-8 nor Windows-1252")
    if encoding == "utf-8-sig":
        encoding = "utf-8"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for ch in text if ch < " " and ch not in "\n\t\f")
    if controls > max(2, len(text) // 200):
        raise NotARelease(f"binary file ({controls} control characters in {len(text)})")
    letters = sum(1 for ch in text if ch.isalpha())
    if letters < len(text) * 0.4 or len(text.strip()) < MIN_CHARS:
        raise NotARelease(f"too little text to be a release ({letters} letters in {len(text)} characters)")
    return Decoded(text=text, encoding=encoding,
                   sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


# One pass of substitutions; each alternative names what it repairs. The leading class lets the scan skip
# ordinary characters without trying every alternative.
_FIXES = re.compile(
    r"(?=[-\\*#<>\n\t\u00a0\u2007\u202f\u2009\u200a\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033"
    r"\u2010-\u2015\u2212\u00ad\u200b-\u200d\ufeff\u2022\u25aa\u25cf\u2023\u2043])"
    r"(?:(?P<escape>\\(?P<escaped>[$%&#_*\[\]().\-+!]))"
    r"|(?P<starbullet>\n[ \t]*\*(?=[ \t]+\S))"
    r"|(?P<mdhead>(?:(?<=\n)|^)#{1,6}[ \t]+(?=\S))"      # a heading converted from HTML: '## Production'
    # a wire service's table fence: '<<' and '>>' on lines of their own (CNW, Marketwire)
    r"|(?P<fence>(?:(?<=\n)|^)(?:<<|>>)[ \t]*(?=\n|$))"
    r"|(?P<emph>\*{1,3})"
    r"|(?P<tab>\t[\t \u00a0]*)"
    r"|(?P<space>[\u00a0\u2007\u202f\u2009\u200a]+)"
    r"|(?P<squote>[\u2018\u2019\u201a\u201b\u2032])"
    r"|(?P<dquote>[\u201c\u201d\u201e\u201f\u2033])"
    r"|(?P<dash>[\u2010\u2011\u2012\u2013\u2014\u2015\u2212])"
    r"|(?P<zero>[\u00ad\u200b\u200c\u200d\ufeff])"
    r"|(?P<bullet>[\u2022\u25aa\u25cf\u2023\u2043])"
    # 'conver-\ntible': a word hyphenated at a line's end (in lower case: 'Benishangul-\nGumuz' keeps its hyphen)
    r"|(?P<wordbreak>(?-i:(?<=[A-Za-z][a-z])-\n[ \t]*(?=[a-z]{2})))"
    # (or a running footer that ends with its page: 'ASX: WNG | Quarterly Activities Report - June 2023 | Page 2')
    r"|(?P<page>\n(?:[ \t]*\n)+[ \t]*(?:(?:-\s*)?(?:page\s+)?|[^\n]{1,100}?(?:[ \t]\|[ \t]*|[ \t]{2,})page\s+)"
    r"\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?(?:\s*-)?[ \t]*\n(?:[ \t]*\n)+))",
    re.IGNORECASE,
)
# the halves of hyphenated words ('heap-leach', 'non-brokered', 'year-end', 'run-of-mine') that a line may break at
_COMPOUND_HEADS = frozenset(
    "non co pre re post heap flow open year run carbon in of well long short mid semi sub all high low one two three "
    "four five six seven eight nine ten self ex by full part cut off on drill multi inter cross wholly fully half "
    "quarter month day per life follow bought hard three lower higher mine gold follow first second third".split())
_COMPOUND_TAILS = frozenset(
    "based owned term grade pit leach through end looking free bearing time scale date level mine tonne tonnes ounce "
    "year month day lien backed linked to in of up off out over down market dollar quarter pulp leaching brokered "
    "listed dilutive approved related looking priced".split())
_SENTENCE_END = ".!?:;\"')"
_TABLE_ROW = re.compile(r"\S(?: {2,}|\t)\S")
# a tab separates table columns: it stays a gap of two spaces, which the table reader splits on
_REPLACEMENTS = {"fence": "", "emph": "", "mdhead": "", "starbullet": "\n-", "space": " ", "tab": "  ", "squote": "'",
                 "dquote": '"', "dash": "-", "zero": "", "bullet": "-"}


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str
    _clean_anchors: tuple[int, ...]
    _raw_anchors: tuple[int, ...]

    def raw_offset(self, clean_offset: int) -> int:
        """Offset in the raw text of the character at ``clean_offset`` of the clean text."""
        i = bisect_right(self._clean_anchors, clean_offset) - 1
        if i < 0:
            return clean_offset
        return self._raw_anchors[i] + (clean_offset - self._clean_anchors[i])

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw span of the clean span ``[start, end)`` (the end maps from its last character)."""
        if end <= start:
            return self.raw_offset(start), self.raw_offset(start)
        return self.raw_offset(start), self.raw_offset(end - 1) + 1


_RUNS_ON = re.compile(r"(?:[,:(]|\b(?:in|of|the|a|an|and|or|to|for|from|with|at|by|on|than|per|was|were|is|are))$",
                      re.I)


def normalize(raw: str) -> CleanText:
    """Clean ``raw`` and keep a map back to it.

    >>> c = normalize("Raised U.S. \\\\$5,500,000 (the **Amount**).")
    >>> c.text
    'Raised U.S. $5,500,000 (the Amount).'
    >>> raw = "Raised U.S. \\\\$5,500,000 (the **Amount**)."
    >>> s, e = c.raw_span(c.text.index("Amount"), c.text.index("Amount") + 6)
    >>> raw[s:e]
    'Amount'
    """
    out: list[str] = []
    clean_anchors: list[int] = []
    raw_anchors: list[int] = []
    pos = 0
    length = 0
    for m in _FIXES.finditer(raw):
        kind = m.lastgroup if m.lastgroup != "escaped" else "escape"
        if kind == "escape":
            rep = m.group("escaped")
        elif kind == "wordbreak":
            # 'conver-\ntible' is 'convertible'; 'heap-\nleach' and 'non-\nbrokered' keep their hyphen
            head = re.search(r"[A-Za-z]+$", raw[max(0, m.start() - 30):m.start()]).group().lower()
            tail = re.match(r"[a-z]+", raw[m.end():m.end() + 30]).group()
            rep = "-" if head in _COMPOUND_HEADS or tail in _COMPOUND_TAILS else ""
        elif kind == "page":   # a lone page number between blank lines
            before = raw[max(0, m.start() - 400):m.start()].rstrip()
            after = raw[m.end():m.end() + 400].lstrip()
            last_line = before[before.rfind("\n") + 1:]
            # (a table's section label just before the break, 'ORE MINED (t)', 'TOTAL MINE', has no columns of its
            # own: a row in the lines just above it says the table runs on)
            label = len(last_line.strip()) <= 60 and last_line.rstrip()[-1:] not in ".!?;,"
            open_bracket = last_line.count("(") > last_line.count(")")
            if _TABLE_ROW.search(after.split("\n", 1)[0]) and (_TABLE_ROW.search(last_line) or label and any(
                    _TABLE_ROW.search(line) for line in before.split("\n")[-4:-1])):
                rep = "\n"        # a table that runs on over the page
            elif before and after and (before[-1] not in _SENTENCE_END or before[-1] == ":" and open_bracket) and (
                    after[:1].islower() or len(last_line) >= 60 or _RUNS_ON.search(last_line) or open_bracket):
                # (and a line that cannot end a paragraph: '... guidance of approximately 165,000 ounces (2024:',
                # '(corresponding period in')
                rep = " "         # a sentence that runs on (a wrapped line ends mid-sentence)
            else:
                rep = "\n\n"
        else:
            rep = _REPLACEMENTS[kind]
        if m.start() > pos:
            chunk = raw[pos:m.start()]
            out.append(chunk)
            length += len(chunk)
        clean_anchors.append(length)
        raw_anchors.append(m.start())
        out.append(rep)
        length += len(rep)
        pos = m.end()
        clean_anchors.append(length)
        raw_anchors.append(pos)
    out.append(raw[pos:])
    text = "".join(out)
    return CleanText(text, tuple(clean_anchors), tuple(raw_anchors))


def squash(text: str) -> str:
    """Collapse runs of white space to one space (for evidence shown to people)."""
    return " ".join(text.split())
