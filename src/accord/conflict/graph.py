"""The graph of a conflict: feasible states, each mover's one-step moves and unilateral
improvements, and every decision maker's ordinal payoffs.

States are numbered 0..n-1 in increasing order of their code (bit k set = option k taken, options
in file order), so state index + 1 is the GMCR+ "ordered" state number. Moves are kept as sparse
adjacency lists (CSR), never as dense state x state matrices.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from accord.model.conflict import ConflictModel, Dnf, parse_condition, parse_statement
from accord.model.problems import Problem

IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]
MAX_STATES = 5_000_000
"""Refuse models whose feasible states (or intermediate enumeration) exceed this."""
MAX_OPTIONS = 62
"""States are coded in 64-bit integers, one bit per option."""


class ConflictModelInvalid(ValueError):
    """A conflict model that cannot be analysed (e.g. no feasible state); carries the problems
    with their field paths."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Moves:
    """Sparse adjacency lists: the targets of state s are `targets[indptr[s]:indptr[s+1]]`."""

    indptr: IntArray
    targets: IntArray

    @classmethod
    def from_edges(cls, n: int, src: IntArray, dst: IntArray) -> Moves:
        order = np.lexsort((dst, src))
        src, dst = src[order], dst[order]
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(src, minlength=n), out=indptr[1:])
        return cls(indptr, dst.astype(np.int64))

    def of(self, s: int) -> IntArray:
        return self.targets[self.indptr[s]:self.indptr[s + 1]]

    def sources(self) -> IntArray:
        """The source state of every edge, aligned with `targets`."""
        n = len(self.indptr) - 1
        return np.repeat(np.arange(n, dtype=np.int64), np.diff(self.indptr))

    def where(self, keep: BoolArray) -> Moves:
        """The edges where `keep` is true; filtering keeps each state's targets in order, so
        the new row pointers are the running count of kept edges at the old ones (no sort)."""
        kept = np.zeros(self.n_edges + 1, dtype=np.int64)
        np.cumsum(keep, out=kept[1:])
        return Moves(kept[self.indptr], self.targets[keep])

    @property
    def n_edges(self) -> int:
        return len(self.targets)


@dataclass
class Graph:
    """A graph model ready for stability analysis.

    `movers` are the units that move (decision makers, or coalitions acting as one); `members[k]`
    are the decision makers (rows of `payoff`) mover k stands for. A move of mover k is an
    improvement when it is strictly better for every member."""

    dms: tuple[str, ...]
    payoff: IntArray
    """payoff[d, s]: ordinal, higher = more preferred, equal = indifferent."""
    movers: tuple[str, ...]
    members: tuple[tuple[int, ...], ...]
    moves: tuple[Moves, ...]
    improvements: tuple[Moves, ...] = field(default=())
    codes: IntArray | None = None
    option_ids: tuple[str, ...] = ()
    option_words: tuple[str, ...] = ()
    option_owner: tuple[int, ...] = ()
    """Index (in `dms`) of the decision maker controlling each option."""
    model: ConflictModel | None = None
    transitive: bool = False
    """Every mover's moves are transitive (t -> t' -> t'' with t'' != t implies t -> t''), and
    so are its improvements. True for graphs built from options (a move is any change of the
    mover's own options within the feasible, perceived states that respects irreversibility);
    the stability engine then works on the plain union of the opponents' moves."""
    reach_moves: tuple[Moves, ...] = ()
    """Per mover, a sparser relation with the same reachability (reflexive-transitive closure)
    as its moves: what GMR and SMR need to know about the opponents' moves. Defaults to the
    moves themselves."""

    def __post_init__(self) -> None:
        if not self.reach_moves:
            self.reach_moves = self.moves
        if not self.improvements:
            self.improvements = tuple(
                _improving(self.payoff, m, mv) for m, mv in zip(self.members, self.moves, strict=True))

    @property
    def n(self) -> int:
        return int(self.payoff.shape[1])

    def state_label(self, s: int) -> str:
        """Y/N string of a state (options in file order), or its number for abstract graphs."""
        if self.codes is None:
            return f"state {s + 1}"
        code = int(self.codes[s])
        return "".join("Y" if code >> k & 1 else "N" for k in range(len(self.option_ids)))

    def taken(self, s: int) -> list[str]:
        if self.codes is None:
            return []
        code = int(self.codes[s])
        return [o for k, o in enumerate(self.option_ids) if code >> k & 1]

    def index_of(self, taken: Sequence[str]) -> int | None:
        """The state in which exactly the options `taken` are taken, or None if infeasible."""
        if self.codes is None:
            raise ValueError("an abstract graph has no options")
        code = sum(1 << self.option_ids.index(o) for o in set(taken))
        i = int(np.searchsorted(self.codes, code))
        return i if i < self.n and int(self.codes[i]) == code else None


