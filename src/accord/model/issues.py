"""What is on the table: issues, each with ordered or unordered options or a numeric range."""

from __future__ import annotations

from typing import Literal, Self

from pydantic import Field, model_validator

from accord.model.base import Aliases, IssueId, OptionId, Record, Text, number, rule_error
from accord.model.evidence import Evidence


class Option(Record):
    """One possible settlement of an issue."""

    id: OptionId
    label: Text
    description: Text | None = None
    keywords: Aliases = Field(default_factory=dict)
    """Words that name this option in text, per language (used by the news pipeline and tests)."""


class Issue(Record):
    """One question on the table.

    `ordinal` options are listed from one end of the scale to the other (in the flagship, from
    Ukraine's preferred end to Russia's); `categorical` options have no order; `numeric` issues
    have a `unit` and a closed `range`.
    """

    id: IssueId
    label: Text
    description: Text | None = None
    kind: Literal["ordinal", "categorical", "numeric"] = "ordinal"
    options: list[Option] = Field(default_factory=list)
    unit: Text | None = None
    range: tuple[float, float] | None = None
    integer: bool = False
    """Numeric issues only: the values are whole numbers (a count such as soldiers), so the
    analysis grid's midpoints and continuous solutions are whole numbers too."""
    keywords: Aliases = Field(default_factory=dict)
    """Words that name this issue in text, per language."""
    evidence: list[Evidence] = Field(default_factory=list)

    @model_validator(mode="after")
    def _shape(self) -> Self:
        if self.kind == "numeric":
            if self.options:
                raise rule_error("`options` on a numeric issue", "`range` and `unit` only",
                                 "remove the options or change `kind`")
            if self.range is None or self.unit is None:
                raise rule_error("a numeric issue without `range` or `unit`",
                                 "`range: [min, max]` and `unit`", "add both")
            if self.integer and not all(float(v).is_integer() for v in self.range):
                raise rule_error(f"range [{number(self.range[0])}, {number(self.range[1])}] on an "
                                 "integer issue", "whole-number ends", "round the range's ends")
            if self.range[0] >= self.range[1]:
                raise rule_error(f"range [{number(self.range[0])}, {number(self.range[1])}]",
                                 "[min, max] with min < max", "swap or correct the bounds")
        else:
            if len(self.options) < 2:
                count = "one option" if len(self.options) == 1 else "no options"
                raise rule_error(f"{count} on the {self.kind} issue",
                                 "at least two options", "add the options or make the issue numeric")
            if self.range is not None:
                raise rule_error(f"`range` on the {self.kind} issue", "`options` only",
                                 "remove the range or set `kind: numeric`")
            if self.integer:
                raise rule_error(f"`integer` on the {self.kind} issue", "`integer` on numeric issues only",
                                 "remove it or set `kind: numeric`")
        return self

    @property
    def is_numeric(self) -> bool:
        return self.kind == "numeric"

    def option_ids(self) -> list[str]:
        return [o.id for o in self.options]

    def in_range(self, value: float) -> bool:
        assert self.range is not None
        return self.range[0] <= value <= self.range[1]
