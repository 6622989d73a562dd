"""`accord compare` writes values as `accord analyze` does."""

from __future__ import annotations

import pytest

from accord.report.compare import _positions
from tests.cli import run


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


def test_a_date_before_the_conflict_model_says_not_analysed() -> None:
    """`accord compare --from 2022-12` printed "Stable state: None → RUS: continue the
    offensive ..." for the date before the conflict model's."""
    from accord.report.compare import _state

    skipped = {"skipped": "the conflict model states preferences for 2026-02-18, after 2022-12",
               "model_as_of": "2026-02-18"}
    today = {"state": {"state": 410, "words": "RUS: continue the offensive",
                       "equilibrium": {"nash": True}}, "model_as_of": "2026-02-18"}
    st = _state(skipped, today)
    assert st is not None
    assert st["from"]["words"] == ("not analysed (the conflict model states preferences for "
                                   "2026-02-18, after 2022-12)")
    assert st["to"]["words"] == "RUS: continue the offensive"
    assert st["changed"]
    assert _state(skipped, skipped) is None
    empty = {"state": {"state": 1, "words": "", "equilibrium": {"nash": True}}}
    assert _state(empty, today)["from"]["words"] == "no option taken"  # type: ignore[index]
    assert _state({"equilibria": {}}, today)["from"]["words"] == "no status quo stated"  # type: ignore[index]


def test_moved_forecasts_read_as_in_analyze_with_their_option() -> None:
    """Compare printed "territory.donbas median 100.0 50.0" and "compromise 68.47 45.63": bare
    numbers, unlike analyze's 68 and 691k, with no word on the option they land on."""
    from accord.cli.commands.report import _moved

    def row(a: float, b: float, oa: str | None, ob: str | None,
            scale: tuple[float, float] = (0.0, 100.0)) -> dict[str, object]:
        return {"from": a, "to": b, "option_from": oa, "option_to": ob, "scale": list(scale)}

    assert _moved(row(68.47, 100.0, "Cede de facto", "Cede de jure")) == (
        "68 (Cede de facto)", "100 (Cede de jure)")
    assert _moved(row(691087.25, 500000.0, None, None, (0.0, 1e6))) == ("691k", "500k")
    # review 15 item 14: the same rule as analyze's table (thousands by the range, not
    # the value's size: 750 on a range of 0-20000 is "1k" in both), and a move too small for
    # whole numbers shows decimals instead of "46 -> 46"
    assert _moved(row(750.0, 3000.0, None, None, (0.0, 20000.0))) == ("1k", "3k")
    assert _moved(row(45.63, 45.70, "Cede de facto", "Cede de facto")) == (
        "45.6 (Cede de facto)", "45.7 (Cede de facto)")
    assert _moved(row(45.6, 45.65, None, None)) == ("45.60", "45.65")


def test_a_first_stated_position_says_what_was_stated() -> None:
    """57 rows of `accord compare --from 2022-12 --to 2026-02` read only "first stated", leaving
    the reader to look each position up in `analyze`."""
    stated = {"actor": "AAA", "issue": "army.size", "ideal": 100000.0, "red_lines": [[0, 799999]],
              "salience": 0.7, "as_of": "2025-03", "evidence": [{"doc": "d1", "paraphrase": "p"}]}
    (first,) = _positions([], [stated])
    assert first["change"] == "first stated: ideal 100000, salience 0.70, red lines [0, 799999]"
    assert first["since"] == "2025-03" and first["evidence"] == stated["evidence"]
    (gone,) = _positions([{**stated, "ideal": "hold", "red_lines": []}], [])
    assert gone["change"] == "no longer stated (was ideal hold, salience 0.70)"


def test_a_forecast_moves_only_beyond_the_noise_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    """`accord compare` listed alliance.nato KTAB 91.27 -> 91.53 (0.26 points on 0-100) as a
    moved forecast: a move now needs 2% of the issue's scale or another nearest option, shows
    its signed size, and the output states the rule."""
    from accord.report.compare import _forecasts, compare

    def report(values: dict[str, tuple[float, str | None]], scale: list[float]) -> dict[str, object]:
        return {"issues": [{"issue": "x.y", "scale": scale, "models": {
            m: {"value": v, "nearest_option": o} for m, (v, o) in values.items()}}]}

    before = report({"ktab": (91.27, "Renounced"), "eum": (40.0, "Deferred"),
                     "nbs": (49.5, "Deferred"), "median": (50.0, None)}, [0.0, 100.0])
    after = report({"ktab": (91.53, "Renounced"), "eum": (43.0, "Deferred"),
                    "nbs": (50.5, "Renounced"), "median": (51.9, None)}, [0.0, 100.0])
    moved = {r["model"]: r for r in _forecasts(before, after)}
    assert set(moved) == {"eum", "nbs"}  # ktab 0.26 and median 1.9 points are noise
    assert moved["eum"]["change"] == 3.0 and moved["nbs"]["change"] == 1.0
    # numeric issues: 2% of their own range (20,000 soldiers on 0-1,000,000)
    army = _forecasts(report({"compromise": (690000.0, None), "nbs": (600000.0, None)}, [0.0, 1e6]),
                      report({"compromise": (705000.0, None), "nbs": (625000.0, None)}, [0.0, 1e6]))
    assert [r["model"] for r in army] == ["nbs"]
    doc = {"scenario": {"id": "s", "as_of": "2025"}, "positions": [], "collisions": []}
    assert "2%" in compare(doc, doc)["forecasts_rule"]
    monkeypatch.setenv("COLUMNS", "200")
    code, out, err = run("compare", "examples/my-talks.yaml", "--from", "2022", "--to", "2025")
    assert code == 0, err
    assert "moved by at least 2% of the issue's scale" in " ".join(out.split())


def test_an_assumed_position_is_not_called_stated() -> None:
    """review16 item 14: 19 of the 57 "first stated" rows were assumptions (`assumed: true`,
    no source states them)."""
    assumed = {"actor": "AAA", "issue": "t.south", "ideal": "hold", "red_lines": [], "salience": 0.3,
               "as_of": "2025-03", "assumed": True, "evidence": []}
    (first,) = _positions([], [assumed])
    assert first["change"] == "first assumed: ideal hold, salience 0.30"
    (gone,) = _positions([assumed], [])
    assert gone["change"] == "no longer assumed (was ideal hold, salience 0.30)"
