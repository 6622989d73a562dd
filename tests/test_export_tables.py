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
    assert wb.sheetnames == ["positions", "timeline", "forecasts"]
    assert wb["positions"].max_row == len(analysis["positions"]) + 1
    n = duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'parquet' / 'forecasts.parquet'}'").fetchall()
    assert n[0][0] == 6 * len(analysis["forecast"]["issues"])
    lines = (tmp_path / "jsonl" / "timeline.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["id"] == analysis["timeline"][0]["id"]


def test_bad_format_is_refused(tmp_path: Path) -> None:
    code, _, err = run("export", str(tmp_path), "--scenario", FLAGSHIP, "--format", "ods")
    assert code == 2 and "xlsx" in err
    code, _, err = run("export", str(tmp_path), "--format", "csv")
    assert code == 2 and "--scenario" in err
