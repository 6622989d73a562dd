"""Options of the KTAB Spatial Model of Politics (`accord.forecast.ktab`): each of KTAB's model
parameters as an enum or a number, their defaults (KTAB's 2017 defaults), their valid ranges and
the check that enforces them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from accord.forecast.inputs import Range, check_ranges


class VotingRule(StrEnum):
    BINARY = "binary"
    PROP_BIN = "prop_bin"
    PROPORTIONAL = "proportional"
    PROP_CUBIC = "prop_cubic"
    CUBIC = "cubic"
    ASYM_PROSPECT = "asym_prospect"


class VictoryModel(StrEnum):
    LINEAR = "linear"
    SQUARE = "square"
    QUARTIC = "quartic"
    OCTIC = "octic"


class BigRRange(StrEnum):
    MIN = "min"
    MID = "mid"
    MAX = "max"


class BigRAdjust(StrEnum):
    FULL = "full"
    TWO_THIRDS = "two_thirds"
    HALF = "half"
    ONE_THIRD = "one_third"
    NONE = "none"


class ThirdPartyCommit(StrEnum):
    FULL = "full"
    SEMI = "semi"
    NONE = "none"


class PceModel(StrEnum):
    CONDITIONAL = "conditional"
    MARKOV_UNIFORM = "markov_uniform"
    MARKOV_INCENTIVE = "markov_incentive"


class StateTransitions(StrEnum):
    DETERMINISTIC = "deterministic"
    STOCHASTIC = "stochastic"


class BargainModel(StrEnum):
    INIT_ONLY = "init_only"
    INIT_RCVR = "init_rcvr"
    PW_COMPROMISE = "pw_compromise"


class InterVecBargain(StrEnum):
    S1P1 = "s1p1"
    S2P2 = "s2p2"
    S2PMAX = "s2pmax"


@dataclass(frozen=True)
class KtabOptions:
    """KTAB's model parameters; the defaults are KTAB's defaults (the reference logs' header:
    Linear, Prop, Conditional, Deterministic, Mid, OneThird, SemiCommit, S2P2, InitOnlyInterp).

    Non-default choices follow KTAB's code with two deliberate differences, both in bargain
    models KTAB does not use by default: `init_rcvr` and `pw_compromise` take the receiver's
    estimate of P(i beats j) (KTAB 2017 passes the receiver's expected gain where a probability
    is expected), and `pw_compromise` weighs the receiver's view by the receiver's capability
    (KTAB uses the initiator's). `stochastic` transitions draw from numpy's generator seeded
    with `seed` (not KTAB's PRNG).
    """

    voting_rule: VotingRule = VotingRule.PROPORTIONAL
    victory_model: VictoryModel = VictoryModel.LINEAR
    big_r_range: BigRRange = BigRRange.MID
    big_r_adjust: BigRAdjust = BigRAdjust.ONE_THIRD
    third_party_commit: ThirdPartyCommit = ThirdPartyCommit.SEMI
    inter_vec_bargain: InterVecBargain = InterVecBargain.S2P2
    pce_model: PceModel = PceModel.CONDITIONAL
    state_transitions: StateTransitions = StateTransitions.DETERMINISTIC
    bargain_model: BargainModel = BargainModel.INIT_ONLY
    seed: int = 0
    min_iter: int = 2
    max_iter: int = 100
    min_delta_ratio: float = 0.02
    min_sig_delta: float = 1e-4
    pos_tol: float = 1e-3
    """Two positions closer than this (on the 0-1 scale) count as one when probabilities are
    reported."""


MAX_ITER = 10_000
"""Most iterations one KTAB run may take (KTAB's own default cap is 100)."""
RANGES: dict[str, Range] = {
    "seed": (0, 2**63 - 1), "min_iter": (0, MAX_ITER), "max_iter": (1, MAX_ITER),
    "min_delta_ratio": (0.0, 1.0), "min_sig_delta": (0.0, 1.0), "pos_tol": (0.0, 1.0)}
"""Valid range (closed) of each numeric :class:`KtabOptions` field; tolerances are on the 0-1
scale."""


def check_options(opts: KtabOptions) -> None:
    """Raise :class:`InputError` when an option lies outside :data:`RANGES`."""
    check_ranges("ktab", opts, RANGES)
