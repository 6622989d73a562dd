"""Inverse GMCR (Kinsara, Kilgour & Hipel 2015): which preference rankings of one decision maker
make a chosen state an equilibrium, counted exactly over every strict ranking of the states
(the other decision makers' preferences fixed)."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator

import numpy as np

from accord.conflict.definitions import is_equilibrium
from accord.conflict.graph import Graph, IntArray

MAX_STATES = 9
"""n! rankings are enumerated: at most 9 states (362,880 rankings)."""


def rankings(n: int) -> Iterator[IntArray]:
    """Every strict ranking of n states as a payoff vector (higher = better), in lexicographic
    order of the ranking (best state first)."""
    for perm in itertools.permutations(range(n)):
        pay = np.empty(n, dtype=np.int64)
        pay[list(perm)] = np.arange(n, 0, -1)
        yield pay


def with_payoff(graph: Graph, dm: int, payoff: IntArray) -> Graph:
    pay = graph.payoff.copy()
    pay[dm] = payoff
    return Graph(dms=graph.dms, payoff=pay, movers=graph.movers, members=graph.members,
                 moves=graph.moves, codes=graph.codes, option_ids=graph.option_ids,
                 option_words=graph.option_words, option_owner=graph.option_owner, model=graph.model)


def inverse_counts(graph: Graph, dm: int, state: int,
                   concepts: tuple[str, ...] = ("nash", "gmr", "smr", "seq")) -> dict[str, int]:
    """For each concept, the number of strict rankings of decision maker `dm` under which
    `state` (0-based) is an equilibrium. Exact: every ranking is checked by the definitions."""
    if graph.n > MAX_STATES:
        raise ValueError(f"inverse analysis enumerates all {graph.n}! rankings; at most "
                         f"{MAX_STATES} states are supported (this model has {graph.n})")
    counts = dict.fromkeys(concepts, 0)
    for pay in rankings(graph.n):
        g = with_payoff(graph, dm, pay)
        for c in concepts:
            counts[c] += is_equilibrium(g, state, c)
    counts["rankings"] = math.factorial(graph.n)
    return counts
