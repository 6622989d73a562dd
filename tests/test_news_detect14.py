"""Event recall in sentences written for the fourteenth session (own wording, German and English,
wire and headline style; expected kinds written down before running accord).

Corpus README: a `statement_of_intent` is an actor announcing a concrete next step (continuing
talks, preparing a meeting); a `round` is a meeting or contact between delegations or negotiators;
a `summit` an in-person meeting of heads of state or government.
"""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-12"  # a Thursday


def _kinds(text: str) -> list[str]:
    return [e.kind for e in extract(text, "t", PUB).events]


# --- readiness for a meeting, in more words than "ready for talks": a statement of intent

READY_FOR_A_MEETING = [
    "Kyiv stands ready for the next round of talks in Geneva, its foreign minister said on Thursday.",
    "The chief of staff said Kyiv was ready to take part in a second round of negotiations in Turkey.",
    "The foreign minister expressed willingness to meet his counterpart again in the same format.",
    "The Kremlin signalled readiness to continue the negotiations with the Ukrainian side.",
    "Die Ukraine sei bereit zu einer weiteren Verhandlungsrunde, sagte der Außenminister am Donnerstag.",
    "Der Kreml erklärte, Russland sei zu weiteren direkten Gesprächen mit der Ukraine bereit.",
    "Der belarussische Präsident ist bereit, die Bedingungen für ein Treffen der beiden Delegationen "
    "zu schaffen.",
    "Belarus möchte sich an den Gesprächen zwischen Moskau und Kiew beteiligen.",
    "Der Kremlsprecher bekräftigte die Bereitschaft Moskaus zu einem Treffen mit dem ukrainischen "
    "Präsidenten.",
]


@pytest.mark.parametrize("text", READY_FOR_A_MEETING)
def test_readiness_for_a_meeting_is_a_statement_of_intent(text: str) -> None:
    assert _kinds(text) == ["statement_of_intent"], text


NOT_READY_FOR_A_MEETING = [
    # readiness to concede, with the talks only as where
    "Russia is ready to make concessions in the talks, the Russian foreign minister said.",
    "Moskau sei zu Zugeständnissen bei den Verhandlungen bereit, sagte der Kremlsprecher.",
    # negated, said repeatedly, offered for a condition, the outcome of a condition
    "Russland sei nicht zu neuen Verhandlungen bereit, sagte der Kremlsprecher.",
    "Kyiv is not ready for another round of talks, the Ukrainian president said.",
    "Putin has repeatedly said Russia is ready for talks with Ukraine.",
    "Kyiv is ready to meet the Russian delegation only if Moscow withdraws its troops.",
    "Die Ukraine sei zu Gesprächen bereit, sofern Russland seine Truppen abzieht.",
    "If Moscow accepts the formula, it will signal its readiness to negotiate, the adviser said.",
]


@pytest.mark.parametrize("text", NOT_READY_FOR_A_MEETING)
def test_no_statement_of_readiness_for_a_meeting(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text), text


# --- a meeting told in the present tense, as headlines tell it: a round (a summit when two heads
# of state or government meet); German also in the body, where the English present is often a plan

PRESENT_MEETINGS = [
    ("Russian and Ukrainian delegations meet in Istanbul for a second round of talks", "round"),
    ("Negotiators of Kyiv and Moscow meet in Geneva as pressure for a truce grows", "round"),
    ("Russia, US hold talks in Riyadh on a Black Sea ceasefire", "round"),
    ("US and Ukrainian officials open talks in Jeddah", "round"),
    ("Talks between Russia and Ukraine resume in Geneva", "round"),
    ("Zelensky meets Trump at the White House", "summit"),
    ("Russland und die Ukraine verhandeln in Istanbul.", "round"),
    ("Die Delegationen aus Kiew und Moskau treffen sich in Istanbul.", "round"),
    ("Russland und die USA beraten in Riad über eine Waffenruhe im Schwarzen Meer.", "round"),
    ("In Genf beginnen die Gespräche zwischen Russland und der Ukraine.", "round"),
    ("Selenskyj trifft Trump im Weißen Haus.", "summit"),
]


@pytest.mark.parametrize("text, kind", PRESENT_MEETINGS)
def test_a_meeting_in_the_present_is_a_round(text: str, kind: str) -> None:
    assert kind in _kinds(text), text



NOT_PRESENT_MEETINGS = [
    "Trump said he wants to meet Putin in Budapest.",
    "If the two sides meet in Geneva, a ceasefire could follow.",
    "The negotiators of both sides meet regularly in Minsk.",
    "Kyiv does not meet the conditions set by Moscow for a ceasefire.",
    "Talks could resume in Istanbul, the Kremlin spokesman said.",
    "Ukraine hopes talks with Russia resume soon.",
    "Russland will mit der Ukraine in Istanbul verhandeln.",
    "Die Delegationen treffen sich nicht in Istanbul, sagte der Kremlsprecher.",
    "Die Außenminister der Ukraine und Polens treffen sich regelmäßig in Warschau.",
    "Ob Russland und die Ukraine in Istanbul verhandeln, ist offen.",
    "It may be next week that we hold talks with both presidents in Ankara, the minister said.",
    "Gefangene sind das letzte Thema, über das Moskau und Kiew noch miteinander verhandeln.",
    "Washington, Kiew und Moskau verhandeln über eine Waffenruhe.",
]


