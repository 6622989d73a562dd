"""Cue words in another sense (data/cue_exclusions.yaml): exclusions with a gap for an object
("hold ... responsible") and the senses the cue audit left open. Every sentence here is written
for these tests, German and English."""

from __future__ import annotations

import pytest

from accord.news.kinds import sentence_families


@pytest.mark.parametrize("text,lang,family", [
    ("Kyiv holds the Kremlin fully responsible for the blackout.", "en", "happened"),
    ("The minister held Moscow accountable for the strikes.", "en", "happened"),
    ("Kyiv cannot meet Moscow's latest demands.", "en", "meet_verb"),
    ("Both sides must meet their obligations.", "en", "meet_verb"),
    ("Moscow refuses to withdraw its remaining troops.", "en", "exit"),
    ("Washington wants to strike a quick peace deal.", "en", "accuse"),
    ("The spokesman did not provide any further details.", "en", "pledge"),
    ("The visit sends a clear signal.", "en", "pledge"),
    ("Kiew muss eine schwierige politische Entscheidung treffen.", "de", "meeting"),
    ("Der Kanzler traf eine rasche Entscheidung.", "de", "meet_verb"),
    ("Beide Regierungen wollen den Krieg rasch beenden.", "de", "exit"),
    ("Die Ministerin sprach erneut von einem Durchbruch.", "de", "meet_verb"),
])
def test_an_exclusion_with_an_object_between(text: str, lang: str, family: str) -> None:
    assert family not in sentence_families(text, lang)


@pytest.mark.parametrize("text,lang,family", [
    # punctuation or a preposition in between: another constituent, the cue counts
    ("The envoys will hold talks with Russia, responsible officials said.", "en", "happened"),
    ("The envoys will hold talks with officials responsible for energy.", "en", "happened"),
    ("The envoys will meet Putin on his demands.", "en", "meet_verb"),
    ("Die Entscheidung über ein Treffen steht noch aus.", "de", "meeting"),
    ("Die Delegationen treffen sich, eine Entscheidung steht aus.", "de", "meet_verb"),
    # more than three words in between
    ("Kyiv will hold the long delayed second round and responsible ministers attend.", "en",
     "happened"),
])
def test_a_gap_stays_within_an_object(text: str, lang: str, family: str) -> None:
    assert family in sentence_families(text, lang)


@pytest.mark.parametrize("text,lang,family", [
    ("Die Kanzlerin hielt eine lange Rede vor dem Parlament.", "de", "comply"),
    ("Der Minister hält den Vorschlag für unrealistisch.", "de", "comply"),
    ("Die Armee hält ihre Stellung im Osten.", "de", "comply"),
    ("Bei dem Brand im Depot wurden vier Menschen verletzt.", "de", "accuse"),
    ("Zwei Kinder wurden schwer verletzt.", "de", "accuse"),
    ("Moskau verlegt zusätzliche Truppen an die Grenze.", "de", "postpone"),
    ("Die Armee hat Raketen verlegt.", "de", "postpone"),
    ("Es geht um Frieden und Freiheit in Europa.", "de", "exchange"),
    ("Sie kämpfen für die Freiheit ihres Landes.", "de", "exchange"),
    ("Der Offizier soll den Angriff befohlen haben.", "de", "future"),
    ("Die Drohne soll abgeschossen worden sein.", "de", "future"),
    ("The new envoy is considered a pragmatist.", "en", "intent"),
    ("Fighting continued along the front line.", "en", "intent"),
    ("Shelling continued overnight.", "en", "intent"),
    ("Ukrainian troops still hold the village.", "en", "happened"),
])
def test_a_cue_word_in_another_sense(text: str, lang: str, family: str) -> None:
    assert family not in sentence_families(text, lang)


@pytest.mark.parametrize("text,lang,family", [
    ("Russland hält sich nicht an die vereinbarte Feuerpause.", "de", "comply"),
    ("Die Feuerpause wurde in der Nacht verletzt.", "de", "accuse"),
    ("Kiew wirft Moskau vor, die Vereinbarung verletzt zu haben.", "de", "accuse"),
    ("Die Gespräche wurden auf Donnerstag verlegt.", "de", "postpone"),
    ("Zwanzig Gefangene kamen in Freiheit.", "de", "exchange"),
    ("Die Delegationen sollen sich am Freitag treffen.", "de", "future"),
    ("Kyiv will consider the draft next week.", "en", "intent"),
    ("Moscow will continue the talks in Geneva.", "en", "intent"),
    ("The envoys will hold talks in the city.", "en", "happened"),
])
def test_the_cue_sense_still_counts(text: str, lang: str, family: str) -> None:
    assert family in sentence_families(text, lang)


@pytest.mark.parametrize("text,exit_", [
    ("Moscow left the grain deal two years ago.", True),
    ("Russia has left the agreement, the ministry said.", True),
    ("Ukrainian units hold positions on the left bank.", False),
    ("Only a few days were left before the deadline.", False),
    ("There is nothing left of the old ceasefire.", False),
    ("The draft left the main question open.", False),
])
def test_left_as_leaving_a_deal_not_as_the_side_or_what_remains(text: str, exit_: bool) -> None:
    assert ("exit" in sentence_families(text, "en")) is exit_


@pytest.mark.parametrize("text,lang,family,present", [
    ("Der Gesandte übergab den neuen Entwurf in Istanbul.", "de", "exchange", False),
    ("Das zweite Memorandum wurde feierlich übergeben.", "de", "exchange", False),
    ("Die Ukraine übergab 300 Gefangene an Russland.", "de", "exchange", True),
    ("Der Vizeminister ist für die Verhandlungen verantwortlich.", "de", "accuse", False),
    ("Kiew macht Moskau für den Stromausfall verantwortlich.", "de", "accuse", True),
    ("The deputy minister is responsible for the negotiations.", "en", "accuse", False),
    ("Kyiv says Moscow is responsible for the blackout.", "en", "accuse", True),
])
def test_papers_handed_over_and_people_in_charge(text: str, lang: str, family: str,
                                                  present: bool) -> None:
    assert (family in sentence_families(text, lang)) is present
