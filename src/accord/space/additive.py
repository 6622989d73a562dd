"""Additive utility spaces: ``U_p(package) = sum_i w_pi * v_pi(option_i)``.

An :class:`AdditiveSpace` holds, for every issue, the weighted value each party gets from each
option, the options each party rejects outright (single-issue red lines), cross-issue red lines
as clause masks, and reservation values.

Utilities are float64 and a package's utility is, by definition, the sum of its per-issue
contributions added in issue order (``((c_1 + c_2) + c_3) + ...``), the way a plain loop or a
brute-force enumeration computes it. The decomposed algorithms add in the same order, so they
produce bit-for-bit the same utilities and the same ties; where they prune they keep a safety
margin (``margin``) larger than any rounding the remaining additions could cause, and decide
exactly only on complete packages.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]
BoolArray = NDArray[np.bool_]


def margin(block_values: list[FloatArray], n_parties: int) -> FloatArray:
    """Per party, a bound well above the rounding error that adding the contributions of the
    given blocks (each (rows, parties)) can introduce into the difference of two partial sums.
    Pruning decisions that could flip within this margin are left to the exact final check."""
    top = np.ones(n_parties)
    for v in block_values:
        if v.size:
            top = top + np.abs(v).max(axis=0)
    return np.asarray(16.0 * (len(block_values) + 2) * np.finfo(np.float64).eps * top)


@dataclass(frozen=True)
class CrossConstraint:
    """A cross-issue red line of one party: the package is unacceptable to ``party`` when, for
    every issue in ``holds``, the option chosen there is one where the mask is True."""

    party: int
    holds: dict[int, BoolArray]
    label: str
    """The red line's id in the scenario."""
    condition: str = ""


@dataclass(frozen=True)
class AdditiveSpace:
    """Parties' additive utilities over packages (one option per issue).

    ``values[i]`` has shape (parties, options of issue i);
    ``allowed[i]`` is False where the option is a red line of that party.
    """

    parties: tuple[str, ...]
    issues: tuple[str, ...]
    options: tuple[tuple[str, ...], ...]
    values: tuple[FloatArray, ...]
    allowed: tuple[BoolArray, ...]
    reservation: FloatArray
    cross: tuple[CrossConstraint, ...] = ()
    notes: tuple[str, ...] = field(default=())
    """How the space was built (e.g. numeric issues turned into a grid)."""

    @property
    def n_parties(self) -> int:
        return len(self.parties)

    @property
    def size(self) -> int:
        """Number of packages (exact, may exceed 2**63)."""
        return math.prod(len(o) for o in self.options)

    def utilities(self, packages: IntArray) -> FloatArray:
        """Utilities (m, parties) of packages given as option indices (m, issues), added in
        issue order."""
        packages = np.atleast_2d(packages)
        total = np.zeros((packages.shape[0], self.n_parties), dtype=np.float64)
        for i, v in enumerate(self.values):
            total += v[:, packages[:, i]].T
        return total

    def crosses(self, packages: IntArray) -> BoolArray:
        """(m, parties): True where the package crosses a red line of that party."""
        packages = np.atleast_2d(packages)
        out = np.zeros((packages.shape[0], self.n_parties), dtype=bool)
        for i, a in enumerate(self.allowed):
            out |= ~a[:, packages[:, i]].T
        for c in self.cross:
            hit = np.ones(packages.shape[0], dtype=bool)
            for i, mask in c.holds.items():
                hit &= mask[packages[:, i]]
            out[:, c.party] |= hit
        return out

    def package_index(self, labels: Sequence[str]) -> tuple[int, ...]:
        return tuple(opts.index(x) for opts, x in zip(self.options, labels, strict=True))

    def labels(self, package: Sequence[int]) -> list[str]:
        return [self.options[i][int(j)] for i, j in enumerate(package)]

    def all_packages(self, chunk: int = 1 << 20) -> Iterator[IntArray]:
        """Every package in outcome order (last issue fastest), in chunks (brute force; for
        tests and small spaces)."""
        sizes = [len(o) for o in self.options]
        it = itertools.product(*(range(n) for n in sizes))
        while True:
            block = list(itertools.islice(it, chunk))
            if not block:
                return
            yield np.asarray(block, dtype=np.int64).reshape(len(block), len(sizes))


