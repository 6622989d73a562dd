"""Single-issue acceptability, red-line collisions between parties, and proposal red-line checks.

Semantics (documented in docs/scenario-format.md):

- An actor's *acceptable set* on an option issue is its `acceptable` list plus its `ideal`, minus
  its `red_lines`. When the position lists neither `acceptable` nor `ideal`, every option that is
  not a red line is acceptable. An actor with no position on the issue constrains nothing.
- On a numeric issue it is `acceptable_range` (default: the issue's range, bounds included) minus
  the closed `red_line_ranges` (see `accord.space.intervals`); the ideal alone does not narrow it.
- An issue *collides* when the acceptable sets of the parties have no option in common. The
  explanation names, for every option, the parties that exclude it and whether by a red line or
  by leaving it out of their acceptable set. An option a party accepts only under a condition
  on other issues (`conditional`) counts as acceptable; when the parties share options only
  through such conditions the collision is *conditional*: it lists the conditions, and it is
  settled on this issue once they hold.
- A proposal *crosses* an actor's red line when it fixes an option (or value) the actor rejects
  outright, or when every clause of one of the actor's cross-issue red lines holds for it. A
  clause on an issue the proposal leaves open is undecided: such a red line is reported as
  `possible`, not as crossed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from accord.model import Issue, Position, Proposal, Scenario
from accord.model.base import number
from accord.space.intervals import Interval, intersect_all


def acceptable_options(position: Position | None, issue: Issue) -> set[str]:
    """The options of `issue` the position accepts (all options when there is no position)."""
    options = set(issue.option_ids())
    if position is None:
        return options
    listed = set(position.acceptable)
    if isinstance(position.ideal, str):
        listed.add(position.ideal)
    base = listed if listed else options
    return base - set(position.red_lines)


def acceptable_intervals(position: Position | None, issue: Issue) -> list[Interval]:
    """The acceptable values of a numeric issue: `acceptable_range` (default: the issue's
    range, bounds included) without the closed `red_line_ranges`. The `ideal` alone does not
    narrow a numeric issue (unlike an option issue), since a single number is rarely a limit."""
    assert issue.range is not None
    lo, hi = issue.range
    if position is not None and position.acceptable_range is not None:
        lo, hi = position.acceptable_range
    pieces = [Interval(lo, hi)]
    for r_lo, r_hi in position.red_line_ranges if position else []:
        pieces = [q for piece in pieces for q in piece.minus(r_lo, r_hi)]
    return pieces


@dataclass(frozen=True)
class Exclusion:
    """Why `actor` excludes `option` on an issue: a red line, or not among its acceptable options."""

    actor: str
    option: str
    by: Literal["red_line", "not_acceptable"]
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Collision:
    """An issue on which no option is acceptable to every party."""

    issue: str
    parties: tuple[str, ...]
    acceptable: dict[str, list[str]]
    exclusions: tuple[Exclusion, ...]
    red_line_clash: bool
    """True when every option is excluded by at least one party's red line."""
    note: str = ""
    """For numeric issues: how the acceptable ranges fail to meet."""
    conditions: tuple[str, ...] = ()
    """For a conditional collision: the options the parties share once each condition holds,
    e.g. "UKR accepts renounced only if security.guarantees = article5_like"."""

    @property
    def conditional(self) -> bool:
        """True when the parties share an option provided conditions on other issues hold."""
        return bool(self.conditions)

    def explain(self) -> str:
        """A sentence per option saying who excludes it and how."""
        by_option: dict[str, list[str]] = {}
        for e in self.exclusions:
            how = "red line" if e.by == "red_line" else "not acceptable"
            by_option.setdefault(e.option, []).append(f"{e.actor} ({how})")
        parts = [f"{opt}: {', '.join(who)}" for opt, who in by_option.items()]
        if self.conditions:
            parts.append("shared only on condition: " + "; ".join(self.conditions))
        return "; ".join([self.note, *parts] if self.note else parts)


def issue_collisions(scenario: Scenario, as_of: str | None = None,
                     parties: list[str] | None = None) -> list[Collision]:
    """Issues on which the parties (default: actors with role `party`) share no acceptable
    option, in scenario order. Numeric issues collide when the acceptable intervals do not meet.
    An issue on which some party has no position by the date is unknown: it is reported only
    when the parties with positions already share nothing."""
    chosen = scenario.parties if parties is None else parties
    out: list[Collision] = []
    if not chosen:
        return out
    for issue in scenario.issues:
        positions = {a: scenario.position(a, issue.id, as_of) for a in chosen}
        if any(p is None for p in positions.values()) and not _known_parties_collide(
                issue, [p for p in positions.values() if p is not None]):
            continue
        if issue.is_numeric:
            collision = _numeric_collision(issue, positions)
            if collision:
                out.append(collision)
            continue
        acceptable = {a: acceptable_options(p, issue) for a, p in positions.items()}
        unconditional = {a: s - set(p.conditional) if p else s for (a, s), p in
                         zip(acceptable.items(), positions.values(), strict=True)}
        if set.intersection(*unconditional.values()):
            continue
        shared = set.intersection(*acceptable.values())
        conditions = tuple(f"{a} accepts {opt} only if {p.conditional[opt]}"
                           for opt in issue.option_ids() if opt in shared
                           for a, p in positions.items() if p is not None and opt in p.conditional)
        exclusions = []
        red = {opt: False for opt in issue.option_ids()}
        for opt in issue.option_ids():
            for a, p in positions.items():
                if opt in unconditional[a]:
                    continue
                if opt in acceptable[a] and opt in shared:
                    continue
                assert p is not None
                by: Literal["red_line", "not_acceptable"] = (
                    "red_line" if opt in p.red_lines else "not_acceptable")
                red[opt] = red[opt] or by == "red_line"
                exclusions.append(Exclusion(a, opt, by, tuple(e.describe() for e in p.evidence)))
        out.append(Collision(issue.id, tuple(chosen),
                             {a: [o for o in issue.option_ids() if o in s] for a, s in acceptable.items()},
                             tuple(exclusions), all(red.values()), conditions=conditions))
    return out