@pytest.mark.parametrize("text", NOT_PRESENT_MEETINGS)
def test_no_round_from_a_present_that_is_no_meeting(text: str) -> None:
    kinds = _kinds(text)
    assert "round" not in kinds and "summit" not in kinds, text


# --- a truce announced in German in more words (convention 4: a statement of intent)

@pytest.mark.parametrize("text", [
    "Der Präsident Russlands hat zum orthodoxen Osterfest eine 36-stündige Feuerpause angekündigt.",
    "Der Kremlchef kündigte am Samstag eine einseitige Waffenruhe über die Osterfeiertage an.",
    "Die vom Kremlchef am Samstag ausgerufene Osterwaffenruhe dauerte insgesamt 30 Stunden.",
])
def test_a_truce_announced_is_a_statement_of_intent(text: str) -> None:
    assert "statement_of_intent" in _kinds(text), text


@pytest.mark.parametrize("text", [
    "Selenskyj kündigte an, eine Waffenruhe nur zu akzeptieren, wenn Russland sich zurückzieht.",
    "Russland hat eine Waffenruhe angekündigt, sobald Kiew seine Truppen aus den Gebieten abzieht.",
])
def test_no_truce_announced_for_a_condition_or_as_what_is_accepted(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text), text


# --- delegates or leaders arrived for talks: the talks are held there

@pytest.mark.parametrize("text", [
    "Delegations from Moscow and Kyiv have arrived in Istanbul for their first direct talks in weeks.",
    "The Ukrainian negotiators landed in Riyadh on Sunday for talks with the US delegation.",
    "Die ukrainische Delegation ist am Montag zu Verhandlungen mit Russland in Istanbul eingetroffen.",
    "Die russischen Unterhändler sind zu den Gesprächen in Genf angereist.",
])
def test_arrived_for_talks_is_a_round(text: str) -> None:
    assert "round" in _kinds(text), text


@pytest.mark.parametrize("text", [
    "The Ukrainian delegation will arrive in Istanbul for talks with Russia on Monday.",
    "Die Delegation soll am Montag zu Verhandlungen in Istanbul eintreffen.",
])
def test_to_arrive_for_talks_is_no_round_held(text: str) -> None:
    events = extract(text, "t", PUB).events
    held = [e for e in events if e.kind in ("round", "summit") and e.outcome != "planned"]
    assert not held, text


# (review 14) an arrival not yet made, and a present "meet" of people who are no counterpart at talks
@pytest.mark.parametrize("text", [
    "Die russische Delegation ist noch nicht zu den Verhandlungen in Istanbul eingetroffen.",
    "The Russian delegation has not yet arrived in Istanbul for the talks.",
    "Ukrainian refugees meet in Berlin to mark independence day",
    "Zelensky meets soldiers near Pokrovsk",
    "EU leaders meet in Brussels to discuss the budget",
    "Selenskyj trifft Soldaten nahe Pokrowsk",
])
def test_no_arrival_or_no_counterpart_is_no_round(text: str) -> None:
    events = extract(text, "t", PUB).events
    held = [e for e in events if e.kind in ("round", "summit") and e.outcome != "planned"]
    assert not held, text


@pytest.mark.parametrize("text", [
    "Delegations meet in Istanbul",
    "Zelensky meets Trump at the White House",
    "Russia and Ukraine meet in Istanbul",
    "Selenskyj trifft Trump im Weißen Haus",
])
def test_present_meeting_of_counterparts_is_held(text: str) -> None:
    assert {"round", "summit"} & set(_kinds(text)), text


# --- summits: two heads joined over a longer phrase, the leaders' coalition, German words for leaders

@pytest.mark.parametrize("text", [
    "Nach Angaben der Agentur traf sich der russische Staatschef Wladimir Putin am Montag in Sotschi mit "
    "dem ungarischen Regierungschef Viktor Orbán.",
    "Leaders of the Coalition of the Willing met in Paris on Tuesday to discuss guarantees for Kyiv.",
    "Die Koalition der Willigen berät in Paris über Sicherheitsgarantien für die Ukraine.",
    "Dreißig westliche Leaders trafen sich am Dienstag in Paris.",
    "In Paris haben am Donnerstag EU-Spitzenpolitiker und der ukrainische Präsident über Garantien beraten.",
])
def test_a_meeting_of_leaders_is_a_summit(text: str) -> None:
    assert "summit" in _kinds(text), text


def test_a_video_call_of_the_coalition_is_no_summit() -> None:
    text = "Die Koalition der Willigen beriet am Dienstag in einer Videoschalte über Sicherheitsgarantien."
    assert "summit" not in _kinds(text)


