"""Properties of `accord.space.acceptability` on small random scenarios, checked against brute force.

The scenarios are drawn as plain dicts (2-3 parties, a mediator that holds positions but is no
party, a guarantor with no positions at all; 1-4 option issues and 0-1 numeric issue with an
integer range) and validated with `Scenario.model_validate`. Each property recomputes the answer
from the dict by the documented rules and compares it with what accord reports:

- option issues: a party's acceptable set is `acceptable` + `ideal` minus `red_lines`; all options
  minus red lines when it lists neither; every option when it has no position;
- numeric issues: v is acceptable when it lies in `acceptable_range` (default: the issue's range,
  bounds included) and in no `red_line_ranges` entry (bounds included). With integer bounds, two
  parties share some value exactly when they share a point of the 0.5 grid.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from accord.model import Proposal, Scenario
from accord.space import check_proposal, issue_collisions

Data = dict[str, Any]
ASSUMED = [{"assumption": "property test"}]
DATES = ["2024", "2025-01"]
"""Position dates; the later one is in force at the scenario's as_of (2025-12)."""
PARTY_IDS = ["PA", "PB", "PC"]
MEDIATOR = "MED"  # holds positions, is not a party
GUARANTOR = "GUA"  # holds no positions, may hold cross-issue red lines
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- drawing scenarios ----------------------------------------------------------------------------

def subset(draw: st.DrawFn, items: list[Any]) -> list[Any]:
    """A sub-list of `items`, each kept on a coin flip (cheaper than st.lists(unique=True))."""
    return [x for x in items if draw(st.booleans())]


@st.composite
def option_positions(draw: st.DrawFn, options: list[str]) -> Data:
    body: Data = {}
    ideal = draw(st.none() | st.sampled_from(options))
    if ideal is not None:
        body["ideal"] = ideal
    acceptable = subset(draw, options)
    if acceptable:
        body["acceptable"] = acceptable
    free = [o for o in options if o not in acceptable and o != ideal]
    red = subset(draw, free)
    if red:
        body["red_lines"] = red
    return body


def _closed(draw: st.DrawFn, lo: int, hi: int) -> list[int]:
    a = draw(st.integers(lo, hi))
    return [a, draw(st.integers(a, hi))]


@st.composite
def numeric_positions(draw: st.DrawFn, lo: int, hi: int) -> Data:
    body: Data = {}
    if draw(st.booleans()):
        body["acceptable_range"] = _closed(draw, lo, hi)
    red = [_closed(draw, lo, hi) for _ in range(draw(st.integers(0, 2)))]
    if red:
        body["red_line_ranges"] = red
    free = [v for v in range(lo, hi + 1) if not any(a <= v <= b for a, b in red)]
    if free and draw(st.booleans()):
        body["ideal"] = draw(st.sampled_from(free))
    return body


@st.composite
def clauses(draw: st.DrawFn, issue: Data) -> tuple[str, str, tuple[str, ...]]:
    """(issue id, operator, values as written) for one clause of a cross-issue red line."""
    if issue["kind"] == "numeric":
        lo, hi = issue["range"]
        op = draw(st.sampled_from(["=", "!=", "<", "<=", ">", ">="]))
        return issue["id"], op, (str(draw(st.integers(lo, hi))),)
    options = [o["id"] for o in issue["options"]]
    op = draw(st.sampled_from(["=", "!=", "in", "not in"]))
    if op in ("in", "not in"):
        chosen = subset(draw, options)[:3] or [draw(st.sampled_from(options))]
        return issue["id"], op, tuple(chosen)
    return issue["id"], op, (draw(st.sampled_from(options)),)


def condition_text(clause_list: list[tuple[str, str, tuple[str, ...]]]) -> str:
    parts = []
    for issue, op, values in clause_list:
        shown = "{" + ", ".join(values) + "}" if op in ("in", "not in") else values[0]
        parts.append(f"{issue} {op} {shown}")
    return " AND ".join(parts)


