"""Decision makers frozen by feasibility rules: states in which a decision maker could, by the
direction of its options, change something, yet every change lands on an infeasible state.

A state-feasibility rule such as "the force deploys only with a ceasefire" is often meant as an
order of moves (Europe deploys only after the guns fall silent), but GMCR reads it as a property
of states: once the force is deployed, Russia may no longer end the ceasefire, so it has no legal
move and every such state is stable for Russia for that reason alone. This check finds those
states so the modeller can move the cost of the move into the preferences instead."""

from __future__ import annotations

from typing import Any

import numpy as np

from accord.conflict.graph import Graph, _masks, build
from accord.model.conflict import ConflictModel, options_in

MAX_OPTIONS_CHECKED = 24
"""Larger models are not checked (the check enumerates the feasible states)."""


def frozen_moves(model: ConflictModel, graph: Graph | None = None) -> list[dict[str, Any]]:
    """Per decision maker frozen in some states: the states (1-based numbers), the feasibility
    rules that block its changes there (0-based indices into `feasibility`), the options of other
    decision makers taken in all of them, and a sentence with the fix."""
    if graph is None and len(model.option_ids) > MAX_OPTIONS_CHECKED:
        return []
    g = graph or build(model)
    assert g.codes is not None
    bit = {o: k for k, o in enumerate(g.option_ids)}
    out = []
    for dm in model.dms:
        moves = g.moves[g.movers.index(dm.id)]
        stuck = np.flatnonzero(np.diff(moves.indptr) == 0)
        could = np.zeros(len(stuck), dtype=bool)
        for o in dm.options:
            taken = (g.codes[stuck] >> bit[o.id]) & 1 == 1
            if o.direction != "take_only":
                could |= taken
            if o.direction != "drop_only":
                could |= ~taken
        frozen = stuck[could]
        if not len(frozen):
            continue
        own = {o.id for o in dm.options}
        common = [o for o in g.option_ids if o not in own
                  and all((int(g.codes[s]) >> bit[o]) & 1 for s in frozen)]
        rules = _blocking_rules(model, bit, dm.options, [int(g.codes[s]) for s in frozen])
        named = "; ".join(f"feasibility[{i}] ({_rule_words(model, i)})" for i in rules)
        numbers = [int(s) + 1 for s in frozen]
        shown = ", ".join(str(n) for n in numbers[:12]) + (" ..." if len(numbers) > 12 else "")
        cause = (f"; in all of them {', '.join(common)} {'is' if len(common) == 1 else 'are'} taken"
                 if common else "")
        out.append({
            "dm": dm.id,
            "states": numbers,
            "rules": rules,
            "options_of_others": common,
            "message": (f"{dm.id} has no legal move in {len(numbers)} state(s) ({shown}): "
                        f"{named or 'the feasibility rules'} forbid every change of its options "
                        f"there{cause}, so "
                        f"those states are stable for {dm.id} for that reason alone. If a rule "
                        "stands for an order of moves rather than an impossible state, drop it and "
                        "put the cost of the move in the preferences."),
        })
    return out


def _blocking_rules(model: ConflictModel, bit: dict[str, int], options: list[Any],
                    codes: list[int]) -> list[int]:
    """Feasibility rules that block the changes of ``options`` in ``codes``: those that alone
    stand in the way of some change (dropping one would free the decision maker), else every
    rule a change breaks."""
    # Rules over the decision maker's own options only shape its own choice set; those naming
    # another decision maker's options are the ones that can freeze it.
    own_ids = {o.id for o in options}
    terms = [(i, _masks(rule.infeasible_dnf(), bit)) for i, rule in enumerate(model.feasibility)
             if set(options_in(rule.infeasible_dnf())) - own_ids]
    own = [(1 << bit[o.id], o.direction) for o in options]
    found: set[int] = set()
    decisive: set[int] = set()
    for code in codes:
        for pick in range(1, 1 << len(own)):
            target = code
            legal = True
            for k, (mask, direction) in enumerate(own):
                if not pick >> k & 1:
                    continue
                taken = bool(code & mask)
                legal &= not (taken and direction == "take_only") and not (
                    not taken and direction == "drop_only")
                target ^= mask
            if not legal:
                continue
            broken = {i for i, masks in terms
                      if any(target & on == on and target & off == 0 for on, off in masks)}
            found |= broken
            if len(broken) == 1:
                decisive |= broken
    return sorted(decisive or found)


def _rule_words(model: ConflictModel, i: int) -> str:
    rule = model.feasibility[i]
    if rule.kind == "requires":
        return f"{rule.option} requires {' and '.join(rule.options)}"
    if rule.kind == "infeasible":
        return f"infeasible when {rule.when}"
    return f"{rule.kind.replace('_', ' ')} of {', '.join(rule.options)}"
