"""The stability definitions checked literally, one state and one improvement at a time (Fang,
Hipel & Kilgour 1993). Slow but obviously right: the reference the fast algorithm in
`accord.conflict.stability` is tested against, the baseline of `benchmarks/conflict.py`, and the
engine behind single-state questions (inverse analysis, coalition SMR).

The opponents' reachable set R_H(s1) is explored as pairs (state, last mover): from (t, k) any
opponent l != k may move, so a sequence never has the same opponent twice in a row, but an
opponent may move again later.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

import numpy as np

from accord.conflict.graph import BoolArray, Graph

CONCEPTS = ("nash", "gmr", "smr", "seq")


def opponents_reach(graph: Graph, f: int, s1: int, improving: bool) -> Iterator[int]:
    """States the opponents of mover f reach from s1 by legal sequences of one or more moves
    (each a unilateral improvement for its mover when `improving`), breadth first; a state may
    come more than once (with different last movers). Lazy, so a search can stop early."""
    opp = [k for k in range(len(graph.movers)) if k != f]
    edges = graph.improvements if improving else graph.moves
    seen: set[tuple[int, int]] = set()
    queue: deque[tuple[int, int]] = deque([(s1, f)])
    while queue:
        t, last = queue.popleft()
        for k in opp:
            if k == last:
                continue
            for t2 in edges[k].of(t):
                node = (int(t2), k)
                if node not in seen:
                    seen.add(node)
                    yield node[0]
                    queue.append(node)


def _no_better(graph: Graph, f: int, t: int, s: int) -> bool:
    """t is no better than s for mover f: for a coalition, not better for every member."""
    return any(graph.payoff[m, t] <= graph.payoff[m, s] for m in graph.members[f])


def is_stable(graph: Graph, f: int, s: int, concept: str) -> bool:
    """Whether state s is stable for mover f under `concept`, straight from the definition."""
    improvements = [int(x) for x in graph.improvements[f].of(s)]
    if concept == "nash":
        return not improvements
    for s1 in improvements:
        reach = opponents_reach(graph, f, s1, improving=concept == "seq")
        if concept == "smr":
            ok = any(_no_better(graph, f, s2, s) and
                     all(_no_better(graph, f, int(s3), s) for s3 in graph.moves[f].of(s2))
                     for s2 in reach)
        elif concept in ("gmr", "seq"):
            ok = any(_no_better(graph, f, s2, s) for s2 in reach)
        else:
            raise ValueError(f"unknown concept {concept!r}; use one of {', '.join(CONCEPTS)}")
        if not ok:
            return False
    return True


def stable_states(graph: Graph, f: int, concept: str) -> BoolArray:
    """`is_stable` for every state."""
    return np.array([is_stable(graph, f, s, concept) for s in range(graph.n)], dtype=bool)


def is_equilibrium(graph: Graph, s: int, concept: str) -> bool:
    return all(is_stable(graph, f, s, concept) for f in range(len(graph.movers)))


def equilibria(graph: Graph, concept: str) -> list[int]:
    """States (0-based) stable for every mover, by the literal definitions."""
    return [s for s in range(graph.n) if is_equilibrium(graph, s, concept)]
