"""Events: the other party, venue, amount and role read from the words a release uses for them.

Each test states one behaviour of the events extractor on a small release built around one or two sentences.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from extract.test_extractors import release
from pressroom import parser

# these tests hold the rules to what they must read; the learned check on their output (vetting) has its own tests
parse_release = partial(parser.parse_release, vet=False)


def test_the_issuers_subsidiary_signing_a_deal_is_not_its_other_party():
    # the subsidiary signs for the issuer: the party across the table is the government (or the vendor) named after it
    events = parse_release(release(
        "On 10 June 2012 Niagadina SA, the Company's Malian subsidiary, and the Government of the Republic of Mali "
        "signed an amendment to the mining convention for the Niagadina exploitation permit.")).events
    assert [(e.event_type, e.event_date, e.counterparty) for e in events] == [
        ("agreement", date(2012, 6, 10), "Republic of Mali")]
    events = parse_release(release(
        "On 12 June 2012, its Ecuadorian subsidiary, Minera Kestrel S.A., signed a five-year community development "
        "agreement with Wren Holdings Limited.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [("agreement", "Wren Holdings Limited")]
