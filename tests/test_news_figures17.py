"""Figures (session 17), on German and English sentences written for these tests.

The general causes fixed:
- a number of countries, nations or states after "between the" / "zwischen den" names the
  parties of a relation already named ("relations between the two countries", "the war between
  the two nations"), no count; the same number elsewhere still counts ("delegations from the
  three countries", "between the two nuclear powers");
- a time of day is no number of what follows it ("12:33" above a heading, page furniture
  "10:02 min"); "minutes" is read as a whole word, so "35 minutes ago" and "two minutes later"
  are relative-date arithmetic like "two hours later"; a loose range has ends of one size ("zwei,
  drei Tage"), two numbers far apart are a list or a date before a number ("on May 18, 1,000
  bodies" counts 1,000 bodies, not 18 to 1,000);
- German "nach" after a duration before a determiner or a name's genitive is relative-date
  arithmetic like English "after" ("drei Tage nach dem Treffen", "zwei Wochen nach Putins Rede"),
  not after the war ("drei Jahre nach der Invasion" is the war's age) nor a trip ("für drei Tage
  nach Genf");
- staff, employees, volunteers and German participants ("sechs Teilnehmern", "500 Teilnehmende")
  count people, as do women, men and children counted together ("20 Frauen und Kindern");
  soldiers or prisoners counted with civilians, children or women in one number are people
  ("1,596 service members and civilians"); militants are soldiers; "personnel" before a plural
  noun is a modifier ("17 armoured personnel carriers" count vehicles);
- Ukraine's defenders counted as they come home, are returned or exchanged are freed captives,
  prisoners ("brought home 230 defenders", "95 Verteidiger kehrten nach dem Austausch heim"),
  else soldiers ("400 defenders held the plant"), as are the defenders of a place ("six defenders
  of the island" freed).
- a number compared with another ("440 gegen 6.600 Quadratkilometer", "440 versus 6,600 square
  kilometres") takes the second one's noun, like "bzw."; nationals who come home ("nach Hause
  durften", "kamen heim") are freed captives, prisoners, like English "came home".
"""

from __future__ import annotations

import pytest

from tests.figures import Expected, check


