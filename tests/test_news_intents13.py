"""Statements of intent in sentences written for the thirteenth session (own wording, German and
English, wire style; expected kinds written down before running accord).

Corpus README: a `statement_of_intent` is an actor announcing a concrete next step (continuing
talks, preparing a meeting, forwarding proposals); convention 4: unilateral truce announcements
or orders, leaving or not extending a deal, exchanging memoranda are statements of intent, never
claims. A `round` with outcome `planned` is a future round; the annotated reports code a next
meeting announced with no day of its own ("soon", "in the near future", "another meeting") as a
statement of intent dated by the day of the statement, and a meeting still to come with its own
day as a planned round. A statement of intent is dated by the day it was made, not by the day of
the step it announces.
"""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-12"  # a Thursday


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.kind, e.date_start, e.outcome) for e in extract(text, "t", PUB).events]


def _kinds(text: str) -> list[str]:
    return [e.kind for e in extract(text, "t", PUB).events]


# --- a next meeting announced with no day of its own: a statement of intent of the statement's day

NEXT_MEETING_NO_DAY = [
    "The Ukrainian president confirmed on Thursday that another meeting of the two negotiating "
    "teams would be held in the near future.",
    "A further round of talks between the delegations will take place soon, the Kremlin said on Thursday.",
    "Die nächste Verhandlungsrunde der Delegationen soll in Kürze stattfinden, teilte der Kreml am "
    "Donnerstag mit.",
    "Der ukrainische Präsident bestätigte am Donnerstag, dass ein weiteres Treffen der Unterhändler "
    "bald stattfinden werde.",
]


@pytest.mark.parametrize("text", NEXT_MEETING_NO_DAY)
def test_a_next_meeting_with_no_day_is_a_statement_of_the_day(text: str) -> None:
    assert ("statement_of_intent", PUB, None) in _events(text)
    assert "round" not in _kinds(text)


@pytest.mark.parametrize("text, day", [
    # the meeting's own day named besides the statement's: a planned round on that day
    ("The Ukrainian president said on Thursday that the delegations would meet again in Geneva on "
     "Saturday.", "2026-03-14"),
    ("Die Delegationen sollen sich am Montag erneut in Genf treffen, teilte das Präsidialamt am "
     "Donnerstag mit.", "2026-03-16"),
])
def test_a_next_meeting_with_its_own_day_stays_a_planned_round(text: str, day: str) -> None:
    assert ("round", day, "planned") in _events(text)


@pytest.mark.parametrize("text", [
    # a place of its own, the only day the statement's: a planned round with no day
    "The next session of the talks will again be held in Doha, the foreign ministry in Ankara said on "
    "Thursday.",
    "Das nächste Treffen der Unterhändler soll erneut in Riad stattfinden, teilte der Kreml am "
    "Donnerstag mit.",
])
def test_a_placed_next_meeting_stays_a_round_without_the_statements_day(text: str) -> None:
    assert ("round", None, "planned") in _events(text)


@pytest.mark.parametrize("text", [
    # talks under way, a plan negated, a meeting held: no statement of intent
    "Die Gespräche in Wien sind auf drei Tage angesetzt.",
    "A meeting of the two presidents is not planned at the moment, the Kremlin aide said.",
    "Das Treffen in der Hauptstadt dauerte gut vier Stunden; im Mittelpunkt sollten die Grenzfragen stehen.",
])
def test_no_next_meeting_announced(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text)


# --- a statement of intent is dated by the day it was made, not by the day of its step

@pytest.mark.parametrize("text", [
    "Kyiv proposed to Moscow to hold a meeting of the two presidents between April 10 and April 20.",
    "Die Ukraine schlug Russland vor, vom 10. bis zum 20. April ein Treffen der Präsidenten abzuhalten.",
    "The Russian side promised to hand over the lists of prisoners on March 20.",
])
def test_a_statement_of_intent_takes_the_day_it_was_made(text: str) -> None:
    events = _events(text)
    assert [e for e in events if e[0] == "statement_of_intent"] == [("statement_of_intent", PUB, None)]


