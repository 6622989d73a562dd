"""Render the `accord analyze` report for a terminal with rich."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from accord.report.layout import Grid, show, wrap_items
from accord.report.outcomes import outcome_parts
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


FOUNDATION = ("actors", "timeline", "news", "positions", "changes", "collisions",
              "cross-red-lines", "proposals")
"""The foundation's own sections, in the order shown, before the engines' sections."""
HIDDEN_BY_DEFAULT = ("actors", "timeline", "changes", "cross-red-lines")
"""Long reference tables shown with `--full` or `--section NAME` only."""


def section_names() -> list[str]:
    """Every name `accord analyze --section` accepts, in report order."""
    return ["bottom-line", *FOUNDATION, *(s.name for s in sections())]


def render(report: dict[str, Any], console: Console, only: list[str] | None = None,
           full: bool = False) -> None:
    """Print the report: the header and bottom line, then the sections. ``only`` names the
    sections to show (see :func:`section_names`); by default the long reference tables are left
    out and listed at the end, ``full`` shows everything."""
    sc = report["scenario"]
    header = Text.assemble((sc["title"], "bold"), "\nscenario ", (sc["id"], "cyan"),
                           f" · as of {sc['as_of']} · parties: {', '.join(sc['parties'])}")
    console.print(Panel(header, title="accord analyze"))
    wanted = set(only) if only else set(section_names()) - (set() if full else set(HIDDEN_BY_DEFAULT))
    if "bottom-line" in wanted and report.get("bottom_line"):
        render_bottom_line(report["bottom_line"], console)
    for w in report.get("warnings", []):
        console.print(Text(f"warning: {w}", style="yellow"))
    for name in FOUNDATION:
        if name in wanted:
            _foundation(name, report, console)
    for section in sections():
        data = report.get(section.key)
        if data is not None and section.name in wanted:
            section.render(data, console)
    left_out = [n for n in HIDDEN_BY_DEFAULT if n not in wanted]
    if left_out and not only:
        console.print(Text(f"Not shown: {', '.join(left_out)}. Add --section NAME for one or "
                           "--full for everything.", style="dim"))


def render_bottom_line(lines: list[dict[str, Any]], console: Console) -> None:
    """The conclusion first: one bullet per line, wrapped at item boundaries."""
    console.print(Text("Bottom line", style="bold"))
    for line in lines:
        bullet = Text("• ")
        bullet.append(f"{line['topic']}: ", style="bold")
        items = line["text"].split("; ")
        for out in wrap_items(items, console.width, 2, "; ", first=bullet):
            console.print(out)
    console.print()


def _foundation(name: str, report: dict[str, Any], console: Console) -> None:
    """Print one of the foundation's sections (those with nothing to show print nothing)."""
    if name in ("positions", "collisions") and not report["positions"]:
        # no position is known yet (an early --as-of): an empty table, and "some option is
        # acceptable to all parties", would mislead
        if name == "positions":
            console.print(Text(f"Positions: none known as of {report['scenario']['as_of']}.",
                               style="bold"))
        return
    if name == "collisions":
        console.print(_collisions(report["collisions"], report["scenario"]["parties"]))
        return
    grid: Grid | None = None
    if name == "actors":
        grid = _actors(report["actors"])
    elif name == "timeline":
        grid = _timeline(report["timeline"])
    elif name == "news" and report.get("news") is not None:
        grid = _news(report["news"])
    elif name == "positions":
        grid = _matrix(report["positions"])
    elif name == "changes" and report["position_changes"]:
        grid = _changes(report["position_changes"])
    elif name == "cross-red-lines" and report["cross_issue_red_lines"]:
        grid = _cross(report["cross_issue_red_lines"])
    elif name == "proposals":
        grid = _proposals(report["proposals"])
    if grid is not None:
        show(console, grid)


def _actors(actors: list[dict[str, Any]]) -> Grid:
    g = Grid("Actors", ["id", "name", "role", "kind", "members"])
    for a in actors:
        g.add(a["id"], a["name"], a["role"], a["kind"], a["members"])
    return g


def _timeline(events: list[dict[str, Any]]) -> Grid:
    g = Grid("Timeline", ["date", "kind", "event", "outcome / figures"], key=2)
    for e in events:
        where = " · ".join(x for x in (e.get("place"), e.get("venue")) if x)
        who = ", ".join(e.get("parties", []))
        if e.get("mediators"):
            who += f" (mediator {', '.join(e['mediators'])})"
        detail = " · ".join(x for x in (where, who) if x)
        event = Text(e["title"])
        if detail:
            event.append(f"\n{detail}", style="dim")
        when = (_date_range(e.get("start"), e.get("end")) if e.get("start")
                else f"reported {e['reported']}" if e.get("reported") else "undated")
        g.add(when, e["kind"].replace("_", " "), event, "; ".join(outcome_parts(e)))
    return g


