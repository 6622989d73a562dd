"""The flagship scenario's conflict model and the conflict section of `accord analyze`."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

import accord
from accord.conflict import build, definitions, stability
from accord.report.sections.conflict import SECTION
from tests.cli import run


def test_flagship_conflict_model_is_complete() -> None:
    s = accord.load("ukraine-2022-2026")
    model = s.conflict
    assert model is not None
    assert [dm.id for dm in model.dms] == ["RUS", "UKR", "USA", "EUR"]
    ids = set(model.option_ids)
    assert {"continue_offensive", "withdraw_donbas", "renounce_nato", "deploy_force", "us_sanctions",
            "us_long_range", "binding_guarantee"} <= ids
    assert any(o.direction != "both" for o in model.options)  # irreversible options
    assert model.feasibility
    for dm in model.dms:
        assert dm.preferences
        for st in dm.preferences:
            assert st.evidence, (dm.id, st.statement)  # a source or an explicit assumption
    assert model.status_quo is not None


def test_flagship_results_agree_with_the_definitions() -> None:
    model = accord.load("ukraine-2022-2026").conflict
    assert model is not None
    g = build(model)
    r = stability(g)
    for c in ("nash", "gmr", "smr", "seq"):
        assert r.equilibria(c) == definitions.equilibria(g, c)


def test_analyze_shows_the_conflict_section() -> None:
    code, stdout, _ = run("analyze", "--json")
    assert code == 0
    data = json.loads(stdout)["conflict"]
    assert set(data["equilibria"]) == {"nash", "gmr", "smr", "seq"}
    state = data["state"]
    assert set(state["equilibrium"]) == {"nash", "gmr", "smr", "seq"}
    assert [e["mover"] for e in state["explanation"]] == ["RUS", "UKR", "USA", "EUR"]
    assert data["status_quo"]["start"] == state["state"]
    # every move away from today's state is explained by a preference statement and its source
    for entry in state["explanation"]:
        for item in entry.get("other_moves", []) + entry["improvements"]:
            assert item["text"]
    code, stdout, _ = run("analyze")
    assert code == 0 and "Conflict stability" in stdout and "Today's state" in " ".join(stdout.split())


def test_section_builds_the_same_twice() -> None:
    """Rebuilding the section gives the same content (its speed is a benchmark's business,
    `python benchmarks/conflict.py`, never a timed unit test)."""
    s = accord.load("ukraine-2022-2026")
    assert SECTION.build(s, s.as_of) == SECTION.build(s, s.as_of)


def test_conflict_command_on_the_flagship() -> None:
    code, stdout, _ = run("conflict", "--json")
    assert code == 0
    assert json.loads(stdout)["decision_makers"] == ["RUS", "UKR", "USA", "EUR"]


def test_decision_maker_must_be_a_scenario_actor(tmp_path: Path) -> None:
    s = accord.load("ukraine-2022-2026")
    data = yaml.safe_load(s.to_yaml())
    data["conflict"]["dms"][0]["id"] = "XYZ"
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    code, _, stderr = run("conflict", str(path))
    assert code == 2
    assert "XYZ" in stderr and "not an actor" in stderr and "bad.yaml" in stderr


def test_no_flagship_decision_maker_is_frozen_by_feasibility_rules() -> None:
    """Regression: `deploy_force` and `binding_guarantee` required both ceasefires as a state
    rule, so once Europe deployed Russia had no legal move and 8 of 16 Nash equilibria were
    stable only for that reason. Resuming the offensive is now a legal move whose cost is in
    Russia's preferences."""
    from accord.conflict.freeze import frozen_moves

    model = accord.load("ukraine-2022-2026").conflict
    assert model is not None
    assert frozen_moves(model) == []
    g = build(model)
    deployed = g.index_of(["rus_ceasefire", "ukr_ceasefire", "deploy_force", "binding_guarantee"])
    assert deployed is not None
    rus = g.movers.index("RUS")
    targets = {tuple(g.taken(int(t))) for t in g.moves[rus].of(deployed)}
    assert ("continue_offensive", "ukr_ceasefire", "deploy_force", "binding_guarantee") in targets


def test_a_state_rule_that_freezes_a_decision_maker_is_found_with_its_rule() -> None:
    from accord.conflict.freeze import frozen_moves
    from accord.model import ConflictModel

    model = ConflictModel.model_validate({
        "dms": [{"id": "A", "options": [{"id": "fight"}, {"id": "halt"}]},
                {"id": "B", "options": [{"id": "deploy"}]}],
        "feasibility": [{"kind": "mutually_exclusive", "options": ["fight", "halt"]},
                        {"kind": "requires", "option": "deploy", "options": ["halt"]}]})
    found = frozen_moves(model)
    # A, once B deployed, may not resume fighting; B, while A fights, may not deploy
    assert [f["dm"] for f in found] == ["A", "B"]
    assert found[0]["rules"] == [1]
    assert found[0]["options_of_others"] == ["deploy"]
    assert "feasibility[1] (deploy requires halt)" in found[0]["message"]
    assert len(found[0]["states"]) == 1