@st.composite
def scenario_dicts(draw: st.DrawFn, with_parties: bool = True) -> Data:
    n_parties = draw(st.integers(2, 3))
    roles = (["party"] * n_parties if with_parties
             else [draw(st.sampled_from(["mediator", "guarantor", "observer"])) for _ in range(n_parties)])
    actors = [{"id": a, "names": {"en": f"Actor {a}"}, "role": r}
              for a, r in zip(PARTY_IDS, roles, strict=False)]
    actors += [{"id": MEDIATOR, "names": {"en": "Mediator"}, "role": "mediator"},
               {"id": GUARANTOR, "names": {"en": "Guarantor"}, "role": "guarantor"}]
    issues: list[Data] = []
    for i in range(draw(st.integers(1, 4))):
        n = draw(st.integers(2, 4))
        issues.append({"id": f"opt.i{i}", "label": f"Issue {i}",
                       "kind": draw(st.sampled_from(["ordinal", "categorical"])),
                       "options": [{"id": f"o{k}", "label": f"Option {k}"} for k in range(n)]})
    if draw(st.booleans()):
        lo = draw(st.integers(-3, 5))
        issues.append({"id": "num.size", "label": "Size", "kind": "numeric", "unit": "units",
                       "range": [lo, draw(st.integers(lo + 1, lo + 8))]})
    positions: list[Data] = []
    for actor in [a["id"] for a in actors if a["id"] != GUARANTOR]:
        for issue in issues:
            for date in subset(draw, DATES):
                if issue["kind"] == "numeric":
                    body = draw(numeric_positions(*issue["range"]))
                else:
                    body = draw(option_positions([o["id"] for o in issue["options"]]))
                positions.append({"actor": actor, "issue": issue["id"], "as_of": date, **body,
                                  "salience": 0.5, "evidence": ASSUMED})
    red_lines = []
    for k in range(draw(st.integers(0, 3))):
        chosen = subset(draw, issues)[:3] or [draw(st.sampled_from(issues))]
        red_lines.append({"id": f"rl-{k}",
                          "actor": draw(st.sampled_from([a["id"] for a in actors])),
                          "condition": condition_text([draw(clauses(i)) for i in chosen]),
                          "evidence": ASSUMED})
    return {"id": "prop", "title": "Property scenario", "as_of": "2025-12", "actors": actors,
            "issues": issues, "positions": positions, "red_lines": red_lines}


# -- brute force ----------------------------------------------------------------------------------

def in_force(d: Data, actor: str, issue: str) -> Data | None:
    """The actor's position in force at the scenario's date: the latest one."""
    found = [p for p in d["positions"] if p["actor"] == actor and p["issue"] == issue]
    return max(found, key=lambda p: DATES.index(p["as_of"])) if found else None


def accepted_options(position: Data | None, issue: Data) -> set[str]:
    options = {o["id"] for o in issue["options"]}
    if position is None:
        return options
    listed = set(position.get("acceptable", []))
    if "ideal" in position:
        listed.add(position["ideal"])
    return (listed or options) - set(position.get("red_lines", []))


def grid(issue: Data) -> list[float]:
    lo, hi = issue["range"]
    return [lo + k / 2 for k in range(2 * (hi - lo) + 1)]


def accepts_number(position: Data | None, issue: Data, v: float) -> bool:
    lo, hi = issue["range"]
    if position is not None and "acceptable_range" in position:
        lo, hi = position["acceptable_range"]
    if not lo <= v <= hi:
        return False
    reds = position.get("red_line_ranges", []) if position else []
    return not any(a <= v <= b for a, b in reds)


def in_red_range(position: Data | None, v: float) -> bool:
    return position is not None and any(a <= v <= b for a, b in position.get("red_line_ranges", []))


