"""How German and English reporting tells each event kind, family by family: the verbs, nouns
and constructions of rounds, exchanges, postponements and polls, and the structural gates that
keep claims and statements of intent to what the annotation guide codes (a claim is attributed
to a side; a statement of intent announces a concrete step, not praise, a hope, a notice or a
mere possibility). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2025-05-20"  # a Tuesday


def _kinds(text: str) -> list[str]:
    return [e.kind for e in extract(text, "t", PUB).events]


# --- rounds: the verb families of sitting, holding and calling -------------------------------
@pytest.mark.parametrize("text", [
    "Die Delegationen beider Länder tagten am Montag in Istanbul.",
    "Am Sonntag tagten die Unterhändler in Genf bis in die Nacht.",
    "Die Gesandten hielten am Montag in Riad mehrstündige Beratungen ab.",
    "Russian and American envoys are holding talks in Riyadh on Monday.",
    "Zelensky had a phone call with the French president on Monday.",
    "The two negotiators held a video call on Friday.",
])
def test_rounds_told_by_sitting_holding_and_calls(text: str) -> None:
    assert "round" in _kinds(text)


def test_talks_to_be_held_are_a_planned_round() -> None:
    events = extract("The delegations will hold a new round of talks in Istanbul next week.",
                     "t", PUB).events
    assert [(e.kind, e.outcome) for e in events] == [("round", "planned")], events


# --- exchanges: getting people back, bringing them home ----------------------------------------
@pytest.mark.parametrize("text", [
    "Die Ukraine hat am Montag die Leichen von 500 gefallenen Soldaten zurückerhalten.",
    "Am Montag wurden 120 Zivilisten aus russischer Haft nach Hause gebracht.",
    "On Monday 120 Ukrainian soldiers were brought home from captivity.",
    "Moscow handed back 700 bodies of fallen soldiers to Kyiv on Monday.",
    "Ukraine received the bodies of 700 fallen soldiers on Monday.",
])
def test_exchanges_told_as_getting_people_back(text: str) -> None:
    assert "partial_agreement" in _kinds(text)


def test_an_exchange_still_to_come_is_not_carried_out() -> None:
    assert "partial_agreement" not in _kinds("Ukraine will receive the bodies if the talks go well.")


# --- postponements: moved, called off, put off; never when negated -----------------------------
@pytest.mark.parametrize("text", [
    "Die für Donnerstag angesetzte Gesprächsrunde in Genf wurde abgesagt.",
    "Die Verhandlungen in Riad wurden auf unbestimmte Zeit aufgeschoben.",
    "The talks in Geneva were called off on Monday.",
    "The meeting in Riyadh was put off until next week.",
    "The next round of negotiations has been deferred, officials in Kyiv said.",
])
def test_postponements_and_calls_off(text: str) -> None:
    kinds = _kinds(text)
    assert "postponement" in kinds and "round" not in kinds, kinds


@pytest.mark.parametrize("text", [
    "Die Gespräche in Genf werden nicht verschoben, sagte ein Sprecher.",
    "The talks in Geneva will not be postponed, a spokesman said.",
])
def test_a_negated_postponement_is_none(text: str) -> None:
    assert "postponement" not in _kinds(text)


# --- polls: the noun in compounds, respondents --------------------------------------------------
@pytest.mark.parametrize("text", [
    "Einer neuen Meinungsumfrage zufolge lehnen 64 Prozent der Befragten Gebietsabtretungen ab.",
    "In a new survey, 64 percent of respondents opposed giving up territory.",
])
def test_polls_in_compounds_and_respondents(text: str) -> None:
    assert "poll" in _kinds(text)


# --- claims: attributed assertions only ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Russian troops captured Bakhmut in May 2023.",
    "Heavy fighting went on near Kupiansk as Russian troops advanced.",
    "The Russian army occupied the Crimean peninsula in 2014.",
    "Russische Truppen haben in der Nacht die Stadt Charkiw mit Raketen angegriffen.",
    "Ukrainian forces supplied with advanced air defence systems protect Kyiv.",
])
def test_the_reporters_account_of_fighting_is_no_claim(text: str) -> None:
    assert "claim" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "Russia's defence ministry said its forces had captured the village of Nowa Poltavka.",
    "Das russische Verteidigungsministerium meldete die Einnahme des Dorfes Nowa Poltawka.",
    "Russische Truppen haben nach Angaben aus Moskau das Dorf Nowa Poltawka erobert.",
    "Russische Truppen sollen das Dorf Nowa Poltawka vollständig eingenommen haben.",
    "Russian troops have reportedly taken the village of Nowa Poltavka.",
])
def test_a_capture_told_as_what_a_side_says_is_a_claim(text: str) -> None:
    assert "claim" in _kinds(text)


# --- statements of intent: a concrete step, not praise, hopes, notices or possibilities ---------
@pytest.mark.parametrize("text", [
    "The talks were very constructive and went well, the Kremlin aide said.",
    "Die Gespräche seien konstruktiv und sachlich gewesen, sagte der Berater.",
    "Einzelheiten der Vereinbarung sollen später bekanntgegeben werden, kündigte der Sprecher an.",
    "The spokesman announced that details of the deal would be released later.",
    "Selenskyj hofft nach dem Treffen auf weitere Unterstützung der Partner.",
    "After the meeting, Kyiv said it expects more support from its partners.",
    "Washington might be prepared to offer new guarantees, two officials suggested.",
    "Die Ukraine ist zu der Konferenz nicht eingeladen.",
])
def test_no_concrete_step_is_no_statement_of_intent(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "Zelensky said Ukraine would send a delegation to Istanbul next week.",
    "Der Kreml kündigte an, eine Delegation nach Istanbul zu entsenden.",
    "The talks were constructive and both sides will continue them next week, Witkoff said.",
    "Russland will die Verhandlungen in der kommenden Woche fortsetzen, sagte der Sprecher.",
])
def test_a_concrete_step_stays_a_statement_of_intent(text: str) -> None:
    assert "statement_of_intent" in _kinds(text)


# --- refused, ruled out or denied meetings are no rounds ----------------------------------------
@pytest.mark.parametrize("text", [
    "Putin declined to meet the Ukrainian president in Istanbul on Monday.",
    "Der Kremlchef lehnte am Montag ein Treffen mit dem ukrainischen Präsidenten in Istanbul ab.",
    "The two presidents have not spoken with each other since the summit in Alaska.",
    "Seit dem Frühjahr hat es keine direkten Gespräche zwischen Moskau und Kiew in Istanbul gegeben.",
])
def test_a_refused_or_denied_meeting_is_no_round(text: str) -> None:
    kinds = _kinds(text)
    assert "round" not in kinds and "summit" not in kinds, kinds


def test_a_meeting_refused_beside_one_held_keeps_the_held_one() -> None:
    text = "Putin declined to come, but the delegations met in Istanbul on Monday."
    assert "round" in _kinds(text)


@pytest.mark.parametrize("text", [
    "No meeting of the delegations in Geneva is planned, the spokesman said on Monday.",
    "Ein Treffen der Delegationen in Genf ist derzeit nicht geplant, sagte der Sprecher.",
])
def test_no_meeting_planned_is_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text)


# --- captures told by finite verbs; deals signed or struck --------------------------------------
@pytest.mark.parametrize("text", [
    "Die russische Armee eroberte nach Angaben aus Moskau das Dorf Orlowka.",
    "Russische Einheiten nahmen nach Angaben des Verteidigungsministeriums das Dorf Orlowka ein.",
    "The Russian military says it captures the village of Orlivka.",
])
def test_captures_told_by_finite_verbs(text: str) -> None:
    assert "claim" in _kinds(text)


@pytest.mark.parametrize("text", [
    "Die Ukraine und Russland unterzeichneten in Istanbul am Freitag ein Abkommen zum Getreideexport.",
    "The two sides struck a deal on a prisoner swap in Istanbul on Monday.",
])
def test_deals_signed_or_struck(text: str) -> None:
    assert "partial_agreement" in _kinds(text)


# --- steps told in the passive, trips to sign or to talk; informing the public is a notice -------
@pytest.mark.parametrize("text", [
    "Nach dem Treffen soll der US-Präsident telefonisch unterrichtet werden, teilte das Kanzleramt mit.",
    "The proposals are to be handed over to Moscow next week, the Ukrainian foreign minister said.",
    "Der Außenminister sei nach Ankara gereist, um dort ein Abkommen zu unterzeichnen, sagte ein Sprecher.",
    "The Ukrainian defence minister flew to Riyadh for talks with the American envoys, his office said.",
])
def test_steps_in_the_passive_and_trips_for_talks(text: str) -> None:
    assert "statement_of_intent" in _kinds(text)


@pytest.mark.parametrize("text", [
    "Once the exchange is over, the public will be informed of the next steps, the minister noted.",
    "Die Öffentlichkeit werde nach dem Austausch über weitere Schritte informiert, sagte der Minister.",
])
def test_informing_the_public_is_a_notice(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "Die Gespräche fänden am Montag in Genf statt, sagte der Sprecher.",
    "In Genf sprach am Montag die ukrainische Delegation, angeführt vom Verteidigungsminister, mit den "
    "amerikanischen Unterhändlern.",
])
def test_rounds_in_the_konjunktiv_and_after_an_apposition(text: str) -> None:
    assert "round" in _kinds(text)


# --- a leader with his own commanders, council, parliament or the press: no round ---------------
@pytest.mark.parametrize("text", [
    "The president met with his army commanders in Odesa on Monday.",
    "Der Präsident traf sich am Montag in Odesa mit den Kommandeuren seiner Armee.",
    "Putin met with his Security Council in Moscow on Friday to discuss the talks.",
    "Der Präsident sprach am Montag in Kiew mit Journalisten über die Gespräche.",
    "In an interview with a French broadcaster on Sunday, the president spoke about the talks in Geneva.",
    "The Ukrainian parliament met in Kyiv on Thursday to approve the budget.",
])
def test_meetings_inside_one_side_or_with_the_press_are_no_rounds(text: str) -> None:
    kinds = _kinds(text)
    assert "round" not in kinds and "summit" not in kinds, kinds


def test_a_delegation_meeting_naming_advisers_is_still_a_round() -> None:
    text = "The Ukrainian delegation and its advisers met the American envoys in Geneva on Sunday."
    assert "round" in _kinds(text)


# --- where an exchange was made: not where its people come from, not the seat of who reports -----
@pytest.mark.parametrize("text", [
    "Among those freed on Monday were soldiers from Mariupol and defenders of Snake Island.",
    "Am Montag kamen 200 Gefangene frei, darunter Verteidiger von Mariupol.",
    "Russia and Ukraine exchanged 200 prisoners on Monday, officials in Kyiv said.",
])
def test_an_exchange_is_not_placed_where_its_people_come_from(text: str) -> None:
    places = [e.place for e in extract(text, "t", PUB).events if e.kind == "partial_agreement"]
    assert places == [None], places


# --- accusations voiced by critics, analysts, rights groups or the media are no side's claim -----
@pytest.mark.parametrize("text", [
    "Critics accuse Moscow of dragging out the talks in Geneva.",
    "Kritiker werfen Moskau vor, die Gespräche in Genf zu verschleppen.",
    "Beobachter machen den Kreml für das Scheitern der Gespräche verantwortlich.",
    "Rights groups accused both sides of mistreating prisoners of war.",
])
def test_accusations_by_non_parties_are_no_claims(text: str) -> None:
    assert "claim" not in _kinds(text)


def test_an_accusation_by_a_side_stays_a_claim() -> None:
    assert "claim" in _kinds("Kyiv accused Moscow on Monday of breaking the energy truce.")


# --- a promise of an outcome or a commitment to an aim names no step ----------------------------
@pytest.mark.parametrize("text", [
    "The president promised to end the war within weeks.",
    "Der Präsident versprach, den Krieg innerhalb weniger Wochen zu beenden.",
    "Washington remains committed to a peace deal, the State Department said.",
])
def test_promised_outcomes_and_aims_are_no_steps(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "The Turkish president promised to phone both leaders before the weekend.",
    "Die USA haben zugesagt, an den Gesprächen in Genf teilzunehmen.",
])
def test_promised_steps_stay_statements_of_intent(text: str) -> None:
    assert "statement_of_intent" in _kinds(text)


# --- talks reported by a speaker to the press are still talks; a headline's claim takes its
# --- source from the lead -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Kremlin spokesman told reporters on Monday that the talks in Istanbul had taken place.",
    "Der Kremlsprecher sagte Journalisten, die Gespräche in Moskau hätten fünf Stunden gedauert.",
])
def test_talks_told_to_the_press_are_rounds(text: str) -> None:
    assert "round" in _kinds(text)


def test_a_headline_capture_with_its_source_in_the_lead_is_a_claim() -> None:
    text = ("Russische Armee nimmt Awdijiwka ein\n\nDas Verteidigungsministerium in Moskau teilte "
            "am Montag mit, die Truppen hätten die Stadt unter ihre Kontrolle gebracht.")
    assert "claim" in [e.kind for e in extract(text, "t", PUB).events]


def test_a_headline_capture_of_a_place_not_known_is_no_learned_claim() -> None:
    # (fourteenth session: the kind model is not asked for claims, `kinds.UNLEARNED`; out of
    # sample its claims were right on 1 of 25 external sentences, this one a claim with no place)
    text = ("Russische Armee nimmt Dorf Orlowka ein\n\nDas Verteidigungsministerium in Moskau teilte "
            "am Montag mit, die Truppen hätten den Ort unter ihre Kontrolle gebracht.")
    assert "claim" not in [e.kind for e in extract(text, "t", PUB).events]


def test_an_unattributed_past_capture_stays_no_claim() -> None:
    assert "claim" not in _kinds("Russian forces captured Avdiivka in February 2024. The war went on.")


# --- the learned fallback: readiness voiced around a meeting, with no step to come, is no
# --- statement of intent (an intent cue beside a meeting word alone is not what defines the kind)
@pytest.mark.parametrize("text", [
    "During the talks, Foreign Minister Lavrov said Russia was ready to compromise on several points.",
    "Bei dem Gespräch zeigte sich Außenminister Lawrow bereit zu Zugeständnissen in mehreren Punkten.",
])
def test_readiness_during_talks_is_no_learned_statement_of_intent(text: str) -> None:
    learned = [e for e in extract(text, "t", PUB).events if (e.cue or "").startswith("model p=")]
    assert not [e for e in learned if e.kind == "statement_of_intent"], learned


def test_a_learned_statement_of_intent_needs_a_step_to_come_or_an_exit() -> None:
    from accord.news.events.learned import _NEEDS

    assert all("future" in need or need == ("exit",) for need in _NEEDS["statement_of_intent"])
