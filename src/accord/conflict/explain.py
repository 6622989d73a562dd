"""Why a state is stable or not, in words: for every unilateral improvement of a mover, the
sanction (a legal sequence of opponent moves) that deters it under each concept, or the fact that
none does."""

from __future__ import annotations

from collections import deque
from typing import Any

from accord.conflict.graph import Graph

Step = tuple[int, int, int]
"""(mover, from state, to state)"""


def _no_better(graph: Graph, f: int, t: int, s: int) -> bool:
    return any(graph.payoff[m, t] <= graph.payoff[m, s] for m in graph.members[f])


def _deters(graph: Graph, f: int, t: int, s: int, concept: str) -> bool:
    if not _no_better(graph, f, t, s):
        return False
    if concept == "smr":
        return all(_no_better(graph, f, int(t3), s) for t3 in graph.moves[f].of(t))
    return True


def sanction_path(graph: Graph, f: int, s: int, s1: int, concept: str) -> list[Step] | None:
    """The shortest legal sequence of opponent moves from s1 (after mover f's improvement
    s -> s1) that leaves f no better off than at s (for SMR: with no escape for f either; for
    SEQ: each move an improvement for its mover); None when there is none."""
    if concept not in ("gmr", "smr", "seq"):
        raise ValueError(f"sanctions are defined for gmr, smr and seq, not {concept!r}")
    edges = graph.improvements if concept == "seq" else graph.moves
    opp = [k for k in range(len(graph.movers)) if k != f]
    start = (s1, f)
    parent: dict[tuple[int, int], tuple[int, int]] = {}
    queue: deque[tuple[int, int]] = deque([start])
    while queue:
        node = queue.popleft()
        t, last = node
        for k in opp:
            if k == last:
                continue
            for t2 in edges[k].of(t):
                nxt = (int(t2), k)
                if nxt in parent or nxt == start:
                    continue
                parent[nxt] = node
                if _deters(graph, f, int(t2), s, concept):
                    path: list[Step] = []
                    cur = nxt
                    while cur != start:
                        prev = parent[cur]
                        path.append((cur[1], prev[0], cur[0]))
                        cur = prev
                    return path[::-1]
                queue.append(nxt)
    return None


def _holds(dnf: list[list[tuple[str, bool]]], taken: set[str]) -> bool:
    return any(all((o in taken) == v for o, v in term) for term in dnf)


def why_not(graph: Graph, d: int, s: int, t: int) -> str:
    """Why decision maker d (a row of `payoff`) does not prefer t to s: the most important
    preference statement that s meets and t does not (option prioritisation), or the ranking."""
    ps, pt = int(graph.payoff[d, s]), int(graph.payoff[d, t])
    verdict = "indifferent" if ps == pt else "worse off"
    model = graph.model
    if model is None or not model.dms[d].preferences or graph.codes is None:
        return f"{graph.dms[d]} would be {verdict} (its ranking puts state {t + 1} " \
               f"{'level with' if ps == pt else 'below'} state {s + 1})"
    from accord.model.conflict import parse_statement

    taken_s, taken_t = set(graph.taken(s)), set(graph.taken(t))
    for st in model.dms[d].preferences:
        dnf = parse_statement(st.statement)
        hs, ht = _holds(dnf, taken_s), _holds(dnf, taken_t)
        if hs != ht:
            source = "; ".join(ev.describe() for ev in st.evidence[:1])
            lost = "lose" if hs else "gain"
            return (f"{graph.dms[d]} would be {verdict}: it would {lost} \"{st.statement}\""
                    + (f" ({source})" if source else ""))
    return f"{graph.dms[d]} would be indifferent: no preference statement tells the states apart"


def state_words(graph: Graph, s: int) -> str:
    """The options taken in a state, in words ('no option taken' when none)."""
    if graph.codes is None:
        return f"state {s + 1}"
    code = int(graph.codes[s])
    parts = []
    for d, dm in enumerate(graph.dms):
        words = [graph.option_words[k] for k in range(len(graph.option_ids))
                 if graph.option_owner[k] == d and code >> k & 1]
        if words:
            parts.append(f"{dm}: {', '.join(words)}")
    return "; ".join(parts) if parts else "no option taken"


