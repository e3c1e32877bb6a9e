"""Value objects the parser produces. Every fact carries the words it was read from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

PRODUCTION_METRICS = {
    # metric -> unit
    "ore_mined_t": "t",
    "ore_processed_t": "t",
    "tonnes_per_day": "t/d",
    "head_grade_g_t": "g/t",
    "recovery_pct": "%",
    "gold_recovered_oz": "oz",
    "gold_poured_oz": "oz",
    "gold_produced_oz": "oz",
    "gold_sold_oz": "oz",
    "cash_cost_per_oz": "USD/oz",
}
PERIOD_GRAINS = ("month", "quarter", "half", "year")
INSTRUMENT_TYPES = (
    "promissory_note", "secured_loan", "exchangeable_loan", "convertible_debenture",
    "credit_facility", "private_placement", "equity_offering", "warrants", "stock_options",
    "debt_repayment", "debt_transfer", "debt_settlement", "royalty_stream",
)
FINANCING_STATUSES = ("proposed", "announced", "closed", "in_default")
EVENT_TYPES = (
    "arbitration_award", "court_judgment", "legal_proceeding", "enforcement_action",
    "legal_challenge", "expropriation", "executive_appointment", "executive_departure",
    "acquisition", "disposition", "agreement",
)


class NotARelease(ValueError):
    """The text is not a usable press release; the message is the one-line reason."""


@dataclass(frozen=True, slots=True)
class Evidence:
    text: str                 # the sentence or table row, as normalized
    start: int                # offsets into the release's raw text
    end: int
    extractor: str


@dataclass(frozen=True, slots=True)
class Header:
    issuer_name: str | None
    ticker: str | None
    exchange: str | None
    listings: tuple[str, ...]           # 'EXCHANGE:TICKER', primary first
    published_date: date
    title: str
    address: str | None = None
    default_currency: str | None = None


@dataclass(frozen=True, slots=True)
class ProductionFact:
    site: str
    ore_source: str | None
    period_start: date
    period_end: date
    period_grain: str
    metric: str
    value: float
    unit: str
    is_guidance: bool
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class FinancingFact:
    instrument_type: str
    status: str
    amount: float | None
    currency: str | None
    interest_rate_pct: float | None
    maturity_date: date | None
    share_count: int | None
    price_per_share: float | None
    price_currency: str | None
    counterparties: tuple[str, ...]
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class EventFact:
    event_type: str
    event_date: date | None
    counterparty: str | None
    venue: str | None
    amount: float | None
    currency: str | None
    person_name: str | None
    role: str | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class ParsedRelease:
    header: Header
    clean_text: str
    paragraph_count: int
    boilerplate_paragraph_count: int
    production: tuple[ProductionFact, ...] = field(default=())
    financings: tuple[FinancingFact, ...] = field(default=())
    events: tuple[EventFact, ...] = field(default=())
    dropped_by_check: int = 0           # candidate facts the learned check (extract/vetting.py) left out
