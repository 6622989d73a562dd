"""Cue families (data/cues.yaml) and their exclusions (data/cue_exclusions.yaml): a cue word in
another sense gives no family. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.news.kinds import sentence_families, sentence_lemmas


def test_a_verb_particle_counts_only_at_the_end_of_a_clause() -> None:
    # "zu" before an infinitive is no particle of "sagte": no "zusagen" (a pledge)
    assert "pledge" not in sentence_families(
        "Der Minister sagte, die Regierung sei bereit, weiter zu verhandeln.", "de")
    assert "zusagen" in sentence_lemmas("Berlin sagte weitere Hilfe zu.", "de")
    assert "ankündigen" in sentence_lemmas("Kiew kündigte neue Gespräche an, wie es hieß.", "de")
    assert "stattfinden" in sentence_lemmas("Das Treffen fand am Montag statt und dauerte lange.", "de")


# (sentence, language, family it must NOT have): a cue word in another sense
OTHER_SENSE = [
    ("The heads of state met in Geneva.", "en", "statement"),
    ("Talks in Riyadh last week produced no result.", "en", "happened"),
    ("Both sides say they want a lasting peace.", "en", "happened"),
    ("The envoy hopes to advance the peace process.", "en", "capture"),
    ("The next talks will take place in Istanbul.", "en", "capture"),
    ("Officials fear the deal could fall apart.", "en", "capture"),
    ("Experts on arms control were invited.", "en", "capture"),
    ("Both leaders say they want to end the war.", "en", "happened"),
    ("Kyiv says those who ordered it will be held responsible.", "en", "happened"),
    ("The minister called for an immediate ceasefire.", "en", "meeting"),
    ("The so-called coalition of the willing grows.", "en", "meeting"),
    ("The union adopted a new round of sanctions.", "en", "meeting"),
    ("Moscow says Kyiv must meet the demands first.", "en", "meet_verb"),
    ("The flight was cancelled due to the weather.", "en", "future"),
    ("They set up a working group on energy.", "en", "future"),
    ("There is little political will in Moscow.", "en", "future"),
    ("The arrangement entered into force in May.", "en", "military"),
    ("Residents were forced to flee the city.", "en", "military"),
    ("The foreign ministry rejected the idea.", "en", "military"),
    ("An exchange of fire was reported near the border.", "en", "exchange"),
    ("The ministry issued a press release.", "en", "exchange"),
    ("Both sides should return to talks.", "en", "exchange"),
    ("The governing body of the agency approved it.", "en", "prisoner"),
    ("Washington hopes to strike a deal this month.", "en", "accuse"),
    ("The city council dealt with the refugees.", "en", "agree"),
    ("Investigators say the unit committed war crimes.", "en", "pledge"),
    ("The visit sends a signal to Moscow.", "en", "pledge"),
    ("The spokesman did not provide details.", "en", "pledge"),
    ("Moscow wants Kyiv to withdraw its troops from the region.", "en", "exit"),
    ("The text leaves open the question of borders.", "en", "exit"),
    ("Difficult weeks lie ahead for the negotiators.", "en", "deny"),
    ("The problem lay in the order of the steps.", "en", "deny"),
    ("Both sides agree the talks must move forward.", "en", "intent"),
    ("Die Gefangenen wurden am Montag ausgetauscht.", "de", "future"),
    ("Im Fall eines Scheiterns droht eine neue Offensive.", "de", "capture"),
    ("Die Einnahmen aus dem Ölverkauf sinken.", "de", "capture"),
    ("Der Plan umfasst zwanzig Punkte.", "de", "intent"),
    ("Die größte Last trägt die Bevölkerung.", "de", "happened"),
    ("Beide Seiten wollen den Krieg beenden.", "de", "happened"),
    ("Beide Seiten wollen den Krieg beenden.", "de", "exit"),
    ("Die Angriffe führten zu neuen Spannungen.", "de", "happened"),
    ("Der Fund der Akten überraschte alle.", "de", "pledge"),
    ("In einigen Dörfern fiel der Strom aus.", "de", "agree"),
    ("Kiew muss die Entscheidung treffen.", "de", "meeting"),
    ("Selenskyj sprach von einem Erfolg.", "de", "meet_verb"),
    ("Die territoriale Einheit des Landes steht nicht zur Wahl.", "de", "military"),
    ("Eine Rückkehr an den Verhandlungstisch ist offen.", "de", "exchange"),
]

# the proper sense still counts
SAME_SENSE = [
    ("The ministry stated that the talks would go on.", "en", "statement"),
    ("The meeting lasted five hours.", "en", "happened"),
    ("The next talks will take place in Istanbul.", "en", "happened"),
    ("Russian units advanced towards the river.", "en", "capture"),
    ("The town fell after weeks of fighting.", "en", "capture"),
    ("The two presidents spoke in a phone call.", "en", "meeting"),
    ("The talks are due to resume on Monday.", "en", "future"),
    ("Russian forces shelled the port.", "en", "military"),
    ("Moscow moved more forces to the border.", "en", "military"),
    ("The sides agreed an exchange of prisoners.", "en", "exchange"),
    ("They hope to reach a deal with Moscow.", "en", "agree"),
    ("Russia says it will withdraw from the grain deal.", "en", "exit"),
    ("Die Gespräche werden am Montag fortgesetzt.", "de", "future"),
    ("Die Armee meldet die Einnahme des Ortes.", "de", "capture"),
    ("Russland plant neue Gespräche.", "de", "intent"),
    ("Die Verhandlungen führten die Delegationen in Genf.", "de", "happened"),
    ("Die Parteien einigen sich auf einen Austausch.", "de", "agree"),
    ("Die Delegationen treffen sich in Genf.", "de", "meeting"),
    ("Selenskyj sprach mit Trump.", "de", "meet_verb"),
    ("Einheiten der Armee rückten vor.", "de", "military"),
]


@pytest.mark.parametrize(("text", "lang", "family"), OTHER_SENSE)
def test_a_cue_word_in_another_sense_gives_no_family(text: str, lang: str, family: str) -> None:
    assert family not in sentence_families(text, lang)


@pytest.mark.parametrize(("text", "lang", "family"), SAME_SENSE)
def test_a_cue_word_in_its_sense_still_counts(text: str, lang: str, family: str) -> None:
    assert family in sentence_families(text, lang)


# members the families lacked: synonyms and forms the lemmatiser does not reduce
NEW_MEMBERS = [
    ("Die Präsidentin empfing die Delegation.", "de", "head_of_state"),
    ("Ukrainian troops recaptured the village.", "en", "capture"),
    ("Die Armee will das Dorf zurückerobern.", "de", "capture"),
    ("The allegations were dismissed as absurd.", "en", "accuse"),
    ("Moskau leugnet jede Beteiligung.", "de", "deny"),
    ("Both sides vowed to abide by the terms.", "en", "comply"),
    ("Die Regierung hat vor, einen Entwurf vorzulegen.", "de", "intent"),
    ("Die Verschiebung der Gespräche überraschte Kiew.", "de", "postpone"),
    ("The postponement was announced on Friday.", "en", "postpone"),
    ("The contact group will convene in Vienna.", "en", "meet_verb"),
    ("Der Rat tagte am Abend in Brüssel.", "de", "meet_verb"),
    ("The detainees were flown home.", "en", "prisoner"),
    ("Die Häftlinge kamen frei.", "de", "prisoner"),
    ("Eine Übereinkunft liegt noch nicht vor.", "de", "agree"),
    ("Laut einer Befragung lehnen viele Zugeständnisse ab.", "de", "poll"),
    ("Die Seiten tauschten Gefangene.", "de", "exchange"),
    ("Nach einem Telefongespräch blieb vieles offen.", "de", "meeting"),
    ("Der Minister äußerte sich zurückhaltend.", "de", "statement"),
    ("The foreign minister declared the round a success.", "en", "statement"),
    ("Die Gespräche sollen in der nächsten Woche weitergehen.", "de", "future"),
    ("Kiew meldet schweren Beschuss der Stadt.", "de", "accuse"),
    ("Moskau habe die Gespräche torpediert, heißt es in Kiew.", "de", "accuse"),
    ("Die Beratungen sind am Abend geendet.", "de", "happened"),
    ("Die ausgetauschten Männer sind zu Hause.", "de", "exchange"),
]


@pytest.mark.parametrize(("text", "lang", "family"), NEW_MEMBERS)
def test_new_members_give_their_family(text: str, lang: str, family: str) -> None:
    assert family in sentence_families(text, lang)
