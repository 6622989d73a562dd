"""The analysis as flat tables analysts open in a spreadsheet (`accord export --scenario`):
positions, timeline, forecasts, partial deals (one row per deal, per status change, per incident,
per side of an exchange ledger), contradictions, indicators and the odds of a deal, one row per
fact with its evidence in one cell; written as CSV, XLSX (one sheet per table), Parquet or JSON
Lines."""

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


def _figures(quantities: list[dict[str, Any]] | None) -> str:
    """Every figure an event states, each with its hedge, unit and meaning, as the terminal
    and HTML timelines show them (`about 5 hours (length of the talks); 1,000 prisoners per
    side`); empty when it states none."""
    from accord.report.outcomes import quantity_text

    return "; ".join(quantity_text(q) for q in quantities or [])


def analysis_tables(report: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """``{"positions": rows, "timeline": rows, "forecasts": rows, "deals": rows, ...}`` of an
    `overview` report: forecasts, the track tables and the odds only when the report has those
    sections, and a table without rows (a scenario with deals but no incidents) not at all."""
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
                 "figures": _figures(e.get("quantities")),
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
    if report.get("track"):
        tables |= track_tables(report["track"])
    if report.get("simulation"):
        tables["odds"] = odds_table(report["simulation"])
    return {name: rows for name, rows in tables.items() if rows}


def scenario_tables(scenario: Any, as_of: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """:func:`analysis_tables` of the scenario's analysis as of the date, computing only the
    sections the tables hold (``accord.report.overview.tables_report``)."""
    from accord.report.overview import tables_report

    return analysis_tables(tables_report(scenario, as_of))


def _sources(items: list[str] | None) -> str:
    return " | ".join(items or [])


def _independent(claims: list[dict[str, Any]] | None) -> str:
    return " | ".join(f"{c['date']} {c['source']}: {c['text']}" for c in claims or [])


def track_tables(track: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The partial deals and the contradictions of an `accord.track.track_report` as tables:
    `deals` (one row per agreement with its current status), `deal_status` (every status change
    and the reason for it), `incidents` (compliance reports linked to a deal), `exchanges` (the
    ledger: agreed against carried out, per side), `contradictions` (one row per pair of claims,
    side by side) and `indicators` (one row per observation)."""
    deals, status, incidents = [], [], []
    for a in track["agreements"]:
        st = a["status"]
        deals.append({
            "id": a["id"], "title": a["title"], "kind": a["kind"], "stage": a["stage"],
            "parties": _cell(a["parties"]), "mediators": _cell(a["mediators"]),
            "announced": a["announced"],
            "effective": _cell([f"{e['actor']} {e['date']}" for e in a["effective"]]),
            "start_disputed": st["start_disputed"], "duration_days": a["duration_days"],
            "expiry": st["expiry"], "extension_rule": a["extension_rule"],
            "scope": _cell(a["scope"]), "conditions": _cell(a["conditions"]),
            "exit_clause": a["exit_clause"],
            "monitoring": (a["monitoring"] or {}).get("mechanism"),
            "provisions": _cell([f"{p['issue'] or p['category']}: {p['text']}"
                                 for p in a["provisions"]]),
            "status": st["current"], "status_as_of": st["as_of"],
            "incidents": len(a["incidents"]), "sources": _sources(a["sources"])})
        for c in st["changes"]:
            status.append({"agreement": a["id"], "date": c["date"], "status": c["status"],
                           "reason": c["reason"], "incidents": _cell(c["incidents"]),
                           "exchanges": _cell(c["exchanges"]), "notes": _cell(c["notes"]),
                           "sources": _sources(c["sources"])})
        for i in a["incidents"]:
            incidents.append({"agreement": a["id"], "id": i["id"], "kind": i["kind"],
                              "date": i["date"], "place": i["place"] or i["location"],
                              "alleged_violator": i["alleged_violator"],
                              "claimant": i["claimant"], "source": i["source"],
                              "description": i["description"],
                              "verification": i["verification"], "denied_by": i["denied_by"],
                              "confirmed_by": i["confirmed_by"], "origin": i.get("origin"),
                              "sources": _sources(i["sources"])})
    exchanges = [{"agreement": led["agreement"], "title": led["title"],
                  "announced": led["announced"], "actor": side["actor"],
                  "agreed": side["agreed"], "carried_out": side["carried_out"],
                  "remaining": side["remaining"],
                  "undisclosed_exchanges": side["undisclosed_exchanges"],
                  "complete": led["complete"],
                  "exchanges": _cell([f"{x['date']} {x['id']}" for x in led["exchanges"]])}
                 for led in track["exchange_ledger"]["agreements"] for side in led["sides"]]
    contradictions = []
    for pair in track["contradictions"]:
        row: dict[str, Any] = {"subject": pair["subject"], "reason": pair["reason"],
                               "verdict": pair["verdict"]}
        for tag, c in zip("ab", pair["claims"], strict=True):
            row |= {f"{tag}_claim": c["claim"], f"{tag}_claimant": c["claimant"],
                    f"{tag}_source": c["source"], f"{tag}_date": c["date"],
                    f"{tag}_text": c["text"], f"{tag}_origin": c.get("origin"),
                    f"{tag}_independent_support": _independent(
                        pair["independent_support"].get(c["claim"])),
                    f"{tag}_evidence": _sources(c["evidence"])}
        row["independent_against_both"] = _independent(pair["independent_against_both"])
        contradictions.append(row)
    indicators = [{"indicator": ind["id"], "name": ind["name"], "kind": ind["kind"],
                   "unit": ind["unit"], "source": ind["source"], "start": o["start"],
                   "end": o["end"], "value": o["value"], "hedge": o["hedge"],
                   "note": o["note"], "sources": _sources(o["sources"])}
                  for ind in track["indicators"] for o in ind["observations"]]
    return {"deals": deals, "deal_status": status, "incidents": incidents,
            "exchanges": exchanges, "contradictions": contradictions, "indicators": indicators}


def odds_table(sim: dict[str, Any]) -> list[dict[str, Any]]:
    """P(ceasefire) and P(settlement) by each reported horizon and by the end of the run, with
    their 95 % Wilson bands, from an `accord simulate` summary."""
    summary = sim["summary"]
    horizons = [*summary["at"].items(), (f"by {summary['until']}", summary["by_end"])]
    return [{"horizon": h, "outcome": outcome, "p": v["p"], "low95": v["low"],
             "high95": v["high"], "runs": summary["runs"], "start": summary["start"],
             "seed": sim["seed"]}
            for h, by in horizons for outcome, v in by.items()]


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
