"""How stable the concession ranking is: the cheapest concession set recomputed under saliences
perturbed at random (uniformly by up to ``spread`` either way, clipped to 0-1, every position in
force independently), counting how often each set comes first. Saliences are judgement calls
read from sources; a ranking that flips under small changes of them should not be reported as a
finding. Seeded: the same seed gives the same counts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from accord.model import Scenario
from accord.space.concessions import Change, Prepared, concessions, prepare

RUNS = 20
SPREAD = 0.1
SEED = 0


def _key(changes: tuple[Change, ...]) -> tuple[tuple[str, ...], ...]:
    """A concession set by what changes, not by what it costs (costs move with the weights)."""
    return tuple(sorted((c.kind, c.actor, c.issue or "", c.option or "", c.red_line or "")
                        for c in changes))


def _words(changes: tuple[Change, ...]) -> list[str]:
    # reservation cuts are named without their amount, which moves with the weights
    return [c.describe() if c.kind != "lower_reservation" else f"{c.actor} lowers its reservation value"
            for c in changes]


def perturbed(scenario: Scenario, date: str, rng: np.random.Generator, spread: float) -> Scenario:
    """The scenario with the salience of every position in force at ``date`` moved by a uniform
    draw in [-spread, spread], clipped to [0, 1]."""
    in_force = {id(p) for a in dict.fromkeys(p.actor for p in scenario.positions)
                for i in scenario.issues if (p := scenario.position(a, i.id, date)) is not None}
    positions = [p.model_copy(update={"salience": float(np.clip(
        p.salience + rng.uniform(-spread, spread), 0.0, 1.0))}) if id(p) in in_force else p
        for p in scenario.positions]
    return scenario.model_copy(update={"positions": positions})


def _salience_draws(scenario: Scenario, date: str
                    ) -> Callable[[np.random.Generator, float], np.ndarray]:
    """A function of (rng, spread) giving the party x issue saliences of `perturbed`'s
    scenario, with the same draws (one per position in force, in the order of the positions),
    without copying the scenario."""
    parties = list(scenario.parties)
    in_force = {id(p) for a in dict.fromkeys(p.actor for p in scenario.positions)
                for i in scenario.issues if (p := scenario.position(a, i.id, date)) is not None}
    drawn = [n for n, p in enumerate(scenario.positions) if id(p) in in_force]
    where = {id(p): n for n, p in enumerate(scenario.positions)}
    cells = [(a, i, where[id(p)]) for a, actor in enumerate(parties)
             for i, issue in enumerate(scenario.issues)
             if (p := scenario.position(actor, issue.id, date)) is not None]
    stated = [p.salience for p in scenario.positions]

    def draw(rng: np.random.Generator, spread: float) -> np.ndarray:
        moved = list(stated)
        for n in drawn:
            moved[n] = float(np.clip(stated[n] + rng.uniform(-spread, spread), 0.0, 1.0))
        sal = np.zeros((len(parties), len(scenario.issues)), dtype=np.float64)
        for a, i, n in cells:
            sal[a, i] = moved[n]
        return sal

    return draw


def ranking_stability(scenario: Scenario, date: str, base: list[tuple[Change, ...]],
                      runs: int = RUNS, spread: float = SPREAD, seed: int = SEED,
                      genius: bool = False) -> dict[str, Any]:
    """For the concession sets ``base`` (cheapest first, as ranked on the stated saliences): in
    how many of ``runs`` perturbed scenarios each comes first, and which other sets do."""
    rng = np.random.default_rng(seed)
    firsts: dict[tuple[tuple[str, ...], ...], int] = {}
    words: dict[tuple[tuple[str, ...], ...], list[str]] = {_key(c): _words(c) for c in base}
    failed = 0
    # built once: only the saliences move from run to run (the same draws as `perturbed`)
    try:
        prepared: Prepared | None = prepare(scenario, date, genius=genius)
    except ValueError:
        prepared = None
    draw = _salience_draws(scenario, date)
    for _ in range(runs):
        try:
            if prepared is None:
                raise ValueError("no concession search for this scenario")
            found, _ = concessions(scenario, date, top=1, open_zones=False, genius=genius,
                                   prepared=prepared, saliences=draw(rng, spread))
        except ValueError:
            failed += 1
            continue
        if not found:
            firsts[()] = firsts.get((), 0) + 1  # the perturbed zone is already open
            words.setdefault((), ["none needed: the zone is open"])
            continue
        k = _key(found[0].changes)
        firsts[k] = firsts.get(k, 0) + 1
        words.setdefault(k, _words(found[0].changes))
    done = runs - failed
    base_keys = [_key(c) for c in base]
    sets = [{"changes": words[k], "rank": n + 1, "first_in": firsts.get(k, 0),
             "share_first": round(firsts.get(k, 0) / done, 3) if done else None}
            for n, k in enumerate(base_keys)]
    others = [{"changes": words[k], "rank": None, "first_in": c,
               "share_first": round(c / done, 3) if done else None}
              for k, c in sorted(firsts.items(), key=lambda kv: -kv[1]) if k not in base_keys]
    return {"runs": runs, "valid_runs": done, "seed": seed, "salience_spread": spread,
            "rule": (f"every salience in force moved by a uniform draw in [-{spread}, {spread}] "
                     "(clipped to 0-1), the cheapest set recomputed; counts of how often each set "
                     "comes first"),
            "sets": sets + others}
