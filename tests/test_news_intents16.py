"""Statements of intent in sentences written for the sixteenth session (own wording, German and
English; expected kinds written down before running accord).

Corpus README: a `statement_of_intent` is an actor announcing a concrete next step (continuing
talks, preparing a meeting, forwarding proposals); praise, assessments and positions are not
coded. What a settlement or a deal would hold is its content, a position, not a step; an effort
or support said to go on is an aim; a step negated in its own frame is a refusal.
"""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-12"  # a Thursday


def _kinds(text: str) -> list[str]:
    return [e.kind for e in extract(text, "t", PUB).events]


# --- no step: the content of a deal or a settlement, an aim, a refusal

NO_STEP = [
    # what a deal holds, by its terms or the deal named
    "Under its terms, Kyiv would pull its troops out of the eastern region and cap the size of its army.",
    "According to the agreement, both sides pledged to refrain from strikes on ports.",
    "Laut dem Abkommen sollen beide Seiten ein gemeinsames Zentrum in Ankara einrichten.",
    "Gemäß der Vereinbarung werde Russland die Angriffe auf Häfen einstellen, hieß es.",
    # an offer tied to a condition
    "The Kremlin leader proposed a truce tied to the withdrawal of Ukrainian forces from four regions.",
    "Der Kremlchef schlug eine Feuerpause vor, die an einen Abzug der ukrainischen Truppen geknüpft wäre.",
    # the content of a settlement offered
    "Washington proposed a demilitarised economic zone in the east, the envoy said on Wednesday.",
    "Die USA schlagen eine entmilitarisierte Pufferzone im Osten vor.",
    "Der russische Außenminister schlug vor, dass fünf Staaten gemeinsam als Garantiemächte "
    "fungieren könnten.",
    "Moscow offered to stop its advance along the current front line, the paper reported.",
    # efforts or support said to go on
    "\"We will continue to make every possible effort to bring about a lasting peace,\" the Turkish foreign "
    "minister said.",
    "The Maltese minister said his government will continue to show its support for the peace efforts.",
    "Washington and Moscow will continue working toward a durable peace, the statement said.",
    "Die Türkei werde ihre Bemühungen um einen Frieden fortsetzen, sagte Erdogan.",
    "Berlin wolle sich weiterhin mit Nachdruck für eine diplomatische Lösung einsetzen, sagte der Kanzler.",
    # a step negated in its own frame
    "The Russian president would not send a delegation to the conference, the Kremlin said on Tuesday.",
]


@pytest.mark.parametrize("text", NO_STEP)
def test_no_statement_of_intent(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text)


# --- still steps: continuing talks, an offer of a concrete act, a next meeting proposed

STEPS = [
    "Russia will send a delegation to Istanbul next week, the Kremlin said.",
    "The White House said Washington will continue to facilitate negotiations between the two sides.",
    "Moskau werde die Gespräche mit Kiew fortsetzen, sagte Peskow am Dienstag.",
    "Russia offered to hand over the bodies of 6,000 soldiers, Medinsky said on Monday.",
    "Russland schlug vor, die nächste Runde in Istanbul abzuhalten.",
]


@pytest.mark.parametrize("text", STEPS)
def test_still_a_statement_of_intent(text: str) -> None:
    assert "statement_of_intent" in _kinds(text)


# --- a return to a deal said to come is told with the exit it undoes: one statement

RETURN_TOLD_WITH_EXIT = [
    "Moscow quits the grain corridor agreement. The Kremlin said on Monday that Russia was leaving "
    "the Black Sea grain agreement. The ships were waiting in the Bosphorus. \"When our part of the "
    "deal is fulfilled, Russia will immediately return to the agreement,\" the spokesman said.",
    "Russland steigt aus dem Getreideabkommen aus. Der Kreml teilte am Montag mit, Russland werde das "
    "Abkommen nicht verlängern. Die Frachter lagen im Bosporus fest. Sobald die Forderungen erfüllt "
    "seien, werde Russland die Umsetzung des Abkommens sofort wiederaufnehmen, sagte der Sprecher.",
]


@pytest.mark.parametrize("text", RETURN_TOLD_WITH_EXIT)
def test_a_return_to_the_deal_is_the_exit_told_again(text: str) -> None:
    events = [e for e in extract(text, "t", PUB).events if e.kind == "statement_of_intent"]
    assert len(events) == 1
    assert len(events[0].evidence) >= 2  # (read from the exit and from the return)


def test_talks_resumed_are_a_step_of_their_own() -> None:
    text = ("Russia said on Monday it would not extend the grain deal. Separately, Russia will resume "
            "the talks on the prisoner exchange next week, the Kremlin said.")
    assert _kinds(text).count("statement_of_intent") == 2


# --- a next round, talks or an exchange said to come with no day of their own: a statement

