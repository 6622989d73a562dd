"""`accord track` on a small scenario: JSON, terminal, plots, exports and bad input (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from tests.cli import run
from tests.track_scenarios import track_dict, track_scenario


def _file(tmp_path: Path, data: dict[str, object] | None = None) -> str:
    path = tmp_path / "talks.yaml"
    path.write_text(
        yaml.safe_dump(data) if data is not None else track_scenario().to_yaml(), encoding="utf-8"
    )
    return str(path)


def test_json_lists_deals_ledger_contradictions_indicators(tmp_path: Path) -> None:
    code, stdout, _ = run("track", _file(tmp_path), "--json")
    assert code == 0
    data = json.loads(stdout)
    pause = next(a for a in data["agreements"] if a["id"] == "pause")
    assert [c["status"] for c in pause["status"]["changes"]] == [
        "announced",
        "in_force",
        "disputed",
        "lapsed",
    ]
    assert [i["id"] for i in pause["incidents"]] == ["inc1", "inc2"]
    swap = data["exchange_ledger"]["agreements"][0]
    assert [(s["actor"], s["agreed"], s["carried_out"]) for s in swap["sides"]] == [
        ("AAA", 10, 10),
        ("BBB", 10, 10),
    ]
    assert data["contradictions"][0]["claims"][1]["source"] == "Alpha's army"
    assert [i["id"] for i in data["indicators"]] == ["gains", "poll"]


def test_as_of_and_terminal_output(tmp_path: Path) -> None:
    code, stdout, _ = run("track", _file(tmp_path), "--as-of", "2025-03-20")
    assert code == 0
    assert "Thirty-day pause on strikes at power plants [pause]: in_force" in stdout
    assert "Contradictory claims" not in stdout  # the claims come later


def test_plots_and_exports_are_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, stdout, _ = run(
        "track",
        _file(tmp_path),
        "--plot",
        str(out),
        "--claimreview",
        str(tmp_path / "cr.jsonld"),
        "--pax",
        str(tmp_path / "pax.csv"),
        "--export-acled",
        str(tmp_path / "acled.csv"),
    )
    assert code == 0, stdout
    for stem in ("deals", "deal-pause", "deal-swap", "exchange-ledger", "indicators"):
        for ext in ("png", "svg"):
            assert (out / f"{stem}.{ext}").stat().st_size > 1000
    assert json.loads((tmp_path / "cr.jsonld").read_text())["@graph"]
    assert (tmp_path / "pax.csv").read_text().startswith("agreement_id,")
    code, stdout, _ = run("track", _file(tmp_path), "--acled", str(tmp_path / "acled.csv"), "--json")
    assert code == 0  # the export reads back (with its own agreement column)


def test_bad_input_gets_a_clear_message_and_exit_2(tmp_path: Path) -> None:
    data = track_dict()
    data["incidents"][0]["agreement"] = "truce"
    code, _, err = run("track", _file(tmp_path, data))
    assert code == 2 and "incidents[0].agreement" in err and "unknown agreement 'truce'" in err

    data = track_dict()
    data["agreements"][0]["effective"][0]["date"] = "2025-03-01"
    code, _, err = run("track", _file(tmp_path, data))
    assert code == 2 and "agreements[0].effective[0].date" in err and "before the announcement" in err

    good = _file(tmp_path)
    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text("event_date,location\n2025-03-21,Northtown\n", encoding="utf-8")
    code, _, err = run("track", good, "--acled", str(bad_csv), "--agreement", "pause")
    assert code == 2 and "bad.csv:1" in err and "event_type" in err and "Fix:" in err

    code, _, err = run("track", good, "--acled", str(bad_csv), "--agreement", "paus")
    assert code == 2 and "did you mean 'pause'" in err

    (tmp_path / "plain").write_text("x", encoding="utf-8")
    code, _, err = run("track", good, "--pax", str(tmp_path / "plain" / "x.csv"))
    assert code == 2 and "which is a file, not a folder" in err
