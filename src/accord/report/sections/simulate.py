"""The simulation section of `accord analyze`: P(ceasefire) and P(settlement) at 3, 6 and 12
months from the scenario's date, the named what-ifs and the top drivers (docs/simulate.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from accord.model import Scenario
from accord.report.sections import Section

RUNS = 2000
SEED = 0


def build(scenario: Scenario, as_of: str, *, odds_only: bool = False) -> dict[str, Any] | None:
    """A 12-month simulation from ``as_of`` with the scenario's parameter file (built-in
    scenarios) or generic defaults; None when there are fewer than two parties. With
    ``odds_only`` the what-ifs and the drivers are left out (their runs are separate from the
    main run, so the odds are the same; `accord export` needs only those)."""
    from accord.io.simulation import setup_for
    from accord.simulate.study import simulate

    setup = setup_for(scenario)
    if setup is None:
        return None
    parts = [int(p) for p in as_of.split("-")]
    start = dt.date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 28)
    try:
        data = simulate(
            setup,
            as_of=start,
            until=start + dt.timedelta(days=366),
            runs=RUNS,
            seed=SEED,
            what_ifs=[] if odds_only else [w for w in setup.what_ifs
                                           if w.start is None or w.start > as_of],
            drivers_runs=0 if odds_only else 300,
            drivers_trajectories=2,
            sobol_for=0,
        )
    except ValueError as exc:
        return {"error": str(exc)}
    data.pop("curves", None)
    for w in data["what_ifs"]:
        w.pop("curves", None)
        w.pop("summary", None)
    data.pop("parameters", None)
    return data


def past_horizons(summary: dict[str, Any]) -> bool:
    """Whether the run goes on more than a week past its longest horizon (3, 6 or 12 months):
    `simulate --until 2027-01` from 2026-02-18 showed the odds within 3 and 6 months only, and
    named its drivers after P(settlement by 2027-01-01), which it never printed."""
    from accord.simulate.summary import longest, weeks_in

    key = longest(summary)
    covered = weeks_in(int(key[:-1])) if key else 0.0
    run = (dt.date.fromisoformat(summary["until"]) - dt.date.fromisoformat(summary["start"])).days / 7
    return run - covered > 1


def _pct(block: dict[str, Any]) -> str:
    return f"{block['p']:.0%} [{block['low']:.0%}–{block['high']:.0%}]"


def render(data: dict[str, Any], console: Console) -> None:
    console.print(Text(TITLE, style="bold"))
    if "error" in data:
        console.print(Text(f"The simulation cannot run: {data['error']}", style="red"))
        return
    s = data["summary"]
    console.print(Text(data["headline"]))
    table = Table(
        "within",
        "P(ceasefire)",
        "P(settlement)",
        title="Odds of a deal (95% Monte Carlo intervals)",
        title_justify="left",
    )
    for key, block in s["at"].items():
        table.add_row(key.replace("m", " months"), _pct(block["ceasefire"]), _pct(block["settlement"]))
    if past_horizons(s):
        table.add_row(f"by {s['until']} (end)", _pct(s["by_end"]["ceasefire"]),
                      _pct(s["by_end"]["settlement"]))
    console.print(table)
    blockers = ", ".join(f"{p} {v:.0%}" for p, v in s["blocking_share"].items())
    console.print(
        Text(
            f"Rounds expected: {s['expected_rounds']:.1f} per run; rounds without a zone "
            f"blocked by (perceived value of no deal above every package the other would "
            f"accept): {blockers}. Failed referendums per run: "
            f"{s['failed_referendums_per_run']:.2f}.",
            style="dim",
        )
    )
    if s["agreed_package_by_issue"]:
        lines = []
        for issue, shares in s["agreed_package_by_issue"].items():
            top = ", ".join(f"{o} {v:.0%}" for o, v in list(shares.items())[:3])
            lines.append(f"  {issue}: {top}")
        console.print(Text("Where settlements land (share of settled runs):\n" + "\n".join(lines)))
    for w in data.get("what_ifs", []):
        console.print(Text(f"What if — {w['explanation']}"))
    d = data.get("drivers")
    if d:
        top = ", ".join(f"{m['parameter']} (μ* {m['mu_star']:.3f})" for m in d["morris"][:5])
        console.print(Text(f"Drivers of {d['output']} (Morris, {d['evaluations']} evaluations): {top}"))
        for so in d["sobol"]:
            console.print(
                Text(
                    f"  Sobol {so['parameter']}: S1 {so['S1']:.2f} ± {so['S1_conf']:.2f}, "
                    f"ST {so['ST']:.2f} ± {so['ST_conf']:.2f}",
                    style="dim",
                )
            )
    assumed = [p["name"] for p in data.get("parameters", []) if p.get("assumption")]
    if assumed:
        console.print(
            Text(
                "Assumed (no source; see --list-what-ifs and docs/simulate.md): " + ", ".join(assumed),
                style="dim",
            )
        )


def render_backtest(data: dict[str, Any], console: Console) -> None:
    console.print(Text("Backtest: " + data["question"], style="bold"))
    table = Table("as of", "within", "until", "P(ceasefire)", "happened")
    for r in data["rows"]:
        obs = "—" if r["observed"] is None else ("yes" if r["observed"] else "no")
        p = "n/a" if r["p_ceasefire"] is None else f"{r['p_ceasefire']:.0%}"
        table.add_row(r["as_of"], f"{r['horizon_months']} months", r["until"], p, obs)
    console.print(table)
    if "brier" in data:
        console.print(
            Text(
                f"{data['resolved']} resolved: Brier {data['brier']:.3f} (0.250 for a constant "
                f"50%), log score {data['log_score']:.3f}. Outcome checked to {data['checked']}: "
                f"{data['outcome_source']}."
            )
        )
    for r in data["rows"]:
        if r.get("error"):
            console.print(Text(f"{r['as_of']}: {r['error']}", style="yellow"))
            break
    for c in data.get("crowd", []):
        mine = "n/a" if c["accord"] is None else f"{c['accord']:.0%}"
        console.print(
            Text(
                f"Crowd: {c['question']} — market {c['crowd']:.0%} on {c['made']}, accord "
                f"{mine} ({c['source']})"
            )
        )
    console.print(Text("Caveat: " + data["caveat"], style="dim"))


def headline(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The odds of a ceasefire and of a settlement within 12 months, in one line."""
    if "error" in data:
        return [{"topic": "odds of a deal", "text": f"not simulated ({data['error']})."}]
    s = data["summary"]
    block = s["at"].get("12m") or s["by_end"]
    bset = data.get("bargaining_set", {})
    n, total = len(bset.get("issues", [])), int(bset.get("scenario_issues", 0))
    partial = (f" Resting on {n} of {total} issues only: on the others some party's position "
               f"is not yet known, and the deals simulated leave them open." if 0 < n < total else "")
    return [
        {
            "topic": "odds within 12 months",
            "text": f"ceasefire {block['ceasefire']['p']:.0%}, "
            f"settlement {block['settlement']['p']:.0%} (simulated).{partial}",
        }
    ]


TITLE = "Odds of a deal over time (simulation)"
SECTION = Section("simulation", TITLE, 60, build, render, headline)
