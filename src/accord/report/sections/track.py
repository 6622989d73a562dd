"""The tracking section of `accord analyze` (and the body of `accord track`): partial deals with
their status over time and the incidents behind each change, the exchange ledger, contradictory
claims side by side with independent support, indicators and ratification rules."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from accord.model import Scenario
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
    console.print(Text(f"{TITLE} (as of {data['as_of']})", style="bold"))
    deals = data["agreements"]
    if deals:
        console.print(Text("Partial deals and their status over time", style="bold"))
    for a in deals:
        st = a["status"]
        head = f"{a['title']} [{a['id']}]: {st['current'] or 'not yet announced'}"
        console.print(Text(head, style="cyan"), highlight=False)
        for c in st["changes"]:
            line = f"  {c['date']}  {c['status']:<10} {c['reason']}"
            console.print(Text(line), highlight=False)
            for s in c["sources"][:3]:
                console.print(Text(f"              source: {s}", style="dim"), highlight=False)
        for key, words in (("incidents_after_end", "after the deal ended"),
                           ("incidents_before_start", "before it was in force")):
            if st[key]:
                console.print(Text(f"  incidents {words}: {', '.join(st[key])}", style="dim"))
    ledger = data["exchange_ledger"]
    if ledger["agreements"] or ledger["outside_agreements"]:
        console.print(Text("Exchange ledger (agreed against carried out)", style="bold"))
        table = Table("deal", "side", "agreed", "carried out", "remaining", "exchanges")
        for row in ledger["agreements"]:
            for side in row["sides"]:
                undisclosed = side["undisclosed_exchanges"]
                done = f"{side['carried_out']}" + (f" (+{undisclosed} undisclosed)" if undisclosed else "")
                agreed = "-" if side["agreed"] is None else str(side["agreed"])
                left = "-" if side["remaining"] is None else str(side["remaining"])
                table.add_row(row["agreement"], side["actor"], agreed, done, left,
                              ", ".join(f"{e['date']}" for e in row["exchanges"]))
        console.print(table)
        for e in ledger["outside_agreements"]:
            released = _side({k: ("undisclosed" if v is None else v) for k, v in e["released"].items()})
            console.print(Text(f"  {e['date']}  outside any recorded deal: {released} {e['unit']}"),
                          highlight=False)
    if data["contradictions"]:
        console.print(Text("Contradictory claims", style="bold"))
    for c in data["contradictions"]:
        a, b = c["claims"]
        console.print(Text(f"{c['subject']}: {c['reason']}", style="yellow"), highlight=False)
        for side in (a, b):
            console.print(Text(f"  {side['date']}  {side['text']} — {side['source']}"), highlight=False)
            for ev in side["evidence"][:2]:
                console.print(Text(f"      {ev}", style="dim"), highlight=False)
        console.print(Text(f"  {c['verdict']}"), highlight=False)
    if data["indicators"]:
        console.print(Text("Indicators", style="bold"))
        for ind in data["indicators"]:
            latest = ind["latest"]
            change = "" if ind["change"] is None else f" ({ind['change']:+g} on {ind['previous']})"
            n = len(ind["observations"])
            console.print(Text(f"  {ind['name']}: {latest['value']:g} {ind['unit']} for {latest['start']}"
                               f"{change}; source {ind['source']}; {n} observation(s)"), highlight=False)
    for r in data["ratification_rules"]:
        console.print(Text(f"  Ratification: {r['description']} ({r['actor']}, {r['requires']})"),
                      highlight=False)
    news = data.get("news")
    if news:
        console.print(Text(f"From the {news['source']}: {news['claims']} claims, {news['incidents']} "
                           f"reports on deals, {news['exchanges']} exchanges; {len(news['skipped'])} "
                           "extractions not usable"), highlight=False)


def headline(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Each agreed deal's current status with its latest reason, and how many claims contradict
    each other (with which side independent reporting supports, where it does)."""
    lines: list[dict[str, Any]] = []
    deals = [a for a in data["agreements"] if a["stage"] == "agreed" and a["status"]["changes"]]
    if deals:
        parts = [f"{a['title']}: {a['status']['current'].replace('_', ' ')} since "
                 f"{a['status']['changes'][-1]['date']}" for a in deals[-3:]]
        more = f" (and {len(deals) - 3} earlier)" if len(deals) > 3 else ""
        lines.append({"topic": "partial deals", "text": "; ".join(parts) + more + "."})
    pairs = data["contradictions"]
    if pairs:
        subjects = list(dict.fromkeys(c["subject"] for c in pairs))
        settled = [c["verdict"] for c in pairs if c["verdict"].startswith("independent reporting supports")]
        text = f"{len(pairs)} pairs of claims cannot both be true ({', '.join(subjects[:4])}"
        text += f"{' ...' if len(subjects) > 4 else ''})"
        text += f"; {len(settled)} of them with independent support for one side." if settled else "."
        lines.append({"topic": "contradictory claims", "text": text})
    return lines


SECTION = Section(key="track", title=TITLE, order=40, build=build, render=render, headline=headline)
