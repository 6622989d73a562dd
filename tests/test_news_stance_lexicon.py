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
    ('The Kremlin insists Zelensky is an illegitimate leader.',
     ('RUS', 'politics.elections', 'demand')),
    ('Die EU will die bei Euroclear blockierten Gelder für die Ukraine nutzen.',
     ('EU', 'economy.frozen_assets', 'support')),
    ('Brussels backs using the immobilised Russian assets for Ukraine, the EU said.',
     ('EU', 'economy.frozen_assets', 'support')),
    ('Kiew schlug vor, Angriffe auf Kraftwerke und Umspannwerke für einen Monat einzustellen.',
     ('UKR', 'ceasefire.energy', 'propose')),
    # (a step offered under a condition stays the offer: conditional is an acceptance only under one)
    ('Ukraine offered to halt strikes on Russian oil refineries if Moscow spared its power grid.',
     ('UKR', 'ceasefire.energy', 'propose')),
    ('Moskau lehnte eine Kampfpause über die Feiertage ab.',
     ('RUS', 'ceasefire.sequence', 'reject')),
    ('Kyiv called for an immediate halt to the fighting.',
     ('UKR', 'ceasefire.sequence', 'demand')),
    ('Kiew fordert die Rückführung der verschleppten Kinder.',
     ('UKR', 'humanitarian.prisoners', 'demand')),
    ('Ukraine demands the return of the children deported to Russia.',
     ('UKR', 'humanitarian.prisoners', 'demand')),
    ('Moskau setzt den Verzicht auf den Nato-Beitritt für jede Einigung voraus.',
     ('RUS', 'alliance.nato', 'demand')),
    ('Russland erwartet von Kiew den Verzicht auf die Nato-Mitgliedschaft.',
     ('RUS', 'alliance.nato', 'demand')),
    ('Moskau stellte Kiew ein Ultimatum zum Abzug aus dem Donbass.',
     ('RUS', 'territory.donbas', 'demand')),
    ('Russia is holding out for all of the Donbas.',
     ('RUS', 'territory.donbas', 'demand')),
    ('Die Ukraine dürfe nicht Mitglied der Nato werden, sagte Lawrow.',
     ('RUS', 'alliance.nato', 'demand')),
    ('Von einem Gebietsverzicht will Kiew nichts wissen.',
     ('UKR', 'territory.donbas', 'reject')),
    ('Selenskyj: Eine Abtretung des Donbass kommt auf keinen Fall in Betracht.',
     ('UKR', 'territory.donbas', 'reject')),
    ('Ein Verzicht auf die Krim sei für die Ukraine undenkbar, sagte Sybiha.',
     ('UKR', 'territory.crimea', 'reject')),
    ('Zelensky said Ukraine cannot accept the loss of Donetsk.',
     ('UKR', 'territory.donbas', 'reject')),
    ("Ukraine doesn't agree to withdraw from the Donbas, Zelensky said.",
     ('UKR', 'territory.donbas', 'reject')),
    ('Zelensky said no to ceding Donetsk.',
     ('UKR', 'territory.donbas', 'reject')),
    ('Russia is unwilling to discuss a ceasefire, Kyiv says.',
     ('RUS', 'ceasefire.sequence', 'reject')),
    ('Kyiv says ceding Crimea is off the table.',
     ('UKR', 'territory.crimea', 'reject')),
    ('Die Ukraine sperrt sich gegen jede Begrenzung ihrer Armee.',
     ('UKR', 'military.army_size', 'reject')),
    ('Kiew willigte in einen Gefangenenaustausch ein.',
     ('UKR', 'humanitarian.prisoners', 'accept')),
    ('Moskau hat einem Austausch aller gegen alle eingewilligt.',
     ('RUS', 'humanitarian.prisoners', 'accept')),
    ('Russland lenkte ein und stimmte der Energie-Waffenruhe zu.',
     ('RUS', 'ceasefire.energy', 'accept')),
    ('Die Ukraine zeigte sich beim Thema Wahlen kompromissbereit.',
     ('UKR', 'politics.elections', 'accept')),
    ('Kiew hat sich mit einem Verzicht auf die Nato-Mitgliedschaft abgefunden.',
     ('UKR', 'alliance.nato', 'accept')),
    ('Russland nahm das Angebot einer Waffenruhe an.',
     ('RUS', 'ceasefire.sequence', 'accept')),
    ('Moscow went along with the energy truce.',
     ('RUS', 'ceasefire.energy', 'accept')),
    ('Kyiv signed on to the US ceasefire proposal.',
     ('UKR', 'ceasefire.sequence', 'accept')),
    ('Russia acquiesced to a prisoner swap.',
     ('RUS', 'humanitarian.prisoners', 'accept')),
    ('Ukraine gave the green light to a 30-day truce.',
     ('UKR', 'ceasefire.sequence', 'accept')),
    ('Die Europäer stellen sich hinter die Forderung nach Sicherheitsgarantien.',
     ('EUR', 'security.guarantees', 'support')),
    ('Washington would back a European reassurance force.',
     ('USA', 'security.foreign_troops', 'support')),
    ('France and Britain prefer a multinational force to monitors.',
     ('EUR', 'security.foreign_troops', 'support')),
    ("The European Union stands behind Ukraine's bid to join the bloc.",
     ('EU', 'alliance.eu', 'support')),
    ('Macron brachte eine europäische Friedenstruppe ins Spiel.',
     ('FRA', 'security.foreign_troops', 'propose')),
    ('Erdogan regte einen Gefangenenaustausch an.',
     ('TUR', 'humanitarian.prisoners', 'propose')),
    ('Washington tabled a plan for a ceasefire on the existing line of contact.',
     ('USA', 'ceasefire.sequence', 'propose')),
    ('Trump floated lifting some sanctions on Russia.',
     ('USA', 'economy.sanctions', 'propose')),
    ('Witkoff pitched a truce on energy infrastructure to Putin.',
     ('USA', 'ceasefire.energy', 'propose')),
    ('The Kremlin mooted an exchange of all prisoners.',
     ('RUS', 'humanitarian.prisoners', 'propose')),
    ('Kiew würde Wahlen erst nach einem Waffenstillstand abhalten.',
     ('UKR', 'politics.elections', 'conditional')),
    ('Eine Waffenruhe werde es nicht geben, es sei denn, der Westen stoppe die Lieferungen, sagte Peskow.',
     ('RUS', 'ceasefire.sequence', 'conditional')),
    ('Moscow would ease its stance on a ceasefire in return for sanctions relief.',
     ('RUS', 'ceasefire.sequence', 'conditional')),
    ("Kyiv's backing for elections is contingent on a lasting ceasefire.",
     ('UKR', 'politics.elections', 'conditional')),
    ('According to the Kremlin, Ukraine must withdraw from Donetsk and Luhansk.',
     ('RUS', 'territory.donbas', 'demand')),
    ('Nach Ansicht Moskaus muss die Ukraine neutral bleiben.',
     ('RUS', 'alliance.nato', 'demand')),
    ('Ein Waffenstillstand komme nicht in Frage, hieß es aus dem Kreml.',
     ('RUS', 'ceasefire.sequence', 'reject')),
    ('Der Kremlchef lehnte eine bedingungslose Waffenruhe ab.',
     ('RUS', 'ceasefire.sequence', 'reject')),
    ('Kremlsprecher Peskow wies die Forderung nach einer Waffenruhe zurück.',
     ('RUS', 'ceasefire.sequence', 'reject')),
    ('Der Kreml-Sprecher wies die Idee einer Waffenruhe zurück.',
     ('RUS', 'ceasefire.sequence', 'reject')),
    ('The Pentagon opposes sending US troops to Ukraine.',
     ('USA', 'security.foreign_troops', 'reject')),
    ('Moskau hat keine Absicht, auf die Krim zu verzichten.',
     ('RUS', 'territory.crimea', 'reject')),
    ('Russia has no intention of returning the occupied territories, Lavrov said.',
     ('RUS', 'territory.donbas', 'reject')),
    ('Frankreich zeigte sich skeptisch gegenüber einer Lockerung der Sanktionen.',
     ('FRA', 'economy.sanctions', 'reject')),
    ('Washington voiced reservations about deploying peacekeepers.',
     ('USA', 'security.foreign_troops', 'reject')),
    ('Kiew habe nichts dagegen, wenn Beobachter die Waffenruhe überwachten, sagte Sybiha.',
     ('UKR', 'ceasefire.sequence', 'accept')),
    ('Moscow said it had no objection to a new prisoner exchange.',
     ('RUS', 'humanitarian.prisoners', 'accept')),
    ('Der Kreml signalisierte Offenheit für einen Gefangenenaustausch.',
     ('RUS', 'humanitarian.prisoners', 'accept')),
    ('Kyiv signalled openness to a truce on energy strikes.',
     ('UKR', 'ceasefire.energy', 'accept')),
    ('Die Ukraine hat sich bereiterklärt, an einer Waffenruhe teilzunehmen.',
     ('UKR', 'ceasefire.sequence', 'accept')),
    ('Russland verpflichtete sich, Angriffe auf die Energieinfrastruktur auszusetzen.',
     ('RUS', 'ceasefire.energy', 'support')),
    # a promise to the other side is an offer (session 13: the annotation codes "zugesagt",
    # "versprochen", "promised" as propose; readiness to give stays support)
    ('Die Europäer haben der Ukraine Sicherheitsgarantien zugesagt.',
     ('EUR', 'security.guarantees', 'propose')),
    ('Die Bundesregierung zielt auf eine rasche Waffenruhe ab.',
     ('DEU', 'ceasefire.sequence', 'support')),
    ('Kiew legt großen Wert auf verbindliche Sicherheitsgarantien.',
     ('UKR', 'security.guarantees', 'support')),
    ('Ukraine is asking for security guarantees from Washington.',
     ('UKR', 'security.guarantees', 'propose')),
    ('Zelensky said security guarantees were essential for any deal.',
     ('UKR', 'security.guarantees', 'demand')),
    ('Garantien seien unerlässlich, sagte Selenskyj.',
     ('UKR', 'security.guarantees', 'demand')),
    ('Poland is lobbying for tougher sanctions on Moscow.',
     ('POL', 'economy.sanctions', 'demand')),
    ('Medwedew lehnte jede Waffenruhe ab.',
     ('RUS', 'ceasefire.sequence', 'reject')),
    ('Podolyak rejected any territorial concessions.',
     ('UKR', 'territory.donbas', 'reject')),
    ('Lubinez forderte einen Austausch aller Gefangenen.',
     ('UKR', 'humanitarian.prisoners', 'demand')),
    ('Bessent demanded tougher sanctions on Russian oil.',
     ('USA', 'economy.sanctions', 'demand')),
    ('Pistorius sprach sich gegen die Entsendung deutscher Soldaten aus.',
     ('DEU', 'security.foreign_troops', 'reject')),
    ("The Pentagon backs a cap on Ukraine's army.",
     ('USA', 'military.army_size', 'support')),
    ('Der Élysée-Palast unterstützt eine europäische Schutztruppe.',
     ('FRA', 'security.foreign_troops', 'support')),
    ('Die Weigerung Moskaus, einer Waffenruhe zuzustimmen, verärgerte Washington.',
     ('RUS', 'ceasefire.sequence', 'reject')),
    ('Kiews Zustimmung zu einer Energie-Waffenruhe kam überraschend.',
     ('UKR', 'ceasefire.energy', 'accept')),
    ('Putins Angebot einer Feuerpause stieß in Kiew auf Skepsis.',
     ('RUS', 'ceasefire.sequence', 'propose')),
    ("Russia's refusal to agree to a ceasefire angered Washington.",
     ('RUS', 'ceasefire.sequence', 'reject')),
    ("Zelensky's opposition to ceding land has not changed.",
     ('UKR', 'territory.donbas', 'reject')),
    ('Trumps Vorschlag, die Front einzufrieren, lehnte Kiew ab.',
     ('UKR', 'territory.donbas', 'reject')),
    ('Trumps Vorschlag, die Front einzufrieren, lehnte Kiew ab.',
     ('USA', 'territory.donbas', 'propose')),
    ('Russland werde die Krim niemals zurückgeben, sagte Peskow.',
     ('RUS', 'territory.crimea', 'reject')),
    ('Moscow will never hand back Crimea, Lavrov said.',
     ('RUS', 'territory.crimea', 'reject')),
    ('Kyiv would only hold elections after a ceasefire, Zelensky said.',
     ('UKR', 'politics.elections', 'conditional')),
    ('Wahlen werde es erst nach einem dauerhaften Waffenstillstand geben, sagte Selenskyj.',
     ('UKR', 'politics.elections', 'conditional')),
    ('Officials in Kyiv rejected the idea of a buffer zone.',
     ('UKR', 'territory.donbas', 'reject')),
    ('Vertreter der Ukraine lehnten eine Pufferzone ab.',
     ('UKR', 'territory.donbas', 'reject')),
    ('A spokesman for the Kremlin ruled out a ceasefire.',
     ('RUS', 'ceasefire.sequence', 'reject')),
    ('Diplomaten aus Moskau bestanden auf einem Verzicht auf die Nato-Mitgliedschaft.',
     ('RUS', 'alliance.nato', 'demand')),
    ('Ein Sprecher des Kremls wies die Forderung nach einer Waffenruhe zurück.',
     ('RUS', 'ceasefire.sequence', 'reject')),
    ('Nach Gesprächen mit Vertretern der Ukraine lehnte Russland eine Waffenruhe ab.',
     ('RUS', 'ceasefire.sequence', 'reject')),
    ('Der Kreml hält eine Waffenruhe für nicht akzeptabel.',
     ('RUS', 'ceasefire.sequence', 'reject')),
    ('Moskau nannte die Stationierung europäischer Truppen unakzeptabel.',
     ('RUS', 'security.foreign_troops', 'reject')),
    ('Die Ukraine fordert, dass Russland keine Öl- und Gaseinnahmen mehr erzielen dürfe.',
     ('UKR', 'economy.sanctions', 'demand')),
    ("Kyiv urged Europe to act against Russia's shadow fleet.",
     ('UKR', 'economy.sanctions', 'demand')),
    ('Russland lehnt einen Beitritt der Ukraine zur Allianz ab.',
     ('RUS', 'alliance.nato', 'reject')),
    ("Kyiv refuses to recognise Russia's territorial gains.",
     ('UKR', 'territory.donbas', 'reject')),
    ('Moscow demands that Kyiv withdraw from the remaining occupied areas.',
     ('RUS', 'territory.donbas', 'demand')),
    ('Zelensky said Russia demands the whole of the Donbas.',
     ('RUS', 'territory.donbas', 'demand')),
    ('Selenskyj sagte, Russland fordere den Abzug aus dem Donbass.',
     ('RUS', 'territory.donbas', 'demand')),
    ('Zelensky said Russia must withdraw from the Donbas.',
     ('UKR', 'territory.donbas', 'demand')),
    ('Peskow erklärte, Kiew müsse auf die Nato verzichten.',
     ('RUS', 'alliance.nato', 'demand')),
    ('Moscow is ready for a prisoner exchange, Peskov said, but Kyiv has refused.',
     ('RUS', 'humanitarian.prisoners', 'accept')),
    ('Moscow is ready for a prisoner exchange, Peskov said, but Kyiv has refused.',
     ('UKR', 'humanitarian.prisoners', 'reject')),
    ('Russia wants Ukraine to give up Donetsk, while Kyiv insists on holding the line.',
     ('UKR', 'territory.donbas', 'demand')),
    ('Russland will den Donbass, während Kiew auf einem Einfrieren der Front besteht.',
     ('UKR', 'territory.donbas', 'demand')),
    ('Die Ukraine fordert Sicherheitsgarantien, doch Moskau lehnt jede westliche Truppenpräsenz ab.',
     ('RUS', 'security.foreign_troops', 'reject')),
    ('Die Ukraine fordert Sicherheitsgarantien, doch Moskau lehnt jede westliche Truppenpräsenz ab.',
     ('UKR', 'security.guarantees', 'demand')),
    ('Es heißt, dass Moskau eine Waffenruhe nicht ausschließt.',
     ('RUS', 'ceasefire.sequence', 'accept')),
    ('Der Kreml erklärte, dass er einen Gefangenenaustausch vorschlägt.',
     ('RUS', 'humanitarian.prisoners', 'propose')),
    ('Selenskyj sagte, dass die Ukraine auf Sicherheitsgarantien besteht.',
     ('UKR', 'security.guarantees', 'demand')),
    ('Peskow sagte, dass Russland jede Waffenruhe zurückweist.',
     ('RUS', 'ceasefire.sequence', 'reject')),
    ('Kiew betonte, dass es an seinem Ziel eines Nato-Beitritts festhält.',
     ('UKR', 'alliance.nato', 'support')),
    ("Russia won't budge on Crimea, Lavrov said.",
     ('RUS', 'territory.crimea', 'reject')),
    ('Die Krim steht für Kiew nicht zur Disposition.',
     ('UKR', 'territory.crimea', 'reject')),
    ('Selenskyj sagte, die Frage der Sicherheitsgarantien sei verhandelbar.',
     ('UKR', 'security.guarantees', 'accept')),
    ('Kyiv has signalled flexibility on elections.',
     ('UKR', 'politics.elections', 'accept')),
    ('Die Ukraine zeigte sich bei der Truppenstärke flexibel.',
     ('UKR', 'military.army_size', 'accept')),
    ('Sanctions relief is not negotiable, the EU said.',
     ('EU', 'economy.sanctions', 'reject')),
])
def test_stance_wording(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text), _stances(text)