# --- a next meeting or talks announced by their noun, proposed, or agreed on

@pytest.mark.parametrize("text", [
    "Der russische Chefunterhändler kündigte eine weitere Gesprächsrunde in den nächsten Wochen an.",
    "Die Präsidialverwaltung in Kiew kündigte die nächste Verhandlungsrunde mit Moskau an.",
    "The head of the Ukrainian delegation announced another meeting with the Russian side before long.",
    "The Kremlin announced the next round of talks with the Ukrainian delegation.",
    "\"We have suggested to the Ukrainians to hold a further meeting before the summer,\" the Russian "
    "negotiator said.",
    "The new talks follow an offer by Kyiv last week to resume direct negotiations with Moscow.",
    "The Saudi foreign minister said the two delegations had reached an agreement in principle to meet "
    "again.",
    "Die beiden Delegationen erzielten nach Angaben der Vermittler eine Einigung, sich erneut zu treffen.",
    "Die Ukraine schlug der russischen Seite vor, im Frühjahr ein Treffen der Außenminister abzuhalten.",
    "\"The negotiators agreed to report back to their governments and to continue the talks next month,\" "
    "the mediator said.",
])
def test_a_next_meeting_announced_proposed_or_agreed_is_a_statement_of_intent(text: str) -> None:
    assert _kinds(text) == ["statement_of_intent"]


@pytest.mark.parametrize("text", [
    # proposals named at talks, a hope for an agreement: no meeting proposed or agreed
    "Ukraine's written proposals at the Vienna talks were the most detailed so far.",
    "Diplomats said they hoped the gathering would end in an agreement to hold a leaders' summit later "
    "this year.",
])
def test_no_next_meeting_proposed(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text)


# --- talks said to go on, or planned in reported speech, with no agent named

@pytest.mark.parametrize("text", [
    "Die Gespräche würden fortgesetzt, in den kommenden Wochen erwarte man Ergebnisse.",
    "Die Verhandlungen über den Hafen sollen weitergehen.",
    "Die vierte Runde der Verhandlungen soll bald stattfinden, teilte der Kreml mit.",
    "Es seien zudem Gespräche über einen Austausch von Gefangenen geplant.",
    "Talks on the power plant would continue, the statement said.",
    "The discussions will go on in the coming weeks, with more progress expected.",
])
def test_talks_said_to_go_on_are_a_statement_of_intent(text: str) -> None:
    assert _kinds(text) == ["statement_of_intent"]


@pytest.mark.parametrize("text", [
    "A Kremlin aide said another phone call between the two presidents is expected soon.",
    "Ein weiteres Telefonat der beiden Präsidenten wird in Kürze erwartet, sagte der Sprecher.",
])
def test_a_next_contact_expected_soon_is_a_statement_of_intent(text: str) -> None:
    assert _kinds(text) == ["statement_of_intent"]


@pytest.mark.parametrize("text", [
    "It is unclear whether the talks will continue after the holiday.",
    "Die Verhandlungen könnten im Frühjahr fortgesetzt werden.",
])
def test_talks_only_possibly_going_on_are_none(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text)


# --- convention 4: leaving or not extending a deal, in more words

@pytest.mark.parametrize("text", [
    "Russland tritt aus dem Getreideabkommen zurück, erklärte der Kremlsprecher.",
    "Moskau trat am Montag aus dem Abkommen über die Energiepause aus.",
    "Moskau droht damit, das Abkommen über die Energiepause aufzukündigen.",
    "Russland habe die Vereinten Nationen heute über seinen Einspruch gegen eine Verlängerung des Abkommens "
    "unterrichtet.",
    "Das Außenministerium in Moskau erklärte, es sehe keinen Grund, das Getreideabkommen fortzusetzen.",
    "The Russian foreign ministry said it saw no reason to extend the grain deal.",
    "Russia formally objected to the extension of the grain agreement, the ministry said.",
    "Moscow told the UN that it would not renew the shipping deal.",
    "Das Außenministerium in Moskau erklärte, es sehe keinen Grund, die Schwarzmeer-Hafeninitiative "
    "weiterzuführen.",
])
def test_a_deal_left_or_not_extended_is_a_statement_of_intent(text: str) -> None:
    assert _kinds(text) == ["statement_of_intent"]


