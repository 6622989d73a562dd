"""Stability of every state for every mover: Nash, GMR, SMR, SEQ (Fang, Hipel & Kilgour,
*Interactive Decision Making: The Graph Model for Conflict Resolution*, Wiley 1993), simultaneous
sanctioning SIM and limited-move stability L_h (Kilgour, Hipel & Fang 1987; Fang et al. 1993).

GMR, SEQ and SMR all ask whether the *minimum* of a per-state value over the states the opponents
can reach from an improvement s1 is at most the focal mover's payoff at s. The opponents move by
legal sequences: each move by one opponent, no opponent twice in a row, any opponent again later.
For a focal mover we build one sparse graph whose nodes are

* ``P(t)``: at t, any opponent may move next (the start after the focal mover's improvement);
* ``X(t, k)``: opponent k has just moved to t (carries t's value);
* ``M(t, k)``: opponent k is about to move from t,

with edges P(t) -> M(t, k), X(t, k) -> M(t, l) for l != k, and M(t, k) -> X(t', k) for each move
(or, for SEQ, each unilateral improvement) t -> t' of k. The minimum value reachable from every
node is found at once: strongly connected components (scipy), then one pass over the condensed
graph from its sinks. Time and memory are linear in states x movers + moves; no state x state
matrix is ever formed.

Graphs built from options need far less: there every mover's moves are transitive, so a legal
sequence reaches the same states as any sequence of opponent moves (s1 aside, which never
sanctions) and the minimum is taken on the plain union of the opponents' moves, n nodes. For
GMR and SMR that union is further thinned to a few edges per state with the same reachability
(`Graph.reach_moves`): a million-state model takes seconds per mover.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from accord.conflict.graph import BoolArray, Graph, IntArray

CONCEPTS = ("nash", "gmr", "smr", "seq", "sim")
"""Concepts computed by `stability` by default (L_h is asked for as `lh` with a horizon)."""
_INF = np.iinfo(np.int64).max


@dataclass(frozen=True)
class Stability:
    """`stable[concept][k, s]`: state s is stable for mover k under the concept."""

    graph: Graph
    stable: dict[str, BoolArray]

    def equilibria(self, concept: str) -> list[int]:
        """States (0-based) stable for every mover under the concept."""
        return [int(s) for s in np.flatnonzero(self.stable[concept].all(axis=0))]


def stability(graph: Graph, concepts: Iterable[str] = ("nash", "gmr", "smr", "seq"),
              horizon: int = 2, progress: Callable[[int, int], None] | None = None) -> Stability:
    """Stability of every state for every mover under each concept (`nash`, `gmr`, `smr`,
    `seq`, `sim`, `lh`). `progress(done, total)` is called after each mover (and after `lh`),
    for a progress bar on large models."""
    wanted = list(dict.fromkeys(c.lower() for c in concepts))
    for c in wanted:
        if c not in (*CONCEPTS, "lh"):
            raise ValueError(f"unknown stability concept {c!r}; use one of "
                             f"{', '.join((*CONCEPTS, 'lh'))}")
    out: dict[str, BoolArray] = {}
    k = len(graph.movers)
    for c in wanted:
        out[c] = np.ones((k, graph.n), dtype=bool)
    for f in range(k):
        if "nash" in wanted:
            out["nash"][f] = nash(graph, f)
        if "gmr" in wanted or "smr" in wanted:
            gmr_row, smr_row = _gmr_smr(graph, f, "smr" in wanted)
            if "gmr" in wanted:
                out["gmr"][f] = gmr_row
            if "smr" in wanted:
                out["smr"][f] = smr_row
        if "seq" in wanted:
            out["seq"][f] = seq(graph, f)
        if "sim" in wanted:
            out["sim"][f] = sim(graph, f)
        if progress is not None:
            progress(f + 1, k + ("lh" in wanted))
    if "lh" in wanted:
        out["lh"] = limited_move(graph, horizon)
        if progress is not None:
            progress(k + 1, k + 1)
    return Stability(graph, out)


def equilibria(graph: Graph, concept: str = "seq", horizon: int = 2) -> list[int]:
    """States (0-based) that are stable for every mover under `concept`."""
    return stability(graph, [concept], horizon).equilibria(concept)


# -- the concepts -------------------------------------------------------------------------------

def nash(graph: Graph, f: int) -> BoolArray:
    """Nash (rational) stability: the mover has no unilateral improvement (Fang et al. 1993,
    Def. 3.1)."""
    return np.asarray(np.diff(graph.improvements[f].indptr) == 0, dtype=bool)


def gmr(graph: Graph, f: int) -> BoolArray:
    """General metarationality: every improvement s1 of the mover can be answered by some legal
    sequence of opponent moves ending at a state no better than s (Fang et al. 1993, Def. 3.2)."""
    return _gmr_smr(graph, f, False)[0]


def smr(graph: Graph, f: int) -> BoolArray:
    """Symmetric metarationality: as GMR, and the mover cannot escape the sanction by a counter
    move to a state better than s (Fang et al. 1993, Def. 3.3)."""
    return _gmr_smr(graph, f, True)[1]


def seq(graph: Graph, f: int) -> BoolArray:
    """Sequential stability: as GMR, with every opponent move a unilateral improvement for the
    opponent making it (credible sanctions; Fang et al. 1993, Def. 3.4)."""
    members = graph.members[f]
    values = graph.payoff[list(members)]
    reach = min_reachable(graph, f, values, improving=True)
    return _sanctioned_all(graph, f, reach, values)


def _gmr_smr(graph: Graph, f: int, with_smr: bool) -> tuple[BoolArray, BoolArray]:
    members = list(graph.members[f])
    values = graph.payoff[members]
    rows = [values]
    if with_smr:
        if len(members) > 1:
            from accord.conflict.definitions import stable_states

            smr_row = stable_states(graph, f, "smr")
            reach = min_reachable(graph, f, values, improving=False)
            return _sanctioned_all(graph, f, reach, values), smr_row
        rows.append(_escape_value(graph, f, values[0])[None, :])
    reach = min_reachable(graph, f, np.concatenate(rows), improving=False)
    m = len(members)
    gmr_row = _sanctioned_all(graph, f, reach[:m], values)
    smr_row = _sanctioned_all(graph, f, reach[m:], values) if with_smr else gmr_row
    return gmr_row, smr_row


def _escape_value(graph: Graph, f: int, pay: IntArray) -> IntArray:
    """max(payoff(t), payoff of the best state the mover reaches from t in one move): a sanction
    ending at t holds for SMR only if this is at most payoff(s)."""
    moves = graph.moves[f]
    best = pay.copy()
    if moves.n_edges:
        np.maximum.at(best, moves.sources(), pay[moves.targets])
    return best


def _sanctioned_all(graph: Graph, f: int, reach: IntArray, values: IntArray) -> BoolArray:
    """True for s when every improvement s1 of mover f from s has, for some member, a reachable
    minimum at most that member's payoff at s."""
    imp = graph.improvements[f]
    src, s1 = imp.sources(), imp.targets
    ok = np.zeros(len(s1), dtype=bool)
    for r in range(values.shape[0]):
        ok |= reach[r, s1] <= values[r, src]
    bad = np.bincount(src[~ok], minlength=graph.n)
    return np.asarray(bad == 0)


