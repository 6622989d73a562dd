"""The simulation engine against closed forms (everything else switched off), its
reproducibility, and the flagship command."""

from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.simulate import (
    Mechanisms,
    ParameterSet,
    WhatIf,
    alternating_offers,
    bargaining_range,
    pie,
    run,
)
from tests.cli import run as cli

START = dt.date(2026, 1, 1)
PS = ParameterSet()


@pytest.mark.parametrize(("d1", "d2"), [(0.9, 0.8), (0.5, 0.5), (0.99, 0.95), (0.7, 0.95)])
def test_rubinstein_split_is_reproduced(d1: float, d2: float) -> None:
    """Rubinstein (1982): the first proposer's share is (1 - δ2) / (1 - δ1 δ2)."""
    share, rest = alternating_offers(pie(), (0.0, 0.0), (d1, d2))
    assert share == pytest.approx((1 - d2) / (1 - d1 * d2), abs=1e-12)
    assert rest == pytest.approx(1 - share, abs=1e-12)


def test_rubinstein_through_the_engine() -> None:
    """The same split agreed at the first round by the engine's alternating-offers protocol."""
    tr = run(
        pie(),
        PS.with_values(round_rate=50.0, discount=0.9),
        start=START,
        weeks=2,
        runs=200,
        seed=3,
        mechanisms=Mechanisms.only(protocol="alternating_offers"),
    )
    assert np.isfinite(tr.settlement).all()
    assert np.allclose(tr.utilities[:, 0], 1 / 1.9, atol=1e-12)


@given(p=st.floats(0.05, 0.95), ca=st.floats(0.0, 0.3), cb=st.floats(0.0, 0.3))
@settings(max_examples=200, deadline=None)
def test_fearon_bargaining_range(p: float, ca: float, cb: float) -> None:
    """Fearon (1995): under complete information the range of deals both prefer to war is
    [p - c_A, p + c_B], never empty when costs are non-negative."""
    rng = bargaining_range(pie(), (p - ca, 1 - p - cb))
    assert rng is not None
    assert rng[0] == pytest.approx(max(0.0, p - ca), abs=1e-12)
    assert rng[1] == pytest.approx(min(1.0, p + cb), abs=1e-12)


def test_fearon_complete_information_always_deals() -> None:
    g = pie(1001, reservation=(0.5 - 0.1, 0.5 - 0.05))
    tr = run(
        g,
        PS.with_values(round_rate=50.0),
        start=START,
        weeks=1,
        runs=500,
        seed=1,
        mechanisms=Mechanisms.only(),
    )
    assert np.isfinite(tr.settlement).all()
    assert ((tr.utilities[:, 0] >= 0.4 - 1e-12) & (tr.utilities[:, 0] <= 0.55 + 1e-12)).all()


@pytest.mark.parametrize(("ca", "cbar"), [(0.05, 0.3), (0.0, 0.2), (0.1, 0.15)])
def test_fearon_private_information_war_probability(ca: float, cbar: float) -> None:
    """Fearon (1995): B's cost uniform on [0, c̄], A's take-it-or-leave-it offer is rejected
    (war) with probability (c̄ - c_A) / (2 c̄) when c_A < c̄."""
    p, runs = 0.5, 40_000
    g = pie(4001, (p - ca, 1 - p - cbar))
    tr = run(
        g,
        PS.with_values(round_rate=100.0, private_optimism_first=0.0, private_optimism_second=cbar),
        start=START,
        weeks=1,
        runs=runs,
        seed=7,
        mechanisms=Mechanisms.only(private_information=True, protocol="screening"),
    )
    war = 1 - np.isfinite(tr.settlement).mean()
    expected = (cbar - ca) / (2 * cbar)
    se = math.sqrt(expected * (1 - expected) / runs)
    assert abs(war - expected) < 4 * se + 1e-3  # Monte Carlo error plus the offer grid


def test_war_of_attrition_rate_and_duration() -> None:
    """Symmetric war of attrition (prize V, cost c per week): each side quits at rate c/V in the
    mixed equilibrium, so the war lasts Exp(2c/V) with mean V/(2c)."""
    from accord.simulate import Game

    c, v, runs = 0.01, 0.5, 20_000
    half = pie()  # no zone below: only attrition can end the war; the prize is V = 0.5
    g = Game(half.parties, half.points * v, np.asarray([0.4, 0.4]), continuous=True)
    tr = run(g, PS.with_values(war_cost_first=c, war_cost_second=c), start=START, weeks=400,
             runs=runs, seed=11, mechanisms=Mechanisms.only(attrition=True))
    assert tr.attrition_hazard.tolist() == [c / v, c / v]  # exactly c / V
    t = tr.settlement
    assert np.isfinite(t).mean() > 0.999
    mean = v / (2 * c)
    assert abs(t[np.isfinite(t)].mean() - mean) < 4 * mean / math.sqrt(runs)
    # exponential: P(T > mean) = e^-1
    assert abs((t > mean).mean() - math.exp(-1)) < 4 * math.sqrt(0.25 / runs)


