"""The conflict section of `accord analyze`: the scenario's graph model (GMCR), its equilibria
under Nash, GMR, SMR and SEQ, whether today's state (the model's status quo) is stable and why,
and which equilibria unilateral improvements lead to from it."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.text import Text

from accord.model import Scenario
from accord.model.dates import first_day, last_day
from accord.report.layout import Grid, paragraph, show
from accord.report.sections import Section

CONCEPTS = ("nash", "gmr", "smr", "seq")
SHOWN = 8


def build(scenario: Scenario, as_of: str) -> dict[str, Any] | None:
    """Equilibria, status-quo stability with explanations, status-quo paths. The model is the
    scenario's `conflict` block; its preferences are stated for its `as_of` (default: the
    scenario's date), so an analysis as of an earlier date leaves it out and says why."""
    if scenario.conflict is None:
        return None
    model_as_of = scenario.conflict_as_of
    assert model_as_of is not None
    if first_day(model_as_of) > last_day(as_of):
        return {"skipped": f"the conflict model states preferences and the status quo for "
                           f"{model_as_of}, after {as_of}; no model is stated for {as_of}",
                "model_as_of": model_as_of}
    from accord.conflict import ConflictModelInvalid
    from accord.conflict.analysis import analyze
    from accord.conflict.freeze import frozen_moves

    try:
        report = analyze(scenario.conflict, CONCEPTS)
    except (ConflictModelInvalid, ValueError) as exc:
        return {"error": str(exc)}
    report.pop("states", None)
    report["model_as_of"] = model_as_of
    report["frozen"] = frozen_moves(scenario.conflict)
    return report


TITLE = "Conflict stability (graph model, GMCR)"


def render(data: dict[str, Any], console: Console) -> None:
    console.print(Text(TITLE, style="bold"))
    if "skipped" in data:
        console.print(Text(f"Not analysed: {data['skipped']}.", style="yellow"))
        return
    if "error" in data:
        console.print(Text(f"The conflict model cannot be analysed: {data['error']}", style="red"))
        return
    for f in data.get("frozen", []):
        console.print(Text(f"warning: {f['message']}", style="yellow"))
    console.print(Text(f"{data.get('title') or 'Conflict model'}: {len(data['decision_makers'])} decision "
                       f"makers, {len(data['options'])} options, {data['n_states']} feasible states "
                       f"(preferences as stated for {data['model_as_of']})."))
    table = Grid("Equilibria", ["concept", "equilibria", "examples (options taken)"])
    for c in CONCEPTS:
        eqs = data["equilibria"][c]
        table.add(c.upper(), str(len(eqs)),
                  "\n".join(f"{e['state']}: {e['words']}" for e in eqs[:3])
                  + (f"\n... {len(eqs) - 3} more" if len(eqs) > 3 else ""))
    show(console, table)
    st = data.get("state")
    if st is not None:
        verdict = ", ".join(f"{c.upper()} {'yes' if v else 'no'}" for c, v in st["equilibrium"].items())
        console.print(Text(f"Today's state {st['state']} ({st['words']}) is an equilibrium: {verdict}.",
                           style="bold"))
        for entry in st["explanation"]:
            paragraph(console, entry["text"], 2)
            for item in (entry["improvements"] + entry.get("other_moves", []))[:SHOWN]:
                paragraph(console, f"- {item['text']}", 4)
    sq = data.get("status_quo")
    if sq is not None:
        console.print(Text(f"From today's state, unilateral improvements reach {sq['reachable_states']} "
                           "state(s) (including itself):"))
        for c, info in sq["concepts"].items():
            reached = info["reachable_equilibria"]
            if not reached:
                console.print(Text(f"  {c.upper()}: no equilibrium is reachable"))
                continue
            for r in reached[:3]:
                path = " -> ".join(step["words"] for step in r["path"]) or "it is already one"
                paragraph(console, f"{c.upper()}: state {r['state']} ({r['words']}): {path}", 2)
    console.print(Text("`accord conflict` explains any state (--state), coalitions (--coalition) and "
                       "inverse analysis (--inverse)."))


def headline(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Today's state: stable or not, under which concepts, and where improvements lead."""
    topic = "today's state"
    if "skipped" in data:
        # one sentence, not a list: a cut at its "; " left "... after 2022-12; and 1 more"
        return [{"topic": topic, "text": f"not analysed: {data['skipped']}.", "whole": True}]
    if "error" in data:
        return [{"topic": topic, "text": f"the conflict model cannot be analysed ({data['error']})."}]
    st = data.get("state")
    if st is None:
        counts = ", ".join(f"{c.upper()} {len(data['equilibria'][c])}" for c in CONCEPTS)
        return [{"topic": "stable states", "text": f"{counts} (the model states no status quo)."}]
    stable = [c.upper() for c, v in st["equilibrium"].items() if v]
    words = st["words"] or "no option taken"
    if len(stable) == len(st["equilibrium"]):
        text = f"{words}. Stable under {', '.join(stable)}: no party gains by moving alone."
    elif stable:
        text = f"{words}. Stable under {', '.join(stable)} only."
    else:
        text = f"{words}. Unstable under every concept."
    sq = data.get("status_quo") or {}
    reached = [r for info in sq.get("concepts", {}).values()
               for r in info["reachable_equilibria"] if r["path"]]
    if reached:
        text += f" Improvements lead to state {reached[0]['state']}: {reached[0]['words']}."
    return [{"topic": topic, "text": text, "whole": True}]


SECTION = Section(key="conflict", title=TITLE, order=20,
                  build=build, render=render, headline=headline)
