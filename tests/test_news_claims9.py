"""Ninth session: claims, their dates and denials (sentences written for these tests)."""

from __future__ import annotations

import pytest

from accord.news.extract import extract


@pytest.mark.parametrize("text", [
    "Medinsky, who spoke for Moscow in earlier peace talks, accused Kyiv of holding back the "
    "residents of the Kursk region.",
    "Medinsky, who led the delegation at an earlier round, accused Ukraine of stalling the return of "
    "civilians from the Kursk region.",
])
def test_earlier_qualifying_a_noun_leaves_the_claim_dated_by_the_article(text: str) -> None:
    got = [(e.kind, e.date_start) for e in extract(text, "t", "2025-08-25").events]
    assert ("claim", "2025-08-25") in got, got


@pytest.mark.parametrize("text", [
    "Russia had earlier accused Kyiv of holding back the residents of the Kursk region.",
    "Moskau hatte Kiew zuvor vorgeworfen, die Bewohner der Region Kursk zurückzuhalten.",
])
def test_an_accusation_told_as_earlier_stays_undated(text: str) -> None:
    got = [(e.kind, e.date_start) for e in extract(text, "t", "2025-08-25").events]
    assert ("claim", None) in got, got


@pytest.mark.parametrize(("text", "confirmed"), [
    ("Kremlin spokesman Dmitry Peskov on Monday neither confirmed nor denied earlier reports that Russian "
     "troops had captured the town of Vuhledar.",
     "Kremlin spokesman Dmitry Peskov on Monday confirmed reports that Russian troops had captured the "
     "town of Vuhledar."),
    ("Kremlsprecher Dmitri Peskow wollte am Montag Berichte über die Einnahme von Wuhledar weder "
     "bestätigen noch dementieren.",
     "Kremlsprecher Dmitri Peskow bestätigte am Montag, dass russische Truppen die Stadt Wuhledar "
     "eingenommen hätten."),
])
def test_neither_confirming_nor_denying_a_capture_is_no_claim(text: str, confirmed: str) -> None:
    got = [e.kind for e in extract(text, "t", "2024-10-01").events]
    assert "claim" not in got, got
    # the capture confirmed is Russia's claim on the town
    got2 = [(e.kind, e.place) for e in extract(confirmed, "t", "2024-10-01").events]
    assert ("claim", "vuhledar") in got2, got2


@pytest.mark.parametrize("text", [
    "Russia's defence ministry said its forces had captured the town of Vuhledar. A spokesman for "
    "Ukraine's eastern command told reporters that Moscow's claim about Vuhledar was not true.",
    "Das russische Verteidigungsministerium teilte mit, seine Truppen hätten die Stadt Wuhledar erobert. "
    "Ein Sprecher der ukrainischen Armee sagte, die Behauptung Moskaus über Wuhledar sei nicht wahr.",
])
def test_a_claim_called_not_true_is_its_denial(text: str) -> None:
    got = [(e.kind, e.claim, e.parties, e.place) for e in extract(text, "t", "2024-10-01").events]
    assert ("claim", "denial", ["UKR"], "vuhledar") in got, got


def test_a_bare_it_is_not_true_is_no_new_denial() -> None:
    text = ("Russia's defence ministry said its forces had captured the town of Vuhledar. Ukraine's army "
            "denied that on Tuesday. \u201cIt is not true.\u201d")
    got = [e.claim for e in extract(text, "t", "2024-10-01").events if e.kind == "claim"]
    assert got.count("denial") == 1, got


@pytest.mark.parametrize("text,lang", [
    ("Am Dienstag waren die Gespräche zwischen Russland und der Ukraine in Genf zu Ende gegangen. Ein "
     "Abkommen gab es nicht. Kiew und Moskau vereinbarten aber einen Austausch von Gefangenen.", "de"),
    ("On Tuesday the talks between Russia and Ukraine in Geneva came to an end. There was no "
     "breakthrough. Kyiv and Moscow did agree on an exchange of prisoners.", "en"),
])
def test_an_item_agreed_right_after_the_talks_are_told_takes_their_day(text: str, lang: str) -> None:
    got = [(e.kind, e.date_start) for e in extract(text, "t", "2026-02-07", language=lang).events]
    assert ("partial_agreement", "2026-02-03") in got, got


