"""Who takes part: actors (states, blocs, organisations), the persons who speak for them, and the
places where things happen."""

from __future__ import annotations

from typing import Annotated, Literal, Self

from pydantic import Field, model_validator

from accord.model.base import (
    ActorId,
    Aliases,
    Fraction,
    Names,
    OneLine,
    PersonId,
    PlaceId,
    Record,
    Text,
    rule_error,
)
from accord.model.dates import PartialDate
from accord.model.evidence import Evidence, EvidenceList

Role = Literal["party", "mediator", "guarantor", "observer"]
"""party: bargains for itself; mediator: brokers talks; guarantor: would underwrite a settlement;
observer: follows and reacts but does not bargain."""


def _all_names(names: Names, aliases: Aliases) -> list[str]:
    """Every name and alias in every language, longest first (for matching text)."""
    found = {*names.values(), *(a for forms in aliases.values() for a in forms)}
    return sorted(found, key=lambda s: (-len(s), s))


class Figure(Record):
    """A published figure that a derived number rests on: what was measured, for which year, in
    which unit, and the source that states it (e.g. military expenditure 2024 per SIPRI)."""

    indicator: Text
    value: Annotated[float, Field(ge=0)]
    unit: Text
    year: PartialDate
    evidence: EvidenceList


class Actor(Record):
    """A state, bloc or organisation that takes positions."""

    id: ActorId
    names: Names
    aliases: Aliases = Field(default_factory=dict)
    """Other surface forms, metonyms and inflections per language (Kreml, Moskaus, Kyiv)."""
    role: Role
    kind: Literal["state", "bloc", "organisation"] = "state"
    capability: Fraction | None = None
    """Relative clout on a 0-1 scale, for forecasting models; `capability_basis` says why."""
    capability_basis: Evidence | None = None
    capability_figures: list[Figure] = Field(default_factory=list)
    """The stated figures `capability` is computed from, each with its source."""
    capability_formula: OneLine | None = None
    """How `capability` follows from `capability_figures` (required when figures are given)."""
    members: list[ActorId] = Field(default_factory=list)
    """For blocs: the member actors (EUR has DEU, FRA, GBR, POL, EU)."""
    evidence: list[Evidence] = Field(default_factory=list)

    @model_validator(mode="after")
    def _figures_need_a_formula(self) -> Self:
        if self.capability_figures and (self.capability_formula is None or self.capability is None):
            raise rule_error("capability_figures without capability and capability_formula",
                             "the capability computed from the figures, and the formula that does it",
                             "add `capability` and `capability_formula`, or drop the figures")
        return self

    def all_names(self) -> list[str]:
        """Every name and alias in every language, longest first (for matching text)."""
        return _all_names(self.names, self.aliases)


class Office(Record):
    """A person's office for an actor during a date range (`until` empty: still in office).

    `exclusive` offices (president, foreign minister) have one holder at a time; envoys and
    negotiators may share a title.
    """

    actor: ActorId
    title: Text
    since: PartialDate | None = None
    until: PartialDate | None = None
    exclusive: bool = True
    evidence: EvidenceList


class Person(Record):
    """An individual who speaks for an actor while holding an office."""

    id: PersonId
    names: Names
    aliases: Aliases = Field(default_factory=dict)
    offices: list[Office] = Field(default_factory=list)
    note: OneLine | None = None

    def all_names(self) -> list[str]:
        """Every name and alias in every language, longest first (for matching text)."""
        return _all_names(self.names, self.aliases)


class Place(Record):
    """A named city, region or peninsula, with its spellings."""

    id: PlaceId
    names: Names
    aliases: Aliases = Field(default_factory=dict)
    kind: Literal["city", "region", "peninsula", "country", "other"] = "city"
    country: ActorId | None = None

    def all_names(self) -> list[str]:
        """Every name and alias in every language, longest first (for matching text)."""
        return _all_names(self.names, self.aliases)
