"""Render the `accord analyze` report for a terminal with rich."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from accord.report.sections import sections


def _date_range(start: str | None, end: str | None) -> str:
    if start is None:
        return "undated"
    return start if not end or end == start else f"{start} – {end}"


def _value(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:,.0f}" if v.is_integer() else f"{v:,}"
    return str(v)


def _add(table: Table, *cells: str | Text, **kwargs: Any) -> None:
    """Add a row; plain strings are shown literally (scenario text is never read as markup)."""
    table.add_row(*(Text(c) if isinstance(c, str) else c for c in cells), **kwargs)


def render(report: dict[str, Any], console: Console) -> None:
    """Print every section of the report."""
    sc = report["scenario"]
    header = Text.assemble((sc["title"], "bold"), "\nscenario ", (sc["id"], "cyan"),
                           f" · as of {sc['as_of']} · parties: {', '.join(sc['parties'])}")
    console.print(Panel(header, title="accord analyze"))
    console.print(_actors(report["actors"]))
    console.print(_timeline(report["timeline"]))
    if report.get("news") is not None:
        console.print(_news(report["news"]))
    console.print(_matrix(report["positions"]))
    if report["position_changes"]:
        console.print(_changes(report["position_changes"]))
    console.print(_collisions(report["collisions"], sc["parties"]))
    if report["cross_issue_red_lines"]:
        console.print(_cross(report["cross_issue_red_lines"]))
    console.print(_proposals(report["proposals"]))
    for section in sections():
        data = report.get(section.key)
        if data is not None:
            section.render(data, console)


def _actors(actors: list[dict[str, Any]]) -> Table:
    t = Table(title="Actors", title_justify="left")
    for col in ("id", "name", "role", "kind", "members"):
        t.add_column(col)
    for a in actors:
        _add(t, a["id"], a["name"], a["role"], a["kind"], ", ".join(a["members"]))
    return t


def _timeline(events: list[dict[str, Any]]) -> Table:
    t = Table(title="Timeline", title_justify="left")
    t.add_column("date", max_width=12)
    t.add_column("kind", max_width=12)
    t.add_column("event", overflow="fold", ratio=3)
    t.add_column("outcome / figures", overflow="fold", ratio=1)
    for e in events:
        where = " · ".join(x for x in (e.get("place"), e.get("venue")) if x)
        who = ", ".join(e.get("parties", []))
        if e.get("mediators"):
            who += f" (mediator {', '.join(e['mediators'])})"
        detail = " · ".join(x for x in (where, who) if x)
        event = Text(e["title"])
        if detail:
            event.append(f"\n{detail}", style="dim")
        extra = [e.get("outcome") or ""]
        if e.get("moved_from"):
            extra.append(f"moved from {_date_range(e['moved_from']['start'], e['moved_from'].get('end'))}")
        for q in e.get("quantities", []):
            side = " per side" if q.get("per_side") else ""
            amount = _value(q["value"]) if q.get("value") is not None else "amount not stated,"
            extra.append(f"{amount} {q['unit']}{side}")
        if e.get("duration_minutes"):
            extra.append(f"{e['duration_minutes']} min")
        when = (_date_range(e.get("start"), e.get("end")) if e.get("start")
                else f"reported {e['reported']}" if e.get("reported") else "undated")
        _add(t, when, e["kind"].replace("_", " "), event,
                  "; ".join(x for x in extra if x))
    return t


def _news(news: dict[str, Any]) -> Table:
    """Where the news store and the scenario disagree, each item with its source passages."""
    t = Table(title=f"News vs scenario ({news['documents']} documents in {news['store']})",
              title_justify="left")
    t.add_column("kind", max_width=16)
    t.add_column("what", overflow="fold", ratio=2)
    t.add_column("evidence", overflow="fold", ratio=3)
    for d in news["disagreements"]:
        ev = Text()
        for i, e in enumerate(d["evidence"]):
            if i:
                ev.append("\n")
            ev.append(f"{e['fact']} ", style="cyan")
            ev.append(f"{e['date'] or 'undated'} ", style="dim")
            ev.append(e["quote"])
        _add(t, d["type"].replace("_", " "), d["summary"], ev)
    if not news["disagreements"]:
        _add(t, "none", "the news in the store agree with the scenario", "")
    return t


def _matrix(rows: list[dict[str, Any]]) -> Table:
    actors = list(dict.fromkeys(r["actor"] for r in rows))
    issues = list(dict.fromkeys(r["issue"] for r in rows))
    cells = {(r["actor"], r["issue"]): r for r in rows}
    t = Table(title="Positions (ideal · salience · ✗ red lines · * assumption)", title_justify="left")
    t.add_column("issue", no_wrap=True)
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
        _add(t, *row)
    return t


def _changes(changes: list[dict[str, Any]]) -> Table:
    t = Table(title="Position changes", title_justify="left")
    t.add_column("actor", no_wrap=True)
    t.add_column("issue", no_wrap=True)
    t.add_column("when", no_wrap=True)
    t.add_column("what changed", overflow="fold")
    for c in changes:
        _add(t, c["actor"], c["issue"], f"{c['from']} → {c['to']}", "; ".join(c["changed"]))
    return t


def _collisions(collisions: list[dict[str, Any]], parties: list[str]) -> Panel:
    title = "Issues with no option acceptable to every party"
    if not collisions:
        return Panel("On every issue some option is acceptable to all parties.", title=title)
    text = Text()
    for i, c in enumerate(collisions):
        if i:
            text.append("\n")
        text.append(c["issue"], style="bold")
        accepts = "; ".join(f"{p} accepts {', '.join(c['acceptable'].get(p, [])) or 'nothing'}"
                            for p in parties)
        text.append(f" — {accepts}\n")
        if not c["exclusions"]:
            text.append(f"    {c['explanation']}\n")
        by_option: dict[str, list[dict[str, Any]]] = {}
        for e in c["exclusions"]:
            by_option.setdefault(e["option"], []).append(e)
        for option, excl in by_option.items():
            text.append(f"    {option}: ", style="dim")
            for k, e in enumerate(excl):
                red = e["by"] == "red_line"
                how = "red line" if red else "not acceptable"
                text.append(("" if k == 0 else ", ") + f"{e['actor']} ({how})", style="red" if red else "")
            text.append("\n")
        sources: dict[str, list[str]] = {}
        for e in c["exclusions"]:
            if e["by"] == "red_line":
                sources.setdefault(e["actor"], list(e["evidence"]))
        for actor, evidence in sources.items():
            text.append(f"    {actor}'s position rests on:\n", style="dim")
            for line in evidence:
                text.append(f"      ↳ {line}\n", style="dim")
    return Panel(text, title=f"{title} ({len(collisions)})")


def _cross(lines: list[dict[str, Any]]) -> Table:
    t = Table(title="Cross-issue red lines", title_justify="left")
    for col in ("actor", "id", "unacceptable when"):
        t.add_column(col, overflow="fold")
    for r in lines:
        _add(t, r["actor"], r["id"], r["condition"])
    return t


def _proposals(proposals: list[dict[str, Any]]) -> Table:
    t = Table(title="Proposals against each actor's red lines", title_justify="left")
    t.add_column("proposal", overflow="fold")
    t.add_column("actor", no_wrap=True)
    t.add_column("red lines crossed", style="red", overflow="fold", ratio=2)
    t.add_column("outside acceptable options", overflow="fold", ratio=2)
    for p in proposals:
        first = True
        for actor, res in p["against"].items():
            label = f"{p['name']}\n({', '.join(p['authors'])}, {p.get('date') or 'undated'})" if first else ""
            crossed = res["red_lines_crossed"] + res["possible_red_lines"]
            _add(t, label, actor, "\n".join(crossed) or "none",
                      "\n".join(res["not_acceptable"]) or "none", end_section=actor == list(p["against"])[-1])
            first = False
    return t
