"""Parties named in a sentence: organisations after a cue word, people after the role they hold."""

from __future__ import annotations

import re

from pressroom.extract.header import ISSUER_RE

# a party named without a legal suffix: an organisation word in its name, or a person after a role
_ORG_WORDS = frozenset(
    "Bank Banque Capital Partners Fund Funds Finance Financial Securities Markets Holdings Group Trust Investments "
    "Investment Management Advisors Advisers Lending Credit Royalties Royalty Streaming Resources Mining Metals "
    "Ventures Equity Asset Assets LP L.P. GmbH AG SA S.A. B.V. N.V. AB ASA SpA LLP Associates Company Corp Limited "
    "Ltd Inc Corporation Incorporated PLC plc Co. Co Pty Partnership L.P.".split())
# public bodies are organisations by their first word: 'Ministry of Mines of Ghana'
_BODY_WORDS = frozenset("Ministry Government Department Agency Authority Office Commission Council Bureau Comunidad "
                        "Community Association Cooperative".split())
_NUMBERED = r"(?=\d{6,8}\s+(?:B\.C\.|Ontario|Alberta|Canada|Qu[eé]bec|Nova\s+Scotia|Saskatchewan|Manitoba|Yukon)\s)"
_PARTY_CUE = re.compile(
    r"\b(?:from|with|(?<!\bowed\s)by|to|owed\s+to|payable\s+to|held\s+by|led\s+by|co-led\s+by|including|lenders?|investors?|"
    r"purchasers?|subscribers?|underwriters?|agents?|arranged\s+by|provided\s+by)\s+(?:(?:is|are|was|were)\s+)?(?:[Tt]he\s+)?"
    r"(?=[A-Z]|" + _NUMBERED + ")")
_NAME_TOK = r"(?:[A-Z][\w&'.-]*|[A-Z]{2,}|&)"
# (a numbered company: '1120345 B.C. Ltd.', '2176423 Ontario Inc.')
_PARTY_NAME = re.compile(rf"(?:{_NAME_TOK}|{_NUMBERED}\d+)(?:\s+(?:{_NAME_TOK}|of|de|del|des|du|la|for)(?=\s|$|[,;.)]))*")
_HELD = (r"Chairman|Chair|Chief\s+Executive\s+Officer|CEO|President|Chief\s+Financial\s+Officer|CFO|director|Director|officer|"
         r"largest\s+shareholder|major\s+shareholder|controlling\s+shareholder")
_ROLE_PERSON = re.compile(
    r"\b(?:its|the\s+(?:Company|Corporation|Group)'s|our|(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)'s)\s+(?:(?:former|current)\s+)?(?:"
    + _HELD + r")(?:\s+and\s+(?:" + _HELD + r"))?,?\s+"
    r"(?P<name>(?:Mr\.|Ms\.|Mrs\.|Dr\.)?\s*[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'-]+){1,3})")
# a person named with an honorific: 'a loan agreement with Ms. Lin Wei, a director', 'Mr Pieter Swanepoel'
# the issuer speaking of itself: never a counterparty
SELF_REFERENCE = re.compile(r"(?:the\s+)?(?:Company|Corporation|Group|Issuer|Society)", re.I)
# (and Spanish: Dra., Sr., Ing., Lic.; a Peruvian accountant's CPC; Indonesian Ir.; Malay Encik, Puan)
HONORIFIC_WORDS = "Mr|Ms|Mrs|Dr|Sir|Dame|Prof|Dra|Sra|Srta|Sr|Ing|Lic|CPC|Ir|Encik|Puan"
HONORIFIC = rf"\b(?:{HONORIFIC_WORDS})\b\.?\s+"
_HONORIFIC_NAME = r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'-]+){1,2})"
HONORIFIC_PERSON = re.compile(HONORIFIC + _HONORIFIC_NAME)
# the lender as the subject: 'Mr. Robert Lang, the Company's Chairman, has advanced a loan'
_PERSON_SUBJECT = re.compile(
    HONORIFIC + _HONORIFIC_NAME + r",\s+(?:the\s+(?:Company|Corporation|Group)'s|its|our|a)\s+"
    r"[^,]{3,60},\s+(?:has\s+)?(?:advanced|lent|loaned|provided|subscribed|agreed\s+to\s+(?:advance|lend|provide|subscribe))\b")
# people as the subject, each with a role in apposition: 'Harold Quenneville, the Company's Chairman, and Patricia
# Skene, a director, each advanced $75,000'
_APPOSED = (r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'-]+){1,2},\s+"
            r"(?:the\s+(?:Company|Corporation|Group)'s|its|our|a|an)\s+[^,]{3,60},")
_PEOPLE_SUBJECT = re.compile(
    rf"\b(?P<list>{_APPOSED}(?:\s+and\s+{_APPOSED})+)\s+(?:each\s+)?(?:has\s+|have\s+)?(?:advanced|lent|loaned|"
    r"provided|subscribed|agreed\s+to\s+(?:advance|lend|provide|subscribe))\b")
