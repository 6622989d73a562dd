"""Shared building blocks of the scenario model: the strict base class and identifier types."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError


class Record(BaseModel):
    """Base of every scenario record: unknown fields are errors, not silently dropped."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, use_attribute_docstrings=True,
                              allow_inf_nan=False)


ActorId = Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9_]{1,15}$")]
"""Upper-case actor code such as RUS, UKR, EUR."""

PersonId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
"""Lower-case ASCII surname such as zelensky or von_der_leyen."""

PlaceId = PersonId
"""Lower-case English exonym such as abu_dhabi."""

OptionId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_]{0,39}$")]
"""Lower-case option id such as cede_de_facto."""

IssueId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")]
"""Dotted issue id such as territory.donbas."""

RecordId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.-]{0,79}$")]
"""Id of an event, proposal, document or red line: lower case, digits, `_`, `-`, `.`."""

Text = Annotated[str, StringConstraints(min_length=1, max_length=2000)]
OneLine = Annotated[str, StringConstraints(min_length=1, max_length=300, pattern=r"^[^\n\r]+$")]
Fraction = Annotated[float, Field(ge=0.0, le=1.0)]
Names = Annotated[dict[Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")], Text],
                  Field(min_length=1)]
"""A name per language code, e.g. {en: Russia, de: Russland}; at least one (reports, the
gazetteer and every table show an actor, person or place by its name)."""
Aliases = dict[Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")], list[Text]]
"""Other surface forms per language code, e.g. {de: [Kreml, Moskau]}."""


def rule_error(found: str, expected: str, fix: str = "") -> PydanticCustomError:
    """A validation error that keeps found / expected / fix apart, for clear messages."""
    return PydanticCustomError(
        "accord_rule",
        "found {found}; expected {expected}" + (". Fix: {fix}" if fix else ""),
        {"found": found, "expected": expected, "fix": fix},
    )


def number(value: float) -> str:
    """A number as people write it in ids and messages: 800000, not 800000.0 or 8e+05."""
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(value)
