"""Header fields: issuer, listings, the release's own date and its headline."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from pressroom.extract.dates import DATE_RE, MONTH_PATTERN, expand_year, find_dates, month_number
from pressroom.models import NotARelease
from pressroom.segment import Unit

# spelling -> canonical exchange code (longest spellings tried first)
EXCHANGES = {
    "tsx venture exchange": "TSX-V", "tsx venture": "TSX-V", "tsx-venture": "TSX-V", "tsx-v": "TSX-V",
    "tsxv": "TSX-V", "tsx.v": "TSX-V", "tsx v": "TSX-V", "tsx.": "TSX", "tsx": "TSX",
    # (before 2002 the Toronto Stock Exchange wrote itself 'TSE': a release keeps the code of its day)
    "tse": "TSE",
    "toronto stock exchange": "TSX", "toronto": "TSX",
    # the NYSE's small-cap market keeps the name it had when the release was written
    "nyse american": "NYSE American", "nyse amex": "NYSE Amex", "nyse mkt": "NYSE MKT",
    "nyse-a": "NYSE American", "nyse alternext us": "NYSE Alternext US", "nyse alternext": "NYSE Alternext US", "amex": "AMEX", "nyse": "NYSE", "nasdaq": "Nasdaq", "nasdaq smallcap": "Nasdaq", "nasdaq/nms": "Nasdaq", "nasdaq nms": "Nasdaq",
    "asx": "ASX", "aim": "AIM", "lse": "LSE", "london": "LSE", "jse": "JSE", "cse": "CSE",
    "otcqx": "OTCQX", "otcqb": "OTCQB", "otc": "OTC", "otcbb": "OTCBB", "otc bb": "OTCBB", "otc bulletin board": "OTCBB", "otc pink": "OTC Pink",
    "pink sheets": "OTC",
    "frankfurt": "FSE", "fse": "FSE", "fra": "FSE", "bvl": "BVL", "bolsa de valores de lima": "BVL", "lima stock exchange": "BVL", "bmv": "BMV", "neo": "NEO",
    "micex": "MICEX", "moex": "MOEX", "kase": "KASE", "aix": "AIX", "hkex": "HKEX", "sgx": "SGX", "sgx-st": "SGX", "catalist": "SGX", "nzx": "NZX",
    "pngx": "PNGX", "gse": "GSE", "dse": "DSE",
    # the Nordic exchanges by the names Nasdaq and Oslo give them
    "nasdaq stockholm": "Nasdaq Stockholm", "nasdaq helsinki": "Nasdaq Helsinki", "nasdaq copenhagen": "Nasdaq Copenhagen",
    "nasdaq first north": "Nasdaq First North", "first north": "Nasdaq First North", "oslo børs": "OSE", "oslo bors": "OSE", "ose": "OSE",
    # Canada's exchanges before the TSX Venture Exchange (Vancouver, Alberta, then the Canadian Venture Exchange)
    "vse": "VSE", "vancouver stock exchange": "VSE", "ase": "ASE", "alberta stock exchange": "ASE",
    "cdnx": "CDNX", "canadian venture exchange": "CDNX", "cnsx": "CNSX", "canadian national stock exchange": "CNSX",
    "pse": "PSE", "philippine stock exchange": "PSE", "australian stock exchange": "ASX",
}
# how the exchange's home market writes '03/08/2021' (day first, or month first); absent: no convention
DAY_FIRST = {"ASX": True, "AIM": True, "LSE": True, "JSE": True, "NZX": True, "HKEX": True, "SGX": True, "BVL": True,
             "PNGX": True, "GSE": True, "DSE": True, "NYSE": False, "NYSE American": False, "NYSE Amex": False,
             "NYSE MKT": False, "AMEX": False, "Nasdaq": False, "OTCQX": False, "OTCQB": False, "OTC": False,
             "OTCBB": False}
_EXCH_ALT = "|".join(re.escape(k) for k in sorted(EXCHANGES, key=len, reverse=True))
# (Singapore's codes may open with a digit: 'SGX-ST: 5TE', 'Catalist: 1F3')
# (and Lima's and Santiago's longer ones: 'BVL: ATOCSAC1', 'nemotécnico LOSCHOROS')
_TICKER = r"(?-i:[A-Z][A-Z0-9]{0,9}(?:\.[A-Z]{1,2})?|\d[A-Z][A-Z0-9]{1,3})"
LISTING_RE = re.compile(
    rf"(?<![\w-])(?P<exch>{_EXCH_ALT})(?:\s+exchange)?\)?\s*(?:(?:trading\s+)?symbol|ticker(?:\s+symbol)?|(?:share\s+|stock\s+|ticker\s+)?code)?\s*[:\-]\s*(?P<ticker>{_TICKER})\b"
    rf"|trading symbols?\s*\((?P<exch2>{_EXCH_ALT})\)\s*[:\-]?\s*(?P<ticker2>{_TICKER})\b"
    # 'The share is listed on Nasdaq Stockholm (STOR)'
    rf"|\blisted\s+on\s+(?:the\s+)?(?P<exch3>{_EXCH_ALT})\s*\(\s*(?:ticker:?\s*)?(?P<ticker3>{_TICKER})\s*\)"
    # a letterhead's exchange line over its symbol line ('Vancouver Stock Exchange' / 'Trading Symbol: KWK')
    rf"|(?:^|\n)[ \t]*(?:the\s+)?(?P<exch4>{_EXCH_ALT})(?:\s+exchange)?(?:,?\s+(?:inc\.?|limited|ltd\.?))?[ \t]*\n[ \t]*"
    rf"(?:trading\s+|stock\s+|ticker\s+)?symbol\s*[:\-]\s*(?P<ticker4>{_TICKER})\b"
    # 'ASX ANNOUNCEMENT - ASX CODE YGD', 'PSE Symbol: AMB'
    rf"|(?<![\w-])(?P<exch5>{_EXCH_ALT})\s+(?:code|symbol)\s+(?P<ticker5>{_TICKER})\b"
    # 'Nemónico BVL: SABAINC1', 'with BVL nemónico HUAROCC1': a Lima code; 'trades on the Lima Stock Exchange under
    # the ticker TAMBOPC1'
    rf"|\bnem[oó]nico\s+(?P<exch7>{_EXCH_ALT})\s*:\s*(?P<ticker7>{_TICKER})\b"
    rf"|(?<![\w-])(?P<exch8>{_EXCH_ALT})\s+nem[oó]nico\s*:?\s*(?P<ticker8>{_TICKER})\b"
    rf"|(?<![\w-])(?P<exch9>{_EXCH_ALT})\s+under\s+the\s+(?:symbol|ticker|code)\s+(?P<ticker9>{_TICKER})\b"
    # 'ASX / TSX: ERY': one code on two exchanges
    rf"|(?<![\w-])(?P<exch6>{_EXCH_ALT})\s*/\s*(?P<exch6b>{_EXCH_ALT})\s*:\s*(?P<ticker6>{_TICKER})\b",
    re.IGNORECASE,
)
_EXCH_GROUPS = ("exch", "exch2", "exch3", "exch4", "exch5", "exch6", "exch7", "exch8", "exch9")
_TICKER_GROUPS = ("ticker", "ticker2", "ticker3", "ticker4", "ticker5", "ticker6", "ticker7", "ticker8", "ticker9")
ISSUER_RE = re.compile(
    # (a legal form written first, as Russian and Kazakh issuers do: 'OJSC Chulman Gold Mining Company')
    r"\b((?:OJSC|PJSC|CJSC|JSC|OAO|ZAO|PAO|AO|JSCo)\s+\"?[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,5}\"?(?=[\s,;)(]|$)|"
    # ('Jungo Gold Mining Company': an American company's name, two words or more before it)
    r"(?!(?:The|This|Our|Its|A|An)\s)(?-i:[A-Z][\w&'.-]*(?:[ \t]+[A-Z][\w&'.-]*){1,4}[ \t]+Company)(?!\s+(?:Limited|Ltd|Inc|"
    r"plc|PLC|LLC|Proprietary|Pty|\(Pty\))\b)(?=[\s,;)(]|\.(?:\s|$)|$)|"
    r"(?:[A-Z][\w&'.-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\w&'.-]*|de|del|y|&|and)){0,5}?\s+"
    r"(?:Co\.,?\s+(?:Ltd\.?|Limited)|Ltd\.?|Limited|Inc\.?|Incorporated|Corp\.?|Corporation|S\.A\.(?: de C\.V\.)?|S\.A\.A\.|S\.A\.C\.|S\.R\.L\.|S\.A\.B\.(?: de C\.V\.)?|E\.I\.R\.L\.|PLC|plc|N\.L\.|NL|Ltda\.?|Pty\.? Ltd\.?|\((?:Pty|Proprietary)\)\s+(?:Ltd\.?|Limited)|LLC|AG|N\.V\.|"
    r"SA|GmbH|B\.V\.|AB\s+\(publ\)|AB|ASA|Oyj|Abp|Oy|A/S|S\.p\.A\.|SpA|SAS|S\.A\.S\.|N\.A\.|L\.P\.|LP|LLP|JSC|OJSC|PJSC|"
    r"Tbk\.?|Berhad|Bhd\.?))"
    r"(?=[\s,;)(]|\.(?:\s|$)|$)"
)
_LETTERHEAD = re.compile(
    r"\b(?:suite|street|st\.?|avenue|ave\.|road|floor|box|tel|fax|phone|toll free|website|www\.|e-?mail|@|"
    r"level\s+\d+|terrace|boulevard|blvd|drive|parkway|plaza|tower|p\.?\s?o\.?\s+box|telephone|facsimile|"
    r"news release|press release|for immediate release|media release|trading symbol|"
    r"(?:tsx|nyse|asx|aim|otc|nasdaq))(?![a-z])",   # whole words: 'Strategic' is not 'St', 'Tower' only alone
    re.I,
)
_STREET_WORDS = frozenset("suite street st avenue ave road floor terrace boulevard blvd drive parkway plaza tower".split())
_POSTAL = re.compile(r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|\b\d{5}(?:-\d{4})?\b")
_DATELINE = re.compile(
    # ('Montréal, Québec, June 9, 2020 - ...': place names with accents)
    rf"^\s*(?:[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f .'-]+,\s*){{1,3}}?(?:\(?[A-Za-z ]*[-/]\s*)?"
    # 'Vancouver, British Columbia--(Newsfile Corp. - September 9, 2014)'
    rf"(?:[A-Z][A-Za-z .']+\s*-{{1,2}}\s*\(\s*[A-Za-z][A-Za-z .&]+?\s+[-\u2013]\s+)?(?P<date>{DATE_RE.pattern})",
    re.IGNORECASE,
)
# a wire's name between dashes: 'TORONTO--(BUSINESS WIRE)--February 12, 2026--', 'RENO, Nev.--(BUSINESS WIRE)--'
_WIRE_DATELINE = re.compile(rf"^\s*[A-Z][A-Za-z .,']*?\s*-{{1,2}}\s*\(\s*[A-Za-z][A-Za-z .&]+\)\s*-{{1,2}}\s*(?:{DATE_RE.pattern})",
                            re.IGNORECASE)


_HK_CODE = re.compile(r"(?:(?P<exch>HKEX|SEHK|HKSE|Hong\s+Kong\s+Stock\s+Exchange)\s*[:\-]?\s*|\(?\s*Stock\s+Code\s*[:\uff1a]\s*)"
                      r"(?P<code>\d{3,5})\b")


_LIMA_CODE = re.compile(r"\bnem[oó]nico\s*:\s*(?P<code>[A-Z][A-Z0-9]{2,9})\b")
_JSE_SHARE_CODE = re.compile(r"\b(?:JSE\s+)?[Ss]hare\s+code\s*:\s*(?P<code>[A-Z][A-Z0-9]{1,5})\b")


def find_listings(text: str) -> list[tuple[str, str]]:
    """(exchange, ticker) pairs in order, deduplicated.

    >>> find_listings("Kestrel Gold Corp. (TSX:KGC)(NYSE Amex:KGX) and (TSX VENTURE:RML); Trading symbol (TSX-V): RML")
    [('TSX', 'KGC'), ('NYSE Amex', 'KGX'), ('TSX-V', 'RML')]
    """
    seen: list[tuple[str, str]] = []
    hk = _HK_CODE.search(text)
    if hk:
        seen.append(("HKEX", hk.group("code")))     # '(Stock Code: 2863)': numeric codes are Hong Kong's
    sens = _JSE_SHARE_CODE.search(text)
    if sens and re.search(r"\bJSE\b|South\s+Africa", text):
        seen.append(("JSE", sens.group("code")))     # a SENS announcement: 'Share code: MZG
    lima = _LIMA_CODE.search(text) if "nem" in text else None
    if lima:
        seen.append(("BVL", lima.group("code")))     # '(nemónico: CHIQUIC1)': a code on the Lima exchange
    for m in LISTING_RE.finditer(text):
        exch = next(m.group(k) for k in _EXCH_GROUPS if m.group(k))
        ticker = next(m.group(k) for k in _TICKER_GROUPS if m.group(k)).upper()
        if ticker in ("THE", "A", "AN", "IN", "ON", "AT") or m.group(0).upper().replace(" ", "").endswith("SGX-ST"):
            continue        # (the Singapore Exchange Securities Trading Limited is 'the SGX-ST', no ticker 'ST')
        for e in (exch, m.group("exch6b")):
            pair = (EXCHANGES[e.lower()], ticker) if e else None
            if pair and pair not in seen:
                seen.append(pair)
    return seen


# 'DATED at Winnipeg, Manitoba, this 22nd day of November, 2011.'
_DATED_THIS_DAY = re.compile(r"(?im)^[ \t]*dated\s+(?:at\s+[^\n]{2,60}?,\s+)?(?:this\s+)?"
                             r"(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+day\s+of\s+[A-Z][a-z]+,?\s+\d{4})\b")
_CLOSING_DATE_LINE = re.compile(
    r"(?m)^[ \t]*(?:Dated:?\s+)?(?:(?:the[ \t]+)?[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,3},[ \t]+){0,2}(?:(?:the\s+)?dated?\s+)?"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+\.?,?[ \t]+\d{4}|[A-Z][a-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4})[ \t]*\.?[ \t]*$")


_HAS_ENDED = re.compile(r"\bended\s+(?:on\s+)?$", re.I)
_TAKES_EFFECT = re.compile(r"\beffective(?:\s+as\s+(?:of|from)|\s+from)?\s+(?:on\s+)?$|"
                           r"\bwill\s[^.;]{0,40}?\b(?:on|from)\s+$", re.I)
_AFTER_HOURS = re.compile(r"\s*\(?after(?:\s+the)?\s+(?:trading|market)\s+hours\b", re.I)
_TERM_END = re.compile(r"\b(?:on\s+or\s+before|until|expir\w*|matur\w*|due|repayable|through)\s+(?:on\s+)?$", re.I)


def find_release_date(header: list[Unit], first_body: str, full_text: str = "",
                      day_first: bool | None = None) -> tuple[date, int]:
    """The release's own date: a date line in the header, else the dateline of the first paragraph, else a
    wire service's trailer ('CNW 17:05e 14-MAY-07') or a dateline without its year ('TORONTO, May 14 /CNW/')
    in the year the text's latest full date falls in.

    Returns the date and the index of the header unit holding it (-1 for the body dateline).
    """
    def release_dates(text: str):
        # a date that ends a reporting period ('quarter ended 31 March 2012') is not the release's, nor the day of
        # an agreement signed the evening before the announcement ('On 4th June, 2008 (after trading hours)')
        return [d for d in find_dates(text, day_first) if not _PERIOD_END.search(text[max(0, d.start - 40):d.start])
                and not _AFTER_HOURS.match(text, d.end)]

    for i, unit in enumerate(header):
        text = unit.text.strip()
        found = release_dates(text)
        if found and (len(text) <= 60 or _DATELINE.match(text) or _WIRE_DATELINE.match(text)):
            return found[0].value, i
    lead = first_body[:300]
    m = _DATELINE.match(lead) or _WIRE_DATELINE.match(lead)
    if m:
        found = release_dates(lead[: m.end()])
        if found:
            return found[0].value, -1
    for i, unit in enumerate(header):   # a date anywhere in a short header line
        # (not an earlier announcement's: 'Shareholders are referred to the cautionary announcement published on SENS
        # on 20 September 2010 and are advised as follows.')
        found = [d for d in release_dates(unit.text)
                 if not _REFERS_TO_EARLIER.search(unit.text, max(0, d.start - 120), d.start)]
        if found and len(unit.text) < 200:
            return found[0].value, i
    trailer = list(_WIRE_TRAILER.finditer(full_text)) or list(_CNW_TRAILER.finditer(full_text))
    if trailer:
        t = trailer[-1]
        try:
            month = int(t.group("m")) if t.group("m").isdigit() else month_number(t.group("m"))
            return date(expand_year(t.group("y")), month, int(t.group("d"))), -1
        except (ValueError, KeyError):
            pass
    # a dateline without its year ('CRANBROOK, BC, March 9 /CNW/') before a closing date line, which may be the end
    # of a wrapped sentence ('... subject to a hold period expiring\nJuly 10, 2000.')
    m = _DATELINE_NO_YEAR.match(lead)
    # the year of the text's latest full date, else the year it names most ('... for the second quarter of 2003')
    # (not a term's end: 'warrants exercisable at A$0.55 on or before April 30, 2009' in a release of April 2006)
    dated = find_dates(full_text)
    # (nor the day a change takes effect: 'as President and Chief Executive Officer effective January 1, 2004', 'She
    # will join the Board on January 1, 2004' in a release of October 2003)
    years = [d.value.year for d in dated if not _TERM_END.search(full_text, max(0, d.start - 30), d.start)
             and not _EXTENDED_TO.search(full_text, max(0, d.start - 90), d.start)
             and not _TAKES_EFFECT.search(full_text, max(0, d.start - 60), d.start)]
    if not years:
        named = Counter(int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", full_text))
        years = [max(named, key=lambda y: (named[y], y))] if named else []
    if m and years:
        try:
            month, day, year = month_number(m.group("m")), int(m.group("d")), max(years)
            # a period that has ended ends before the release ('Year Ended December 31 / 1998' in a release of Jan. 28)
            for d in dated:
                if _HAS_ENDED.search(full_text, max(0, d.start - 40), d.start) and \
                        (year, month, day) < (d.value.year, d.value.month, d.value.day):
                    year = d.value.year + ((month, day) < (d.value.month, d.value.day))
            return date(year, month, day), -1
        except (ValueError, KeyError):
            pass
    # a place and date line closing the announcement ('Hong Kong, 24 August 2020'), as exchanges in Hong Kong
    # and elsewhere set them
    closing = list(_CLOSING_DATE_LINE.finditer(full_text)) or list(_DATED_THIS_DAY.finditer(full_text))
    if closing:
        found = find_dates(closing[-1].group("date"))
        if found:
            return found[0].value, -1
    # a date early in the lead that is no dateline ('Shareholders are referred to the announcement of 2 September
    # 2010 ...'): only when the release closes with no date of its own
    found = release_dates(lead[:200])
    if found:
        return found[0].value, -1
    raise NotARelease("no release date found in the header or dateline")


# ('... to extend its maturity from June 30, 2009 to June 30, 2011', 'deferred to'): the new term's end
_EXTENDED_TO = re.compile(r"\b(?:extend|matur|defer|postpon)\w*\b[^.;]{0,70}\bto\s+$", re.I)
_WIRE_TRAILER = re.compile(r"\b(?P<d>[0-3]?\d)-(?P<m>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-(?P<y>\d\d)\b")
# Canada NewsWire's closing mark and date, month first: '-0-      11/03/1998', '-0- Jul/28/1999  11:47 GMT'
_CNW_TRAILER = re.compile(r"^-0-[ \t]+(?P<m>[01]?\d|[A-Z][a-z]{2})/(?P<d>[0-3]?\d)/(?P<y>\d\d(?:\d\d)?)\b", re.M)
_DATELINE_NO_YEAR = re.compile(
    rf"^[A-Z][A-Za-z .'-]{{1,40}}(?:,\s*[A-Za-z .'-]{{2,40}})?,\s*(?P<m>{MONTH_PATTERN})\.?\s+(?P<d>[0-3]?\d)\b(?!,?\s*\d{{4}})")


_REFERS_TO_EARLIER = re.compile(r"\b(?:referred\s+to|refer\s+to|further\s+to)\b[^.;]{0,60}?\b(?:announcements?|"
                                   r"circulars?|releases?)\b[^.;]{0,40}$", re.I)
_PERIOD_END = re.compile(r"\b(?:ended|ending|end(?:s|ed)?\s+on|as\s+at|as\s+of|through|to)\s+(?:on\s+)?$", re.I)


_REPORT_WORDS = re.compile(r"\b(?:REPORT|UPDATE|RESULTS|PRODUCTION|ANNOUNCEMENT|ANNOUNCES|REVIEW|STATEMENT|"
                           # Hong Kong announcements' titles: 'POSITIVE PROFIT ALERT', 'INSIDE INFORMATION'
                           r"ALERT|WARNING|INFORMATION|TRANSACTION|CLARIFICATION|RESUMPTION|SUSPENSION)\b")
_TITLE_FIELD = re.compile(r"^(?:Subject|Title|Headline|Re|Ref)\s*[.:]\s*(?P<title>.+)$", re.I)
_NOT_HEADLINE = re.compile(
    r"^(?:Company|Issuer|Ticker|Symbol|Date|Release\s+date|Time|Contact|From|To)\s*:|\.{4,}\s*\d*$|^contents$|"
    r"\bnot\s+an\s+announcement\s+of\s+a\s+firm\s+intention\b|"
    r"not\s+for\s+(?:distribution|dissemination|release)|^\W*(?:rns\s+number|news\s+release|press\s+release|"
    r"for\s+immediate\s+release|media\s+release|asx\s+announcement|market\s+announcement|stock\s+exchange\s+release)\b|"
    r"^\(?\s*\"[^\"]+\"\s+or\s+(?:the\s+)?\"?(?:the\s+)?company|\b(?:ABN|ACN)\s+\d|\bshare\s+code\b|^\W*ISIN\b|"
    # a highlight's bullet, a contact or office line, the exchange's officer a letter is sent to, a quotation's lead-in,
    # a wire's source line, a market-abuse or restricted-distribution legend
    r"^-\s|^(?:T|Tel|Ph|Phone|Category|Registered\s+Office)\s*:|\bCompany\s+Announcements\s+Office\b|"
    r"\bListings\s+Compliance\b|:\s*$|\|\s*Source\s*:|\binside\s+information\s+for\s+the\s+purposes\b|"
    r"^into\s+the\s+united\s+states\b|\bjurisdiction\s+where\s+to\s+do\s+so\b|^Sociedad\s+An[oó]nima\b|"
    # a person addressed, an Australian postcode, a Latin American or Indonesian street, a Latin
    # American filing's banner ('Hecho de Importancia')
    r"^(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}$|"
    r"\b(?:WA|NSW|VIC|QLD|SA|TAS|NT|ACT)\s+\d{4}$|^(?:Av\.|Avda\.|Avenida|Carrera|Calle|Jl\.|Gedung)\s|"
    r"^\W*hecho\s+de\s+importancia\b|"
    # a SENS feed's line over the announcement ('WTD - Witkransdrift Gold Mining Limited - Changes to the board'): the
    # announcement's own heading below it is the title
    r"^[A-Z0-9]{2,6}\s+-\s+[^\n]+?\b(?:Limited|Ltd\.?|plc|PLC)\s+-\s|"
    # the regulator a Latin American filing is addressed to
    r"^(?:Superintendencia|Comisi[oó]n\s+(?:Nacional|para\s+el\s+Mercado)|Bolsa\s+de\s+Valores)\b",
    re.I,
)


_LISTED_COMPANY_BLOCK = re.compile(r"\((?:a\s+joint\s+stock\s+limited\s+company\s+)?incorporated\s+in\b|"
                                   r"\bstock\s+(?:code|abbreviation)\b|^by\s+order\s+of\s+the\s+board\b", re.I)


_LISTING_AFTER = re.compile(rf"\s*\(\s*(?:{_EXCH_ALT})\s*:\s*{_TICKER}\s*\)\s*$", re.I)


def _headline_score(text: str, *, letterhead_block: bool = False) -> float:
    t = text.strip()
    words = t.split()
    if len(words) < 3 and not (len(words) == 2 and t.isupper() and _REPORT_WORDS.search(t)) or len(t) > 300:
        return -1           # (but 'VOLUNTARY ANNOUNCEMENT', 'PROFIT WARNING' are a Hong Kong announcement's title)
    if _NOT_HEADLINE.search(t) or (t.startswith("(") and t.endswith(")")) or (
            not letterhead_block and _LISTED_COMPANY_BLOCK.search(t)):
        return -1            # legends, banners and parenthetical notes ('(Incorporated in ...)'), and a Hong Kong or
        #                      mainland letterhead read as one block ('X Co., Ltd. (a joint stock limited company
        #                      incorporated in the PRC ...) (Stock Code: 1234)', 'Stock code: 600771 Stock abbreviation'),
        #                      or its signature ('By order of the Board'): see find_title for the last resort
    bare = _LISTING_AFTER.sub("", t) if t.endswith(")") else t    # ('PELORUS GOLD LIMITED (NZX: PEL)': a name, its code)
    issuer = ISSUER_RE.match(bare)
    if issuer and len(issuer.group(1)) >= len(bare.rstrip(" .")) - 1:
        return -1            # the issuer's name on its own line
    if bare.isupper() and re.search(r"\b(?:LIMITED|LTD\.?|INC\.?|CORP\.?|CORPORATION|PLC|S\.A\.|N\.L\.|LTDA\.?)$", bare) and (
            len(words) <= 6 or not re.search(r"\b(?:IN\s+RELATION\s+TO|TRANSACTION|DISPOSAL|ACQUISITION|AGREEMENT|"
                                             r"ANNOUNCEMENT|PROPOSED|SUBSCRIPTION|ISSUE|PLACING|OFFER|SALE|PURCHASE|MERGER)\b", t)):
        return -1            # ... or in capitals on the letterhead (not 'DISCLOSEABLE TRANSACTION IN RELATION TO THE
        #                      DISPOSAL OF AOHAN JINCHANG MINING CO., LTD.')
    if len(words) < 12 and any(m.group().lower().rstrip(".") not in _STREET_WORDS or re.search(r"\d", t)
                               for m in _LETTERHEAD.finditer(t)):
        return -1            # (an address has its number: 'Operational update - Chychkan access road closed' has none)
    if _POSTAL.search(t) or find_dates(t) and len(words) < 8:
        return -1
    if sum(ch.isdigit() for ch in t) > 0.25 * len(t):
        return -1            # phone numbers, postcodes, reference numbers
    if t.isupper() and len(words) <= 3 and not _REPORT_WORDS.search(t):
        return -1            # the issuer's name as a logo line (not 'QUARTERLY ACTIVITIES REPORT')
    capitalized = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return len(words) * (0.5 + capitalized / len(words))


# (and a headline's verb without its object: '... 128,640 Ounces and Provides' / '2026 Guidance')
_CONTINUES = re.compile(r"(?:\b(?:of|from|at|to|and|for|with|in|on|the|a|an|by|as|Provides|Reports|Announces|Completes|"
                        r"Closes|Receives|Signs|Files|Secures|Appoints|Enters\s+into|Arranges|Increases|Extends)|[;,\u2013-])$",
                        re.I)


def find_title(header: list[Unit], date_index: int, after_dateline: list[Unit] = ()) -> str:
    """The headline: the most headline-like line of the header.

    Wire releases that open with the dateline paragraph put the headline right after it;
    ``after_dateline`` holds the units that follow the first paragraph for that case. A form-like header names it
    in a field ('Subject: Quarterly production and placement').
    """
    for unit in header:
        m = _TITLE_FIELD.match(unit.text.strip())
        if m and len(m.group("title").split()) >= 2:
            return " ".join(m.group("title").split())
    best, best_score, best_i = None, 0.0, -1
    for i, unit in enumerate(header):
        if i == date_index and len(unit.text) < 60:
            continue
        score = _headline_score(unit.text)
        if score > best_score:
            best, best_score, best_i = unit.text, score, i
    # a headline wrapped onto the next line of its block: 'Mocorito Reports August Production from Los Tejones; Toll
    # Milling' / 'at Planta San Benito'
    while best is not None and 0 <= best_i < len(header) - 1 and best_i + 1 != date_index:
        nxt = header[best_i + 1]
        t = nxt.text.strip()
        adjacent = nxt.start == header[best_i].end + 1 or (nxt.start > header[best_i].end and "\n\n" not in nxt.text)
        if not (adjacent and t and len(best) + len(t) <= 300 and (
                t[0].islower() or _CONTINUES.search(best.rstrip()) or re.match(r"(?:AND|&)\b", t))
                and not _LETTERHEAD.search(t) and not find_dates(t)):
            break
        best, best_i = f"{best.rstrip()} {t}", best_i + 1
    if best is None:
        for unit in after_dateline:
            t = unit.text.strip()
            if 4 <= len(t.split()) <= 30 and not t.endswith(".") and _headline_score(t) > 0:
                best = unit.text
                break
    if best is None:
        # a letterhead read as one block names the release better than nothing
        best = next((u.text for u in (*header, *after_dateline) if _LISTED_COMPANY_BLOCK.search(u.text)
                     and _headline_score(u.text, letterhead_block=True) > 0), None)
    if best is None:
        raise NotARelease("no headline found")
    return " ".join(best.split())


# newswires name themselves in the dateline: '(Newsfile Corp. - June 12, 2020)'
WIRE_SERVICE = re.compile(r"^(?:Newsfile|Marketwire[d]?|Market\s+Wire|PR\s+Newswire|Business\s+Wire|GlobeNewswire|"
                          r"Globe\s+Newswire|CNW|Canada\s+Newswire|Canada\s+NewsWire|Accesswire|ACCESSWIRE|Newswire|"
                          r"Stockwatch|Nasdaq|Dow\s+Jones|Reuters|Bloomberg)\b", re.I)


_EXCHANGE_OPERATOR = re.compile(r"\bExchanges?\s+and\s+Clearing\b|\bStock\s+Exchange\b|\bBursa\s+Malaysia\b|\bBolsa\s+(?:Boliviana|de\s+Valores|de\s+Comercio)\b|^ASX\s+Limited$|^TMX\s+Group", re.I)


def companies(text: str):
    """Companies named with a legal suffix in ``text``, newswires left out."""
    for m in ISSUER_RE.finditer(text):
        name = re.sub(r"^(?:(?:The|A|An|On|In|At|Today|Vancouver|Toronto|Canada)\s+|[A-Z][a-z]{2,}\.\s+)+", "",
                      m.group(1))   # ('June. Blyde River Gold Limited': the end of the sentence before)
        if WIRE_SERVICE.match(name) or name.split()[0].lower() in ("the", "this", "its", "our") or \
                _EXCHANGE_OPERATOR.search(name):
            continue
        yield m, name


def find_issuer(header_text: str, body_text: str, listings: list[tuple[str, str]]) -> str | None:
    """The issuer's legal name: first company with a legal suffix near the listing or lead."""
    name = _find_issuer(_WIRE_CREDIT.sub("", header_text), body_text, listings)
    # ('MOUNT YARRABIN GOLD MINES N.L.' over a body that spells it so too): the name, not its capitals
    return _title(name) if name and name.isupper() and len(name) > 8 else name


