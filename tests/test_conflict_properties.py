"""Invariants of the stability concepts on random graph models with ties, and agreement of the
fast algorithm with the literal definitions (hypothesis)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.conflict import build, definitions, from_moves, stability
from accord.conflict.explain import sanction_path
from accord.model.conflict import ConflictModel

CONCEPTS = ("nash", "gmr", "smr", "seq")


@st.composite
def graph_models(draw: st.DrawFn):  # type: ignore[no-untyped-def]
    n = draw(st.integers(2, 9))
    k = draw(st.integers(2, 4))
    reach = [[sorted(draw(st.sets(st.integers(0, n - 1), max_size=min(n, 4))) - {s})
              for s in range(n)] for _ in range(k)]
    levels = draw(st.integers(1, n))  # few levels = many ties
    payoff = [[draw(st.integers(0, levels)) for _ in range(n)] for _ in range(k)]
    return from_moves([f"D{i}" for i in range(k)], reach, payoff)


@st.composite
def option_models(draw: st.DrawFn) -> ConflictModel:
    k = draw(st.integers(2, 4))
    dms, names = [], []
    for d in range(k):
        opts = []
        for j in range(draw(st.integers(1, 2))):
            oid = f"o{d}{j}"
            names.append(oid)
            opts.append({"id": oid, "direction": draw(st.sampled_from(["both", "both", "take_only",
                                                                       "drop_only"]))})
        dms.append({"id": f"D{d}", "options": opts})
    for dm in dms:
        n_stmt = draw(st.integers(0, 3))
        stmts = []
        for _ in range(n_stmt):
            a, b = draw(st.sampled_from(names)), draw(st.sampled_from(names))
            form = draw(st.sampled_from(["{a}", "-{a}", "{a} & -{b}", "{a} if {b}", "{a} iff {b}",
                                         "{a} | {b}"]))
            stmts.append({"statement": form.format(a=a, b=b)})
        dm["preferences"] = stmts
    rules = []
    if draw(st.booleans()) and len(names) >= 2:
        a, b = draw(st.sampled_from(names)), draw(st.sampled_from(names))
        if a != b:
            rules.append({"kind": "mutually_exclusive", "options": [a, b]})
    if draw(st.booleans()):
        a, b = draw(st.sampled_from(names)), draw(st.sampled_from(names))
        dms[draw(st.integers(0, k - 1))]["misperceptions"] = [f"{a} & -{b}" if a != b else a]
    data = {"dms": dms, "feasibility": rules}
    if draw(st.booleans()):
        data["coalitions"] = [["D0", "D1"]]
    return ConflictModel.model_validate(data)


def _check_inclusions(r: dict[str, np.ndarray]) -> None:
    nash, gmr, smr, seq = (r[c] for c in CONCEPTS)
    assert not (nash & ~seq).any() and not (seq & ~gmr).any()
    assert not (nash & ~smr).any() and not (smr & ~gmr).any()


@settings(max_examples=150, deadline=None)
@given(graph_models())
def test_inclusions_and_literal_agreement_on_random_graphs(g) -> None:  # type: ignore[no-untyped-def]
    r = stability(g, CONCEPTS).stable
    _check_inclusions(r)
    for c in CONCEPTS:
        for f in range(len(g.movers)):
            assert (r[c][f] == definitions.stable_states(g, f, c)).all(), (c, f)


@settings(max_examples=60, deadline=None)
@given(option_models())
def test_option_models_and_coalitions_agree_with_definitions(model: ConflictModel) -> None:
    for groups in ([], model.coalitions):
        g = build(model, groups)
        r = stability(g, CONCEPTS).stable
        _check_inclusions(r)
        for c in CONCEPTS:
            for f in range(len(g.movers)):
                assert (r[c][f] == definitions.stable_states(g, f, c)).all(), (c, f, groups)


@settings(max_examples=60, deadline=None)
@given(graph_models())
def test_every_stable_improvement_has_a_valid_sanction_path(g) -> None:  # type: ignore[no-untyped-def]
    r = stability(g, ("gmr", "seq")).stable
    for f in range(len(g.movers)):
        for s in range(g.n):
            for s1 in g.improvements[f].of(s):
                for c in ("gmr", "seq"):
                    path = sanction_path(g, f, s, int(s1), c)
                    if r[c][f, s]:
                        assert path is not None
                    if path is None:
                        continue
                    at, last = int(s1), f
                    for k, a, b in path:
                        assert a == at and k != last and k != f
                        edges = g.improvements[k] if c == "seq" else g.moves[k]
                        assert b in edges.of(a)
                        at, last = b, k
                    assert g.payoff[f, at] <= g.payoff[f, s]


def _relation(moves, n: int) -> np.ndarray:  # type: ignore[no-untyped-def]
    rel = np.zeros((n, n), dtype=bool)
    rel[moves.sources(), moves.targets] = True
    return rel


def _closure(rel: np.ndarray) -> np.ndarray:
    """Reflexive-transitive closure of a small dense relation."""
    reach = rel | np.eye(len(rel), dtype=bool)
    while True:
        more = reach | ((reach.astype(np.int64) @ reach.astype(np.int64)) > 0)
        if (more == reach).all():
            return reach
        reach = more


@settings(max_examples=80, deadline=None)
@given(option_models())
def test_option_model_moves_are_transitive_and_the_skeleton_reaches_the_same_states(
        model: ConflictModel) -> None:
    """What the fast GMR/SMR/SEQ path relies on: in a graph built from options every mover's
    moves and improvements are transitive, and `reach_moves` (a few edges per state) reaches
    exactly what the moves reach."""
    for groups in ([], model.coalitions):
        g = build(model, groups)
        assert g.transitive
        for k in range(len(g.movers)):
            for edges in (g.moves[k], g.improvements[k]):
                rel = _relation(edges, g.n)
                two_steps = (rel.astype(np.int64) @ rel.astype(np.int64)) > 0
                assert not (two_steps & ~rel & ~np.eye(g.n, dtype=bool)).any()
            assert (_closure(_relation(g.reach_moves[k], g.n)) ==
                    _closure(_relation(g.moves[k], g.n))).all()
            assert not (_relation(g.reach_moves[k], g.n) & ~_relation(g.moves[k], g.n)).any()