def acceptable_to_all(d: Data, issue: Data, actors: list[str]) -> list[str | float]:
    """The values of the issue (grid points for numeric issues) every actor accepts."""
    held = [in_force(d, a, issue["id"]) for a in actors]
    if issue["kind"] == "numeric":
        return [v for v in grid(issue) if all(accepts_number(p, issue, v) for p in held)]
    common = {o["id"] for o in issue["options"]}
    for p in held:
        common &= accepted_options(p, issue)
    return sorted(common)


def parties_of(d: Data) -> list[str]:
    return [a["id"] for a in d["actors"] if a["role"] == "party"]


def all_actor_ids(d: Data) -> list[str]:
    return [a["id"] for a in d["actors"]]


def expected_collisions(d: Data) -> list[str]:
    parties = parties_of(d)
    if not parties:
        return []
    return [i["id"] for i in d["issues"] if not acceptable_to_all(d, i, parties)]


@dataclass(frozen=True)
class ParsedClause:
    issue: str
    op: str
    values: tuple[str, ...]

    def holds(self, value: str | float) -> bool:
        if isinstance(value, str):
            return {"=": value == self.values[0], "!=": value != self.values[0],
                    "in": value in self.values, "not in": value not in self.values}[self.op]
        limit = float(self.values[0])
        return {"=": value == limit, "!=": value != limit, "<": value < limit, "<=": value <= limit,
                ">": value > limit, ">=": value >= limit}[self.op]


def parse(condition: str) -> list[ParsedClause]:
    out = []
    for raw in condition.split(" AND "):
        for op in (" not in ", " in ", " != ", " <= ", " >= ", " < ", " > ", " = "):
            if op in raw:
                issue, value = raw.split(op, 1)
                values = tuple(v.strip() for v in value.strip("{}").split(","))
                out.append(ParsedClause(issue, op.strip(), values))
                break
        else:
            raise AssertionError(f"test fixture cannot parse {raw!r}")
    return out


def proposal(package: dict[str, str | float]) -> Proposal:
    return Proposal.model_validate({"id": "prop", "name": "Proposal", "authors": ["PA"],
                                    "package": package, "evidence": ASSUMED})


def some_of(data: st.DataObject, items: list[Any]) -> list[Any]:
    """A non-empty sub-list of `items`."""
    return [x for x in items if data.draw(st.booleans())] or [data.draw(st.sampled_from(items))]


def values_of(issue: Data) -> st.SearchStrategy[str | float]:
    if issue["kind"] == "numeric":
        return st.sampled_from(grid(issue)).map(float)
    return st.sampled_from([o["id"] for o in issue["options"]])


# -- collisions -----------------------------------------------------------------------------------

@PROPERTY
@given(scenario_dicts())
def test_collisions_match_brute_force(d: Data) -> None:
    s = Scenario.model_validate(d)
    found = issue_collisions(s)
    assert [c.issue for c in found] == expected_collisions(d)
    parties = parties_of(d)
    for c in found:
        assert set(c.parties) == set(parties)
        issue = next(i for i in d["issues"] if i["id"] == c.issue)
        if issue["kind"] == "numeric":
            continue
        for p in parties:
            expected = accepted_options(in_force(d, p, issue["id"]), issue)
            assert set(c.acceptable[p]) == expected, (p, c.acceptable)


@PROPERTY
@given(scenario_dicts())
def test_collisions_with_chosen_parties_match_brute_force(d: Data) -> None:
    """Any subset of actors (the mediator and the position-less guarantor included) can be
    named as the parties."""
    s = Scenario.model_validate(d)
    for chosen in ([PARTY_IDS[0], MEDIATOR], [MEDIATOR, GUARANTOR], all_actor_ids(d)):
        expected = [i["id"] for i in d["issues"] if not acceptable_to_all(d, i, chosen)]
        assert [c.issue for c in issue_collisions(s, parties=chosen)] == expected, chosen


@PROPERTY
@given(scenario_dicts(with_parties=False))
def test_no_parties_no_collisions(d: Data) -> None:
    s = Scenario.model_validate(d)
    assert s.parties == []
    assert issue_collisions(s) == []
    assert issue_collisions(s, parties=[]) == []


