"""Claims carry who claims (`parties`), against whom (`against`), on which deal (`topic`) and of
what type (`claim`: capture, control, violation, compliance, accusation, denial), with the cue
that decided each in `cue`. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract


def _claims(text: str) -> list[tuple[str | None, list[str], list[str], str | None, str | None]]:
    ex = extract(text, "t", "2025-03-20")
    return [(e.claim, e.parties, e.against, e.topic, e.place) for e in ex.events if e.kind == "claim"]


@pytest.mark.parametrize(("text", "expected"), [
    # accusations: the side that accuses, the side accused, the deal
    ("Das ukrainische Außenministerium warf Russland am Dienstag vor, die vereinbarte Waffenruhe "
     "für Energieanlagen gebrochen zu haben.",
     [("violation", ["UKR"], ["RUS"], "ceasefire.energy", None)]),
    ("On Monday the Russian defence ministry accused Ukraine of shelling a power plant in the Kursk region.",
     [("accusation", ["RUS"], ["UKR"], None, "kursk")]),
    ("Kremlin spokesman Dmitry Peskov said Kyiv had not complied with the moratorium on strikes "
     "against energy facilities.",
     [("violation", ["RUS"], ["UKR"], "ceasefire.energy", None)]),
    ("Russia has not kept the Easter truce, according to officials in Kyiv.",
     [("violation", ["UKR"], ["RUS"], None, None)]),
    ("Laut Kiew hält sich Russland nicht an die Vereinbarung über den Austausch von Gefangenen.",
     [("violation", ["UKR"], ["RUS"], "humanitarian.prisoners", None)]),
    # mutual accusations: one claim per side, in the order the text names them
    ("Moskau und Kiew beschuldigen sich gegenseitig, die Feuerpause für Energieanlagen nicht einzuhalten.",
     [("accusation", ["RUS"], ["UKR"], "ceasefire.energy", None),
      ("accusation", ["UKR"], ["RUS"], "ceasefire.energy", None)]),
    ("Kyiv and Moscow blamed each other for breaking the energy truce on Friday.",
     [("violation", ["UKR"], ["RUS"], "ceasefire.energy", None),
      ("violation", ["RUS"], ["UKR"], "ceasefire.energy", None)]),
    # denials: the side that denies, against the side that accused it
    ("The Kremlin denied accusations by Kyiv that Russian forces had violated the energy truce.",
     [("denial", ["RUS"], ["UKR"], "ceasefire.energy", None)]),
    ("Die Ukraine wies die russischen Vorwürfe zurück, sie habe den vereinbarten "
     "Gefangenenaustausch verzögert.",
     [("denial", ["UKR"], ["RUS"], "humanitarian.prisoners", None)]),
    # captures and holding a place: the claimant is the side said to take or hold it
    ("Russische Truppen haben nach Angaben aus Moskau die Stadt Kupjansk eingenommen.",
     [("capture", ["RUS"], ["UKR"], None, "kupiansk")]),
    ("The Russian defence ministry said on Tuesday that its troops had captured the town of Huliaipole.",
     [("capture", ["RUS"], ["UKR"], None, "huliaipole")]),
    ("Nach ukrainischen Angaben kontrollieren die eigenen Truppen weiterhin Teile von Kupjansk.",
     [("control", ["UKR"], ["RUS"], None, "kupiansk")]),
    ("Ukrainian commanders said on Tuesday that their units still hold the northern part of Pokrovsk.",
     [("control", ["UKR"], ["RUS"], None, "pokrovsk")]),
    # a source that speaks for no side claims for none
    ("According to analysts at a Finnish monitoring group, Russian troops captured 400 square "
     "kilometres last month.",
     [("capture", [], ["UKR"], None, None)]),
])
def test_claim_sides(text: str,
                     expected: list[tuple[str, list[str], list[str], str | None, str | None]]) -> None:
    assert _claims(text) == expected


def test_the_deal_of_an_accusation_comes_from_the_deal_just_reported() -> None:
    text = ("Russia and Ukraine agreed on Tuesday to pause strikes on energy facilities for thirty days. "
            "On Thursday Moscow accused Kyiv of breaking it.")
    assert _claims(text) == [("accusation", ["RUS"], ["UKR"], "ceasefire.energy", None)]
    claim = next(e for e in extract(text, "t", "2025-03-20").events if e.kind == "claim")
    assert "deal ceasefire.energy: the deal of the partial agreement before" in (claim.cue or "")


def test_the_cue_says_what_decided_each_part() -> None:
    ex = extract("Kremlin spokesman Dmitry Peskov said Kyiv had not complied with the moratorium on "
                 "strikes against energy facilities.", "t", "2025-03-20")
    cue = ex.events[0].cue or ""
    assert "violation: " in cue and "claimant RUS: speaker of 'said'" in cue
    assert "deal ceasefire.energy: named in the sentence" in cue and "against UKR" in cue


def test_reported_speech_goes_on_with_the_speaker_before() -> None:
    text = ("Das russische Verteidigungsministerium warf der Ukraine vor, trotz der vereinbarten "
            "Energiepause ein Kraftwerk bei Belgorod angegriffen zu haben. Zudem habe die ukrainische "
            "Armee eine Raffinerie an der Wolga mit Drohnen angegriffen.")
    claims = _claims(text)
    assert len(claims) == 2
    assert all(c[1] == ["RUS"] and c[2] == ["UKR"] and c[3] == "ceasefire.energy" for c in claims)


def test_a_source_named_before_zufolge_is_the_claimant() -> None:
    assert _claims("Kiew zufolge hat Russland die Energiepause mehrfach verletzt.") == [
        ("violation", ["UKR"], ["RUS"], "ceasefire.energy", None)]


# -- verletzen: the verb of a breach, not the injured ---------------------------------------------

@pytest.mark.parametrize(("text", "breach"), [
    ("Russland hat die Waffenruhe verletzt.", True),
    ("Damit verletzte Russland die Feuerpause.", True),
    ("Die Truppen verletzten die Vereinbarung in der Nacht.", True),
    ("Kyjiw sprach von einer Verletzung der Waffenruhe.", True),
    ("Bei dem Angriff gab es mehrere Verletzte.", False),
    ("Die Zahl der Verletzten stieg auf zwölf.", False),
    ("Unter den Freigelassenen waren verletzte Soldaten.", False),
    ("Ein verletzter Zivilist wurde geborgen.", False),
    ("Er erlitt schwere Verletzungen.", False),
])
def test_broken_cue_is_the_verb_not_the_injured(text: str, breach: bool) -> None:
    from accord.news.events.claims import BROKEN

    assert (BROKEN.search(text) is not None) is breach


def test_the_injured_make_no_breach_claim() -> None:
    assert _claims("Trotz der Waffenruhe gab es nach einem Angriff auf Cherson mehrere Verletzte.") == []
    assert _claims("Moskau verletzte nach Angaben aus Kiew die vereinbarte Feuerpause.") == [
        ("violation", ["UKR"], ["RUS"], None, None)]


def test_a_side_acting_by_the_deal_is_a_compliance_claim_not_an_agreement() -> None:
    # the injured named among those to be exchanged: no breach, and no new agreement either
    text = ("Die ukrainische Seite erklärte, sie habe ihre Listen übergeben, gemäß der Vereinbarung "
            "auch Verletzte und Schwerkranke auszutauschen.")
    events = extract(text, "t", "2025-03-20").events
    assert [(e.kind, e.claim, e.parties) for e in events] == [("claim", "compliance", ["UKR"])]
