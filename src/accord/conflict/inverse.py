"""Inverse GMCR (Kinsara, Kilgour & Hipel 2015): which preference rankings of one decision maker
make a chosen state an equilibrium, counted exactly over every strict ranking of the n states
(the other decision makers' preferences fixed).

The count is combinatorial, not an enumeration of the n! rankings. For decision maker i and
target s, write U for the set of states i ranks above s. With a strict ranking, i's improvements
from s are its moves into U, and a state is "no better than s" for i exactly when it is s or not
in U. So i's own stability at s depends only on U (in fact only on U within the few states the
definitions look at), and:

* **Nash**: s is stable iff none of the r states i can reach from s is in U: s must come first
  among r + 1 states, n!/(r + 1) rankings.
* **GMR / SEQ**: for every move s -> s1 into U, some state the opponents reach from s1 (by any
  legal moves for GMR, by their unilateral improvements for SEQ) must be outside U. The forbidden
  event for s1 is "F(s1) = {s1} + reach(s1) all in U"; by inclusion-exclusion over the sets T of
  i's moves the count is sum_T (-1)^|T| n!/(|union of F(t), t in T| + 1), since the rankings
  putting a given set of a states above s number n!/(a + 1). 2^r terms for r moves of i from s.
* **SMR**: the sanction must also leave i no counter-move into U, so the condition is not of the
  "all in U" kind; it depends on U within K = {s1, the reached s2 and i's moves from each s2}.
  The count sums, over the subsets V of K that satisfy it, the rankings with exactly V above s
  among K + {s}: |V|! (m - |V|)! n!/(m + 1)! for m = |K|. The subsets are counted by size by a
  branching model counter (components, memo, a budget), else all 2^m are enumerated (m <= 22).

The other decision makers' Nash, GMR and SMR stability at s does not depend on i's preferences
(their sanctions use moves, not improvements), so it multiplies the count by 1 or 0. Their SEQ
stability can: their sanctions may use i's improvements. It is monotone in the set of i's
improvements, so it is settled when it holds with i making no improvement at all or fails with
every move of i an improvement; otherwise a dynamic programme places the k states that matter best
first, one at a time, keeping per (set placed, dm's moves found improving so far) the number of
partial orders, settling each as soon as the others' stability is decided; each full order of
the k states stands for n!/k! rankings.

Every method is checked against the enumeration of all n! rankings on small models (tests).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from fractions import Fraction

import numpy as np

from accord.conflict.definitions import is_equilibrium, is_stable, opponents_reach
from accord.conflict.graph import Graph, IntArray

MAX_STATES = 9
"""Brute force (`inverse_counts_brute`) enumerates all n! rankings: at most 9 states."""
MAX_EXACT_STATES = 200_000
"""Exact counts need n! as an integer: at most this many states (200,000! has about a million
digits and takes seconds; a million states would take minutes)."""
MAX_MOVES = 20
"""GMR / SEQ by inclusion-exclusion: at most 20 moves of the decision maker from the target
(2^20 terms)."""
MAX_SMR_SET = 22
"""SMR by subsets: at most 22 states in the set the sanctions look at (2^22 subsets)."""
MAX_SMR_SEARCH = 200
"""SMR by the branching counter: at most 200 states in the sanction set (and the budget)."""
SMR_BUDGET = 10_000
"""Branchings the SMR counter may spend on larger sanction sets before giving up."""
SEQ_BUDGET = 100_000
"""SEQ when the others' stability depends on the ranking: at most 100,000 partial orders kept at
once by the dynamic programme (a few seconds)."""
CONCEPTS = ("nash", "gmr", "smr", "seq")


class InverseTooLarge(ValueError):
    """The exact count needs more than this implementation supports; the message says which size."""


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
                 option_words=graph.option_words, option_owner=graph.option_owner, model=graph.model,
                 transitive=graph.transitive, reach_moves=graph.reach_moves)


def inverse_counts_brute(graph: Graph, dm: int, state: int,
                         concepts: tuple[str, ...] = CONCEPTS) -> dict[str, int]:
    """The same counts by checking every one of the n! rankings with the literal definitions
    (at most `MAX_STATES` states): the reference the combinatorial counts are tested against."""
    if graph.n > MAX_STATES:
        raise InverseTooLarge(f"enumerating all {graph.n}! rankings is limited to {MAX_STATES} states")
    counts = dict.fromkeys(concepts, 0)
    for pay in rankings(graph.n):
        g = with_payoff(graph, dm, pay)
        for c in concepts:
            counts[c] += is_equilibrium(g, state, c)
    counts["rankings"] = math.factorial(graph.n)
    return counts


def inverse_counts(graph: Graph, dm: int, state: int,
                   concepts: tuple[str, ...] = CONCEPTS) -> dict[str, int]:
    """For each concept, the exact number of strict rankings of decision maker `dm` (of all n
    states) under which `state` (0-based) is an equilibrium, plus `rankings` = n!.

    Raises `InverseTooLarge` (a ValueError) naming the limit when a concept's exact count is
    beyond the supported size (see the module docstring); Nash has no limit."""
    if any(len(m) != 1 for m in graph.members) or len(graph.movers) != len(graph.dms):
        raise ValueError("inverse analysis needs every decision maker moving alone (no coalitions)")
    n = graph.n
    if n > MAX_EXACT_STATES:
        raise InverseTooLarge(f"exact counts over all n! rankings are limited to "
                              f"{MAX_EXACT_STATES:,} states (this model has {n:,}; n! alone "
                              "would take minutes to write out)")
    total = math.factorial(n)
    counts: dict[str, int] = {}
    for c in concepts:
        if c not in CONCEPTS:
            raise ValueError(f"unknown concept {c!r}; use one of {', '.join(CONCEPTS)}")
        try:
            counts[c] = _count(graph, dm, state, c, total)
        except InverseTooLarge:
            if n > MAX_STATES:
                raise
            counts[c] = inverse_counts_brute(graph, dm, state, (c,))[c]
    counts["rankings"] = total
    return counts


def shares(counts: dict[str, int]) -> dict[str, str]:
    """Each count as an exact fraction of all rankings, e.g. {"nash": "1/3"}."""
    total = counts["rankings"]
    return {c: str(Fraction(k, total)) for c, k in counts.items() if c != "rankings"}


# -- the counts ------------------------------------------------------------------------------------

def _count(graph: Graph, dm: int, s: int, concept: str, total: int) -> int:
    others = [f for f in range(len(graph.movers)) if f != dm]
    if concept != "seq" and not all(is_stable(graph, f, s, concept) for f in others):
        return 0  # the others' stability does not depend on dm's ranking
    if concept == "seq":
        settled = _others_seq(graph, dm, s, others)
        if settled is None:
            return _count_seq_dp(graph, dm, s, others, total)
        if not settled:
            return 0
    moves = [int(t) for t in graph.moves[dm].of(s)]
    if concept == "nash":
        return total // (len(moves) + 1)
    if concept == "smr":
        return _count_smr(graph, dm, s, moves, total)
    return _count_union(graph, dm, s, moves, concept == "seq", total)


def _reach(graph: Graph, dm: int, s1: int, improving: bool) -> set[int]:
    return set(opponents_reach(graph, dm, s1, improving))


def _count_union(graph: Graph, dm: int, s: int, moves: list[int], improving: bool, total: int) -> int:
    """GMR (improving=False) or SEQ (True) for dm alone, by inclusion-exclusion."""
    forbidden: list[set[int]] = []
    for s1 in moves:
        reach = _reach(graph, dm, s1, improving)
        if s not in reach:  # returning to s always sanctions
            forbidden.append({s1} | reach)
    if len(forbidden) > MAX_MOVES:
        raise InverseTooLarge(
            f"the exact {'SEQ' if improving else 'GMR'} count is limited to {MAX_MOVES} moves of the "
            f"decision maker from the target state (this one has {len(forbidden)})")
    index = {t: k for k, t in enumerate(sorted(set().union(*forbidden)))}
    masks = [sum(1 << index[t] for t in f) for f in forbidden]
    # coef[a] = sum of (-1)^|T| over the sets T whose union has a states
    coef: dict[int, int] = {}
    unions = [0]
    signs = [1]
    for m in masks:
        unions += [u | m for u in unions]
        signs += [-x for x in signs]
    for u, sign in zip(unions, signs, strict=True):
        a = u.bit_count()
        coef[a] = coef.get(a, 0) + sign
    return sum(k * (total // (a + 1)) for a, k in coef.items() if k)


def _count_smr(graph: Graph, dm: int, s: int, moves: list[int], total: int,
               force_enumeration: bool = False) -> int:
    """SMR for dm alone: sum over the subsets V of K that satisfy the condition, found by the
    branching counter `_Counter`; if it runs out of budget (or with `force_enumeration`), all
    2^m subsets are enumerated for m <= MAX_SMR_SET."""
    counter = {s1: [int(t) for t in graph.moves[dm].of(s1)] for s1 in moves}
    plan: list[tuple[int, list[frozenset[int]]]] = []
    for s1 in moves:
        options = []
        for s2 in _reach(graph, dm, s1, False):
            counter.setdefault(s2, [int(t) for t in graph.moves[dm].of(s2)])
            g = ({s2} | set(counter[s2])) - {s}
            if s1 not in g:  # a sanction through s1 never helps when s1 is above s
                options.append(frozenset(g))
        plan.append((s1, _minimal(options)))
    # an improvement no sanction can deter forces s1 below s: it is out of U, and so harmless
    # inside any other sanction set; a sanction set left empty deters its s1 always
    fixed = {s1 for s1, opts in plan if not opts}
    free: list[tuple[int, list[frozenset[int]]]] = []
    for s1, opts in plan:
        reduced = [g - fixed for g in opts]
        if opts and all(reduced):
            free.append((s1, reduced))
    plan = free
    states = sorted({s1 for s1, _ in plan} | {t for _, opts in plan for g in opts for t in g})
    m = len(states)
    size = m + len(fixed)  # the fixed states are in K too, always below s
    per_order = total // math.factorial(size + 1)
    if m > MAX_SMR_SEARCH:
        raise InverseTooLarge(_smr_limit(m))
    if not force_enumeration:
        clauses = frozenset((s1, frozenset(opts)) for s1, opts in plan)
        try:
            poly = _pad(_Counter(SMR_BUDGET).solve(clauses), m)
        except (InverseTooLarge, RecursionError):
            if m > MAX_SMR_SET:
                raise InverseTooLarge(_smr_limit(m)) from None
        else:
            return sum(poly[v] * math.factorial(v) * math.factorial(size - v)
                       for v in range(m + 1)) * per_order
    index = {t: k for k, t in enumerate(states)}
    subsets = np.arange(1 << m, dtype=np.int64)
    valid = np.ones(1 << m, dtype=bool)
    for s1, options in plan:
        sanctioned = np.zeros(1 << m, dtype=bool)
        for sanction in options:
            sanctioned |= (subsets & sum(1 << index[t] for t in sanction)) == 0
        valid &= ((subsets >> index[s1]) & 1 == 0) | sanctioned
    sizes = np.zeros(1 << m, dtype=np.int64)
    for k in range(m):
        sizes += (subsets >> k) & 1
    by_size = np.bincount(sizes[valid], minlength=m + 1)
    return sum(int(by_size[v]) * math.factorial(v) * math.factorial(size - v)
               for v in range(m + 1)) * per_order


def _smr_limit(m: int) -> str:
    return (f"the exact SMR count is limited to {MAX_SMR_SET} states in the sanction set of the "
            f"target state, or up to {MAX_SMR_SEARCH} when they split into small independent "
            f"parts (this one has {m} states that do not split enough)")


def _minimal(sets: list[frozenset[int]]) -> list[frozenset[int]]:
    """The sets that contain no other set of the list (a sanction set containing another is
    redundant: the smaller one is free of U whenever the larger is). Candidates for a subset of
    g are looked up by their smallest state, which must lie in g."""
    unique = sorted(set(sets), key=len)
    by_min: dict[int, list[frozenset[int]]] = {}
    kept = []
    for g in unique:
        if not any(h < g for e in g for h in by_min.get(e, ())):
            kept.append(g)
        if g:
            by_min.setdefault(min(g), []).append(g)
    return kept


Clause = tuple[int | None, frozenset[frozenset[int]]]
"""(a, G): "state a is not above s, or some set in G has no state above s". a = None: the
second part must hold. G empty: a must not be above s."""


def _clause_vars(clause: Clause) -> set[int]:
    a, opts = clause
    out = set().union(*opts) if opts else set()
    if a is not None:
        out.add(a)
    return out


def _pad(poly: list[int], m: int) -> list[int]:
    return poly + [0] * (m + 1 - len(poly))


def _times(p: list[int], q: list[int]) -> list[int]:
    out = [0] * (len(p) + len(q) - 1)
    for i, x in enumerate(p):
        if x:
            for j, y in enumerate(q):
                out[i + j] += x * y
    return out


def _binomial_row(k: int) -> list[int]:
    return [math.comb(k, v) for v in range(k + 1)]


class _Counter:
    """Counts, by size, the sets U of states (over the variables the clauses mention) meeting
    every clause: exact model counting by branching on the most frequent state, splitting into
    independent components and memoising; gives up after `budget` branchings."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.memo: dict[frozenset[Clause], list[int]] = {}

    def solve(self, clauses: frozenset[Clause]) -> list[int]:
        """poly[v] = number of satisfying U of size v, over exactly the clauses' variables."""
        names = set().union(*(_clause_vars(c) for c in clauses)) if clauses else set()
        if not clauses:
            return [1]
        if any(a is None and not opts for a, opts in clauses):
            return [0] * (len(names) + 1)
        if clauses in self.memo:
            return self.memo[clauses]
        parts = _components(clauses)
        if len(parts) > 1:
            poly = [1]
            for part in parts:
                poly = _times(poly, self.solve(part))
            self.memo[clauses] = poly
            return poly
        self.budget -= 1
        if self.budget < 0:
            raise InverseTooLarge(_smr_limit(len(names)))
        forced = next((a for a, opts in clauses if a is not None and not opts), None)
        if forced is not None:
            x = forced
        else:
            freq: dict[int, int] = {}
            for c in clauses:
                for t in _clause_vars(c):
                    freq[t] = freq.get(t, 0) + 1
            x = max(sorted(freq), key=lambda t: freq[t])
        rest = names - {x}
        poly = [0] * (len(names) + 1)
        for value in ((0,) if forced is not None else (0, 1)):
            sub = _assign(clauses, x, value)
            if sub is None:
                continue
            left = set().union(*(_clause_vars(c) for c in sub)) if sub else set()
            counted = _times(self.solve(sub), _binomial_row(len(rest - left)))
            for v, k in enumerate(counted):
                poly[v + value] += k
        self.memo[clauses] = poly
        return poly


