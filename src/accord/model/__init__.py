"""The scenario model: pure data (pydantic v2), no I/O. See `Scenario`."""

from accord.model.actors import Actor, Figure, Office, Person, Place
from accord.model.agreements import (
    Agreement,
    AgreementEnd,
    Commitment,
    EffectiveDate,
    Exchange,
    Extension,
    Incident,
    Monitoring,
    Provision,
)
from accord.model.checks import check, warnings
from accord.model.claims import Claim
from accord.model.conflict import ConflictModel, ConflictOption, DecisionMaker, FeasibilityRule
from accord.model.events import DateRange, Event, Quantity
from accord.model.evidence import Document, Evidence
from accord.model.indicators import Indicator, Observation, RatificationRule
from accord.model.issues import Issue, Option
from accord.model.positions import (
    Clause,
    CrossRedLine,
    Position,
    Reservation,
    conditional_red_lines,
    parse_condition,
)
from accord.model.problems import Problem
from accord.model.proposals import Proposal
from accord.model.scenario import NoPositionsKnown, Scenario, ScenarioInvalid
from accord.model.tables import Table

__all__ = [
    "Actor",
    "Agreement",
    "AgreementEnd",
    "Claim",
    "Clause",
    "Commitment",
    "ConflictModel",
    "ConflictOption",
    "CrossRedLine",
    "DateRange",
    "DecisionMaker",
    "Document",
    "EffectiveDate",
    "Event",
    "Evidence",
    "Exchange",
    "Extension",
    "FeasibilityRule",
    "Figure",
    "Incident",
    "Indicator",
    "Issue",
    "Monitoring",
    "NoPositionsKnown",
    "Observation",
    "Office",
    "Option",
    "Person",
    "Place",
    "Position",
    "Problem",
    "Proposal",
    "Provision",
    "Quantity",
    "RatificationRule",
    "Reservation",
    "Scenario",
    "ScenarioInvalid",
    "Table",
    "check",
    "conditional_red_lines",
    "parse_condition",
    "warnings",
]
