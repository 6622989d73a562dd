"""Who holds a stance (session 13): the actor, cause by cause, in German and English sentences
written for these tests. Coordinated holders (two sides, or a person with another side's
person, or a side with its allies, also inside reported speech and by any of their names); who
asks or presses another to act (the asker holds the position, the one asked does not, in the
active and the passive); states named only as possible guarantors; a later "the proposals" of
the side that proposed; a pronoun speaker ("sagte er") that keeps the person named before; a
side told it must do something; a singular pronoun for one person; genitive and dative
adjectives that name no holder; contrasted clauses (a fronted "while", a dash)."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-02-05"


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.polarity) for s in extract(text, "t", PUB).stances}


def _actors(text: str) -> set[str]:
    return {a for a, _, _ in _stances(text)}


# coordinated holders: every side named side by side holds the position
@pytest.mark.parametrize(("text", "expected"), [
    ("Kiew und europäische Verbündete weisen einen Abzug aus dem Donbas zurück.", {"UKR", "EUR"}),
    ("Kyiv and its European allies turn down any pull-out from the Donbas.", {"UKR", "EUR"}),
    ("Die Ukraine und die europäischen Verbündeten lehnen eine Abtretung des Donbas ab.", {"UKR", "EUR"}),
    ("Präsident Trump und Kremlchef Putin einigten sich darauf, Angriffe auf Kraftwerke für dreißig "
     "Tage auszusetzen.", {"USA", "RUS"}),
    ("President Trump and Russian President Putin agreed to halt strikes on power plants for thirty "
     "days.", {"USA", "RUS"}),
    ("Putin teilte mit, Russland und die Ukraine seien bereit, nächste Woche je 90 Kriegsgefangene "
     "auszutauschen.", {"RUS", "UKR"}),
    ('Witkoff und der Ukrainer Umjerow erklärten gemeinsam: "Wir wollen verlässliche '
     'Sicherheitsgarantien für die Ukraine."', {"USA", "UKR"}),
])
def test_coordinated_holders(text: str, expected: set[str]) -> None:
    assert _actors(text) == expected


def test_genitive_allies_hold_nothing() -> None:
    # "der europäischen Verbündeten" is a genitive: whose guarantees, not who speaks
    found = _actors("Selenskyj sagte, er wolle den Verzicht auf einen Beitritt nur gegen feste "
                    "Sicherheitsgarantien Washingtons und der europäischen Verbündeten erwägen.")
    assert "EUR" not in found and "UKR" in found


# who asks another to act is the proposer; who is asked holds nothing by it
@pytest.mark.parametrize(("text", "holder", "asked"), [
    ("Trump sagte, er habe Putin gebeten, die Angriffe auf die Energieanlagen einzustellen.", "USA", "RUS"),
    ("Der US-Präsident sagte, er habe Putin aufgefordert, einer Feuerpause zuzustimmen.", "USA", "RUS"),
    ("Trump said he had asked Putin to halt strikes on energy infrastructure for a week.", "USA", "RUS"),
    ("Macron erklärte, er habe Selenskyj gebeten, einer Waffenruhe zuzustimmen.", "FRA", "UKR"),
])
def test_the_asker_holds(text: str, holder: str, asked: str) -> None:
    found = _actors(text)
    assert holder in found and asked not in found


@pytest.mark.parametrize(("text", "holder", "pressed"), [
    ("President Trump has been pressed by European leaders to insist on security guarantees for Kyiv.",
     "EUR", "USA"),
    ("Kyiv was urged by Washington to accept a thirty-day ceasefire.", "USA", "UKR"),
    ("Selenskyj wurde von den Europäern gedrängt, auf Sicherheitsgarantien zu bestehen.", "EUR", "UKR"),
    ("Die Ukraine wurde von den USA aufgefordert, einer Waffenruhe zuzustimmen.", "USA", "UKR"),
])
def test_who_presses_demands(text: str, holder: str, pressed: str) -> None:
    found = _stances(text)
    assert any(a == holder and p == "demand" for a, _, p in found)
    assert not any(a == pressed for a, _, _ in found)


def test_a_thanked_person_does_not_speak() -> None:
    found = _actors('"I thank UN Secretary-General Antonio Guterres for his work," Erdogan said, '
                    "calling for a lasting ceasefire.")
    assert "UN" not in found


# states named as possible guarantors take no position by it
@pytest.mark.parametrize("text", [
    "Britain, France, Germany and the US could also provide security guarantees.",
    "Poland, Canada and Turkey might act as guarantors of a future settlement.",
    "Als mögliche Garantiestaaten kämen etwa Polen, Kanada und die Türkei in Frage.",
    "Auch Großbritannien, Frankreich und die USA könnten Sicherheitsgarantien geben.",
])
def test_possible_guarantors_hold_nothing(text: str) -> None:
    assert _actors(text) == set()


def test_possible_guarantors_are_not_the_next_holder() -> None:
    # the reported speech after the list is still the Ukrainian side's
    found = _stances("Die Ukraine verlangte Sicherheitsgarantien. Als Garantiestaaten kämen etwa Polen "
                     "und Kanada in Frage. Man sei auch bereit, auf ausländische Militärstützpunkte zu "
                     "verzichten.")
    assert "EUR" not in {a for a, _, _ in found}


@pytest.mark.parametrize("text", [
    "Kiew forderte Sicherheitsgarantien. Wichtigster Garant könne Großbritannien sein. Als weitere "
    "Staaten kämen etwa Polen und Kanada in Frage. Man sei zudem bereit, keine ausländischen "
    "Stützpunkte im Land zuzulassen.",
    "Kyiv asked for security guarantees. Britain could be the main guarantor. Poland and Canada might "
    "also take part. It would in turn be ready to host no foreign bases.",
])
def test_a_list_of_further_guarantors_is_not_the_next_holder(text: str) -> None:
    assert "EUR" not in {a for a, _, _ in _stances(text)}


def test_a_guarantor_quoted_keeps_its_offer() -> None:
    assert ("USA", "security.guarantees", "propose") in _stances(
        "The United States could provide security guarantees to Ukraine, Rubio said.")


# "the proposals" of a later sentence belong to the side that proposed them
@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine's proposed neutral status would mean it joins no alliance, a negotiator explained. "
     "The proposals would in addition include talks on the status of Crimea over fifteen years.",
     ("UKR", "territory.crimea", "propose")),
    ("Ukraine's proposals were the most detailed so far. The proposals would include a consultation "
     "period on Crimea lasting fifteen years.", ("UKR", "territory.crimea", "propose")),
])
def test_the_proposals_are_the_proposers(text: str, expected: tuple[str, str, str]) -> None:
    found = _stances(text)
    assert expected in found
    assert not any(a in ("RUS", "USA") and i == "territory.crimea" for a, i, _ in found)


# a pronoun speaker keeps the person named before; the side told it must act holds nothing
@pytest.mark.parametrize("text", [
    "Der ukrainische Präsident Selenskyj hält Moskau nicht für kompromissbereit. „Russland weist alles "
    "zurück“, sagte er. Darum müsse man die Führung in Moskau mit neuen Sanktionen zum Einlenken "
    "bringen.",
    "Selenskyj äußerte sich am Abend. „Der Kreml will keinen Frieden“, so er. Daher müsse die "
    "Regierung in Moskau durch weitere Sanktionen unter Druck gesetzt werden.",
])
def test_obliged_side_is_not_the_holder(text: str) -> None:
    found = _stances(text)
    assert ("UKR", "economy.sanctions", "demand") in found
    assert ("RUS", "economy.sanctions", "demand") not in found


# a singular pronoun stands for the one person who spoke before, not every side named there
def test_he_is_one_person() -> None:
    found = _stances("Vladimir Putin said Russia would end the war only if Kyiv gave up its bid to "
                     "join NATO. He then repeated his call for the demilitarisation of Ukraine's army.")
    assert ("RUS", "military.weapons_caps", "demand") in found or (
        "RUS", "military.army_size", "demand") in found
    assert not any(a == "UKR" and i.startswith("military.") for a, i, _ in found)


# contrasted clauses: a fronted "while", a dash before another side's answer
@pytest.mark.parametrize(("text", "expected"), [
    ("While Ukraine agreed to a month-long truce, Russia refused it.",
     {("UKR", "ceasefire.sequence", "accept"), ("RUS", "ceasefire.sequence", "reject")}),
    ("Während die Ukraine einer Waffenruhe zugestimmt hat, lehnt Russland sie ab.",
     {("UKR", "ceasefire.sequence", "accept"), ("RUS", "ceasefire.sequence", "reject")}),
    ("Moscow insists that Kyiv drop its bid to join NATO – a point on which the Ukrainian president "
     "Zelensky says he is willing to compromise.",
     {("RUS", "alliance.nato", "demand"), ("UKR", "alliance.nato", "accept")}),
])
def test_contrasted_clauses(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _stances(text)


# a position noun referred back to ("dieser Forderung", "this demand") is the side's that held it
@pytest.mark.parametrize("text", [
    "Der Kreml verlangt einen vollständigen Rückzug der ukrainischen Truppen aus dem Donbas. Die "
    "Ukraine weist das zurück. Wer dieser Forderung nachgebe, belohne den Angreifer, hieß es in Kiew.",
    "Russia demands that Ukraine withdraw from the Donbas. Kyiv and its European allies refuse. Meeting "
    "this demand would reward aggression, officials in Kyiv said.",
])
def test_a_demand_referred_back_is_its_holders(text: str) -> None:
    found = _stances(text)
    assert ("RUS", "territory.donbas", "demand") in found
    assert not any(a in ("UKR", "EUR") and p == "demand" for a, _, p in found)