@pytest.mark.parametrize("text", [
    "Moscow has repeatedly threatened to walk away from the shipping deal.",
    "Moskau hatte immer wieder mit dem Ausstieg aus dem Abkommen gedroht.",
])
def test_a_threat_made_again_and_again_is_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text)


def test_two_speakers_of_one_side_make_two_steps() -> None:
    text = ("Kremlsprecher Dmitri Peskow erklärte, Russland trete aus dem Getreideabkommen aus. "
            "Die Sprecherin des Außenministeriums, Maria Sacharowa, sagte, Russland habe die Vereinten "
            "Nationen heute über seinen Einspruch gegen eine Verlängerung des Abkommens unterrichtet.")
    assert _kinds(text) == ["statement_of_intent", "statement_of_intent"]


# --- convention 4: a side's own halt or cut of military action announced

@pytest.mark.parametrize("text", [
    "\"To build trust and create the conditions for further talks, it was decided to sharply reduce military "
    "activity near Kharkiv,\" the Russian deputy minister told reporters.",
    "A Kremlin aide confirmed on Thursday that Moscow would refrain from attacking Odesa until Monday.",
    "Russia will halt its strikes on the port for three days, the Kremlin said.",
    "Das russische Verteidigungsministerium erklärte, die Angriffe auf Odessa würden während der Gespräche "
    "ausgesetzt.",
    "Der Kreml bestätigte, Russland werde bis Sonntag auf Angriffe gegen Kiew verzichten.",
    "Moskau habe beschlossen, die Kampfhandlungen bei Charkiw vorerst einzustellen.",
])
def test_a_halt_of_military_action_announced_is_a_statement_of_intent(text: str) -> None:
    assert _kinds(text) == ["statement_of_intent"]


@pytest.mark.parametrize("text", [
    # offered for a condition: a position; refused: none
    "Russia is ready to stop hostilities as soon as Ukraine withdraws its troops from the four regions, "
    "the Russian president said.",
    "Ukraine said it would not stop its attacks until Russia withdraws.",
])
def test_a_halt_only_on_a_condition_is_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text)


# --- offers, rejections, observers, past plans: no step announced

@pytest.mark.parametrize("text", [
    "Der russische Präsident bot an, die Kämpfe sofort einzustellen und Gespräche aufzunehmen, wenn Kiew "
    "seine Truppen abzieht.",
    "Die ukrainische Seite schlug vor, im Austausch für feste Garantien künftig neutral zu bleiben.",
    "Kyiv dismissed the proposal as absurd and as an offer to surrender.",
    "According to observers, Qatar is expected to brief Moscow on the outcome of the talks.",
    "Kiew und Moskau wollten Delegationen nach Doha entsenden, doch der Vorstoß in Kursk hat den Prozess "
    "unterbrochen.",
])
def test_offers_rejections_expectations_and_past_plans_are_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text)


def test_an_offer_handed_over_is_a_statement_of_intent() -> None:
    text = "Russland hat der Ukraine nach eigenen Angaben ein Angebot für Gespräche in Minsk überreicht."
    assert _kinds(text) == ["statement_of_intent"]


# --- a step announced by its noun

@pytest.mark.parametrize("text", [
    "Der Leiter der russischen Delegation kündigte eine Prüfung der ukrainischen Vorschläge an.",
    "Die Regierung in Kiew kündigte die Vorbereitung eines Treffens der Außenminister an.",
    "The Kremlin announced a review of the Ukrainian proposals on Thursday.",
])
def test_a_step_announced_by_its_noun_is_a_statement_of_intent(text: str) -> None:
    assert _kinds(text) == ["statement_of_intent"]