@given(seed=st.integers(0, 2**32 - 1))
@settings(max_examples=10, deadline=None)
def test_same_seed_same_numbers(seed: int) -> None:
    g = pie(11, (0.45, 0.45))
    a = run(g, PS, start=START, weeks=20, runs=50, seed=seed)
    b = run(g, PS, start=START, weeks=20, runs=50, seed=seed)
    assert np.array_equal(a.settlement, b.settlement) and np.array_equal(a.ceasefire, b.ceasefire)
    assert np.array_equal(a.package, b.package) and np.array_equal(a.rounds, b.rounds)


def test_pressure_what_if_raises_the_odds_on_the_pressed_side() -> None:
    g = pie(21, (0.55, 0.55))
    base = run(g, PS.with_values(pressure_hazard=0.0), start=START, weeks=52, runs=2000, seed=5)
    press = run(
        g,
        PS.with_values(pressure_hazard=0.0, pressure_cost=0.01),
        start=START,
        weeks=52,
        runs=2000,
        seed=5,
        what_ifs=[WhatIf("p", "pressure on A", "2026-03-01", (), "A")],
    )
    assert np.isfinite(press.ceasefire).mean() >= np.isfinite(base.ceasefire).mean()


def test_unknown_what_if_parameter_is_refused() -> None:
    with pytest.raises(KeyError, match="unknown parameter"):
        run(
            pie(),
            PS,
            start=START,
            weeks=2,
            runs=2,
            seed=0,
            what_ifs=[WhatIf("x", "x", None, (("no_such", 1.0),))],
        )


def test_flagship_simulate_json() -> None:
    code, out, err = cli(
        "simulate",
        "--json",
        "--runs",
        "400",
        "--seed",
        "1",
        "--what-if",
        "all",
        "--no-drivers",
        "--until",
        "2027-01",
    )
    assert code == 0, err
    data = json.loads(out)
    assert set(data["curves"]) >= {"dates", "ceasefire", "settlement", "ceasefire_low", "settlement_high"}
    assert len(data["what_ifs"]) >= 3
    for w in data["what_ifs"]:
        assert "acts through" in w["explanation"] and "P(ceasefire" in w["explanation"]
    assert any(abs(w["delta_ceasefire"]) > 0 for w in data["what_ifs"])
    s = data["summary"]
    assert s["by_end"]["settlement"]["p"] <= s["by_end"]["ceasefire"]["p"] < 1.0
    assert data["parties"] == ["RUS", "UKR"]
    sourced = {p["name"]: p for p in data["parameters"]}
    assert "interfax" in sourced["referendum_support"]["source"].lower()
    assert not sourced["battle_trend"]["assumption"]
    assert "tracked record" in sourced["exchange_rate"]["source"]  # the exchange ledger, not events
    assert "rounds in the 365 days" in sourced["round_rate"]["source"]


@pytest.mark.slow
def test_flagship_drivers_name_parameters() -> None:
    code, out, _ = cli("simulate", "--json", "--runs", "300", "--seed", "2", "--until", "2027-02")
    assert code == 0
    d = json.loads(out)["drivers"]
    assert d["morris"] and d["morris"][0]["mu_star"] >= d["morris"][-1]["mu_star"]


def test_bad_inputs_exit_2() -> None:
    assert cli("simulate", "--until", "2020-01")[0] == 2
    code, _, err = cli("simulate", "--what-if", "no-such-thing")
    assert code == 2 and "--what-if" in err
    code, _, err = cli("simulate", "--set", "nope=1")
    assert code == 2 and "--set" in err


def test_backtest_flagship_table() -> None:
    code, out, err = cli("backtest", "flagship", "--json", "--runs", "200")
    assert code == 0, err
    data = json.loads(out)
    assert {r["as_of"] for r in data["rows"]} == {"2025-03-01", "2025-06-01", "2025-09-01", "2025-12-01"}
    for r in data["rows"]:
        p = r["p_ceasefire"]
        assert (p is not None and 0 <= p <= 1) or "agreement-space" in r["error"]
        if r["observed"] is not None:
            assert r["until"] <= data["checked"]
    if data["resolved"]:
        assert 0.0 <= data["brier"] <= 1.0
    assert len(data["crowd"]) == 2


