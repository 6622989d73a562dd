"""Claims: attributed assertions that may be contested (control of a place, a strike, a violation
of an agreement, a casualty or loss figure). `accord.track.contradictions` pairs the claims that
cannot both be true."""

from __future__ import annotations

from typing import Literal, Self

from pydantic import Field, model_validator

from accord.model.base import ActorId, OneLine, PlaceId, Record, RecordId, rule_error
from accord.model.dates import PartialDate
from accord.model.events import DateRange, Hedge
from accord.model.evidence import EvidenceList

ClaimKind = Literal["control", "strike", "violation", "figure"]

Extent = Literal["full", "partial", "none"]
"""How much of a place an actor controls in a control claim: all of it (captured, holds), some of
it (contested, holds a part), none (the claim of capture is false, it was never taken)."""


class Claim(Record):
    """An attributed assertion with claimant, source and date, about a subject and a time window.

    - `control`: `actor` controls `place` to `extent` (Gerasimov: RUS full in Pokrovsk; Kyiv:
      UKR partial in Pokrovsk; a denial of capture: RUS none);
    - `strike`: `actor` struck `target` (`happened: false` for a denial);
    - `violation`: `actor` broke `agreement` (`happened: false` for a denial);
    - `figure`: `value` `unit` for `subject`, with a `hedge` (about, up to, at least, ...).

    `window` is the time the claim is about; empty: the day (or month) of `date`.
    `independent` marks a source that is no party to the conflict (a monitoring project such as
    DeepState or ISW, a third-party outlet): its claims count as independent reporting.
    """

    id: RecordId
    kind: ClaimKind
    claimant: ActorId | None = None
    source: OneLine
    """Who makes the claim, in words: a person and office, a ministry, an outlet, a project."""
    independent: bool = False
    date: PartialDate
    window: DateRange | None = None
    place: PlaceId | None = None
    actor: ActorId | None = None
    extent: Extent | None = None
    target: OneLine | None = None
    agreement: RecordId | None = None
    happened: bool | None = None
    subject: OneLine | None = None
    value: float | None = None
    unit: OneLine | None = None
    hedge: Hedge = "exact"
    text: OneLine
    """The claim in one line, in our own words."""
    events: list[RecordId] = Field(default_factory=list)
    """Timeline events that report this claim."""
    evidence: EvidenceList

    @model_validator(mode="after")
    def _fields_of_kind(self) -> Self:
        need = {"control": ("place", "actor", "extent"), "strike": ("actor", "happened"),
                "violation": ("agreement", "actor", "happened"),
                "figure": ("subject", "value", "unit")}[self.kind]
        missing = [n for n in need if getattr(self, n) is None]
        if self.kind == "strike" and self.place is None and self.target is None:
            missing.append("place or target")
        if missing:
            raise rule_error(f"a {self.kind} claim without {', '.join(missing)}",
                             f"{', '.join(need)} for a {self.kind} claim",
                             f"add {', '.join(missing)}")
        return self

    def period(self) -> DateRange:
        """The time the claim is about: its window, else its date."""
        return self.window or DateRange(start=self.date)