_APPOSED_NAME = re.compile(r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>[A-Z][\w'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'-]+){1,2}),\s+"
                           r"(?:the\s+(?:Company|Corporation|Group)'s|its|our|a|an)\s+[^,]{3,60},")
# a role in apposition between two parties of a list: 'The Bank of Nova Scotia, as lead arranger, and ING Bank N.V.'
_LIST_SEP = re.compile(r"(?:,\s+as\s+[a-z][a-z ,-]{2,60}?)?\s*(?:,\s*and\s+|,\s+|\s+and\s+)(?:[Tt]he\s+)?(?=[A-Z])")
# a legal suffix after a comma is part of the name: 'Kiyomizu Trust & Banking Co., Ltd.', 'Banco Sierra Comercial, S.A.'
# (and a Mexican bank's: 'Banco del Noroeste, S.A., Institución de Banca Múltiple')
_COMMA_SUFFIX = re.compile(r",\s+(?:Ltd\.|Limited|Inc\.|S\.A\.(?:\s+de\s+C\.V\.)?(?:,\s+Instituci[oó]n\s+de\s+Banca\s+M[uú]ltiple\b)?|"
                           r"S\.A\.S\.|LLC|L\.P\.|LP|plc|PLC|N\.V\.|B\.V\.|AG|GmbH)(?=[\s,;)]|\.?$|\.\s)")
# (and the words a Spanish, Portuguese or French company's name opens with: 'Corporación Nacional del Cobre de Chile')
_BANK_FIRST = frozenset("Bank Banque Banco Banca Standard Caisse Compagnie Financiera Arrendadora Sociedad Société "
                        "Corporación Corporacion Compañía Compania Companhia Empresa Empresas Grupo".split())
_NOT_PARTY = re.compile(r"^(?:The|This|That|These|Its|Our|Company|Corporation|Board|Exchange|TSX|NYSE|ASX|AIM|Closing|"
                        r"January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"US|U\.S|C|A|CDN|Cdn|Canadian|Australian|United)\b")


# a party as the subject of its own part: 'Newmont Mining Corporation subscribed for ...', 'RCF VI L.P. has agreed
# to provide ...'
_SUBJECT_PARTY = re.compile(
    r"(?P<name>(?:[A-Z][\w&'.-]*\s+){0,5}?(?:[A-Z][\w&'.-]*\s+)?(?:Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|PLC|plc|"
    r"LLC|L\.P\.|LP|AG|S\.A\.(?:C\.|A\.)?|N\.V\.|Partnership|Fund(?:\s+[IVX]+)?))(?:,\s+(?:an?|the|its)\s+[^,]{3,60},)?\s+(?:has\s+|have\s+)?"
    r"(?:subscribed|purchased|invested|advanced|provided|lent|agreed\s+to\s+(?:provide|lend|subscribe|purchase|advance|invest))\b")


# a legal form an issuer's name opens with ('OJSC Chulman Gold Mining Company', 'PT Bukit Sangkar Emas Tbk'): not the
# word that tells its name from a lender's ('OJSC Sibirsky Kapital Bank')
ISSUER_FORM_FIRST = re.compile(r"^(?:OJSC|PJSC|CJSC|JSC|OAO|ZAO|PAO|AO|PT|JSCo)\s+")


def cued_parties(text: str, issuer: str | None) -> list[str]:
    """Organisations named after a cue ('with Macquarie Bank Limited and Commonwealth Bank of Australia')."""
    issuer_words = set(ISSUER_FORM_FIRST.sub("", issuer or "").split()[:1])
    out: list[str] = []
    for cue in _PARTY_CUE.finditer(text):
        pos = cue.end()
        listed = 0      # parties already read from this list: the next item needs no organisation word
        while True:
            m = _PARTY_NAME.match(text, pos)
            if not m:
                break
            name = m.group().rstrip(".,") if not re.search(r"\b(?:Inc|Corp|Ltd|Co|L\.P|S\.A|N\.V|B\.V)\.$", m.group()) else m.group()
            words = name.split()
            while words and words[-1] in ("of", "de", "del", "des", "du", "la", "for", "&", "U.S", "U.S.", "US"):     # ('... for U.S.$4.8')
                words.pop()
            name = " ".join(words)
            if not words:
                break
            if _NOT_PARTY.match(name) or words[0] in issuer_words:
                break
            end = m.end()
            suffix = _COMMA_SUFFIX.match(text, end) if name == m.group() else None
            if suffix and not re.search(r"\b(?:Ltd|Inc|Limited|LLC|plc|PLC|AG|GmbH)\.?$", name):
                name, end = name + suffix.group(), suffix.end()
            if (any(w.rstrip(".,") in _ORG_WORDS for w in words[1:]) or words[0] in _BODY_WORDS | _BANK_FIRST
                    or ISSUER_RE.fullmatch(name) or (listed and len(words) >= 2) or suffix):
                out.append(name)
                listed += 1
            else:
                hon = HONORIFIC_PERSON.match(text, pos) if not listed else None
                if hon:
                    out.append(hon.group("name"))
                break
            sep = _LIST_SEP.match(text, end)
            if not sep:
                break
            pos = sep.end()
    for m in _SUBJECT_PARTY.finditer(text):
        name = m.group("name")
        if not (issuer_words and name.split()[0] in issuer_words) and not _NOT_PARTY.match(name):
            out.append(name)
    out.extend(m.group("name") for m in _PERSON_SUBJECT.finditer(text))
    for m in _PEOPLE_SUBJECT.finditer(text):
        out.extend(n.group("name") for n in _APPOSED_NAME.finditer(m.group("list")))
    for m in _ROLE_PERSON.finditer(text):
        org = ISSUER_RE.match(text, m.start("name"))       # 'its largest shareholder, Orca Holdings Ltd.'
        out.append(org.group(1) if org else re.sub(rf"^{HONORIFIC}", "", " ".join(m.group("name").split())))
    return out


