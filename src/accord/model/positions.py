"""What actors want: positions on single issues, red lines across issues, reservation values."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Literal

from pydantic import Field, field_validator

from accord.model.base import (
    ActorId,
    Fraction,
    IssueId,
    OneLine,
    OptionId,
    Record,
    RecordId,
    Text,
    rule_error,
)
from accord.model.dates import PartialDate, first_day, last_day
from accord.model.evidence import EvidenceList

Value = str | float
"""An option id for option issues, a number for numeric issues."""


class Position(Record):
    """An actor's stance on one issue as of a date.

    - `ideal`: the option (or number) the actor wants most.
    - `acceptable`: options it could live with (the ideal included); for numeric issues
      `acceptable_range: [low, high]`.
    - `utilities`: utility per option on 0-1 where the sources support it; for numeric issues,
      `utility_points` define a piecewise-linear value function over the range.
    - `salience`: how much the issue matters to the actor, 0-1.
    - `red_lines`: options rejected outright; for numeric issues `red_line_ranges`.
    - `conditional`: acceptable options the actor accepts only when a condition on other issues
      holds, e.g. `{renounced: "security.guarantees = article5_like"}` (an option issue's
      option -> a condition in the syntax of cross-issue red lines). Each becomes a cross-issue
      red line `issue = option AND <a clause of the condition negated>` (see
      `conditional_red_lines`), so every engine that honours red lines honours the condition.
    - `red_lines_not_monotone`: on an ordinal issue, refusing an option is read as refusing every
      option further from the ideal on the same side; the checks warn where the red lines do
      not follow that. This field opts out, with the reason (and the source in `evidence`).
    """

    actor: ActorId
    issue: IssueId
    as_of: PartialDate
    ideal: Value | None = None
    acceptable: list[str] = Field(default_factory=list)
    acceptable_range: tuple[float, float] | None = None
    utilities: dict[str, Fraction] = Field(default_factory=dict)
    utility_points: list[tuple[float, Fraction]] = Field(default_factory=list)
    salience: Fraction
    red_lines: list[str] = Field(default_factory=list)
    red_line_ranges: list[tuple[float, float]] = Field(default_factory=list)
    conditional: dict[OptionId, Text] = Field(default_factory=dict)
    red_lines_not_monotone: OneLine | None = None
    evidence: EvidenceList
    note: OneLine | None = None

    @field_validator("conditional")
    @classmethod
    def _conditions_parse(cls, value: dict[str, str]) -> dict[str, str]:
        for option, condition in value.items():
            try:
                parse_condition(condition)
            except ValueError as exc:
                raise rule_error(f"{option}: {condition!r}", "a condition such as "
                                 "'security.guarantees = article5_like'", str(exc)) from None
        return value

    @property
    def is_assumed(self) -> bool:
        """True when no piece of evidence is a source passage."""
        return all(e.is_assumption for e in self.evidence)


_CLAUSE = re.compile(
    r"^\s*(?P<issue>[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)\s*"
    r"(?P<op>==|=|!=|<=|>=|<|>|\bin\b|\bnot in\b)\s*(?P<value>.+?)\s*$"
)
_SET = re.compile(r"^\{\s*(.*?)\s*\}$")

Operator = Literal["=", "!=", "<", "<=", ">", ">=", "in", "not in"]


@dataclass(frozen=True)
class Clause:
    """One test on one issue, e.g. `alliance.nato = renounced` or `military.army_size < 250000`."""

    issue: str
    op: Operator
    values: tuple[str, ...]
    """As written: option ids, or numbers for numeric issues (see `number_values`)."""

    def __str__(self) -> str:
        if self.op in ("in", "not in"):
            return f"{self.issue} {self.op} {{{', '.join(self.values)}}}"
        return f"{self.issue} {self.op} {self.values[0]}"

    def negated(self) -> Clause:
        """The clause that holds exactly where this one does not."""
        return Clause(self.issue, _NEGATION[self.op], self.values)

    def number_values(self) -> tuple[float, ...] | None:
        """The values as finite numbers, or None when one of them is not a number."""
        out = []
        for v in self.values:
            x = _number(v)
            if x is None:
                return None
            out.append(x)
        return tuple(out)

    def holds(self, value: str | float) -> bool:
        """Whether the clause holds for an issue settled at `value` (an option id or number)."""
        if isinstance(value, str):
            return {"=": value == self.values[0], "!=": value != self.values[0],
                    "in": value in self.values, "not in": value not in self.values}.get(self.op, False)
        numbers = self.number_values()
        if numbers is None:
            return False
        limit = numbers[0]
        return {"=": value == limit, "!=": value != limit, "<": value < limit, "<=": value <= limit,
                ">": value > limit, ">=": value >= limit, "in": value in numbers,
                "not in": value not in numbers}[self.op]


_NEGATION: dict[Operator, Operator] = {"=": "!=", "!=": "=", "<": ">=", ">=": "<", ">": "<=",
                                       "<=": ">", "in": "not in", "not in": "in"}


def _number(text: str) -> float | None:
    try:
        x = float(text.replace("_", ""))
    except ValueError:
        return None
    return x if math.isfinite(x) else None


def parse_condition(text: str) -> tuple[Clause, ...]:
    """Parse `issue OP value AND issue OP value ...`; OP is =, !=, <, <=, >, >=, in, not in.

    `in` and `not in` take a set: `territory.donbas in {cede_de_facto, cede_de_jure}`.
    Raises ValueError with the offending clause.
    """
    if not text.strip():
        raise ValueError("empty condition; write e.g. 'alliance.nato = renounced AND ...'")
    clauses = []
    for raw in re.split(r"\s+AND\s+", text.strip()):
        m = _CLAUSE.match(raw)
        if not m:
            raise ValueError(
                f"cannot read clause {raw.strip()!r}; write 'issue.id = option', "
                "'issue.id in {a, b}' or 'issue.id < number', joined by AND"
            )
        op = "=" if m["op"] == "==" else m["op"]
        value = m["value"]
        if op in ("in", "not in"):
            s = _SET.match(value)
            if not s or not s.group(1):
                raise ValueError(f"{raw.strip()!r}: `{op}` needs a set such as {{a, b}}")
            values = tuple(v.strip() for v in s.group(1).split(","))
        else:
            values = (value,)
        if op in ("<", "<=", ">", ">=") and _number(values[0]) is None:
            raise ValueError(f"{raw.strip()!r}: `{op}` compares with a finite number")
        clauses.append(Clause(m["issue"], op, values))  # type: ignore[arg-type]
    return tuple(clauses)


class CrossRedLine(Record):
    """A combination of options across issues that `actor` rejects outright: the package is
    unacceptable to the actor when every clause of `condition` holds.

    `since` and `until` bound the period in which the red line is in force (half-open like
    offices: from the first day of `since` to the day before `until`); without them it holds
    throughout."""

    id: RecordId
    actor: ActorId
    condition: Text
    description: Text | None = None
    since: PartialDate | None = None
    until: PartialDate | None = None
    evidence: EvidenceList

    @field_validator("condition")
    @classmethod
    def _parses(cls, value: str) -> str:
        try:
            parse_condition(value)
        except ValueError as exc:
            raise rule_error(repr(value), "a condition such as 'alliance.nato = renounced AND "
                             "security.foreign_troops = multinational_force'", str(exc)) from None
        return value

    @property
    def clauses(self) -> tuple[Clause, ...]:
        return parse_condition(self.condition)

    def in_force(self, as_of: str) -> bool:
        """Whether the red line holds at `as_of` (a month or year means its last day)."""
        limit = last_day(as_of)
        return ((self.since is None or first_day(self.since) <= limit)
                and (self.until is None or first_day(self.until) > limit))


def conditional_red_lines(position: Position) -> list[CrossRedLine]:
    """The cross-issue red lines that a position's `conditional` acceptances amount to.

    "Accept `o` only if A AND B" rejects `issue = o AND not A` and `issue = o AND not B`: one red
    line per clause of the condition, with ids `<actor>.<issue>.<option>.only-if[.k]` and the
    position's evidence."""
    out = []
    for option, condition in position.conditional.items():
        clauses = parse_condition(condition)
        for k, clause in enumerate(clauses):
            suffix = f".{k + 1}" if len(clauses) > 1 else ""
            out.append(CrossRedLine(
                id=f"{position.actor.lower()}.{position.issue}.{option}.only-if{suffix}",
                actor=position.actor,
                condition=f"{position.issue} = {option} AND {clause.negated()}",
                description=f"{position.actor} accepts {position.issue} = {option} only if "
                            f"{condition} (position as of {position.as_of})",
                evidence=position.evidence))
    return out


class Reservation(Record):
    """What an actor gets from no deal (its BATNA), on its own 0-1 utility scale, as of a date."""

    actor: ActorId
    as_of: PartialDate
    value: Fraction
    basis: Text | None = None
    evidence: EvidenceList
