"""Claims from the news store flow into contradictions: an article claiming a capture and
another denying it are flagged as a pair by `accord track --store`."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli import run
from tests.track_scenarios import track_scenario

CAPTURE = """Russian army says it captured Huliaipole

Published: 2025-12-01

Russian troops have captured the town of Huliaipole, the Russian defence ministry said on 1 December
2025. The ministry said its forces had taken full control of the town after weeks of fighting.
"""
DENIAL = """Kyiv rejects Russian claim about Huliaipole

Published: 2025-12-02

Ukraine's General Staff on 2 December 2025 denied that Russian troops had captured Huliaipole.
Ukrainian units still hold the town, the General Staff said.
"""


def _capture_and_denial_ingested(tmp_path: Path) -> tuple[Path, Path]:
    """The capture and denial articles ingested into a store, and the tracking scenario beside
    it: (store, scenario)."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "capture.txt").write_text(CAPTURE, encoding="utf-8")
    (articles / "denial.txt").write_text(DENIAL, encoding="utf-8")
    store = tmp_path / "news.duckdb"
    code, out, err = run("ingest", str(articles), "--store", str(store))
    assert code == 0, out + err
    scenario = tmp_path / "talks.yaml"
    scenario.write_text(track_scenario().to_yaml(), encoding="utf-8")
    return store, scenario


def test_capture_and_denial_in_two_articles_are_flagged_as_a_pair(tmp_path: Path) -> None:
    store, scenario = _capture_and_denial_ingested(tmp_path)

    code, out, _ = run("track", str(scenario), "--store-path", str(store), "--json")
    assert code == 0
    data = json.loads(out)
    pairs = [c for c in data["contradictions"] if c["subject"] == "control of huliaipole"]
    assert len(pairs) == 1
    first, second = pairs[0]["claims"]
    assert (first["claimant"], first["date"]) == ("RUS", "2025-12-01")
    assert (second["claimant"], second["date"]) == ("UKR", "2025-12-02")
    assert "denies" in second["text"] and "RUS" in second["text"]
    assert first["origin"].startswith("news store") and second["origin"].startswith("news store")
    # both sources side by side: each with its own article and character span
    docs = {first["evidence"][0].split("[")[0], second["evidence"][0].split("[")[0]}
    assert len(docs) == 2
    assert data["news"]["claims"] >= 2

    # without the store the pair is not there; the terminal view shows it with --store
    code, out, _ = run("track", str(scenario), "--json")
    assert "huliaipole" not in out
    code, out, _ = run("track", str(scenario), "--store-path", str(store))
    assert code == 0 and "control of huliaipole" in out


def test_news_claims_after_the_report_date_and_unusable_extractions_are_explained(
        tmp_path: Path) -> None:
    """`accord track --store` after ingesting this month's news said only "4 claims, 0 reports on
    deals, 0 exchanges; 6 extractions not usable": no pair shown, no word that the claims lie after
    the report's date, nor why the six were not usable."""
    import io

    from rich.console import Console

    from accord.report.sections.track import render

    store, scenario = _capture_and_denial_ingested(tmp_path)
    code, out, _ = run("track", str(scenario), "--store-path", str(store), "--as-of", "2025-11",
                       "--json")
    assert code == 0
    data = json.loads(out)
    assert data["news"]["claims_after_as_of"] == data["news"]["claims"] >= 2
    code, out, _ = run("track", str(scenario), "--store-path", str(store), "--as-of", "2025-11")
    assert "dated after 2025-11, the date of this report, and left out" in " ".join(out.split())

    data["news"]["skipped"] = [f"abc:e{k}: no deal on ceasefire.energy was in force on 2026-03-12"
                               for k in range(4)] + ["abc:e9: an exchange agreed or planned, "
                                                     "not reported carried out"]
    buf = io.StringIO()
    render(data, Console(file=buf, width=200, color_system=None))
    text = buf.getvalue()
    assert "5 extractions not usable:" in text
    assert ("- no deal on ceasefire.energy was in force on 2026-03-12 (abc:e0, abc:e1, abc:e2 "
            "and 1 more)") in text
    assert "- an exchange agreed or planned, not reported carried out (abc:e9)" in text