def _assign(clauses: frozenset[Clause], x: int, value: int) -> frozenset[Clause] | None:
    """The clauses with state x above s (value 1) or not (0); None if one cannot be met."""
    out: set[Clause] = set()
    for a, opts in clauses:
        if value == 0:
            if a == x:
                continue
            reduced = frozenset(g - {x} for g in opts)
            if frozenset() in reduced:
                continue  # a set with no state above s: met
            out.add((a, reduced))
        else:
            kept = frozenset(g for g in opts if x not in g)
            if a == x:
                if not kept:
                    return None
                out.add((None, kept))
            else:
                out.add((a, kept))
    return frozenset(out)


def _components(clauses: frozenset[Clause]) -> list[frozenset[Clause]]:
    parent: dict[int, int] = {}

    def find(t: int) -> int:
        while parent.setdefault(t, t) != t:
            parent[t] = parent[parent[t]]
            t = parent[t]
        return t

    items = list(clauses)
    for c in items:
        vs = sorted(_clause_vars(c))
        for t in vs[1:]:
            parent[find(t)] = find(vs[0])
    groups: dict[int, set[Clause]] = {}
    for c in items:
        mentioned = _clause_vars(c)
        groups.setdefault(find(min(mentioned)) if mentioned else -1, set()).add(c)
    return [frozenset(g) for g in groups.values()]