def min_reachable(graph: Graph, f: int, values: IntArray, improving: bool) -> IntArray:
    """For each row of `values` and each state s1: the minimum value over s1 itself and the
    states the opponents of mover f reach from s1 by a legal sequence of one or more moves (only
    unilateral improvements when `improving`).

    s1 counts too because the callers ask whether this minimum is at most the value at a state
    s from which s1 is an improvement of f, which s1 itself never is; so the question is the
    same, and on graphs with transitive moves it can be answered on n nodes (see
    `_union_closure`) instead of n x (1 + 2 x opponents)."""
    if graph.transitive:
        return _union_closure(graph, f, values, improving)
    n = graph.n
    opp = [k for k in range(len(graph.movers)) if k != f]
    h = len(opp)
    n_nodes = n * (1 + 2 * h)
    states = np.arange(n, dtype=np.int64)

    def x_node(kk: int) -> int:
        return n * (1 + kk)

    # The adjacency in CSR form, row by row in node order (P, then X(., k), then M(., k)),
    # without a COO detour: P(t) -> M(t, k) and X(t, l) -> M(t, k), l != k, for the opponents k
    # that can move from t; M(t, k) -> X(t', k) for each move t -> t' of k.
    moves = [graph.improvements[k] if improving else graph.moves[k] for k in opp]
    can = np.stack([np.diff(m.indptr) > 0 for m in moves], axis=1) if h else \
        np.zeros((n, 0), dtype=bool)                                   # (t, k)
    to_m = (n * (1 + h) + n * np.arange(h, dtype=np.int64))[None, :] + states[:, None]
    degree = [can.sum(axis=1)]
    targets = [to_m[can]]
    for ll in range(h):
        other = can.copy()
        other[:, ll] = False
        degree.append(other.sum(axis=1))
        targets.append(to_m[other])
    for kk, m in enumerate(moves):
        degree.append(np.diff(m.indptr))
        targets.append(x_node(kk) + m.targets)
    indptr = np.zeros(n_nodes + 1, dtype=np.int64)
    np.cumsum(np.concatenate(degree), out=indptr[1:])
    dst = np.concatenate(targets) if targets else np.zeros(0, dtype=np.int64)
    # only the X(t, k) nodes carry a value (that of t)
    node_values = np.full((values.shape[0], n_nodes), _INF, dtype=np.int64)
    for kk in range(h):
        node_values[:, x_node(kk):x_node(kk) + n] = values
    return np.minimum(_reach_min(indptr, dst, node_values)[:, :n], values)


