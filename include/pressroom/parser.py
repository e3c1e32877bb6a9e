"""Turn one release's raw text into its header and facts.

>>> from pathlib import Path
>>> sample = sorted((Path(__file__).parent / "sample_inbox").glob("2008-*.txt"))[0]
>>> release = parse_release(sample.read_text())
>>> release.header.ticker, release.header.published_date.isoformat()
('RML', '2008-12-19')
"""

from __future__ import annotations

from pressroom.extract import events, financings, header, production, tables, vetting
from pressroom.extract.dates import find_fiscal_year_end
from pressroom.extract.doc import Doc
from pressroom.extract.money import find_default_currency
from pressroom.models import Header, NotARelease, ParsedRelease
from pressroom.normalize import normalize
from pressroom.segment import segment

#: bump when extraction changes what it produces; stored with every fact
PARSER_VERSION = "0.194.0"

# the currency of a price written in cents on the issuer's first listing ('at 8 cents per share' on the ASX)
HOME_CURRENCIES = {"ASX": "AUD", "NZX": "NZD", "JSE": "ZAR", "TSX": "CAD", "TSX-V": "CAD", "CSE": "CAD", "NEO": "CAD",
                   "VSE": "CAD", "ASE": "CAD", "CDNX": "CAD", "TSE": "CAD", "CNSX": "CAD",
                   "AIM": "GBP", "LSE": "GBP", "HKEX": "HKD", "SGX": "SGD"}
CANADIAN_EXCHANGES = {e for e, cur in HOME_CURRENCIES.items() if cur == "CAD"}


def parse_release(raw_text: str, *, vet: bool = True) -> ParsedRelease:
    """Parse a decoded release, or raise :class:`NotARelease` saying why it is not one.

    With ``vet`` (the default) the candidate facts pass the learned check of :mod:`pressroom.extract.vetting`;
    without it they come as the rules propose them (what the check is trained on)."""
    clean = normalize(raw_text)
    seg = segment(clean.text)
    head_units = list(seg.header)
    body_units = [u for u in seg.units if u.section != "header"]
    if not body_units:
        raise NotARelease("no body paragraph found (truncated or not a press release)")
    first_body = seg.units[seg.lead].text if seg.lead >= 0 else body_units[0].text
    head_text = "\n".join(u.text for u in head_units)
    lead = first_body[:600]
    named = list(header.companies(lead))
    if len(named) >= 2:
        lead = lead[:named[1][0].start()]      # another company's ticker ('with Little Moose Ltd. (TSX-V: LMR)')
    listings = header.find_listings(head_text + "\n" + lead)
    for unit in body_units[:4] if not listings else ():
        # a lead that is not the first body paragraph: 'Falémé Gold PLC (AIM: FAL), the West African gold ...'
        text = unit.text[:600]
        named = list(header.companies(text))
        listings = header.find_listings(text[:named[1][0].start()] if len(named) >= 2 else text)
        if listings:
            break
    if not listings:
        # a listing only the closing note about the issuer gives ('The share is listed on Nasdaq Stockholm (STOR).')
        listings = header.find_listings("\n".join(u.text for u in seg.units if u.section == "about"))
    # ('03/08/2021' under an ASX letterhead is 3 August)
    published, date_index = header.find_release_date(head_units, first_body, clean.text,
                                                     header.DAY_FIRST.get(listings[0][0]) if listings else None)
    # (after the letterhead: the two units after the lead paragraph, then the first body unit itself, which is the
    # headline when a long one with 'per cent.' in it reads as the opening paragraph, then a few more)
    # (a Hong Kong GEM announcement opens with the market's caveat and the exchange's disclaimer, and its headline
    # follows the letterhead further down)
    title = header.find_title(head_units, date_index, body_units[1:3] + body_units[:1] + body_units[3:8])
    issuer = header.find_issuer(head_text, first_body, listings)
    body_text = "\n".join(u.text for u in body_units if u.section != "boilerplate")
    # (the statement may sit in a letter's opening lines, which the segmenter keeps with the letterhead)
    default_currency = find_default_currency(body_text) or find_default_currency(head_text)
    hdr = Header(
        issuer_name=issuer,
        ticker=listings[0][1] if listings else None,
        exchange=listings[0][0] if listings else None,
        listings=tuple(f"{e}:{t}" for e, t in listings),
        published_date=published,
        title=title,
        address=header.find_address(head_units),
        default_currency=default_currency,
    )
    doc = Doc(clean=clean, seg=seg, release_date=published, issuer=issuer,
              default_currency=default_currency,
              canadian_listed=any(e in CANADIAN_EXCHANGES for e, _ in listings),
              home_currency=HOME_CURRENCIES.get(listings[0][0]) if listings else None,
              day_first=header.DAY_FIRST.get(listings[0][0]) if listings else None,
              fy_end=find_fiscal_year_end(clean.text, tuple(e for e, _ in listings)), title=title)
    # a table row is more precise than prose about the same key: tables first, first fact wins
    table_facts = tables.extract_tables(doc)
    prod = production.dedupe_production(table_facts + production.extract_production(doc, table_facts), doc.clean.text,
                                        doc.issuer)
    found = {"production": prod, "financings": financings.extract_financings(doc), "events": events.extract_events(doc)}
    candidates = sum(len(facts) for facts in found.values())
    for family, model in (vetting.load_models() if vet else {}).items():
        ctx = vetting.Context(published=published, exchange=hdr.exchange, text_length=len(raw_text),
                              family_count=len(found[family]))
        found[family] = model.keep(found[family], ctx)
    return ParsedRelease(
        header=hdr,
        clean_text=clean.text,
        paragraph_count=len(body_units),
        boilerplate_paragraph_count=sum(1 for u in body_units if u.section == "boilerplate"),
        production=tuple(found["production"]),
        financings=tuple(found["financings"]),
        events=tuple(found["events"]),
        dropped_by_check=candidates - sum(len(facts) for facts in found.values()),
    )