def _with_improvements(graph: Graph, dm: int, everything: bool) -> Graph:
    """dm with every move an improvement (everything) or none (not everything)."""
    from accord.conflict.graph import Moves

    n = graph.n
    replaced = graph.moves[dm] if everything else Moves(np.zeros(n + 1, dtype=np.int64),
                                                        np.zeros(0, dtype=np.int64))
    improvements = tuple(replaced if k == dm else imp for k, imp in enumerate(graph.improvements))
    # all of dm's moves or none of them: transitive whenever the moves are
    return Graph(dms=graph.dms, payoff=graph.payoff, movers=graph.movers, members=graph.members,
                 moves=graph.moves, improvements=improvements, codes=graph.codes,
                 option_ids=graph.option_ids, option_words=graph.option_words,
                 option_owner=graph.option_owner, model=graph.model,
                 transitive=graph.transitive, reach_moves=graph.reach_moves)


def _others_seq(graph: Graph, dm: int, s: int, others: list[int]) -> bool | None:
    """Whether every other mover is SEQ-stable at s whatever dm's ranking: True, False, or None
    when it depends on it (SEQ stability only gains sanctions as dm gains improvements)."""
    if all(is_stable(_with_improvements(graph, dm, False), f, s, "seq") for f in others):
        return True
    most = _with_improvements(graph, dm, True)
    if not all(is_stable(most, f, s, "seq") for f in others):
        return False
    return None