# pleading, campaigning or pushing for something is a demand (convention 2, like "calls for");
# an endorsement ("tritt für X ein", "backs") stays support; an international force is a foreign
# troop presence
@pytest.mark.parametrize(("text", "expected", "absent"), [
    ('Selenskyj plädierte für eine Friedenstruppe entlang der Front.',
     ('UKR', 'security.foreign_troops', 'demand'), ('UKR', 'security.foreign_troops', 'support')),
    ('Frankreich setzt sich seit Wochen für eine internationale Truppe ein.',
     ('FRA', 'security.foreign_troops', 'demand'), ('FRA', 'security.foreign_troops', 'support')),
    ('Die Ukraine hat sich stets für härtere Sanktionen eingesetzt.',
     ('UKR', 'economy.sanctions', 'demand'), None),
    ('Kiew macht sich für verbindliche Sicherheitsgarantien stark.',
     ('UKR', 'security.guarantees', 'demand'), ('UKR', 'security.guarantees', 'support')),
    ('Britain advocates an international force to watch over any truce line.',
     ('GBR', 'security.foreign_troops', 'demand'), None),
    ('Washington would back a European reassurance force.',
     ('USA', 'security.foreign_troops', 'support'), ('USA', 'security.foreign_troops', 'demand')),
    ('Die Ukraine will Truppen einsetzen, um die Krim zu halten.',
     ('UKR', 'territory.crimea', 'support'), ('UKR', 'territory.crimea', 'demand')),
])
def test_advocacy_is_demand(text: str, expected: tuple[str, str, str],
                            absent: tuple[str, str, str] | None) -> None:
    got = _stances(text)
    assert expected in got, got
    assert absent not in got, got