# a wire's credit line before the issuer's name: 'NEWS PROVIDED BY Chisana Gold Corp.', 'Source: Kestrel Gold Inc.'
_WIRE_CREDIT = re.compile(r"(?im)^[ \t]*(?:news\s+provided\s+by|source\s*:)[ \t]*")


def _find_issuer(header_text: str, body_text: str, listings: list[tuple[str, str]]) -> str | None:
    field = _COMPANY_NAME_FIELD.search(header_text)
    if field and _ISSUER_RE_I.fullmatch(field.group("name").strip()):
        # a form's field: 'Company Name        : LOJING EMAS BERHAD (Company No. 589341-K)'
        name = field.group("name").strip()
        return _title(name) if name.isupper() else name
    letterhead = next((m.group(1) for line in header_text.split("\n")
                       for m in [_ISSUER_RE_I.fullmatch(line.strip())] if m and not WIRE_SERVICE.match(line.strip())
                       and not _EXCHANGE_OPERATOR.search(line)), None)     # (nor the exchange a letter is sent to)
    for _, name in companies(body_text[:1500]):
        if letterhead and name.split()[0].lower() != letterhead.split()[0].lower():
            # the letterhead names the issuer; the body's first company is a counterparty ('... with Witwatersrand
            # Deep Holdings (Pty) Ltd to acquire ...')
            spelled = re.search(re.escape(letterhead), body_text, re.I)
            return spelled.group() if spelled else letterhead.title() if letterhead.isupper() else letterhead
        return name
    for m in ISSUER_RE.finditer(header_text):
        if not _EXCHANGE_OPERATOR.search(m.group(1)):
            return m.group(1)
    # a name set in capitals in the dateline ('TORONTO, July 8 /CNW/ - KESTREL GOLD INC. (TSX: KGI)')
    for text in (body_text[:600], header_text):
        for m in _ISSUER_RE_I.finditer(text):
            if m.group(1).isupper() and not WIRE_SERVICE.match(m.group(1)) and not _EXCHANGE_OPERATOR.search(m.group(1)):
                return _title(m.group(1))
    return None


_ISSUER_RE_I = re.compile(ISSUER_RE.pattern, re.I)
_COMPANY_NAME_FIELD = re.compile(r"(?im)^[ \t]*(?:Company|Issuer)(?:'s)?\s+Name\s*:\s*(?P<name>[^\n(]+?)\s*(?:\(|$)")
_KEEP_CAPS = frozenset("PLC NL LLC AG SA AB ASA SAS LP LLP S.A. S.A.A. N.V. B.V. N.L. GMBH".split())


def _title(name: str) -> str:
    """'KESTREL GOLD INC.' -> 'Kestrel Gold Inc.' (legal forms written in capitals stay so)."""
    return " ".join(w if w.rstrip(".,") in _KEEP_CAPS else w.title() for w in name.split())


def find_address(header: list[Unit]) -> str | None:
    lines = [u.text.strip() for u in header if _POSTAL.search(u.text) or re.search(r"\b(?:suite|street|floor)\b", u.text, re.I)]
    return "; ".join(" ".join(x.split()) for x in lines) or None
