"""Agreement space: which settlements each actor can accept, where red lines collide, and how
proposals fare against every actor's red lines."""

from accord.space.acceptability import (
    Collision,
    Crossing,
    ProposalCheck,
    acceptable_options,
    check_proposal,
    issue_collisions,
)

__all__ = ["Collision", "Crossing", "ProposalCheck", "acceptable_options", "check_proposal",
           "issue_collisions"]