def _improving(payoff: IntArray, members: tuple[int, ...], moves: Moves) -> Moves:
    src, dst = moves.sources(), moves.targets
    keep = np.ones(len(dst), dtype=bool)
    for m in members:
        keep &= payoff[m, dst] > payoff[m, src]
    return moves.where(keep)


def from_moves(dms: Sequence[str], reachable: Sequence[Sequence[Sequence[int]]],
               payoff: Sequence[Sequence[int]]) -> Graph:
    """An abstract graph model: `reachable[k][s]` lists the states (0-based) DM k reaches from
    s in one move; `payoff[k][s]` is DM k's ordinal payoff."""
    pay = np.asarray(payoff, dtype=np.int64)
    n = pay.shape[1]
    moves = []
    for per_dm in reachable:
        src = np.array([s for s, ts in enumerate(per_dm) for t in ts if t != s], dtype=np.int64)
        dst = np.array([t for s, ts in enumerate(per_dm) for t in ts if t != s], dtype=np.int64)
        m = Moves.from_edges(n, src, dst)
        # drop repeated edges
        keep = np.ones(m.n_edges, dtype=bool)
        if m.n_edges:
            keep[1:] = (np.diff(m.targets) != 0) | (np.diff(m.sources()) != 0)
        moves.append(m.where(keep))
    names = tuple(dms)
    return Graph(dms=names, payoff=pay, movers=names, members=tuple((k,) for k in range(len(names))),
                 moves=tuple(moves))


# -- from a conflict model --------------------------------------------------------------------

def _masks(dnf: Dnf, bit: dict[str, int]) -> list[tuple[int, int]]:
    """Each AND-term as (bits that must be set, bits that must be clear)."""
    return [(sum(1 << bit[o] for o, v in term if v), sum(1 << bit[o] for o, v in term if not v))
            for term in dnf]


def _match(terms: list[tuple[int, int]], codes: IntArray) -> BoolArray:
    out = np.zeros(len(codes), dtype=bool)
    for on, off in terms:
        out |= ((codes & on) == on) & ((codes & off) == 0)
    return out


def states(model: ConflictModel) -> IntArray:
    """Codes of the feasible states, ascending. Decision makers are joined one at a time and each
    infeasibility term is applied as soon as all its options are present, so the enumeration
    stays near the size of the answer."""
    if len(model.option_ids) > MAX_OPTIONS:
        raise ConflictModelInvalid([Problem(("dms",), f"{len(model.option_ids)} options",
                                            f"at most {MAX_OPTIONS} options in one model",
                                            "merge options or split the conflict into sub-models")])
    bit = {o: k for k, o in enumerate(model.option_ids)}
    terms = [(i, t) for i, rule in enumerate(model.feasibility)
             for t in _masks(rule.infeasible_dnf(), bit)]
    pending = list(terms)
    codes = np.zeros(1, dtype=np.int64)
    covered = 0
    for dm in model.dms:
        own = [bit[o.id] for o in dm.options]
        combos = np.zeros(1, dtype=np.int64)
        for b in own:
            combos = np.concatenate([combos, combos | (1 << b)])
        if len(codes) * len(combos) > MAX_STATES:
            raise ConflictModelInvalid([Problem(("dms",), f"more than {MAX_STATES:,} candidate states",
                                                "a model small enough to enumerate",
                                                "add feasibility rules or merge options")])
        codes = (codes[:, None] | combos[None, :]).ravel()
        covered |= sum(1 << b for b in own)
        still = []
        for i, (on, off) in pending:
            if (on | off) & ~covered == 0:
                codes = codes[~(((codes & on) == on) & ((codes & off) == 0))]
            else:
                still.append((i, (on, off)))
        pending = still
        if len(codes) == 0:
            break
    if len(codes) == 0:
        raise ConflictModelInvalid([Problem(
            ("feasibility",), "rules that leave no feasible state",
            "at least one state that meets every feasibility rule",
            "remove or relax a rule (check mutually_exclusive against at_least_one/exactly_one "
            "and `requires` chains)")])
    return np.sort(codes)


