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

# (review17 item 15: only cases that gave a statement of intent at the start commit 3c2e278 test
# the rule; the others, none there either, are kept as guards below)
PLAN_MADE_PUBLIC = [
    "Der Präsident hat seinen neuen Friedensplan am Mittwoch im Parlament in Kiew vorgestellt.",
]
NO_STEP_AT_THE_START_EITHER = [
    "Peking legt einen Zwölf-Punkte-Plan für eine Lösung des Konflikts vor.",
    "Vor Journalisten stellte die Außenministerin am Dienstag einen Fünf-Punkte-Plan vor.",
    "Die Einzelheiten des Zehn-Punkte-Plans wurden am Montag in Brüssel vorgestellt.",
    "Washington unveiled a 28-point peace plan to end the war on Tuesday.",
    "The Ukrainian leader presented his peace formula to lawmakers in a speech.",
    "Beijing published a twelve-point plan for a political settlement last week.",
    "The pope called on both sides to declare a truce over Christmas.",
    "Der Papst forderte Moskau auf, über die Feiertage eine Waffenruhe auszurufen.",
    "The minister said they want several conditions met in order to reach a ceasefire at sea.",
    "Es wurde angekündigt, dass die Staaten Truppen schicken, sobald ein Waffenstillstand vereinbart ist.",
    "Kuleba said a 24-hour truce was raised in order to evacuate civilians, but there was no progress.",
    "The pope called on Russia to observe a ceasefire he proposed for Easter.",
]


@pytest.mark.parametrize("text", NO_STEP_AT_THE_START_EITHER)
def test_no_step_before_the_rules_nor_after(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text), text


@pytest.mark.parametrize("text", PLAN_MADE_PUBLIC)
def test_a_plan_made_public_is_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text), text


PLAN_HANDED_OVER = [
    "The Russian delegation handed its plan to the Ukrainian side in Istanbul.",
    "Die ukrainische Delegation übergab der russischen Seite in Istanbul ihren Plan.",
    "Kyiv submitted its counterproposals to the American negotiators on Sunday.",
    "Der Präsident stellte seinen Plan vor und werde ihn den Verbündeten übermitteln, sagte ein Sprecher.",
]


# (review17 item 10) a plan to be presented, or put on the table at the talks: left to the step rules
PLAN_TO_COME_OR_AT_THE_TALKS = [
    "Ukraine will present its peace plan at the talks in Istanbul on Monday.",
]


@pytest.mark.parametrize("text", PLAN_TO_COME_OR_AT_THE_TALKS)
def test_a_plan_to_come_or_at_the_talks_is_a_step(text: str) -> None:
    assert "statement_of_intent" in _kinds(text), text


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
    # (review17 item 15: a capitalised German noun after a preposition is no place named)
    "Russland ist nach Angaben des Kremls grundsätzlich zu Gesprächen bereit.",
    "Die Ukraine ist im Krieg weiter zu Verhandlungen bereit.",
]


@pytest.mark.parametrize("text", READY_IN_GENERAL)
def test_a_readiness_for_talks_in_general_is_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text), text


READY_FOR_A_STEP = [
    "The Kremlin said Russia is ready for the next round of negotiations.",
    "Kyiv is ready to meet once more in this format, the foreign minister said.",
    "The Vatican is willing to host peace talks between the two sides, the pope said.",
    "Die Ukraine sei bereit zu einer neuen Verhandlungsrunde, sagte Selenskyj.",
    "Moskau sei zu weiteren Gesprächen in Istanbul bereit, sagte der Delegationsleiter.",
    "Belarus sei bereit, die Fortsetzung der Gespräche zu fördern.",
    "Kyiv is ready to send a delegation to Istanbul, Zelensky said.",
    # (review17 item 15: a place of the gazetteer named for the talks)
    "Russland sei zu Gesprächen in Istanbul bereit, sagte Peskow.",
]


@pytest.mark.parametrize("text", READY_FOR_A_STEP)
def test_a_readiness_for_a_particular_step_is_a_statement(text: str) -> None:
    assert "statement_of_intent" in _kinds(text), text


def test_already_is_no_readiness() -> None:
    # "bereits" is not "bereit": a visit told, no readiness announced
    assert "statement_of_intent" not in _kinds(
        "Der Gesandte ist bereits zum dritten Mal für Gespräche in Moskau.")


# --- a truce only called for, only hoped for or a condition: not declared

TRUCE_NOT_DECLARED = [
    "In a phone call, the Turkish president urged Russia to declare a unilateral ceasefire.",
    "The leaders ended their meeting announcing guarantees for Kyiv after any future truce.",
]


@pytest.mark.parametrize("text", TRUCE_NOT_DECLARED)
def test_a_truce_called_for_or_hoped_for_is_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text), text


TRUCE_DECLARED = [
    "Putin ordered a 36-hour ceasefire over Orthodox Christmas.",
    "Der Kreml hat eine zweitägige Feuerpause angekündigt.",
    "Putin hat eine Feuerpause angekündigt und Kiew aufgefordert, seinerseits die Waffen ruhen zu lassen.",
    "Russia declared a truce for Easter after the patriarch had urged Moscow to declare a ceasefire.",
    # (review17 item 8: the truce called for is one the caller declared himself)
    "Putin called on Ukraine to observe the three-day ceasefire he declared for the May 9 holiday.",
    "The Kremlin urged Kyiv to observe the truce that Moscow had announced for Easter.",
]