def _known_parties_collide(issue: Issue, known: list[Position]) -> bool:
    if not known:
        return False
    if issue.is_numeric:
        return not intersect_all([acceptable_intervals(p, issue) for p in known])
    return not set.intersection(*(acceptable_options(p, issue) for p in known))


def _numeric_collision(issue: Issue, positions: dict[str, Position | None]) -> Collision | None:
    intervals = {a: acceptable_intervals(p, issue) for a, p in positions.items()}
    if intersect_all(list(intervals.values())):
        return None
    exclusions = []
    for a, p in positions.items():
        for lo, hi in p.red_line_ranges if p else []:
            exclusions.append(Exclusion(a, str(Interval(lo, hi)), "red_line",
                                        tuple(e.describe() for e in p.evidence)))  # type: ignore[union-attr]
    acceptable = {a: [str(i) for i in v] for a, v in intervals.items()}
    shown = ", ".join(f"{a} {' or '.join(r) or 'nothing'}" for a, r in acceptable.items())
    note = f"the acceptable ranges do not meet ({shown})"
    return Collision(issue.id, tuple(positions), acceptable, tuple(exclusions), False, note)


# -- proposals ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Crossing:
    """A red line of `actor` that a proposal crosses (or may cross, when `possible`)."""

    actor: str
    issue: str
    value: str
    kind: Literal["red_line", "cross_issue", "not_acceptable"]
    red_line_id: str | None = None
    possible: bool = False
    evidence: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.kind == "cross_issue":
            state = "may cross" if self.possible else "crosses"
            return f"{state} {self.actor}'s cross-issue red line {self.red_line_id} ({self.value})"
        if self.kind == "red_line":
            return f"{self.issue} = {self.value} is a red line of {self.actor}"
        return f"{self.issue} = {self.value} is outside {self.actor}'s acceptable options"


@dataclass(frozen=True)
class ProposalCheck:
    """A proposal set against each actor: red lines crossed and options it does not accept."""

    proposal: str
    by_actor: dict[str, list[Crossing]] = field(default_factory=dict)

    def crosses(self, actor: str) -> list[Crossing]:
        """Red lines of `actor` the proposal certainly crosses."""
        return [c for c in self.by_actor.get(actor, []) if c.kind != "not_acceptable" and not c.possible]

    def may_cross(self, actor: str) -> list[Crossing]:
        """Cross-issue red lines of `actor` that hold on every issue the proposal settles."""
        return [c for c in self.by_actor.get(actor, []) if c.possible]

    def not_acceptable(self, actor: str) -> list[Crossing]:
        """Options the proposal sets that `actor` does not accept (without a red line)."""
        return [c for c in self.by_actor.get(actor, []) if c.kind == "not_acceptable"]


def check_proposal(scenario: Scenario, proposal: Proposal, as_of: str | None = None,
                   actors: list[str] | None = None) -> ProposalCheck:
    """Red lines the proposal crosses for each actor holding positions or cross-issue red lines
    (or the given actors), judged by the positions in force at `as_of` (default: the scenario's
    date)."""
    cross = scenario.cross_red_lines(as_of)
    chosen = actors if actors is not None else list(dict.fromkeys(
        [p.actor for p in scenario.positions] + [r.actor for r in cross]))
    result = ProposalCheck(proposal.id, {a: [] for a in chosen})
    for actor in chosen:
        found = result.by_actor[actor]
        for issue_id, value in proposal.package.items():
            issue = scenario.issue(issue_id)
            p = scenario.position(actor, issue_id, as_of)
            if p is None:
                continue
            ev = tuple(e.describe() for e in p.evidence)
            shown = f"{number(value)}" if isinstance(value, float) else value
            if isinstance(value, float):
                if any(value in Interval(lo, hi) for lo, hi in p.red_line_ranges):
                    found.append(Crossing(actor, issue_id, shown, "red_line", evidence=ev))
                elif not any(value in i for i in acceptable_intervals(p, issue)):
                    found.append(Crossing(actor, issue_id, shown, "not_acceptable", evidence=ev))
            elif value in p.red_lines:
                found.append(Crossing(actor, issue_id, shown, "red_line", evidence=ev))
            elif value not in acceptable_options(p, issue):
                found.append(Crossing(actor, issue_id, shown, "not_acceptable", evidence=ev))
        for r in cross:
            if r.actor != actor:
                continue
            decided = [c for c in r.clauses if c.issue in proposal.package]
            if not decided or not all(c.holds(proposal.package[c.issue]) for c in decided):
                continue
            open_ = len(decided) < len(r.clauses)
            found.append(Crossing(actor, ", ".join(c.issue for c in r.clauses), r.condition,
                                  "cross_issue", r.id, open_, tuple(e.describe() for e in r.evidence)))
    return result
