"""Inverse, coalition, status-quo analysis and explanations on the reference cases."""

from __future__ import annotations

import pytest

from accord.conflict import build, stability
from accord.conflict.coalitions import coalition_analysis
from accord.conflict.explain import explain_state
from accord.conflict.inverse import inverse_counts
from accord.conflict.status_quo import status_quo
from tests.test_conflict_reference import load_case


def test_inverse_syria_iraq_state_2_over_all_720_syria_rankings() -> None:
    """Canonical counts (README of the GMCR reference data): the GMCR+ guide's 420 for SEQ/GMR
    comes from a bug that looks only at the last improvement."""
    g = build(load_case("syria_iraq"))
    counts = inverse_counts(g, g.dms.index("SYR"), 1)
    assert counts == {"nash": 240, "gmr": 384, "smr": 300, "seq": 384, "rankings": 720}


def test_inverse_refuses_too_many_states() -> None:
    g = build(load_case("garrison"))
    with pytest.raises(ValueError, match="at most 9 states"):
        inverse_counts(g, 0, 0)


def test_elmira_coalition_moe_uniroyal() -> None:
    """With MoE and Uniroyal acting together, state 7 (published 5) is no longer an equilibrium:
    from the status quo 1, LG improves to 7 and the coalition to 10 (published 8), the
    historical outcome."""
    model = load_case("elmira")
    result = coalition_analysis(model, ["MOE", "UNIROYAL"], ("nash", "gmr", "smr", "seq"), start=0)
    for c in ("nash", "gmr", "smr", "seq"):
        info = result["concepts"][c]
        assert 7 in info["individual"] and 7 not in info["with_coalition"]
        assert [lost["state"] for lost in info["lost"]] == [7]
        assert "(state 7 -> 10)" in info["lost"][0]["coalition_improvements"][0]
    path = next(r["path"] for r in result["status_quo"]["concepts"]["nash"]["reachable_equilibria"]
                if r["state"] == 10)
    assert [(p["mover"], p["from"], p["to"]) for p in path] == [("LG", 1, 7), ("MOE + UNIROYAL", 7, 10)]


def test_status_quo_paths_follow_improvements() -> None:
    g = build(load_case("cuban"))
    r = stability(g)
    sq = status_quo(g, 0, r)
    eq = set(r.equilibria("seq"))
    for entry in sq["concepts"]["seq"]["reachable_equilibria"]:
        assert entry["state"] - 1 in eq
        at = 0
        for step in entry["path"]:
            k = g.movers.index(step["mover"])
            assert step["from"] - 1 == at
            assert step["to"] - 1 in g.improvements[k].of(at)
            at = step["to"] - 1
        assert at == entry["state"] - 1
    assert sq["concepts"]["seq"]["reachable_equilibria"]


def test_explanations_cover_every_improvement_and_agree_with_stability() -> None:
    g = build(load_case("garrison"))
    r = stability(g)
    for s in range(g.n):
        for entry in explain_state(g, s):
            f = g.movers.index(entry["mover"])
            assert len(entry["improvements"]) == len(g.improvements[f].of(s))
            for c in ("nash", "gmr", "smr", "seq"):
                assert entry["stable"][c] == bool(r.stable[c][f, s])
            for imp in entry["improvements"]:
                assert imp["text"].startswith(f"If {entry['mover']} ")


def test_garrison_state_6_explained_in_words() -> None:
    g = build(load_case("garrison"))
    entry = next(e for e in explain_state(g, 5) if e["mover"] == "CA_OPPOSITION")
    imp = next(i for i in entry["improvements"] if i["to"] == 2)
    assert [step["mover"] for step in imp["sanctions"]["gmr"]] == ["US_SUPPORT", "US_OPPOSITION",
                                                                  "US_SUPPORT"]
    assert imp["sanctions"]["seq"] is None
    assert "Under SEQ nothing deters it" in imp["text"]
