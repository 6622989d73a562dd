"""Statements of intent and pledges by their structure: an actor, a step verb (examining,
handing over, preparing, continuing, suspending, informing) and a frame that puts the step ahead
or makes it decided, ordered or under way; a deal suspended or threatened; talks paused to a named
time; resources announced, offered with readiness or signed for. And what is none: an aim, an
open question, praise, a notice of details, a past pause, a noun that looks like a verb. Every
sentence here is written for these tests, in German and English."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-11"  # a Wednesday


def _kinds(text: str) -> list[tuple[str, str | None, str]]:
    return [(e.kind, e.date_start, e.cue) for e in extract(text, "t", PUB).events]


@pytest.mark.parametrize("text", [
    # decided, instructed (zu-infinitive, to-infinitive)
    "Die russische Seite habe beschlossen, den Entwurf zu prüfen.",
    "Kyiv has decided to study the draft closely.",
    "Der Präsident wies seine Minister an, ein Treffen mit der Türkei vorzubereiten.",
    "The prime minister tasked his foreign minister to arrange a call with Ankara.",
    # future and Konjunktiv of reported speech, also passive and verb-final
    "Die Anträge würden nun geprüft.",
    "The requests will now be reviewed by both delegations.",
    "Der Kreml erklärte, dass Moskau die Gespräche fortsetzen werde.",
    "The Russian and Ukrainian teams will hold talks by video every day.",
    # under way
    "Kiew prüft den neuen Vorschlag aus Washington.",
    "We are preparing a response to the plan, the Ukrainian foreign ministry said.",
    # a paper handed over or forwarded
    "Die Ukraine übergab ihre Gegenvorschläge an die Vermittler.",
    "Moscow forwarded its written reply to the mediators.",
    # a deal suspended, left or threatened (convention 4)
    "Moskau setzte das Getreideabkommen vorerst aus.",
    "Russia suspended its participation in the grain deal.",
    "Russland drohte mit dem Ausstieg aus dem Abkommen.",
    "Moscow threatened to quit the agreement.",
    "„Hält Kiew die Feuerpause nicht ein, wird Russland sie auch nicht einhalten“, drohte der Sprecher.",
    # an impersonal decision, a step judged appropriate, a step expected of a side
    "It was decided to start consultations on the text next month, the communiqué said.",
    "Es wurde beschlossen, eine gemeinsame Arbeitsgruppe einzurichten.",
    "We consider it necessary to resume the dialogue with Kyiv, the Russian envoy said.",
    "Wir halten es für angebracht, die Verhandlungen fortzusetzen, sagte der russische Unterhändler.",
    "Moscow said Washington is expected to reach out soon about the draft.",
])
def test_a_step_announced_by_its_structure(text: str) -> None:
    kinds = _kinds(text)
    assert [k for k, _, _ in kinds] == ["statement_of_intent"], kinds


@pytest.mark.parametrize("text", [
    "Die Gespräche zwischen Kiew und Moskau wurden bis Donnerstag unterbrochen.",
    "The negotiations between Kyiv and Moscow are paused until Friday.",
])
def test_talks_paused_to_a_day_are_an_intent_of_the_day_told(text: str) -> None:
    kinds = _kinds(text)
    # the day named is when the pause ends; the announcement is the article's day
    assert [(k, d) for k, d, _ in kinds] == [("statement_of_intent", PUB)], kinds


@pytest.mark.parametrize("text", [
    "Die Regierung in Kiew will den Krieg beenden.",
    "Es blieb offen, ob Moskau die Gespräche fortsetzen werde.",
    "The talks with Russia went well, the Ukrainian minister said.",
    "Russia said details of the talks will be published later.",
    "The talks between Russia and Ukraine were paused in March.",
    "Man wolle nach dem Treffen mit Russland eine Antwort haben.",
    "Ukraine refused to withdraw from Donbas, the president said.",
    "Der Minister sagte, dass Russland seine Angriffe fortsetzen werde.",
    "Moscow will continue its offensive in the east, the general said.",
    "Kiew meint, dass die Gespräche fortgesetzt werden sollten.",
    # an achievement announced, conditions to be created: nothing still to come
    "\"We were able to bring home 40 civilians,\" the Ukrainian ombudsman announced on Monday.",
    "Der Anlass sei ein Wunsch Washingtons gewesen, um gute Bedingungen für Gespräche zu schaffen, "
    "erklärte der Kremlsprecher.",
])
def test_no_step_announced(text: str) -> None:
    kinds = _kinds(text)
    assert "statement_of_intent" not in [k for k, _, _ in kinds], kinds


def test_a_dated_future_meeting_stays_a_planned_round() -> None:
    text = "Die Delegationen Russlands und der Ukraine werden die Gespräche am Freitag in Genf fortsetzen."
    assert [(k, d) for k, d, _ in _kinds(text)] == [("round", "2026-03-13")]


def test_a_step_told_again_is_one_step() -> None:
    text = ("Russland droht mit dem Ausstieg aus dem Abkommen. Moskau droht mit dem Aus des Abkommens. "
            "Der Kreml nannte keine Frist.")
    events = extract(text, "t", PUB).events
    assert [e.kind for e in events] == ["statement_of_intent"], events
    assert events[0].last_end > text.index("Moskau"), events


@pytest.mark.parametrize("text", [
    "Deutschland kündigte neue Lieferungen von Luftabwehrsystemen an.",
    "Frankreich zeigte Bereitschaft zur Unterstützung mit Truppen.",
    "Britain announced a new aid package for Kyiv.",
    "Polen und Frankreich unterzeichneten eine Erklärung über die Entsendung von Ausbildern.",
    "Britain and France signed a declaration on deploying instructors to Ukraine.",
])
def test_resources_announced_readied_or_signed_for_are_a_pledge(text: str) -> None:
    kinds = _kinds(text)
    assert [k for k, _, _ in kinds] == ["pledge"], kinds


@pytest.mark.parametrize("text", [
    "Deutschland zeigte Bereitschaft zu Gesprächen mit Moskau.",
    "Deutschland kündigte an, die Gespräche mit Moskau fortzusetzen.",
])
def test_readiness_or_announcement_without_resources_is_no_pledge(text: str) -> None:
    assert "pledge" not in [k for k, _, _ in _kinds(text)]
