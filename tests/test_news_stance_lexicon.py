"""Stance wording, family by family, in German and English: how reporting names each issue of
the taxonomy (regions and their spellings, the line of contact, annexation, NATO enlargement,
guarantees, peacekeepers, troop caps, legitimacy, immobilised assets, power plants, pauses in the
fighting, deported children), the verbs and constructions of demanding, refusing, accepting,
supporting, proposing and conditioning (with their particles, participles, negations and
idioms), and attributions of a position to an actor. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-02-05"


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.polarity) for s in extract(text, "t", PUB).stances}


@pytest.mark.parametrize(("text", "expected"), [
    ('Moskau verlangt, dass die Front entlang der heutigen Kontaktlinie eingefroren wird.',
     ('RUS', 'territory.donbas', 'demand')),
    ('Kyiv rejected any deal that would freeze the conflict along the line of contact.',
     ('UKR', 'territory.donbas', 'reject')),
    ('Selenskyj lehnte eine Anerkennung der Annexion entschieden ab.',
     ('UKR', 'territory.donbas', 'reject')),
    ('Russia insists that Kyiv recognise the annexation of the so-called new regions.',
     ('RUS', 'territory.donbas', 'demand')),
    ('Der Kreml besteht auf dem vollständigen Rückzug aus den Landesteilen, die er für sich beansprucht.',
     ('RUS', 'territory.donbas', 'demand')),
    ('Die Ukraine weist jeden Gebietstausch zurück.',
     ('UKR', 'territory.donbas', 'reject')),
    ('Russland fordert den Abzug der ukrainischen Truppen aus dem Gebiet Saporischja.',
     ('RUS', 'territory.south', 'demand')),
    ('Moscow demands that Ukraine pull its troops out of the Zaporizhia region.',
     ('RUS', 'territory.south', 'demand')),
    ('Moskau fordert ein Ende der Nato-Osterweiterung.',
     ('RUS', 'alliance.nato', 'demand')),
    ("Russia demanded a halt to NATO enlargement and an end to the alliance's open-door policy.",
     ('RUS', 'alliance.nato', 'demand')),
    ('Kiew pocht auf eine Garantie nach dem Vorbild von Artikel-5.',
     ('UKR', 'security.guarantees', 'demand')),
    ('Der Kreml lehnt Blauhelme in der Ukraine ab.',
     ('RUS', 'security.foreign_troops', 'reject')),
    ('Moscow has ruled out any Western boots on the ground in Ukraine.',
     ('RUS', 'security.foreign_troops', 'reject')),
    ('Russland fordert eine Obergrenze für die Personalstärke der ukrainischen Armee.',
     ('RUS', 'military.army_size', 'demand')),
    ("Moscow wants a cap on the size of Ukraine's military.",
     ('RUS', 'military.army_size', 'support')),
    ('Putin bezeichnete Selenskyj erneut als illegitim und verlangte Neuwahlen.',
     ('RUS', 'politics.elections', 'demand')),
    ('Die EU will die bei Euroclear blockierten Gelder für die Ukraine nutzen.',
     ('EUR', 'economy.frozen_assets', 'support')),
    ('Brussels backs using the immobilised Russian assets for Ukraine, the EU said.',
     ('EUR', 'economy.frozen_assets', 'support')),
    ('Kiew schlug vor, Angriffe auf Kraftwerke und Umspannwerke für einen Monat einzustellen.',
     ('UKR', 'ceasefire.energy', 'propose')),
    ('Ukraine offered to halt strikes on Russian oil refineries if Moscow spared its power grid.',
     ('UKR', 'ceasefire.energy', 'conditional')),
    ('Moskau lehnte eine Kampfpause über die Feiertage ab.',
     ('RUS', 'ceasefire.sequence', 'reject')),
    ('Kyiv called for an immediate halt to the fighting.',
     ('UKR', 'ceasefire.sequence', 'demand')),
    ('Kiew fordert die Rückführung der verschleppten Kinder.',
     ('UKR', 'humanitarian.prisoners', 'demand')),
    ('Ukraine demands the return of the children deported to Russia.',
     ('UKR', 'humanitarian.prisoners', 'demand')),
    ('Russland lenkte ein und stimmte der Energie-Waffenruhe zu.',
     ('RUS', 'ceasefire.energy', 'accept')),
    ('Trump floated lifting some sanctions on Russia.',
     ('USA', 'economy.sanctions', 'propose')),
    ('Kremlsprecher Peskow wies die Forderung nach einer Waffenruhe zurück.',
     ('RUS', 'ceasefire.sequence', 'reject')),
    ('The Pentagon opposes sending US troops to Ukraine.',
     ('USA', 'security.foreign_troops', 'reject')),
])
def test_stance_wording(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text), _stances(text)