def move_words(graph: Graph, k: int, a: int, b: int) -> str:
    """'USA takes "tighten sanctions" and drops "supply long-range weapons"'."""
    who = graph.movers[k]
    if graph.codes is None:
        return f"{who} moves from state {a + 1} to state {b + 1}"
    ca, cb = int(graph.codes[a]), int(graph.codes[b])
    took = [graph.option_words[i] for i in range(len(graph.option_ids)) if cb >> i & 1 and not ca >> i & 1]
    dropped = [graph.option_words[i] for i in range(len(graph.option_ids))
               if ca >> i & 1 and not cb >> i & 1]
    parts = []
    if took:
        parts.append("takes " + " and ".join(f'"{w}"' for w in took))
    if dropped:
        parts.append("drops " + " and ".join(f'"{w}"' for w in dropped))
    return f"{who} " + " and ".join(parts) + f" (state {a + 1} -> {b + 1})"


def explain_state(graph: Graph, s: int, concepts: tuple[str, ...] = ("nash", "gmr", "smr", "seq")
                  ) -> list[dict[str, Any]]:
    """For every mover at state s: its unilateral improvements and, per concept, the sanction
    path deterring each (or none), with a sentence an analyst can read. JSON-ready."""
    out = []
    for f, name in enumerate(graph.movers):
        improvements = [int(x) for x in graph.improvements[f].of(s)]
        items = []
        stable = {c: True for c in concepts}
        if "nash" in stable and improvements:
            stable["nash"] = False
        for s1 in improvements:
            sanctions: dict[str, Any] = {}
            for c in concepts:
                if c not in ("gmr", "smr", "seq"):
                    continue
                path = sanction_path(graph, f, s, s1, c)
                if path is None:
                    stable[c] = False
                sanctions[c] = None if path is None else [
                    {"mover": graph.movers[k], "from": a + 1, "to": b + 1,
                     "words": move_words(graph, k, a, b)} for k, a, b in path]
            items.append({"to": s1 + 1, "state": graph.state_label(s1),
                          "words": move_words(graph, f, s, s1), "sanctions": sanctions,
                          "text": _sentence(graph, f, s, s1, sanctions)})
        if not improvements:
            n_moves = len(graph.moves[f].of(s))
            summary = (f"{name} has no unilateral improvement from state {s + 1} ({n_moves} possible "
                       "move(s), none better for it): stable under every concept.")
            if len(graph.members[f]) == 1:
                items = [{"to": int(t) + 1, "state": graph.state_label(int(t)),
                          "words": move_words(graph, f, s, int(t)), "sanctions": {},
                          "text": f"If {move_words(graph, f, s, int(t))}: "
                                  f"{why_not(graph, graph.members[f][0], s, int(t))}."}
                         for t in graph.moves[f].of(s)]
                out.append({"mover": name, "state": s + 1, "stable": stable, "improvements": [],
                            "other_moves": items, "text": summary})
                continue
        else:
            summary = (f"{name} has {len(improvements)} unilateral improvement(s) from state {s + 1}; "
                       + ", ".join(f"{c.upper()} {'stable' if v else 'unstable'}" for c, v in stable.items())
                       + ".")
        out.append({"mover": name, "state": s + 1, "stable": stable, "improvements": items,
                    "text": summary})
    return out


def _sentence(graph: Graph, f: int, s: int, s1: int, sanctions: dict[str, Any]) -> str:
    text = f"If {move_words(graph, f, s, s1)}, it gains."
    shown: set[str] = set()
    for c, path in sanctions.items():
        if path is None:
            text += f" Under {c.upper()} nothing deters it."
            continue
        words = " then ".join(step["words"] for step in path)
        if words in shown:
            text += f" Under {c.upper()} the same answer deters it."
            continue
        shown.add(words)
        escape = ", with no counter-move that would help it" if c == "smr" else ""
        credible = " (each reply an improvement for whoever makes it)" if c == "seq" else ""
        text += (f" Under {c.upper()} the others can answer: {words}{credible}, leaving "
                 f"{graph.movers[f]} no better off than at state {s + 1}{escape}.")
    return text
