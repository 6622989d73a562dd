"""Rules that span several records of a scenario.

Each rule returns `Problem`s with the field path of the offending value, what was found, what was
expected and how to fix it. `check` runs them all; a valid scenario yields none.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from difflib import get_close_matches

from accord.model.base import number
from accord.model.dates import first_day, last_day
from accord.model.issues import Issue
from accord.model.positions import Clause, Value, parse_condition
from accord.model.problems import Loc, Problem
from accord.model.scenario import Scenario
from accord.model.track_checks import track_rules


def check(s: Scenario) -> list[Problem]:
    """Every cross-record problem of the scenario, in file order."""
    rules = (_duplicates, _references, _positions, _red_lines, _proposals, _dates, _offices,
             _evidence, track_rules)
    return [p for rule in rules for p in rule(s)]


def warnings(s: Scenario) -> list[Problem]:
    """Codings that are valid but probably not what the sources say (`accord validate` and
    `accord analyze` show them; they do not make the scenario invalid)."""
    return list(_monotone_red_lines(s))


def _hint(value: str, known: Iterable[str]) -> str:
    known = list(known)
    close = get_close_matches(value, known, n=1)
    if close:
        return f"did you mean {close[0]!r}?"
    shown = ", ".join(known[:12]) + (" ..." if len(known) > 12 else "")
    return f"use one of: {shown}" if known else "declare it first"


def _unknown(loc: Loc, what: str, value: str, known: Iterable[str]) -> Problem:
    return Problem(loc, f"unknown {what} {value!r}", f"the id of a declared {what}",
                   _hint(value, known))


# -- ids ------------------------------------------------------------------------------------------

def _duplicates(s: Scenario) -> Iterator[Problem]:
    for name in ("documents", "actors", "persons", "places", "issues", "red_lines", "proposals",
                 "events"):
        seen: dict[str, int] = {}
        for i, item in enumerate(getattr(s, name)):
            if item.id in seen:
                yield Problem((name, i, "id"), f"duplicate id {item.id!r}",
                              f"ids unique within {name}",
                              f"{name}[{seen[item.id]}] already uses it; rename one of them")
            else:
                seen[item.id] = i
    for i, issue in enumerate(s.issues):
        counts = Counter(issue.option_ids())
        for j, option in enumerate(issue.options):
            if counts[option.id] > 1 and issue.option_ids().index(option.id) != j:
                yield Problem(("issues", i, "options", j, "id"), f"duplicate option {option.id!r}",
                              f"option ids unique within issue {issue.id}", "rename or remove it")
    seen_pos: dict[tuple[str, str, str], int] = {}
    for i, p in enumerate(s.positions):
        key = (p.actor, p.issue, p.as_of)
        if key in seen_pos:
            yield Problem(("positions", i, "as_of"),
                          f"a second position of {p.actor} on {p.issue} as of {p.as_of}",
                          "one position per actor, issue and date",
                          f"merge it with positions[{seen_pos[key]}] or change as_of")
        else:
            seen_pos[key] = i


class _Ids(list[str]):
    """Ids in declaration order (for hints) with constant-time membership (for large files)."""

    def __init__(self, ids: Iterable[str]):
        super().__init__(ids)
        self._set = frozenset(self)

    def __contains__(self, key: object) -> bool:
        return key in self._set


# -- references -----------------------------------------------------------------------------------

def _references(s: Scenario) -> Iterator[Problem]:
    actors = _Ids(a.id for a in s.actors)
    persons = _Ids(p.id for p in s.persons)
    places = _Ids(p.id for p in s.places)
    issues = _Ids(i.id for i in s.issues)
    events = _Ids(e.id for e in s.events)

    def actor(loc: Loc, value: str) -> Iterator[Problem]:
        if value not in actors:
            yield _unknown(loc, "actor", value, actors)

    for i, act in enumerate(s.actors):
        for j, m in enumerate(act.members):
            if m == act.id:
                yield Problem(("actors", i, "members", j), f"{act.id} listed as its own member",
                              "other actors", "remove it from members")
            else:
                yield from actor(("actors", i, "members", j), m)
    for i, person in enumerate(s.persons):
        for j, office in enumerate(person.offices):
            yield from actor(("persons", i, "offices", j, "actor"), office.actor)
    for i, place in enumerate(s.places):
        if place.country is not None:
            yield from actor(("places", i, "country"), place.country)
    for name in ("positions", "red_lines", "reservations"):
        for i, item in enumerate(getattr(s, name)):
            yield from actor((name, i, "actor"), item.actor)
    for i, p in enumerate(s.positions):
        if p.issue not in issues:
            yield _unknown(("positions", i, "issue"), "issue", p.issue, issues)
    for i, prop in enumerate(s.proposals):
        for j, author in enumerate(prop.authors):
            yield from actor(("proposals", i, "authors", j), author)
        for key in (*prop.package, *prop.evidence_by_issue):
            if key not in issues:
                field = "package" if key in prop.package else "evidence_by_issue"
                yield _unknown(("proposals", i, field, key), "issue", key, issues)
    for i, e in enumerate(s.events):
        for field in ("parties", "mediators"):
            for j, member in enumerate(getattr(e, field)):
                yield from actor(("events", i, field, j), member)
        for j, who in enumerate(e.participants):
            if who not in persons:
                yield _unknown(("events", i, "participants", j), "person", who, persons)
        for side, who in e.heads.items():
            yield from actor(("events", i, "heads", side), side)
            if who not in persons:
                yield _unknown(("events", i, "heads", side), "person", who, persons)
            elif side in actors:
                person = s.person(who)
                if person.offices and all(o.actor != side for o in person.offices):
                    yield Problem(("events", i, "heads", side), f"{who} heading the {side} delegation",
                                  f"a person with an office for {side}",
                                  f"give {who} an office for {side} or correct the delegation head")
        if e.place is not None and e.place not in places:
            yield _unknown(("events", i, "place"), "place", e.place, places)
        if e.topic is not None and e.topic not in issues:
            yield _unknown(("events", i, "topic"), "issue", e.topic, issues)
        for j, r in enumerate(e.related):
            if r not in events:
                yield _unknown(("events", i, "related", j), "event", r, events)
            elif r == e.id:
                yield Problem(("events", i, "related", j), "an event related to itself",
                              "the id of another event", "remove it")


# -- values against their issue -------------------------------------------------------------------

def _value(loc: Loc, issue: Issue, value: Value) -> Iterator[Problem]:
    if issue.is_numeric:
        if isinstance(value, str):
            yield Problem(loc, f"option {value!r}", f"a number in {issue.unit} for numeric issue {issue.id}",
                          f"write a number between {number(issue.range[0])} and {number(issue.range[1])}"  # type: ignore[index]
                          )
        elif not issue.in_range(value):
            yield _out_of_range(loc, issue, value)
        else:
            yield from _whole(loc, issue, value)
    elif not isinstance(value, str):
        yield Problem(loc, f"the number {number(value)}", f"an option of {issue.id}",
                      f"use one of: {', '.join(issue.option_ids())}")
    elif value not in issue.option_ids():
        yield Problem(loc, f"option {value!r}, which is not in issue {issue.id}",
                      f"one of {', '.join(issue.option_ids())}", _hint(value, issue.option_ids()))


def _out_of_range(loc: Loc, issue: Issue, value: float) -> Problem:
    lo, hi = issue.range  # type: ignore[misc]
    return Problem(loc, f"{number(value)} {issue.unit}",
                   f"a value within [{number(lo)}, {number(hi)}] for {issue.id}",
                   "correct the value or widen the issue's range")


def _whole(loc: Loc, issue: Issue, value: float) -> Iterator[Problem]:
    """A fraction on an issue counted in whole units (`integer: true`): its grid and solutions
    are whole numbers, so a fractional ideal, range end or utility point would put a value on
    the grid that the issue cannot take (250.5 soldiers)."""
    if issue.integer and not float(value).is_integer():
        yield Problem(loc, f"{number(value)} {issue.unit}",
                      f"a whole number of {issue.unit} ({issue.id} is `integer: true`)",
                      f"round it to {number(float(round(value)))}, or drop `integer` from the issue")


def _range(loc: Loc, issue: Issue, rng: tuple[float, float]) -> Iterator[Problem]:
    lo, hi = rng
    if lo > hi:
        yield Problem(loc, f"the inverted range [{number(lo)}, {number(hi)}]", "[low, high] with low <= high",
                      f"write [{number(hi)}, {number(lo)}]")
    for k, v in enumerate(rng):
        if not issue.in_range(v):
            yield _out_of_range((*loc, k), issue, v)
        else:
            yield from _whole((*loc, k), issue, v)


def _positions(s: Scenario) -> Iterator[Problem]:
    issues = {i.id: i for i in s.issues}
    for i, p in enumerate(s.positions):
        issue = issues.get(p.issue)
        if issue is None:
            continue
        loc: Loc = ("positions", i)
        if p.ideal is not None:
            yield from _value((*loc, "ideal"), issue, p.ideal)
        if issue.is_numeric:
            for field in ("acceptable", "utilities", "red_lines"):
                if getattr(p, field):
                    yield Problem((*loc, field), f"`{field}` on numeric issue {issue.id}",
                                  "acceptable_range, utility_points and red_line_ranges",
                                  f"replace `{field}` by its numeric counterpart")
            if p.acceptable_range is not None:
                yield from _range((*loc, "acceptable_range"), issue, p.acceptable_range)
            for j, rng in enumerate(p.red_line_ranges):
                yield from _range((*loc, "red_line_ranges", j), issue, rng)
            xs = [x for x, _ in p.utility_points]
            for j, x in enumerate(xs):
                if not issue.in_range(x):
                    yield _out_of_range((*loc, "utility_points", j, 0), issue, x)
                else:
                    yield from _whole((*loc, "utility_points", j, 0), issue, x)
            if xs != sorted(set(xs)):
                yield Problem((*loc, "utility_points"), "points not in increasing order of value",
                              "[[x, u], ...] with strictly increasing x", "sort the points by x")
            if isinstance(p.ideal, float) and p.red_line_ranges and any(
                lo <= p.ideal <= hi for lo, hi in p.red_line_ranges
            ):
                yield Problem((*loc, "ideal"), f"ideal {number(p.ideal)} inside a red-line range",
                              "an ideal the actor does not reject", "correct the ideal or the red line")
            continue
        for field in ("acceptable_range", "red_line_ranges", "utility_points"):
            if getattr(p, field):
                yield Problem((*loc, field), f"`{field}` on option issue {issue.id}",
                              "acceptable, utilities and red_lines (option ids)",
                              f"replace `{field}` by its option counterpart")
        for field in ("acceptable", "red_lines"):
            for j, opt in enumerate(getattr(p, field)):
                yield from _value((*loc, field, j), issue, opt)
        for opt in p.utilities:
            yield from _value((*loc, "utilities", opt), issue, opt)
        clash = set(p.red_lines) & ({*p.acceptable} | ({p.ideal} if isinstance(p.ideal, str) else set()))
        for opt in sorted(clash):
            yield Problem((*loc, "red_lines", p.red_lines.index(opt)),
                          f"option {opt!r} both a red line and acceptable (or ideal)",
                          "a red line the actor does not also accept",
                          "remove it from one of the lists")


def _red_lines(s: Scenario) -> Iterator[Problem]:
    issues = {i.id: i for i in s.issues}
    for i, r in enumerate(s.red_lines):
        yield from _condition(("red_lines", i, "condition"), r.clauses, issues)
        yield from _inverted(("red_lines", i, "until"), r.since, r.until, "a red line")
    for i, p in enumerate(s.positions):
        issue = issues.get(p.issue)
        for option, condition in p.conditional.items():
            loc: Loc = ("positions", i, "conditional", option)
            if issue is None:
                continue
            if issue.is_numeric:
                yield Problem(loc, f"`conditional` on numeric issue {issue.id}",
                              "conditional acceptance of options of an option issue",
                              "write a cross-issue red line instead")
                continue
            yield from _value(loc, issue, option)
            accepted = {*p.acceptable, *([p.ideal] if isinstance(p.ideal, str) else [])}
            if option in issue.option_ids() and option not in accepted:
                yield Problem(loc, f"conditional acceptance of {option!r}, which the position "
                              "does not list as acceptable", "an option in `acceptable`",
                              f"add {option!r} to acceptable (the condition limits it)")
            clauses = parse_condition(condition)
            if any(c.issue == p.issue for c in clauses):
                yield Problem(loc, f"a condition on {p.issue} itself", "clauses on other issues",
                              "list the options directly in acceptable or red_lines")
                continue
            yield from _condition(loc, clauses, issues)


def _condition(loc: Loc, clauses: tuple[Clause, ...], issues: dict[str, Issue]) -> Iterator[Problem]:
    for clause in clauses:
        issue = issues.get(clause.issue)
        if issue is None:
            yield _unknown(loc, "issue", clause.issue, list(issues))
            continue
        if not issue.is_numeric and clause.op in ("<", "<=", ">", ">="):
            yield Problem(loc, f"`{clause}` on option issue {issue.id}",
                          "=, !=, in or not in with option ids", "name the options instead")
            continue
        if issue.is_numeric:
            numbers = clause.number_values()
            if numbers is None:
                yield Problem(loc, f"`{clause}` on numeric issue {issue.id}",
                              f"a comparison with a number in {issue.unit}",
                              "write e.g. 'military.army_size < 250000'")
                continue
            values: tuple[Value, ...] = numbers
        else:
            values = clause.values
        for v in values:
            for problem in _value(loc, issue, v):
                yield Problem(loc, f"{problem.found} in `{clause}`", problem.expected, problem.fix)


def _proposals(s: Scenario) -> Iterator[Problem]:
    issues = {i.id: i for i in s.issues}
    for i, prop in enumerate(s.proposals):
        for key, value in prop.package.items():
            if key in issues:
                yield from _value(("proposals", i, "package", key), issues[key], value)


# -- dates ----------------------------------------------------------------------------------------

def _inverted(loc: Loc, start: str | None, end: str | None, what: str) -> Iterator[Problem]:
    if start is not None and end is not None and last_day(end) < first_day(start):
        yield Problem(loc, f"{what} ending {end} before it starts {start}",
                      "an end on or after the start", "swap the dates or correct one of them")


def _dates(s: Scenario) -> Iterator[Problem]:
    for i, e in enumerate(s.events):
        yield from _inverted(("events", i, "end"), e.start, e.end, "an event")
        if e.moved_from is not None:
            yield from _inverted(("events", i, "moved_from", "end"), e.moved_from.start,
                                 e.moved_from.end, "the original date range")
        if e.kind == "postponement" and e.moved_from is None:
            yield Problem(("events", i, "moved_from"), "a postponement without its original dates",
                          "moved_from: {start, end}", "add the dates the round was moved from")
        if e.end is not None and e.start is None:
            yield Problem(("events", i, "start"), "an end date without a start",
                          "start as well as end", "add start or remove end")
    for i, person in enumerate(s.persons):
        for j, o in enumerate(person.offices):
            yield from _inverted(("persons", i, "offices", j, "until"), o.since, o.until, "an office")


def _offices(s: Scenario) -> Iterator[Problem]:
    """One holder at a time for an exclusive office; no person holds the same office twice.

    Offices are half-open periods [since, until). With dates of month or year precision only a
    certain overlap is reported: one office's latest possible start lies before the other's
    earliest possible end, both ways. A sweep over the holders of each title, ordered by their
    latest possible start, keeps only the offices still possibly running.
    """
    held: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for i, person in enumerate(s.persons):
        for j, o in enumerate(person.offices):
            held[(o.actor, o.title.casefold())].append((i, j))
    for (actor, _title), holders in held.items():
        holders.sort(key=lambda h: _latest_start(s.persons[h[0]].offices[h[1]].since))
        running: list[tuple[int, int]] = []
        for pi, oi in holders:
            oa = s.persons[pi].offices[oi]
            start = _latest_start(oa.since)
            running = [h for h in running if _earliest_end(s.persons[h[0]].offices[h[1]].until) > start]
            for qi, qj in running:
                ob = s.persons[qi].offices[qj]
                same = pi == qi
                if not (same or (oa.exclusive and ob.exclusive)):
                    continue
                if _latest_start(ob.since) < _earliest_end(oa.until):
                    who = s.persons[pi].id if same else f"{s.persons[qi].id} and {s.persons[pi].id}"
                    periods = (f"{ob.since or '…'} to {ob.until or 'now'} and "
                               f"{oa.since or '…'} to {oa.until or 'now'}")
                    yield Problem(("persons", pi, "offices", oi),
                                  f"{who} holding '{oa.title}' of {actor} in overlapping periods ({periods})",
                                  "one holder at a time and no office held twice at once",
                                  "correct since/until, or mark a shared title `exclusive: false`")
            running.append((pi, oi))


def _latest_start(since: str | None) -> dt.date:
    return last_day(since) if since else dt.date.min


def _earliest_end(until: str | None) -> dt.date:
    return first_day(until) if until else dt.date.max


# -- evidence -------------------------------------------------------------------------------------

def _evidence(s: Scenario) -> Iterator[Problem]:
    docs = {d.id: d for d in s.documents}
    for loc, ev in s.iter_evidence():
        if ev.doc is None:
            continue
        doc = docs.get(ev.doc)
        if doc is None:
            yield _unknown((*loc, "doc"), "document", ev.doc, list(docs))
        elif ev.span is None and doc.length is not None:
            yield Problem((*loc, "span"), f"evidence citing document {doc.id} without a span",
                          f"the span [start, end] of the passage in {doc.id}, whose text accord "
                          "holds", "add the character offsets of the passage (tools/spans.py)")
        elif ev.span is not None and doc.length is None:
            yield Problem((*loc, "span"), f"span [{ev.span[0]}, {ev.span[1]}] into document {doc.id}, "
                          "whose text the scenario does not hold (no `length`)",
                          "a paraphrase of the report as a whole, without a span",
                          f"drop the span, or give document {doc.id} its `length` and `sha256`")
        elif ev.span is not None and doc.length is not None and ev.span[1] > doc.length:
            yield Problem((*loc, "span"), f"span [{ev.span[0]}, {ev.span[1]}]",
                          f"a span inside document {doc.id}, which has {doc.length} characters",
                          "recompute the span against the document text")


# -- warnings -------------------------------------------------------------------------------------

def _monotone_red_lines(s: Scenario) -> Iterator[Problem]:
    """On an ordinal issue, an actor that refuses an option refuses every option further from
    its ideal on the same side, unless the position says why not (`red_lines_not_monotone`)."""
    issues = {i.id: i for i in s.issues}
    for i, p in enumerate(s.positions):
        issue = issues.get(p.issue)
        if (issue is None or issue.kind != "ordinal" or not p.red_lines
                or p.red_lines_not_monotone is not None or not isinstance(p.ideal, str)
                or p.ideal not in issue.option_ids()):
            continue
        opts = issue.option_ids()
        ideal = opts.index(p.ideal)
        red = {opts.index(o) for o in p.red_lines if o in opts}
        missing = sorted({j for r in red for j in range(len(opts))
                          if abs(j - ideal) > abs(r - ideal) and (j - ideal) * (r - ideal) > 0
                          and j not in red})
        if missing:
            names = ", ".join(opts[j] for j in missing)
            refused = ", ".join(o for o in opts if o in p.red_lines)
            yield Problem(("positions", i, "red_lines"),
                          f"{p.actor} refusing {refused} on {p.issue} but not {names}, which "
                          f"{'lie' if len(missing) > 1 else 'lies'} further from its ideal {p.ideal}",
                          "red lines that include every option beyond a refused one",
                          f"add {names} to red_lines, or say why not in "
                          "`red_lines_not_monotone: <reason>` with the source in evidence")

