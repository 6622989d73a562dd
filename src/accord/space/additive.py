"""Additive utility spaces: ``U_p(package) = sum_i w_pi * v_pi(option_i)``.

An :class:`AdditiveSpace` holds, for every issue, the weighted value each party gets from each
option, the options each party rejects outright (single-issue red lines), cross-issue red lines
as clause masks, and reservation values.

Arithmetic (``AdditiveSpace.arithmetic``):

- ``"exact"`` (accord's own semantics, the default): every per-issue contribution and
  reservation value is read as the simplest fraction with denominator at most
  ``MAX_DENOMINATOR`` that rounds to the stored float (0.1 is 1/10, a weight 1/3 times 0.5 is
  1/6), and each party's utilities are compared as exact integers on that party's common
  denominator (:func:`exact`). Equal sums of decimals are therefore equal (0.1 + 0.3 ties with
  0.2 + 0.2), whatever the order of addition or the grouping of issues into blocks. When a value
  has no such fraction, or the integers would exceed 2**50, the space falls back to
  ``"float64"`` and says so in its notes.
- ``"float64"`` (Genius semantics): a package's utility is the float64 sum of its per-issue
  contributions in issue order, as Genius computes it; ties are ties of those floats.

The decomposed algorithms run on integer-valued float64 in the exact form (sums below 2**52
are exact); in float64 form they keep a safety margin (``margin``) larger than any rounding the
remaining additions could cause when they prune, and decide only on complete packages.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction

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
    grid: tuple[tuple[str, int], ...] = ()
    """Numeric issues analysed on a finite grid: (issue, number of grid values)."""
    midpoints: tuple[tuple[str, tuple[int, ...]], ...] = ()
    """Per numeric issue, the grid indices of the midpoints that stand for the open pieces
    between breakpoints (without it, the grid alternates breakpoint, midpoint, breakpoint)."""
    integer: tuple[str, ...] = ()
    """Numeric issues whose values are whole numbers (``Issue.integer``)."""
    arithmetic: str = "exact"
    """``"exact"`` (rational utilities, see module docstring) or ``"float64"`` (Genius)."""
    scale: FloatArray | None = None
    """Set on the integer form made by :func:`exact`: per party, the common denominator; the
    true utility is ``value / scale``."""

    @property
    def on_grid(self) -> str:
        """"" or a phrase naming the grids results are exact on, for labels."""
        if not self.grid:
            return ""
        return "on the grid of " + " and ".join(f"{n} values of {i}" for i, n in self.grid)

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
        if self.scale is None and self.arithmetic == "exact":
            work = exact(self)
            if work.scale is not None:
                return np.asarray(work.utilities(packages) / work.scale)
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


MAX_DENOMINATOR = 10**7
"""Largest denominator :func:`exact` reads a value as (decimals up to 7 places, weights that are
ratios of such decimals times option values)."""


def _fraction(x: float) -> Fraction | None:
    f = Fraction(x).limit_denominator(MAX_DENOMINATOR)
    return f if abs(float(f) - x) <= 8 * np.finfo(np.float64).eps * max(1.0, abs(x)) else None


def exact(space: AdditiveSpace) -> AdditiveSpace:
    """The space in exact integer form (values and reservations times each party's common
    denominator, stored as integer-valued float64, ``scale`` set), or the space marked
    ``"float64"`` with a note when a value has no small fraction or the integers would be too
    large. Spaces already in integer form or in float64 arithmetic are returned unchanged."""
    if space.scale is not None or space.arithmetic != "exact":
        return space
    cached = space.__dict__.get("_exact")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    out = _exact(space)
    object.__setattr__(space, "_exact", out)
    return out


def _exact(space: AdditiveSpace) -> AdditiveSpace:
    n_par = space.n_parties
    fracs: list[list[list[Fraction]]] = []  # [issue][party][option]
    res: list[Fraction] = []
    scale = []
    for a in range(n_par):
        dens = 1
        for v in space.values:
            for x in v[a]:
                f = _fraction(float(x))
                if f is None:
                    return _fallback(space, f"value {float(x)!r} of {space.parties[a]}")
                dens = math.lcm(dens, f.denominator)
        r = _fraction(float(space.reservation[a]))
        if r is None:
            return _fallback(space, f"reservation value of {space.parties[a]}")
        dens = math.lcm(dens, r.denominator)
        res.append(r)
        bound = sum(float(np.abs(v[a]).max()) for v in space.values if v.size) + abs(float(r)) + 1
        if dens * bound >= 2.0**50:
            return _fallback(space, f"common denominator {dens} of {space.parties[a]}")
        scale.append(dens)
    for v in space.values:
        fracs.append([[Fraction(_fraction(float(x)) or 0) for x in v[a]] for a in range(n_par)])
    values = tuple(np.asarray([[float(f * scale[a]) for f in row] for a, row in enumerate(iss)],
                              dtype=np.float64).reshape(n_par, -1) for iss in fracs)
    return replace(space, values=values,
                   reservation=np.asarray([float(r * d) for r, d in zip(res, scale, strict=True)]),
                   scale=np.asarray(scale, dtype=np.float64))


def _fallback(space: AdditiveSpace, why: str) -> AdditiveSpace:
    return replace(space, arithmetic="float64", notes=(
        *space.notes, f"utilities compared as float64 sums in issue order ({why} is not a "
        f"fraction with denominator <= {MAX_DENOMINATOR:,}), so ties are float ties"))


def true_fraction(value: float, scale: float) -> Fraction:
    """The exact utility behind ``value`` (a true-unit utility of an exact space, or a scaled
    integer when ``scale`` is 1)."""
    return Fraction(round(value * scale), int(scale))


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
