"""Rounds and summits in wordings unseen reporting used (thirteenth session), German and English.

Each block is one general cause, in several wordings written for these tests: "meet" in other
senses (resistance met, demands met, a decision taken) is no meeting; talks and rounds under way
now ("läuft derzeit die zweite Runde"); a meeting that occurred; views exchanged ("tauschten sich
... aus", "exchanged views"); another try at direct talks now; a guest received with a place and
title between ("empfing im Kreml den Gesandten X"); a summit named by its place or theme ("beim
Ukraine-Gipfel in Alaska"); a meeting planned, told as fact and not announced by a side (a
planned round, on the day of the talks it is beside); a call as the way someone was told ("in
einem Telefonat", "by phone"); a meeting told as the first since a day (a meeting that day too);
two n-th rounds in two sentences (two meetings); talks named as going on ("die laufenden
Beratungen in X"); a meeting on the sidelines of a summit (a round, not the summit).
"""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-11"  # a Wednesday
Row = tuple[str, str | None, str | None]


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.kind, e.place, e.date_start) for e in extract(text, "t", PUB).events]


def _meetings(text: str) -> list[tuple[str, str | None, str | None]]:
    return [x for x in _events(text) if x[0] in ("round", "summit")]


@pytest.mark.parametrize("text", [
    # "meet" in other senses: resistance met, demands or deadlines met, a decision taken
    "Russia began its offensive on February 24 and has failed to take the city after meeting "
    "stiff resistance from Ukrainian and Polish volunteers.",
    "The Kremlin said on Monday that Moscow would return to the grain deal if its conditions were "
    "met by Kyiv and Washington.",
    "Die russischen Truppen trafen bei Pokrowsk am Montag auf heftigen Widerstand der Ukrainer.",
    "In Moskau und Kiew wurde am Dienstag keine Entscheidung über die Waffenruhe getroffen.",
    "The plan met with criticism in Kyiv and Warsaw on Tuesday.",
])
def test_meet_in_another_sense_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(("text", "place"), [
    # a meeting with a person stays one
    ("Russian President Vladimir Putin met with Steve Witkoff in Moscow on Tuesday.", "moscow"),
    ("Putin traf am Dienstag in Moskau den US-Gesandten Steve Witkoff.", "moscow"),
])
def test_a_meeting_with_a_person_stays_a_round(text: str, place: str) -> None:
    assert [(k, p) for k, p, _ in _meetings(text)] == [("round", place)]


@pytest.mark.parametrize(("text", "place"), [
    # talks or a round running now: held, on the day of the report
    ("In Genf läuft derzeit die dritte Gesprächsrunde zwischen Russland und der Ukraine.", "geneva"),
    ("Derzeit läuft in Riad eine neue Verhandlungsrunde der Delegationen aus Moskau und Kiew.", "riyadh"),
    ("In Istanbul laufen seit dem Morgen die Treffen der Unterhändler Russlands und der Ukraine.",
     "istanbul"),
    # another try at direct talks, now
    ("In Genf nehmen Russland und die Ukraine einen neuen Anlauf, um in direkten Gesprächen über "
     "eine Waffenruhe zu beraten.", "geneva"),
    ("In Riad unternehmen die Delegationen aus Moskau und Kiew einen weiteren Anlauf, um in "
     "direkten Dialogen ein Ende der Kämpfe zu erörtern.", "riyadh"),
])
def test_talks_under_way_now(text: str, place: str) -> None:
    assert _meetings(text) == [("round", place, PUB)]


@pytest.mark.parametrize(("text", "day"), [
    # a meeting that occurred
    ("His last meeting with Vladimir Putin occurred on February 3.", "2026-02-03"),
    ("The previous face-to-face between the two delegations occurred on January 20.", "2026-01-20"),
])
def test_a_meeting_that_occurred(text: str, day: str) -> None:
    assert [(k, d) for k, _, d in _meetings(text)] == [("round", day)]


@pytest.mark.parametrize(("text", "day"), [
    # views exchanged: a conversation
    ("Am Vorabend tauschten sich in Ankara Fidan und die ukrainische Delegation aus.", "2026-03-10"),
    ("Am Montag haben sich die Unterhändler Russlands und der Ukraine in Genf ausgetauscht.",
     "2026-03-09"),
    ("The Turkish foreign minister Hakan Fidan and the Russian delegation exchanged views in "
     "Ankara on Monday.", "2026-03-09"),
    ("On the previous evening, Fidan and the Ukrainian delegation exchanged views in Ankara.",
     "2026-03-10"),
])
def test_views_exchanged_are_a_round(text: str, day: str) -> None:
    assert [(k, d) for k, _, d in _meetings(text)] == [("round", day)]


def test_goods_exchanged_are_no_round() -> None:
    # (no "sich": prisoners or goods, not a conversation)
    assert _meetings("Am Montag tauschten Russland und die Ukraine in Belarus Gefangene aus.") == []


def test_the_eve_of_an_occasion_is_not_the_day_before_publication() -> None:
    # "am Vorabend des Gipfels" is the eve of the summit, not of the report
    ds = [d for _, _, d in _events("Am Vorabend des Gipfels tauschten sich die Außenminister "
                                   "Russlands und der Türkei in Ankara aus.")]
    assert "2026-03-10" not in ds


