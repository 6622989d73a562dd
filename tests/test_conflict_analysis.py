"""Inverse, coalition, status-quo analysis and explanations on the reference cases."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.conflict import build, definitions, from_moves, stability
from accord.conflict.coalitions import coalition_analysis
from accord.conflict.explain import explain_state
from accord.conflict.inverse import (
    InverseTooLarge,
    inverse_counts,
    inverse_counts_brute,
    with_payoff,
)
from accord.conflict.status_quo import status_quo
from tests.test_conflict_reference import load_case


def test_inverse_syria_iraq_state_2_over_all_720_syria_rankings() -> None:
    """Canonical counts (README of the GMCR reference data): the GMCR+ guide's 420 for SEQ/GMR
    comes from a bug that looks only at the last improvement."""
    g = build(load_case("syria_iraq"))
    counts = inverse_counts(g, g.dms.index("SYR"), 1)
    assert counts == {"nash": 240, "gmr": 384, "smr": 300, "seq": 384, "rankings": 720}


def test_inverse_counts_equal_the_enumeration_of_all_rankings_on_syria_iraq() -> None:
    g = build(load_case("syria_iraq"))
    for dm in range(len(g.dms)):
        for state in range(g.n):
            assert inverse_counts(g, dm, state) == inverse_counts_brute(g, dm, state), (dm, state)


@st.composite
def _small_graphs(draw: st.DrawFn):  # type: ignore[no-untyped-def]
    n = draw(st.integers(2, 6))
    k = draw(st.integers(2, 4))
    reach = [[sorted(draw(st.sets(st.integers(0, n - 1), max_size=min(n, 4))) - {s})
              for s in range(n)] for _ in range(k)]
    levels = draw(st.integers(1, n))
    payoff = [[draw(st.integers(0, levels)) for _ in range(n)] for _ in range(k)]
    return from_moves([f"D{i}" for i in range(k)], reach, payoff), draw(st.integers(0, k - 1)), \
        draw(st.integers(0, n - 1))


@settings(max_examples=40, deadline=None)
@given(_small_graphs())
def test_combinatorial_inverse_counts_equal_brute_force(case) -> None:  # type: ignore[no-untyped-def]
    """Nash, GMR, SMR and SEQ (including SEQ where the others' stability depends on the ranking)
    on random graphs with 3-4 decision makers and ties among the others' preferences."""
    g, dm, state = case
    assert inverse_counts(g, dm, state) == inverse_counts_brute(g, dm, state)


@settings(max_examples=40, deadline=None)
@given(_small_graphs())
def test_smr_search_counter_equals_subset_enumeration(case) -> None:  # type: ignore[no-untyped-def]
    """The branching counter agrees with the enumeration of all 2^m subsets."""
    from accord.conflict.inverse import _count_smr

    g, dm, state = case
    moves = [int(t) for t in g.moves[dm].of(state)]
    total = math.factorial(g.n)
    assert _count_smr(g, dm, state, moves, total) == _count_smr(g, dm, state, moves, total,
                                                                 force_enumeration=True)


def test_inverse_nash_is_n_factorial_over_reachable_plus_one_at_any_size() -> None:
    g = build(load_case("milk_river"))  # 36 states: 36! rankings, far beyond enumeration
    for state in (0, 7, 20):
        r = len(g.moves[0].of(state))
        others = all(definitions.is_stable(g, f, state, "nash") for f in range(1, len(g.movers)))
        counts = inverse_counts(g, 0, state, ("nash",))
        assert counts == {"nash": math.factorial(36) // (r + 1) * others, "rankings": math.factorial(36)}


def test_inverse_on_36_states_agrees_with_sampled_rankings() -> None:
    """Milk River, decision maker 0, state 1: GMR and SMR (the SMR sanction set has 35 states, so
    the branching counter runs) against 1,500 rankings drawn with a fixed seed: the sampled share
    lies within 5 standard errors of the exact share."""
    g = build(load_case("milk_river"))
    counts = inverse_counts(g, 0, 0, ("gmr", "smr"))
    rng = np.random.default_rng(7)
    hits = dict.fromkeys(("gmr", "smr"), 0)
    draws = 1500
    for _ in range(draws):
        g2 = with_payoff(g, 0, rng.permutation(g.n).astype(np.int64) + 1)
        for c in hits:
            hits[c] += definitions.is_equilibrium(g2, 0, c)
    for c in hits:
        p = counts[c] / counts["rankings"]
        assert 0 < p < 1
        assert abs(hits[c] / draws - p) <= 5 * math.sqrt(p * (1 - p) / draws), (c, p, hits[c])


def test_inverse_seq_where_the_other_side_depends_on_the_ranking() -> None:
    """US-North Korea (12 states), US, state 3: North Korea's SEQ stability depends on the US
    ranking (its sanctions use US improvements); the dynamic programme counts it exactly, and
    the count lies between the counts that ignore North Korea's condition in either direction."""
    g = build(load_case("usnk_strike_invade_irrev"))
    counts = inverse_counts(g, 0, 2)
    assert counts["seq"] <= counts["gmr"] and counts["nash"] <= counts["seq"]
    assert 0 < counts["seq"] < counts["rankings"]


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


def test_smr_beyond_the_counter_says_which_size_is_supported() -> None:
    """A dense random 3-DM graph of 300 states: the opponents reach nearly everything, so the SMR
    sanction set is far beyond what can be counted exactly; Nash and GMR still are."""
    import random

    rng = random.Random(11)
    n = 300
    reach = [[sorted(set(rng.sample(range(n), 10)) - {s}) for s in range(n)] for _ in range(3)]
    payoff = [[n + 1 if s == 0 and d > 0 else rng.randint(0, n) for s in range(n)] for d in range(3)]
    g = from_moves(["D0", "D1", "D2"], reach, payoff)
    counts = inverse_counts(g, 0, 0, ("nash", "gmr"))
    assert counts["nash"] == math.factorial(n) // (len(g.moves[0].of(0)) + 1)
    with pytest.raises(InverseTooLarge, match="limited to 22 states in the sanction set of the target "
                                              "state, or up to 200 when they split"):
        inverse_counts(g, 0, 0, ("smr",))


def test_seq_dynamic_programme_equals_brute_force_where_the_others_depend() -> None:
    """Seeded random 3-4 DM graphs of up to 7 states, kept only where the other decision makers'
    SEQ stability depends on the ranking (so the dynamic programme runs)."""
    import random

    from accord.conflict.inverse import _others_seq

    rng = random.Random(3)
    checked = 0
    while checked < 12:
        n, k = rng.randint(4, 7), rng.randint(3, 4)
        reach = [[sorted(set(rng.sample(range(n), rng.randint(0, 3))) - {s}) for s in range(n)]
                 for _ in range(k)]
        payoff = [[rng.randint(0, 3) for _ in range(n)] for _ in range(k)]
        g = from_moves([f"D{i}" for i in range(k)], reach, payoff)
        dm, state = rng.randrange(k), rng.randrange(n)
        if _others_seq(g, dm, state, [f for f in range(k) if f != dm]) is not None:
            continue
        checked += 1
        assert inverse_counts(g, dm, state, ("seq",)) == inverse_counts_brute(g, dm, state, ("seq",))


def test_seq_beyond_the_budget_says_which_size_is_supported() -> None:
    g = build(load_case("garrison"))  # 23 states; decision maker 4, state 13: 19 states matter
    with pytest.raises(InverseTooLarge, match="limited to 100,000 partial orders"):
        inverse_counts(g, 3, 12, ("seq",))


def test_status_quo_says_where_it_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    from accord.conflict import status_quo as sq_module

    g = build(load_case("cuban"))
    r = stability(g)
    full = status_quo(g, 0, r)
    assert "note" not in full
    monkeypatch.setattr(sq_module, "MAX_VISITED", 2)
    cut = status_quo(g, 0, r)
    assert cut["reachable_states"] < full["reachable_states"]
    assert "stopped after 2 reachable states" in cut["note"]


def test_inverse_refuses_models_beyond_exact_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    from accord.conflict import inverse

    g = build(load_case("cuban"))
    monkeypatch.setattr(inverse, "MAX_EXACT_STATES", g.n - 1)
    with pytest.raises(inverse.InverseTooLarge, match=f"limited to {g.n - 1:,} states"):
        inverse.inverse_counts(g, 0, 0, ("nash",))
