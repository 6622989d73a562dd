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


def test_capture_and_denial_in_two_articles_are_flagged_as_a_pair(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "capture.txt").write_text(CAPTURE, encoding="utf-8")
    (articles / "denial.txt").write_text(DENIAL, encoding="utf-8")
    store = tmp_path / "news.duckdb"
    code, out, err = run("ingest", str(articles), "--store", str(store))
    assert code == 0, out + err
    scenario = tmp_path / "talks.yaml"
    scenario.write_text(track_scenario().to_yaml(), encoding="utf-8")

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