def _news(news: dict[str, Any]) -> Grid:
    """Where the news store and the scenario disagree, each item with its source passages."""
    g = Grid(f"News vs scenario ({news['documents']} documents in {news['store']})",
             ["kind", "what", "evidence"], key=1)
    for d in news["disagreements"]:
        ev = []
        last = None
        for e in d["evidence"]:
            # the id and date once for the sentences of one fact, each quote in quotes: it read
            # "f39..:e0 2026-01-14 Talks ..., f39..:e0 2026-01-14 Russian ..., f39..:e0 ..."
            head = (e["fact"], e["date"])
            item = Text()
            if head != last:
                item.append(f"{e['fact']} ", style="cyan")
                item.append(f"{e['date'] or 'undated'} ", style="dim")
            item.append(f'"{e["quote"]}"')
            ev.append(item)
            last = head
        g.add(d["type"].replace("_", " "), d["summary"], ev)
    if not news["documents"]:
        # an empty store agrees with nothing: it read "the news in the store agree with the
        # scenario" for a store that was never filled
        g.add("none", "the news store is empty: run `accord ingest FILES` first, then this "
                      "command again", "")
    elif not news["disagreements"]:
        g.add("none", "the news in the store agree with the scenario", "")
    return g


def _matrix(rows: list[dict[str, Any]]) -> Grid:
    actors = list(dict.fromkeys(r["actor"] for r in rows))
    issues = list(dict.fromkeys(r["issue"] for r in rows))
    cells = {(r["actor"], r["issue"]): r for r in rows}
    g = Grid("Positions (ideal · salience · ✗ red lines · * assumption)", ["issue", *actors])
    for issue in issues:
        row: list[Text | str] = [issue]
        for a in actors:
            r = cells.get((a, issue))
            if r is None:
                row.append("")
                continue
            cell = Text(_value(r["ideal"]))
            cell.append(f" {r['salience']:.2f}", style="dim")
            if r["assumed"]:
                cell.append(" *", style="yellow")
            if r["red_lines"]:
                cell.append(f"\n✗ {', '.join(r['red_lines'])}", style="red")
            row.append(cell)
        g.add(*row)
    return g


def _changes(changes: list[dict[str, Any]]) -> Grid:
    g = Grid("Position changes", ["actor", "issue", "when", "what changed"], key=1)
    for c in changes:
        g.add(c["actor"], c["issue"], f"{c['from']} → {c['to']}", c["changed"])
    return g
def collision_count(collisions: list[dict[str, Any]]) -> str:
    """The collisions counted as the bottom line counts them: "7, and 1 only on condition" (the
    panel said 8 where the bottom line said "7 issues; alliance.nato only on condition")."""
    conditional = sum(1 for c in collisions if c.get("conditional"))
    plain = len(collisions) - conditional
    return f"{plain}, and {conditional} only on condition" if conditional else str(plain)


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
        if c.get("conditional") and c["exclusions"]:  # else the explanation above says it
            text.append(f"    shared only on condition: {'; '.join(c['conditions'])}\n")
        sources: dict[str, list[str]] = {}
        for e in c["exclusions"]:
            if e["by"] == "red_line":
                sources.setdefault(e["actor"], list(e["evidence"]))
        for actor, evidence in sources.items():
            text.append(f"    {actor}'s position rests on:\n", style="dim")
            for line in evidence:
                text.append(f"      ↳ {line}\n", style="dim")
    return Panel(text, title=f"{title} ({collision_count(collisions)})")


def _cross(lines: list[dict[str, Any]]) -> Grid:
    g = Grid("Cross-issue red lines", ["actor", "id", "unacceptable when"], key=1)
    for r in lines:
        g.add(r["actor"], r["id"], r["condition"])
    return g


def _proposals(proposals: list[dict[str, Any]]) -> Grid:
    g = Grid("Proposals against each actor's red lines",
             ["proposal", "actor", "red lines crossed", "outside acceptable options"])
    for p in proposals:
        for actor, res in p["against"].items():
            label = f"{p['name']} ({', '.join(p['authors'])}, {p.get('date') or 'undated'})"
            crossed = res["red_lines_crossed"] + res["possible_red_lines"]
            g.add(label, actor, [Text(c, style="red") for c in crossed] or "none",
                  res["not_acceptable"] or "none")
    return g