def _union_closure(graph: Graph, f: int, values: IntArray, improving: bool) -> IntArray:
    """`min_reachable` when every mover's moves are transitive: then the opponents' legal
    sequences from s1 reach exactly the states any sequence of their moves reaches, s1 aside.
    (Two consecutive moves by one opponent, t -> t' -> t'', are one move t -> t'' or, when
    t'' = t, none; merging such pairs until none is left turns any sequence ending at t != s1
    into a legal one ending there.) So the minimum is taken over s1 and everything reachable
    from it in the union of the opponents' moves: one graph of n nodes."""
    n = graph.n
    moves = [graph.improvements[k] if improving else graph.reach_moves[k]
             for k in range(len(graph.movers)) if k != f]
    degree = np.zeros(n, dtype=np.int64)
    for m in moves:
        degree += np.diff(m.indptr)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(degree, out=indptr[1:])
    # interleave the opponents' adjacency lists row by row, without a sort
    dst = np.empty(int(indptr[-1]), dtype=np.int64)
    at = indptr[:-1].copy()
    for m in moves:
        own = np.diff(m.indptr)
        dst[np.repeat(at - m.indptr[:-1], own) + np.arange(m.n_edges, dtype=np.int64)] = m.targets
        at += own
    return _reach_min(indptr, dst, values)


