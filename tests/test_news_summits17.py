"""Rounds and summits in sentences written for the seventeenth session (own wording, German and
English; expected records written down before running accord).

Corpus README: a `summit` is an in-person meeting the text presents as one of heads of state or
government (convention 3: a phone, video or unspecified-format contact is a `round`); a meeting
refused or only demanded is no meeting at all.
"""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-12"  # a Thursday


def _meetings(text: str) -> list[tuple[str, str | None]]:
    return [(e.kind, e.place) for e in extract(text, "t", PUB).events if e.kind in ("round", "summit")]


# --- a relative clause or an apposition after the first head does not part the two heads

CLAUSE_BETWEEN_HEADS = [
    ("Leo, who has long made appeals for peace a theme of his papacy, met with Zelensky at the "
     "Vatican on Monday.", "vatican"),
    ("Putin, der das Treffen lange hinausgezögert hatte, traf sich am Montag in Sotschi mit "
     "Erdogan.", "sochi"),
    ("Macron, the French president, received Zelensky at the Élysée Palace on Tuesday.", "paris"),
    ("Erdogan, der seit Monaten vermitteln will, empfing am Dienstag in Ankara den ukrainischen "
     "Präsidenten Selenskyj.", "ankara"),
]


@pytest.mark.parametrize(("text", "place"), CLAUSE_BETWEEN_HEADS)
def test_a_clause_between_two_heads_keeps_the_summit(text: str, place: str) -> None:
    assert _meetings(text) == [("summit", place)], text


# --- a call told by its verb is a round, even when a meeting of heads is its time

CALL_BY_VERB = [
    "Trump hatte vor seinem Treffen mit dem ukrainischen Staatschef Selenskyj auch Kremlchef Putin "
    "angerufen.",
    "Vor seinem Gipfel mit Selenskyj rief Trump am Montag Putin an.",
    "Before his summit with Zelensky, Trump phoned Putin on Monday.",
]


@pytest.mark.parametrize("text", CALL_BY_VERB)
def test_a_call_by_its_verb_stays_a_round(text: str) -> None:
    assert [k for k, _ in _meetings(text)] == ["round"], text


# --- a "summit" of officials below heads of state or government is a round (convention 3);
# leaders named beside the officials keep the summit

def test_a_summit_of_officials_is_a_round() -> None:
    for text in ("Saudi Arabia has opened a two-day summit in Jeddah at which senior officials from "
                 "40 countries discuss a peace plan.",
                 "Beim Gipfel in Dschidda beraten Sicherheitsberater aus rund 40 Staaten am Samstag "
                 "über einen Friedensplan.",
                 "The summit of national security advisers in Copenhagen began on Saturday."):
        assert [k for k, _ in _meetings(text)] == ["round"], text
    text = "Leaders and senior officials from 90 states met in Bürgenstock on Saturday for a two-day summit."
    assert [k for k, _ in _meetings(text)] == ["summit"], text


# --- a demand, proposal or invitation for a meeting turned down makes no meeting

REFUSED = [
    "Putin wies am Freitag die Forderung nach einem Treffen mit dem ukrainischen Amtskollegen "
    "Selenskyj in Genf zurück.",
    "Der Kreml wies am Freitag den Vorschlag zu einem Gipfel mit Selenskyj in Genf zurück.",
    "Putin rejected calls for a meeting with Zelensky in Geneva on Friday.",
    "Moscow turned down an offer of talks with Kyiv in Geneva on Friday.",
]


@pytest.mark.parametrize("text", REFUSED)
def test_a_meeting_turned_down_is_none(text: str) -> None:
    assert _meetings(text) == [], text


# --- a head of state or government arriving in, landing in or expected in another side's capital:
# a summit there (planned when only expected); not when only possible, not at home

HEAD_VISITS = [
    ("Der ukrainische Präsident Selenskyj ist am Dienstag in Washington eingetroffen.", "washington"),
    ("Am Dienstag ist Selenskyj wieder in Washington gelandet.", "washington"),
    ("Ukrainian President Volodymyr Zelensky landed in Washington on Tuesday morning.", "washington"),
    ("Russian President Vladimir Putin arrived in Ankara on Tuesday.", "ankara"),
    ("Der ukrainische Präsident Selenskyj wird schon morgen in Paris erwartet.", "paris"),
    ("Zelensky is expected in Paris on Friday.", "paris"),
]


