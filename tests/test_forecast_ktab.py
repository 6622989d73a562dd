"""KTAB SMP against KTAB's own reference logs (every position and probability, as printed)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from accord.forecast import ktab, ktab_kernels
from accord.interop.spatial import read_ktab


def _reference(path: Path) -> tuple[int, dict[str, list[list[str]]], dict[str, list[str]],
                                    list[str]]:
    """(number of states, positions per actor and dimension, probabilities per actor, ratios)."""
    states = 0
    pos: dict[str, list[list[str]]] = {}
    prob: dict[str, list[str]] = {}
    ratios = []
    for line in path.read_text().splitlines():
        if line.startswith("There were"):
            states = int(line.split()[2])
        elif line.startswith("Fractional change"):
            ratios.append(line.split(":")[1].split()[0])
        elif ", " in line and ":" in line and not line.startswith(("History", "Using")):
            left, right = line.split(":", 1)
            name, label = (s.strip() for s in left.split(",", 1))
            values = right.split()
            if label == "prob":
                prob[name] = values
            else:
                pos.setdefault(name, []).append(values)
    return states, pos, prob, ratios


@pytest.mark.parametrize(("stem", "states"), [("dummyData_3Dim", 11), ("SOE-Pol-Comp", 28)])
def test_reference_history_exact(shared_dir: Path, stem: str, states: int) -> None:
    folder = shared_dir / "reference" / "spatial" / "ktab"
    n_states, ref_pos, ref_prob, ref_ratio = _reference(folder / f"ref_{stem}_history.txt")
    assert n_states == states
    hist = ktab.run(read_ktab(folder / f"{stem}.csv"))
    assert hist.n_states == states
    checked = 0
    for i, name in enumerate(hist.data.actors):
        for k in range(hist.data.n_dims):
            mine = [f"{p[i, k]:.1f}" for p in hist.positions]
            assert mine == ref_pos[name][k], (name, k)
            checked += len(mine)
        mine_p = [f"{p[i]:.4f}" for p in hist.probabilities]
        assert mine_p == ref_prob[name], name
        checked += len(mine_p)
    assert [f"{r:.4f}" for r in hist.ratios] == ref_ratio
    assert checked == states * len(hist.data.actors) * (hist.data.n_dims + 1)


def test_turn0_intermediates(shared_dir: Path) -> None:
    """Turn-0 risk attitudes and the first bargains from KTAB's diagnostic excerpt."""
    data = read_ktab(shared_dir / "reference" / "spatial" / "ktab" / "dummyData_3Dim.csv")
    hist = ktab.run(data)
    assert [f"{r:+.3f}" for r in hist.risk[0]] == [
        "-0.500", "-0.459", "-0.499", "-0.274", "+1.000", "-0.232", "-0.430"]
    first = {e["actor"]: e for e in hist.turns[0]}
    a0 = first["SActor-00"]
    assert a0["challenges"] == "SActor-06"
    assert f"{a0['p_win']:.4f}" == "0.7643"
    assert f"{a0['expected_gain']:+.4f}" == "+0.0947"
    assert [f"{x:.3f}" for x in a0["offer_self"]] == ["75.610", "24.780", "71.950"]
    assert [f"{x:.3f}" for x in a0["offer_target"]] == ["75.610", "24.790", "71.950"]
    a6 = first["SActor-06"]
    assert (a6["challenges"], f"{a6['p_win']:.4f}") == ("SActor-01", "0.3970")


def test_final_positions_quoted_in_readme(shared_dir: Path) -> None:
    data = read_ktab(shared_dir / "reference" / "spatial" / "ktab" / "SOE-Pol-Comp.csv")
    hist = ktab.run(data)
    last = dict(zip(data.actors, hist.positions[-1], strict=True))
    assert [f"{v:.1f}" for v in last["XJ"]] == ["43.2", "43.3"]
    assert [f"{v:.1f}" for v in last["WY"]] == ["15.0", "60.0"]


def test_batch_equals_single_runs(shared_dir: Path) -> None:
    data = read_ktab(shared_dir / "reference" / "spatial" / "ktab" / "dummyData_3Dim.csv")
    rng = np.random.default_rng(3)
    pos = np.clip(data.position[None] / 100 + rng.normal(0, 0.02, (4, *data.position.shape)), 0, 1)
    sal = np.repeat(data.salience[None], 4, 0)
    cap = np.repeat(data.capability[None], 4, 0)
    batch = ktab.run_batch(pos, sal, cap)
    for b in range(4):
        one = ktab.run_batch(pos[b:b + 1], sal[b:b + 1], cap[b:b + 1])
        np.testing.assert_array_equal(one.final[0], batch.final[b])
        assert one.steps[0] == batch.steps[b]


OPTION_CASES = [
    {"pce_model": ktab.PceModel.MARKOV_UNIFORM},
    {"pce_model": ktab.PceModel.MARKOV_INCENTIVE},
    {"bargain_model": ktab.BargainModel.INIT_RCVR},
    {"bargain_model": ktab.BargainModel.PW_COMPROMISE},
    {"state_transitions": ktab.StateTransitions.STOCHASTIC, "seed": 5},
    {"big_r_range": ktab.BigRRange.MAX, "big_r_adjust": ktab.BigRAdjust.FULL,
     "third_party_commit": ktab.ThirdPartyCommit.FULL,
     "inter_vec_bargain": ktab.InterVecBargain.S2PMAX, "voting_rule": ktab.VotingRule.BINARY,
     "victory_model": ktab.VictoryModel.SQUARE},
    {"big_r_range": ktab.BigRRange.MIN, "big_r_adjust": ktab.BigRAdjust.HALF,
     "third_party_commit": ktab.ThirdPartyCommit.NONE,
     "inter_vec_bargain": ktab.InterVecBargain.S1P1, "voting_rule": ktab.VotingRule.PROP_CUBIC},
]


@pytest.mark.parametrize("kw", OPTION_CASES)
def test_every_parameter_runs_and_is_reproducible(shared_dir: Path, kw: dict[str, object]) -> None:
    data = read_ktab(shared_dir / "reference" / "spatial" / "ktab" / "dummyData_3Dim.csv")
    opts = ktab.KtabOptions(**kw)  # type: ignore[arg-type]
    one, two = ktab.run(data, opts), ktab.run(data, opts)
    assert one.n_states == two.n_states >= 3
    for a, b in zip(one.positions, two.positions, strict=True):
        np.testing.assert_array_equal(a, b)
    for p in one.probabilities:
        assert np.all(p >= 0) and np.all(p <= 1 + 1e-12)
    final = one.positions[-1]
    assert np.all(final >= -1e-9) and np.all(final <= 100 + 1e-9)


def test_markov_pce_is_a_distribution() -> None:
    rng = np.random.default_rng(0)
    c = rng.uniform(0.1, 2, (3, 5, 5))
    member = rng.random((3, 5)) < 0.7
    member[:, 0] = True
    for model in (ktab.PceModel.MARKOV_UNIFORM, ktab.PceModel.MARKOV_INCENTIVE,
                  ktab.PceModel.CONDITIONAL):
        p = ktab_kernels._pce(ktab.KtabOptions(pce_model=model), c, member)
        np.testing.assert_allclose(p.sum(axis=-1), 1.0, atol=1e-6)
        assert np.all(p[~member] == 0) and np.all(p >= 0)
