"""Named packages put forward by someone, such as the Berlin declaration."""

from __future__ import annotations

from pydantic import Field

from accord.model.base import ActorId, IssueId, Record, RecordId, Text
from accord.model.dates import PartialDate
from accord.model.evidence import EvidenceList
from accord.model.positions import Value


class Proposal(Record):
    """A named package: an option (or number) per issue it settles; issues it leaves out are
    open. `evidence_by_issue` cites the source of each option chosen where one exists."""

    id: RecordId
    name: Text
    authors: list[ActorId] = Field(min_length=1)
    date: PartialDate | None = None
    description: Text | None = None
    package: dict[IssueId, Value] = Field(min_length=1)
    evidence: EvidenceList
    evidence_by_issue: dict[IssueId, EvidenceList] = Field(default_factory=dict)
