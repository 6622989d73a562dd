"""Shared helpers of the figure tests: the figures the corpus scheme counts, found in a sentence,
and the check that they are exactly the expected (value, unit) pairs."""

from __future__ import annotations

from accord.news.numbers import find_figures

SCHEME = {"prisoners", "bodies", "civilians", "children", "people", "points", "hours", "minutes", "days",
          "weeks", "months", "years", "steps", "regions", "countries", "soldiers", "percent", "km2", "km",
          "drones", "missiles", "households", "usd", "eur", "settlements", "rounds"}

Expected = list[tuple[float, str]]


def found(text: str, lang: str) -> list[tuple[float, str]]:
    """The (value, unit) pairs of `text` in a unit of the corpus scheme, sorted."""
    return sorted((f.value, f.unit) for f in find_figures(text, lang=lang) if f.unit.lower() in SCHEME)


def check(text: str, lang: str, expected: Expected) -> None:
    assert found(text, lang) == sorted((float(v), u) for v, u in expected)
