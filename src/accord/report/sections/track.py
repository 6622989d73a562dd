"""The tracking section of `accord analyze` (and the body of `accord track`): partial deals with
their status over time and the incidents behind each change, the exchange ledger, contradictory
claims side by side with independent support, indicators and ratification rules."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.text import Text

from accord.model import Scenario
from accord.report.layout import Grid, paragraph, show
from accord.report.sections import Section

TITLE = "Partial deals, contradictions and indicators"


def build(scenario: Scenario, as_of: str) -> dict[str, Any] | None:
    """`accord.track.track_report` of the scenario, or None when it tracks nothing."""
    if not (scenario.agreements or scenario.claims or scenario.indicators or scenario.exchanges):
        return None
    from accord.track import track_report

    return track_report(scenario, as_of)


def _side(counts: dict[str, Any]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items())


def render(data: dict[str, Any], console: Console) -> None:
    """Deals with each status change and its sources, the ledger, the contradictions side by
    side, indicators; laid out by `accord.report.layout` (no identifier is ever broken)."""
    console.print(Text(f"{TITLE} (as of {data['as_of']})", style="bold"))
    deals = data["agreements"]
    if deals:
        console.print(Text("Partial deals and their status over time", style="bold"))
    for a in deals:
        st = a["status"]
        paragraph(console, Text(f"{a['title']} [{a['id']}]: {st['current'] or 'not yet announced'}",
                                style="cyan"))
        for c in st["changes"]:
            paragraph(console, f"{c['date']}  {c['status']}: {c['reason']}", indent=2, hang=4)
            for src in c["sources"][:3]:
                paragraph(console, Text(f"source: {src}", style="dim"), indent=6, hang=2)
            for note in c["notes"]:
                paragraph(console, Text(f"note: {note}", style="dim"), indent=6, hang=2)
        for key, words in (("incidents_after_end", "after the deal ended"),
                           ("incidents_before_start", "before it was in force")):
            if st[key]:
                paragraph(console, Text(f"incidents {words}: {', '.join(st[key])}", style="dim"), indent=2)
    ledger = data["exchange_ledger"]
    if ledger["agreements"]:
        grid = Grid("Exchange ledger (agreed against carried out)",
                    ["deal", "side", "agreed", "carried out", "remaining", "exchanges"],
                    justify={2: "right", 3: "right", 4: "right"})
        for row in ledger["agreements"]:
            for side in row["sides"]:
                undisclosed = side["undisclosed_exchanges"]
                done = f"{side['carried_out']}" + (f" (+{undisclosed} undisclosed)" if undisclosed else "")
                agreed = "-" if side["agreed"] is None else str(side["agreed"])
                left = "-" if side["remaining"] is None else str(side["remaining"])
                grid.add(row["agreement"], side["actor"], agreed, done, left,
                         [str(e["date"]) for e in row["exchanges"]])
        show(console, grid)
    for e in ledger["outside_agreements"]:
        released = _side({k: ("undisclosed" if v is None else v) for k, v in e["released"].items()})
        paragraph(console, f"{e['date']}  outside any recorded deal: {released} {e['unit']}", indent=2)
    if data["contradictions"]:
        console.print(Text("Contradictory claims", style="bold"))
    for c in data["contradictions"]:
        paragraph(console, Text(f"{c['subject']}: {c['reason']}", style="yellow"))
        for side in c["claims"]:
            paragraph(console, f"{side['date']}  {side['text']} ({side['source']}) [{side['claim']}]",
                      indent=2, hang=4)
            for ev in side["evidence"][:2]:
                paragraph(console, Text(ev, style="dim"), indent=6, hang=2)
        paragraph(console, c["verdict"], indent=2, hang=4)
    if data["indicators"]:
        console.print(Text("Indicators", style="bold"))
        for ind in data["indicators"]:
            latest = ind["latest"]
            change = "" if ind["change"] is None else f" ({ind['change']:+g} on {ind['previous']})"
            n = len(ind["observations"])
            paragraph(console, f"{ind['name']}: {latest['value']:g} {ind['unit']} for {latest['start']}"
                               f"{change}; source {ind['source']}; {n} observation(s)", indent=2, hang=4)
    for r in data["ratification_rules"]:
        paragraph(console, f"Ratification: {r['description']} ({r['actor']}, {r['requires']})", indent=2)
    news = data.get("news")
    if news:
        # the claims after the report's date and the reasons of the unusable extractions are
        # named: "4 claims ...; 6 extractions not usable" left a reader who had just ingested
        # this month's news with no contradiction shown and no word why
        later = news.get("claims_after_as_of", 0)
        after = (f" ({later} dated after {data['as_of']}, the date of this report, and left out: "
                 "--as-of a later date takes them in)") if later else ""
        skipped = news["skipped"]
        paragraph(console, f"From the {news['source']}: {news['claims']} claims{after}, "
                           f"{news['incidents']} reports on deals, {news['exchanges']} exchanges; "
                           f"{len(skipped)} extractions not usable" + (":" if skipped else ""))
        reasons: dict[str, list[str]] = {}
        for item in skipped:
            ident, _, reason = str(item).partition(": ")
            reasons.setdefault(reason or ident, []).append(ident if reason else "")
        for reason, ids in reasons.items():
            named = [i for i in ids if i]
            shown = ", ".join(named[:3]) + (f" and {len(named) - 3} more" if len(named) > 3 else "")
            paragraph(console, f"- {reason}" + (f" ({shown})" if shown else ""), indent=4)


def headline(data: dict[str, Any]) -> list[dict[str, Any]]:
    """One short line (the bottom line is shared by every engine): the deal whose status changed
    last, and how many pairs of claims contradict each other."""
    deals = sorted((a for a in data["agreements"] if a["stage"] == "agreed" and a["status"]["changes"]),
                   key=lambda a: a["status"]["changes"][-1]["date"], reverse=True)
    parts = []
    if deals:
        last = deals[0]["status"]
        parts.append(f"{deals[0]['id']} {(last['current'] or '').replace('_', ' ')} "
                     f"{last['changes'][-1]['date']}")
    if data["contradictions"]:
        parts.append(f"{len(data['contradictions'])} contradictions")
    return [{"topic": "deals, claims", "text": "; ".join(parts) + "."}] if parts else []


SECTION = Section(key="track", title=TITLE, order=40, build=build, render=render, headline=headline)
