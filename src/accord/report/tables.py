"""The analysis as flat tables analysts open in a spreadsheet (`accord export --scenario`):
positions, timeline and forecasts, one row per fact with its evidence in one cell; written as
CSV, XLSX (one sheet per table), Parquet or JSON Lines."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

FORMATS = ("csv", "xlsx", "parquet", "jsonl")


def _evidence(items: list[Any]) -> str:
    out = []
    for e in items or []:
        if e.get("assumption"):
            out.append(f"assumption: {e['assumption']}")
        else:
            span = f"[{e['span'][0]}:{e['span'][1]}]" if e.get("span") else ""
            out.append(f"{e.get('doc')}{span} {e.get('paraphrase') or ''}".strip())
    return " | ".join(out)


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return value


def analysis_tables(report: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """``{"positions": rows, "timeline": rows, "forecasts": rows}`` of an `overview` report
    (forecasts only when the report has the section)."""
    positions = [{"actor": p["actor"], "issue": p["issue"], "as_of": p["as_of"],
                  "ideal": str(p["ideal"]) if p["ideal"] is not None else None,
                  "acceptable": _cell(p.get("acceptable") or []),
                  "red_lines": _cell(p.get("red_lines") or []), "salience": p["salience"],
                  "assumed": p["assumed"], "evidence": _evidence(p.get("evidence", []))}
                 for p in report["positions"]]
    timeline = [{"id": e["id"], "kind": e["kind"], "start": e.get("start"), "end": e.get("end"),
                 "reported": e.get("reported"), "title": e["title"], "place": e.get("place"),
                 "parties": _cell(e.get("parties") or []),
                 "mediators": _cell(e.get("mediators") or []), "outcome": e.get("outcome"),
                 "evidence": _evidence(e.get("evidence", []))}
                for e in report["timeline"]]
    tables = {"positions": positions, "timeline": timeline}
    fc = report.get("forecast")
    if fc:
        rows = []
        for r in fc["issues"]:
            mc = r["monte_carlo"]["compromise"]
            for model, m in r["models"].items():
                rows.append({"issue": r["issue"], "scale": r["scale_meaning"], "model": model,
                             "value": m["value"], "nearest_option": m["nearest_option"],
                             "mc_median": mc["median"] if model == "compromise" else None,
                             "mc_low90": mc["interval90"][0] if model == "compromise" else None,
                             "mc_high90": mc["interval90"][1] if model == "compromise" else None,
                             "as_of": fc["as_of"]})
        tables["forecasts"] = rows
    return tables


def write_tables(tables: dict[str, list[dict[str, Any]]], folder: Path, fmt: str) -> list[Path]:
    """One file per table (one workbook with a sheet per table for xlsx); the paths written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    folder.mkdir(parents=True, exist_ok=True)
    if fmt == "xlsx":
        return [_xlsx(tables, folder / "analysis.xlsx")]
    written = []
    for name, rows in tables.items():
        path = folder / f"{name}.{fmt}"
        if fmt == "csv":
            with path.open("w", encoding="utf-8", newline="") as fh:
                w = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["empty"])
                w.writeheader()
                w.writerows(rows)
        elif fmt == "jsonl":
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                            encoding="utf-8")
        else:
            _parquet(rows, path)
        written.append(path)
    return written


def _xlsx(tables: dict[str, list[dict[str, Any]]], path: Path) -> Path:
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in tables.items():
        ws = wb.create_sheet(name)
        header = list(rows[0]) if rows else ["empty"]
        ws.append(header)
        for c in ws[1]:
            c.font = Font(bold=True)
        for r in rows:
            ws.append([r[k] for k in header])
        ws.freeze_panes = "A2"
    wb.save(path)
    return path


def _parquet(rows: list[dict[str, Any]], path: Path) -> None:
    import tempfile

    import duckdb

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "rows.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                       encoding="utf-8")
        con = duckdb.connect()
        try:
            quoted = [str(p).replace("'", "''") for p in (src, path)]
            con.execute(f"COPY (SELECT * FROM read_json_auto('{quoted[0]}')) "
                        f"TO '{quoted[1]}' (FORMAT parquet)")
        finally:
            con.close()
