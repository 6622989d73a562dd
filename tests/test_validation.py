"""Malformed scenarios: each must raise `ScenarioFileError` naming the field path, the line and
what was found / expected / how to fix it.

Every case mutates one spot of `BASE_YAML` (a valid scenario) and checks the SPECIFIC problem
reported for it, so a regression in wording, path or line mapping shows up here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import accord.io.scenario as scenario_io
from accord.io import ScenarioFileError, load_file, load_text
from accord.io.errors import Located
from accord.model import Scenario

# A valid scenario (grown from the `mini` example): two parties and a mediator, a succession of
# presidents, an ordinal and a numeric issue, positions of both kinds, a cross-issue red line,
# a proposal, a round and a postponement. Block style, so each mutation touches one line.
BASE_YAML = """\
id: mini
title: Minimal example
as_of: 2025-12
documents:
  - id: doc1
    title: A report
    length: 100
actors:
  - id: RUS
    names: {en: Russia, de: Russland}
    role: party
  - id: UKR
    names: {en: Ukraine}
    role: party
  - id: USA
    names: {en: United States}
    role: mediator
persons:
  - id: putin
    names: {en: Vladimir Putin}
    offices:
      - actor: RUS
        title: president
        since: 2012-05-07
        evidence: [{assumption: public record}]
  - id: medvedev
    names: {en: Dmitry Medvedev}
    offices:
      - actor: RUS
        title: president
        since: 2008-05-07
        until: 2012-05-07
        evidence: [{assumption: public record}]
issues:
  - id: alliance.nato
    label: NATO membership
    options:
      - {id: membership_path, label: Membership path}
      - {id: neutral, label: Neutral}
      - {id: renounced, label: Renounced}
  - id: military.army_size
    label: Army size
    kind: numeric
    unit: soldiers
    range: [0, 1000000]
positions:
  - actor: RUS
    issue: alliance.nato
    as_of: 2025-12
    ideal: renounced
    acceptable: [neutral]
    utilities: {renounced: 1.0, neutral: 0.6}
    salience: 0.9
    red_lines: [membership_path]
    evidence:
      - doc: doc1
        span: [0, 10]
        paraphrase: Russia rejects NATO membership
  - actor: UKR
    issue: military.army_size
    as_of: 2025-12
    ideal: 800000
    acceptable_range: [600000, 900000]
    salience: 0.5
    red_line_ranges: [[0, 100000]]
    evidence: [{assumption: test}]
red_lines:
  - id: rus-troops-nato
    actor: RUS
    condition: "alliance.nato = membership_path AND military.army_size > 500000"
    evidence: [{assumption: test}]
proposals:
  - id: us-plan
    name: US plan
    authors: [USA]
    package:
      alliance.nato: neutral
      military.army_size: 600000
    evidence: [{assumption: test}]
events:
  - id: e1
    kind: round
    title: Talks
    start: 2025-05-16
    end: 2025-05-17
    evidence: [{assumption: test}]
  - id: e2
    kind: postponement
    title: Talks postponed
    start: 2025-06-02
    moved_from: {start: 2025-05-30}
    evidence: [{assumption: test}]
"""

POSITION_1 = "  - actor: UKR\n    issue: military.army_size\n"
UKR_SALIENCE = "    salience: 0.5\n"
NATO_OPTIONS = """\
      - {id: membership_path, label: Membership path}
      - {id: neutral, label: Neutral}
      - {id: renounced, label: Renounced}
