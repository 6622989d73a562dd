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


# a "soll" right after a plan is its provision only when no side of the sentence demands or
# rejects it with a verb of its own
def test_plan_shall_does_not_override_a_sides_demand() -> None:
    got = _stances('Washington hat einen neuen Friedensplan vorgelegt. Moskau fordert, die Ukraine soll '
                   'auf einen Nato-Beitritt verzichten.')
    assert ('RUS', 'alliance.nato', 'demand') in got
    assert ('USA', 'alliance.nato', 'propose') not in got


def test_plan_shall_still_gives_the_plans_provision() -> None:
    got = _stances('Washington hat einen neuen Friedensplan vorgelegt. Die Ukraine soll demnach auf '
                   'einen Nato-Beitritt verzichten.')
    assert ('USA', 'alliance.nato', 'propose') in got


# the nuclear-plant lookaheads end at a word boundary ("stationed", "Stationierung" are no plant),
# and "providing" is an object only after "aimed at", "involved in" or in "which provides"
@pytest.mark.parametrize(("text", "expected"), [
    ('Moscow demands a demilitarised zone along the front line in which no foreign troops may be '
     'stationed.', ('RUS', 'territory.donbas', 'demand')),
    ('Moskau fordert eine demilitarisierte Zone entlang der Front, in der keine ausländischen Truppen '
     'stationiert werden dürfen.', ('RUS', 'territory.donbas', 'demand')),
    ('Russia demands the demilitarisation of Ukraine and the withdrawal of Western weapons stationed '
     'there.', ('RUS', 'military.army_size', 'demand')),
    ('Russia demands the demilitarisation of Ukraine and the withdrawal of Western weapons stationed '
     'there.', ('RUS', 'military.weapons_caps', 'demand')),
    ('Moskau verlangt die Entmilitarisierung der Ukraine und lehnt jede Stationierung westlicher '
     'Truppen ab.', ('RUS', 'military.army_size', '')),
    ('France and Britain will take the lead in providing security guarantees to Ukraine, Macron said.',
     ('EUR', 'security.guarantees', 'propose')),
])
def test_plant_and_providing_lookarounds_keep_stances(text: str, expected: tuple[str, str, str]) -> None:
    got = _stances(text)
    if expected[2]:
        assert expected in got
    else:  # the side and the issue; the polarity of a sentence with two verbs is another matter
        assert any(a == expected[0] and i == expected[1] for a, i, _ in got)


# a decade is background only when it opens the sentence; inside a demand it takes nothing away
@pytest.mark.parametrize("text", [
    'Moscow demands that Ukraine stay neutral, as it was in the 1990s, Peskov said on Friday.',
    'Russland fordert wie schon in den 1990er Jahren die Neutralität der Ukraine, sagte Peskow.',
])
def test_decade_inside_a_demand_keeps_it(text: str) -> None:
    assert ('RUS', 'alliance.nato', 'demand') in _stances(text)


# battlefield facts: troops that have been withdrawn, and forces massed by the enemy, are no
# position on territory or on the army's size
@pytest.mark.parametrize(("text", "issue"), [
    ('Nachdem die Ukraine ihre Soldaten aus Kursk abgezogen hatte, forderte Selenskyj mehr '
     'Flugabwehr.', 'territory.donbas'),
    ('Zelensky demanded more air defence after Russia massed forces of 50,000 troops near Sumy.',
     'military.army_size'),
])
def test_battlefield_facts_take_no_position(text: str, issue: str) -> None:
    assert not any(i == issue for _, i, _ in _stances(text))
