"""The scenario: everything accord knows about one negotiation, as pure data."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal, Self, TypeVar

import yaml
from pydantic import Field, ValidationInfo, model_validator

from accord.model.actors import Actor, Person, Place
from accord.model.agreements import Agreement, Exchange, Incident
from accord.model.base import ActorId, Record, RecordId, Text, number, rule_error
from accord.model.claims import Claim
from accord.model.conflict import ConflictModel
from accord.model.dates import PartialDate, first_day, last_day, sort_key
from accord.model.events import Event
from accord.model.evidence import Document, Evidence
from accord.model.indicators import Indicator, RatificationRule
from accord.model.issues import Issue
from accord.model.positions import (
    CrossRedLine,
    Position,
    Reservation,
    conditional_red_lines,
    parse_condition,
)
from accord.model.problems import Loc, Problem
from accord.model.proposals import Proposal
from accord.model.tables import Table

SCHEMA_VERSION = 1
_T = TypeVar("_T")


class ScenarioInvalid(ValueError):
    """Raised when a scenario breaks a rule that spans several records (unknown ids, ...)."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class NoPositionsKnown(ValueError):
    """No issue on which every party has taken a position by the date: nothing to analyse."""

    def __init__(self, scenario: Scenario, as_of: str, actors: list[str] | None):
        chosen = scenario.parties if actors is None else actors
        # the first date at which some issue has a position of every chosen actor
        firsts = []
        for issue in scenario.issues:
            dates = [min((p.as_of for p in scenario.positions if p.actor == a and p.issue == issue.id),
                         key=first_day, default=None) for a in chosen]
            if dates and all(dates):
                firsts.append(max((d for d in dates if d), key=first_day))
        hint = (f"the first date by which every one of them has a position on some issue is "
                f"{min(firsts, key=first_day)}; choose that or a later date" if firsts else
                "no issue has a position of every one of them at any date")
        super().__init__(f"no positions are known as of {as_of}: no issue on which every one of "
                         f"{', '.join(chosen)} has taken a position by then ({hint})")
        self.as_of = as_of


