"""Figures (session 17), on German and English sentences written for these tests.

The general causes fixed:
- a number of countries, nations or states after "between the" / "zwischen den" names the
  parties of a relation already named ("relations between the two countries", "the war between
  the two nations"), no count; the same number elsewhere still counts ("delegations from the
  three countries", "between the two nuclear powers");
"""

from __future__ import annotations

import pytest

from tests.figures import Expected, check


@pytest.mark.parametrize(("text", "lang"), [
    ("The summit strained relations between the two countries even further.", "en"),
    ("Ankara called the swap a step towards ending the war between the two nations.", "en"),
    ("Hopes for an accord on the plant between the two states have faded.", "en"),
    ("Envoys shuttled for weeks between these three countries without a result.", "en"),
    ("Die Beziehungen zwischen den zwei Ländern gelten als angespannt.", "de"),
    ("Der Vermittler pendelte zwischen den drei Staaten hin und her.", "de"),
])
def test_countries_of_a_relation_named_before_are_no_count(text: str, lang: str) -> None:
    check(text, lang, [])


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Delegations from the three countries arrived in the Gulf on Friday.", "en", [(3, "countries")]),
    ("Talks between the two nuclear powers resumed.", "en", [(2, "countries")]),
    ("Ministers of 40 countries met; talks were held between 12 states.", "en",
     [(40, "countries"), (12, "countries")]),
    ("Vertreter aus drei Ländern reisten nach Genf.", "de", [(3, "countries")]),
    ("Die Gespräche zwischen zwölf Staaten dauerten zwei Tage.", "de", [(12, "countries"), (2, "days")]),
])
def test_countries_counted_elsewhere_stay(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)
