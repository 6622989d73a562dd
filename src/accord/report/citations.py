"""Every fact of a report that cites one document (the evidence viewer of the web pages and the
"facts from this source" list): positions, timeline events, cross-issue red lines, proposals and
position changes, each with the cited characters and the paraphrase."""

from __future__ import annotations

from typing import Any


def citations(report: dict[str, Any], doc: str) -> dict[str, Any]:
    """``{"document": the document's record or None, "facts": [...]}`` for document ``doc``."""
    facts: list[dict[str, Any]] = []

    def add(kind: str, what: str, anchor: str, evidence: list[Any]) -> None:
        for ev in evidence or []:
            if isinstance(ev, dict) and ev.get("doc") == doc:
                facts.append({"kind": kind, "what": what, "anchor": anchor,
                              "span": ev.get("span"), "paraphrase": ev.get("paraphrase"),
                              "date": ev.get("date")})

    for p in report.get("positions", []):
        add("position", f"{p['actor']} on {p['issue']}: ideal {p['ideal']}",
            f"position-{p['actor']}-{p['issue']}", p.get("evidence", []))
    for e in report.get("timeline", []):
        add("event", f"{e.get('start') or e.get('reported') or 'undated'}: {e['title']}",
            f"event-{e['id']}", e.get("evidence", []))
    for r in report.get("cross_issue_red_lines", []):
        add("cross-issue red line", f"{r['actor']}: {r['id']} ({r['condition']})",
            f"red-line-{r['id']}", r.get("evidence", []))
    for p in report.get("proposals", []):
        add("proposal", p["name"], f"proposal-{p['id']}", p.get("evidence", []))
    for c in report.get("position_changes", []):
        add("position change", f"{c['actor']} on {c['issue']}: {'; '.join(c['changed'])}",
            f"position-{c['actor']}-{c['issue']}", c.get("evidence", []))
    document = next((d for d in report["scenario"]["documents"] if d["id"] == doc), None)
    return {"document": document, "facts": facts}