@pytest.mark.parametrize("text", [
    # a guest received, with a place and the guest's title between
    "Der Kremlchef empfing in seiner Residenz den US-Sondergesandten Steve Witkoff.",
    "Russlands Staatschef empfing gestern im Kreml den amerikanischen Sondergesandten Steve Witkoff.",
    "Putin received at the Kremlin the American special envoy Steve Witkoff.",
])
def test_a_guest_received_is_a_round(text: str) -> None:
    assert [k for k, _, _ in _meetings(text)] == ["round"]


@pytest.mark.parametrize("text", [
    # what came from someone is no guest
    "Ukraine received new air defence systems from US President Joe Biden.",
    "Kyiv received a letter of support from President Joe Biden.",
])
def test_a_delivery_received_is_no_round(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize("text", [
    # a summit named by its place or theme, as the occasion of something
    "Über Ergebnisse beim Ukraine-Gipfel in Alaska wurde zunächst nichts bekannt.",
    "Beim Alaska-Gipfel sprachen Trump und Putin auch über Gebiete.",
    "At the Alaska summit, Trump and Putin also discussed territory.",
])
def test_a_summit_named_by_its_place_or_theme(text: str) -> None:
    assert [k for k, _, _ in _meetings(text)] == ["summit"]


@pytest.mark.parametrize("text", [
    # a meeting planned, told as fact beside the talks held today: a planned round that day
    "In Genf verhandeln Russland und die Ukraine heute direkt. Neben den Zweiergesprächen sind "
    "auch Treffen zu dritt mit den USA geplant.",
    "Russia and Ukraine held direct talks in Geneva on Wednesday. Alongside the bilateral talks, "
    "trilateral meetings with the United States are planned.",
])
def test_a_meeting_planned_told_as_fact(text: str) -> None:
    ex = extract(text, "t", PUB)
    planned = [e for e in ex.events if e.kind == "round" and e.outcome == "planned"]
    assert [(e.place, e.date_start) for e in planned] == [("geneva", PUB)]
    assert not [e for e in ex.events if e.kind == "statement_of_intent"]


@pytest.mark.parametrize("text", [
    # not planned: no round
    "Ein Treffen der Präsidenten Russlands und der USA ist zum jetzigen Zeitpunkt nicht geplant.",
    "A meeting between the leaders of Russia and the United States is not planned at this point.",
])
def test_a_meeting_not_planned_is_none(text: str) -> None:
    assert [e.kind for e in extract(text, "t", PUB).events if e.kind in ("round", "summit")] == []


def test_a_meeting_announced_by_a_side_stays_a_statement_of_intent() -> None:
    text = "Der russische Delegationsleiter teilte auf Telegram mit, ein Treffen in Genf sei geplant."
    assert "statement_of_intent" in [e.kind for e in extract(text, "t", PUB).events]


@pytest.mark.parametrize("text", [
    # a call as the way someone was told
    "Trump informierte Selenskyj und mehrere Regierungschefs Europas in einem Telefonat über die "
    "Begegnung mit Putin.",
    "Macron unterrichtete Selenskyj am Mittwoch telefonisch über die Beratungen in Paris.",
    "Trump briefed Zelensky and European leaders by phone on his meeting with Putin.",
    "Merz informed Zelensky in a phone call about the talks in Berlin.",
])
def test_a_call_to_inform_is_a_round(text: str) -> None:
    assert [k for k, _, _ in _meetings(text)] == ["round"]


def test_a_spokesman_telling_reporters_by_phone_is_no_round() -> None:
    assert _meetings("Peskov told reporters by phone that no meeting was planned.") == []


@pytest.mark.parametrize(("text", "held", "before"), [
    # a meeting told as the first since a day: a meeting on that day too
    ("The talks held in Geneva on Tuesday were the first direct meeting of the delegations since "
     "February 2.",
     "2026-03-10", "2026-02-02"),
    ("Das Treffen in Genf am Dienstag war das erste direkte Gespräch der Delegationen seit dem "
     "2. Februar.", "2026-03-10", "2026-02-02"),
])
def test_the_first_meeting_since_a_day(text: str, held: str, before: str) -> None:
    assert sorted(d for _, _, d in _meetings(text) if d) == sorted([held, before])


def test_the_first_meeting_since_an_event_names_no_other_meeting() -> None:
    text = "The talks in Geneva on Tuesday were the first since the invasion began."
    assert [d for _, _, d in _meetings(text)] == ["2026-03-10"]


@pytest.mark.parametrize("text", [
    # two n-th rounds in two sentences: two meetings
    "In Genf läuft derzeit die zweite Verhandlungsrunde. Die erste Runde fand am 3. Februar "
    "zwischen Moskau und Kiew statt.",
    "The second round of talks is under way in Geneva. The first round between Moscow and Kyiv "
    "took place on February 3.",
])
def test_two_nth_rounds_are_two_meetings(text: str) -> None:
    ds = sorted(d or "" for k, _, d in _meetings(text))
    assert ds == ["2026-02-03", PUB]


@pytest.mark.parametrize("text", [
    # talks named as going on, with where they are
    "Über die laufenden Beratungen der Amerikaner mit den Ukrainern in Genf sei Moskau nicht "
    "informiert worden, sagte ein Kremlsprecher.",
    "Moscow has not been told about the ongoing talks between the Americans and the Ukrainians in "
    "Geneva, a Kremlin spokesman said.",
])
def test_talks_going_on(text: str) -> None:
    assert _meetings(text) == [("round", "geneva", PUB)]


@pytest.mark.parametrize("text", [
    # a meeting beside a summit is a round, the summit only its occasion
    "Lavrov and UN chief Antonio Guterres held talks on Tuesday on the margins of the G20 summit.",
    "Am Rande des G20-Gipfels trafen sich am Dienstag UN-Generalsekretär Antonio Guterres und der "
    "russische Außenminister Sergej Lawrow.",
])
def test_a_meeting_on_the_sidelines_of_a_summit_is_a_round(text: str) -> None:
    assert [(k, d) for k, _, d in _meetings(text)] == [("round", "2026-03-10")]


def test_a_summit_itself_stays_a_summit() -> None:
    text = "Am Dienstag trafen sich Trump und Putin beim Gipfel in Anchorage."
    assert [k for k, _, _ in _meetings(text)] == ["summit"]


@pytest.mark.parametrize("text", [
    # a region named for the meeting, its city named in the article: the city
    "Trump und Putin trafen sich am Freitag in Alaska zu einem Gipfel. Die Begegnung auf dem "
    "Stützpunkt bei Anchorage dauerte knapp drei Stunden.",
    "Trump and Putin held a summit in Alaska on Friday. The meeting at the air base outside "
    "Anchorage lasted almost three hours.",
])
def test_a_region_yields_to_its_city_named_in_the_article(text: str) -> None:
    assert {p for _, p, _ in _meetings(text)} == {"anchorage"}


def test_a_region_without_its_city_stays() -> None:
    text = "Trump and Putin held a summit in Alaska on Friday."
    assert [p for _, p, _ in _meetings(text)] == ["alaska"]


@pytest.mark.parametrize("text", [
    # talks only in a condition or an open question: none held
    "In June, Trump set Moscow a deadline and threatened new tariffs if the negotiations failed.",
    "Washington will impose new sanctions on Moscow unless the talks in Geneva resume next week.",
    "Kyiv did not say whether the delegations met in Riyadh on Monday.",
    "Die USA drohen Moskau mit neuen Zöllen, falls die Verhandlungen in Genf scheitern.",
    "Offen blieb, ob sich die Delegationen am Montag in Riad getroffen haben.",
])
def test_talks_in_a_condition_are_not_held(text: str) -> None:
    assert [k for k, _, _ in _meetings(text)] == []


@pytest.mark.parametrize("text", [
    # (review of session 13, item 5) a meeting prepared for or run towards is none held
    "Derzeit laufen Vorbereitungen für ein Treffen zwischen Putin und Selenskyj.",
    "Alles läuft auf ein Treffen zwischen Putin und Trump in Budapest hinaus.",
    "In Moskau laufen bereits die Planungen für ein Gipfeltreffen mit dem US-Präsidenten.",
    "Nach Angaben aus Kiew läuft die Entwicklung auf neue Verhandlungen in Genf hinaus.",
])
def test_a_meeting_prepared_for_is_none_held(text: str) -> None:
    assert [x for x in _meetings(text) if x[2] == PUB] == []


def test_the_english_verb_falls_is_no_condition() -> None:
    # (review of session 13, "Also") the English verb "falls" is no German condition (the place
    # picked, the first one named, is another matter)
    text = "Pokrovsk falls to Russian forces as the delegations met in Istanbul on Monday."
    assert [(k, d) for k, _, d in _meetings(text)] == [("round", "2026-03-09")]
    text = "Kupiansk falls into Russian hands while negotiators from both sides met in Geneva on Monday."
    assert [(k, d) for k, _, d in _meetings(text)] == [("round", "2026-03-09")]
    # the German condition still is one
    text = "Falls die Delegationen sich am Montag in Istanbul getroffen haben, ist davon nichts bekannt."
    assert [x for x in _meetings(text) if x[2] == "2026-03-09"] == []


@pytest.mark.parametrize(("text", "place"), [
    # (review of session 13, item 11) a city of the region only where the text places the talks
    ("US and Ukrainian negotiators met in Florida on Saturday. Trump later returned to his "
     "residence in Palm Beach.", "florida"),
    ("Die Unterhändler der USA und der Ukraine trafen sich am Samstag in Florida. Anschließend "
     "flog Trump zu seinem Anwesen in Palm Beach.", "florida"),
    ("American and Ukrainian delegations met in Florida on Saturday. The talks were held at a golf "
     "club in Palm Beach.", "palm_beach"),
])
def test_a_city_of_the_region_only_where_talks_are_placed(text: str, place: str) -> None:
    assert {p for _, p, _ in _meetings(text)} == {place}
