"""`accord export --scenario`: the analysis as tables a spreadsheet opens (CSV, XLSX, Parquet,
JSON Lines), one row per fact with its evidence."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from tests.cli import run

FLAGSHIP = "ukraine-2022-2026"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "my-talks.yaml"


@pytest.fixture(scope="module")
def analysis() -> dict:  # type: ignore[type-arg]
    code, out, _ = run("analyze", "--json")
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def test_csv_rows_match_the_analysis(tmp_path: Path, analysis: dict) -> None:  # type: ignore[type-arg]
    code, _, err = run("export", str(tmp_path), "--scenario", FLAGSHIP, "--format", "csv")
    assert code == 0, err
    with (tmp_path / "positions.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(analysis["positions"])
    donbas = next(r for r in rows if r["actor"] == "UKR" and r["issue"] == "territory.donbas")
    assert "cede_de_jure" in donbas["red_lines"] and donbas["evidence"]
    with (tmp_path / "timeline.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == len(analysis["timeline"])


def test_xlsx_parquet_jsonl(tmp_path: Path, analysis: dict) -> None:  # type: ignore[type-arg]
    for fmt in ("xlsx", "parquet", "jsonl"):
        code, _, err = run("export", str(tmp_path / fmt), "--scenario", FLAGSHIP, "--format", fmt)
        assert code == 0, err
    wb = load_workbook(tmp_path / "xlsx" / "analysis.xlsx")
    assert wb.sheetnames == ["positions", "timeline", "forecasts", "deals", "deal_status",
                             "incidents", "exchanges", "contradictions", "indicators", "odds"]
    assert wb["positions"].max_row == len(analysis["positions"]) + 1
    n = duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'parquet' / 'forecasts.parquet'}'").fetchall()
    assert n[0][0] == 6 * len(analysis["forecast"]["issues"])
    lines = (tmp_path / "jsonl" / "timeline.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["id"] == analysis["timeline"][0]["id"]


def test_deals_and_contradictions_match_the_track(tmp_path: Path,
                                                 analysis: dict) -> None:  # type: ignore[type-arg]
    code, _, err = run("export", str(tmp_path), "--scenario", FLAGSHIP, "--format", "csv")
    assert code == 0, err

    def rows(name: str) -> list[dict[str, str]]:
        with (tmp_path / f"{name}.csv").open(encoding="utf-8") as fh:
            return list(csv.DictReader(fh))

    track = analysis["track"]
    deals = {r["id"]: r for r in rows("deals")}
    assert set(deals) == {a["id"] for a in track["agreements"]}
    moratorium = deals["energy-moratorium-2025-03"]
    # both parties' start dates, the derived status and the sources, in one row
    assert moratorium["effective"] == "RUS 2025-03-18; UKR 2025-03-25"
    assert moratorium["start_disputed"] == "True" and moratorium["status"] == "lapsed"
    assert "trk-" in moratorium["sources"]
    changes = [r for r in rows("deal_status") if r["agreement"] == "energy-moratorium-2025-03"]
    assert [r["status"] for r in changes] == [
        c["status"] for a in track["agreements"] if a["id"] == "energy-moratorium-2025-03"
        for c in a["status"]["changes"]]
    disputed = next(r for r in changes if r["status"] == "disputed")
    assert "moratorium-sudzha-2025-03" in disputed["incidents"] and disputed["reason"]
    sudzha = next(r for r in rows("incidents") if r["id"] == "moratorium-sudzha-2025-03")
    assert (sudzha["alleged_violator"], sudzha["claimant"], sudzha["verification"]) == (
        "UKR", "RUS", "denied")
    ledger = [r for r in rows("exchanges") if r["agreement"] == "prisoner-exchange-2025-03-18"]
    assert {(r["actor"], r["agreed"], r["carried_out"], r["remaining"]) for r in ledger} == {
        ("RUS", "198", "197", "1"), ("UKR", "175", "175", "0")}
    pairs = rows("contradictions")
    assert len(pairs) == len(track["contradictions"])
    lyman = next(r for r in pairs if r["subject"] == "control of lyman")
    assert {lyman["a_claimant"], lyman["b_claimant"]} == {"RUS", "UKR"}
    assert lyman["a_evidence"] and lyman["b_evidence"] and lyman["verdict"]
    pokrovsk = next(r for r in pairs if "pokrovsk" in r["subject"])
    assert "Institute for the Study of War" in (pokrovsk["a_independent_support"]
                                                + pokrovsk["b_independent_support"])
    odds = rows("odds")
    twelve = next(r for r in odds if r["horizon"] == "12m" and r["outcome"] == "ceasefire")
    assert float(twelve["p"]) == analysis["simulation"]["summary"]["at"]["12m"]["ceasefire"]["p"]


def test_a_scenario_without_tracked_deals_writes_no_empty_tables(tmp_path: Path) -> None:
    code, _, err = run("export", str(tmp_path), "--scenario", str(EXAMPLE),
                       "--format", "csv")
    assert code == 0, err
    written = {p.stem for p in tmp_path.iterdir()}
    assert {"positions", "timeline"} <= written
    assert not written & {"deals", "deal_status", "incidents", "contradictions"}


def test_bad_format_is_refused(tmp_path: Path) -> None:
    code, _, err = run("export", str(tmp_path), "--scenario", FLAGSHIP, "--format", "ods")
    assert code == 2 and "xlsx" in err
    # the news store exports parquet, jsonl and csv (csv since 2088ea5); xlsx needs a scenario
    code, _, err = run("export", str(tmp_path), "--format", "xlsx")
    assert code == 2 and "--scenario" in err


def test_export_computes_only_what_its_tables_hold(tmp_path: Path, analysis: dict,  # type: ignore[type-arg]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """`export --scenario ... --format xlsx` took 43 s under load: it built the whole analyze
    report (agreement space with concessions, conflict model, the simulation's what-ifs and
    drivers) to write positions, timeline, forecasts, the track tables and the odds. The
    tables are the same; the agreement space and the what-ifs are no longer computed."""
    import accord.simulate.study as study
    import accord.space.analysis as space_analysis
    from accord.report.tables import analysis_tables

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("the export computed the agreement space")

    monkeypatch.setattr(space_analysis, "analyse_scenario", refuse)
    real = study.simulate

    def light(*args: object, **kwargs: object) -> dict:  # type: ignore[type-arg]
        assert not kwargs.get("what_ifs") and not kwargs.get("drivers_runs"), kwargs
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(study, "simulate", light)
    code, _, err = run("export", str(tmp_path), "--scenario", FLAGSHIP, "--format", "jsonl")
    assert code == 0, err
    expected = analysis_tables(analysis)
    assert sorted(p.stem for p in tmp_path.glob("*.jsonl")) == sorted(expected)
    for name, rows in expected.items():
        lines = (tmp_path / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        assert [json.loads(x) for x in lines] == json.loads(json.dumps(rows)), name


def test_the_timeline_has_the_figures_each_event_states(
        tmp_path: Path, analysis: dict) -> None:  # type: ignore[type-arg]
    """Every format carries a `figures` column: each number an event states with its hedge,
    unit and meaning (the Gomel round's length of about five hours)."""
    for fmt in ("csv", "xlsx", "parquet", "jsonl"):
        code, _, err = run("export", str(tmp_path / fmt), "--scenario", FLAGSHIP, "--format", fmt)
        assert code == 0, err
    with (tmp_path / "csv" / "timeline.csv").open(encoding="utf-8") as fh:
        from_csv = {r["id"]: r["figures"] for r in csv.DictReader(fh)}
    sheet = load_workbook(tmp_path / "xlsx" / "analysis.xlsx")["timeline"]
    header = [c.value for c in sheet[1]]
    from_xlsx = {row[header.index("id")]: row[header.index("figures")] or ""
                 for row in sheet.iter_rows(min_row=2, values_only=True)}
    path = tmp_path / "parquet" / "timeline.parquet"
    from_parquet = dict(duckdb.sql(f"SELECT id, coalesce(figures, '') FROM '{path}'").fetchall())
    lines = (tmp_path / "jsonl" / "timeline.jsonl").read_text(encoding="utf-8").splitlines()
    from_jsonl = {r["id"]: r["figures"] for r in map(json.loads, lines)}
    assert from_csv == from_xlsx == from_parquet == from_jsonl
    assert from_csv["belarus-2022-02-28"] == "about 5 hours (length of the talks)"
    stated = [e for e in analysis["timeline"] if e.get("quantities")]
    assert len(stated) > 10
    for e in stated:
        assert from_csv[e["id"]].count(";") == len(e["quantities"]) - 1
    assert all(from_csv[e["id"]] == "" for e in analysis["timeline"] if not e.get("quantities"))

