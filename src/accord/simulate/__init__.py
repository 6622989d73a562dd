"""Simulate: the negotiation over calendar time and the probability of a deal by a date
(model and sources: docs/simulate.md).

``game`` (what is bargained over, from the agreement-space engine), ``parameters`` (every
parameter declared once with its range and source), ``engine`` (the vectorised run),
``summary`` (curves, package distribution, explanations), ``sensitivity`` (Morris and Sobol
with SALib), ``backtest`` (as of past dates, scored)."""

from accord.simulate.engine import (
    Cadence,
    Mechanisms,
    Trajectories,
    WhatIf,
    alternating_offers,
    bargaining_range,
    nash_points,
    run,
    screening_offer,
)
from accord.simulate.game import Game, from_scenario, pie
from accord.simulate.parameters import GENERIC, Parameter, ParameterSet, Source

__all__ = [
    "GENERIC",
    "Cadence",
    "Game",
    "Mechanisms",
    "Parameter",
    "ParameterSet",
    "Source",
    "Trajectories",
    "WhatIf",
    "alternating_offers",
    "bargaining_range",
    "from_scenario",
    "nash_points",
    "pie",
    "run",
    "screening_offer",
]
