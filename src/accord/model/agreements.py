"""Partial deals and their compliance: agreements (prisoner exchanges, strike pauses, corridors)
with their terms, the incidents reported against them and the exchanges carried out under them.

These are data only; `accord.track` derives each agreement's status over time from them.
"""

from __future__ import annotations

from typing import Annotated, Literal, Self

from pydantic import Field, model_validator

from accord.model.base import ActorId, IssueId, OneLine, OptionId, PlaceId, Record, RecordId, Text, rule_error
from accord.model.dates import PartialDate
from accord.model.evidence import Evidence, EvidenceList

AgreementKind = Literal["strike_pause", "ceasefire", "exchange", "corridor", "humanitarian", "other"]
"""strike_pause: a moratorium on one class of targets (energy infrastructure); ceasefire: a halt
of all hostilities; exchange: prisoners or bodies handed over; corridor: safe passage."""

Stage = Literal["proposed", "agreed"]
"""proposed: put forward but not accepted by every party (the Berlin declaration's US-led
ceasefire monitor); agreed: announced as accepted by its parties."""

ProvisionCategory = Literal[
    "ceasefire", "prisoner_release", "humanitarian_access", "civilian_protection",
    "infrastructure", "monitoring", "verification", "withdrawal", "territory",
    "security_guarantees", "political_process", "economic", "sanctions", "other",
]
"""A provision category in the style of the PA-X peace agreement database (its provision groups,
simplified to one lower-case word each): what kind of commitment a provision makes."""

Verification = Literal["claimed", "denied", "confirmed"]
"""claimed: alleged by a claimant only; denied: the alleged violator rejects it (and no
independent source confirms it); confirmed: an independent source (a monitoring project, a
third-party outlet) reports it."""

IncidentKind = Literal["violation", "compliance"]
"""violation: a reported breach; compliance: a report that the agreement holds."""

EndKind = Literal["withdrawal", "declared_over", "completed"]
"""withdrawal: a party leaves the agreement (it is broken); declared_over: the parties or one of
them say it has ended without accusing a breach (it has lapsed); completed: every obligation is
declared carried out (it is fulfilled)."""


class EffectiveDate(Record):
    """When the agreement took effect for one party. Parties can name different dates (Kyiv and
    Moscow disputed the start of the March 2025 energy moratorium)."""

    actor: ActorId
    date: PartialDate
    basis: OneLine | None = None
    evidence: EvidenceList


class Commitment(Record):
    """What one party undertakes to hand over or do, with a number where there is one
    (1000 prisoners released by RUS)."""

    actor: ActorId
    what: OneLine
    count: Annotated[int, Field(ge=0)] | None = None
    unit: OneLine | None = None


class Provision(Record):
    """One clause of an agreement, coded by taxonomy issue (and option) and provision category."""

    text: Text
    category: ProvisionCategory
    issue: IssueId | None = None
    option: OptionId | None = None
    evidence: EvidenceList


class Monitoring(Record):
    """Who checks compliance and how; `status` says whether the mechanism exists yet."""

    mechanism: Text
    monitors: list[ActorId] = Field(default_factory=list)
    status: Literal["proposed", "agreed", "operating", "none"] = "agreed"
    evidence: EvidenceList


class Extension(Record):
    """A dated prolongation of the agreement to a new expiry date."""

    date: PartialDate
    until: PartialDate | None = None
    """The new expiry; empty when extended without end."""
    evidence: EvidenceList


class AgreementEnd(Record):
    """A dated end other than expiry: a withdrawal, a declaration that it is over, completion."""

    date: PartialDate
    kind: EndKind
    by: ActorId | None = None
    reason: OneLine | None = None
    evidence: EvidenceList