def _moves_for(codes: IntArray, own_mask: int, take_only: int, drop_only: int,
               blind: BoolArray) -> Moves:
    """Every change of a nonempty set of the mover's options that lands on a feasible state,
    respects irreversibility and touches no state the mover does not perceive. States sharing
    all other options form one group; moves are the ordered pairs within a group."""
    n = len(codes)
    rest = codes & ~own_mask
    order = np.argsort(rest, kind="stable")
    sorted_rest = rest[order]
    starts = np.flatnonzero(np.r_[True, sorted_rest[1:] != sorted_rest[:-1]])
    sizes = np.diff(np.r_[starts, n])
    total = int((sizes * sizes).sum())
    if total > 200_000_000:
        raise ConflictModelInvalid([Problem(("dms",), f"{total:,} candidate moves",
                                            "a model with fewer moves per decision maker",
                                            "split decision makers with many options")])
    first = np.empty(n, dtype=np.int64)  # where each state's group starts in `order`
    first[order] = np.repeat(starts, sizes)
    size_s = np.empty(n, dtype=np.int64)
    size_s[order] = np.repeat(sizes, sizes)
    # states with groups of one size z at a time: a (states, z) block of candidate targets,
    # each row ascending (within a group `order` lists states ascending: a stable sort)
    by_size = np.argsort(size_s, kind="stable")
    sorted_size = size_s[by_size]
    bounds = np.flatnonzero(np.r_[True, sorted_size[1:] != sorted_size[:-1], True])
    count = np.zeros(n, dtype=np.int64)
    blocks = []
    for lo, hi in itertools.pairwise(bounds.tolist()):
        rows = by_size[lo:hi]
        dst = order[first[rows][:, None] + np.arange(int(sorted_size[lo]), dtype=np.int64)]
        a, b = codes[rows][:, None], codes[dst]
        keep = dst != rows[:, None]
        keep &= (a & take_only & ~b) == 0
        keep &= (~a & drop_only & b) == 0
        keep &= ~blind[dst] & ~blind[rows][:, None]
        count[rows] = keep.sum(axis=1)
        blocks.append((rows, keep, dst))
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(count, out=indptr[1:])
    targets = np.empty(int(indptr[-1]), dtype=np.int64)
    for rows, keep, dst in blocks:  # each block's rows into their places in the CSR
        c = count[rows]
        targets[np.repeat(indptr[rows] - (np.cumsum(c) - c), c)
                + np.arange(int(c.sum()), dtype=np.int64)] = dst[keep]
    return Moves(indptr, targets)


def _reach_skeleton(codes: IntArray, own_mask: int, take_only: int, drop_only: int,
                    blind: BoolArray) -> Moves:
    """A relation with the same reachability as `_moves_for` with these arguments and a few
    edges per state instead of one per state of the group. Two perceived states of a group
    reach each other exactly when they agree on the mover's irreversible options (a class);
    each class becomes a cycle, and between the classes of a group one representative of each
    takes the moves `_moves_for` allows among representatives (they depend only on the
    irreversible options)."""
    n = len(codes)
    irreversible = take_only | drop_only
    key = codes & ~(own_mask & ~irreversible)
    seen = np.flatnonzero(~blind)
    order = seen[np.argsort(key[seen], kind="stable")]
    sorted_key = key[order]
    class_start = np.flatnonzero(np.r_[True, sorted_key[1:] != sorted_key[:-1]])
    class_size = np.diff(np.r_[class_start, len(order)])
    following = np.arange(1, len(order) + 1, dtype=np.int64)
    following[class_start + class_size - 1] = class_start
    in_cycle = np.repeat(class_size > 1, class_size)
    reps = order[class_start]
    between = _moves_for(codes[reps], own_mask, take_only, drop_only,
                         np.zeros(len(reps), dtype=bool))
    return Moves.from_edges(n, np.concatenate([order[in_cycle], reps[between.sources()]]),
                            np.concatenate([order[following[in_cycle]], reps[between.targets]]))


