"""The dashboard's news page shows the sentence behind every event and stance, as `accord
timeline` and `accord stances` do; it showed ids only, so a reader could not check a stance."""

from __future__ import annotations

import html
import warnings
from pathlib import Path

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from accord.web.app import create_app
from tests.cli import run

ARTICLE = """Negotiators meet again on the Bosporus

ISTANBUL, 3 March 2026 - Delegations of Russia and Ukraine held a new round of direct talks in \
Istanbul on Tuesday, hosted by the Turkish foreign minister. Both sides agreed to swap 300 prisoners \
each within the next two weeks, a joint statement said. Umerov said Ukraine would never give up the \
Donbas region. The two teams plan to meet again in April after consulting their capitals.
"""

UNDATED = """Kyiv rejects a pull-out from the east

The Ukrainian president said on Thursday that his country would never hand over the Donbas \
region to Russia, whatever the pressure from its partners, and that any ceasefire must begin \
along the present front line. He added that talks could go on in Geneva next month.
"""


def test_news_page_shows_each_rows_passage(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(UNDATED, encoding="utf-8")
    store = tmp_path / "news.duckdb"
    code, _, err = run("ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--store-path", str(store))
    assert code in (0, 2), err
    page = html.unescape(TestClient(create_app(str(store))).get("/news").text)
    assert "“Umerov said Ukraine would never give up the Donbas region.”" in page
    assert "“Both sides agreed to swap 300 prisoners each within the next two weeks" in page
    assert "in brackets, the article's publication date" in page
    assert "“The Ukrainian president said on Thursday that his country would never hand over" in page
