"""Reviewer sentences of session 14 (written by the reviewer, not from any article): stance
holders, obligations told in the indicative, a plan's "soll", pattern lookarounds, background
decades and battlefield facts."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2025-05-16"


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.polarity) for s in extract(text, "t", PUB).stances}


# a time or place phrase before a titled name ("On Friday President Vladimir Putin", "In Moskau
# Präsident ...") is no person talked with: the name stays the clause's subject
@pytest.mark.parametrize(("text", "expected"), [
    ('On Friday President Vladimir Putin demanded that Ukraine give up its bid to join NATO.',
     ('RUS', 'alliance.nato', 'demand')),
    ('In Moscow President Vladimir Putin again rejected a ceasefire along the current front line.',
     ('RUS', 'ceasefire.sequence', 'reject')),
    ('Am Freitag hat in Moskau Präsident Wladimir Putin erneut den Verzicht der Ukraine auf einen '
     'Nato-Beitritt gefordert.', ('RUS', 'alliance.nato', 'demand')),
])
def test_time_or_place_before_titled_name_keeps_subject(
        text: str, expected: tuple[str, str, str]) -> None:
    got = _stances(text)
    assert expected in got
    assert not any(actor == 'UKR' for actor, _, _ in got)


# an indicative obligation of a third side ("Europe must now send ...") is no continuation of the
# demand or the terms of the side named in the sentence before
@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ('Russia rejected the ceasefire on Monday. Europe must now send peacekeepers to Ukraine.',
     ('EUR', 'security.foreign_troops', 'demand'), ('RUS', 'security.foreign_troops', 'demand')),
    ('Russland lehnt eine Waffenruhe ab. Die Europäer müssen jetzt Friedenstruppen in die Ukraine '
     'schicken.', ('EUR', 'security.foreign_troops', 'demand'), ('RUS', 'security.foreign_troops', 'demand')),
    ('Putin nannte am Freitag seine Bedingungen. Europa muss nun eigene Sicherheitsgarantien für die '
     'Ukraine schaffen.', ('EUR', 'security.guarantees', 'demand'), ('RUS', 'security.guarantees', 'demand')),
])
def test_indicative_obligation_of_a_third_side_is_not_the_previous_sides(
        text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str]) -> None:
    got = _stances(text)
    assert wrong not in got
    assert expected in got