@pytest.mark.parametrize(("text", "place"), HEAD_VISITS)
def test_a_head_arriving_in_another_capital_is_a_summit(text: str, place: str) -> None:
    assert _meetings(text) == [("summit", place)], text


def test_an_expected_visit_is_planned_for_the_day_to_come() -> None:
    (e,) = extract("Zelensky is expected in Paris on Friday.", "t", PUB).events
    assert (e.outcome, e.date_start) == ("planned", "2026-03-13")


NO_HEAD_VISIT = [
    "Selenskyj ist in Washington nicht eingetroffen.",
    "Zelensky could arrive in Paris on Friday.",
    "Macron arrived in Paris on Tuesday.",
    "Selenskyj ist am Dienstag wieder in Kiew eingetroffen.",
    "Selenskyj wird morgen in Paris eine Rede halten.",
    "Zelensky's envoy Umerov arrived in Washington on Tuesday.",
]


@pytest.mark.parametrize("text", NO_HEAD_VISIT)
def test_no_head_visit(text: str) -> None:
    assert _meetings(text) == [], text


# --- talks told as held by the time they give ("after the talks in Geneva on Sunday", "nach mehr
# als fünf Stunden Verhandlungen mit"), by "a conversation with", and by the German perfect of
# "beraten"

TALKS_HELD = [
    ("Das Weiße Haus hat nach den Friedensgesprächen am Sonntag in Genf eine Mitteilung "
     "veröffentlicht.", "geneva"),
    ("Nach den Friedensverhandlungen am Montag in Riad sprach der Gesandte von Fortschritten.", "riyadh"),
    ("Witkoff sprach nach mehr als sechs Stunden Verhandlungen mit Selenskyj in Berlin von "
     "Fortschritten.", "berlin"),
    ("Witkoff spoke of progress after more than six hours of talks with Zelensky in Berlin.", "berlin"),
    ("Drei Tage lang haben Delegationen aus Kiew und Washington in Genf beraten.", "geneva"),
    ("Die Unterhändler der Ukraine und der USA hatten am Montag in Miami über den Plan beraten.", "miami"),
]


@pytest.mark.parametrize(("text", "place"), TALKS_HELD)
def test_talks_told_as_held(text: str, place: str) -> None:
    assert _meetings(text) == [("round", place)], text


def test_after_a_conversation_with_is_a_round() -> None:
    for text in ("After a conversation with President Trump, Putin said that Moscow is drafting a "
                 "memorandum.",
                 "Following a conversation with Erdogan, Zelensky said the exchange would go ahead."):
        assert [k for k, _ in _meetings(text)] == ["round"], text


NO_TALKS_HELD = [
    "Die Delegationen wollen am Sonntag in Genf über den Plan beraten.",
    "Die Regierung hat sich von Juristen beraten lassen, bevor sie den Plan vorlegte.",
    "He had a conversation with his wife about the war.",
]


@pytest.mark.parametrize("text", NO_TALKS_HELD)
def test_no_talks_held(text: str) -> None:
    held = [e for e in extract(text, "t", PUB).events
            if e.kind in ("round", "summit") and e.outcome != "planned"]
    assert held == [], text


# --- people of one side visiting people or the capital of another: a round there (a visit told as
# made; not one planned, possible or refused, not a visit inside one's own side)

VISITS = [
    ("Witkoff und Kushner hatten am Dienstag in Moskau den Kremlchef Putin besucht.", "moscow"),
    ("Der Gesandte Witkoff besuchte am Montag Wladimir Putin in Moskau.", "moscow"),
    ("Witkoff visited Putin in Moscow on Tuesday.", "moscow"),
    ("The pope's peace envoy Zuppi began his second visit to Moscow on Monday.", "moscow"),
]


@pytest.mark.parametrize(("text", "place"), VISITS)
def test_a_visit_to_another_side_is_a_round(text: str, place: str) -> None:
    assert _meetings(text) == [("round", place)], text


NO_VISIT = [
    "Witkoff will Putin am Montag in Moskau besuchen.",
    "Witkoff did not visit Moscow on Tuesday.",
    "Selenskyj besuchte am Montag Soldaten in Charkiw.",
    "Zelensky visited Kharkiv on Monday.",
]


@pytest.mark.parametrize("text", NO_VISIT)
def test_no_visit_to_another_side(text: str) -> None:
    assert _meetings(text) == [], text
