"""What happened: negotiation rounds, partial agreements, postponements, pledges, claims, polls."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from accord.model.base import ActorId, IssueId, OneLine, PersonId, PlaceId, Record, RecordId, Text
from accord.model.dates import PartialDate
from accord.model.evidence import EvidenceList

EventKind = Literal[
    "round", "partial_agreement", "postponement", "pledge", "claim", "poll", "statement_of_intent"
]
Outcome = Literal["none", "partial", "agreement", "postponed", "planned"]
Format = Literal["direct", "trilateral", "with_mediator", "proximity", "summit", "call", "multilateral",
                 "signing", "unilateral"]
"""How a round was held: `direct` (the parties' delegations face to face, a host may open it),
`trilateral` (the parties and a mediator at one table), `with_mediator` (one party meets the
mediator), `proximity` (the mediator meets each party separately in one place), `summit` (heads
of state or government in person), `call` (phone or video), `multilateral` (several partners of
one side), `signing` (a ceremony that signs a deal), `unilateral` (one side declares a step)."""
Hedge = Literal["exact", "about", "up_to", "more_than", "less_than", "at_least"]


class Quantity(Record):
    """A figure attached to an event: 1000 prisoners per side, 505 km2, 51.4 percent."""

    value: float | None = None
    unit: Text
    per_side: bool | None = None
    hedge: Hedge = "exact"
    about: OneLine | None = None


class DateRange(Record):
    start: PartialDate
    end: PartialDate | None = None


class Event(Record):
    """A dated occurrence with its evidence.

    `start`/`end` hold the dates (for a postponement: the new dates; `moved_from` the old ones).
    `date_basis` says how the date was resolved when the source does not print it in full.
    `parties` are the actors acting in the event (negotiators, claimants, pledgers);
    `heads` maps an actor to the person heading its delegation, where the source says so.
    """

    id: RecordId
    kind: EventKind
    title: Text
    start: PartialDate | None = None
    end: PartialDate | None = None
    date_basis: OneLine | None = None
    moved_from: DateRange | None = None
    place: PlaceId | None = None
    venue: Text | None = None
    format: Format | None = None
    parties: list[ActorId] = Field(default_factory=list)
    mediators: list[ActorId] = Field(default_factory=list)
    participants: list[PersonId] = Field(default_factory=list)
    heads: dict[ActorId, PersonId] = Field(default_factory=dict)
    duration_minutes: Annotated[int, Field(ge=0)] | None = None
    outcome: Outcome | None = None
    outcome_note: OneLine | None = None
    """What the round produced, in one line of our own words."""
    topic: IssueId | None = None
    quantities: list[Quantity] = Field(default_factory=list)
    related: list[RecordId] = Field(default_factory=list)
    """Other events this one belongs to (a partial agreement reached at a round)."""
    plover: Annotated[str, Field(pattern=r"^[A-Z_]+$")] | None = None
    cameo: Annotated[str, Field(pattern=r"^[0-9]{2,4}$")] | None = None
    evidence: EvidenceList
