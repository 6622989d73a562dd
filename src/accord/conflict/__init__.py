"""Graph Model for Conflict Resolution: which states of a conflict are stable, why, and how the
conflict could move from today's state to one of them.

    >>> from accord.conflict import build, stability
    >>> graph = build(model)                      # a `accord.model.ConflictModel`
    >>> result = stability(graph, ["nash", "gmr", "smr", "seq"])
    >>> result.equilibria("seq")                   # 0-based state indices

Modules: `graph` (states, moves, payoffs), `stability` (fast algorithms for every concept),
`definitions` (the literal definitions, for checking), `explain` (improving moves and sanction
paths in words), `status_quo`, `coalitions`, `inverse`.
"""

from accord.conflict.graph import ConflictModelInvalid, Graph, Moves, build, from_moves
from accord.conflict.stability import CONCEPTS, Stability, equilibria, stability

__all__ = ["CONCEPTS", "ConflictModelInvalid", "Graph", "Moves", "Stability", "build", "equilibria",
           "from_moves", "stability"]