class Agreement(Record):
    """A partial deal between parties: its terms, dates, scope, conditions and monitoring.

    `announced` is when the deal was made public; `effective` when it took effect for each party;
    `expires` (or `duration_days` counted from the earliest effective date) when it runs out unless
    extended. `commitments` hold the numbers each party undertakes (the exchange ledger compares
    them with the exchanges carried out).
    """

    id: RecordId
    title: Text
    kind: AgreementKind
    stage: Stage = "agreed"
    parties: list[ActorId] = Field(min_length=1)
    mediators: list[ActorId] = Field(default_factory=list)
    announced: PartialDate | None = None
    effective: list[EffectiveDate] = Field(default_factory=list)
    duration_days: Annotated[int, Field(ge=1)] | None = None
    expires: PartialDate | None = None
    extension_rule: OneLine | None = None
    extensions: list[Extension] = Field(default_factory=list)
    end: AgreementEnd | None = None
    scope: list[OneLine] = Field(default_factory=list)
    """What the deal covers, e.g. the facility classes of a strike pause."""
    conditions: list[OneLine] = Field(default_factory=list)
    exit_clause: OneLine | None = None
    monitoring: Monitoring | None = None
    commitments: list[Commitment] = Field(default_factory=list)
    provisions: list[Provision] = Field(default_factory=list)
    events: list[RecordId] = Field(default_factory=list)
    """Timeline events this agreement was announced or discussed in."""
    evidence: EvidenceList

    @model_validator(mode="after")
    def _agreed_has_announcement(self) -> Self:
        if self.stage == "agreed" and self.announced is None:
            raise rule_error("an agreed deal without `announced`",
                             "the date the deal was announced",
                             "add `announced: YYYY-MM-DD`, or mark it `stage: proposed`")
        return self

    def iter_evidence(self) -> list[tuple[tuple[str | int, ...], Evidence]]:
        """Every piece of evidence inside the agreement with its path below the agreement."""
        found: list[tuple[tuple[str | int, ...], Evidence]] = [
            (("evidence", j), ev) for j, ev in enumerate(self.evidence)]
        for field in ("effective", "provisions", "extensions"):
            for i, item in enumerate(getattr(self, field)):
                found += [((field, i, "evidence", j), ev) for j, ev in enumerate(item.evidence)]
        for field in ("monitoring", "end"):
            item = getattr(self, field)
            if item is not None:
                found += [((field, "evidence", j), ev) for j, ev in enumerate(item.evidence)]
        return found


class Incident(Record):
    """A reported event bearing on an agreement's compliance: who is accused of what, by whom,
    with which source, and how far it is verified."""

    id: RecordId
    agreement: RecordId
    kind: IncidentKind = "violation"
    date: PartialDate
    date_basis: OneLine | None = None
    place: PlaceId | None = None
    location: OneLine | None = None
    """Where, in words, when no declared place fits ("near the border in Sumy region")."""
    alleged_violator: ActorId | None = None
    claimant: ActorId | None = None
    source: OneLine
    """Who reports it: a named official, ministry, outlet or monitoring project."""
    description: Text
    verification: Verification = "claimed"
    denied_by: ActorId | None = None
    confirmed_by: OneLine | None = None
    """The independent source that confirms it (required when `verification: confirmed`)."""
    evidence: EvidenceList

    @model_validator(mode="after")
    def _verification_named(self) -> Self:
        if self.verification == "confirmed" and self.confirmed_by is None:
            raise rule_error("verification `confirmed` without `confirmed_by`",
                             "the independent source that confirms the incident",
                             "add `confirmed_by: <monitoring project or outlet>` or use `claimed`")
        if self.verification == "denied" and self.denied_by is None:
            raise rule_error("verification `denied` without `denied_by`",
                             "the actor that denies the incident", "add `denied_by: <actor id>`")
        return self


class Exchange(Record):
    """An exchange carried out: how many each side released on a date, under which agreement
    (none when it was arranged outside any recorded agreement)."""

    id: RecordId
    agreement: RecordId | None = None
    date: PartialDate
    released: dict[ActorId, Annotated[int, Field(ge=0)] | None] = Field(min_length=1)
    """Number released by each side: {RUS: 390, UKR: 390} means each side handed over 390;
    `null` when the side released people but no source gives the number."""
    unit: OneLine = "prisoners"
    mediators: list[ActorId] = Field(default_factory=list)
    note: OneLine | None = None
    evidence: EvidenceList
