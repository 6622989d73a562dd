"""Stance rules of session 12, family by family, in German and English, found on a training set
of real reporting: what a step waits for ("only after a ceasefire"), and further families below.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-02-05"


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.polarity) for s in extract(text, "t", PUB).stances}


# what takes effect or is done only after, or only in the case of, a ceasefire demands the
# ceasefire first (a stated condition); the offer of the clause keeps its own cue
@pytest.mark.parametrize(("text", "expected"), [
    ('Zelensky said the peace framework could take effect only after a full ceasefire of at least 30 days.',
     ('UKR', 'ceasefire.sequence', 'demand')),
    ('Zelensky said a referendum on the plan could be held only after a truce of at least two months.',
     ('UKR', 'ceasefire.sequence', 'demand')),
    ('The Ukrainian delegation said any accord could take effect only in the event of a full truce.',
     ('UKR', 'ceasefire.sequence', 'demand')),
    ('Die Vereinbarung könne nur im Falle einer vollständigen Waffenruhe in Kraft treten, sagte der '
     'ukrainische Unterhändler.', ('UKR', 'ceasefire.sequence', 'demand')),
    ('Kiew betonte, über das Abkommen werde erst nach einer umfassenden Waffenruhe abgestimmt.',
     ('UKR', 'ceasefire.sequence', 'demand')),
    ('Moscow said it would accept monitors only after Ukraine withdraws its troops from the Donetsk region.',
     ('RUS', 'territory.donbas', 'demand')),
])
def test_what_a_step_waits_for_is_demanded(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)


@pytest.mark.parametrize(("text", "kept", "not_"), [
    ('Die Vorschläge würden einen Sonderstatus für die Krim enthalten und nur im Falle einer Waffenruhe '
     'gelten, sagten die ukrainischen Unterhändler.',
     ('UKR', 'territory.crimea', 'propose'), ('UKR', 'territory.crimea', 'demand')),
    ('Kyiv proposed a special status for Crimea that would apply only in the event of a ceasefire.',
     ('UKR', 'territory.crimea', 'propose'), ('UKR', 'territory.crimea', 'demand')),
])
def test_the_offer_beside_the_condition_stays_an_offer(text: str, kept: tuple[str, str, str],
                                                       not_: tuple[str, str, str]) -> None:
    got = _stances(text)
    assert kept in got and not_ not in got


# declining to comment, or a reporter's question, takes no position on what it names
@pytest.mark.parametrize("text", [
    'Kremlin spokesman Dmitry Peskov declined to comment on proposals for a demilitarised zone '
    'in the Donbas.',
    'The Russian side did not comment on the idea of a buffer zone along the front line.',
    'Asked whether the plan covered the Kherson region, Lavrov refused to give any further details.',
    'Kremlsprecher Peskow wollte sich zu den Vorschlägen für eine entmilitarisierte Zone im Donbass '
    'nicht äußern.',
    'Moskau äußerte sich nicht zu dem Plan einer Pufferzone in der Ostukraine.',
])
def test_declining_to_comment_takes_no_position(text: str) -> None:
    assert _stances(text) == set()


def test_the_answer_after_a_question_keeps_its_cue() -> None:
    text = 'Asked whether Moscow would give up Crimea, Lavrov said Russia rejects any such step.'
    assert ('RUS', 'territory.crimea', 'reject') in _stances(text)


# captives traded in an exchange carried out or brokered are no condition of anyone's
@pytest.mark.parametrize("text", [
    'Im Gegenzug habe Kiew 90 gefangene russische Soldaten übergeben, teilte das ukrainische Militär mit.',
    'Qatar said it had brokered the return of 40 Ukrainian prisoners of war in exchange for 40 Russian '
    'servicemen.',
])
def test_an_exchange_carried_out_is_no_condition(text: str) -> None:
    assert not any(p == 'conditional' for _, _, p in _stances(text))


@pytest.mark.parametrize(("text", "expected"), [
    ('Moskau bot im Gegenzug eine Waffenruhe an, falls Kiew auf den Nato-Beitritt verzichte.',
     ('RUS', 'ceasefire.sequence', 'conditional')),
    ('Russia would release the prisoners in exchange for a halt to strikes on energy infrastructure.',
     ('RUS', 'ceasefire.energy', 'demand')),
])
def test_a_trade_offered_stays_a_condition(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)


# relying or betting on a step ("setzt auf", "counting on", "banking on") is a hope for it
@pytest.mark.parametrize(("text", "expected"), [
    ('Kiew setzt auf einen raschen Austausch von Kriegsgefangenen.',
     ('UKR', 'humanitarian.prisoners', 'support')),
    ('Die Ukraine setzt auf einen weiteren Gefangenenaustausch mit Russland.',
     ('UKR', 'humanitarian.prisoners', 'support')),
    ('Kyiv is counting on a new exchange of prisoners of war before winter.',
     ('UKR', 'humanitarian.prisoners', 'support')),
    ('Ukraine is banking on a further prisoner swap with Russia.',
     ('UKR', 'humanitarian.prisoners', 'support')),
])
def test_betting_on_a_step_supports_it(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)


def test_putting_on_the_agenda_is_no_hope() -> None:
    assert not any(p == 'support' for _, _, p in _stances(
        'Die EU setzt einen Gefangenenaustausch auf die Tagesordnung des Gipfels.'))


# a necessity named first ("Nötig sei ...", "Erforderlich seien ...") is a demand
@pytest.mark.parametrize(("text", "expected"), [
    ('Erforderlich seien vor allem der Abzug der russischen Truppen und die Rückgabe der besetzten Gebiete, '
     'sagte Selenskyj.', ('UKR', 'territory.donbas', 'demand')),
    ('Nötig sei dafür ein vollständiger Rückzug der russischen Truppen, erklärte Kiew.',
     ('UKR', 'territory.donbas', 'demand')),
    ('Selenskyj nannte seine Bedingungen, unerlässlich sei ein Abzug der russischen Truppen.',
     ('UKR', 'territory.donbas', 'demand')),
])
def test_a_necessity_named_first_is_a_demand(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)


# words that only look like a cue: favourable conditions for talks, assessments offered,
# violations of a ceasefire, a seat on the UN Security Council
@pytest.mark.parametrize("text", [
    'The pause is meant to create favourable conditions for negotiations on a ceasefire, Peskov said.',
    'Washington and Moscow offered differing assessments of the chances for a ceasefire.',
    'Die USA und Russland boten unterschiedliche Einschätzungen zu den Aussichten auf eine Waffenruhe an.',
    'Unsere Soldaten müssen bereit sein, Verletzungen der Waffenruhe abzuwehren, sagte Putin.',
    'Russian troops must respond to any violations of the ceasefire, Putin said.',
    'China müsse als ständiges Mitglied des UN-Sicherheitsrates die Souveränität der Ukraine achten, '
    'heißt es in einer Erklärung der EU.',
    'India, a member of the UN Security Council, should press Moscow, the European Union said.',
])
def test_look_alike_cues_take_no_position(text: str) -> None:
    assert _stances(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ('Russia offered a ceasefire over Easter.', ('RUS', 'ceasefire.sequence', 'propose')),
    ('Russland sei bereit, die Waffenruhe einzuhalten und auf Verletzungen zu antworten, sagte Putin.',
     ('RUS', 'ceasefire.sequence', 'accept')),
    ('Die Ukraine strebt eine Mitgliedschaft in der EU an.', ('UKR', 'alliance.eu', 'support')),
])
def test_the_real_cues_stay(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)


# X in exchange for Y ("im Austausch für Y ... X"): Y is sought (a demand), X is what is offered
# (conditional where it is given up or accepted, an offer where proposed)
@pytest.mark.parametrize(("text", "expected"), [
    ('Kiew schlug vor, auf einen Nato-Beitritt zu verzichten, im Austausch für verbindliche '
     'Sicherheitsgarantien.',
     {('UKR', 'alliance.nato', 'propose'), ('UKR', 'security.guarantees', 'demand')}),
    ('Selenskyj sagte, er könne im Austausch für verbindliche Sicherheitsgarantien auf den Nato-Beitritt '
     'verzichten.', {('UKR', 'alliance.nato', 'conditional'), ('UKR', 'security.guarantees', 'demand')}),
    ('Kyiv offered to give up its Nato bid in exchange for binding security guarantees.',
     {('UKR', 'alliance.nato', 'conditional'), ('UKR', 'security.guarantees', 'demand')}),
    ("Russia said it would stop the war in return for Kyiv giving up its hope of joining Nato.",
     {('RUS', 'alliance.nato', 'demand')}),
    ('Moskau bot im Gegenzug für den Verzicht Kiews auf einen Nato-Beitritt eine Waffenruhe an.',
     {('RUS', 'alliance.nato', 'demand'), ('RUS', 'ceasefire.sequence', 'conditional')}),
])
def test_what_is_sought_in_exchange_is_demanded(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _stances(text) == expected