@PROPERTY
@given(scenario_dicts())
def test_an_earlier_date_uses_the_earlier_positions(d: Data) -> None:
    s = Scenario.model_validate(d)
    early = {**d, "positions": [p for p in d["positions"] if p["as_of"] == "2024"]}
    assert [c.issue for c in issue_collisions(s, as_of="2024-06")] == expected_collisions(early)


# -- single-issue red lines in proposals ----------------------------------------------------------

@PROPERTY
@given(scenario_dicts(), st.data())
def test_a_proposal_acceptable_to_everyone_crosses_no_single_issue_red_line(d: Data,
                                                                           data: st.DataObject) -> None:
    s = Scenario.model_validate(d)
    actors = all_actor_ids(d)
    commons = {i["id"]: c for i in d["issues"] if (c := acceptable_to_all(d, i, actors))}
    assume(commons)
    chosen = some_of(data, list(commons))
    package = {key: data.draw(st.sampled_from(commons[key])) for key in chosen}
    result = check_proposal(s, proposal(package))
    for actor, crossings in result.by_actor.items():
        single = [c for c in crossings if c.kind in ("red_line", "not_acceptable")]
        assert single == [], (actor, package, [c.describe() for c in single])


@PROPERTY
@given(scenario_dicts(), st.data())
def test_a_proposal_on_a_red_line_reports_the_crossing(d: Data, data: st.DataObject) -> None:
    s = Scenario.model_validate(d)
    candidates = []
    for actor in all_actor_ids(d):
        for issue in d["issues"]:
            p = in_force(d, actor, issue["id"])
            if p is None:
                continue
            if p.get("red_lines"):
                candidates.append((actor, issue, p))
            if p.get("red_line_ranges"):
                candidates.append((actor, issue, p))
    assume(candidates)
    actor, issue, p = data.draw(st.sampled_from(candidates))
    if issue["kind"] == "numeric":
        a, b = data.draw(st.sampled_from(p["red_line_ranges"]))
        inside = [a + k / 2 for k in range(2 * (b - a) + 1)]
        value: str | float = float(data.draw(st.sampled_from([a, b, *inside])))  # bounds included
    else:
        value = data.draw(st.sampled_from(p["red_lines"]))
    package: dict[str, str | float] = {issue["id"]: value}
    for other in d["issues"]:  # other issues settled at random do not hide the crossing
        if other["id"] != issue["id"] and data.draw(st.booleans()):
            package[other["id"]] = data.draw(values_of(other))
    result = check_proposal(s, proposal(package))
    hits = [c for c in result.by_actor.get(actor, []) if c.kind == "red_line" and c.issue == issue["id"]]
    assert len(hits) == 1, (actor, package, [c.describe() for c in result.by_actor.get(actor, [])])
    assert not hits[0].possible
    assert hits[0] in result.crosses(actor)


@PROPERTY
@given(scenario_dicts(), st.data())
def test_single_issue_crossings_match_brute_force(d: Data, data: st.DataObject) -> None:
    """For any package: a red-line crossing exactly where the value is a red line (or inside a
    red-line range), and a not-acceptable note exactly where it is otherwise not acceptable."""
    s = Scenario.model_validate(d)
    package = {i["id"]: data.draw(values_of(i)) for i in some_of(data, d["issues"])}
    result = check_proposal(s, proposal(package))
    for actor in all_actor_ids(d):
        got = {(c.issue, c.kind) for c in result.by_actor.get(actor, []) if c.kind != "cross_issue"}
        expected = set()
        for issue in d["issues"]:
            if issue["id"] not in package:
                continue
            p, v = in_force(d, actor, issue["id"]), package[issue["id"]]
            if p is None:
                continue
            if isinstance(v, float):
                red, ok = in_red_range(p, v), accepts_number(p, issue, v)
            else:
                red, ok = v in p.get("red_lines", []), v in accepted_options(p, issue)
            if red:
                expected.add((issue["id"], "red_line"))
            elif not ok:
                expected.add((issue["id"], "not_acceptable"))
        assert got == expected, (actor, package)