@pytest.mark.parametrize("text", TRUCE_DECLARED)
def test_a_truce_declared_is_still_a_step(text: str) -> None:
    assert "statement_of_intent" in _kinds(text), text


# --- a paper sent or put to someone, contact to be kept: steps

PAPER_SENT = [
    "Die EU hat ihre Änderungsvorschläge am Samstag nach Washington geschickt.",
    "Kyiv had sent Moscow a document setting out its position on the truce.",
    "Die USA haben den Europäern neue Vorschläge unterbreitet.",
    "A revised version of the plan has been sent to Washington.",
    "Moskau übersandte der Gegenseite am Montag einen Entwurf.",
    "The Ukrainian side forwarded its written response to the mediators on Friday.",
]


@pytest.mark.parametrize("text", PAPER_SENT)
def test_a_paper_sent_is_a_step(text: str) -> None:
    assert "statement_of_intent" in _kinds(text), text


# (review17 item 11) a paper not sent, or only yet to be sent: no step
PAPER_NOT_SENT = [
    "Kyiv has not forwarded any proposals to Moscow.",
    "Kyiv has yet to send an answer to the Russian memorandum.",
    "Kiew hat der Gegenseite noch keine Antwort geschickt.",
    "No revised draft has been sent to Washington so far.",
]


@pytest.mark.parametrize("text", PAPER_NOT_SENT)
def test_a_paper_not_sent_is_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text), text


def test_a_letter_sent_is_no_paper_of_the_talks() -> None:
    assert "statement_of_intent" not in _kinds(
        "The UN chief sent the Russian president a letter about the grain deal this week.")


CONTACT_KEPT = [
    "Scholz und Putin vereinbarten, dass ihre Berater in Kontakt bleiben werden.",
    "Der Kanzler und der Kremlchef verständigten sich darauf, den Gesprächsfaden nicht abreißen zu lassen.",
    "Trump and Putin agreed that their aides would stay in touch.",
    "Washington and Kyiv pledged to keep working on the joint draft in the coming days.",
    "Erdogan will be in contact with Putin and Zelensky about the issue, the spokesman said.",
    "Beide Seiten wollen in engem Kontakt bleiben, sagte Selenskyj am Abend.",
]


@pytest.mark.parametrize("text", CONTACT_KEPT)
def test_contact_to_be_kept_is_a_step(text: str) -> None:
    assert "statement_of_intent" in _kinds(text), text


# (review17 item 11) a German contact neither agreed nor to come: no step
CONTACT_NOT_AGREED = [
    "Es sei schwierig geworden, mit Moskau Kontakt zu halten, sagte Selenskyj.",
    "Die Berater hätten in den vergangenen Monaten kaum Kontakt gehalten.",
]


@pytest.mark.parametrize("text", CONTACT_NOT_AGREED)
def test_contact_not_agreed_in_german_is_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text), text


def test_contact_that_was_kept_is_no_step() -> None:
    assert "statement_of_intent" not in _kinds(
        "The Kremlin said Moscow and Kyiv have stayed in contact throughout the year.")


# --- the kind model's statement on a wish, a hope or a will in the past only: dropped

WISHES = [
    "Zunächst wollte der Präsident die Feuerpause nicht annehmen, gab aber später nach.",
    "Der Minister sagte, man wolle keine Neuauflage der früheren Vereinbarungen.",
    "The president said he hoped to speak with his American counterpart shortly.",
    "The spokesman held out the prospect that the deal could one day be revived.",
]
STEPS_OF_THE_MODEL = [
    "Nach Angaben des Kremls will der Gesandte weiter mit den Amerikanern verhandeln.",
    "An aide confirmed that the delegation was preparing for the talks next week.",
    # ("wollten" is also the Konjunktiv of reported speech: the plan announced)
    "Der Sprecher sagte, beide Seiten wollten die Beratungen in Genf fortsetzen.",
]


@pytest.mark.parametrize(("text", "dropped"), [(t, True) for t in WISHES]
                         + [(t, False) for t in STEPS_OF_THE_MODEL])
def test_a_model_statement_on_a_wish_only_is_dropped(text: str, dropped: bool) -> None:
    from accord.news.events.passes import _no_steps
    from accord.news.extract import analyse
    from accord.news.facts import NewsEvent

    sents = analyse(text, PUB)[3]
    made = NewsEvent(start=0, end=len(text), kind="statement_of_intent")
    made.cue = "model p=0.95: fam:intent +3.05"
    assert (_no_steps([made], sents) == []) is dropped, text
    if dropped:
        # (a rule's statement is not asked: "wanted to meet next week" may announce the meeting)
        from accord.news.events.no_step import no_step

        by_rule = NewsEvent(start=0, end=len(text), kind="statement_of_intent")
        by_rule.cue = "rule: a step announced"
        assert _no_steps([by_rule], sents) == [by_rule] or no_step(text) is not None
