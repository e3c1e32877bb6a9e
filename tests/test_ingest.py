"""Ingest identifies releases by content, remembers what it read, and never loses a file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest
from pressroom import pipeline
from pressroom.settings import Settings
from support import FIXTURES, SAMPLE_INBOX, query


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLE_INBOX, inbox)
    return Settings(inbox, tmp_path / "data")


def test_ingest_is_idempotent_and_keyed_by_content(settings):
    first = pipeline.ingest(settings, "r1")
    assert (first["new_releases"], first["already_seen"]) == (5, 0)
    again = pipeline.ingest(settings, "r2")
    assert (again["new_releases"], again["already_seen"]) == (0, 5)
    src = next(settings.inbox.glob("2010-*.txt"))
    shutil.copy(src, settings.inbox / "same-content-other-name.txt")
    assert pipeline.ingest(settings, "r3")["new_releases"] == 0
    assert query(settings.raw_db, "select count(*), count(distinct content_sha256) from raw.releases")[0] == (5, 5)


def test_an_edited_file_is_a_new_release(settings):
    pipeline.ingest(settings, "r1")
    path = next(settings.inbox.glob("2010-*.txt"))
    path.write_text(path.read_text().replace("$17 million", "$18 million"))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))
    assert pipeline.ingest(settings, "r2")["new_releases"] == 1


def test_parse_is_idempotent(settings):
    pipeline.ingest(settings, "r1")
    first = pipeline.parse(settings, "r1")
    assert first["parsed"] == 5
    assert pipeline.parse(settings, "r2")["parsed"] == 0
    counts = query(settings.raw_db, "select (select count(*) from raw.production_facts), "
                                    "(select count(*) from raw.financing_facts), "
                                    "(select count(*) from raw.event_facts)")
    assert counts[0] == (first["production_facts"], first["financing_facts"], first["event_facts"])


def test_parse_reports_the_candidates_the_learned_check_dropped(settings):
    from pressroom.normalize import decode
    from pressroom.parser import parse_release

    [release] = (FIXTURES / "dev").glob("1998-07-29-kurrawang-*.txt")
    (settings.inbox / release.name).write_bytes(release.read_bytes())
    dropped = parse_release(decode(release.read_bytes()).text).dropped_by_check
    assert dropped > 0
    pipeline.ingest(settings, "r1")
    assert pipeline.parse(settings, "r1")["dropped_by_check"] == dropped     # (the five samples lose none)


def test_a_file_the_parser_cannot_read_is_quarantined_not_lost(settings):
    (settings.inbox / "headless.txt").write_text("Some words. " * 40)
    pipeline.ingest(settings, "r1")
    result = pipeline.parse(settings, "r1")
    assert (result["parsed"], result["rejected"]) == (5, 1)
    [(stage, reason)] = query(settings.raw_db, "select stage, reason from raw.rejected_files")
    assert stage == "parse" and "date" in reason
    # the text itself is kept for a later parser to try again
    assert query(settings.raw_db, "select count(*) from raw.releases where file_name = 'headless.txt'")[0] == (1,)


def test_reparse_replaces_facts_read_by_an_older_parser(settings):
    pipeline.ingest(settings, "r1")
    first = pipeline.parse(settings, "r1")
    con = duckdb.connect(str(settings.raw_db))
    con.execute("update raw.release_headers set parser_version = '0.0.1' "
                "where release_id in (select release_id from raw.releases where file_name like '2010-%')")
    con.close()
    assert pipeline.parse(settings, "r2")["parsed"] == 0            # a plain parse leaves them alone
    again = pipeline.parse(settings, "r3", reparse=True)
    assert again["parsed"] == 1
    assert query(settings.raw_db, "select count(distinct parser_version) from raw.release_headers")[0] == (1,)
    counts = query(settings.raw_db, "select (select count(*) from raw.production_facts), "
                                    "(select count(*) from raw.financing_facts)")
    assert counts[0] == (first["production_facts"], first["financing_facts"])
