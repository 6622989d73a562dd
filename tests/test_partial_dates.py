"""Dates of year, month or day precision in the cross-record checks and in position lookups.

A partial date stands for every day it covers. A check flags a problem only when it is certain
at the precision given: an event ending `2025-05` may end on 31 May, so it does not end before
it starts on 16 May; a president in office until 7 May 2012 and a successor in office since
`2012` may or may not overlap, so no overlap is reported.
"""

from __future__ import annotations

import pytest

from accord.io import ScenarioFileError, load_text
from accord.model import Scenario
from tests.test_validation import BASE_YAML

EVENT_DATES = "    start: 2025-05-16\n    end: 2025-05-17\n"


def _replace(old: str, new: str, text: str = BASE_YAML) -> str:
    assert text.count(old) == 1, f"fixture error: {old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def with_event_dates(start: str, end: str) -> str:
    return _replace(EVENT_DATES, f"    start: {start}\n    end: {end}\n")


def problems(text: str) -> list[str]:
    """Every problem of the scenario as `path: found ...`, or [] when it loads."""
    try:
        load_text(text, source="case.yaml")
    except ScenarioFileError as exc:
        return [str(p.problem) for p in exc.problems]
    return []


# -- inverted date ranges ---------------------------------------------------------------------------

@pytest.mark.parametrize(("start", "end"), [
    ("2025-05-16", "2025-05"),  # the end month contains the start day
    ("2025-05-16", "2025"),
    ("2025-05", "2025-05-01"),  # the start month contains the end day
    ("2025-05", "2025-05"),
    ("2025", "2025-01-01"),
    ("2025", "2025-12"),
    ("2025-05", "2025"),
    ("2025-05-16", "2025-05-16"),
    ("2025-05-16", "2025-05-17"),
])
def test_event_range_that_may_be_in_order_is_accepted(start: str, end: str) -> None:
    s = load_text(with_event_dates(start, end))
    assert (s.event("e1").start, s.event("e1").end) == (start, end)


@pytest.mark.parametrize(("start", "end"), [
    ("2025-06", "2025-05-20"),
    ("2025", "2024-12"),
    ("2025", "2024-12-31"),
    ("2025-05-16", "2025-04"),
    ("2025-05-16", "2024"),
    ("2025-06-01", "2025-05-31"),
    ("2025-05-17", "2025-05-16"),
])
def test_event_range_that_is_certainly_inverted_is_refused(start: str, end: str) -> None:
    text = with_event_dates(start, end)
    with pytest.raises(ScenarioFileError) as info:
        load_text(text, source="case.yaml")
    (located,) = info.value.problems
    assert located.problem.path == "events[0].end"
    assert f"an event ending {end} before it starts {start}" in located.problem.found
    assert located.line == text.splitlines().index(f"    end: {end}") + 1


def test_partial_dates_in_moved_from() -> None:
    ok = _replace("moved_from: {start: 2025-05-30}", "moved_from: {start: 2025-05-30, end: 2025-05}")
    assert problems(ok) == []
    bad = _replace("moved_from: {start: 2025-05-30}", "moved_from: {start: 2025-06, end: 2025-05-30}")
    (problem,) = problems(bad)
    assert problem.startswith("events[1].moved_from.end: found the original date range ending")


def test_partial_dates_in_an_office_period() -> None:
    ok = _replace("since: 2008-05-07\n        until: 2012-05-07",
                  "since: 2008-05\n        until: 2008-05-01")
    assert problems(ok) == []
    bad = _replace("since: 2008-05-07\n        until: 2012-05-07",
                   "since: 2008-06\n        until: 2008-05-20")
    assert any(p.startswith("persons[1].offices[0].until: found an office ending 2008-05-20")
               for p in problems(bad))


# -- overlapping offices -----------------------------------------------------------------------------

PUTIN = """\
  - id: putin
    names: {en: Vladimir Putin}
    offices:
      - actor: RUS
        title: president
        since: 2012-05-07
        evidence: [{assumption: public record}]
"""
MEDVEDEV = """\
  - id: medvedev
    names: {en: Dmitry Medvedev}
    offices:
      - actor: RUS
        title: president
        since: 2008-05-07
        until: 2012-05-07
        evidence: [{assumption: public record}]
"""
assert PUTIN + MEDVEDEV in BASE_YAML


def presidents(until: str, since: str, successor_first: bool = True) -> str:
    """BASE_YAML with Medvedev in office `until` and Putin `since` (in either file order)."""
    putin = _replace("since: 2012-05-07", f"since: {since}", PUTIN)
    medvedev = _replace("until: 2012-05-07", f"until: {until}", MEDVEDEV)
    return _replace(PUTIN + MEDVEDEV, putin + medvedev if successor_first else medvedev + putin)


def overlaps(text: str) -> list[str]:
    return [p for p in problems(text) if "overlapping periods" in p]


ORDERS = pytest.mark.parametrize("successor_first", [True, False], ids=["putin-first", "medvedev-first"])


