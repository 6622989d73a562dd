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
     "\"both\", \"fwd\" or \"back\""),
])
def test_malformed_gmcr_is_reported(data, fragment: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ScenarioFileError) as info:
        from_gmcr(data, "bad.gmcr")
    assert fragment in str(info.value)


def _usnk(shared_dir: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((shared_dir / "reference/gmcr/derived/USNK_strike_irrev.gmcr").read_text())


def _error_of(path: Path) -> str:
    with pytest.raises(ScenarioFileError) as info:
        read_gmcr(path)
    return str(info.value)


@pytest.mark.parametrize("change, expected", [
    (lambda d: d["decisionMakers"][0].__setitem__("preferenceRanking", [-1, 2]),
     ":44: decisionMakers[0].preferenceRanking[0]: found -1; expected a state number from 1"),
    (lambda d: d["decisionMakers"][0].__setitem__("preferenceRanking", [True, 2]),
     ":44: decisionMakers[0].preferenceRanking[0]: found the boolean true; expected a state number"),
    (lambda d: d["decisionMakers"][0].__setitem__("preferenceRanking", [7, 1, 8]),
     ":43: decisionMakers[0].preferenceRanking: found 9 feasible state(s) not ranked"),
    (lambda d: d["decisionMakers"][1].__setitem__("preferenceRanking", [99, 6, 12, 3, 9, 1, 4, 10, 5, 2,
                                                                        11, 7, 8]),
     "decisionMakers[1].preferenceRanking[0]: found the entry 99"),
    (lambda d: d.__setitem__("coalitions", [[0, 7]]),
     ":84: coalitions[0][1]: found the decision maker 7; expected a decision-maker index 0..1"),
    (lambda d: d.__setitem__("coalitions", [0, 5]),
     ":83: coalitions[1]: found the decision maker 5"),
    (lambda d: d.__setitem__("coalitions", [[1, 1]]),
     "coalitions[0][1]: found the decision maker 1 twice"),
    (lambda d: d["decisionMakers"][1].__setitem__("misperceptions", "abc"),
     "decisionMakers[1].misperceptions: found 'abc' (str); expected a list of conditions"),
    (lambda d: d.__setitem__("infeasibles", [[[0, "Y"]], [[0, "N"]]]),
     "infeasibles: found rules that leave no feasible state"),
])
def test_gmcr_errors_name_the_files_own_fields_and_lines(change, expected: str,  # type: ignore[no-untyped-def]
                                                         shared_dir: Path, tmp_path: Path) -> None:
    """One problem, one plain message: the path as the .gmcr file spells it, its line, and no
    converted model dumped into the message (review finding: a nested 'expected found ...')."""
    data = _usnk(shared_dir)
    change(data)
    path = tmp_path / "m.gmcr"
    path.write_text(json.dumps(data, indent=1))
    message = _error_of(path)
    assert expected in message
    assert message.count("found") == 1 and "'dms'" not in message and "ranking[" not in message.replace(
        "preferenceRanking[", "")


def test_gmcr_out_of_range_coalition_index_is_not_dropped(shared_dir: Path) -> None:
    data = _usnk(shared_dir)
    data["coalitions"] = [[0, 7]]
    with pytest.raises(ScenarioFileError) as info:
        from_gmcr(data, "c.gmcr")
    assert "coalitions[0][1]: found the decision maker 7" in str(info.value)
    assert "['US']" not in str(info.value)


def test_interop_uses_only_the_public_io_api() -> None:
    import inspect

    import accord.interop.gmcr as gmcr
    from accord.io import parse_json_text, parse_yaml_text, translate_validation_error
    from accord.io.tree import line_map

    source = inspect.getsource(gmcr)
    assert "accord.io.scenario" not in source and "_parse_" not in source
    data, root = parse_yaml_text("a:\n  b: [1, 2]\n", "x.yaml")
    assert data == {"a": {"b": [1, 2]}} and line_map(root)[("a", "b")] == 2
    data, compose = parse_json_text('{\n "a": [1,\n  2]}', "x.json")
    assert line_map(compose())[("a", 1)] == 3
    from pydantic import ValidationError

    from accord.model.conflict import ConflictModel

    with pytest.raises(ValidationError) as info:
        ConflictModel.model_validate({"dms": [], "extra": 1})
    problems = translate_validation_error(info.value, {"dms": [], "extra": 1}, ConflictModel)
    assert [p.loc for p in problems] == [("dms",), ("extra",)]
