"""GMCR+ .gmcr import and export."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from accord.conflict import build, stability
from accord.interop.gmcr import from_gmcr, read_gmcr, to_gmcr
from accord.io import ScenarioFileError
from tests.test_conflict_reference import CASES, load_case

CONCEPTS = ("nash", "gmr", "smr", "seq")


def _same_graph(a, b) -> None:  # type: ignore[no-untyped-def]
    ga, gb = build(a), build(b)
    assert list(ga.codes) == list(gb.codes)
    for k in range(len(ga.dms)):
        for s in range(ga.n):
            assert list(ga.moves[k].of(s)) == list(gb.moves[k].of(s))
        pa, pb = ga.payoff[k], gb.payoff[k]
        assert (np.sign(pa[:, None] - pa[None, :]) == np.sign(pb[:, None] - pb[None, :])).all()


@pytest.mark.parametrize("name", ["USNK_strike_irrev", "USNK_strike_invade_irrev"])
def test_usnk_gmcr_files_import_and_round_trip(name: str, shared_dir: Path) -> None:
    path = shared_dir / f"reference/gmcr/derived/{name}.gmcr"
    model = read_gmcr(path)
    expected = json.loads((shared_dir / "reference/gmcr/derived/expected_equilibria.json").read_text())
    r = stability(build(model), CONCEPTS)
    for c, key in zip(CONCEPTS, ("Nash", "GMR", "SMR", "SEQ"), strict=True):
        assert [s + 1 for s in r.equilibria(c)] == expected[name]["equilibria_canonical"][key]
    again = from_gmcr(to_gmcr(model))
    assert again == model
    original = json.loads(path.read_text())
    exported = to_gmcr(model)
    assert exported["options"] == original["options"]
    assert exported["infeasibles"] == original["infeasibles"]
    for ours, theirs in zip(exported["decisionMakers"], original["decisionMakers"], strict=True):
        assert ours["preferenceRanking"] == theirs["preferenceRanking"]


@pytest.mark.parametrize("name", list(CASES.values()))
def test_own_models_survive_gmcr_export(name: str) -> None:
    model = load_case(name)
    _same_graph(model, from_gmcr(json.loads(json.dumps(to_gmcr(model)))))


def test_option_prioritisation_round_trip() -> None:
    from accord.model.conflict import ConflictModel

    model = ConflictModel.model_validate({"dms": [
        {"id": "A", "options": [{"id": "x"}, {"id": "y", "direction": "take_only"}],
         "preferences": [{"statement": "x iff z"}, {"statement": "-y if x"}, {"statement": "y | z"}]},
        {"id": "B", "options": [{"id": "z"}], "preferences": [{"statement": "-x & z"}],
         "misperceptions": ["x & y"]}],
        "feasibility": [{"kind": "requires", "option": "z", "options": ["x"]}]})
    _same_graph(model, from_gmcr(to_gmcr(model)))


@pytest.mark.parametrize("data, fragment", [
    ([], "a JSON object"),
    ({"options": [{"name": "a"}], "decisionMakers": [{"name": "A", "options": [0]},
                                                    {"name": "B", "options": [0]}]},
     "already controlled by decision maker 0"),
    ({"options": [{"name": "a"}, {"name": "b"}], "decisionMakers": [
        {"name": "A", "options": [0], "preferences": [[[5, "Y"]]]}, {"name": "B", "options": [1]}]},
     "option index 0..1"),
    ({"options": [{"name": "a", "permittedDirection": "sideways"}],
      "decisionMakers": [{"name": "A", "options": [0]}, {"name": "B", "options": []}]},
     "both, fwd or back"),
])
def test_malformed_gmcr_is_reported(data, fragment: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ScenarioFileError) as info:
        from_gmcr(data, "bad.gmcr")
    assert fragment in str(info.value)
