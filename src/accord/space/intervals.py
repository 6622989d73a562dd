"""Intervals of a numeric issue with open or closed ends, exactly (no sampling).

Red-line ranges are closed: `[300, 500]` rejects 300 and 500. Cutting one out of an acceptable
range leaves pieces that are open at the cut, so two actors whose ranges only touch at a
red-line bound do not share a value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from accord.model.base import number


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float
    lo_closed: bool = True
    hi_closed: bool = True

    @property
    def empty(self) -> bool:
        return self.lo > self.hi or (self.lo == self.hi and not (self.lo_closed and self.hi_closed))

    def __contains__(self, x: float) -> bool:
        above = x > self.lo or (x == self.lo and self.lo_closed)
        below = x < self.hi or (x == self.hi and self.hi_closed)
        return above and below

    def __and__(self, other: Interval) -> Interval:
        if self.lo > other.lo:
            lo, lo_closed = self.lo, self.lo_closed
        elif other.lo > self.lo:
            lo, lo_closed = other.lo, other.lo_closed
        else:
            lo, lo_closed = self.lo, self.lo_closed and other.lo_closed
        if self.hi < other.hi:
            hi, hi_closed = self.hi, self.hi_closed
        elif other.hi < self.hi:
            hi, hi_closed = other.hi, other.hi_closed
        else:
            hi, hi_closed = self.hi, self.hi_closed and other.hi_closed
        return Interval(lo, hi, lo_closed, hi_closed)

    def minus(self, lo: float, hi: float) -> list[Interval]:
        """This interval without the closed range [lo, hi]."""
        pieces = [self & Interval(-math.inf, lo, False, False), self & Interval(hi, math.inf, False, False)]
        return [p for p in pieces if not p.empty]

    def __str__(self) -> str:
        if self.lo == self.hi:
            return number(self.lo)
        return (("[" if self.lo_closed else "(") + f"{number(self.lo)}, {number(self.hi)}"
                + ("]" if self.hi_closed else ")"))


def intersect_all(sets: list[list[Interval]]) -> list[Interval]:
    """The intersection of several unions of intervals (an empty list of sets gives [])."""
    if not sets:
        return []
    common = sets[0]
    for pieces in sets[1:]:
        common = [c for a in common for b in pieces if not (c := a & b).empty]
    return common