# the issuer's own subsidiaries, by the names the release gives them: 'its subsidiary, Hikutaia Mining Limited
# ("Hikutaia Mining")', 'Heishan Mining (the "Seller"), an indirect wholly-owned subsidiary of the Company'
_SUB_NAME = r"[A-Z](?:[^()\".;]|\((?:Pty|Proprietary|Private)\)|(?<=Co|td|nc|rp)\.(?=,?\s)){2,80}?"     # ('Co., Ltd.')
_SUBSIDIARY_NAMED = re.compile(
    r"\bsubsidiar(?:y|ies)(?:\s+of\s+the\s+(?:Company|Corporation|Group))?,?\s+(?P<full>" + _SUB_NAME + r")\s*\(\s*(?:the\s+)?"
    r"\"(?P<short>[^\"]{2,40})\"\s*\)|(?P<full2>" + _SUB_NAME + r")\s*\(\s*(?:the\s+)?\"(?P<short2>[^\"]{2,40})\"\s*\),\s+"
    r"(?:an?\s+|the\s+|its\s+)?(?:(?:indirect|direct|wholly[- ]owned|\d+%[- ]owned|operating|principal)\s+)*subsidiary")


# 'on the Company's subsidiary, Minera Llamoja S.A.C., in connection with ...', 'the Company's wholly-owned
# subsidiary, Jiggs Mining LLC': a subsidiary named by its registered name alone (and so by its name before the form)
_SUBSIDIARY_REGISTERED = re.compile(
    r"\b(?:(?:Company|Corporation|Group)['\u2019]s|its)\s+(?:[\w%-]+\s+){0,3}?subsidiary,?\s+"
    r"(?P<name>(?P<base>[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|de|del|la|y|and)){0,5}?)\s+(?:S\.A\.C\.|S\.A\.|S\.R\.L\.|"
    r"S\.A\.S\.|Ltda\.|Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|Pty\.?\s+Ltd\.?|\(Pty\)\s+Ltd|SARL|SAS|GmbH|Corp\.?|SA|AG|AB|"
    r"LLP|Tbk|Bhd))(?=[\s,;:)])")


_CLAUSE_BEFORE_NAME = re.compile(r",\s+(?!(?:Ltd|Inc|Limited|S\.A|L\.P|LLC|Corp)\b)")


def own_subsidiaries(text: str) -> list[str]:
    """The names (full and short) under which the release speaks of the issuer's own subsidiaries."""
    out: list[str] = []
    if "subsidiar" not in text:
        return out
    for m in _SUBSIDIARY_NAMED.finditer(text):
        for name in (m.group("full") or m.group("full2"), m.group("short") or m.group("short2")):
            # ('on 12 August 2013, Hunan Baishiling Mining Co., Ltd. (the "PRC Subsidiary"), an indirect ...'): the name
            # after the clause before it, its legal form kept
            name = " ".join(_CLAUSE_BEFORE_NAME.split(name)[-1].split())     # (a name broken over two lines, one)
            if name and not SELF_REFERENCE.fullmatch(name) and name not in out and not re.fullmatch(
                    r"(?:the\s+)?(?:Seller|Purchaser|Buyer|Vendor|Borrower|Lender|Guarantor)s?", name, re.I):
                out.append(name)
    for m in _SUBSIDIARY_REGISTERED.finditer(text):
        for name in (" ".join(m.group("name").split()), " ".join(m.group("base").split())):
            if len(name.split()) >= 2 and name not in out:     # (a bare 'Kestrel' is too short a base to trust)
                out.append(name)
    return out