def test_an_item_told_as_agreed_before_the_talks_keeps_no_day() -> None:
    text = ("On Tuesday the talks between Russia and Ukraine in Geneva came to an end. There was no "
            "breakthrough. Kyiv and Moscow had earlier agreed on an exchange of prisoners.")
    got = [(e.kind, e.date_start) for e in extract(text, "t", "2026-02-07").events]
    assert ("partial_agreement", "2026-02-03") not in got, got
    assert ("partial_agreement", None) in got, got  # still found, undated
    # told as agreed now, after the dated talks, it takes their day
    now = text.replace("had earlier agreed", "agreed")
    got2 = [(e.kind, e.date_start) for e in extract(now, "t", "2026-02-07").events]
    assert ("partial_agreement", "2026-02-03") in got2, got2


@pytest.mark.parametrize("text", [
    "Dem Bürgermeister zufolge griff die Armee am Rand eines Dorfes einen Lieferwagen voller Erntehelfer an.",
    "The governor said the army attacked a van full of seasonal workers near a village.",
])
def test_an_attack_no_side_tells_and_no_side_is_accused_of_is_no_claim(text: str) -> None:
    got = [(e.kind, e.parties) for e in extract(text, "t", "2025-04-23").events]
    assert not any(k == "claim" for k, _ in got), got


def test_an_attack_told_by_a_side_stays_a_claim() -> None:
    text = ("Die ukrainische Luftwaffe meldete, Russland habe die Stadt Sumy in der Nacht mit Drohnen "
            "angegriffen.")
    got = [(e.kind, e.parties) for e in extract(text, "t", "2025-04-23").events]
    assert ("claim", ["UKR"]) in got, got


@pytest.mark.parametrize("text", [
    "Russia's defence ministry claimed on Jan. 8 that its troops had captured the village of Krynky. "
    "Ukraine's southern command dismissed these claims as propaganda.",
    "Das russische Verteidigungsministerium erklärte am 8. Januar, seine Truppen hätten das Dorf Krynky "
    "erobert. Das ukrainische Südkommando wies diese Angaben als Propaganda zurück.",
])
def test_a_rebuttal_with_no_day_of_its_own_is_dated_by_the_report(text: str) -> None:
    got = [(e.claim, e.date_start) for e in extract(text, "t", "2024-01-10").events if e.kind == "claim"]
    assert ("capture", "2024-01-08") in got and ("denial", "2024-01-10") in got, got


@pytest.mark.parametrize("text", [
    "The Russian defence ministry claimed that its troops had taken control of the town of Chasiv Yar. "
    "The footage it showed could not be verified. Smoke rose over the ruins. Residents had left weeks "
    "ago. A spokesman for Ukraine's army said Moscow's claim was not true.",
    "Das russische Verteidigungsministerium behauptete, seine Truppen hätten die Stadt Tschassiw Jar "
    "eingenommen. Es veröffentlichte ein kurzes Video von Soldaten mit einer Fahne. Die Aufnahmen ließen "
    "sich nicht überprüfen. Über den Ruinen stieg Rauch auf. Ein Sprecher der ukrainischen Armee sagte, "
    "die Behauptung Moskaus sei nicht wahr.",
])
def test_a_claim_called_not_true_a_few_sentences_later_is_denied(text: str) -> None:
    got = [(e.claim, e.parties, e.place) for e in extract(text, "t", "2024-06-10").events
           if e.kind == "claim"]
    assert any(c == "denial" and p == "chasiv_yar" for c, _, p in got), got


@pytest.mark.parametrize("text", [
    "The Russian defence ministry claimed that its troops had taken control of the town of Chasiv Yar. "
    "A spokesman for Ukraine's army said Moscow's claim was not true.",
    "The Russian defence ministry claimed that its troops had taken control of the town of Chasiv Yar. "
    "An officer of Ukraine's eastern command said Russia's claims were untrue.",
])
def test_the_side_whose_claim_is_called_untrue_is_not_the_speaker(text: str) -> None:
    got = [(e.claim, e.parties) for e in extract(text, "t", "2024-06-10").events if e.kind == "claim"]
    assert ("denial", ["UKR"]) in got, got