def test_sweep_is_the_same_on_dask() -> None:
    """A parameter sweep gives identical numbers locally and on Dask (threads and processes)."""
    import accord
    from accord.forecast.montecarlo import DaskExecutor
    from accord.io import simulation as simfile
    from accord.simulate.study import Setup, sweep

    s = accord.load("ukraine-2022-2026")
    spec = simfile.builtin(s.id)
    assert spec is not None
    setup = Setup(s, spec.parameter_set(), tuple(spec.parties))
    kw = {"as_of": dt.date(2026, 2, 3), "until": dt.date(2027, 2, 3), "runs": 200, "seed": 4}
    local = sweep(setup, "red_line_cost", [0.1, 0.3, 0.9], **kw)
    for scheduler in ("threads", "processes"):
        other = sweep(
            setup, "red_line_cost", [0.1, 0.3, 0.9], executor=DaskExecutor(scheduler=scheduler), **kw
        )
        assert other["ceasefire"] == local["ceasefire"] and other["settlement"] == local["settlement"]
    assert local["settlement"][0] >= local["settlement"][2]  # cheaper red lines, more settlements


def test_sweep_cli() -> None:
    code, out, err = cli("simulate", "--sweep", "red_line_cost=0.2,0.8", "--runs", "200", "--json")
    assert code == 0, err
    assert json.loads(out)["values"] == [0.2, 0.8]
    code, _, err = cli("simulate", "--sweep", "nope=1")
    assert code == 2 and "--sweep" in err
    code, _, err = cli("simulate", "--scheduler", "bogus", "--runs", "10", "--no-drivers")
    assert code == 2 and "--scheduler" in err


def _with_indicator() -> object:
    from accord.model import Scenario
    from tests.scenarios import ASSUMED, base_dict

    d = base_dict()
    d["indicators"] = [
        {
            "id": "land-gained",
            "name": "Territory gained by Beta",
            "kind": "territory",
            "unit": "km2 per month",
            "source": "test fixture",
            "actor": "BBB",
            "observations": [
                {"start": m, "value": v, "evidence": ASSUMED}
                for m, v in (
                    ("2025-08", 100.0),
                    ("2025-09", 300.0),
                    ("2025-10", 200.0),
                    ("2025-11", 400.0),
                    ("2026-01", 9999.0),
                )
            ],
        }
    ]
    d["ratification_rules"] = [
        {
            "id": "alpha-vote",
            "actor": "AAA",
            "issues": ["land.north"],
            "options": ["cede"],
            "requires": "referendum",
            "description": "ceding the north needs a vote",
            "evidence": ASSUMED,
        }
    ]
    return Scenario.model_validate(d)


def test_trend_and_ratification_come_from_the_scenario_as_of_the_date() -> None:
    """The battlefield trend is the mean of the last three territory observations known at the
    date (per month to per week, signed by the gaining party); the referendum rule is the
    scenario's."""
    from accord.simulate.study import Setup, prepare

    s = _with_indicator()
    game, params, _ = prepare(Setup(s, ParameterSet(), ("AAA", "BBB")), dt.date(2025, 12, 15))  # type: ignore[arg-type]
    weekly = (300 + 200 + 400) / 3 * 12 / 365.25 * 7
    assert params["battle_trend"] == pytest.approx(-weekly)  # towards BBB, the second party
    assert "land-gained" in params.spec("battle_trend").source.cite()
    assert game.ratifier == 0
    cede = game.issues.index("land.north")
    assert all(game.ratify[k] == (p[cede] == "cede") for k, p in enumerate(game.packages))


def test_plot_folder_checked_before_work(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path)) / "plots"
    args = ["simulate", "--runs", "50", "--no-drivers", "--until", "2026-06", "--plot", str(folder)]
    assert cli(*args)[0] == 0
    assert (folder / "simulation.png").is_file() and (folder / "simulation.svg").is_file()
    code, _, err = cli(*args)
    assert code == 2 and "--force" in err
    assert cli(*args, "--force")[0] == 0
    code, _, err = cli("simulate", "--set", "RED_LINE_COST=0.3", "--runs", "20", "--no-drivers", "--json")
    assert code == 0, err  # parameter names match case-insensitively


def test_switching_one_mechanism_leaves_the_others_draws_alone() -> None:
    """Each mechanism draws from its own stream: the exchange rate cannot move deal times."""
    g = pie(11, (0.45, 0.45))
    a = run(g, PS.with_values(exchange_rate=0.0), start=START, weeks=30, runs=300, seed=9)
    b = run(g, PS.with_values(exchange_rate=0.3), start=START, weeks=30, runs=300, seed=9)
    assert np.array_equal(a.settlement, b.settlement) and np.array_equal(a.ceasefire, b.ceasefire)


def test_bad_what_ifs_and_settings_exit_2() -> None:
    for args in (["--what-if", "battle_trend=abc"], ["--what-if", "battle_trend=1@2026-13"],
                 ["--what-if", "pressure-on:XYZ"], ["--what-if", "round_rate=0.2@2026-05"],
                 ["--set", "referendum_sd=nan"], ["--set", "pressure_on_first=7"],
                 ["--until", "2099-01"], ["--as-of", "1990-01"]):
        code, _, err = cli("simulate", "--runs", "20", "--no-drivers", *args)
        assert code == 2, (args, err)