# -- cross-issue red lines ------------------------------------------------------------------------

def _cross_issue(result: Any, red_line: Data) -> list[Any]:
    return [c for c in result.by_actor.get(red_line["actor"], [])
            if c.kind == "cross_issue" and c.red_line_id == red_line["id"]]


@PROPERTY
@given(scenario_dicts(), st.data())
def test_cross_issue_red_lines_on_a_full_package(d: Data, data: st.DataObject) -> None:
    s = Scenario.model_validate(d)
    package = {i["id"]: data.draw(values_of(i)) for i in d["issues"]}
    result = check_proposal(s, proposal(package))
    for r in d["red_lines"]:
        found = _cross_issue(result, r)
        if all(c.holds(package[c.issue]) for c in parse(r["condition"])):
            assert len(found) == 1, (r, package)
            assert not found[0].possible
            assert found[0] in result.crosses(r["actor"])
        else:
            assert found == [], (r, package)


@PROPERTY
@given(scenario_dicts(), st.data())
def test_cross_issue_red_lines_on_a_partial_package(d: Data, data: st.DataObject) -> None:
    s = Scenario.model_validate(d)
    package = {i["id"]: data.draw(values_of(i)) for i in some_of(data, d["issues"])}
    result = check_proposal(s, proposal(package))
    for r in d["red_lines"]:
        clause_list = parse(r["condition"])
        decided = [c for c in clause_list if c.issue in package]
        found = _cross_issue(result, r)
        if not decided:
            continue  # nothing of this red line is settled: no claim either way
        if not all(c.holds(package[c.issue]) for c in decided):
            assert found == [], (r, package)
        elif len(decided) < len(clause_list):
            assert len(found) == 1 and found[0].possible, (r, package)
            assert found[0] not in result.crosses(r["actor"])
        else:
            assert len(found) == 1 and not found[0].possible, (r, package)


def test_a_red_line_of_an_actor_without_positions_is_checked() -> None:
    d = {"id": "gua", "title": "Guarantor", "as_of": "2025-12",
         "actors": [{"id": "PA", "names": {"en": "A"}, "role": "party"},
                    {"id": "PB", "names": {"en": "B"}, "role": "party"},
                    {"id": GUARANTOR, "names": {"en": "G"}, "role": "guarantor"}],
         "issues": [{"id": "opt.i0", "label": "I0", "options": [{"id": "o0", "label": "0"},
                                                                {"id": "o1", "label": "1"}]},
                    {"id": "num.size", "label": "Size", "kind": "numeric", "unit": "u",
                     "range": [0, 10]}],
         "positions": [{"actor": "PA", "issue": "opt.i0", "as_of": "2025", "ideal": "o0",
                        "salience": 0.5, "evidence": ASSUMED}],
         "red_lines": [{"id": "gua-rl", "actor": GUARANTOR,
                        "condition": "opt.i0 = o1 AND num.size <= 3", "evidence": ASSUMED}]}
    s = Scenario.model_validate(d)
    full = check_proposal(s, proposal({"opt.i0": "o1", "num.size": 3.0}))
    (crossing,) = full.by_actor[GUARANTOR]
    assert crossing.red_line_id == "gua-rl" and not crossing.possible
    assert full.crosses(GUARANTOR) == [crossing]
    partial = check_proposal(s, proposal({"opt.i0": "o1"}))
    (maybe,) = partial.by_actor[GUARANTOR]
    assert maybe.possible and partial.crosses(GUARANTOR) == []
    assert check_proposal(s, proposal({"opt.i0": "o1", "num.size": 3.5})).by_actor[GUARANTOR] == []
    assert check_proposal(s, proposal({"opt.i0": "o0"})).by_actor[GUARANTOR] == []
