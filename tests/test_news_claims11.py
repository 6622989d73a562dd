"""Eleventh session: claims of capture, control, accusation, breach and denial, and look-alikes
that are no claim (sentences written for these tests, German and English). Each claim is
(claimant, place) per the corpus README: one record per claimant and place (convention 5)."""

from __future__ import annotations

from collections import Counter

import pytest

from accord.news.extract import extract


def _claims(text: str) -> Counter[tuple[str | None, str | None]]:
    return Counter((e.parties[0] if e.parties else None, e.place)
                   for e in extract(text, "t", "2025-04-20").events if e.kind == "claim")


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia's defence ministry said on Tuesday that its forces had taken full control of Toretsk.",
     [('RUS', 'toretsk')]),
    ('Russian troops have seized the town of Kurakhove, according to the General Staff in Moscow.',
     [('RUS', 'kurakhove')]),
    ("Ukraine's military claimed it had pushed Russian forces out of Robotyne.",
     [('UKR', 'robotyne')]),
    ('The Kremlin claimed on Sunday that its army had liberated Avdiivka.',
     [('RUS', 'avdiivka')]),
    ('Ukrainian forces have regained control of Kupiansk, the regional governor said on Friday.',
     [('UKR', 'kupiansk')]),
    ('Moscow said its troops had captured Siversk and Lyman, claims that Kyiv rejected.',
     [('RUS', 'lyman'), ('RUS', 'siversk'), ('UKR', 'lyman'), ('UKR', 'siversk')]),
    ("Ukraine's General Staff denied that Russian forces had entered Pokrovsk.",
     [('UKR', 'pokrovsk')]),
    ('Kyiv accused Moscow of violating the energy truce with overnight drone strikes.',
     [('UKR', None)]),
    ('Russia blamed Ukraine for the attack on a power plant in the Kursk region, the foreign ministry said.',
     [('RUS', 'kursk')]),
    ('Zelensky accused Russia of sabotaging the peace talks by stalling on a ceasefire.',
     [('UKR', None)]),
    ('The Kremlin rejected accusations that it had broken the Easter ceasefire.',
     [('RUS', None)]),
    ('Moscow and Kyiv accused each other of breaking the 30-day halt on strikes against energy facilities.',
     [('RUS', None), ('UKR', None)]),
    ('Russia has kept its side of the prisoner exchange deal, Peskov said on Wednesday.',
     [('RUS', None)]),
    ('Ukrainian officials said Russia had violated the Black Sea agreement by striking the port of Odesa.',
     [('UKR', 'odesa')]),
    ("Russian forces have captured Vovchansk, Russia's defence ministry claimed on Thursday.",
     [('RUS', 'vovchansk')]),
    ("Ukraine's army said it still controls parts of Chasiv Yar.",
     [('UKR', 'chasiv_yar')]),
    ('According to the Russian General Staff, units of the Southern group seized Myrnohrad.',
     [('RUS', 'myrnohrad')]),
    ('Ukrainian President Volodymyr Zelensky blamed Moscow for a missile strike on Sumy that '
     'killed 30 civilians.',
     [('UKR', 'sumy')]),
    ('Peskov denied that Russian forces had attacked civilians in Kherson.',
     [('RUS', 'kherson')]),
    ('Kyiv said Russia had broken the agreement on the exchange of prisoners of war by '
     'delaying the handover.',
     [('UKR', None)]),
    ("Russia's defence ministry said on Monday its troops had captured Huliaipole, which "
     "Ukraine's southern command denied.",
     [('RUS', 'huliaipole'), ('UKR', 'huliaipole')]),
    ("Ukrainian forces pushed Russian units out of Sudzha, Ukraine's top commander Oleksandr Syrskyi said.",
     [('UKR', 'sudzha')]),
    ('Ukraine denied Russian claims that its troops had been driven out of the Kursk region.',
     [('UKR', 'kursk')]),
    ('Russische Truppen haben nach Angaben des Verteidigungsministeriums in Moskau die Stadt '
     'Pokrowsk eingenommen.',
     [('RUS', 'pokrovsk')]),
    ('Laut dem ukrainischen Generalstab haben die eigenen Einheiten das Dorf Robotyne befreit.',
     [('UKR', 'robotyne')]),
    ('Das russische Militär teilte am Samstag mit, es habe Kupjansk vollständig unter Kontrolle gebracht.',
     [('RUS', 'kupiansk')]),
    ('Russland behauptet, Torezk und Tschassiw Jar erobert zu haben.',
     [('RUS', 'chasiv_yar'), ('RUS', 'toretsk')]),
    ('Die ukrainische Armee kontrolliere weiterhin Teile von Kurachowe, sagte ein Militärsprecher.',
     [('UKR', 'kurakhove')]),
    ('Kiew wies die Angaben Moskaus über die Einnahme von Siwersk zurück.',
     [('UKR', 'siversk')]),
    ('Der ukrainische Generalstab dementierte, dass russische Truppen in Myrnohrad eingedrungen seien.',
     [('UKR', 'myrnohrad')]),
    ('Moskau warf Kiew vor, die vereinbarte Waffenruhe für Energieanlagen gebrochen zu haben.',
     [('RUS', None)]),
    ('Selenskyj beschuldigte Russland, die Friedensgespräche gezielt zu sabotieren.',
     [('UKR', None)]),
    ('Die Ukraine machte Russland für den Raketenangriff auf Sumy verantwortlich.',
     [('UKR', 'sumy')]),
    ('Russland und die Ukraine beschuldigen sich gegenseitig, die Osterwaffenruhe verletzt zu haben.',
     [('RUS', None), ('UKR', None)]),
    ('Der Kreml bestritt, dass russische Streitkräfte zivile Ziele in Charkiw angegriffen hätten.',
     [('RUS', 'kharkiv')]),
    ('Der Gouverneur der Region Kursk teilte mit, ukrainische Einheiten seien aus Sudscha vertrieben worden.',
     [('RUS', 'sudzha')]),
    ('Russland hat nach eigenen Angaben die Kleinstadt Wuhledar erobert.',
     [('RUS', 'vuhledar')]),
    ('Das ukrainische Außenministerium wies die russischen Vorwürfe zurück, Kiew habe die '
     'Energiepause missachtet.',
     [('UKR', None)]),
    ('Die russische Armee hat laut dem Verteidigungsministerium in Moskau die Ortschaft '
     'Siwersk eingenommen, was Kiew bestritt.',
     [('RUS', 'siversk'), ('UKR', 'siversk')]),
    ('Die Ukraine warf Russland vor, Zivilisten in Cherson gezielt angegriffen zu haben.',
     [('UKR', 'kherson')]),
    ('Moskau hat die Anschuldigung zurückgewiesen, es verzögere den Austausch von Gefangenen.',
     [('RUS', None)]),
    ('Laut Kiew hält Russland die vereinbarte Feuerpause nicht ein.',
     [('UKR', None)]),
    ('Der russische Generalstabschef Gerassimow behauptete, die Armee habe Wowtschansk '
     'vollständig unter Kontrolle.',
     [('RUS', 'vovchansk')]),
    ('Die Ukraine beschuldigte Moskau, mit dem Angriff auf Odessa die Gespräche in Istanbul '
     'torpedieren zu wollen.',
     [('UKR', 'odesa')]),
])
def test_capture_and_denial_claims(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _claims(text) == Counter(expected)


@pytest.mark.parametrize("text", [
    'Russian drones struck an energy facility in the Odesa region overnight.',
    'Putin announced a unilateral 30-hour Easter truce on Saturday.',
    'Russia said it would withdraw from the Black Sea grain deal.',
    'The two delegations exchanged memoranda on a settlement in Istanbul.',
    'Analysts accused the Kremlin of playing for time in the negotiations.',
    'Russian forces captured Bakhmut in May 2023 after months of fighting.',
    'If Russian troops take Pokrovsk, the front could shift westward.',
    'Zelensky said Ukraine would never recognise Russian control over Crimea.',
    'The ceasefire would be violated if either side launched new strikes, the mediators warned.',
    'Five commanders were taken to Türkiye under the exchange deal.',
    'Russische Drohnen trafen in der Nacht ein Umspannwerk bei Charkiw.',
    'Putin ordnete eine einseitige Waffenruhe über Ostern an.',
    'Russland kündigte an, das Getreideabkommen nicht zu verlängern.',
    'Kritiker werfen der Regierung in Moskau vor, die Gespräche zu verschleppen.',
    'Sollte Russland die Waffenruhe brechen, werde Kiew reagieren, sagte Selenskyj.',
    'Die russische Armee hatte Awdijiwka im Februar 2024 nach monatelangen Kämpfen erobert.',
    'Die Ukraine fordert die Anerkennung ihrer Kontrolle über Cherson.',
    'Beide Seiten tauschten in Istanbul Memoranden aus.',
    'Die Kämpfe um Pokrowsk dauern nach Angaben von Beobachtern an.',
    'Russland werde die Vereinbarung einhalten, sagte Peskow.',
])
def test_look_alikes_are_no_claim(text: str) -> None:
    got = [(e.kind, e.cue) for e in extract(text, "t", "2025-04-20").events if e.kind == "claim"]
    assert not got, got


@pytest.mark.parametrize(("text", "expected"), [
    ("Sybiha charged that Moscow had flouted the moratorium on energy strikes.",
     [("UKR", None)]),
    ("The mayor of Kostiantynivka said Russian troops had not entered the city, dismissing "
     "Moscow's claim.",
     [("UKR", "kostiantynivka")]),
    ("Kremlsprecher Peskow sagte, Russland habe sich an die Vereinbarung über den "
     "Gefangenenaustausch gehalten.",
     [("RUS", None)]),
    ("Nach Darstellung Kiews hat Moskau das Getreideabkommen mit Angriffen auf den Hafen von Odessa "
     "gebrochen.",
     [("UKR", "odesa")]),
    ("Wie der ukrainische Generalstab mitteilte, haben die Truppen das Dorf Robotyne zurückerobert.",
     [("UKR", "robotyne")]),
])
def test_accusation_breach_and_attribution_wordings(text: str,
                                                    expected: list[tuple[str, str | None]]) -> None:
    # "charged that", a deal kept ("habe sich an ... gehalten"), a German compound deal
    # ("Getreideabkommen"), the source "nach Darstellung", a subordinate "wie ... mitteilte"; an
    # English speaker before "said" is the subject, not the side named after it
    assert _claims(text) == Counter(expected)


@pytest.mark.parametrize("text", [
    "Nach der Sommerpause kritisierte Kiew, dass die Gespräche einseitig vertagt worden seien.",
    "Die Armee habe die Lage in der Stadt unter Kontrolle, sagte der Gouverneur nach dem Brand.",
])
def test_a_pause_or_a_fire_under_control_is_no_claim(text: str) -> None:
    got = [(e.kind, e.cue) for e in extract(text, "t", "2025-04-20").events if e.kind == "claim"]
    assert not got, got


@pytest.mark.parametrize(("text", "place"), [
    ("Russia claims to have captured the town of Kurakhove after weeks of fighting.", "kurakhove"),
    ("Moscow says its troops now control Kurakhove.", "kurakhove"),
    ("Russian forces are in full control of Avdiivka, the defence ministry announced.", "avdiivka"),
    ("Russia's army has overrun the town of Vuhledar, Moscow said.", "vuhledar"),
    ("Kyiv insists its troops are still holding positions in Pokrovsk.", "pokrovsk"),
    ("Ukraine's border guards said they had recaptured Robotyne.", "robotyne"),
    ("Moscow denied striking a residential building in Kharkiv.", "kharkiv"),
    ("Der ukrainische Grenzschutz gab an, Robotyne zurückerobert zu haben.", "robotyne"),
    ("Kiew hält die Angaben Moskaus über die Einnahme von Kupjansk für falsch.", "kupiansk"),
    ("Eine ukrainische Brigade meldete, sie habe das Dorf Robotyne befreit.", "robotyne"),
    ("Moskau behauptet, die Ukraine habe den Austausch von Gefangenen sabotiert.", None),
])
def test_more_claim_wordings(text: str, place: str | None) -> None:
    # claiming "to have", control as a verb or state, "overrun", "still holding", brigades and
    # border guards, "gab an", an attack denied by its gerund, "für falsch", "sabotiert"
    got = [(e.place, e.cue) for e in extract(text, "t", "2025-04-20").events if e.kind == "claim"]
    assert place in [p for p, _ in got], got


@pytest.mark.parametrize("text", [
    "Moscow says it annexed four regions in 2022 but does not fully control any of them.",
    "Russia is not in full control of the Zaporizhzhia region, Western officials believe.",
    "Moscow calls the four regions its own, although its army has never completely controlled them.",
])
def test_negated_control_is_no_capture(text: str) -> None:
    got = [(e.kind, e.claim, e.cue) for e in extract(text, "t", "2025-04-20").events
           if e.kind == "claim" and e.claim in ("capture", "control")]
    assert not got, got


@pytest.mark.parametrize("text", [
    "Beide Seiten warfen sich vor, gegen die vereinbarte Feuerpause verstoßen zu haben.",
    "Moskau und Kiew beschuldigten sich, die Waffenruhe gebrochen zu haben.",
    "Both sides accused the other of breaking the truce.",
    "Russia and Ukraine blamed the other for the collapse of the Easter ceasefire.",
])
def test_a_reciprocal_accusation_without_each_other_is_one_claim_per_side(text: str) -> None:
    assert _claims(text) == Counter([("RUS", None), ("UKR", None)])


def test_a_self_reproach_is_no_mutual_accusation() -> None:
    got = _claims("Selenskyj warf sich vor, zu lange mit der Mobilisierung gezögert zu haben.")
    assert ("RUS", None) not in got, got


def test_a_breach_without_place_or_day_takes_those_of_the_incident_before() -> None:
    text = ("Am Wochenende scheiterte die Evakuierung von Zivilisten aus Mariupol erneut. Beide Seiten "
            "warfen sich vor, gegen die vereinbarte Feuerpause verstoßen zu haben.")
    got = [(e.parties, e.place, e.date_start) for e in extract(text, "t", "2022-03-07").events
           if e.kind == "claim"]
    assert got == [(["RUS"], "mariupol", "2022-03-05"), (["UKR"], "mariupol", "2022-03-05")], got
    # an event of its own in the sentence before (a round): no incident to take from
    text2 = ("Am Montag trafen sich die Delegationen in Istanbul. Russland warf der Ukraine vor, die "
             "Waffenruhe gebrochen zu haben.")
    got2 = [(e.place, e.date_start) for e in extract(text2, "t", "2022-03-07").events if e.kind == "claim"]
    assert got2 and all(p != "istanbul" for p, _ in got2), got2


@pytest.mark.parametrize(("text", "expected"), [
    # reported speech (Konjunktiv I) going on from a speaker two sentences back whose sentence
    # made no claim: that side's accusation; energy sites are a concrete target
    ("Selenskyj schrieb am Dienstag, Russland wolle die Menschen im Winter terrorisieren. Nach "
     "seinen Worten gab es mehrere Verletzte. Russland habe gezielt Umspannwerke und Kraftwerke "
     "angegriffen.", [("UKR", None)]),
    ("Der ukrainische Energieminister meldete am Montag neue Schäden. Russland habe in der Nacht ein "
     "Wärmekraftwerk in Charkiw beschossen.", [("UKR", "kharkiv")]),
    # an impersonal source of its own ("hieß es"): no speaker to go on from
    ("Der ukrainische Generalstab bestätigte am Montag einen Befehl, nur das Feuer zu erwidern. Es "
     "habe aber von russischer Seite weiter Beschuss im Frontgebiet gegeben, hieß es.", []),
    # the reporter's own account: no claim
    ("Russia attacked energy facilities across the country overnight.", []),
])
def test_reported_speech_goes_on_from_the_speaker_before(text: str,
                                                         expected: list[tuple[str, str | None]]) -> None:
    assert _claims(text) == Counter(expected)