def test_round_rate_moves_the_number_of_rounds() -> None:
    code, out, err = cli("simulate", "--sweep", "round_rate=0.02,0.4", "--runs", "300", "--json")
    assert code == 0, err
    low, high = json.loads(out)["ceasefire"]
    assert low < high


def test_simulation_section_leaves_scoringrules_unimported() -> None:
    """scoringrules compiles numba kernels when imported (about 3 s of CPU and 140 MB): only the
    backtest's scores need it, so `accord analyze` (which builds the simulation section) must not
    import it."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import accord\n"
        "from accord.report.sections import sections\n"
        "s = accord.load('ukraine-2022-2026')\n"
        "[x.build(s, s.as_of) for x in sections() if x.key == 'simulation']\n"
        "print('scoringrules' in sys.modules, 'numba' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"], out.stderr


def _flagship_setup() -> Any:
    import accord
    from accord.io import simulation as simfile
    from accord.simulate.study import Setup

    s = accord.load("ukraine-2022-2026")
    spec = simfile.builtin(s.id)
    assert spec is not None
    return Setup(s, spec.parameter_set(), tuple(spec.parties))


def test_drivers_run_only_the_months_they_explain(monkeypatch: pytest.MonkeyPatch) -> None:
    """The drivers explain P(settlement within 12 months): over a two-year --until their runs
    stop after a year (they cost most of `accord simulate`), with the same numbers as runs to
    the end; a shorter --until is named as their horizon."""
    from accord.simulate import study

    setup = _flagship_setup()
    start = dt.date(2026, 2, 3)
    seen: list[int] = []
    real = study.run

    def spy(*args: Any, **kw: Any) -> Any:
        seen.append(int(kw["weeks"]))
        return real(*args, **kw)

    monkeypatch.setattr(study, "run", spy)
    kw: dict[str, Any] = {"runs": 30, "seed": 3, "drivers_runs": 40, "drivers_trajectories": 1,
                          "sobol_for": 0}
    data = study.simulate(setup, as_of=start, until=start + dt.timedelta(days=730), **kw)
    assert seen[0] == 105 and len(seen) > 1
    assert set(seen[1:]) == {53}  # ceil(12 months / 1 week)
    assert data["drivers"]["output"] == "P(settlement within 12 months)"
    game, params, cad = study.prepare(setup, start)
    args: dict[str, Any] = {"game": game, "params": params, "start": start, "runs": 200, "seed": 3,
                            "cadence_": cad, "kind": "ceasefire"}
    p = study.evaluate_p({}, weeks=53, **args)
    assert 0 < p == study.evaluate_p({}, weeks=105, **args)
    seen.clear()
    short = study.simulate(setup, as_of=start, until=dt.date(2026, 8, 1), **kw)
    assert set(seen) == {26}
    assert short["drivers"]["output"] == "P(settlement by 2026-08-01)"


@settings(max_examples=200, deadline=None)
@given(
    st.integers(2, 5),
    st.integers(1, 30),
    st.integers(1, 20),
    st.integers(0, 2**32 - 1),
    st.booleans(),
)
def test_nash_points_match_the_product_over_the_party_axis(
    n: int, k: int, m: int, seed: int, coarse: bool
) -> None:
    """The party-by-party zone and Nash product give bit for bit what the (m, K, n) reduction
    gave (ties included: coarse values make many)."""
    from accord.simulate.engine import nash_points, zone_mask

    rng = np.random.default_rng(seed)
    pts, rhat = rng.random((k, n)), rng.random((m, n)) * 0.7
    if coarse:
        pts, rhat = np.round(pts, 1), np.round(rhat, 1)
    ok = (pts[None, :, :] >= rhat[:, None, :]).all(axis=2)
    gain = np.clip(pts[None, :, :] - rhat[:, None, :], 0.0, None).prod(axis=2)
    assert (zone_mask(pts, rhat) == ok).all()
    any_ok, best = nash_points(pts, rhat)
    assert (any_ok == ok.any(axis=1)).all()
    assert (best == np.where(ok, gain, -1.0).argmax(axis=1)).all()


def test_sweep_values_outside_the_parameters_range_are_refused() -> None:
    """`--sweep red_line_cost=-1,nan` printed odds for both values."""
    for values in ("0.2,-1", "nan", "0.3,inf"):
        code, _, err = cli("simulate", "--runs", "10", "--sweep", f"red_line_cost={values}")
        shown = " ".join(err.split())
        assert code == 2 and "--sweep" in shown and "from 0.1 to 1" in shown, shown
