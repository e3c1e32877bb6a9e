"""What every extractor reads: the clean text, its segmentation and the header facts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pressroom.models import Evidence
from pressroom.normalize import CleanText, squash
from pressroom.segment import Segmented

# what others say of the issuer, which the release answers: 'an article ... which reported that the Company was close to
# signing a NZ$45 million gold stream'
HEARSAY = re.compile(r"\b(?:article|report|story|media|newspaper|press|column|blog|post)s?\b[^.;]{0,160}?\b(?:reported|claimed|"
                     r"suggested|speculated|alleged|stated|said|states|says|claims|suggests|reports|alleges)\s+that\b|\b(?:rumou?rs?|speculation)\b", re.I)
# a term the release defines in brackets: '(the "Facility")', '("the RCF")', '(the "Corresponding Period")'
DEFINED_TERM = re.compile(r"\(\s*(?:the\s+)?\"(?:the\s+)?(?P<term>[^\"]{2,40})\"\s*\)")


@dataclass(frozen=True, slots=True)
class Doc:
    clean: CleanText
    seg: Segmented
    release_date: date
    issuer: str | None
    default_currency: str | None
    canadian_listed: bool
    fy_end: int = 12          # the month the issuer's fiscal year ends in
    title: str | None = None  # the headline ('Quarterly Report for the Period Ended 31 March 2005')
    home_currency: str | None = None    # the currency of the first listing's market ('AUD' on the ASX)
    day_first: bool | None = None       # whether that market writes '03/06/2012' day first (None: unknown)

    def evidence(self, start: int, end: int, extractor: str) -> Evidence:
        raw_start, raw_end = self.clean.raw_span(start, end)
        return Evidence(squash(self.clean.text[start:end]), raw_start, raw_end, extractor)
