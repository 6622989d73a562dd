"""Every GMCR reference case of ../shared/reference/gmcr, re-entered in accord's own format
(tests/data/conflict), reproduces the published states, moves, preferences and canonical
equilibria exactly, with the fast algorithm (both its paths: the union of the opponents' moves
that graphs built from options take, and the layered graph of abstract graphs) and with the
literal definitions."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest
import yaml

from accord.conflict import build, definitions, stability
from accord.model.conflict import ConflictModel

DATA = Path(__file__).parent / "data" / "conflict"
CASES = {
    "Prisoners": "prisoners",
    "SyriaIraq": "syria_iraq",
    "SI_misp": "syria_iraq_misperceptions",
    "Cuban": "cuban",
    "Elmira": "elmira",
    "Garrison": "garrison",
    "MilkRiver": "milk_river",
    "USNK_strike_irrev": "usnk_strike_irrev",
    "USNK_strike_invade_irrev": "usnk_strike_invade_irrev",
    "PrisonersDilemma_2x2": "prisoners_dilemma_2x2",
    "Chicken_2x2": "chicken_2x2",
}
CONCEPTS = ("Nash", "GMR", "SMR", "SEQ")


def load_case(name: str) -> ConflictModel:
    return ConflictModel.model_validate(yaml.safe_load((DATA / f"{name}.yaml").read_text()))


@pytest.fixture(scope="module")
def expected(shared_dir: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    return json.loads((shared_dir / "reference/gmcr/derived/expected_equilibria.json").read_text())


@pytest.mark.parametrize("case", list(CASES))
def test_graph_matches_reference(case: str, expected: dict) -> None:  # type: ignore[type-arg]
    ref = expected[case]
    g = build(load_case(CASES[case]))
    assert g.codes is not None
    assert [int(c) for c in g.codes] == [s["decimal"] for s in ref["states"]]
    for k in range(len(g.dms)):
        for s in range(g.n):
            assert sorted(int(t) + 1 for t in g.moves[k].of(s)) == sorted(ref["reachable"][k][s])
        ours, theirs = g.payoff[k], np.array(ref["payoffs"][k])
        assert (np.sign(ours[:, None] - ours[None, :]) == np.sign(theirs[:, None] - theirs[None, :])).all()


@pytest.mark.parametrize("case", list(CASES))
def test_equilibria_match_reference(case: str, expected: dict) -> None:  # type: ignore[type-arg]
    ref = expected[case]["equilibria_canonical"]
    g = build(load_case(CASES[case]))
    result = stability(g, [c.lower() for c in CONCEPTS])
    # the same graph through the layered algorithm that abstract graphs take
    layered = stability(dataclasses.replace(g, transitive=False, reach_moves=()),
                        [c.lower() for c in CONCEPTS])
    for concept in CONCEPTS:
        fast = [s + 1 for s in result.equilibria(concept.lower())]
        literal = [s + 1 for s in definitions.equilibria(g, concept.lower())]
        assert fast == ref[concept], concept
        assert literal == ref[concept], concept
        assert (layered.stable[concept.lower()] == result.stable[concept.lower()]).all(), concept


def test_garrison_state_6_needs_an_opponent_to_move_twice() -> None:
    """Canadian Opposition's improvement 6 -> 2 is sanctioned only by US Support -> US Opposition
    -> US Support (2 -> 1 -> 4 -> 3): state 6 is GMR-stable, and is not when each opponent may
    move only once (what gmcr-py 0.4.1 does)."""
    from accord.conflict.explain import sanction_path

    g = build(load_case("garrison"))
    ca = g.movers.index("CA_OPPOSITION")
    assert definitions.is_stable(g, ca, 5, "gmr")
    path = sanction_path(g, ca, 5, 1, "gmr")
    assert path is not None
    assert [g.movers[k] for k, _, _ in path] == ["US_SUPPORT", "US_OPPOSITION", "US_SUPPORT"]
    assert [t + 1 for _, _, t in path] == [1, 4, 3]


@pytest.mark.parametrize("case", ["Prisoners", "SyriaIraq", "SI_misp", "Cuban", "Elmira", "Garrison",
                                  "MilkRiver"])
def test_sim_matches_gmcr_plus_examples(case: str, expected: dict) -> None:  # type: ignore[type-arg]
    g = build(load_case(CASES[case]))
    assert [s + 1 for s in stability(g, ["sim"]).equilibria("sim")] == \
        expected[case]["equilibria_gmcrpy"]["SIM"]


def test_sim_usnk_is_the_blogs_simultaneous_result() -> None:
    """The tutorial's 'simultaneous sanctioning' result for the strike-irreversible model is
    decimal {0, 4, 5, 10} (ordered 1, 4, 5, 9); gmcr-py's SIM row lacks 9 (see docs)."""
    g = build(load_case("usnk_strike_irrev"))
    assert g.codes is not None
    sim = stability(g, ["sim"]).equilibria("sim")
    assert [int(g.codes[s]) for s in sim] == [0, 4, 5, 10]


def test_limited_move_horizon_one_is_nash() -> None:
    for name in ("cuban", "syria_iraq", "usnk_strike_irrev", "prisoners"):
        g = build(load_case(name))
        r = stability(g, ["nash", "lh"], horizon=1)
        assert (r.stable["lh"] == r.stable["nash"]).all()