def _count_seq_dp(graph: Graph, dm: int, s: int, others: list[int], total: int,
                  budget: int = SEQ_BUDGET) -> int:
    """SEQ when the others' stability depends on dm's ranking, without enumerating orders: the
    states that matter are placed best first, one at a time (dynamic programming over the set
    placed). Placing a state decides, for each of dm's moves t -> t2 the others' sanctions may
    use, whether it is an improvement (t2 placed before t); placing s decides U. The others'
    stability is monotone in the improving moves, so a partial state is settled as soon as the
    improving moves already decided suffice, or all undecided ones together would not."""
    most = _with_improvements(graph, dm, True)
    matter = {s} | {int(t) for t in graph.moves[dm].of(s)}
    own = []
    for s1 in (int(t) for t in graph.moves[dm].of(s)):
        reach = _reach(graph, dm, s1, True)
        matter |= reach
        own.append((s1, reach))
    edges: list[tuple[int, int]] = []
    for f in others:
        for s1 in (int(t) for t in graph.improvements[f].of(s)):
            visited = {s1} | _reach(most, f, s1, True)
            matter |= visited
            for t in visited:
                for x in graph.moves[dm].of(t):
                    matter.add(int(x))
                    edges.append((t, int(x)))
    edges = sorted(set(edges))
    states = sorted(matter)
    k = len(states)
    pos = {t: i for i, t in enumerate(states)}
    touching: list[list[tuple[int, bool]]] = [[] for _ in states]  # (edge, placed as target?)
    for e, (t, t2) in enumerate(edges):
        touching[pos[t2]].append((e, True))
        touching[pos[t]].append((e, False))
    all_edges = (1 << len(edges)) - 1
    settled: dict[tuple[int, int], bool | None] = {}

    def others_stable(improving: int) -> bool:
        adj: dict[int, list[int]] = {}
        for e, (t, t2) in enumerate(edges):
            if improving >> e & 1:
                adj.setdefault(t, []).append(t2)
        return all(_seq_stable_with(graph, f, s, dm, adj) for f in others)

    def status(improving: int, decided: int) -> bool | None:
        key = (improving, decided)
        if key not in settled:
            if others_stable(improving):
                settled[key] = True
            elif not others_stable(improving | (all_edges & ~decided)):
                settled[key] = False
            else:
                settled[key] = None
        return settled[key]

    def own_ok(above: int) -> bool:
        return all(not (above >> pos[s1] & 1) or any(not (above >> pos[t] & 1) or t == s for t in reach)
                   for s1, reach in own)

    SATISFIED = -1
    layer: dict[tuple[int, int, int], int] = {(0, 0, 0): 1}  # (placed, improving, own) -> count
    decided_of: dict[int, int] = {0: 0}
    for _ in range(k):
        nxt: dict[tuple[int, int, int], int] = {}
        for (placed, improving, own_state), count in layer.items():
            for i in range(k):
                if placed >> i & 1:
                    continue
                new_placed = placed | 1 << i
                new_improving = improving
                if improving != SATISFIED:
                    for e, as_target in touching[i]:
                        t, t2 = edges[e]
                        other = pos[t] if as_target else pos[t2]
                        if as_target and not placed >> other & 1:
                            new_improving |= 1 << e
                new_own = own_state
                if states[i] == s:
                    new_own = 1 if own_ok(placed) else 2
                    if new_own == 2:
                        continue
                if new_improving != SATISFIED:
                    decided = decided_of.get(new_placed)
                    if decided is None:
                        decided = 0
                        for j in range(k):
                            if new_placed >> j & 1:
                                for e, _ in touching[j]:
                                    decided |= 1 << e
                        decided_of[new_placed] = decided
                    verdict = status(new_improving, decided)
                    if verdict is False:
                        continue
                    if verdict:
                        new_improving = SATISFIED
                key = (new_placed, new_improving, new_own)
                nxt[key] = nxt.get(key, 0) + count
        layer = nxt
        if len(layer) > budget:
            raise InverseTooLarge(
                f"the exact SEQ count, when the other decision makers' stability depends on this "
                f"ranking, is limited to {budget:,} partial orders of the states that matter at "
                f"once (this one needs more, over {k} states)")
    hits = sum(count for (_, improving, own_state), count in layer.items()
               if own_state == 1 and (improving == SATISFIED or others_stable(improving)))
    return hits * (total // math.factorial(k))


def _seq_stable_with(graph: Graph, f: int, s: int, dm: int, dm_improves: dict[int, list[int]]) -> bool:
    """SEQ stability of mover f at s when dm's improvements (among the states that matter) are
    `dm_improves`; everyone else's come from the graph."""
    bad = graph.payoff[graph.members[f][0]]
    for s1 in (int(t) for t in graph.improvements[f].of(s)):
        seen: set[tuple[int, int]] = set()
        queue = [(s1, f)]
        found = False
        while queue and not found:
            t, last = queue.pop()
            for k in range(len(graph.movers)):
                if k in (f, last):
                    continue
                targets = dm_improves.get(t, []) if k == dm else [int(x) for x in graph.improvements[k].of(t)]
                for t2 in targets:
                    if (t2, k) in seen:
                        continue
                    seen.add((t2, k))
                    if bad[t2] <= bad[s]:
                        found = True
                        break
                    queue.append((t2, k))
                if found:
                    break
        if not found:
            return False
    return True
