"""Statements of intent in sentences written for the seventeenth session (own wording, German and
English; expected kinds written down before running accord).

Corpus README: a `statement_of_intent` is an actor announcing a concrete next step (continuing
talks, preparing a meeting, forwarding proposals). A side's plan made public to no one in
particular is its position, not a step of the talks (a plan handed to the other side stays one); a
readiness for talks in general is a standing position, a readiness for a particular next step (a
next round, meeting again, hosting, joining) stays a statement.
"""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-12"  # a Thursday


def _kinds(text: str) -> list[str]:
    return [e.kind for e in extract(text, "t", PUB).events]


# --- a plan made public, given to no one: no step

PLAN_MADE_PUBLIC = [
    "Der Präsident hat seinen neuen Friedensplan am Mittwoch im Parlament in Kiew vorgestellt.",
    "Peking legt einen Zwölf-Punkte-Plan für eine Lösung des Konflikts vor.",
    "Vor Journalisten stellte die Außenministerin am Dienstag einen Fünf-Punkte-Plan vor.",
    "Die Einzelheiten des Zehn-Punkte-Plans wurden am Montag in Brüssel vorgestellt.",
    "Washington unveiled a 28-point peace plan to end the war on Tuesday.",
    "The Ukrainian leader presented his peace formula to lawmakers in a speech.",
    "Beijing published a twelve-point plan for a political settlement last week.",
]


@pytest.mark.parametrize("text", PLAN_MADE_PUBLIC)
def test_a_plan_made_public_is_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text), text


PLAN_HANDED_OVER = [
    "The Russian delegation handed its plan to the Ukrainian side in Istanbul.",
    "Die ukrainische Delegation übergab der russischen Seite in Istanbul ihren Plan.",
    "Kyiv submitted its counterproposals to the American negotiators on Sunday.",
    "Der Präsident stellte seinen Plan vor und werde ihn den Verbündeten übermitteln, sagte ein Sprecher.",
]


@pytest.mark.parametrize("text", PLAN_HANDED_OVER)
def test_a_plan_handed_to_the_other_side_is_still_a_step(text: str) -> None:
    assert "statement_of_intent" in _kinds(text), text


# --- a readiness for talks in general: a standing position

READY_IN_GENERAL = [
    "Putin said he is ready for talks with Zelensky.",
    "The Kremlin has signalled its willingness to engage in negotiations.",
    "I am ready to meet with anyone, the Russian president said.",
    "Moscow is open to dialogue, the spokesman said on Wednesday.",
    "Russland ist zu Gesprächen bereit, sagte Peskow.",
    "Der Kreml sei zu allen Gesprächsformaten bereit, sagte der Sprecher.",
    "Der Präsident erklärte seine Bereitschaft zu Verhandlungen mit Moskau.",
]


@pytest.mark.parametrize("text", READY_IN_GENERAL)
def test_a_readiness_for_talks_in_general_is_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text), text


READY_FOR_A_STEP = [
    "The Kremlin said Russia is ready for the next round of talks.",
    "Kyiv is ready to meet again in this format, the foreign minister said.",
    "The Vatican is willing to host peace talks between the two sides, the pope said.",
    "Die Ukraine sei bereit zu einer neuen Verhandlungsrunde, sagte Selenskyj.",
    "Moskau sei zu weiteren Gesprächen in Istanbul bereit, sagte der Delegationsleiter.",
    "Belarus sei bereit, die Fortsetzung der Gespräche zu fördern.",
    "Kyiv is ready to send a delegation to Istanbul, Zelensky said.",
]


@pytest.mark.parametrize("text", READY_FOR_A_STEP)
def test_a_readiness_for_a_particular_step_is_a_statement(text: str) -> None:
    assert "statement_of_intent" in _kinds(text), text


def test_already_is_no_readiness() -> None:
    # "bereits" is not "bereit": a visit told, no readiness announced
    assert "statement_of_intent" not in _kinds(
        "Der Gesandte ist bereits zum dritten Mal für Gespräche in Moskau.")
