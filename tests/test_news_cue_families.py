"""Cue families (data/cues.yaml) and their exclusions (data/cue_exclusions.yaml): a cue word in
another sense gives no family. Sentences written for these tests."""

from __future__ import annotations

from accord.news.kinds import sentence_families, sentence_lemmas


def test_a_verb_particle_counts_only_at_the_end_of_a_clause() -> None:
    # "zu" before an infinitive is no particle of "sagte": no "zusagen" (a pledge)
    assert "pledge" not in sentence_families(
        "Der Minister sagte, die Regierung sei bereit, weiter zu verhandeln.", "de")
    assert "zusagen" in sentence_lemmas("Berlin sagte weitere Hilfe zu.", "de")
    assert "ankündigen" in sentence_lemmas("Kiew kündigte neue Gespräche an, wie es hieß.", "de")
    assert "stattfinden" in sentence_lemmas("Das Treffen fand am Montag statt und dauerte lange.", "de")
