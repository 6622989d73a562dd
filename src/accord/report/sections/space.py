"""The agreement-space section of `accord analyze` (and the body of `accord space`): the zone,
why it is empty, the cheapest concessions that open it, bargaining solutions, proposal scores
and logrolling pairs."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.text import Text

from accord.model import Scenario
from accord.report.layout import Grid, paragraph, show
from accord.report.sections import Section


def packages(n: int) -> str:
    """'1 package', '1,024 packages'."""
    return f"{n:,} package" + ("" if n == 1 else "s")

def build(scenario: Scenario, as_of: str) -> dict[str, Any] | None:
    if not scenario.parties:
        return None
    from accord.space.analysis import analyse_scenario

    try:
        data = analyse_scenario(scenario, as_of, top=3, limit=5)
    except ValueError as exc:
        return {"error": str(exc)}
    return data


def render(data: dict[str, Any], console: Console) -> None:
    """Print the agreement-space analysis (scenario text is never read as markup)."""
    if "error" in data:
        console.print(Text(f"Agreement space: not analysed ({data['error']})", style="yellow"))
        return
    parties = data["parties"]
    z = data["zone"]
    head = Text("Agreement space", style="bold")
    console.print(head)
    res = ", ".join(f"{p} {v:.3f}" for p, v in data["reservation"].items())
    console.print(Text(f"{packages(data['packages'])}; reservation values: {res}"))
    for note in data.get("notes", []):
        console.print(Text(f"note: {note}", style="dim"))
    grid = data.get("on_grid")
    if grid:
        console.print(Text(f"Numeric issues: zone, frontiers, solutions and concessions are exact {grid} "
                           "(breakpoints and midpoints), not over every number in between.",
                           style="yellow"))
    at = f" ({grid})" if grid else ""
    if z["empty"]:
        console.print(Text("The agreement zone is EMPTY: no package crosses no red line and gives "
                           f"every party at least its reservation value{at}.", style="bold red"))
        if z.get("colliding_red_lines"):
            console.print(Text("Colliding red lines (a minimal set that together exclude every package):"))
            for r in z["colliding_red_lines"]:
                paragraph(console, f"• {r}", 2)
        if z.get("reservations_out_of_reach"):
            console.print(Text("Reservation values no package crossing no red line reaches: "
                               + ", ".join(z["reservations_out_of_reach"])))
    else:
        console.print(Text(f"Agreement zone: {packages(z['size'])}{at}.", style="bold green"))
        narrowed = [f"{issue}: {', '.join(opts) or 'none'}" for issue, opts in z["options_in_zone"].items()
                    if len(opts) < len(data["issues"][issue])] if "issues" in data else []
        if narrowed:
            console.print(Text("Options that occur in the zone (issues where some do not):\n  "
                               + "\n  ".join(narrowed)))
    console.print(Text(f"method: {z['method']}", style="dim"))
    con = data.get("concessions") or {}
    if con.get("sets"):
        t = Grid(f"Cheapest concessions that open the zone{at}",
                 ["#", "cost", "changes", "zone after", "gains at Nash after"], key=2)
        for n, c in enumerate(con["sets"], start=1):
            gains = [f"{p} {g:+.3f}" for p, g in c["gains_at_nash_after"].items()]
            t.add(str(n), f"{c['cost']:.3f}", "\n".join(ch["description"] for ch in c["changes"]),
                  f"{c['zone_size_after']:,}", gains)
        show(console, t)
        console.print(Text(f"cost: {con['cost_rule']}. {con['method']}", style="dim"))
        st = con.get("stability")
        if st and st["valid_runs"]:
            shares = "; ".join(
                f"#{x['rank']} first in {x['first_in']} of {st['valid_runs']}" if x["rank"] else
                f"not listed ({' + '.join(x['changes'])}) first in {x['first_in']}"
                for x in st["sets"])
            paragraph(console, f"Ranking stability ({st['valid_runs']} runs, saliences ±"
                               f"{st['salience_spread']}, seed {st['seed']}): {shares}.", 0)
    sols = {k: v for k, v in data["solutions"].items() if v}
    if sols:
        t = Grid(f"Bargaining solutions (from the reservation point){at}",
                 ["solution", *parties, "package"])
        for name, s in sols.items():
            t.add(name, *(f"{u:.3f}" for u in s["utilities"]), s["package"])
        show(console, t)
    cont = data.get("solutions_continuous") or {}
    if cont.get("solutions"):
        t = Grid(f"Bargaining solutions over the continuum of {cont['issue']} (closed form)",
                 ["solution", *parties, "package"])
        for name, s in cont["solutions"].items():
            extra = [] if s["attained"] else [f"({s['note']})"]
            t.add(name, *(f"{u:.3f}" for u in s["utilities"]), [*s["package"], *extra])
        show(console, t)
        console.print(Text(f"method: {cont['method']}", style="dim"))
    elif cont and not cont.get("computed"):
        console.print(Text(f"Continuum of numeric issues: not solved ({cont['reason']}).", style="dim"))
    if data.get("proposals"):
        t = Grid("Proposals scored (utilities of the proposal with its open issues filled)",
                 ["proposal", *(f"U {p}" for p in parties), "red lines crossed",
                  "Pareto-optimal, all", "Pareto-optimal, within red lines"],
                 caption="Pareto-optimal, all: no package at all (red lines ignored) is at least as "
                         "good for every party and better for one. Within red lines: no package "
                         "crossing no red line is.")
        yn = {True: "yes", False: "no", None: "n/a"}
        for pr in data["proposals"]:
            crossed = [f"{p} {len(v)}" for p, v in pr["red_lines_crossed"].items() if v]
            t.add(pr["proposal"], *(f"{pr['utilities'][p]:.3f}" for p in parties), crossed or "none",
                  yn[pr["pareto_optimal_among_all_packages"]],
                  yn[pr["undominated_by_packages_crossing_no_red_line"]])
        show(console, t)
        for pr in data["proposals"]:
            lines = [f"{pr['proposal']}:"]
            for p, crossed_by in pr["red_lines_crossed"].items():
                lines += [f"  crosses {p}'s red line {x}" for x in crossed_by]
            if pr["open_issues_filled"]:
                lines.append(f"  open issues filled with the jointly best option: "
                             f"{', '.join(pr['open_issues_filled'])}")
            for imp in pr["nearest_improvements"][:1]:
                moves = ", ".join(f"{k} → {v}" for k, v in imp["changes"].items())
                gain_text = ", ".join(f"{p} {g:+.3f}" for p, g in imp["gains"].items())
                lines.append(f"  nearest Pareto improvement: {moves} ({gain_text})")
            for k, text in enumerate(lines):
                paragraph(console, text.strip(), 0 if k == 0 else 2)
    if data.get("logrolling"):
        # the explanation (who gets which issue) and the red lines a trade may cross are part
        # of the result: the table showed only "each gets: a=x; b=y" and the gains
        t = Grid("Logrolling pairs", ["parties", "each gets", "instead of", "gains", "why"])
        for lr in data["logrolling"][:3]:
            why = lr.get("explanation", "")
            if lr.get("may_cross"):
                why += "; may cross " + "; ".join(lr["may_cross"])
            t.add(" / ".join(lr["parties"]), [f"{k}={v}" for k, v in lr["logroll"].items()],
                  [f"{k}={v}" for k, v in lr["compromise"].items()],
                  [f"{p} {g:+.3f}" for p, g in lr["gains"].items()], why)
        show(console, t)


def headline(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Is there a zone; if not, which red lines collide and which concession is cheapest."""
    if "error" in data:
        return [{"topic": "agreement zone", "text": f"not analysed ({data['error']})."}]
    z = data["zone"]
    scope = f" ({data['on_grid']})" if data.get("on_grid") else ""
    parties = " or ".join(data["parties"])
    if not z["empty"]:
        verb = "crosses" if z["size"] == 1 else "cross"
        return [{"topic": "agreement zone", "text": f"{packages(z['size'])} {verb} no red line "
                 f"and leave{'s' if z['size'] == 1 else ''} no party below its no-deal "
                 f"value{scope}."}]
    lines: list[dict[str, Any]] = [{
        "topic": "agreement zone",
        "text": f"none. Every package crosses a red line or leaves {parties} below its no-deal "
                f"value{scope}."}]
    if z.get("colliding_red_lines"):
        lines.append({"topic": "colliding red lines",
                      "text": "; ".join(z["colliding_red_lines"]) + "."})
    if z.get("reservations_out_of_reach"):
        lines.append({"topic": "out of reach", "text": "no package within the red lines reaches "
                      "the no-deal value of " + ", ".join(z["reservations_out_of_reach"]) + "."})
    sets = (data.get("concessions") or {}).get("sets") or []
    if sets:
        c = sets[0]
        gains = ", ".join(f"{p} {g:+.2f}" for p, g in c["gains_at_nash_after"].items())
        shown = [ch["description"] for ch in c["changes"][:2]]
        if len(c["changes"]) > 2:
            shown.append(f"{len(c['changes']) - 2} more changes")
        lines.append({"topic": "cheapest concession", "whole": True, "text": "; ".join(shown)
                      + f" (cost {c['cost']:.2f}). It opens {packages(c['zone_size_after'])}; "
                      f"at their Nash solution {gains}."})
    return lines


SECTION = Section(key="agreement_space", title="Agreement space", order=10, build=build,
                  render=render, headline=headline)
