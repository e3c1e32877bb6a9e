"""Flatten a parsed release into raw-table rows with stable ids."""

from __future__ import annotations

import hashlib
from dataclasses import asdict

from pressroom.models import ParsedRelease


def _fact_id(release_id: str, family: str, key: tuple, seen: dict) -> str:
    base = "|".join(str(k) for k in (release_id, family, *key))
    n = seen.get(base, 0)
    seen[base] = n + 1
    return hashlib.sha256(f"{base}|{n}".encode()).hexdigest()[:24]


def release_rows(release_id: str, parsed: ParsedRelease, parser_version: str, parsed_at, run_id: str):
    """(header row, production rows, financing rows, event rows) for the raw tables."""
    h = parsed.header
    header = {
        "release_id": release_id, "issuer_name": h.issuer_name, "ticker": h.ticker, "exchange": h.exchange,
        "listings": "; ".join(h.listings) or None, "published_date": h.published_date, "title": h.title,
        "address": h.address, "default_currency": h.default_currency, "clean_text": parsed.clean_text,
        "paragraph_count": parsed.paragraph_count,
        "boilerplate_paragraph_count": parsed.boilerplate_paragraph_count,
        "parser_version": parser_version, "parsed_at": parsed_at, "run_id": run_id,
    }
    seen: dict = {}
    production = []
    for f in parsed.production:
        d = asdict(f)
        ev = d.pop("evidence")
        key = (f.site.lower(), (f.ore_source or "").lower(), f.period_start, f.period_end, f.metric, f.is_guidance)
        production.append({"fact_id": _fact_id(release_id, "production", key, seen), "release_id": release_id,
                           **d, **_evidence(ev), "parser_version": parser_version})
    financings = []
    for f in parsed.financings:
        d = asdict(f)
        ev = d.pop("evidence")
        d["counterparties"] = "; ".join(f.counterparties) or None
        key = (f.instrument_type, f.amount, f.currency, f.share_count, f.maturity_date)
        financings.append({"fact_id": _fact_id(release_id, "financing", key, seen), "release_id": release_id,
                           **d, **_evidence(ev), "parser_version": parser_version})
    events = []
    for f in parsed.events:
        d = asdict(f)
        ev = d.pop("evidence")
        key = (f.event_type, f.event_date, f.venue, f.person_name)
        events.append({"fact_id": _fact_id(release_id, "event", key, seen), "release_id": release_id,
                       **d, **_evidence(ev), "parser_version": parser_version})
    return header, production, financings, events


def _evidence(ev: dict) -> dict:
    return {"evidence": ev["text"], "evidence_start": ev["start"], "evidence_end": ev["end"],
            "extractor": ev["extractor"]}