def payoffs(model: ConflictModel, codes: IntArray) -> IntArray:
    """Ordinal payoffs of every decision maker over the feasible states."""
    bit = {o: k for k, o in enumerate(model.option_ids)}
    n = len(codes)
    out = np.zeros((len(model.dms), n), dtype=np.int64)
    problems: list[Problem] = []
    for d, dm in enumerate(model.dms):
        if dm.ranking is not None:
            rank = np.full(n, -1, dtype=np.int64)
            for j, entry in enumerate(dm.ranking):
                hit = np.zeros(n, dtype=bool)
                for item in entry if isinstance(entry, list) else [entry]:
                    hit |= _rank_match(item, codes, bit, len(bit))
                new = hit & (rank < 0)
                if not new.any():
                    problems.append(Problem(("dms", d, "ranking", j), f"the entry {entry!r}",
                                            "an entry matching a feasible state not ranked before",
                                            "remove it or correct the state"))
                rank[new] = j
            missing = np.flatnonzero(rank < 0)
            if len(missing):
                shown = ", ".join(f"{i + 1} ({_yn(int(codes[i]), len(bit))})" for i in missing[:5])
                problems.append(Problem(("dms", d, "ranking"),
                                        f"{len(missing)} feasible state(s) not ranked: {shown}",
                                        "every feasible state matched by some entry",
                                        "add the states, or end with a pattern of '-' to rank the "
                                        "rest last"))
            out[d] = len(dm.ranking) - rank
        elif dm.preferences:
            out[d] = _priority_rank([_match(_masks(parse_statement(p.statement), bit), codes)
                                     for p in dm.preferences])
    if problems:
        raise ConflictModelInvalid(problems)
    return out


def _priority_rank(sat: list[BoolArray]) -> IntArray:
    """Dense rank (0 = worst) of the states by which statements they satisfy, earlier statements
    weighing more than all later ones together: the rank of the bit string (statement 1 the
    most significant bit). Up to 62 statements the string is one integer key; beyond, the
    rows of packed bits are ranked (same order, slower)."""
    if len(sat) <= 62:
        key = np.zeros(len(sat[0]), dtype=np.int64)
        for row in sat:
            key = (key << 1) | row
        return np.unique(key, return_inverse=True)[1].ravel().astype(np.int64)
    packed = np.packbits(np.stack(sat, axis=1), axis=1)
    return np.unique(packed, axis=0, return_inverse=True)[1].ravel().astype(np.int64)


def _yn(code: int, k: int) -> str:
    return "".join("Y" if code >> b & 1 else "N" for b in range(k))


def _rank_match(item: int | str, codes: IntArray, bit: dict[str, int], k: int) -> BoolArray:
    if isinstance(item, int):
        hit = np.zeros(len(codes), dtype=bool)
        if item <= len(codes):
            hit[item - 1] = True
        return hit
    if set(item) <= set("YN-") and len(item) == k:
        on = sum(1 << b for b, c in enumerate(item) if c == "Y")
        off = sum(1 << b for b, c in enumerate(item) if c == "N")
        return _match([(on, off)], codes)
    return _match(_masks(parse_condition(item), bit), codes)


def build(model: ConflictModel, coalitions: Sequence[Sequence[str]] = ()) -> Graph:
    """The graph of a conflict model. With `coalitions` (groups of decision-maker ids), each
    group moves as one mover controlling all its members' options; everyone else moves alone."""
    codes = states(model)
    bit = {o: k for k, o in enumerate(model.option_ids)}
    pay = payoffs(model, codes)
    dm_ids = [dm.id for dm in model.dms]
    blind = [_match(_masks([t for m in dm.misperceptions for t in parse_condition(m)], bit), codes)
             for dm in model.dms]
    groups: list[tuple[int, ...]] = []
    in_group: set[int] = set()
    for group in coalitions:
        idx = tuple(dm_ids.index(d) for d in dict.fromkeys(group))
        if in_group & set(idx):
            raise ValueError("a decision maker may belong to one coalition only")
        in_group |= set(idx)
        groups.append(idx)
    units = [g for g in groups] + [(d,) for d in range(len(dm_ids)) if d not in in_group]
    units.sort(key=min)
    moves, reach = [], []
    for unit in units:
        opts = [o for d in unit for o in model.dms[d].options]
        mask = sum(1 << bit[o.id] for o in opts)
        take = sum(1 << bit[o.id] for o in opts if o.direction == "take_only")
        drop = sum(1 << bit[o.id] for o in opts if o.direction == "drop_only")
        unit_blind = np.zeros(len(codes), dtype=bool)
        for d in unit:
            unit_blind |= blind[d]
        moves.append(_moves_for(codes, mask, take, drop, unit_blind))
        reach.append(_reach_skeleton(codes, mask, take, drop, unit_blind))
    owner = [d for d, dm in enumerate(model.dms) for _ in dm.options]
    return Graph(dms=tuple(dm_ids), payoff=pay,
                 movers=tuple(" + ".join(dm_ids[d] for d in u) for u in units),
                 members=tuple(units), moves=tuple(moves), codes=codes,
                 option_ids=tuple(model.option_ids), option_words=tuple(o.words for o in model.options),
                 option_owner=tuple(owner), model=model, transitive=True,
                 reach_moves=tuple(reach))
