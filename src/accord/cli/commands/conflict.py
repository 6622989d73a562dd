"""`accord conflict`: stability analysis of a graph model of the conflict (GMCR)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.text import Text

from accord.cli.common import DEFAULT_SCENARIO, JsonOpt, app, guard, out, print_json
from accord.cli.filters import choose
from accord.cli.outputs import output_file, prepare
from accord.cli.progress import progress_bars
from accord.io import ScenarioFileError
from accord.report.layout import Grid, paragraph, show

_CONCEPTS = ("nash", "gmr", "smr", "seq", "sim", "lh")


def _bad(option: str, found: str, expected: str, fix: str = "") -> ScenarioFileError:
    return ScenarioFileError.single(option, found, expected, fix)


MAX_HORIZON = 100
"""Largest L_h horizon accepted (the anticipation is iterated once per move of look-ahead)."""

@app.command()
def conflict(
    target: Annotated[str, typer.Argument(
        help="A conflict model: a .gmcr file, an accord conflict file (YAML/JSON with `dms`), or "
             "a scenario (file or built-in name) with a `conflict` block.")] = DEFAULT_SCENARIO,
    concept: Annotated[list[str] | None, typer.Option(
        "--concept", "-c", help="Stability concept: nash, gmr, smr, seq, sim (simultaneous "
                                "sanctioning) or lh (limited move, see --horizon). Repeat for "
                                "several; default nash, gmr, smr, seq.")] = None,
    state: Annotated[str | None, typer.Option(
        help="Explain this state: its number, a Y/N string, or the options taken separated by "
             "commas. Default: the model's status quo.")] = None,
    start: Annotated[str | None, typer.Option(
        "--from", help="Status-quo analysis from this state (same forms as --state). Default: the "
                       "model's status quo.")] = None,
    coalition: Annotated[list[str] | None, typer.Option(
        help="Coalition analysis: decision-maker ids joined by commas (e.g. MOE,UNIROYAL). "
             "Repeat for several coalitions, each analysed on its own. Default: the model's "
             "`coalitions`, if any.")] = None,
    inverse: Annotated[str | None, typer.Option(
        help="Inverse analysis: how many of this decision maker's n! strict rankings make "
             "--target an equilibrium, counted exactly (combinatorially, without enumerating "
             "them); needs --target.")] = None,
    inverse_target: Annotated[str | None, typer.Option(
        "--target", help="The state that should be an equilibrium in the inverse analysis.")] = None,
    horizon: Annotated[int, typer.Option(help=f"Horizon h of limited-move stability L_h "
                                              f"(1 to {MAX_HORIZON}).")] = 2,
    export: Annotated[str | None, typer.Option(
        help="Also write the model as a GMCR+ .gmcr file to this path (checked before any "
             "work; an existing file is kept unless --force).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing --export file.")]
    = False,
    json_out: JsonOpt = False,
) -> None:
    """Which states of the conflict are stable (no decision maker can improve without being
    sanctioned), why, and how the conflict could move there from today's state.

    Prints the equilibria under each concept, the explanation of the status quo (or --state):
    every unilateral improvement and the sanction that deters it, and the equilibria reachable
    from the status quo by unilateral improvements, with paths.

    Example: `accord conflict` · `accord conflict Elmira.gmcr --coalition MoE,Uniroyal` ·
    `accord conflict model.yaml --inverse SYR --target 2 --json`
    """
    with guard():
        from accord.conflict import ConflictModelInvalid, build
        from accord.conflict.analysis import analyze, parse_state
        from accord.conflict.coalitions import coalition_analysis
        from accord.conflict.inverse import (
            MAX_EXACT_STATES,
            MAX_MOVES,
            MAX_SMR_SEARCH,
            MAX_SMR_SET,
            MAX_STATES,
            SEQ_BUDGET,
            inverse_counts,
            shares,
        )
        from accord.interop.gmcr import load_model, write_gmcr
        from accord.io.errors import Located

        if not 1 <= horizon <= MAX_HORIZON:
            raise _bad("--horizon", f"{horizon:,}", f"a horizon from 1 to {MAX_HORIZON}",
                       f"choose a horizon from 1 to {MAX_HORIZON}")
        concepts = tuple(dict.fromkeys(choose("--concept", c, _CONCEPTS, "stability concept")
                                       for c in (concept or ["nash", "gmr", "smr", "seq"])))
        if export:
            output_file(export, "--export", force)
        model, source = load_model(target)
        try:
            graph = build(model)
        except ConflictModelInvalid as exc:
            raise ScenarioFileError(source, [Located(p, None) for p in exc.problems]) from None
        if "lh" in concepts and len(graph.movers) != 2:
            raise _bad("--concept lh", f"a model with {len(graph.movers)} decision makers",
                       "two decision makers (L_h is defined for two)", "drop `-c lh`")

        def state_arg(option: str, text: str | None) -> int | None:
            if text is None:
                return None
            try:
                return parse_state(graph, text)
            except ValueError as exc:
                raise _bad(option, repr(text), "a feasible state", str(exc)) from None

        chosen, begin = state_arg("--state", state), state_arg("--from", start)
        try:
            with progress_bars() as bars:
                report = analyze(model, concepts, state=chosen, start=begin, horizon=horizon,
                                 graph=graph, progress=bars.callback(
                                     f"stability of {graph.n:,} states (per decision maker)"))
        except ValueError as exc:
            raise _bad(source, "a model that cannot be analysed", "a consistent model", str(exc)) from None
        report["source"] = source
        dm_ids = [dm.id for dm in model.dms]
        groups = list(coalition or []) or [",".join(g) for g in model.coalitions]
        if groups:
            report["coalitions"] = []
            for text in groups:
                members = [choose("--coalition", m.strip(), dm_ids, "decision maker")
                           for m in text.split(",") if m.strip()]
                if len(set(members)) < 2:
                    raise _bad("--coalition", repr(text), "two or more decision-maker ids joined by commas",
                               f"decision makers: {', '.join(dm_ids)}")
                sq = report.get("status_quo", {}).get("start")
                report["coalitions"].append(coalition_analysis(
                    model, members, tuple(c for c in concepts if c in ("nash", "gmr", "smr", "seq")),
                    start=None if sq is None else sq - 1))
        if inverse is not None:
            inverse = choose("--inverse", inverse, dm_ids, "decision maker")
            tgt = state_arg("--target", inverse_target)
            if tgt is None:
                raise _bad("--target", "nothing", "the state to make an equilibrium", "add --target N")
            try:
                counts = inverse_counts(graph, dm_ids.index(inverse), tgt, tuple(
                    c for c in concepts if c in ("nash", "gmr", "smr", "seq")))
            except ValueError as exc:
                raise _bad("--inverse", f"target state {tgt + 1} of {graph.n} states: {exc}",
                           "an inverse analysis within the supported size (Nash: any size; GMR "
                           f"and SEQ: up to {MAX_MOVES} moves of the decision maker from the "
                           f"target; SMR: up to {MAX_SMR_SET} states in the sanction set, {MAX_SMR_SEARCH} "
                           "when it splits into small parts; SEQ when the others depend on the "
                           f"ranking: {SEQ_BUDGET:,} partial orders at once; any "
                           f"concept: up to {MAX_STATES} states in all; no analysis beyond "
                           f"{MAX_EXACT_STATES:,} states)",
                           "ask only for the concepts that fit, e.g. --concept nash --concept gmr"
                           ) from None
            # n! is written out up to 1,000 states (2,568 digits); beyond, the exact shares only
            report["inverse"] = {"dm": inverse, "target": tgt + 1,
                                 "counts": counts if graph.n <= 1000 else None,
                                 "rankings": f"{graph.n}!", "shares": shares(counts)}
        if export:
            write_gmcr(model, prepare(Path(export)))
            report["exported"] = export
        if json_out:
            print_json(report)
            return
        render(report, out)


def render(report: dict[str, Any], console: Console) -> None:
    """The report of `analyze` (plus coalitions / inverse) as terminal text."""
    title = report.get("title") or report.get("source") or "conflict model"
    console.print(Text(f"Conflict model: {title}", style="bold"))
    paragraph(console, f"{len(report['decision_makers'])} decision makers "
                       f"({', '.join(report['decision_makers'])}), {len(report['options'])} options, "
                       f"{report['n_states']} feasible states")
    table = Grid("Equilibria", ["concept", "equilibria (state: options taken)"])
    for c, eqs in report["equilibria"].items():
        listed = [f"{e['state']}: {e['words']}" for e in eqs[:12]]
        more = [f"... ({len(eqs)} in all)"] if len(eqs) > 12 else []
        table.add(c.upper(), "\n".join(listed + more) or "none")
    show(console, table)
    if "state" in report:
        st = report["state"]
        verdict = ", ".join(f"{c.upper()} {'yes' if v else 'no'}" for c, v in st["equilibrium"].items())
        console.print(Text(f"\nState {st['state']} ({st['words']}) is an equilibrium: {verdict}",
                           style="bold"))
        for entry in st["explanation"]:
            paragraph(console, f"  {entry['text']}")
            for imp in entry["improvements"]:
                paragraph(console, f"    - {imp['text']}")
    if "status_quo" in report:
        sq = report["status_quo"]
        console.print(Text(f"\nFrom state {sq['start']} ({sq['start_state']}), unilateral improvements "
                           f"reach {sq['reachable_states']} state(s):", style="bold"))
        if "note" in sq:
            paragraph(console, f"  note: {sq['note']}")
        for c, info in sq["concepts"].items():
            reached = info["reachable_equilibria"]
            if not reached:
                paragraph(console, f"  {c.upper()}: no equilibrium reachable")
            for r in reached[:5]:
                path = " -> ".join(step["words"] for step in r["path"]) or "already there"
                paragraph(console, f"  {c.upper()}: state {r['state']} ({r['words']}): {path}")
    for co in report.get("coalitions", []):
        console.print(Text(f"\nCoalition {' + '.join(co['coalition'])}:", style="bold"))
        for c, info in co["concepts"].items():
            paragraph(console, f"  {c.upper()}: alone {info['individual']} -> with coalition "
                               f"{info['with_coalition']}")
            for lost in info["lost"]:
                paragraph(console, f"    state {lost['state']} no longer stable: "
                                   + "; ".join(lost["coalition_improvements"]))
        for c, info in co.get("status_quo", {}).get("concepts", {}).items():
            for r in info["reachable_equilibria"][:3]:
                path = " -> ".join(step["words"] for step in r["path"]) or "already there"
                paragraph(console, f"  from the status quo, {c.upper()}: state {r['state']}: {path}")
    if "inverse" in report:
        inv = report["inverse"]
        counts = inv["counts"]
        if report["n_states"] <= 24:  # 24! has 24 digits
            shown = ", ".join(f"{c.upper()} {n}" for c, n in counts.items() if c != "rankings")
            of = str(counts["rankings"])
        else:  # n! has too many digits to read: the exact share of all rankings instead
            shown = ", ".join(f"{c.upper()} {share}" for c, share in inv["shares"].items())
            of = f"{report['n_states']}!, as exact shares"
        console.print(Text(f"\nRankings of {inv['dm']} making state {inv['target']} an equilibrium "
                           f"(of {of}): " + shown))
    if "exported" in report:
        paragraph(console, f"\nwrote {report['exported']}")
