"""The Python API for notebooks: load, lookups, position_matrix, timeline, to_yaml."""

from __future__ import annotations

import pytest

import accord
from accord.io import load_text
from tests.scenarios import base


def test_position_matrix_uses_latest_position_and_converts_to_pandas() -> None:
    s = base()
    table = s.position_matrix()
    rows = {(r["actor"], r["issue"]): r for r in table}
    assert rows[("AAA", "land.north")]["as_of"] == "2025-06"
    assert rows[("AAA", "land.north")]["red_lines"] == ["cede"]
    assert rows[("AAA", "army.size")]["red_lines"] == ["[0, 300]"]
    assert rows[("AAA", "land.north")]["assumed"] is False
    assert rows[("BBB", "land.north")]["assumed"] is True
    earlier = {(r["actor"], r["issue"]): r for r in s.position_matrix(as_of="2023")}
    assert earlier[("AAA", "land.north")]["as_of"] == "2022"
    assert earlier[("BBB", "land.north")]["as_of"] is None
    pd = pytest.importorskip("pandas")
    df = table.to_pandas()
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == list(table.columns) and len(df) == len(table) == 6


def test_timeline_is_in_date_order_with_undated_last() -> None:
    t = base().timeline()
    assert t.column("id") == ["r1", "r2", "x"]
    assert t.to_records()[0]["mediators"] == ["MED"]
    assert base().timeline(kinds=["claim"]).column("id") == ["x"]


def test_to_yaml_round_trips() -> None:
    s = base()
    text = s.to_yaml()
    again = load_text(text)
    assert again == s and again.to_yaml() == text


def test_lookups_raise_with_known_ids() -> None:
    s = base()
    assert s.actor("AAA").names["en"] == "Alpha"
    with pytest.raises(KeyError, match="known: AAA, BBB, MED"):
        s.actor("ZZZ")
    assert s.parties == ["AAA", "BBB"]


def test_load_unknown_name_suggests_builtin() -> None:
    with pytest.raises(accord.ScenarioFileError, match="did you mean"):
        accord.load("ukraine-2022-2025")


def test_as_of_a_month_includes_positions_taken_during_that_month() -> None:
    s = base()
    assert s.position("AAA", "land.north", as_of="2025-06").as_of == "2025-06"  # type: ignore[union-attr]
    assert s.position("AAA", "land.north", as_of="2025-05").as_of == "2022"  # type: ignore[union-attr]
    assert s.position("AAA", "land.north", as_of="2021") is None