@pytest.mark.parametrize(("text", "lang"), [
    ("The summit strained relations between the two countries even further.", "en"),
    ("Ankara called the swap a step toward an end of the war between the two nations.", "en"),
    ("Hopes for an accord on the plant between the two states have faded.", "en"),
    ("Envoys shuttled for weeks between these three countries without a result.", "en"),
    ("Die Beziehungen zwischen den zwei Ländern gelten als angespannt.", "de"),
    ("Der Vermittler pendelte zwischen den drei Staaten hin und her.", "de"),
])
def test_countries_of_a_relation_named_before_are_no_count(text: str, lang: str) -> None:
    check(text, lang, [])


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Delegations from the three countries reached the Gulf on Friday.", "en", [(3, "countries")]),
    ("Talks between the two nuclear powers resumed.", "en", [(2, "countries")]),
    ("Ministers of 40 countries met; talks were held between 12 states.", "en",
     [(40, "countries"), (12, "countries")]),
    ("Vertreter aus drei Ländern reisten nach Genf.", "de", [(3, "countries")]),
    ("Die Gespräche zwischen zwölf Staaten dauerten zwei Tage.", "de", [(12, "countries"), (2, "days")]),
])
def test_countries_counted_elsewhere_stay(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Friday, 3 May 2024, 16:45\nSecond meeting of the advisers opens in Doha", "en", []),
    ("Posted 09:12\nThree rounds of talks ended without a deal.", "en", [(3, "rounds")]),
    ("Video 12:20 min\nGespräche in Genf", "de", []),
    ("Stand 14:05\nZwei Treffen sind geplant.", "de", [(2, "rounds")]),
    ("The talks began at 10:30 and lasted 45 minutes.", "en", [(45, "minutes")]),
])
def test_a_time_of_day_counts_nothing(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Updated 35 minutes ago", "en", []),
    ("Two minutes later the line went dead.", "en", []),
    ("Ten minutes after the call, Kyiv issued a statement.", "en", []),
    ("The call lasted 40 minutes; a second one took 15 minutes.", "en", [(40, "minutes"), (15, "minutes")]),
    ("Zehn Minuten später trat der Sprecher vor die Presse.", "de", []),
    ("Das Telefonat dauerte 40 Minuten.", "de", [(40, "minutes")]),
])
def test_minutes_as_a_whole_word(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("On May 18, 1,000 bodies were handed over.", "en", [(1000, "bodies")]),
    ("In total 5, 200 soldiers were counted.", "en", [(200, "soldiers")]),
    ("Talks could last two or three days.", "en", [(3, "days"), (2, "days")]),
    ("Am 18. Mai, 1.000 Gefangene kamen frei.", "de", [(1000, "prisoners")]),
    ("Die Gespräche dauern wohl zwei, drei Tage.", "de", [(3, "days"), (2, "days")]),
    # (session 18: a list of three numbers states each, no loose range: test_news_figures18.py)
    ("Garantien für 30, 40 oder 50 Jahre", "de", [(50, "years"), (40, "years"), (30, "years")]),
])
def test_a_loose_range_has_ends_of_one_size(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Drei Tage nach dem Gipfel reisten die Europäer nach Washington.", "de", []),
    ("Zwei Wochen nach Putins Rede kam die Antwort.", "de", []),
    ("Vier Stunden nach einem Telefonat mit Kiew meldete sich Moskau.", "de", []),
    ("Drei Jahre nach der Invasion gibt es keinen Frieden.", "de", [(3, "years")]),
    ("Fast vier Jahre nach dem russischen Überfall ringen beide Seiten um eine Waffenruhe.", "de",
     [(4, "years")]),
    ("Die Delegation reist für drei Tage nach Genf.", "de", [(3, "days")]),
    ("Two days after the summit the envoys met again.", "en", []),
])
def test_german_nach_after_a_duration_is_a_point_in_time(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Two IAEA employees stayed at the plant.", "en", [(2, "people")]),
    ("Three foreign volunteers were among the freed.", "en", [(3, "people")]),
    ("Some 300 women and children left the city.", "en", [(300, "people")]),
    ("Am Treffen nahmen insgesamt acht Teilnehmer teil.", "de", [(8, "people")]),
    ("Die Konferenz mit rund 300 Teilnehmenden beginnt am Montag.", "de", [(300, "people")]),
    ("Zwölf Mitarbeiter der Behörde blieben vor Ort.", "de", [(12, "people")]),
    ("Nach Angaben Kiews kamen 40 Frauen und Kinder frei.", "de", [(40, "people")]),
])
def test_staff_volunteers_women_participants_are_people(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Last year 1,200 service members and civilians were freed.", "en", [(1200, "people")]),
    ("About 300 soldiers and children left the plant.", "en", [(300, "people")]),
    ("Insgesamt kehrten 500 Soldaten und Zivilisten heim.", "de", [(500, "people")]),
    ("Sie sprach von 20 Frauen und Kindern.", "de", [(20, "people")]),
    ("Je 185 Soldaten und 20 Zivilisten wurden ausgetauscht.", "de", [(185, "soldiers"), (20, "civilians")]),
    ("Ukraine got back 150 soldiers and 10 civilians.", "en", [(150, "soldiers"), (10, "civilians")]),
])
def test_a_mixed_group_is_people(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("At the start of the year Ukraine brought home 230 defenders.", "en", [(230, "prisoners")]),
    ("Today 120 Ukrainian defenders returned from captivity.", "en", [(120, "prisoners")]),
    ("About 400 defenders held the plant for weeks.", "en", [(400, "soldiers")]),
    ("Nach dem Austausch kehrten 95 Verteidiger heim.", "de", [(95, "prisoners")]),
    ("Rund 300 Verteidiger hielten die Stadt.", "de", [(300, "soldiers")]),
    ("Among those freed were six defenders of the island.", "en", [(6, "soldiers")]),
    ("Freigelassen wurden auch zwölf Verteidiger von Mariupol.", "de", [(12, "soldiers")]),
    ("Five previously exchanged militants were taken away.", "en", [(5, "soldiers")]),
    ("Russia lost 12 tanks and 17 armoured personnel carriers.", "en", []),
    ("Some 400 military personnel were freed.", "en", [(400, "soldiers")]),
])
def test_who_is_counted(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Der Geheimplan sieht 440 gegen 6.600 Quadratkilometer vor.", "de", [(440, "km2"), (6600, "km2")]),
    ("Kyiv would trade 440 versus 6,600 square kilometres.", "en", [(440, "km2"), (6600, "km2")]),
    ("Die Umfrage ergab 60 gegen 40 Prozent.", "de", [(60, "percent"), (40, "percent")]),
    ("Support stood at 55 vs. 45 percent.", "en", [(55, "percent"), (45, "percent")]),
])
def test_a_number_compared_takes_the_second_ones_noun(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Im Januar durften 300 Ukrainer nach Hause.", "de", [(300, "prisoners")]),
    ("Nach langen Verhandlungen kamen 40 Russen heim.", "de", [(40, "prisoners")]),
    ("In der Stadt leben rund 40 Russen.", "de", [(40, "people")]),
    ("In January 300 Ukrainians came home.", "en", [(300, "prisoners")]),
])
def test_nationals_who_come_home_are_prisoners(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a (care) home and a trip home make no prisoners (review 17, item 5) ...
    ("Bei einem Angriff auf ein Heim in Charkiw wurden zwölf Ukrainer getötet.", "de", [(12, "people")]),
    ("Im Sommer fuhren 300.000 Ukrainer aus Polen nach Hause.", "de", [(300000, "people")]),
    # ... the nationals let or brought home do
    ("Nach dem Austausch wurden 120 Ukrainer nach Hause gebracht.", "de", [(120, "prisoners")]),
    ("Im Mai holten die Behörden 75 Ukrainer heim.", "de", [(75, "prisoners")]),
    ("Bisher sind es rund 900 Ukrainer, die nach Hause durften.", "de", [(900, "prisoners")]),
])
def test_a_home_or_a_trip_home_makes_no_prisoners(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the release word must stand in the defenders' own clause (review 17, item 14) ...
    ("The attack killed 50 defenders, Kyiv said, while the exchange brought home 100 prisoners.", "en",
     [(50, "soldiers"), (100, "prisoners")]),
    ("Beim Angriff fielen 40 Verteidiger, während beim Austausch 90 Gefangene freikamen.", "de",
     [(40, "soldiers"), (90, "prisoners")]),
    # ... as it does here
    ("After long talks, the exchange brought home 80 defenders.", "en", [(80, "prisoners")]),
])
def test_the_release_word_of_defenders_in_their_clause(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a destination ending in -s is no genitive (review 17, item 13) ...
    ("Die Delegation wird für zwei Tage nach Paris reisen.", "de", [(2, "days")]),
    ("Der Gesandte fliegt für drei Tage nach Vilnius.", "de", [(3, "days")]),
    # ... a name's genitive before its noun is
    ("Zwei Tage nach Macrons Besuch kam die Antwort.", "de", []),
    ("Drei Tage nach Trumps großem Empfang für Putin reisten die Europäer an.", "de", []),
])
def test_german_nach_before_a_place_in_s_keeps_the_duration(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)