def _reach_min(indptr: IntArray, dst: IntArray, node_values: IntArray) -> IntArray:
    """For each row of `node_values` and each node of the graph given in CSR form: the minimum
    value over the node and every node reachable from it. Strongly connected components
    (scipy), then one pass over the condensed graph from its sinks."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    n_nodes = len(indptr) - 1
    index_type = np.int32 if n_nodes < 2**31 and len(dst) < 2**31 else np.int64
    # float64 weights: the type scipy's graph routines work in, so they make no copy
    adjacency = csr_matrix((np.ones(len(dst)), dst.astype(index_type),
                            indptr.astype(index_type)), shape=(n_nodes, n_nodes))
    n_comp, label = connected_components(adjacency, directed=True, connection="strong")
    del adjacency
    label = label.astype(np.int64)
    rows = node_values.shape[0]
    comp = np.full((rows, n_comp), _INF, dtype=np.int64)
    for r in range(rows):
        np.minimum.at(comp[r], label, node_values[r])
    # the edges between components, still grouped by source node (CSR)
    succ = label[dst]
    keep = np.repeat(label, np.diff(indptr)) != succ
    kept = np.zeros(len(keep) + 1, dtype=np.int64)
    np.cumsum(keep, out=kept[1:])
    _propagate_from_sinks(comp, label, kept[indptr], succ[keep])
    return comp[:, label]


def _propagate_from_sinks(comp: IntArray, label: IntArray, indptr: IntArray, succ: IntArray) -> None:
    """comp[:, c] <- min over the components reachable from c (inclusive), on the condensed
    graph whose edges are node -> component `succ` in CSR form (`indptr` over nodes, `label`
    the component of each node): Kahn's algorithm from the sinks, one vectorised step per
    level."""
    from scipy.sparse import csr_matrix

    n_comp = comp.shape[1]
    # predecessors grouped by successor: the CSR -> CSC transpose is a counting sort, O(edges)
    index_type = np.int32 if len(label) < 2**31 and len(succ) < 2**31 else np.int64
    by_succ = csr_matrix((np.ones(len(succ), dtype=np.int8), succ.astype(index_type),
                          indptr.astype(index_type)), shape=(len(label), n_comp)).tocsc()
    rev_ptr = by_succ.indptr.astype(np.int64)
    rev_src = label[by_succ.indices]
    del by_succ
    outdeg = np.bincount(rev_src, minlength=n_comp)
    frontier = np.flatnonzero(outdeg == 0)
    stamp = np.zeros(n_comp, dtype=np.int64)
    while len(frontier):
        lens = rev_ptr[frontier + 1] - rev_ptr[frontier]
        total = int(lens.sum())
        if total == 0:
            break
        starts = np.repeat(rev_ptr[frontier] - (np.cumsum(lens) - lens), lens)
        preds = rev_src[starts + np.arange(total, dtype=np.int64)]
        done = np.repeat(frontier, lens)
        for r in range(comp.shape[0]):
            np.minimum.at(comp[r], preds, comp[r, done])
        np.subtract.at(outdeg, preds, 1)
        # the freed components, each once, without a sort: of the positions written to one
        # stamp, exactly one reads itself back
        freed = preds[outdeg[preds] == 0]
        at = np.arange(len(freed), dtype=np.int64)
        stamp[freed] = at
        frontier = freed[stamp[freed] == at]


# -- simultaneous sanctioning and limited move ----------------------------------------------------

def sim(graph: Graph, f: int) -> BoolArray:
    """Simultaneous sanctioning (Fang, Hipel & Kilgour 1993, sec. 3.4): every improvement s1 of
    the mover from s is deterred if some opponents, moving at the same time from s each by one
    of their own unilateral improvements, would make the combined state no better than s for
    the mover. Needs an option-based model (the combined state is built from options)."""
    if graph.codes is None:
        raise ValueError("SIM needs a model built from options (not an abstract graph)")
    codes = graph.codes
    owner_masks = []
    for members in graph.members:
        mask = 0
        for k, d in enumerate(graph.option_owner):
            if d in members:
                mask |= 1 << k
        owner_masks.append(mask)
    opp = [k for k in range(len(graph.movers)) if k != f]
    values = graph.payoff[list(graph.members[f])]
    out = np.ones(graph.n, dtype=bool)
    imp = graph.improvements[f]
    for s in range(graph.n):
        mine = imp.of(s)
        if len(mine) == 0:
            continue
        choices = [[None, *(int(t) for t in graph.improvements[k].of(s))] for k in opp]
        for s1 in mine:
            if not _sim_sanction(int(s), int(s1), choices, opp, owner_masks, codes, values):
                out[s] = False
                break
    return out


def _sim_sanction(s: int, s1: int, choices: list[list[int | None]], opp: list[int],
                  masks: list[int], codes: IntArray, values: IntArray) -> bool:
    for combo in itertools.product(*choices):
        if all(c is None for c in combo):
            continue
        code = int(codes[s1])
        for k, t in zip(opp, combo, strict=True):
            if t is not None:
                code = (code & ~masks[k]) | (int(codes[t]) & masks[k])
        u = int(np.searchsorted(codes, code))
        if u < len(codes) and int(codes[u]) == code and any(
                values[r, u] <= values[r, s] for r in range(values.shape[0])):
            return True
    return False


def anticipation(graph: Graph, horizon: int) -> IntArray:
    """G_h(k, s) of Kilgour (1985) / Fang et al. (1993, sec. 3.5) for a two-mover model: the
    state that results when mover k moves first from s and both look `horizon` moves ahead.
    Among equally good anticipated outcomes the lowest-numbered state is taken."""
    if len(graph.movers) != 2:
        raise ValueError("limited-move stability L_h is defined here for two movers "
                         f"(this model has {len(graph.movers)}); use it on a two-DM model or a "
                         "coalition split into two")
    if horizon < 1:
        raise ValueError("the horizon h of L_h must be at least 1")
    n = graph.n
    pay = [graph.payoff[list(m)].min(axis=0) for m in graph.members]
    g = np.tile(np.arange(n, dtype=np.int64), (2, 1))
    for _ in range(horizon):
        new = np.tile(np.arange(n, dtype=np.int64), (2, 1))
        for k in (0, 1):
            other = g[1 - k]
            for s in range(n):
                best, best_pay = s, pay[k][s]
                for q in graph.moves[k].of(s):
                    a = int(other[q])
                    if pay[k][a] > best_pay or (pay[k][a] == best_pay and best != s and a < best):
                        best, best_pay = a, pay[k][a]
                new[k, s] = best
        if np.array_equal(new, g):
            break  # G_{h+1} depends only on G_h: once it repeats, every longer horizon agrees
        g = new
    return g


def limited_move(graph: Graph, horizon: int) -> BoolArray:
    """L_h stability: s is L_h stable for mover k when G_h(k, s) = s, i.e. no first move by k
    leads, with both sides looking h moves ahead, to an outcome k prefers to s."""
    g = anticipation(graph, horizon)
    return np.asarray(g == np.arange(graph.n)[None, :])
