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
