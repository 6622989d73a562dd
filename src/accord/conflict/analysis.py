"""One call that answers the usual questions about a conflict model: equilibria under each
concept, whether the status quo is stable and why, and where unilateral improvements lead from
it. Used by `accord conflict` and the analyze report; JSON-ready output."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from accord.conflict.explain import explain_state, state_words
from accord.conflict.graph import Graph, build
from accord.conflict.stability import stability
from accord.conflict.status_quo import status_quo
from accord.model.conflict import ConflictModel

DEFAULT_CONCEPTS = ("nash", "gmr", "smr", "seq")
MAX_LISTED = 2000
"""Models with more states list only the equilibria, not every state."""


def parse_state(graph: Graph, text: str) -> int:
    """A state given as its 1-based number, a Y/N string (one letter per option in file order)
    or a comma-separated list of the options taken ('' = none); raises ValueError with the fix."""
    text = text.strip()
    if re.fullmatch(r"\d+", text):
        s = int(text)
        if not 1 <= s <= graph.n:
            raise ValueError(f"state {s} does not exist; states are numbered 1..{graph.n}")
        return s - 1
    k = len(graph.option_ids)
    if re.fullmatch(r"[YN]+", text) and len(text) == k:
        taken = [o for o, c in zip(graph.option_ids, text, strict=True) if c == "Y"]
    else:
        taken = [t.strip() for t in text.split(",") if t.strip()]
        unknown = [t for t in taken if t not in graph.option_ids]
        if unknown:
            raise ValueError(f"unknown option(s) {', '.join(unknown)}; give a state number, a Y/N "
                             f"string of {k} letters or options taken among: {', '.join(graph.option_ids)}")
    s_idx = graph.index_of(taken)
    if s_idx is None:
        raise ValueError(f"the state with options {taken or 'none'} taken is infeasible")
    return s_idx


def status_quo_state(model: ConflictModel, graph: Graph) -> int | None:
    if model.status_quo is None:
        return None
    s = graph.index_of(model.status_quo)
    if s is None:
        raise ValueError(f"the status quo {model.status_quo} is not a feasible state; correct "
                         "`status_quo` or the feasibility rules")
    return s


def analyze(model: ConflictModel, concepts: tuple[str, ...] = DEFAULT_CONCEPTS,
            state: int | None = None, start: int | None = None, horizon: int = 2,
            graph: Graph | None = None,
            progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Equilibria per concept, per-mover stability, the explanation of `state` (default: the
    status quo) and the status-quo analysis from `start` (default: the status quo).
    `progress(done, total)` follows the stability computation (see `stability`)."""
    graph = graph or build(model)
    result = stability(graph, concepts, horizon=horizon, progress=progress)
    sq = status_quo_state(model, graph)
    state = sq if state is None else state
    start = sq if start is None else start
    out: dict[str, Any] = {
        "title": model.title, "decision_makers": list(graph.movers),
        "options": [{"id": o, "words": w, "dm": graph.dms[graph.option_owner[k]]}
                    for k, (o, w) in enumerate(zip(graph.option_ids, graph.option_words, strict=True))],
        "n_states": graph.n, "concepts": list(concepts),
        "equilibria": {c: [_state_entry(graph, s) for s in result.equilibria(c)] for c in concepts},
    }
    if graph.n <= MAX_LISTED:
        out["states"] = [dict(_state_entry(graph, s), payoff={d: int(graph.payoff[i, s])
                                                             for i, d in enumerate(graph.dms)},
                              stable={c: [graph.movers[k] for k in range(len(graph.movers))
                                          if result.stable[c][k, s]] for c in concepts})
                         for s in range(graph.n)]
    if state is not None:
        out["state"] = dict(_state_entry(graph, state),
                            equilibrium={c: state in set(result.equilibria(c)) for c in concepts},
                            explanation=explain_state(graph, state, tuple(
                                c for c in concepts if c in ("nash", "gmr", "smr", "seq"))))
    if start is not None:
        out["status_quo"] = status_quo(graph, start, result, concepts)
    return out


def _state_entry(graph: Graph, s: int) -> dict[str, Any]:
    return {"state": s + 1, "label": graph.state_label(s), "words": state_words(graph, s)}
