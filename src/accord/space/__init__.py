"""Agreement space: which settlements each actor can accept, where red lines collide, how
proposals fare against every actor's red lines; the exact agreement zone, Pareto frontiers,
bargaining solutions, minimal concessions and logrolling pairs (semantics: docs/space.md).

One module per idea: ``preferences`` (utilities from positions), ``genius_semantics``,
``additive`` (the space and its blocks), ``pareto``, ``zone``, ``bargaining``, ``concessions``,
``proposals``, ``tradeoffs``; ``analysis`` runs them all and returns JSON-ready data.
"""

from accord.space.acceptability import (
    Collision,
    Crossing,
    ProposalCheck,
    acceptable_options,
    check_proposal,
    issue_collisions,
)
from accord.space.additive import AdditiveSpace, CrossConstraint
from accord.space.analysis import analyse_scenario, analyse_space, frontiers, red_line_conflict
from accord.space.bargaining import solve
from accord.space.concessions import concessions
from accord.space.pareto import frontier, nondominated
from accord.space.preferences import scenario_space
from accord.space.tradeoffs import logrolls

__all__ = ["AdditiveSpace", "Collision", "CrossConstraint", "Crossing", "ProposalCheck",
           "acceptable_options", "analyse_scenario", "analyse_space", "check_proposal",
           "concessions", "frontier", "frontiers", "issue_collisions", "logrolls", "nondominated",
           "red_line_conflict", "scenario_space", "solve"]