# a neutral party or mediator is no neutrality of Ukraine; another country's elections are not
# the elections issue
@pytest.mark.parametrize("text", [
    'India wants to be seen as a neutral party in the war.',
    'Die Schweiz bietet sich als neutraler Vermittler an und will Gespräche ausrichten.',
    'Das Weiße Haus will sich ab Herbst ganz auf die US-Parlamentswahl konzentrieren.',
    'The White House wants to focus on the midterm elections in November.',
])
def test_not_the_issue(text: str) -> None:
    got = _stances(text)
    assert not any(i in ('alliance.nato', 'politics.elections') for _, i, _ in got), got


@pytest.mark.parametrize(("text", "expected"), [
    ('Moscow insists that Ukraine remain neutral.', ('RUS', 'alliance.nato', 'demand')),
    ('Washington drängt auf Präsidentschaftswahlen in der Ukraine.', ('USA', 'politics.elections', 'demand')),
])
def test_still_the_issue(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)


# the four regions with an adjective between ("four Ukrainian regions", "vier ukrainische
# Gebiete") are the east and the south
@pytest.mark.parametrize(("text", "expected"), [
    ("The Kremlin said a peace deal must recognise Russia's rule over four Ukrainian regions.",
     {('RUS', 'territory.donbas', 'demand'), ('RUS', 'territory.south', 'demand')}),
    ('Moskau verlangt die Anerkennung der vier ukrainischen Gebiete als russisch.',
     {('RUS', 'territory.donbas', 'demand'), ('RUS', 'territory.south', 'demand')}),
    ('Kyiv rejects ceding the four eastern regions outright.',
     {('UKR', 'territory.donbas', 'reject')}),
])
def test_four_regions(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = _stances(text)
    assert expected <= got, got


# parts or areas of eastern Ukraine name the territory issue; in a condition of an offer they are
# what the offer asks for
@pytest.mark.parametrize(("text", "expected"), [
    ('Washington stellte mehr Waffen in Aussicht, falls sich Kiew aus Teilen der Ostukraine zurückziehe.',
     ('USA', 'territory.donbas', 'propose')),
    ('Russland verlangt den Rückzug Kiews aus den Gebieten der Ostukraine.',
     ('RUS', 'territory.donbas', 'demand')),
    ('Kyiv refuses to pull its troops out of the remaining areas of eastern Ukraine.',
     ('UKR', 'territory.donbas', 'reject')),
])
def test_parts_of_eastern_ukraine(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text), _stances(text)


# naming a step the way to peace or to the end of the war puts it forward
@pytest.mark.parametrize(("text", "expected"), [
    ('Moskau bezeichnete einen Abzug Kiews aus dem Donbass als Möglichkeit für ein Kriegsende.',
     ('RUS', 'territory.donbas', 'propose')),
    ('Ein Verzicht auf die Krim sei der einzige Weg zum Frieden, sagte Lawrow.',
     ('RUS', 'territory.crimea', 'propose')),
    ('Dmitriev wrote that leaving the Donbas was the only path to peace for Ukraine.',
     ('RUS', 'territory.donbas', 'propose')),
])
def test_way_to_peace(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text), _stances(text)


# qualifying one's own position ("schränkte ein, dass ...") concedes a point
@pytest.mark.parametrize(("text", "expected", "absent"), [
    ('Selenskyj strebt für sein Land die Aufnahme in die Nato an. Er schränkte jedoch ein, dass es '
     'damit auf absehbare Zeit wohl nichts werde.', ('UKR', 'alliance.nato', 'accept'), None),
    ('Russland schränkte die Gaslieferungen ein, sagte Selenskyj über die Sanktionen.', None,
     ('RUS', 'economy.sanctions', 'accept')),
])
def test_qualifying_is_a_concession(text: str, expected: tuple[str, str, str] | None,
                                    absent: tuple[str, str, str] | None) -> None:
    got = _stances(text)
    assert expected is None or expected in got, got
    assert absent not in got, got


# "the way to peace" puts a step forward only when the step is named as that way; a bare mention
# proposes nothing
@pytest.mark.parametrize("text", [
    'Merz sagte, der Weg zum Frieden sei noch weit, über Sicherheitsgarantien für die Ukraine werde '
    'weiter verhandelt.',
    'Merz said the way to peace was still long, and talks on security guarantees for Ukraine would go on.',
])
def test_bare_way_to_peace_proposes_nothing(text: str) -> None:
    assert ('DEU', 'security.guarantees', 'propose') not in _stances(text)


@pytest.mark.parametrize("text", [
    'Merz sagte, dass Sicherheitsgarantien der einzige Weg zum Frieden seien.',
    'Merz said security guarantees are the only way to peace.',
])
def test_named_way_to_peace_proposes(text: str) -> None:
    assert ('DEU', 'security.guarantees', 'propose') in _stances(text)


# regions named only as where something happened ("in four Ukrainian regions") are no territory issue
@pytest.mark.parametrize("text", [
    'Zelensky proposed an energy ceasefire after Russian drones hit power plants in four Ukrainian '
    'regions overnight.',
    'Selenskyj schlug eine Energie-Waffenruhe vor, nachdem russische Drohnen über Nacht Kraftwerke in '
    'vier ukrainischen Regionen getroffen hatten.',
])
def test_four_regions_as_a_location_are_no_territory(text: str) -> None:
    got = _stances(text)
    assert ('UKR', 'ceasefire.energy', 'propose') in got
    assert not {s for s in got if s[1].startswith('territory.')}


# praise or thanks for a step endorses it (support); "thanks to" and "dank" only give a cause
@pytest.mark.parametrize(("text", "expected"), [
    ("Selenskyj nannte den Austausch der Gefangenen einen großen Erfolg.",
     ('UKR', 'humanitarian.prisoners', 'support')),
    ("Zelensky hailed the prisoner swap as a breakthrough.", ('UKR', 'humanitarian.prisoners', 'support')),
    ("Erdogan thanked both sides for agreeing to the prisoner exchange.",
     ('TUR', 'humanitarian.prisoners', 'support')),
    ("Die Ukraine bedankte sich bei Katar für die Vermittlung beim Gefangenenaustausch.",
     ('UKR', 'humanitarian.prisoners', 'support')),
])
def test_praise_is_support(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)


@pytest.mark.parametrize(("text", "thanked"), [
    ("Thanks to Turkish mediation, the two sides swapped 90 prisoners each.",
     "Zelensky thanked Turkey for its mediation, after the two sides swapped 90 prisoners each."),
    ("Dank türkischer Vermittlung tauschten beide Seiten je 90 Gefangene aus.",
     "Selenskyj dankte der Türkei für die Vermittlung, nachdem beide Seiten je 90 Gefangene "
     "ausgetauscht hatten."),
])
def test_thanks_to_is_no_praise(text: str, thanked: str) -> None:
    got = _stances(text)
    assert ('RUS', 'humanitarian.prisoners', 'accept') in got, got  # the swap itself still counts
    assert not any(p == 'support' for _, _, p in got), got
    # a side thanking for the swap is praise: support
    assert ('UKR', 'humanitarian.prisoners', 'support') in _stances(thanked)


# wanting another side to act, or wanting something from another side, is a demand on it; a wish
# for oneself stays support
@pytest.mark.parametrize(("text", "expected"), [
    ("Russia wants Ukraine to recognise Crimea as Russian.", ('RUS', 'territory.crimea', 'demand')),
    ("Moskau will, dass Kiew die Krim als russisch anerkennt.", ('RUS', 'territory.crimea', 'demand')),
    ("Kyiv wants security guarantees from Washington.", ('UKR', 'security.guarantees', 'demand')),
    ("Kyiv wants Moscow not to stand in the way of its EU bid.", ('UKR', 'alliance.eu', 'demand')),
    ("Zelensky wants the war to end with a ceasefire.", ('UKR', 'ceasefire.sequence', 'support')),
    ("Ukraine wants to join NATO.", ('UKR', 'alliance.nato', 'support')),
    ("Kiew will der NATO beitreten.", ('UKR', 'alliance.nato', 'support')),
])
def test_wanting_another_to_act(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)


def test_eu_bid_is_no_nato_bid() -> None:
    got = _stances("Kyiv wants Moscow not to obstruct its EU bid, and NATO's Article 5 is its model.")
    assert not any(i == 'alliance.nato' for _, i, _ in got)


# a document handed over puts its content forward (propose); people handed over propose nothing
@pytest.mark.parametrize(("text", "expected"), [
    ("Moskau übergab auch ein Memorandum für eine Waffenruhe, das Kiew nun prüfen will.",
     ('RUS', 'ceasefire.sequence', 'propose')),
    ("The Russian delegation handed over a draft memorandum on a ceasefire.",
     ('RUS', 'ceasefire.sequence', 'propose')),
    ("Kiew übermittelte den USA seinen Vorschlag für eine Waffenruhe.",
     ('UKR', 'ceasefire.sequence', 'propose')),
])
def test_document_handed_over_is_proposed(text: str, expected: tuple[str, str, str]) -> None:
    got = _stances(text)
    assert expected in got
    assert not any(p == 'support' for _, _, p in got)


def test_people_handed_over_are_no_proposal() -> None:
    assert not any(p == 'propose' for _, _, p in _stances("Russland übergab 90 Gefangene an die Ukraine."))


# issue wording beyond the names used so far: foreign military bases (foreign troops), a cap on the
# price of Russian oil (sanctions), strikes on the energy system (the energy pause), a withdrawal of
# Ukraine's troops or a troop withdrawal named alone (territory)
@pytest.mark.parametrize(("text", "expected"), [
    ('Russia rejects any foreign military bases in Ukraine.', ('RUS', 'security.foreign_troops', 'reject')),
    ('Moskau lehnt ausländische Militärbasen in der Ukraine ab.',
     ('RUS', 'security.foreign_troops', 'reject')),
    ('Russland fordert die Aufhebung der Ölpreisobergrenze.', ('RUS', 'economy.sanctions', 'demand')),
    ('Die EU unterstützt eine Preisobergrenze für russisches Öl.', ('EU', 'economy.sanctions', 'support')),
    ('Moscow wants the cap on the price of Russian oil lifted.', ('RUS', 'economy.sanctions', 'support')),
    ('Moscow called for an end to the oil price cap.', ('RUS', 'economy.sanctions', 'demand')),
    ('Kyiv proposed halting strikes on the energy system.', ('UKR', 'ceasefire.energy', 'propose')),
    ('Kiew schlug vor, Angriffe auf das Energiesystem einzustellen.', ('UKR', 'ceasefire.energy', 'propose')),
    ('Russia demands the withdrawal of Ukrainian troops.', ('RUS', 'territory.donbas', 'demand')),
    ('Moskau verlangt den Abzug der ukrainischen Truppen.', ('RUS', 'territory.donbas', 'demand')),
    ('Putin demanded that Ukraine pull its troops out.', ('RUS', 'territory.donbas', 'demand')),
    ('Der Kreml verlangt einen Truppenabzug.', ('RUS', 'territory.donbas', 'demand')),
])
def test_further_issue_wording(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text), _stances(text)


@pytest.mark.parametrize("text", [
    # a base of a party's own, and a price named with no cap, are none of these issues
    'Russia keeps its naval base in Sevastopol.',
    'Die Ölpreise stiegen am Montag deutlich.',
    # a cap on what households pay is no sanction
    'Die Bundesregierung unterstützt eine Strompreisbegrenzung für Haushalte.',
    'Berlin unterstützt einen Gaspreisdeckel für Verbraucher.',
])
def test_further_issue_wording_absent(text: str) -> None:
    got = _stances(text)
    assert not {x for x in got if x[1] in ('security.foreign_troops', 'economy.sanctions')}, got


# what a side would do under the terms of a deal under discussion is its offer
@pytest.mark.parametrize(("text", "expected"), [
    ('Under the draft accord, Kyiv would pledge never to join NATO and to host no foreign military bases.',
     {('UKR', 'alliance.nato', 'propose'), ('UKR', 'security.foreign_troops', 'propose')}),
    ('Nach dem möglichen Abkommen würde die Ukraine auf die Nato-Mitgliedschaft verzichten.',
     {('UKR', 'alliance.nato', 'propose')}),
])
def test_deal_terms_are_an_offer(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _stances(text)