NEXT_STEP_TO_COME = [
    "The envoy said he hoped the next round of talks between the delegations would take place within "
    "two weeks.",
    "Die nächste Runde der Gespräche zwischen den Sicherheitsberatern der beteiligten Staaten wird zu "
    "einem späteren Zeitpunkt stattfinden.",
    "Nach seinen Worten sei ein neues Treffen der Unterhändler bereits vereinbart.",
    "In den nächsten Tagen sollten die Beratungen der Delegationen stattfinden, schrieb der Minister.",
    "Die Gespräche sollen bald stattfinden, sagte ein Sprecher des Außenministeriums.",
    "Negotiations on a maritime truce will start shortly in Riyadh, the State Department said.",
    "The Ukrainian president said Kyiv expects a prisoner exchange with Russia in the coming days.",
    "Selenskyj rechnet mit einem baldigen Austausch von Gefangenen.",
    "A further swap of prisoners is being prepared, the Ukrainian ombudsman said.",
    "Nach Angaben der ukrainischen Ministerin soll es demnächst zu einem weiteren Austausch kommen.",
]


@pytest.mark.parametrize("text", NEXT_STEP_TO_COME)
def test_a_step_to_come_with_no_day_is_a_statement(text: str) -> None:
    assert "statement_of_intent" in _kinds(text)


NOTHING_TO_COME = [
    "Without a ceasefire, no talks will begin, Kyiv said.",
    "Eine weitere Verhandlungsrunde werde nicht stattfinden, solange die Zusagen nicht erfüllt seien, "
    "hieß es aus Moskau.",
    "Kyiv does not expect a prisoner exchange soon, the ombudsman said.",
    "It was unclear whether a prisoner exchange will take place.",
]


@pytest.mark.parametrize("text", NOTHING_TO_COME)
def test_no_step_to_come(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text)


# --- the present tense and a long list between the offer and its content

PRESENT_TENSE_POSITIONS = [
    "Der Kremlchef schlägt eine Feuerpause im Osten vor, die an einen Rückzug der ukrainischen Armee "
    "aus vier Regionen gekoppelt wäre.",
    "Die russische Regierung schlägt vor, dass mehrere Mitglieder des Sicherheitsrats – etwa "
    "Frankreich, China und die USA – zusammen mit weiteren Ländern als Garantiemächte dienen.",
]


@pytest.mark.parametrize("text", PRESENT_TENSE_POSITIONS)
def test_a_position_offered_in_the_present_is_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text)


def test_an_offer_of_pauses_on_the_front_line_stays_a_step() -> None:
    text = ("Moscow also offered Kyiv to hand over 2,000 more bodies of soldiers and to agree on short "
            "humanitarian pauses on the front line to recover the wounded, the negotiator said.")
    assert "statement_of_intent" in _kinds(text)


def test_a_next_round_proposed_in_the_present_stays_a_step() -> None:
    assert "statement_of_intent" in _kinds("Russland schlägt vor, die nächste Verhandlungsrunde in Istanbul "
                                           "abzuhalten.")


# --- review16 item 9: talks negated before their noun, and an exchange that is no exchange of
# prisoners (of territory, a frank exchange of views with someone), announce no step

NOT_A_STEP_REVIEW16 = [
    "No new talks will take place until Russia stops its attacks, Zelensky said.",
    "Keine neuen Gespräche werden stattfinden, solange die Angriffe weitergehen, sagte Selenskyj.",
    "Moscow expects an exchange of territory as part of any settlement.",
    "Lawrow erwartet einen offenen Austausch mit Rubio über die Lage in der Ukraine.",
]


@pytest.mark.parametrize("text", NOT_A_STEP_REVIEW16)
def test_negated_talks_and_other_exchanges_are_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text)


# an exchange of prisoners named after the bare word, or told elsewhere in the sentence, stays one
@pytest.mark.parametrize("text", [
    "Moscow expects an exchange of prisoners with Kyiv soon.",
    "Kyiv expects a swap with Russia in the coming days, the ombudsman said of the captives.",
])
def test_an_exchange_of_prisoners_to_come_stays_a_step(text: str) -> None:
    assert "statement_of_intent" in _kinds(text)


# --- review16 item 10: an offer's content with the talks it is for named announces the talks

@pytest.mark.parametrize("text", [
    "Kyiv will present its proposals for a buffer zone at the next round of talks in Geneva on Monday.",
    "Russland schlug vor, die Gespräche über eine entmilitarisierte Zone am Montag in Istanbul "
    "fortzusetzen.",
])
def test_talks_on_a_zone_proposed_are_a_step(text: str) -> None:
    assert "statement_of_intent" in _kinds(text)


def test_a_zone_proposed_at_past_talks_is_no_step() -> None:
    assert "statement_of_intent" not in _kinds(
        "At the talks in Geneva on Tuesday, Washington proposed a demilitarised zone in the east.")
