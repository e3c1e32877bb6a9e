"""Shared fixtures: a published warehouse built once from the bundled sample by the real CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support import SAMPLE_INBOX, run_cli


@pytest.fixture(scope="session")
def published(tmp_path_factory) -> Path:
    """A data dir holding the warehouse published from the five sample releases (docs included)."""
    base = tmp_path_factory.mktemp("published")
    inbox = base / "inbox"
    shutil.copytree(SAMPLE_INBOX, inbox)
    data = base / "data"
    proc = run_cli("run", "--inbox", str(inbox), "--data-dir", str(data), docs=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return data


@pytest.fixture
def data_copy(published: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A private copy of the published data dir and its inbox, to change freely."""
    inbox = tmp_path / "inbox"
    shutil.copytree(published.parent / "inbox", inbox)
    data = tmp_path / "data"
    shutil.copytree(published, data, ignore=shutil.ignore_patterns(".pressroom.lock"))
    return inbox, data
