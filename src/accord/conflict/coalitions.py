"""Coalition analysis (Kilgour, Hipel, Fang & Peng 2001; Inohara & Hipel 2008): a coalition acts
as one mover controlling all its members' options, and one of its moves is an improvement only
when it is strictly better for every member. A state stable for every individual may fail to be
stable once some decision makers join forces."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from accord.conflict.explain import move_words
from accord.conflict.graph import build
from accord.conflict.stability import stability
from accord.conflict.status_quo import status_quo
from accord.model.conflict import ConflictModel


def coalition_analysis(model: ConflictModel, coalition: Sequence[str],
                       concepts: tuple[str, ...] = ("nash", "gmr", "seq"),
                       start: int | None = None) -> dict[str, Any]:
    """Equilibria without and with `coalition` (ids of decision makers) and, for every state that
    stops being an equilibrium, the coalition's improvement that breaks it; with `start`, the
    status-quo analysis when the coalition moves as one. SMR for a coalition is computed from the
    literal definition (slower)."""
    alone = build(model)
    joint = build(model, [list(coalition)])
    before = stability(alone, concepts)
    after = stability(joint, concepts)
    c_index = joint.movers.index(" + ".join(d for d in (dm.id for dm in model.dms) if d in coalition))
    out: dict[str, Any] = {"coalition": list(coalition), "concepts": {}}
    for c in concepts:
        eb, ea = set(before.equilibria(c)), set(after.equilibria(c))
        lost = []
        for s in sorted(eb - ea):
            moves = [int(t) for t in joint.improvements[c_index].of(s)]
            lost.append({"state": s + 1, "label": joint.state_label(s),
                         "coalition_improvements": [move_words(joint, c_index, s, t) for t in moves]})
        out["concepts"][c] = {"individual": [s + 1 for s in sorted(eb)],
                              "with_coalition": [s + 1 for s in sorted(ea)],
                              "lost": lost, "gained": [s + 1 for s in sorted(ea - eb)]}
    if start is not None:
        out["status_quo"] = status_quo(joint, start, after, concepts)
    return out