class Scenario(Record):
    """A negotiation: actors, persons, places, issues, positions, red lines, reservation values,
    proposals and events, each fact with its evidence.

    Constructing a Scenario checks the structure of every record and then the rules across
    records (see `accord.model.checks`); a broken rule raises `ScenarioInvalid`.
    """

    schema_version: Literal[1] = 1
    id: RecordId
    title: Text
    description: Text | None = None
    as_of: PartialDate
    """The date the scenario describes; positions after it are ignored by default."""
    documents: list[Document] = Field(default_factory=list)
    actors: list[Actor] = Field(min_length=1)
    persons: list[Person] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    issues: list[Issue] = Field(min_length=1)
    positions: list[Position] = Field(default_factory=list)
    red_lines: list[CrossRedLine] = Field(default_factory=list)
    reservations: list[Reservation] = Field(default_factory=list)
    proposals: list[Proposal] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    """Partial deals (exchanges, strike pauses) with their terms; see `accord.track`."""
    incidents: list[Incident] = Field(default_factory=list)
    exchanges: list[Exchange] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    ratification_rules: list[RatificationRule] = Field(default_factory=list)
    conflict: ConflictModel | None = None
    """A graph model of the conflict (GMCR) whose decision makers are actors of this scenario."""

    @model_validator(mode="after")
    def _conflict_dms_are_actors(self) -> Self:
        if self.conflict is not None:
            actors = [a.id for a in self.actors]
            for i, dm in enumerate(self.conflict.dms):
                if dm.id not in actors:
                    raise rule_error(f"conflict.dms[{i}].id {dm.id!r}, which is not an actor",
                                     "a decision maker that is an actor of the scenario",
                                     f"use one of: {', '.join(actors)}")
        return self

    @model_validator(mode="after")
    def _cross_record_rules(self, info: ValidationInfo) -> Self:
        if info.context and info.context.get("defer_checks"):
            return self
        from accord.model.checks import check

        problems = check(self)
        if problems:
            raise ScenarioInvalid(problems)
        return self

    def to_yaml(self) -> str:
        """The scenario as YAML text: fields in schema order, defaults left out. Loading the
        text gives back an equal scenario, and dumping that gives the same text."""
        data = {"schema_version": self.schema_version,
                **self.model_dump(mode="json", exclude_defaults=True)}
        return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)

    # -- lookups -------------------------------------------------------------------------------

    def actor(self, actor_id: str) -> Actor:
        return _find(self.actors, actor_id, "actor")

    def person(self, person_id: str) -> Person:
        return _find(self.persons, person_id, "person")

    def issue(self, issue_id: str) -> Issue:
        return _find(self.issues, issue_id, "issue")

    def document(self, doc_id: str) -> Document:
        return _find(self.documents, doc_id, "document")

    def event(self, event_id: str) -> Event:
        return _find(self.events, event_id, "event")

    def proposal(self, proposal_id: str) -> Proposal:
        return _find(self.proposals, proposal_id, "proposal")

    @property
    def parties(self) -> list[ActorId]:
        """Ids of the actors that bargain for themselves."""
        return [a.id for a in self.actors if a.role == "party"]

    def position(self, actor: str, issue: str, as_of: str | None = None) -> Position | None:
        """The actor's latest position on the issue taken on or before `as_of` (default: the
        scenario's `as_of`; a month or year means its last day), or None when there is none."""
        limit = last_day(as_of or self.as_of)
        best: Position | None = None
        for p in self.positions:
            if p.actor != actor or p.issue != issue or first_day(p.as_of) > limit:
                continue
            if best is None or sort_key(p.as_of) >= sort_key(best.as_of):
                best = p
        return best

    # -- one date everywhere ---------------------------------------------------------------------

    def at(self, as_of: str) -> Scenario:
        """The scenario as it stood at `as_of` (a month or year means its last day): events that
        started or were reported by then (all of them from the scenario's own date on, so a
        round planned then stays), proposals made by then (undated ones kept), positions,
        reservations and cross-issue red lines taken or in force by then, and `as_of` set to the
        date. Documents, actors, persons, issues and the track records
        (agreements, incidents, claims, indicators, which carry their own dates) are kept.
        Not re-validated: a subset of a valid scenario is valid."""
        limit = last_day(as_of)

        def by(date: str | None, keep_undated: bool = True) -> bool:
            return keep_undated if date is None else first_day(date) <= limit

        # On or after the scenario's own date every event it records was known, planned rounds
        # included; before it, an event shows once it started or a source reported it.
        current = limit >= last_day(self.as_of)
        return self.model_copy(update={
            "as_of": as_of,
            "events": [e for e in self.events
                       if current or by(e.start, False) or by(self.reported(e), e.start is None)],
            "proposals": [p for p in self.proposals if by(p.date)],
            "positions": [p for p in self.positions if by(p.as_of)],
            "reservations": [r for r in self.reservations if by(r.as_of)],
            "red_lines": [r for r in self.red_lines if r.in_force(as_of)],
            "conflict": self.conflict.model_copy(update={"as_of": self.conflict_as_of})
            if self.conflict is not None else None,
        })

    @property
    def conflict_as_of(self) -> str | None:
        """The date the conflict model describes: its own `as_of`, else the scenario's."""
        return None if self.conflict is None else self.conflict.as_of or self.as_of

    def unknown_positions(self, as_of: str | None = None,
                          actors: list[str] | None = None) -> list[tuple[str, str]]:
        """(actor, issue) pairs on which the actor (default: the parties) has taken no position
        by `as_of`: unknown, which is not the same as accepting everything."""
        chosen = self.parties if actors is None else actors
        return [(a, i.id) for a in chosen for i in self.issues
                if self.position(a, i.id, as_of) is None]

    def known_issues(self, as_of: str | None = None, actors: list[str] | None = None) -> Scenario:
        """The scenario restricted to the issues on which every one of `actors` (default: the
        parties) has taken a position by `as_of`: the others are unknown, and an analysis that
        treated them as "anything goes" would count packages nobody has spoken to. Positions,
        proposal packages (a proposal left with no issue is dropped), cross-issue red lines and
        conditional acceptances naming a dropped issue go with it. Raises `NoPositionsKnown`
        when no issue is left."""
        unknown = {i for _, i in self.unknown_positions(as_of, actors)}
        if not unknown:
            return self
        issues = [i for i in self.issues if i.id not in unknown]
        if not issues:
            raise NoPositionsKnown(self, as_of or self.as_of, actors)

        def known(condition: str) -> bool:
            return all(c.issue not in unknown for c in parse_condition(condition))

        positions = [p if all(known(c) for c in p.conditional.values()) else p.model_copy(
            update={"conditional": {o: c for o, c in p.conditional.items() if known(c)}})
            for p in self.positions if p.issue not in unknown]
        proposals = [p.model_copy(update={"package": {k: v for k, v in p.package.items()
                                                      if k not in unknown}})
                     for p in self.proposals if set(p.package) - unknown]
        return self.model_copy(update={
            "issues": issues, "positions": positions, "proposals": proposals,
            "red_lines": [r for r in self.red_lines if known(r.condition)]})

    def last_dated(self) -> str | None:
        """The latest date of any fact in the scenario (positions, reservations, red lines,
        proposals, events, document publication and evidence dates), or None."""
        dates: list[str] = [p.as_of for p in self.positions]
        dates += [r.as_of for r in self.reservations]
        dates += [d for r in self.red_lines for d in (r.since,) if d]
        dates += [p.date for p in self.proposals if p.date]
        dates += [d for e in self.events for d in (e.end or e.start,) if d]
        dates += [d.published for d in self.documents if d.published]
        dates += [ev.date for _, ev in self.iter_evidence() if ev.date]
        return max(dates, key=last_day) if dates else None

    def cross_red_lines(self, as_of: str | None = None) -> list[CrossRedLine]:
        """The cross-issue red lines in force at `as_of` (default: the scenario's date): the
        declared ones (see `CrossRedLine.in_force`) and those implied by the `conditional`
        acceptances of the positions in force then (see `conditional_red_lines`)."""
        date = as_of or self.as_of
        out = [r for r in self.red_lines if r.in_force(date)]
        for actor, issue in dict.fromkeys((p.actor, p.issue) for p in self.positions if p.conditional):
            p = self.position(actor, issue, date)
            if p is not None:
                out.extend(conditional_red_lines(p))
        return out

    def position_history(self, actor: str, issue: str) -> list[Position]:
        """All positions of an actor on an issue, oldest first."""
        found = [p for p in self.positions if p.actor == actor and p.issue == issue]
        return sorted(found, key=lambda p: sort_key(p.as_of))

    def iter_evidence(self) -> Iterator[tuple[Loc, Evidence]]:
        """Every piece of evidence in the scenario with its field path, in file order."""
        for i, a in enumerate(self.actors):
            for j, ev in enumerate(a.evidence):
                yield ("actors", i, "evidence", j), ev
            if a.capability_basis is not None:
                yield ("actors", i, "capability_basis"), a.capability_basis
            for j, figure in enumerate(a.capability_figures):
                for k, ev in enumerate(figure.evidence):
                    yield ("actors", i, "capability_figures", j, "evidence", k), ev
        for i, person in enumerate(self.persons):
            for j, o in enumerate(person.offices):
                for k, ev in enumerate(o.evidence):
                    yield ("persons", i, "offices", j, "evidence", k), ev
        for name in ("issues", "positions", "red_lines", "reservations", "proposals", "events"):
            for i, item in enumerate(getattr(self, name)):
                for j, ev in enumerate(item.evidence):
                    yield (name, i, "evidence", j), ev
        for i, prop in enumerate(self.proposals):
            for key, evs in prop.evidence_by_issue.items():
                for j, ev in enumerate(evs):
                    yield ("proposals", i, "evidence_by_issue", key, j), ev
        for i, agreement in enumerate(self.agreements):
            for sub, ev in agreement.iter_evidence():
                yield ("agreements", i, *sub), ev
        for name in ("incidents", "exchanges", "claims", "ratification_rules"):
            for i, item in enumerate(getattr(self, name)):
                for j, ev in enumerate(item.evidence):
                    yield (name, i, "evidence", j), ev
        for i, ind in enumerate(self.indicators):
            for j, obs in enumerate(ind.observations):
                for k, ev in enumerate(obs.evidence):
                    yield ("indicators", i, "observations", j, "evidence", k), ev
        if self.conflict is not None:
            for loc, ev in self.conflict.iter_evidence():
                yield ("conflict", *loc), ev

    # -- tables for notebooks ------------------------------------------------------------------

    def position_matrix(self, as_of: str | None = None, actors: list[str] | None = None) -> Table:
        """One row per (actor, issue): the position in force at `as_of` (default: the
        scenario's), with ideal, acceptable options, red lines, salience and whether the
        position is an assumption. Actors default to those that hold any position."""
        chosen = actors or list(dict.fromkeys(p.actor for p in self.positions))
        records: list[dict[str, Any]] = []
        for actor in chosen:
            for issue in self.issues:
                p = self.position(actor, issue.id, as_of)
                records.append(
                    {
                        "actor": actor,
                        "issue": issue.id,
                        "as_of": p.as_of if p else None,
                        "ideal": p.ideal if p else None,
                        "acceptable": list(p.acceptable) if p else [],
                        "acceptable_range": list(p.acceptable_range) if p and p.acceptable_range else None,
                        "red_lines": _red_lines(p),
                        "salience": p.salience if p else None,
                        "assumed": p.is_assumed if p else None,
                    }
                )
        columns = ["actor", "issue", "as_of", "ideal", "acceptable", "acceptable_range",
                   "red_lines", "salience", "assumed"]
        return Table.from_records(columns, records)

    def reported(self, event: Event) -> str | None:
        """The earliest publication date of the documents an event's evidence cites."""
        docs = {d.id: d for d in self.documents}
        dates = [docs[ev.doc].published for ev in event.evidence
                 if ev.doc in docs and docs[ev.doc].published]
        return min(dates, key=sort_key) if dates else None

    def events_in_order(self, kinds: list[str] | None = None) -> list[Event]:
        """Events in date order, optionally only the given kinds. An undated event is placed at
        the date its earliest source was published (see `reported`), or last if unknown."""
        events = [e for e in self.events if kinds is None or e.kind in kinds]
        return sorted(events, key=lambda e: (sort_key(e.start or self.reported(e)), e.id))

    def timeline(self, kinds: list[str] | None = None) -> Table:
        """The events of `events_in_order` as a table; `end` repeats `start` for one-day events."""
        records = [
            {
                "start": e.start,
                "end": e.end or e.start,
                "reported": self.reported(e),
                "kind": e.kind,
                "id": e.id,
                "title": e.title,
                "place": e.place,
                "venue": e.venue,
                "parties": list(e.parties),
                "mediators": list(e.mediators),
                "outcome": e.outcome,
                "moved_from": [e.moved_from.start, e.moved_from.end] if e.moved_from else None,
                "quantities": [q.model_dump(exclude_defaults=True) for q in e.quantities],
                "sources": sorted({ev.doc for ev in e.evidence if ev.doc}),
            }
            for e in self.events_in_order(kinds)
        ]
        columns = ["start", "end", "reported", "kind", "id", "title", "place", "venue", "parties",
                   "mediators", "outcome", "moved_from", "quantities", "sources"]
        return Table.from_records(columns, records)


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = '"' if any(c in data for c in "\x85\u2028\u2029") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


def make_dumper(base: type[yaml.SafeDumper]) -> type[yaml.SafeDumper]:
    """A safe dumper class that double-quotes strings holding line-break characters (NEL, LS,
    PS), which plain or single-quoted scalars would not keep intact."""
    dumper: type[yaml.SafeDumper] = type("ScenarioDumper", (base,), {})
    dumper.add_representer(str, _represent_str)
    return dumper


_Dumper = make_dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper))


def _red_lines(p: Position | None) -> list[str]:
    if p is None:
        return []
    return list(p.red_lines) + [f"[{number(lo)}, {number(hi)}]" for lo, hi in p.red_line_ranges]


def _find(items: list[_T], key: str, what: str) -> _T:
    for item in items:
        if item.id == key:  # type: ignore[attr-defined]
            return item
    known = ", ".join(i.id for i in items) or "none"  # type: ignore[attr-defined]
    raise KeyError(f"no {what} {key!r}; known: {known}")
