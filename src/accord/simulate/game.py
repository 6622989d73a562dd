"""What is bargained over: the parties' utilities of the packages that cross no red line,
reduced to the Pareto frontier of those packages.

Whether an agreement zone exists for a vector of (perceived) values of no deal, and which
package the Nash solution picks, depends only on that frontier: every package in the zone is
weakly dominated by a frontier package, which is then in the zone too. So the simulation asks the
agreement-space engine once for the frontier and answers every round's question from it."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from numpy.typing import NDArray

from accord.model import Scenario
from accord.space import AdditiveSpace, frontiers, scenario_space

FloatArray = NDArray[np.float64]
BoolArray = NDArray[np.bool_]


@dataclass(frozen=True)
class Game:
    """Bargaining parties, the frontier of red-line-respecting packages and the no-deal point.

    ``points`` (K, n): utilities of frontier packages; ``packages``: one package (option label per
    issue) behind each point; ``ratify`` (K): True where the package needs the ratifying party's
    referendum. ``continuous``: the points are vertices of a frontier that also holds every
    point on the segments between neighbours (two parties; used for closed-form checks such as
    splitting a pie)."""

    parties: tuple[str, ...]
    points: FloatArray
    reservation: FloatArray
    issues: tuple[str, ...] = ()
    packages: tuple[tuple[str, ...], ...] = ()
    ratify: BoolArray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    ratifier: int | None = None
    continuous: bool = False
    notes: tuple[str, ...] = ()
    crosses: BoolArray = field(default_factory=lambda: np.zeros((0, 0), dtype=bool))
    """(K, n): True where the package crosses a red line of that party (such a package is
    agreed only if the party's gain covers the political cost of crossing it)."""
    crossed: tuple[tuple[str, ...], ...] = ()
    """Per point: the red lines it crosses, as 'ACTOR issue = option' or 'ACTOR red line ID'."""

    def __post_init__(self) -> None:
        k, n = self.points.shape
        if n != len(self.parties) or n < 2:
            raise ValueError("a game needs at least two parties and one utility column per party")
        if self.reservation.shape != (n,):
            raise ValueError("one value of no deal per party")
        if self.ratify.shape != (k,):
            object.__setattr__(self, "ratify", np.zeros(k, dtype=bool))
        if self.crosses.shape != (k, n):
            object.__setattr__(self, "crosses", np.zeros((k, n), dtype=bool))
        if len(self.crossed) != k:
            object.__setattr__(self, "crossed", tuple(() for _ in range(k)))

    @property
    def n_parties(self) -> int:
        return len(self.parties)

    def best_for(self, party: int) -> int:
        """The frontier point best for ``party`` (ties: best for the others in order)."""
        keys = tuple(-self.points[:, j] for j in reversed(range(self.n_parties)) if j != party)
        return int(np.lexsort((*keys, -self.points[:, party]))[0])


def pie(
    vertices: int = 2, reservation: Sequence[float] = (0.0, 0.0), parties: tuple[str, str] = ("A", "B")
) -> Game:
    """Two parties splitting a unit pie: the frontier u_B = 1 - u_A, linear between vertices."""
    x = np.linspace(0.0, 1.0, vertices)
    return Game(
        parties,
        np.column_stack([x, 1.0 - x]),
        np.asarray(reservation, dtype=np.float64),
        issues=("share",),
        packages=tuple((f"{v:g}",) for v in x),
        continuous=True,
        notes=("a unit pie split between two parties",),
    )


MAX_PARTIES = 4
"""Frontiers are computed for every subset of parties allowed to cross their red lines (2^n)."""


def _red_lines_crossed(space: AdditiveSpace, package: Sequence[int]) -> tuple[str, ...]:
    out = []
    for i, allowed in enumerate(space.allowed):
        for a in np.flatnonzero(~allowed[:, package[i]]):
            out.append(f"{space.parties[a]} {space.issues[i]} = {space.options[i][package[i]]}")
    for c in space.cross:
        if all(mask[package[i]] for i, mask in c.holds.items()):
            out.append(f"{space.parties[c.party]} red line {c.label}")
    return tuple(out)


def from_scenario(
    scenario: Scenario,
    as_of: str | None = None,
    parties: Sequence[str] | None = None,
    ratifier: str | None = None,
    ratify_options: Mapping[str, Sequence[str]] | None = None,
) -> Game:
    """The parties' bargaining set from the agreement-space engine (exact utilities; numeric
    issues on their grid) with their reservation values at ``as_of``.

    Red lines are hard in the agreement-space engine; over time a leader may still cross one at
    a political cost. So the set holds, for every subset C of parties, the Pareto frontier of
    the packages that cross no red line of a party outside C, each point marked with the
    parties whose red lines it crosses. With a cost per crossing party this is exactly the
    frontier of effective utilities: any package is dominated by a point of the frontier for its
    own crossing set, and that point crosses no more red lines. ``ratify_options`` names, per
    issue, the options that make a package need the ``ratifier``'s referendum (e.g. ceding
    territory)."""
    space = scenario_space(scenario, as_of=as_of, parties=list(parties) if parties else None)
    n = space.n_parties
    if n > MAX_PARTIES:
        raise ValueError(
            f"the simulation handles at most {MAX_PARTIES} bargaining parties, "
            f"not {n}; name the parties to simulate"
        )
    seen: dict[tuple[int, ...], int] = {}
    pts: list[FloatArray] = []
    firsts: list[tuple[int, ...]] = []
    for size in range(n + 1):
        for group in itertools.combinations(range(n), size):
            allowed = tuple(np.where(np.isin(np.arange(n), group)[:, None], True, a) for a in space.allowed)
            relaxed = replace(
                space, allowed=allowed, cross=tuple(c for c in space.cross if c.party not in group)
            )
            _, free, _ = frontiers(relaxed)
            for k in range(len(free)):
                key = tuple(int(x) for x in free.first[k])
                if key not in seen:
                    seen[key] = len(firsts)
                    firsts.append(key)
                    pts.append(np.asarray(free.points[k], dtype=np.float64))
    if not firsts:
        raise ValueError("the scenario has no package at all")
    packs = np.asarray(firsts, dtype=np.int64)
    points = np.vstack(pts)
    crosses = space.crosses(packs)
    # keep only points not dominated in every crossing pattern's sense: a point is redundant when
    # another crosses a subset of its red-line parties and is at least as good for everyone
    keep = np.ones(len(firsts), dtype=bool)
    for k in range(len(firsts)):
        sub = (~crosses | crosses[k]).all(axis=1) & (points >= points[k]).all(axis=1)
        strictly = sub & ((points > points[k]).any(axis=1) | (crosses.sum(axis=1) < crosses[k].sum()))
        keep[k] = not strictly.any()
    packs, points, crosses = packs[keep], points[keep], crosses[keep]
    labels = tuple(tuple(space.labels(p)) for p in packs)
    need = np.zeros(len(labels), dtype=bool)
    for i, issue in enumerate(space.issues):
        bad = set((ratify_options or {}).get(issue, ()))
        if bad:
            need |= np.asarray([lab[i] in bad for lab in labels], dtype=bool)
    who = space.parties.index(ratifier) if ratifier in space.parties else None
    notes = [*space.notes]
    if space.on_grid:
        notes.append(f"packages {space.on_grid}")
    return Game(
        tuple(space.parties),
        points,
        np.asarray(space.reservation, dtype=np.float64),
        tuple(space.issues),
        labels,
        need if who is not None else np.zeros(len(labels), dtype=bool),
        who,
        False,
        tuple(notes),
        np.asarray(crosses, dtype=bool),
        tuple(_red_lines_crossed(space, p) for p in packs),
    )