@ORDERS
@pytest.mark.parametrize(("until", "since"), [
    ("2012-05-07", "'2012'"),  # uncertain at year precision
    ("2012-05-07", "2012"),
    ("'2012'", "2012-05-07"),
    ("'2012'", "'2012'"),
    ("2012-05-07", "2012-05"),
    ("2012-05", "2012-05-07"),
    ("2012-05", "2012-05"),  # until May and since May: not certainly overlapping
    ("2012-05-07", "2012-05-07"),  # handed over on the day: [since, until) periods
    ("2012-05-07", "2012-05-08"),
    ("2012-05", "2012-06"),
])
def test_offices_that_may_not_overlap_are_accepted(until: str, since: str, successor_first: bool) -> None:
    assert problems(presidents(until, since, successor_first)) == []


@ORDERS
@pytest.mark.parametrize(("until", "since"), [
    ("2012-05-07", "2012-05-06"),
    ("2012-05", "2012-04-30"),
    ("2012-05-07", "2012-04"),
    ("'2012'", "'2011'"),
    ("2012-05-07", "'2011'"),
    ("2013", "2012-05-07"),
])
def test_offices_that_certainly_overlap_are_refused(until: str, since: str, successor_first: bool) -> None:
    found = overlaps(presidents(until, since, successor_first))
    assert len(found) == 1, found
    assert "holding 'president' of RUS in overlapping periods" in found[0]
    assert "medvedev" in found[0] and "putin" in found[0]


@ORDERS
def test_overlap_message_points_at_an_office(successor_first: bool) -> None:
    text = presidents("2012-05-07", "2012-05-06", successor_first)
    with pytest.raises(ScenarioFileError) as info:
        load_text(text, source="case.yaml")
    (located,) = info.value.problems
    assert located.problem.path in ("persons[0].offices[0]", "persons[1].offices[0]")
    assert located.line is not None
    assert "- actor: RUS" in text.splitlines()[located.line - 1]


def test_open_ended_offices() -> None:
    """No `since`: in office from some unknown time up to `until`, so it ends before a successor
    who starts on that day. No `until`: still in office, so it overlaps any later holder."""
    no_since = _replace("        since: 2008-05-07\n", "", MEDVEDEV)
    text = _replace(MEDVEDEV, no_since)
    assert problems(text) == []
    later = presidents("2012-05-07", "2012-05-07").replace("        until: 2012-05-07\n", "")
    assert len(overlaps(later)) == 1


# -- positions as of a month or a year ---------------------------------------------------------------

POSITION_DATES = ["2024-12-31", "2025-05-01", "2025-06-20", "2025-07-01"]


def with_positions() -> Scenario:
    """BASE_YAML plus RUS positions on alliance.nato at each of POSITION_DATES (and the 2025-12
    one it has); each gives a different salience so the one returned can be told apart."""
    extra = "".join(
        f"  - actor: RUS\n    issue: alliance.nato\n    as_of: {date}\n    ideal: neutral\n"
        f"    salience: 0.{k + 1}\n    evidence: [{{assumption: test}}]\n"
        for k, date in enumerate(POSITION_DATES))
    return load_text(_replace("red_lines:\n  - id:", extra + "red_lines:\n  - id:"))


@pytest.mark.parametrize(("as_of", "expected"), [
    ("2025-06", "2025-06-20"),
    ("2025-06-30", "2025-06-20"),
    ("2025-06-20", "2025-06-20"),
    ("2025-06-19", "2025-05-01"),
    ("2025-05", "2025-05-01"),
    ("2025-07", "2025-07-01"),
    ("2025-11", "2025-07-01"),
    ("2025", "2025-12"),
    ("2025-12", "2025-12"),
    ("2024", "2024-12-31"),
    ("2024-12", "2024-12-31"),
    (None, "2025-12"),
])
def test_position_as_of_a_partial_date(as_of: str | None, expected: str) -> None:
    p = with_positions().position("RUS", "alliance.nato", as_of=as_of)
    assert p is not None
    assert p.as_of == expected


def test_no_position_before_the_first() -> None:
    s = with_positions()
    assert s.position("RUS", "alliance.nato", as_of="2023") is None
    assert s.position("RUS", "alliance.nato", as_of="2024-11") is None


def test_year_as_of_returns_positions_within_that_year() -> None:
    s = load_text(BASE_YAML)
    for actor, issue in (("RUS", "alliance.nato"), ("UKR", "military.army_size")):
        p = s.position(actor, issue, as_of="2025")
        assert p is not None and p.as_of.startswith("2025")
    matrix = s.position_matrix(as_of="2025")
    dated = [row["as_of"] for row in matrix.to_records() if row["as_of"] is not None]
    assert dated and all(d.startswith("2025") for d in dated)


def test_month_precision_position_counts_within_its_month() -> None:
    text = _replace("    as_of: 2025-12\n    ideal: renounced", "    as_of: 2025-06\n    ideal: renounced")
    s = load_text(text)
    assert s.position("RUS", "alliance.nato", as_of="2025-06") is not None
    assert s.position("RUS", "alliance.nato", as_of="2025") is not None
    assert s.position("RUS", "alliance.nato", as_of="2025-05") is None
