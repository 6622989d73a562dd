"""Stance precision of session 17 (helper stprec17), cause by cause, in German and English, found
on the stance extras of the external training sets (train14, fresh14, fresh15, fresh16): what a
meeting is to discuss or is about is its agenda and takes no position on its topic (README: "agenda
statements that take no position" are not stances). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-10"


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.polarity) for s in extract(text, "t", PUB).stances}


# what a meeting is to discuss, or what it is about: no position on the topic
@pytest.mark.parametrize(("text", "issue"), [
    ("Die Außenminister sollen am Montag vor allem über Sicherheitsgarantien und den russischen "
     "Widerstand gegen eine Friedenslösung beraten.", "security.guarantees"),
    ("Dabei gehe es um die Unterstützung der Ukraine durch Sicherheitsgarantien, hieß es aus Paris.",
     "security.guarantees"),
    ("Es soll bei dem Gipfel auch um Kiews Forderung nach einem Nato-Beitritt gehen, sagte ein Sprecher.",
     "alliance.nato"),
    ("Delegations from Moscow and Kyiv will discuss a ceasefire and further conditions to end the war.",
     "ceasefire.sequence"),
    ("Ukraine and Russia to discuss truce and conditions for ending the offensive today",
     "ceasefire.sequence"),
    ("The ministers are expected to discuss Ukraine's demand for security guarantees at their meeting "
     "in Rome.", "security.guarantees"),
    ("Der Kanzler drohte mit neuen Sanktionen, falls Moskau die Verhandlungen über eine Waffenruhe "
     "weiter blockiert.", "ceasefire.sequence"),
    ("Russland dürfe die Verhandlungen über eine Waffenruhe nicht länger blockieren, forderte Merz.",
     "ceasefire.sequence"),
    ("Russia demanded a full ceasefire and said it would discuss prisoner exchanges later.",
     "humanitarian.prisoners"),
])
def test_agenda_takes_no_position(text: str, issue: str) -> None:
    assert not any(i == issue for _, i, _ in _stances(text))


# a position stated beside the agenda, or talk refused, keeps its stance
@pytest.mark.parametrize(("text", "holder", "issue", "polarity"), [
    ("Russia demanded a full ceasefire and said it would discuss prisoner exchanges later.", "RUS",
     "ceasefire.sequence", "demand"),
    ("Russia rejected a ceasefire, and the ministers will discuss sanctions on Friday.", "RUS",
     "ceasefire.sequence", "reject"),
    ("Putin lehnt eine Waffenruhe ab, über die die Außenminister am Freitag beraten.", "RUS",
     "ceasefire.sequence", "reject"),
])
def test_position_beside_the_agenda_stays(text: str, holder: str, issue: str, polarity: str) -> None:
    assert (holder, issue, polarity) in _stances(text)


# what talks made no progress on, or what differences remain over, is an open point: no position
@pytest.mark.parametrize(("text", "issue"), [
    ("Beide Seiten einigten sich auf einen Gefangenenaustausch, erzielten aber keine Durchbrüche in "
     "zentralen Fragen wie einer Waffenruhe.", "ceasefire.sequence"),
    ("Umerow lobte die Atmosphäre, über Fortschritte bei einem Waffenstillstand sagte er aber nichts.",
     "ceasefire.sequence"),
    ("Es gebe jedoch weiterhin Meinungsverschiedenheiten darüber, ob die Ukraine auf den Donbass "
     "verzichten muss.", "territory.donbas"),
    ("Washington has offered Kyiv security guarantees, but gaps still remain over the withdrawal from "
     "Donbas.", "territory.donbas"),
    ("He welcomed the American guarantees but said differences remained on the question of which "
     "territories Kyiv would have to cede.", "territory.donbas"),
])
def test_open_points_take_no_position(text: str, issue: str) -> None:
    assert not any(i == issue for _, i, _ in _stances(text))


@pytest.mark.parametrize(("text", "holder", "issue", "polarity"), [
    ("Beide Seiten einigten sich auf einen Gefangenenaustausch, erzielten aber keine Durchbrüche in "
     "zentralen Fragen wie einer Waffenruhe.", "UKR", "humanitarian.prisoners", "accept"),
    ("Washington has offered Kyiv security guarantees, but gaps still remain over the withdrawal from "
     "Donbas.", "USA", "security.guarantees", "propose"),
    ("Zelensky said there was no progress because Russia rejects any ceasefire.", "RUS",
     "ceasefire.sequence", "reject"),
])
def test_position_beside_an_open_point_stays(text: str, holder: str, issue: str, polarity: str) -> None:
    assert (holder, issue, polarity) in _stances(text)


# another country's vote is no position on Ukraine's elections
@pytest.mark.parametrize("text", [
    "Brüssel will die Gespräche erst nach den Parlamentswahlen in Ungarn fortsetzen, sagte ein EU-Diplomat.",
    "Erdogan had Kyiv agree that he would announce the deal the day before regional elections in Turkey.",
    "Zelensky urged his country to stay united ahead of its main US ally's November 5 presidential election.",
])
def test_foreign_vote_is_not_ukraines_elections(text: str) -> None:
    assert not any(i == "politics.elections" for _, i, _ in _stances(text))


@pytest.mark.parametrize(("text", "holder"), [
    ("Trump demanded that Ukraine hold elections.", "USA"),
    ("Putin forderte Wahlen in der Ukraine.", "RUS"),
    ("Russia demands new elections in Ukraine before the US midterm elections.", "RUS"),
])
def test_ukraines_elections_stay(text: str, holder: str) -> None:
    assert (holder, "politics.elections", "demand") in _stances(text)


# issue wordings that were not recognised: the army's maximum strength, a peacetime army by its
# number, hosting foreign bases or formations, troops from NATO states, energy systems
@pytest.mark.parametrize(("text", "holder", "issue", "polarity"), [
    ("Moscow demands limits to the maximum number of military personnel that Ukraine may keep.", "RUS",
     "military.army_size", "demand"),
    ("Under the new proposal Ukraine would keep a peacetime military of 800,000 personnel.", "UKR",
     "military.army_size", "propose"),
    ("Russland lehnt kategorisch Truppen aus NATO-Staaten in der Ukraine ab.", "RUS",
     "security.foreign_troops", "reject"),
    ("Moscow demands a ban on the deployment of foreign formations on Ukrainian territory.", "RUS",
     "security.foreign_troops", "demand"),
    ("Trump urged Moscow to halt its strikes on civilian energy systems in winter.", "USA",
     "ceasefire.energy", "demand"),
])
def test_issue_wordings_recognised(text: str, holder: str, issue: str, polarity: str) -> None:
    assert (holder, issue, polarity) in _stances(text)


@pytest.mark.parametrize(("text", "issue"), [
    ("Russia's army of 600,000 soldiers continued its offensive.", "military.army_size"),
])
def test_not_the_army_size(text: str, issue: str) -> None:
    assert not any(i == issue for _, i, _ in _stances(text))