# --- a side's trip to the talks with no day of its own: its step, dated by the statement

@pytest.mark.parametrize("text", [
    "On Thursday, the Chinese foreign ministry said its envoy would visit Riyadh for the talks.",
    "The Chinese envoy will visit Riyadh for the talks, the ministry in Beijing said on Thursday.",
    "The Turkish envoy will travel to Doha for the talks, the foreign ministry in Ankara said on Thursday.",
])
def test_a_trip_to_the_talks_with_no_day_is_a_statement_of_the_day(text: str) -> None:
    assert _events(text) == [("statement_of_intent", PUB, None)]


# --- the reviewer's defects of session 13 (the first sentence of each list is the reviewer's own)

@pytest.mark.parametrize("text, day", [
    # a clause with its own verb after "said" tells the meeting's day, not the statement's
    ("Peskov said talks would resume Monday.", "2026-03-16"),
    ("Peskow sagte, die Gespräche würden am Montag in Genf fortgesetzt.", "2026-03-16"),
    ("The envoy said the delegations would meet again Saturday.", "2026-03-14"),
])
def test_a_meeting_day_after_said_is_the_meetings(text: str, day: str) -> None:
    assert ("round", day) in [(k, d) for k, d, _ in _events(text)]
    assert ("statement_of_intent", PUB, None) not in _events(text)


@pytest.mark.parametrize("text", [
    # "wollten" in reported speech announces the plan; "aber" alone is no failure
    "Peskow sagte, beide Seiten wollten die Gespräche in Istanbul fortsetzen, aber einen Termin gebe es "
    "noch nicht.",
    "The Kremlin said both sides planned to continue the talks in Istanbul, but no date had been set.",
])
def test_a_plan_in_reported_speech_is_a_statement_of_intent(text: str) -> None:
    assert "statement_of_intent" in _kinds(text)


@pytest.mark.parametrize("text", [
    "Beide Seiten hatten im Herbst eine weitere Runde in Doha abhalten wollen, aber daraus wurde nichts.",
    "The two delegations had planned to meet in Riyadh again, but the trip was called off.",
])
def test_a_past_plan_in_the_past_perfect_is_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text)


@pytest.mark.parametrize("text", [
    # the condition or the rejection lies in another clause than the offer
    "Russia offered to hold new talks with Ukraine in Istanbul, and Zelensky said he would attend if Putin "
    "came in person.",
    "Kyiv rejected the Russian proposal but offered new talks with Moscow next week.",
    "Moskau schlug neue Gespräche in Minsk vor, und Kiew erklärte, es werde teilnehmen, falls Washington "
    "vermittle.",
    "Kiew lehnte den russischen Vorschlag ab, bot aber neue Gespräche mit Moskau in der kommenden Woche an.",
])
def test_an_offer_in_its_own_clause_is_a_statement_of_intent(text: str) -> None:
    assert "statement_of_intent" in _kinds(text)


@pytest.mark.parametrize("text", [
    # the talks noun governed by a preposition is not what goes on
    "Ohne Verhandlungen werde der Krieg weitergehen, sagte Selenskyj.",
    "Nach den Gesprächen werden die Kämpfe weitergehen, warnte der General.",
    "Without negotiations the war will go on, the president said.",
])
def test_talks_not_the_subject_are_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text)


@pytest.mark.parametrize("text", [
    # a resignation after a deal failed leaves no deal
    "Nach dem Scheitern des Getreideabkommens trat der ukrainische Agrarminister am Montag zurück.",
    "Nach dem Ende der Vereinbarung über die Häfen tritt der Hafenchef von Odessa zurück.",
    "After the collapse of the grain deal, the Ukrainian farm minister resigned on Monday.",
])
def test_a_resignation_after_a_deal_is_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text)