# --- a document, list or memorandum handed over or provided (a statement of intent: exchanging
# memoranda, forwarding proposals)

@pytest.mark.parametrize("text", [
    "Only at today's meeting did the Russian delegation hand over their document to our side, Umerov said.",
    "At the talks in Istanbul, Ukraine handed over to the Russian side a list of children to be returned.",
    'Moscow has provided Ukraine with a "peace memorandum" listing its conditions for a truce.',
    "Die ukrainische Delegation übergab der russischen Seite in Istanbul eine Liste mit Namen von Kindern.",
])
def test_a_document_handed_over_is_a_statement_of_intent(text: str) -> None:
    assert "statement_of_intent" in _kinds(text), text


def test_a_plan_handed_to_journalists_is_no_step() -> None:
    assert "statement_of_intent" not in _kinds(
        "The plan was handed over to journalists by a source in the administration.")


def test_a_truce_told_in_the_lead_and_again_in_the_body_is_one_statement() -> None:
    text = ("Vor dem Fest hat der Kreml eine 36-stündige Feuerpause angekündigt, die am Freitag "
            "beginnen soll.\n\nDer russische Präsident hat zum Fest eine Feuerpause "
            "von 36 Stunden in der Ukraine angekündigt. Sie soll am Freitagmittag beginnen.")
    steps = [e for e in extract(text, "t", PUB).events if e.kind == "statement_of_intent"]
    assert len(steps) == 1 and len(steps[0].evidence) == 2


# --- calls in more words: a telephone conversation, "im Telefonat"


@pytest.mark.parametrize("text", [
    "The day before, the Turkish president had a telephone conversation with Putin.",
    "The deal was finalised after a telephone conversation between Putin and Trump.",
    "Im ersten Telefonat seit zwei Jahren hat Scholz Putin zu Verhandlungen aufgefordert.",
    "Beim Telefonat am Dienstag sprachen Erdogan und Putin über das Getreideabkommen.",
])
def test_a_call_in_more_words_is_a_round(text: str) -> None:
    assert "round" in _kinds(text), text


def test_a_call_only_possible_is_no_round() -> None:
    assert "round" not in _kinds("Trump may have a telephone conversation with Putin next week.")


# (review 14) a truce announcement negated or set in a condition, a halt promised in exchange: no step
@pytest.mark.parametrize("text", [
    "Eine Waffenruhe ist bisher nicht angekündigt worden, sagte Peskow.",
    "Eine Waffenruhe über Ostern habe Moskau bisher nicht angekündigt, sagte Peskow am Freitag.",
    "Putin hat eine Waffenruhe über Ostern nur für den Fall angekündigt, dass Kiew zustimmt.",
    "Russia promised in exchange for the lifting of sanctions to halt strikes on energy facilities.",
])
def test_truce_not_announced_or_on_condition_is_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text), text


@pytest.mark.parametrize("text", [
    "Putin hat eine Waffenruhe über Ostern angekündigt.",
    "Russland kündigte am Samstag eine Waffenruhe über Ostern an.",
    "Russia promised at the talks on Tuesday to halt strikes on energy facilities.",
])
def test_truce_announced_is_a_step(text: str) -> None:
    assert "statement_of_intent" in _kinds(text), text


# (review 14) readiness: "once again" is no condition, "not only ready" no negation; an act against
# the talks ("ready for a new offensive should the talks fail", "bereit zum Abbruch") is no readiness
@pytest.mark.parametrize("text", [
    "Ukraine is ready to hold talks in Istanbul once again, Zelensky said on Friday.",
    "Zelensky said on Friday that Ukraine is not only ready for talks in Istanbul but also ready to meet "
    "Putin in person.",
])
def test_readiness_once_again_or_not_only_is_a_step(text: str) -> None:
    assert "statement_of_intent" in _kinds(text), text


@pytest.mark.parametrize("text", [
    "Russian forces are ready for a new offensive should the talks in Istanbul fail, Peskov said on Friday.",
    "Peskow sagte am Freitag, Russland sei bereit zum Abbruch der Verhandlungen in Istanbul.",
    "Ukraine is ready for talks in Istanbul once Russia withdraws, Zelensky said.",
    "Ukraine is not ready for talks in Istanbul, Zelensky said.",
])
def test_readiness_against_or_on_condition_or_negated_is_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text), text


# (review 14) two truces of one side in one article, each with its own scope or occasion, are two
# steps; the same truce told again is one
def test_two_truces_of_one_side_are_two_steps() -> None:
    text = ("Russland hat eine Waffenruhe für Energieanlagen verkündet. Drei Tage später verkündete Moskau "
            "auch eine Feuerpause über Ostern.")
    assert _kinds(text).count("statement_of_intent") == 2, text


def test_one_truce_told_again_is_one_step() -> None:
    text = ("Russland hat eine Waffenruhe über Ostern verkündet. Putin ordnete am Samstag eine Feuerpause "
            "über Ostern an.")
    assert _kinds(text).count("statement_of_intent") == 1, text
