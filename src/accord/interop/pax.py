"""Agreements as a CSV in the style of the PA-X peace agreement database: one row per agreement
with its name, date, stage, parties and third parties, and one 0/1 column per provision
category (accord's simplified PA-X-style categories), plus accord's own fields (kind, effective
dates per party, expiry, scope, monitoring, derived status, issues touched).

The column names are accord's (PA-X's own codebook names differ); the layout follows PA-X's:
identification first, then provision indicators."""

from __future__ import annotations

import csv
import io
from typing import Any, get_args

from accord.model.agreements import ProvisionCategory

CATEGORIES: tuple[str, ...] = get_args(ProvisionCategory)
COLUMNS = ("agreement_id", "name", "date", "stage", "status", "kind", "parties", "third_parties",
           "effective", "expires", "scope", "conditions", "exit_clause", "monitoring", "issues",
           *(f"prov_{c}" for c in CATEGORIES))


def pax_csv(agreements: list[dict[str, Any]]) -> str:
    """CSV text for agreements as built by `accord.track.track_report` (its `agreements`)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for a in agreements:
        mon = a["monitoring"]
        cats = {p["category"] for p in a["provisions"]}
        issues = sorted({p["issue"] for p in a["provisions"] if p["issue"]})
        w.writerow((
            a["id"], a["title"], a["announced"] or "", a["stage"], a["status"]["current"] or "",
            a["kind"], ";".join(a["parties"]), ";".join(a["mediators"]),
            ";".join(f"{e['actor']}:{e['date']}" for e in a["effective"]),
            a["status"]["expiry"] or a["expires"] or "", ";".join(a["scope"]), ";".join(a["conditions"]),
            a["exit_clause"] or "",
            "" if mon is None else f"{mon['mechanism']} ({mon['status']})",
            ";".join(issues), *(1 if c in cats else 0 for c in CATEGORIES),
        ))
    return buf.getvalue()
