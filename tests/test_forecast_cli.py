"""`accord forecast` on files and scenarios; the analyze section."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli import run


def test_forecast_ktab_file_json(shared_dir: Path) -> None:
    path = shared_dir / "reference" / "spatial" / "ktab" / "SOE-Policy.csv"
    code, out, err = run("forecast", str(path), "--model", "compromise", "--model", "median",
                         "--json")
    assert code == 0, err
    res = json.loads(out)
    dim = res["input"]["dimensions"][0]
    assert f"{res['forecasts']['compromise']['values'][dim]:.2f}" == "35.01"
    assert res["forecasts"]["median"]["values"][dim] == 30.0


def test_forecast_eum_history(shared_dir: Path) -> None:
    path = shared_dir / "reference" / "spatial" / "eum" / "bdm1994_emission_standards.csv"
    code, out, err = run("forecast", str(path), "-m", "eum", "--history", "--json")
    assert code == 0, err
    res = json.loads(out)
    rounds = res["forecasts"]["eum"]["rounds"]["issue"]
    assert f"{rounds['medians'][1]:.3f}" == "8.416"
    assert res["forecasts"]["eum"]["history"]["issue"][0]["offers"]


def test_forecast_flagship_mc_and_plots(tmp_path: Path) -> None:
    code, out, err = run("forecast", "-m", "compromise,eum", "--runs", "50", "--seed", "3",
                         "--plot", str(tmp_path), "--json")
    assert code == 0, err
    res = json.loads(out)
    assert res["monte_carlo"]["models"]["eum"]["runs"] == 50
    files = sorted(tmp_path.glob("*.png"))
    assert len(files) == len(res["input"]["dimensions"]) and files[0].stat().st_size > 1000
    _, out2, _ = run("forecast", "-m", "compromise,eum", "--runs", "50", "--seed", "3",
                         "--json")
    again = json.loads(out2)
    assert again["monte_carlo"] == res["monte_carlo"]


def test_forecast_tables_and_bad_model() -> None:
    code, out, _ = run("forecast", "-m", "compromise")
    assert code == 0 and "territory.donbas" in out
    code, _, err = run("forecast", "-m", "oracle")
    assert code == 2 and "oracle" in err


def test_analyze_has_forecast_section() -> None:
    code, out, err = run("analyze", "--json")
    assert code == 0, err
    res = json.loads(out)
    section = res["forecast"] if "forecast" in res else res["sections"]["forecast"]
    assert section["seed"] == 0 and section["issues"]


def test_model_parameters_from_the_command_line(shared_dir: Path) -> None:
    path = shared_dir / "reference" / "spatial" / "eum" / "bdm1994_emission_standards.csv"
    code, out, err = run("forecast", str(path), "-m", "eum", "-o", "eum.rounds=1", "--json")
    assert code == 0, err
    res = json.loads(out)
    assert f"{res['forecasts']['eum']['values']['issue']:.3f}" == "8.416"
    assert res["forecasts"]["eum"]["options"]["rounds"] == "1"
    code, _, err = run("forecast", str(path), "-m", "eum", "-o", "eum.nonsense=1")
    assert code == 2 and "nonsense" in err and "q" in err
    code, _, err = run("forecast", "-m", "ktab", "-o", "ktab.pce_model=magic")
    assert code == 2 and "markov_uniform" in err


def test_scenario_without_capabilities(tmp_path: Path) -> None:
    import accord

    s = accord.load("ukraine-2022-2026")
    no_capability = {"capability": None, "capability_basis": None, "capability_formula": None,
                     "capability_figures": []}
    bare = s.model_copy(update={"actors": [a.model_copy(update=no_capability) for a in s.actors]})
    path = tmp_path / "bare.yaml"
    path.write_text(bare.to_yaml(), encoding="utf-8")
    code, _, err = run("forecast", str(path))
    assert code == 2 and "capability" in err
    code, _, err = run("analyze", str(path), "--json")
    assert code == 0, err


def test_sweeps_from_the_command_line(shared_dir: Path) -> None:
    path = shared_dir / "reference" / "spatial" / "ktab" / "SOE-Pol-Comp.csv"
    code, out, err = run("forecast", str(path), "-m", "compromise", "--sweep",
                         "capability.XJ=0.5,1,2", "--json")
    assert code == 0, err
    rows = json.loads(out)["sweep"]["rows"]
    policy = [r["forecast"]["Policy Position"] for r in rows]
    assert policy[0] > policy[1] > policy[2]          # XJ sits at 30, below the compromise
    assert f"{policy[1]:.2f}" == "36.29"
    eum_csv = shared_dir / "reference" / "spatial" / "eum" / "bdm1994_emission_standards.csv"
    code, out, err = run("forecast", str(eum_csv), "-m", "eum", "--sweep", "eum.rounds=1,2",
                         "--json")
    assert code == 0, err
    got = [r["forecast"]["issue"] for r in json.loads(out)["sweep"]["rows"]]
    assert [f"{g:.3f}" for g in got] == ["8.416", "9.611"]
    code, _, err = run("forecast", str(eum_csv), "-m", "eum", "--sweep", "eum.q=abc")
    assert code == 2 and "--sweep" in err


def test_bad_as_of() -> None:
    code, _, err = run("forecast", "-m", "compromise", "--as-of", "garbage")
    assert code == 2 and "--as-of" in err
    code, _, _ = run("forecast", "-m", "compromise", "--as-of", "2025-06")
    assert code == 0


def test_monte_carlo_runs_above_the_stated_limit_are_refused_before_any_work() -> None:
    """Issue 10: `--runs 1000000` ran past 3 minutes."""
    code, _, err = run("forecast", "--runs", "1000000", "-m", "compromise")
    assert code == 2
    assert " ".join(err.split()) == (
        "error: --runs is not valid (1 problem): --runs: found 1,000,000 runs; expected at most "
        "100,000 Monte Carlo runs. Fix: use fewer runs (10,000 give stable 90 % intervals)")
    code, out, _ = run("forecast", "--help")
    shown = " ".join(out.replace("│", " ").split())
    assert "at most 100,000" in shown and "at most 200 actors" in shown


def test_eum_and_ktab_refuse_more_actors_than_the_stated_limit(tmp_path: Path) -> None:
    """Issue 10: 200 actors took 44 s and 944 MB, 400 passed 4 GB (actors^3 arrays)."""
    path = tmp_path / "many.csv"
    path.write_text("Actor,Capability,Position,Salience\n"
                    + "".join(f"A{i},1,{i % 50},0.5\n" for i in range(201)), encoding="utf-8")
    code, _, err = run("forecast", str(path), "-m", "ktab,compromise")
    assert code == 2
    assert " ".join(err.split()) == (
        f"error: {path} is not valid (1 problem): {path}: found 201 actors for ktab; expected at "
        "most 200 actors for the EUM and KTAB (their memory grows with the cube of the number of "
        "actors). Fix: merge minor actors into blocs, or choose -m compromise,median,nbs,exchange")
    code, out, _ = run("forecast", str(path), "-m", "compromise", "--json")
    assert code == 0 and len(json.loads(out)["input"]["actors"]) == 201


def test_a_scenario_forecast_says_what_its_numbers_mean() -> None:
    """`accord forecast` printed "territory.donbas compromise 45.63 · ktab 64.63" without saying
    what 0 and 100 are or which option a value lands on (the analyze section does both)."""
    code, out, err = run("forecast", "-m", "compromise,ktab", "--json")
    assert code == 0, err
    meaning = json.loads(out)["options"]["territory.donbas"]
    assert meaning["scale"].startswith("0 = Hold the line, 100 = Cede de jure")
    assert meaning["nearest_option"] == {"compromise": "Buffer zone (Ukrainian withdrawal)",
                                         "ktab": "Cede de facto"}
    assert "military.army_size" not in json.loads(out)["options"]  # numeric: its own range
    code, text, err = run("forecast", "-m", "compromise,ktab")
    assert code == 0, err
    flat = " ".join(text.split())
    assert "territory.donbas: 0 = Hold the line, 100 = Cede de jure" in flat
    assert "nearest: compromise: Buffer zone (Ukrainian withdrawal); ktab: Cede de facto" in flat


@pytest.mark.parametrize("runs", ["0", "-3"])
def test_runs_below_one_are_refused_with_the_range(runs: str) -> None:
    """`--runs 0` ran the models without a Monte Carlo and said nothing; without --runs there
    is none, so an explicit --runs below 1 is a mistake named with its range."""
    code, _, err = run("forecast", "-m", "compromise", "--runs", runs)
    assert code == 2
    assert " ".join(err.split()) == (
        f"error: --runs is not valid (1 problem): --runs: found {runs}; expected 1 to 100,000 Monte "
        "Carlo runs. Fix: give --runs from 1 up, or leave --runs out for no Monte Carlo")
    code, out, _ = run("forecast", "-m", "compromise", "--json")
    assert code == 0 and "monte_carlo" not in json.loads(out)


@pytest.mark.parametrize(("args", "option", "allowed"), [
    (["forecast", "-m", "compromise", "--position-spread", "7"], "--position-spread", "0 to 1"),
    (["forecast", "-m", "compromise", "--salience-spread", "-0.5"], "--salience-spread", "0 to 1"),
    (["forecast", "-m", "compromise", "--capability-spread", "1e9"], "--capability-spread", "0 to 10"),
    (["forecast", "-m", "compromise", "--seed", "-1"], "--seed", "0 to 9,223,372,036,854,775,807"),
    (["simulate", "--runs", "0"], "--runs", "1 to 200,000"),
    (["simulate", "--runs", "1000000000"], "--runs", "1 to 200,000"),
    (["simulate", "--seed", "-5"], "--seed", "0 to"),
    (["backtest", "flagship", "--runs", "5"], "--runs", "100 to 200,000"),
])
def test_numeric_options_out_of_range_name_the_option_and_its_range(
        args: list[str], option: str, allowed: str) -> None:
    code, _, err = run(*args)
    shown = " ".join(err.replace("│", " ").split())
    assert code == 2 and f"'{option}'" in shown and f"(allowed: {allowed}" in shown, shown
    code, _, err = run(*args, "--json")
    error = json.loads(err)["error"]
    assert code == 2 and error["field"] == option and f"(allowed: {allowed}" in error["found"]
