"""Indicators: dated time series with units and sources (territory changing hands per month, drones
and missiles launched per month, polls), and ratification rules as data. Engine-neutral: the
tracker shows them, a simulation may read them to move reservation values."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from accord.model.base import ActorId, IssueId, OneLine, OptionId, Record, RecordId, Text
from accord.model.dates import PartialDate
from accord.model.events import Hedge
from accord.model.evidence import EvidenceList

IndicatorKind = Literal["territory", "strikes", "poll", "casualties", "economy", "other"]


class Observation(Record):
    """One value of an indicator for a period (a month, a day, or `start`..`end`)."""

    start: PartialDate
    end: PartialDate | None = None
    value: float
    hedge: Hedge = "exact"
    sample: Annotated[int, Field(ge=1)] | None = None
    """Poll respondents, where known."""
    note: OneLine | None = None
    evidence: EvidenceList


class Indicator(Record):
    """A dated series: what is measured (`name`, `unit`), by whom (`source`), about which actor
    (`actor`: whose gain, whose launches), with one observation per period.

    For polls, `pollster` and `question` say who asked what; each observation is one wave.
    """

    id: RecordId
    name: Text
    kind: IndicatorKind
    unit: OneLine
    source: OneLine
    actor: ActorId | None = None
    pollster: OneLine | None = None
    question: Text | None = None
    issue: IssueId | None = None
    observations: list[Observation] = Field(min_length=1)


class RatificationRule(Record):
    """What it takes for an actor to accept a settlement option (a cession of territory requires
    an all-Ukrainian referendum)."""

    id: RecordId
    actor: ActorId
    issues: list[IssueId] = Field(min_length=1)
    options: list[OptionId] = Field(default_factory=list)
    """The options the rule applies to; empty: any settlement of the issues."""
    requires: Literal["referendum", "parliament", "constitutional_amendment", "other"]
    description: Text
    evidence: EvidenceList
