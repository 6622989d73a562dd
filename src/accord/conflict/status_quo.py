"""Status-quo analysis: from a given state, which equilibria can the conflict reach by a
sequence of unilateral improvements, and along which path (Li, Hipel, Kilgour & Fang 2004,
"Preference uncertainty in the graph model..." and the GMCR II status-quo analysis)."""

from __future__ import annotations

from collections import deque
from typing import Any

from accord.conflict.explain import move_words, state_words
from accord.conflict.graph import Graph
from accord.conflict.stability import Stability

MAX_VISITED = 200_000


def improvement_paths(graph: Graph, start: int, max_visited: int = MAX_VISITED
                      ) -> dict[int, list[tuple[int, int, int]]]:
    """Shortest path (list of (mover, from, to)) by unilateral improvements from `start` to every
    state it reaches; breadth first, movers in order, so the result is deterministic."""
    parent: dict[int, tuple[int, int]] = {start: (-1, -1)}
    queue: deque[int] = deque([start])
    while queue and len(parent) < max_visited:
        t = queue.popleft()
        for k in range(len(graph.movers)):
            for t2 in graph.improvements[k].of(t):
                t2 = int(t2)
                if t2 not in parent:
                    parent[t2] = (t, k)
                    queue.append(t2)
    paths: dict[int, list[tuple[int, int, int]]] = {}
    for t in parent:
        path = []
        cur = t
        while cur != start:
            prev, k = parent[cur]
            path.append((k, prev, cur))
            cur = prev
        paths[t] = path[::-1]
    return paths


def status_quo(graph: Graph, start: int, result: Stability, concepts: tuple[str, ...] | None = None
               ) -> dict[str, Any]:
    """For each concept: is `start` an equilibrium, and which equilibria are reachable from it
    by unilateral improvements, each with its shortest path in words. JSON-ready."""
    paths = improvement_paths(graph, start, MAX_VISITED)
    out: dict[str, Any] = {"start": start + 1, "start_state": state_words(graph, start),
                           "reachable_states": len(paths), "concepts": {}}
    if len(paths) >= MAX_VISITED:
        out["note"] = (f"stopped after {MAX_VISITED:,} reachable states (breadth first, so the "
                       "equilibria listed are the nearest); more lie beyond")
    for c in concepts or tuple(result.stable):
        eq = set(result.equilibria(c))
        reached = sorted((t for t in paths if t in eq), key=lambda t: (len(paths[t]), t))
        out["concepts"][c] = {
            "start_is_equilibrium": start in eq,
            "reachable_equilibria": [
                {"state": t + 1, "label": graph.state_label(t), "words": state_words(graph, t),
                 "path": [{"mover": graph.movers[k], "from": a + 1, "to": b + 1,
                           "words": move_words(graph, k, a, b)} for k, a, b in paths[t]]}
                for t in reached],
        }
    return out
