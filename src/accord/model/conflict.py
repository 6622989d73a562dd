"""A conflict in the Graph Model for Conflict Resolution (GMCR): decision makers, the options each
controls, which combinations are feasible, which options cannot be reversed, and how each decision
maker ranks the states. Pure data; the stability analysis lives in `accord.conflict`.

Conditions and preference statements use a small text syntax over option ids:

* a literal is ``opt`` (the option is taken) or ``-opt`` / ``not opt`` (it is not taken);
* ``&`` joins literals (and), ``|`` joins terms (or): ``offensive & -ceasefire | sanctions``;
* a preference statement is a condition, or ``A if B`` (A whenever B holds: B implies A), or
  ``A iff B`` (A exactly when B), as in GMCR II and GMCR+ option prioritisation.

A state in an explicit ranking is either a 1-based state number (feasible states ordered by
``sum(2**k for options k taken)``, options in file order, as in GMCR+) or a pattern of ``Y``, ``N``
and ``-`` (either), one character per option in file order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Annotated, Literal, Self

from pydantic import BeforeValidator, Field, StringConstraints, ValidationInfo, model_validator

from accord.model.base import OneLine, OptionId, Record, RecordId, Text, rule_error
from accord.model.dates import PartialDate
from accord.model.evidence import Evidence
from accord.model.problems import Loc, Problem

DmId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9_]{0,39}$")]
"""Id of a decision maker: in a scenario, an actor code such as RUS."""

Direction = Literal["both", "take_only", "drop_only"]
Literal_ = tuple[str, bool]
"""(option id, taken?)"""
Dnf = list[list[Literal_]]
"""A condition in disjunctive normal form: OR over AND-terms of literals."""

_LITERAL = re.compile(r"^\s*(?:(not)\s+|(-)\s*)?([a-z0-9][a-z0-9_]*)\s*$")
_PATTERN = re.compile(r"^[YN-]+$")
MAX_TERMS = 4096


class ConditionSyntaxError(ValueError):
    """A condition or statement that does not parse; the message says what is wrong."""


def parse_condition(text: str) -> Dnf:
    """`"a & -b | c"` -> `[[("a", True), ("b", False)], [("c", True)]]`."""
    terms: Dnf = []
    for part in text.split("|"):
        term: list[Literal_] = []
        for lit in part.split("&"):
            m = _LITERAL.match(lit)
            if not m:
                raise ConditionSyntaxError(
                    f"{lit.strip()!r} is not a literal (write `option_id`, `-option_id` or "
                    "`not option_id`, joined by `&` and `|`)")
            term.append((m.group(3), not (m.group(1) or m.group(2))))
        terms.append(term)
    return simplify(terms)


def simplify(dnf: Dnf) -> Dnf:
    """Drop contradictory terms and repeated literals; keep term order."""
    out: Dnf = []
    seen: set[tuple[Literal_, ...]] = set()
    for term in dnf:
        lits = dict.fromkeys(term)
        if any((o, not v) in lits for o, v in lits):
            continue
        key = tuple(sorted(lits))
        if key not in seen:
            seen.add(key)
            out.append(list(lits))
    return out


def negate(dnf: Dnf) -> Dnf:
    """The negation of a DNF condition, again in DNF."""
    result: Dnf = [[]]
    for term in dnf:
        result = simplify([[*r, (o, not v)] for r in result for o, v in term])
        if len(result) > MAX_TERMS:
            raise ConditionSyntaxError("the negation of this condition is too large; simplify it")
    return result


def conjoin(a: Dnf, b: Dnf) -> Dnf:
    return simplify([x + y for x in a for y in b])


def parse_statement(text: str) -> Dnf:
    """A preference statement as the condition a state must meet to satisfy it: ``q if p`` is
    ``q | -p``; ``q iff p`` is ``q & p | -q & -p`` (Hipel, Kilgour & Kinsara; GMCR+)."""
    m = re.match(r"^(.*?)\s+(iff|if)\s+(.*)$", text.strip())
    if not m:
        return parse_condition(text)
    q, p = parse_condition(m.group(1)), parse_condition(m.group(3))
    if m.group(2) == "if":
        return simplify(q + negate(p))
    return simplify(conjoin(q, p) + conjoin(negate(q), negate(p)))


def options_in(dnf: Dnf) -> list[str]:
    return list(dict.fromkeys(o for term in dnf for o, _ in term))


class ConflictOption(Record):
    """An option a decision maker can take (Y) or leave (N)."""

    id: OptionId
    label: OneLine | None = None
    """Words for reports, e.g. "continue the offensive"."""
    direction: Direction = "both"
    """`take_only`: once taken it cannot be dropped (irreversible); `drop_only`: it can only be
    dropped (GMCR+ `fwd` / `back`)."""
    evidence: list[Evidence] = Field(default_factory=list)

    @property
    def words(self) -> str:
        return self.label or self.id.replace("_", " ")


class PreferenceStatement(Record):
    """One option-prioritisation statement; earlier statements weigh more than all later ones
    together (lexicographic priority, GMCR II)."""

    statement: OneLine
    evidence: list[Evidence] = Field(default_factory=list)


RankEntry = int | str
"""A 1-based state number, a Y/N/- pattern, or a condition over option ids."""


def _check_rank_item(value: object) -> object:
    """Refuse what is not a state entry before the `int | str | list` union sees it: one clear
    message instead of one per union branch, and `true` is not state 1 (YAML and JSON booleans
    would otherwise pass as the numbers 1 and 0)."""
    tie = isinstance(value, list)
    items = value if isinstance(value, list) else [value]
    for k, item in enumerate(items):
        where = f" (item {k + 1} of the tie)" if tie else ""
        if isinstance(item, bool):
            found = f"the boolean {str(item).lower()}{where}"
        elif isinstance(item, (int, str)) or (isinstance(item, float) and item.is_integer()):
            continue
        else:
            text = repr(item)
            found = f"{text if len(text) <= 60 else text[:57] + '...'} ({type(item).__name__}){where}"
        raise rule_error(found, "a state number (1, 2, ...), a Y/N/- pattern or a condition over "
                                "option ids" + ("" if tie else ", or a list of them (a tie)"),
                         "write the state's number (states count from 1)")
    return value


RankItem = Annotated[RankEntry | list[RankEntry], BeforeValidator(_check_rank_item)]
"""One place in a ranking: a state entry, or a list of entries tied with each other."""


class DecisionMaker(Record):
    """A decision maker, the options it controls and its preferences over states.

    Preferences come either from `preferences` (option prioritisation, most important first) or
    from `ranking` (states best first; a list inside the list is a tie; every feasible state takes
    the place of the first entry it matches). With neither, the decision maker is indifferent
    among all states."""

    id: DmId
    name: OneLine | None = None
    options: list[ConflictOption] = Field(min_length=1)
    preferences: list[PreferenceStatement] = Field(default_factory=list)
    ranking: list[RankItem] | None = None
    ranking_evidence: list[Evidence] = Field(default_factory=list)
    misperceptions: list[OneLine] = Field(default_factory=list)
    """Conditions describing states this decision maker does not perceive: it makes no move to
    or from them (the GMCR+ simplification of misperception, not a full hypergame)."""

    @model_validator(mode="after")
    def _one_kind_of_preference(self) -> Self:
        if self.preferences and self.ranking is not None:
            raise rule_error("both `preferences` and `ranking`",
                             "one way of stating preferences",
                             "keep the option-prioritisation statements or the explicit ranking")
        return self


FeasibilityKind = Literal["mutually_exclusive", "at_least_one", "exactly_one", "requires",
                          "infeasible"]


class FeasibilityRule(Record):
    """A rule that removes infeasible states.

    * `mutually_exclusive`: at most one of `options` is taken;
    * `at_least_one` / `exactly_one`: of `options`;
    * `requires`: `option` can only be taken together with all of `options`;
    * `infeasible`: every state meeting the condition `when` is infeasible.
    """

    kind: FeasibilityKind
    options: list[OptionId] = Field(default_factory=list)
    option: OptionId | None = None
    when: OneLine | None = None
    note: OneLine | None = None
    evidence: list[Evidence] = Field(default_factory=list)

    @model_validator(mode="after")
    def _fields_for_kind(self) -> Self:
        if self.kind == "infeasible":
            if self.when is None or self.options or self.option is not None:
                raise rule_error(f"kind infeasible with options {self.options} and when "
                                 f"{self.when!r}", "only `when: <condition>`",
                                 "write the infeasible combination as `when: a & -b`")
        elif self.kind == "requires":
            if self.option is None or not self.options or self.when is not None:
                raise rule_error("kind requires without `option` and `options`",
                                 "`option: x` and `options: [y, ...]`",
                                 "name the option and what it needs")
        elif len(self.options) < (2 if self.kind == "mutually_exclusive" else 1) or \
                self.option is not None or self.when is not None:
            raise rule_error(f"kind {self.kind} with options {self.options}",
                             "`options:` listing the options it ranges over (two or more for "
                             "mutually_exclusive)", "list the options; drop `option` and `when`")
        return self

    def infeasible_dnf(self) -> Dnf:
        """The states this rule removes, as a DNF condition."""
        if self.kind == "infeasible":
            assert self.when is not None
            return parse_condition(self.when)
        if self.kind == "requires":
            assert self.option is not None
            return [[(self.option, True), (o, False)] for o in self.options]
        pairs = [[(a, True), (b, True)] for k, a in enumerate(self.options)
                 for b in self.options[k + 1:]]
        none = [[(o, False) for o in self.options]]
        if self.kind == "mutually_exclusive":
            return simplify(pairs)
        if self.kind == "at_least_one":
            return none
        return simplify(pairs + none)


class ConflictModel(Record):
    """A graph model of a conflict: decision makers with their options and preferences,
    feasibility rules, irreversibility (per option) and the status quo."""

    id: RecordId | None = None
    title: Text | None = None
    description: Text | None = None
    as_of: PartialDate | None = None
    """The date whose preferences and status quo the model states (default: the scenario's
    `as_of`); an analysis as of an earlier date does not use it."""
    dms: list[DecisionMaker] = Field(min_length=2)
    feasibility: list[FeasibilityRule] = Field(default_factory=list)
    status_quo: list[OptionId] | None = None
    """The options taken in today's state (all others are not taken)."""
    status_quo_evidence: list[Evidence] = Field(default_factory=list)
    coalitions: list[list[DmId]] = Field(default_factory=list)
    """Coalitions to analyse: each is a group of decision makers acting as one."""

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> Self:
        if info.context and info.context.get("defer_conflict_checks"):
            return self  # the caller runs `problems()` itself, to place each problem on its line
        problems = self.problems()
        if problems:
            p = problems[0]
            where = _loc_text(p.loc)
            raise rule_error(f"{where}: {p.found}", p.expected, p.fix)
        return self

    # -- lookups -------------------------------------------------------------------------------

    @property
    def options(self) -> list[ConflictOption]:
        """All options in file order (decision makers in order, each one's options in order)."""
        return [o for dm in self.dms for o in dm.options]

    @property
    def option_ids(self) -> list[str]:
        return [o.id for o in self.options]

    def owner(self, option_id: str) -> DecisionMaker:
        for dm in self.dms:
            if any(o.id == option_id for o in dm.options):
                return dm
        raise KeyError(f"no option {option_id!r}")

    def dm(self, dm_id: str) -> DecisionMaker:
        for dm in self.dms:
            if dm.id == dm_id:
                return dm
        raise KeyError(f"no decision maker {dm_id!r}; known: {', '.join(d.id for d in self.dms)}")

    def iter_evidence(self) -> Iterator[tuple[Loc, Evidence]]:
        """Every piece of evidence in the model with its field path."""
        for i, dm in enumerate(self.dms):
            for j, opt in enumerate(dm.options):
                for k, ev in enumerate(opt.evidence):
                    yield ("dms", i, "options", j, "evidence", k), ev
            for j, st in enumerate(dm.preferences):
                for k, ev in enumerate(st.evidence):
                    yield ("dms", i, "preferences", j, "evidence", k), ev
            for k, ev in enumerate(dm.ranking_evidence):
                yield ("dms", i, "ranking_evidence", k), ev
        for i, rule in enumerate(self.feasibility):
            for k, ev in enumerate(rule.evidence):
                yield ("feasibility", i, "evidence", k), ev
        for k, ev in enumerate(self.status_quo_evidence):
            yield ("status_quo_evidence", k), ev

    # -- checks --------------------------------------------------------------------------------

    def problems(self) -> list[Problem]:
        """Every rule across records this model breaks (unknown ids, an option controlled by two
        decision makers, statements that do not parse, ...), each with its field path."""
        out: list[Problem] = []
        dm_ids: dict[str, int] = {}
        for i, dm in enumerate(self.dms):
            if dm.id in dm_ids:
                out.append(Problem(("dms", i, "id"), f"decision maker {dm.id!r} twice",
                                   "each decision maker once", "merge the two entries"))
            dm_ids.setdefault(dm.id, i)
        owners: dict[str, str] = {}
        for i, dm in enumerate(self.dms):
            for j, opt in enumerate(dm.options):
                if opt.id in owners:
                    out.append(Problem(("dms", i, "options", j, "id"),
                                       f"option {opt.id!r} controlled by two decision makers "
                                       f"({owners[opt.id]} and {dm.id})",
                                       "each option controlled by exactly one decision maker",
                                       "rename one of them or remove it from one decision maker"))
                owners.setdefault(opt.id, dm.id)
        known = list(owners)
        n_opts = len(self.options)

        def condition(loc: Loc, text: str, statement: bool = False) -> None:
            try:
                dnf = parse_statement(text) if statement else parse_condition(text)
            except ConditionSyntaxError as exc:
                out.append(Problem(loc, repr(text), "a condition over option ids", str(exc)))
                return
            for o in options_in(dnf):
                if o not in owners:
                    out.append(_unknown_option(loc, o, known))

        for i, dm in enumerate(self.dms):
            for j, st in enumerate(dm.preferences):
                condition(("dms", i, "preferences", j, "statement"), st.statement, True)
            for j, mis in enumerate(dm.misperceptions):
                condition(("dms", i, "misperceptions", j), mis)
            for j, entry in enumerate(dm.ranking or []):
                for k, item in enumerate(entry if isinstance(entry, list) else [entry]):
                    loc: Loc = ("dms", i, "ranking", j) + ((k,) if isinstance(entry, list) else ())
                    if isinstance(item, int):
                        if item < 1:
                            out.append(Problem(loc, str(item), "a state number from 1",
                                               "number states from 1 as GMCR+ does"))
                    elif _PATTERN.match(item):
                        if len(item) != n_opts:
                            out.append(Problem(loc, f"the pattern {item!r} of {len(item)} characters",
                                               f"{n_opts} characters, one per option in file order",
                                               "write Y, N or - for every option"))
                    else:
                        condition(loc, item)
        for i, rule in enumerate(self.feasibility):
            names = list(rule.options) + ([rule.option] if rule.option else [])
            for j, o in enumerate(names):
                if o not in owners:
                    where: Loc = ("feasibility", i, "options", j) if j < len(rule.options) else (
                        "feasibility", i, "option")
                    out.append(_unknown_option(where, o, known))
            if rule.when is not None:
                condition(("feasibility", i, "when"), rule.when)
        for j, o in enumerate(self.status_quo or []):
            if o not in owners:
                out.append(_unknown_option(("status_quo", j), o, known))
        for i, group in enumerate(self.coalitions):
            if len(set(group)) < 2:
                out.append(Problem(("coalitions", i), str(group), "two or more decision makers",
                                   "list at least two different decision makers"))
            for j, d in enumerate(group):
                if d not in dm_ids:
                    out.append(Problem(("coalitions", i, j), f"unknown decision maker {d!r}",
                                       "the id of a decision maker of this model",
                                       f"use one of: {', '.join(dm_ids)}"))
        return out


def _unknown_option(loc: Loc, option: str, known: list[str]) -> Problem:
    from difflib import get_close_matches

    close = get_close_matches(option, known, n=1)
    return Problem(loc, f"unknown option {option!r}", "the id of an option of this model",
                   f"did you mean {close[0]!r}?" if close else f"use one of: {', '.join(known[:12])}")


def _loc_text(loc: Loc) -> str:
    from accord.model.problems import format_loc

    return format_loc(loc)
