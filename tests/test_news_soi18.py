"""Statements of intent in sentences written for the eighteenth session (own wording, German and
English; expected kinds and dates written down before running accord).

A step announced before the report and told in the pluperfect ("hatte ... angekündigt", "had
announced") is a statement of intent of its own in the annotated reports, dated by the day named
with it, else undated (corpus README, convention 7); `events.announced_before`.
"""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-12"  # a Thursday


def _soi(text: str) -> list[tuple[str, str | None]]:
    return [(e.kind, e.date_start) for e in extract(text, "t", PUB).events
            if e.kind == "statement_of_intent"]


# --- a step announced before, told in the pluperfect: a statement, dated by its own day or none

ANNOUNCED_BEFORE = [
    ("Die Sprecherin des Kremls hatte am Montag ein baldiges Treffen der beiden Präsidenten bestätigt.",
     "2026-03-09"),
    ("Der ukrainische Präsident hatte diesen Schritt schon am vergangenen Dienstag angekündigt.",
     "2026-03-10"),
    ("Der Chefunterhändler aus Kiew hatte zuvor bereits einen weiteren Gefangenenaustausch angekündigt.",
     None),
    ("Ankara hatte eine neue Gesprächsrunde in Istanbul ins Gespräch gebracht.", None),
    ("Der Regierungssprecher hatte am Mittwoch mitgeteilt, dass die Kanzlerin den Gast aus Kiew im "
     "Kanzleramt empfangen werde.", "2026-03-11"),
    ("Moskau hatte vor einigen Tagen derartiges angekündigt.", None),
    ("Eine Waffenruhe über Ostern hatte die Regierung in Kiew schon früher vorgeschlagen.", None),
    ("Er hatte zuvor bereits eine weitere Runde der Gespräche angekündigt.", None),
    ("Die Außenministerin hatte ein Treffen mit ihrem Amtskollegen in einer Woche in der türkischen "
     "Hafenstadt Antalya angekündigt.", None),
    ("The Kremlin had confirmed a meeting between the two envoys earlier.", None),
    ("Kyiv had promised to send a delegation to the talks.", None),
]


@pytest.mark.parametrize(("text", "day"), ANNOUNCED_BEFORE)
def test_a_step_announced_before_is_a_statement(text: str, day: str | None) -> None:
    assert _soi(text) == [("statement_of_intent", day)], text


# --- not a step: negated, on a condition only, the war carried on
NOT_A_STEP = [
    "Der Kreml hatte ein Treffen der Präsidenten zuvor nicht bestätigt.",
    "Moskau hatte angekündigt, die Offensive im Osten fortzusetzen.",
    "Die Regierung hatte mitgeteilt, dass man nur dann verhandeln werde, wenn die Truppen abziehen.",
    "Die Ministerin hatte am Montag neue Angriffe auf die Hafenstadt angekündigt.",
]


@pytest.mark.parametrize("text", NOT_A_STEP)
def test_no_step_announced_before(text: str) -> None:
    assert _soi(text) == [], text


# review 18 item 6: other senses of the step nouns are no step announced before
@pytest.mark.parametrize("text", [
    "Selenskyj hatte in einem Gespräch mit Journalisten bestätigt, dass die Front bei Pokrowsk hält.",
    "Selenskyj hatte im Grunde schon am Montag bestätigt, dass die Front hält.",
    "Die EU hatte bereits am Montag weitere Schritte gegen Russland angekündigt.",
    "Kyiv had confirmed the exchange of fire near the border on Monday.",
    "Putin had announced that Russia would hold its victory parade on May 9.",
    "Der Minister hatte im Grunde bereits bestätigt, dass es keine Einigung gibt.",
    "Brussels had announced new steps against Moscow's shadow fleet.",
])
def test_other_senses_are_no_step_announced_before(text: str) -> None:
    kinds = [e.kind for e in extract(text, "t", "2025-05-16").events]
    assert "statement_of_intent" not in kinds, kinds
