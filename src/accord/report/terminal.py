"""Render the `accord analyze` report for a terminal with rich."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text


def _date_range(start: str | None, end: str | None) -> str:
    if start is None:
        return "undated"
    return start if not end or end == start else f"{start} – {end}"


def _value(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:,.0f}"
    return str(v)


def render(report: dict[str, Any], console: Console) -> None:
    """Print every section of the report."""
    sc = report["scenario"]
    console.print(Panel(f"[bold]{sc['title']}[/]\nscenario [cyan]{sc['id']}[/] · as of {sc['as_of']} · "
                        f"parties: {', '.join(sc['parties'])}", title="accord analyze"))
    console.print(_actors(report["actors"]))
    console.print(_timeline(report["timeline"]))
    console.print(_matrix(report["positions"]))
    if report["position_changes"]:
        console.print(_changes(report["position_changes"]))
    console.print(_collisions(report["collisions"], sc["parties"]))
    if report["cross_issue_red_lines"]:
        console.print(_cross(report["cross_issue_red_lines"]))
    console.print(_proposals(report["proposals"]))


def _actors(actors: list[dict[str, Any]]) -> Table:
    t = Table(title="Actors", title_justify="left")
    for col in ("id", "name", "role", "kind", "members"):
        t.add_column(col)
    for a in actors:
        t.add_row(a["id"], a["name"], a["role"], a["kind"], ", ".join(a["members"]))
    return t


def _timeline(events: list[dict[str, Any]]) -> Table:
    t = Table(title="Timeline", title_justify="left")
    for col in ("date", "kind", "event", "where", "who", "outcome / figures"):
        t.add_column(col, overflow="fold")
    for e in events:
        where = ", ".join(x for x in (e.get("place"), e.get("venue")) if x)
        who = ", ".join(e.get("parties", []))
        if e.get("mediators"):
            who += f" (med. {', '.join(e['mediators'])})"
        extra = [e.get("outcome") or ""]
        if e.get("moved_from"):
            extra.append(f"moved from {_date_range(e['moved_from']['start'], e['moved_from'].get('end'))}")
        for q in e.get("quantities", []):
            side = " per side" if q.get("per_side") else ""
            extra.append(f"{_value(q.get('value'))} {q['unit']}{side}")
        if e.get("duration_minutes"):
            extra.append(f"{e['duration_minutes']} min")
        t.add_row(_date_range(e.get("start"), e.get("end")), e["kind"], e["title"], where, who,
                  "; ".join(x for x in extra if x))
    return t


def _matrix(rows: list[dict[str, Any]]) -> Table:
    actors = list(dict.fromkeys(r["actor"] for r in rows))
    issues = list(dict.fromkeys(r["issue"] for r in rows))
    cells = {(r["actor"], r["issue"]): r for r in rows}
    t = Table(title="Positions (ideal · salience · ✗ red lines · * assumption)", title_justify="left")
    t.add_column("issue")
    for a in actors:
        t.add_column(a, overflow="fold")
    for issue in issues:
        row: list[Text | str] = [issue]
        for a in actors:
            r = cells.get((a, issue))
            if r is None:
                row.append("")
                continue
            cell = Text(_value(r["ideal"]))
            cell.append(f" {r['salience']:.2f}", style="dim")
            if r["red_lines"]:
                cell.append(f"\n✗ {', '.join(r['red_lines'])}", style="red")
            if r["assumed"]:
                cell.append(" *", style="yellow")
            row.append(cell)
        t.add_row(*row)
    return t


def _changes(changes: list[dict[str, Any]]) -> Table:
    t = Table(title="Position changes", title_justify="left")
    for col in ("actor", "issue", "when", "ideal", "red lines"):
        t.add_column(col, overflow="fold")
    for c in changes:
        t.add_row(c["actor"], c["issue"], f"{c['from']} → {c['to']}",
                  f"{_value(c['ideal'][0])} → {_value(c['ideal'][1])}",
                  f"{', '.join(c['red_lines'][0]) or '–'} → {', '.join(c['red_lines'][1]) or '–'}")
    return t


def _collisions(collisions: list[dict[str, Any]], parties: list[str]) -> Panel:
    if not collisions:
        return Panel("On every issue some option is acceptable to all parties.",
                     title="Issues with no common acceptable option")
    t = Table(show_header=True)
    t.add_column("issue")
    for p in parties:
        t.add_column(f"{p} accepts", overflow="fold")
    t.add_column("who excludes each option", overflow="fold")
    for c in collisions:
        t.add_row(c["issue"], *[", ".join(c["acceptable"].get(p, [])) or "nothing" for p in parties],
                  c["explanation"])
    return Panel(t, title=f"Issues with no option acceptable to every party ({len(collisions)})")


def _cross(lines: list[dict[str, Any]]) -> Table:
    t = Table(title="Cross-issue red lines", title_justify="left")
    for col in ("actor", "id", "unacceptable when"):
        t.add_column(col, overflow="fold")
    for r in lines:
        t.add_row(r["actor"], r["id"], r["condition"])
    return t


def _proposals(proposals: list[dict[str, Any]]) -> Group:
    parts = []
    for p in proposals:
        t = Table(title=f"Proposal: {p['name']} ({', '.join(p['authors'])}, {p.get('date') or 'undated'})",
                  title_justify="left")
        t.add_column("actor")
        t.add_column("red lines crossed", style="red", overflow="fold")
        t.add_column("outside acceptable options", overflow="fold")
        for actor, res in p["against"].items():
            crossed = res["red_lines_crossed"] + [f"(possibly) {x}" for x in res["possible_red_lines"]]
            t.add_row(actor, "\n".join(crossed) or "none", "\n".join(res["not_acceptable"]) or "none")
        parts.append(t)
    return Group(*parts)
