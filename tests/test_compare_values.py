"""`accord compare` writes values as `accord analyze` does."""

from __future__ import annotations

from accord.report.compare import _positions


def test_numeric_ideals_read_as_in_analyze() -> None:
    """Compare printed "ideal 85000.0 → 100000.0" where analyze prints "85000 → 100000"."""
    before = [{"actor": "AAA", "issue": "army.size", "ideal": 85000.0, "red_lines": [],
               "salience": 0.6, "as_of": "2022-03"}]
    after = [{"actor": "AAA", "issue": "army.size", "ideal": 100000.0, "red_lines": ["[0, 799999]"],
              "salience": 0.6, "as_of": "2025-03"}]
    (row,) = _positions(before, after)
    assert row["change"] == "ideal 85000 → 100000; new red lines [0, 799999]"
    assert _positions([{**before[0], "ideal": 0.5}], [{**before[0], "ideal": 0.25}])[0][
        "change"] == "ideal 0.5 → 0.25"
