"""The scenario model: pure data (pydantic v2), no I/O. See `Scenario`."""

from accord.model.actors import Actor, Office, Person, Place
from accord.model.checks import check
from accord.model.conflict import ConflictModel, ConflictOption, DecisionMaker, FeasibilityRule
from accord.model.events import DateRange, Event, Quantity
from accord.model.evidence import Document, Evidence
from accord.model.issues import Issue, Option
from accord.model.positions import Clause, CrossRedLine, Position, Reservation, parse_condition
from accord.model.problems import Problem
from accord.model.proposals import Proposal
from accord.model.scenario import Scenario, ScenarioInvalid
from accord.model.tables import Table

__all__ = [
    "Actor", "Clause", "ConflictModel", "ConflictOption", "CrossRedLine", "DateRange",
    "DecisionMaker", "Document", "Event", "Evidence", "FeasibilityRule", "Issue", "Office",
    "Option", "Person", "Place", "Position", "Problem", "Proposal", "Quantity",
    "Reservation", "Scenario", "ScenarioInvalid", "Table", "check", "parse_condition",
]
