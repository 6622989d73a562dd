"""Regression tests for the forecasting review findings: layout detection, huge numbers, option
ranges, exit codes, KTAB zero saliences, Decide and EUM file checks."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from tests.cli import run

KTAB = "x,y,2,1\nActor,Description,Influence,Pos_1,Sal_1\nA,a,10,50,60\nB,b,20,70,80\n"


def _write(tmp_path: Path, name: str, text: str) -> str:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


# ---------------------------------------------------------------- 1. layout detection

def test_eum_missing_column_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "m.csv", "Actor,Capability,Position\nA,10,5\nB,20,8\n")
    code, _out, err = run("forecast", path)
    assert code == 2
    assert "Salience" in err and "scenario" not in err.lower()


def test_ktab_quoted_counts_recognised(tmp_path: Path) -> None:
    path = _write(tmp_path, "q.csv", '"x","y","2","1"\n"Actor","Description","Influence",'
                  '"Pos_1","Sal_1"\n"A","a","10","50","60"\n"B","b","20","70","80"\n')
    code, out, err = run("forecast", path, "-m", "compromise", "--json")
    assert code == 0, err
    assert json.loads(out)["input"]["actors"] == ["A", "B"]


def test_ktab_fractional_ndims_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "f.csv", KTAB.replace("2,1\n", "2,1.5\n", 1))
    code, _out, err = run("forecast", path)
    assert code == 2
    assert "nDims" in err and "whole number" in err


def test_ktab_without_csv_suffix_recognised(tmp_path: Path) -> None:
    path = _write(tmp_path, "k.txt", KTAB)
    code, out, err = run("forecast", path, "-m", "compromise", "--json")
    assert code == 0, err
    assert json.loads(out)["input"]["notes"] == ["KTAB CSV k.txt"]


def test_unknown_table_names_layouts(tmp_path: Path) -> None:
    path = _write(tmp_path, "u.csv", "foo,bar\n1,2\n")
    code, _out, err = run("forecast", path)
    assert code == 2
    assert "KTAB" in err and "EUM" in err and "--format" in err


def test_format_option(tmp_path: Path) -> None:
    path = _write(tmp_path, "k.dat", KTAB)
    code, _out, err = run("forecast", path, "--format", "ktab", "-m", "compromise")
    assert code == 0, err
    code, _out, err = run("forecast", path, "--format", "eum")
    assert code == 2 and "Capability" in err
    code, _out, err = run("forecast", path, "--format", "xml")
    assert code == 2 and "--format" in err


# ---------------------------------------------------------------- 2. huge numbers

@pytest.mark.parametrize(("text", "column"), [
    ("Actor,Capability,Position,Salience\nA,1e308,5,0.5\nB,1e308,8,0.5\n", "Capability"),
    ("Actor,Capability,Position,Salience\nA,10,1e308,0.5\nB,20,-1e308,0.5\n", "Position"),
])
def test_huge_numbers_refused(tmp_path: Path, text: str, column: str) -> None:
    path = _write(tmp_path, "h.csv", text)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        code, _out, err = run("forecast", path, "--json")
    assert code == 2
    error = json.loads(err)["error"]
    assert error["file"].endswith("h.csv") and (error["line"], error["field"]) == (2, column)


def test_json_has_no_nan() -> None:
    from accord.cli.commands.forecast import _finite

    got = json.dumps(_finite({"a": float("nan"), "b": [1.0, float("inf")], "c": (2, "x")}),
                     allow_nan=False)
    assert json.loads(got) == {"a": None, "b": [1.0, None], "c": [2, "x"]}


def test_summary_of_no_valid_runs_is_null() -> None:
    import numpy as np

    from accord.forecast.montecarlo import summarise

    d = summarise(np.array([np.nan, np.nan])).as_dict()
    json.dumps(d, allow_nan=False)
    assert d["median"] is None and d["valid_runs"] == 0


# ---------------------------------------------------------------- 3. option ranges

@pytest.mark.parametrize("item", ["eum.q=nan", "eum.q=-5", "eum.q=inf", "eum.rounds=-3",
                                  "eum.rounds=100000000", "ktab.max_iter=-5", "ktab.pos_tol=-1",
                                  "ktab.min_delta_ratio=nan", "exchange.rounds=-1"])
def test_option_out_of_range(tmp_path: Path, item: str) -> None:
    path = _write(tmp_path, "k.csv", KTAB)
    code, _out, err = run("forecast", path, "-m", "compromise", "-o", item)
    assert code == 2
    assert "expected a value from" in err


def test_sweep_value_out_of_range(tmp_path: Path) -> None:
    path = _write(tmp_path, "k.csv", KTAB)
    code, _out, err = run("forecast", path, "-m", "eum", "--sweep", "eum.rounds=2,100000000")
    assert code == 2 and "0 to 1000" in err


def test_library_refuses_out_of_range_options() -> None:
    from accord.forecast import eum, ktab
    from accord.forecast.inputs import InputError

    with pytest.raises(InputError, match="valid range"):
        eum.check_options(eum.EumOptions(rounds=eum.MAX_ROUNDS + 1))
    with pytest.raises(InputError, match="valid range"):
        ktab.check_options(ktab.KtabOptions(pos_tol=float("nan")))


# ---------------------------------------------------------------- 4. exit codes

def test_negative_seed_exit_2(tmp_path: Path) -> None:
    path = _write(tmp_path, "k.csv", KTAB)
    assert run("forecast", path, "--seed", "-1")[0] == 2
    assert run("backtest", "deu", "--seed", "-1")[0] == 2


def test_plot_targets_checked_before_running(tmp_path: Path) -> None:
    path = _write(tmp_path, "k.csv", KTAB)
    code, _out, err = run("forecast", path, "--plot", path)
    assert code == 2 and "existing file" in err
    code, _out, err = run("forecast", path, "--plot", "/proc/accord-x")
    assert code == 2 and "/proc/accord-x: found a place where nothing can be written" in err
    code, _out, err = run("forecast", path, "--plot", str(tmp_path / "p"), "--plot-format", "gif")
    assert code == 2 and "--plot-format" in err


# ---------------------------------------------------------------- 5. KTAB zero salience

def test_ktab_zero_salience_on_one_dimension(tmp_path: Path) -> None:
    path = _write(tmp_path, "z.csv", "x,y,3,2\nActor,Description,Influence,Pos_1,Sal_1,Pos_2,"
                  "Sal_2\nA,a,10,50,60,20,0\nB,b,20,70,30,20,30\nC,c,20,10,30,80,30\n")
    code, out, err = run("forecast", path, "-m", "ktab,compromise", "--json")
    assert code == 0, err
    res = json.loads(out)
    assert all(v is not None for v in res["forecasts"]["ktab"]["values"].values())


# ---------------------------------------------------------------- 12. file checks

def test_decide_position_outside_anchors(tmp_path: Path) -> None:
    path = _write(tmp_path, "o.dat", "'#A'\t'a'\t'A'\n'#A'\t'b'\t'B'\n'#P'\t'i'\t'I'\n"
                  "'#M'\t'i'\t100\n'#M'\t'i'\t0\n'#D'\t'a'\t'i'\t150\t0.5\t1\n"
                  "'#D'\t'b'\t'i'\t60\t0.5\t1\n")
    code, _out, err = run("forecast", path)
    assert code == 2
    assert "o.dat:6" in err and "150" in err and "anchors 0 and 100" in err


def test_decide_negative_power(tmp_path: Path) -> None:
    path = _write(tmp_path, "n.dat", "'#A'\t'a'\t'A'\n'#A'\t'b'\t'B'\n'#P'\t'i'\t'I'\n"
                  "'#D'\t'a'\t'i'\t50\t0.5\t-1\n'#D'\t'b'\t'i'\t60\t0.5\t1\n")
    code, _out, err = run("forecast", path)
    assert code == 2
    assert "negative power -1" in err and "n.dat:4" in err


def test_eum_duplicate_actor(tmp_path: Path) -> None:
    path = _write(tmp_path, "d.csv", "Actor,Capability,Position,Salience\nA,10,5,0.5\n"
                  "A,20,8,0.5\n")
    code, _out, err = run("forecast", path)
    assert code == 2
    assert "d.csv:3" in err and "'A' again (first on line 2)" in err


# ---------------------------------------------------------------- 9./10. EUM decisions and scale

def test_eum_decisions_ignore_last_bit_differences() -> None:
    import numpy as np

    from accord.forecast import eum

    a = np.array([1.0, 1.0, 1.0])
    b = a + np.array([1e-16, -1e-16, 1e-3])
    assert eum.beats(b, a).tolist() == [False, False, True]
    assert eum.beats(a, b).tolist() == [False, False, False]


def test_eum_vectorised_equals_loop_on_fixed_seed() -> None:
    """The benchmark's per-actor loop and the vectorised EUM agree on every run (same decisions);
    the benchmark reports the same check on 200 runs."""
    import importlib.util
    import sys

    import numpy as np

    from accord.forecast import eum
    from accord.forecast.inputs import make_input
    from accord.forecast.montecarlo import Uncertainty, sample

    path = Path(__file__).parent.parent / "benchmarks" / "forecast.py"
    spec = importlib.util.spec_from_file_location("bench_forecast", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules["bench_forecast"] = bench
    spec.loader.exec_module(bench)
    em = bench.EMISSION
    data = make_input("e", [a for a, *_ in em], ["issue"], [c for _, c, _, _ in em],
                      [[x] for *_, x, _ in em], [[s] for *_, s in em], scale=[(4.0, 10.0)])
    pos, sal, cap = sample(data, Uncertainty.uniform_spread(data), 40, np.random.default_rng(2026))
    x, s = pos[:, :, 0], sal[:, :, 0]
    fast = eum.run_batch(x, cap, s, scale=(4.0, 10.0)).medians
    slow = np.array([bench.eum_loop(x[b].tolist(), cap[b].tolist(), s[b].tolist(), scale=6.0)
                     for b in range(40)])
    np.testing.assert_allclose(slow, fast, rtol=bench.IDENTICAL_RTOL, atol=0)


def test_eum_scale_option() -> None:
    from accord.forecast import eum
    from accord.forecast.inputs import make_input

    data = make_input("w", ["a", "b", "c"], ["i"], [1.0, 2.0, 1.5], [[40.0], [50.0], [60.0]],
                      [[0.9], [0.5], [0.7]], scale=[(0.0, 100.0)])
    declared = eum.run(data, eum.EumOptions(rounds=3))
    own = eum.run(data, eum.EumOptions(rounds=3, scale="positions"))
    assert declared.options.scale == "declared"
    # R = 100 (declared) or 20 (positions): distances and hence utilities differ
    batch = eum.run_batch(data.position.T, data.capability[None], data.salience.T,
                          eum.EumOptions(rounds=3), scale=(0.0, 100.0))
    assert batch.medians[0, -1] == declared.medians[-1]
    batch_own = eum.run_batch(data.position.T, data.capability[None], data.salience.T,
                              eum.EumOptions(rounds=3, scale="positions"), scale=(0.0, 100.0))
    assert batch_own.medians[0, -1] == own.medians[-1]
    assert declared.rounds[0]["offers"] != own.rounds[0]["offers"]


# ---------------------------------------------------------------- 7. NBS in the backtest

def test_backtest_scores_nbs_with_and_without_rp_apart() -> None:
    code, out, err = run("backtest", "deu", "--model", "compromise,nbs", "--bootstrap", "200",
                         "--json")
    assert code == 0, err
    res = json.loads(out)
    split = res["nbs"]
    assert "nbs" not in res["models"]
    assert res["models"]["nbs_rp"]["n"] == split["issues_with_rp"] - split["no_bargaining_set"]
    assert res["models"]["nbs_no_rp"]["n"] == split["issues_without_rp"]
    assert split["issues_with_rp"] + split["issues_without_rp"] == res["issues_with_outcome"]
    assert [b["model"] for b in res["bootstrap_vs_compromise"]] == ["nbs_rp"]


def test_nbs_without_rp_is_the_compromise() -> None:
    import numpy as np

    from accord.cli.commands.forecast import _bundled
    from accord.forecast.backtest import model_predictions
    from accord.interop.spatial import read_council_weights, read_deu

    data_path, weights_path = _bundled()
    deu, council = read_deu(data_path), read_council_weights(weights_path)
    pred = model_predictions(deu, council, ("compromise", "nbs"))
    no_rp = np.array([not np.isfinite(i.reference) for i in deu.issues])
    ok = no_rp & np.isfinite(pred["compromise"])
    assert ok.sum() > 50
    np.testing.assert_allclose(pred["nbs"][ok], pred["compromise"][ok], rtol=1e-9)


# ---------------------------------------------------------------- 6./7./8. analyze section

def test_flagship_section_explains_itself() -> None:
    import accord
    from accord.report.sections.forecast import build

    s = accord.load("ukraine-2022-2026")
    data = build(s, s.as_of)
    assert data is not None
    json.dumps(data, allow_nan=False)
    assert data["monte_carlo_models"] == ["compromise"]       # only what is shown
    assert "accord forecast" in data["more"] and "eum,ktab" in data["more"]
    assert data["scale_ends"]["low"] == "UKR" and data["scale_ends"]["high"] == "RUS"
    assert data["monte_carlo_assumptions"] == {
        "distribution": "triangular", "position_spread_share_of_scale": 0.1,
        "salience_spread": 0.1, "capability_spread_relative": 0.25}
    assert data["nbs"].startswith("NBS = compromise here: no disagreement point")
    rows = {r["issue"]: r for r in data["issues"]}
    donbas = rows["territory.donbas"]
    assert donbas["scale_meaning"].startswith("0 = ")
    assert all(donbas["models"][m]["nearest_option"] for m in donbas["models"])
    assert len(donbas["monte_carlo"]["compromise"]["nearest_options90"]) == 2
    assert donbas["models"]["nbs"]["value"] == donbas["models"]["compromise"]["value"]
    assert "note" in donbas["models"]["nbs"]


def test_flagship_section_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    code, out, err = run("analyze")
    assert code == 0, err
    text = " ".join(out.split())
    assert "0 = Ukraine's preferred end, 100 = Russia's" in text
    assert "Monte Carlo assumptions: triangular" in text
    assert "NBS = compromise here" in text
    army = next(line for line in out.splitlines()
                if line.strip().startswith("military.army_size") and "k " in line)
    assert "…" not in army and "k–" in army and army.rstrip().endswith("k")


def test_flagship_section_build_is_cheap() -> None:
    """Counts work, not time: one Monte Carlo model, of the cheap compromise."""
    import accord
    from accord.report.sections import forecast as sec

    assert sec.MC_MODELS == ("compromise",)
    s = accord.load("ukraine-2022-2026")
    assert sec.build(s, s.as_of) is not None


def test_library_input_refuses_absurd_magnitudes() -> None:
    from accord.forecast.inputs import InputError, make_input

    with pytest.raises(InputError, match="rescale"):
        make_input("h", ["a", "b"], ["i"], [1e300, 1.0], [[0.0], [1.0]], [[0.5], [0.5]])


@pytest.mark.parametrize(("text", "needle"), [
    ("x,y,2,99999999999\nActor,Description,Influence,Pos_1,Sal_1\nA,a,1,50,50\nB,b,1,60,50\n",
     "nDims = 99999999999; expected 1 to 1000"),
    ("x,y,200000000000,1\nActor,Description,Influence,Pos_1,Sal_1\nA,a,1,50,50\nB,b,1,60,50\n",
     "nActors = 200000000000; expected 2 to 100000"),
    ("Actor;Capability;Position;Salience\nA;10;5;0.5\nB;20;8;0.5\n", "separated by ';'"),
    ("'#A'\t'a'\t'A'\n'#A'\t'b'\t'B'\n'#P'\t'i'\t'I'\n'#D'\t'a'\t'i'\t50\t0.5\t1\n"
     "'#D'\t'b'\t'i'\t50\t0.5\t1\n", "every position at 50 and no two different #M anchors"),
])
def test_more_file_checks(tmp_path: Path, text: str, needle: str) -> None:
    path = _write(tmp_path, "f.csv" if "#A" not in text else "f.dat", text)
    code, _out, err = run("forecast", path)
    assert code == 2
    assert needle in " ".join(err.split())


def test_sniff_by_content(tmp_path: Path) -> None:
    from accord.interop.spatial import sniff

    assert sniff(_write(tmp_path, "s.yaml", "#Alliance notes\nid: x\n")) == "scenario"
    assert sniff(_write(tmp_path, "d.txt", "'#A'\t'a'\t'A'\n")) == "decide"
    assert sniff(_write(tmp_path, "e.dat", "actor,position,capability,salience\n")) == "eum"
    assert sniff(_write(tmp_path, "k", KTAB)) == "ktab"
    assert sniff(_write(tmp_path, "u.csv", "a,b\n1,2\n")) == "unknown"


def test_forecast_and_the_flagship_mapping_share_one_nearest_option_rule() -> None:
    # review 15 item 14: `accord forecast` rebuilt the nearest-option lookup the flagship
    # mapping already had; both now read `nearest_label`, ties going to the first option
    from accord.forecast.flagship import Mapping, nearest_label

    marks = [(0.0, "hold"), (50.0, "freeze"), (100.0, "cede")]
    assert nearest_label(marks, 24.9) == "hold" and nearest_label(marks, 25.0) == "hold"
    assert nearest_label(marks, 25.1) == "freeze" and nearest_label(marks, 99.0) == "cede"
    assert nearest_label(marks, float("nan")) is None and nearest_label([], 3.0) is None
    mapping = Mapping(data=None, labels={"t": marks}, notes=())  # type: ignore[arg-type]
    assert mapping.nearest_option("t", 60.0) == "freeze" and mapping.nearest_option("x", 1) is None