"""
CONDITION = '"alliance.nato = membership_path AND military.army_size > 500000"'


def replace(old: str, new: str) -> Callable[[str], str]:
    """A mutation replacing the single occurrence of `old` in the base text by `new`."""

    def mutate(text: str) -> str:
        assert text.count(old) == 1, f"fixture error: {old!r} occurs {text.count(old)} times"
        return text.replace(old, new)

    return mutate


def whole(text: str) -> Callable[[str], str]:
    """A mutation replacing the whole file."""
    return lambda _base: text


@dataclass(frozen=True)
class Case:
    """One malformed input and the problem it must produce.

    `line`: an int, None (the error has no line), or a needle: the (unique) line of the mutated
    text containing it. `found`, `expected`, `fix`: substrings of the problem's fields.
    `count`: how many problems the file must produce in total.
    """

    mutate: Callable[[str], str]
    path: str
    line: int | str | None
    found: str
    expected: str
    fix: str | None = None
    fmt: str = "yaml"
    count: int = 1


def line_of(text: str, needle: str) -> int:
    hits = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    assert len(hits) == 1, f"fixture error: {needle!r} on lines {hits}"
    return hits[0]


# JSON scenarios used by the JSON cases.
BASE_JSON = json.dumps(load_text(BASE_YAML).model_dump(mode="json", exclude_none=True), indent=2)

CASES = {
    # -- references ------------------------------------------------------------------------------
    "unknown actor in a position": Case(
        replace(POSITION_1, "  - actor: UKX\n    issue: military.army_size\n"),
        "positions[1].actor", "actor: UKX",
        "unknown actor 'UKX'", "the id of a declared actor", "did you mean 'UKR'?"),
    "unknown issue in a position": Case(
        replace("    issue: alliance.nato\n", "    issue: alliance.natoo\n"),
        "positions[0].issue", "issue: alliance.natoo",
        "unknown issue 'alliance.natoo'", "the id of a declared issue", "did you mean 'alliance.nato'?"),
    "unknown person heading a delegation": Case(
        replace("    end: 2025-05-17\n", "    end: 2025-05-17\n    heads: {RUS: medinsky}\n"),
        "events[0].heads.RUS", "heads: {RUS: medinsky}",
        "unknown person 'medinsky'", "the id of a declared person", "medvedev"),
    # -- duplicate ids -----------------------------------------------------------------------------
    "duplicate actor id": Case(
        replace("  - id: USA\n", "  - id: UKR\n    names: {en: Ukraine again}\n    role: observer\n"
                                 "  - id: USA\n"),
        "actors[2].id", 15,  # the second `- id: UKR`
        "duplicate id 'UKR'", "ids unique within actors", "actors[1] already uses it"),
    "duplicate option id": Case(
        replace("      - {id: renounced, label: Renounced}\n",
                "      - {id: renounced, label: Renounced}\n      - {id: neutral, label: Neutral again}\n"),
        "issues[0].options[3].id", "Neutral again",
        "duplicate option 'neutral'", "option ids unique within issue alliance.nato", "rename or remove"),
    # -- options against their issue -------------------------------------------------------------
    "ideal not an option of its issue": Case(
        replace("ideal: renounced", "ideal: renunciation"),
        "positions[0].ideal", "ideal: renunciation",
        "option 'renunciation', which is not in issue alliance.nato",
        "one of membership_path, neutral, renounced", "membership_path, neutral, renounced"),
    "acceptable option not in its issue": Case(
        replace("acceptable: [neutral]", "acceptable: [neutrall]"),
        "positions[0].acceptable[0]", "acceptable: [neutrall]",
        "option 'neutrall', which is not in issue alliance.nato", "one of membership_path",
        "did you mean 'neutral'?"),
    "red line option not in its issue": Case(
        replace("red_lines: [membership_path]", "red_lines: [membership]"),
        "positions[0].red_lines[0]", "red_lines: [membership]",
        "option 'membership'", "one of membership_path, neutral, renounced",
        "did you mean 'membership_path'?"),
    "utilities key not an option": Case(
        replace("{renounced: 1.0, neutral: 0.6}", "{renounced: 1.0, neutrality: 0.6}"),
        "positions[0].utilities.neutrality", "neutrality: 0.6",
        "option 'neutrality'", "one of membership_path, neutral, renounced", "did you mean 'neutral'?"),
    "proposal package option not in its issue": Case(
        replace("alliance.nato: neutral", "alliance.nato: neutrality"),
        "proposals[0].package['alliance.nato']", "alliance.nato: neutrality",
        "option 'neutrality'", "one of membership_path, neutral, renounced", "did you mean 'neutral'?"),
    "red line option also acceptable": Case(
        replace("acceptable: [neutral]", "acceptable: [neutral, membership_path]"),
        "positions[0].red_lines[0]", "red_lines: [membership_path]",
        "option 'membership_path' both a red line and acceptable",
        "a red line the actor does not also accept",
        "remove it from one of the lists"),
    # -- numbers against their issue -------------------------------------------------------------
    "numeric ideal out of range": Case(
        replace("ideal: 800000", "ideal: 2000000"),
        "positions[1].ideal", "ideal: 2000000",
        "2000000 soldiers", "a value within [0, 1000000] for military.army_size", "widen the issue's range"),
    "acceptable_range out of range": Case(
        replace("[600000, 900000]", "[600000, 1900000]"),
        "positions[1].acceptable_range[1]", "acceptable_range: [600000, 1900000]",
        "1900000 soldiers", "a value within [0, 1000000]", "correct the value"),
    "red_line_ranges inverted": Case(
        replace("[[0, 100000]]", "[[100000, 0]]"),
        "positions[1].red_line_ranges[0]", "red_line_ranges: [[100000, 0]]",
        "the inverted range [100000, 0]", "[low, high] with low <= high", "write [0, 100000]"),
    "proposal number out of range": Case(
        replace("military.army_size: 600000", "military.army_size: -5"),
        "proposals[0].package['military.army_size']", "military.army_size: -5",
        "-5 soldiers", "a value within [0, 1000000] for military.army_size", "widen the issue's range"),
    "option id on a numeric issue": Case(
        replace("ideal: 800000", "ideal: large"),
        "positions[1].ideal", "ideal: large",
        "option 'large'", "a number in soldiers for numeric issue military.army_size",
        "write a number between 0 and 1000000"),
    "numeric ideal inside its own red line": Case(
        replace("ideal: 800000", "ideal: 50000"),
        "positions[1].ideal", "ideal: 50000",
        "ideal 50000 inside a red-line range", "an ideal the actor does not reject", "correct the ideal"),
    # -- dates -------------------------------------------------------------------------------------
    "event ends before it starts": Case(
        replace("end: 2025-05-17", "end: 2025-05-01"),
        "events[0].end", "end: 2025-05-01",
        "an event ending 2025-05-01 before it starts 2025-05-16", "an end on or after the start",
        "swap the dates"),
    "office ends before it starts": Case(
        replace("until: 2012-05-07", "until: 2007-05-07"),
        "persons[1].offices[0].until", "until: 2007-05-07",
        "an office ending 2007-05-07 before it starts 2008-05-07", "an end on or after the start",
        "swap the dates"),
    "two presidents at once": Case(
        replace("until: 2012-05-07", "until: 2013-05-07"),
        "persons[0].offices[0]", 22,  # putin's office, the later of the two
        "medvedev and putin holding 'president' of RUS in overlapping periods",
        "one holder at a time", "exclusive: false"),
    "same person holds the same office twice": Case(
        replace("        evidence: [{assumption: public record}]\n  - id: medvedev\n",
                "        evidence: [{assumption: public record}]\n"
                "      - {actor: RUS, title: President, since: 2018-05-07, evidence: [{assumption: x}]}\n"
                "  - id: medvedev\n"),
        "persons[0].offices[1]", "title: President, since: 2018-05-07",
        "putin holding 'President' of RUS in overlapping periods (2012-05-07 to now and 2018-05-07 to now)",
        "no office held twice at once", "correct since/until"),
    "postponement without moved_from": Case(
        replace("    moved_from: {start: 2025-05-30}\n", ""),
        "events[1].moved_from", "- id: e2",
        "a postponement without its original dates", "moved_from: {start, end}", "add the dates"),
    "month 13 (quoted date)": Case(
        replace("start: 2025-05-16", "start: '2025-13-01'"),
        "events[0].start", "start: '2025-13-01'",
        "'2025-13-01'", "a month between 01 and 12"),
    "30 February (quoted date)": Case(
        replace("start: 2025-05-16", "start: '2025-02-30'"),
        "events[0].start", "start: '2025-02-30'",
        "'2025-02-30'", "a day that exists in the calendar"),
    "date with a time": Case(
        replace("start: 2025-05-16", "start: 2025-05-16T10:00:00"),
        "events[0].start", "start: 2025-05-16T10:00:00",
        "'2025-05-16T10:00:00'", "no time of day"),
    # -- cross-issue red lines -------------------------------------------------------------------
    "red line names an unknown option": Case(
        replace("alliance.nato = membership_path AND", "alliance.nato = membership AND"),
        "red_lines[0].condition", "condition:",
        "option 'membership', which is not in issue alliance.nato in `alliance.nato = membership`",
        "one of membership_path, neutral, renounced", "did you mean 'membership_path'?"),
    "red line names an unknown issue": Case(
        replace("alliance.nato = membership_path AND", "alliance.natto = membership_path AND"),
        "red_lines[0].condition", "condition:",
        "unknown issue 'alliance.natto'", "the id of a declared issue", "did you mean 'alliance.nato'?"),
    "red line condition unparsable": Case(
        replace("alliance.nato = membership_path AND", "alliance.nato is membership_path AND"),
        "red_lines[0].condition", "condition:",
        "'alliance.nato is membership_path AND military.army_size > 500000'",
        "a condition such as 'alliance.nato = renounced",
        "cannot read clause 'alliance.nato is membership_path'"),
    "red line compares an option issue with <": Case(
        replace("alliance.nato = membership_path AND", "alliance.nato < 3 AND"),
        "red_lines[0].condition", "condition:",
        "`alliance.nato < 3", "=, !=, in or not in with option ids",
        "name the options instead"),
    "red line condition empty": Case(
        replace(CONDITION, '" "'),
        "red_lines[0].condition", "condition:",
        "' '", "a condition such as", "empty condition"),
    # -- evidence ----------------------------------------------------------------------------------
    "evidence span past the document": Case(
        replace("span: [0, 10]", "span: [0, 150]"),
        "positions[0].evidence[0].span", "span: [0, 150]",
        "span [0, 150]", "a span inside document doc1, which has 100 characters", "recompute the span"),
    "evidence span inverted": Case(
        replace("span: [0, 10]", "span: [10, 5]"),
        "positions[0].evidence[0]", "- doc: doc1",
        "span [10, 5]", "a span [start, end] with start < end", "correct the character offsets"),
    "evidence cites an unknown document": Case(
        replace("- doc: doc1", "- doc: doc2"),
        "positions[0].evidence[0].doc", "- doc: doc2",
        "unknown document 'doc2'", "the id of a declared document", "did you mean 'doc1'?"),
    "evidence with neither span nor assumption": Case(
        replace("    evidence: [{assumption: test}]\nred_lines:",
                "    evidence: [{date: 2025-01}]\nred_lines:"),
        "positions[1].evidence[0]", "evidence: [{date: 2025-01}]",
        "evidence without doc, paraphrase",
        "doc, span and paraphrase (no span for a document cited by URL only)",
        "state the assumption"),
    "actor without a name (issue 10: passed validate, then analyze exited 1)": Case(
        replace("names: {en: Ukraine}", "names: {}"),
        "actors[1].names", "names: {}",
        "{}", "at least 1 item", "give a name per language code, e.g. `names: {en: Russia, de: Russland}`"),
    "evidence list empty": Case(
        replace("    evidence: [{assumption: test}]\nred_lines:", "    evidence: []\nred_lines:"),
        "positions[1].evidence", "evidence: []",
        "[]", "at least 1 item"),
    # -- types, ranges, required and unknown fields ----------------------------------------------
    "salience of the wrong type": Case(
        replace("salience: 0.9", "salience: high"),
        "positions[0].salience", "salience: high",
        "'high' (str)", "a number"),
    "salience above 1": Case(
        replace("salience: 0.9", "salience: 1.5"),
        "positions[0].salience", "salience: 1.5",
        "1.5", "a number <= 1.0", "correct the value"),
    "negative document length": Case(
        replace("length: 100", "length: -1"),
        "documents[0].length", "length: -1",
        "-1", "a number >= 0", "correct the value"),
    "fractional document length": Case(
        replace("length: 100", "length: 100.5"),
        "documents[0].length", "length: 100.5",
        "100.5 (float)", "a whole number"),
    "missing required title": Case(
        replace("title: Minimal example\n", ""),
        "title", 1,
        "nothing", "the required field `title`", "add `title: ...`"),
    "missing required salience": Case(
        replace(UKR_SALIENCE, ""),
        "positions[1].salience", POSITION_1.splitlines()[0],
        "nothing", "the required field `salience`", "add `salience: ...`"),
    "unknown field with did-you-mean": Case(
        replace(UKR_SALIENCE, UKR_SALIENCE + "    saliance: 0.8\n"),
        "positions[1].saliance", "saliance: 0.8",
        "the unknown field `saliance`", "only the fields the schema defines", "did you mean `salience`?"),
    "unknown top-level field lists the allowed ones": Case(
        replace("as_of: 2025-12\ndocuments:", "as_of: 2025-12\nwhatever: 1\ndocuments:"),
        "whatever", "whatever: 1",
        "the unknown field `whatever`", "only the fields the schema defines",
        "allowed here: actors, agreements, as_of, claims, conflict, description"),
    "bad role enum": Case(
        replace("role: mediator", "role: broker"),
        "actors[2].role", "role: broker",
        "'broker'", "one of 'party', 'mediator', 'guarantor' or 'observer'", "use one of the listed values"),
    "bad event kind enum": Case(
        replace("kind: round", "kind: meeting"),
        "events[0].kind", "kind: meeting",
        "'meeting'", "'round'", "use one of the listed values"),
    "lower-case actor id": Case(
        replace("  - id: USA\n", "  - id: usa\n"),
        "actors[2].id", "- id: usa",
        "'usa'", "an upper-case actor code such as RUS or EUR"),
    "unquoted `no` as an option": Case(
        replace("ideal: renounced", "ideal: no"),
        "positions[0].ideal", "ideal: no",
        "option 'no', which is not in issue alliance.nato", "membership_path, neutral, renounced"),
    "issue id without a dot": Case(
        replace("  - id: military.army_size\n", "  - id: army_size\n"),
        "issues[1].id", "- id: army_size",
        "'army_size'", "a dotted issue id such as territory.donbas"),
    "unsupported schema_version": Case(
        lambda base: "schema_version: 2\n" + base,
        "schema_version", 1,
        "2", "one of 1"),
    "numeric issue with options": Case(
        replace("    kind: numeric\n",
                "    kind: numeric\n    options: [{id: a, label: A}, {id: b, label: B}]\n"),
        "issues[1]", "- id: military.army_size",
        "`options` on a numeric issue", "`range` and `unit` only", "remove the options or change `kind`"),
    "numeric issue without range": Case(
        replace("    range: [0, 1000000]\n", ""),
        "issues[1]", "- id: military.army_size",
        "a numeric issue without `range` or `unit`", "`range: [min, max]` and `unit`", "add both"),
    "categorical issue with one option": Case(
        lambda base: replace(NATO_OPTIONS, "      - {id: membership_path, label: Membership path}\n")(base)
        .replace("    label: NATO membership\n", "    label: NATO membership\n    kind: categorical\n"),
        "issues[0]", "- id: alliance.nato",
        "one option on the categorical issue", "at least two options", "make the issue numeric"),
    # -- syntax and file shape ---------------------------------------------------------------------
    "YAML syntax error": Case(
        replace(UKR_SALIENCE, "    salience: 0.5: 1\n"),
        "(top level)", "salience: 0.5: 1",
        "a YAML syntax error (mapping values are not allowed", "valid YAML",
        "fix the indentation or quoting"),
    "YAML tab indentation": Case(
        replace(UKR_SALIENCE, "\tsalience: 0.5\n"),
        "(top level)", "\tsalience",
        "a YAML syntax error (found character that cannot start any token)", "valid YAML",
        "fix the indentation"),
    "duplicate YAML key": Case(
        replace(UKR_SALIENCE, UKR_SALIENCE + "    salience: 0.6\n"),
        "positions[1].salience", "salience: 0.6",
        "the key 'salience' twice", "each key once per mapping", "merge or rename the repeated key"),
    "JSON syntax error": Case(
        whole('{\n  "id": "mini",\n  "title": "x"\n  "as_of": "2025"\n}\n'),
        "(top level)", 4,
        "a JSON syntax error (Expecting ',' delimiter, column 3)", "valid JSON", "fix the syntax",
        fmt="json"),
    "JSON duplicate key": Case(
        whole('{"id": "mini",\n "title": "a",\n "title": "b"}'),
        "title", '"title": "b"',
        "the key 'title' twice", "each key once per mapping", "merge or rename", fmt="json"),
    "JSON wrong type located by line": Case(
        lambda _base: BASE_JSON.replace('"salience": 0.9', '"salience": "high"'),
        "positions[0].salience", '"salience": "high"',
        "'high' (str)", "a number", fmt="json"),
    "JSON top-level list": Case(
        whole("[1, 2]"), "(top level)", 1,
        "a top-level list", "a mapping with id, title, as_of", "accord schema", fmt="json"),
    "top-level list": Case(
        whole("- id: mini\n- title: x\n"), "(top level)", 1,
        "a top-level list", "a mapping with id, title, as_of, actors, issues", "start from `accord schema`"),
    "top-level scalar": Case(
        whole("just some text\n"), "(top level)", 1,
        "a top-level str", "a mapping with id, title", "accord schema"),
    "empty file": Case(
        whole(""), "(top level)", 1,
        "an empty file", "a mapping with id, title, as_of", "start from `accord schema`"),
    "only a comment": Case(
        whole("# nothing yet\n"), "(top level)", 1,
        "an empty file", "a mapping", "accord schema"),
    "NUL bytes": Case(
        lambda base: base + "\x00\x01\x02", "(top level)", None,
        "binary data (NUL bytes)", "YAML or JSON text", "check that this is a scenario file"),
    "unsafe YAML tag": Case(
        replace("title: Minimal example", "title: !!python/object/apply:os.system [ls]"),
        "(top level)", "title: !!python",
        "could not determine a constructor for the tag", "plain YAML data", "remove the tag"),
}


def _matching(exc: ScenarioFileError, path: str) -> Located:
    hits = [p for p in exc.problems if p.problem.path == path]
    assert hits, f"no problem at {path}; got: {[str(p.problem) for p in exc.problems]}"
    return hits[0]


def _assert_well_formed(exc: ScenarioFileError) -> None:
    assert exc.problems, "a ScenarioFileError without problems"
    for located in exc.problems:
        assert located.problem.found.strip(), located
        assert located.problem.expected.strip(), located
        assert "Traceback" not in str(located.problem)


@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_malformed_input_is_reported_precisely(case: Case) -> None:
    text = case.mutate(BASE_YAML)
    source = f"case.{case.fmt}"
    with pytest.raises(ScenarioFileError) as info:
        load_text(text, source=source, fmt=case.fmt)
    exc = info.value
    _assert_well_formed(exc)
    assert exc.source == source
    assert len(exc.problems) == case.count, [str(p.problem) for p in exc.problems]

    located = _matching(exc, case.path)
    problem = located.problem
    assert case.found in problem.found
    assert case.expected in problem.expected
    if case.fix is not None:
        assert case.fix in problem.fix

    line = line_of(text, case.line) if isinstance(case.line, str) else case.line
    assert located.line == line
    where = f"{source}:{line}: " if line is not None else f"{source}: "
    what = "found " if case.path == "(top level)" else f"{case.path}: found "
    if located is exc.problems[0]:
        assert str(exc).startswith(where + what)
    assert located.render(source) == where + str(problem)
    assert where + what + problem.found in str(exc)


def test_the_base_scenarios_are_valid() -> None:
    s = load_text(BASE_YAML, source="case.yaml")
    assert isinstance(s, Scenario)
    assert load_text(BASE_JSON, source="case.json", fmt="json") == s


def test_there_are_many_distinct_cases() -> None:
    texts = {case.mutate(BASE_YAML) for case in CASES.values()}
    assert len(texts) == len(CASES) >= 24


def test_all_problems_are_reported_in_line_order() -> None:
    text = BASE_YAML.replace("salience: 0.9", "salience: 1.5").replace("role: mediator", "role: broker")
    text = text.replace("alliance.nato: neutral", "alliance.nato: neutrality")
    with pytest.raises(ScenarioFileError) as info:
        load_text(text, source="case.yaml")
    # the cross-record checks run on the records without a problem: the package option too
    assert [p.problem.path for p in info.value.problems] == [
        "actors[2].role", "positions[0].salience", "proposals[0].package['alliance.nato']"]
    assert [p.line for p in info.value.problems] == sorted(p.line or 0 for p in info.value.problems)
    assert len(str(info.value).splitlines()) == 3


def test_one_pass_reports_cross_record_problems_with_type_errors_elsewhere(tmp_path: Path) -> None:
    """Issue 10: a span outside its document and an inverted date are reported in the same pass
    as a type error in another record; a check that names a record set aside for its own problem
    (here: the broken mediator USA, an author of the proposal) is not repeated."""
    from tests.cli import run

    text = (BASE_YAML.replace("span: [0, 10]", "span: [0, 500]")
            .replace("until: 2012-05-07", "until: 2007-05-07")
            .replace("salience: 0.5", "salience: half")
            .replace("role: mediator", "role: broker"))
    path = tmp_path / "s.yaml"
    path.write_text(text, encoding="utf-8")
    code, _, err = run("validate", str(path))
    assert code == 2
    at = {needle: line_of(text, needle) for needle in
          ("role: broker", "until: 2007-05-07", "span: [0, 500]", "salience: half")}
    assert " ".join(err.split()) == " ".join([
        f"error: {path} is not valid (4 problems):",
        f"{path}:{at['role: broker']}: actors[2].role: found 'broker'; expected one of 'party', "
        "'mediator', 'guarantor' or 'observer'. Fix: use one of the listed values",
        f"{path}:{at['until: 2007-05-07']}: persons[1].offices[0].until: found an office ending "
        "2007-05-07 before it starts 2008-05-07; expected an end on or after the start. Fix: swap "
        "the dates or correct one of them",
        f"{path}:{at['span: [0, 500]']}: positions[0].evidence[0].span: found span [0, 500]; "
        "expected a span inside document doc1, which has 100 characters. Fix: recompute the span "
        "against the document text",
        f"{path}:{at['salience: half']}: positions[1].salience: found 'half' (str); expected a number. "
        "Fix: write a number without quotes, e.g. `salience: 0.5` (words such as 'high' are not read "
        "as numbers)",
    ])


# -- fixed bugs, kept as regression tests ----------------------------------------------------------

@pytest.mark.parametrize("date", ["2025-13-01", "2025-02-30"])
def test_unquoted_impossible_date(date: str) -> None:
    text = BASE_YAML.replace("start: 2025-05-16", f"start: {date}")
    with pytest.raises(ScenarioFileError) as info:
        load_text(text, source="case.yaml")
    located = _matching(info.value, "events[0].start")
    assert located.line == line_of(text, f"start: {date}")
    assert date in located.problem.found


def test_year_zero() -> None:
    text = BASE_YAML.replace("start: 2025-05-16", "start: '0000'")
    with pytest.raises(ScenarioFileError) as info:
        load_text(text, source="case.yaml")
    assert _matching(info.value, "events[0].start").problem.found


def test_numeric_looking_option_id_in_a_condition() -> None:
    text = (BASE_YAML.replace("{id: membership_path, label: Membership path}", "{id: '1', label: Phase 1}")
            .replace("red_lines: [membership_path]", "red_lines: ['1']")
            .replace("alliance.nato = membership_path AND", "alliance.nato = 1 AND"))
    assert load_text(text).red_lines[0].clauses[0].values == ("1",)


# -- load_file: problems of the file itself ---------------------------------------------------------

def test_non_utf8_bytes(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"id: mini\ntitle: caf\xe9\n")
    with pytest.raises(ScenarioFileError) as info:
        load_file(path)
    _assert_well_formed(info.value)
    (located,) = info.value.problems
    assert located.line == 2
    assert located.problem.found == "bytes that are not UTF-8 at offset 19"
    assert located.problem.expected == "UTF-8 text"
    assert "save the file as UTF-8" in located.problem.fix
    assert str(info.value).startswith(f"{path}:2: found bytes that are not UTF-8")


def test_utf16_file(tmp_path: Path) -> None:
    path = tmp_path / "utf16.yaml"
    path.write_bytes(BASE_YAML.encode("utf-16"))
    with pytest.raises(ScenarioFileError) as info:
        load_file(path)
    (located,) = info.value.problems
    assert located.line == 1
    assert "not UTF-8 at offset 0" in located.problem.found


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + BASE_YAML.encode())
    assert load_file(path) == load_text(BASE_YAML)


def test_a_directory(tmp_path: Path) -> None:
    with pytest.raises(ScenarioFileError) as info:
        load_file(tmp_path)
    _assert_well_formed(info.value)
    (located,) = info.value.problems
    assert located.line is None
    assert located.problem.found == "a directory"
    assert located.problem.expected == "a scenario file"
    assert ".yaml or .json file inside it" in located.problem.fix
    assert str(info.value).startswith(f"{tmp_path}: found a directory")


def test_a_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    with pytest.raises(ScenarioFileError) as info:
        load_file(path)
    _assert_well_formed(info.value)
    (located,) = info.value.problems
    assert located.problem.found == "a file that cannot be read (No such file or directory)"
    assert located.problem.expected == "a readable scenario file"
    assert located.problem.fix == "check the path"
    assert str(info.value).startswith(f"{path}: found a file that cannot be read")


def test_a_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.yaml"
    path.write_text(BASE_YAML, encoding="utf-8")
    size = path.stat().st_size
    monkeypatch.setattr(scenario_io, "MAX_BYTES", 100)
    with pytest.raises(ScenarioFileError) as info:
        load_file(path)
    _assert_well_formed(info.value)
    (located,) = info.value.problems
    assert located.problem.found == f"a file of {size:,} bytes"
    assert located.problem.expected == "a scenario file under 100 bytes"
    assert "split the data" in located.problem.fix


def test_a_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.yaml"
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00")  # valid UTF-8, but NUL bytes
    with pytest.raises(ScenarioFileError) as info:
        load_file(path)
    _assert_well_formed(info.value)
    assert info.value.problems[0].problem.found == "binary data (NUL bytes)"


def test_json_suffix_selects_json(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(BASE_JSON, encoding="utf-8")
    assert load_file(good) == load_text(BASE_YAML)
    bad = tmp_path / "bad.json"
    bad.write_text(BASE_JSON.replace('"salience": 0.9,', '"salience": 0.9,,'), encoding="utf-8")
    with pytest.raises(ScenarioFileError) as info:
        load_file(bad)
    (located,) = info.value.problems
    assert "a JSON syntax error (Expecting property name" in located.problem.found
    assert located.line == line_of(BASE_JSON, '"salience": 0.9')


def test_yaml_1_1_booleans_stay_text() -> None:
    """`NO` (Norway), `yes` and `off` are text, as in YAML 1.2; only true/false are booleans."""
    text = BASE_YAML.replace("  - id: USA\n", "  - id: NO\n").replace("USA", "NO")
    assert "NO" in [a.id for a in load_text(text).actors]


def test_an_actor_without_a_name_is_refused_by_validate_and_analyze(tmp_path: Path) -> None:
    """Issue 10 fuzz finding: `names: {}` passed `accord validate`, then `accord analyze` exited 1
    in the report. Every actor, person and place needs a name to be shown by."""
    from tests.cli import run

    path = tmp_path / "s.yaml"
    path.write_text(BASE_YAML.replace("names: {en: Ukraine}", "names: {}"), encoding="utf-8")
    line = line_of(path.read_text(encoding="utf-8"), "names: {}")
    for command in ("validate", "analyze"):
        code, _, err = run(command, str(path))
        assert code == 2
        assert " ".join(err.split()) == (
            f"error: {path} is not valid (1 problem): {path}:{line}: actors[1].names: found {{}}; "
            "expected at least 1 item. Fix: give a name per language code, e.g. "
            "`names: {en: Russia, de: Russland}`")