# -- blocks: the units the decomposed algorithms run over ---------------------------------------

@dataclass(frozen=True)
class Block:
    """One or more issues treated as a unit: ``rows`` lists the admissible option combinations
    (option indices per member issue), ``values`` their utilities (rows, parties), added in
    issue order within the block."""

    issues: tuple[int, ...]
    rows: IntArray
    values: FloatArray

    @property
    def size(self) -> int:
        return int(self.rows.shape[0])


MAX_COMPOUND = 1 << 24
"""Most option combinations enumerated for the issues tied together by cross-issue red lines."""


def blocks(space: AdditiveSpace, red_lines: bool = True, chunk: int = 1 << 20) -> tuple[list[Block], str]:
    """The space as independent blocks, and a sentence naming the method.

    With ``red_lines`` options that are a red line of any party are dropped, and the issues
    named in cross-issue red lines are merged into one compound block whose rows are the
    combinations that cross no such red line (enumerated in chunks of ``chunk``). Without
    ``red_lines`` every issue is its own block.
    """
    n = len(space.issues)
    tied: list[int] = sorted({i for c in space.cross for i in c.holds}) if red_lines else []
    out: list[Block] = []
    for i in range(n):
        if i in tied:
            continue
        keep = np.flatnonzero(space.allowed[i].all(axis=0)) if red_lines else np.arange(len(space.options[i]))
        out.append(Block((i,), keep.reshape(-1, 1).astype(np.int64), space.values[i][:, keep].T.copy()))
    method = f"decomposition over {n} independent issues"
    if tied:
        keeps = [np.flatnonzero(space.allowed[i].all(axis=0)) for i in tied]
        total = math.prod(len(k) for k in keeps)
        if total > MAX_COMPOUND:
            raise ValueError(f"cross-issue red lines tie {len(tied)} issues with {total} option "
                             f"combinations (more than {MAX_COMPOUND}); split the red lines")
        rows_parts, val_parts = [], []
        radices = [len(k) for k in keeps]
        for start in range(0, total, chunk):
            flat = np.arange(start, min(total, start + chunk), dtype=np.int64)
            digits = np.empty((flat.size, len(tied)), dtype=np.int64)
            rest = flat
            for j in range(len(tied) - 1, -1, -1):
                digits[:, j] = keeps[j][rest % radices[j]]
                rest = rest // radices[j]
            ok = np.ones(flat.size, dtype=bool)
            for c in space.cross:
                hit = np.ones(flat.size, dtype=bool)
                for i, mask in c.holds.items():
                    hit &= mask[digits[:, tied.index(i)]]
                ok &= ~hit
            digits = digits[ok]
            vals = np.zeros((digits.shape[0], space.n_parties), dtype=np.float64)
            for j, i in enumerate(tied):
                vals += space.values[i][:, digits[:, j]].T
            rows_parts.append(digits)
            val_parts.append(vals)
        rows = np.concatenate(rows_parts) if rows_parts else np.empty((0, len(tied)), np.int64)
        vals = np.concatenate(val_parts) if val_parts else np.empty((0, space.n_parties), np.float64)
        out.append(Block(tuple(tied), rows, vals))
        out.sort(key=lambda b: b.issues[0])
        method += (f", except {len(tied)} issues tied by cross-issue red lines, enumerated as one "
                   f"group ({total:,} combinations in chunks of {chunk:,}, {rows.shape[0]:,} admissible)")
    return out, method


def block_order_key(bs: list[Block]) -> list[int]:
    """Issue indices in the order the blocks list them (the tie-break order)."""
    return [i for b in bs for i in b.issues]
