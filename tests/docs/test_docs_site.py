"""The dbt docs site, opened in a real headless Chromium (Debian's chromium + chromedriver).

Checks that the contract's fact tables appear with their column descriptions and that the
lineage graph renders; screenshots go to test-output/docs/.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "test-output" / "docs"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                       reason="needs Debian's chromium and chromium-driver (make test installs them)"),
]

# column -> words its description must contain (from ../shared/CONTRACT.md)
EXPECTED = {
    "fct_production": {"ore_source": "the mine the ore came from", "is_guidance": "forecasts",
                       "period_grain": "quarter"},
    "fct_financings": {"instrument_type": "promissory_note", "amount_usd": "usd",
                       "counterparties": "lenders"},
    "fct_events": {"event_date": "not the release date", "venue": "court", "person_name": "executive"},
}


@pytest.fixture(scope="module")
def site(published):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(published / "docs"))
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def _wait_for(predicate, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.25)
    return predicate()


@pytest.mark.parametrize("model", sorted(EXPECTED))
def test_fact_tables_are_documented_column_by_column(site, browser, model):
    from selenium.webdriver.common.by import By

    browser.get(f"{site}/#!/model/model.pressroom.{model}")
    body = _wait_for(lambda: (t := browser.find_element(By.TAG_NAME, "body").text) and "evidence" in t and t)
    browser.save_screenshot(str(OUTPUT / f"{model}.png"))
    assert model in body
    lines = body.splitlines()
    for column, words in EXPECTED[model].items():
        assert column in lines, f"{model}.{column} is not listed"
        i = lines.index(column)
        description = " ".join(lines[i + 1:i + 3]).lower()     # type line, then the description
        assert words in description, f"{model}.{column}: {description!r}"


def test_lineage_graph_renders(site, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{site}/#!/model/model.pressroom.fct_production")
    _wait_for(lambda: "evidence" in browser.find_element(By.TAG_NAME, "body").text)
    launcher = _wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".launcher-btn, [ng-click*='graph']"))
    assert launcher, "no lineage graph button"
    launcher[0].click()
    canvases = _wait_for(lambda: [c for c in browser.find_elements(By.CSS_SELECTOR, "#cy canvas")
                                  if c.size["width"] > 100 and c.size["height"] > 100])
    time.sleep(1.5)
    browser.save_screenshot(str(OUTPUT / "lineage.png"))
    assert canvases, "the lineage graph drew no canvas"
    # a drawn graph compresses to far more bytes than a blank canvas of the same size
    assert len(canvases[0].screenshot_as_png) > 5_000, "the lineage canvas is blank"
    assert "fct_production" in browser.find_element(By.TAG_NAME, "body").text
