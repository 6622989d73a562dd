"""The eleventh review's findings, each with the reviewer's own sentences (German and English
where the defect applies): what the corpus README says is right, asserted in full."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-10"


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(x.actor, x.issue, x.polarity) for x in extract(text, published=PUB).stances}


@pytest.mark.parametrize(("text", "expected"), [
    # "on" after a word of bargaining: what the position is about, not where something happens
    ("Zelensky ruled out any concessions on territory.", {("UKR", "territory.donbas", "reject")}),
    ("Kyiv rejects any deal on territory, Zelensky said.", {("UKR", "territory.donbas", "reject")}),
    ("Ukraine will not compromise on its territory, Zelensky said on Monday.",
     {("UKR", "territory.donbas", "reject")}),
    ("Kiew lehnt jeden Kompromiss über das Territorium ab, sagte Selenskyj.",
     {("UKR", "territory.donbas", "reject")}),
    # territory still a place where troops would stand: no territory stance
    ("Russia rejects Western troops on Ukrainian territory, the Kremlin said.",
     {("RUS", "security.foreign_troops", "reject")}),
])
def test_territory_as_topic_after_on(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _stances(text) == expected


def _events(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    return [(e.kind, e.place, e.outcome, e.parties) for e in extract(text, published=PUB).events]


@pytest.mark.parametrize("text", [
    # negotiators going home to report: no round of their own side in their own capital
    "Umerov will return to Kyiv on Sunday to discuss the results with Zelensky.",
    "Medinsky will return to Moscow on Sunday to meet Putin.",
    "Umerow soll am Sonntag nach Kiew zurückkehren, um mit Selenskyj zu beraten.",
])
def test_return_home_is_no_planned_round(text: str) -> None:
    assert [e for e in _events(text) if e[0] == "round"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # twins: a return to talks elsewhere, or to the other side's capital, is a planned round
    ("The two delegations are expected to return to Geneva next week to continue the talks.",
     ("round", "geneva", "planned", [])),
    ("Witkoff will return to Moscow next week for talks with Putin.",
     ("round", "moscow", "planned", ["RUS", "USA"])),
    ("Die Delegationen sollen nach Genf zurückkehren, um weiter zu verhandeln.",
     ("round", "geneva", "planned", [])),
])
def test_return_to_talks_is_planned_round(text: str, expected: tuple[str, str, str, list[str]]) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # heads of delegations, and leaders of another kind, are no heads of state: a round
    ("The leaders of the Russian and Ukrainian delegations met in Istanbul on Monday.",
     ("round", "istanbul", None, ["RUS", "UKR"])),
    ("Die Leiter der russischen und der ukrainischen Delegation trafen sich am Montag in Istanbul.",
     ("round", "istanbul", None, ["RUS", "UKR"])),
    ("The military and political leaders of Ukraine met US negotiators in Geneva on Monday.",
     ("round", "geneva", None, ["UKR", "USA"])),
    # twins: heads of state named by office meet in person: a summit
    # (the members named are the parties: corpus README member codes, summits._member_parties)
    ("The leaders of France and Britain met Zelensky in Kyiv on Saturday.",
     ("summit", "kyiv", None, ["FRA", "GBR", "UKR"])),
    ("The Ukrainian and American presidents met in New York on Tuesday.",
     ("summit", "new_york", None, ["UKR", "USA"])),
])
def test_leaders_of_delegations_are_no_heads(text: str, expected: tuple[str, str, None, list[str]]) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a truce declared at an end is no truce declared
    ("Moskau erklärte die Waffenruhe am Montag für beendet.", []),
    ("Die Ukraine erklärte die Feuerpause am Dienstag für gescheitert.", []),
    ("Ukraine declared the truce over on Tuesday.", []),
    # twins: a truce declared is a unilateral step
    ("Russland erklärte eine einseitige Feuerpause für die Osterfeiertage.",
     [("statement_of_intent", None, None, ["RUS"])]),
    ("Putin declared a unilateral ceasefire for Easter on Saturday.",
     [("statement_of_intent", None, None, ["RUS"])]),
])
def test_truce_declared_over_is_no_step(text: str, expected: list[tuple[str, None, None, list[str]]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an agreement negated announces no step
    ("Die Delegationen einigten sich nicht darauf, die Gespräche in Genf fortzusetzen.", []),
    ("Die Delegationen haben sich nicht darauf geeinigt, die Gespräche in Genf fortzusetzen.", []),
    ("The delegations did not agree to continue the talks in Geneva.", []),
    # twins: agreed, a step announced
    ("Die Delegationen einigten sich darauf, die Gespräche in Genf fortzusetzen.",
     [("statement_of_intent", "geneva", None, [])]),
    ("The delegations agreed to continue the talks in Geneva.",
     [("statement_of_intent", "geneva", None, [])]),
])
def test_negated_agreement_is_no_step(text: str, expected: list[tuple[str, str, None, list[str]]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "seit"/"since" with a day is how long the talks run, not an earlier meeting: their place stays
    ("Seit Dienstag laufen in Genf Gespräche zwischen Russland und der Ukraine.",
     [("round", "geneva", None, ["RUS", "UKR"])]),
    ("Since Tuesday Russian and Ukrainian negotiators have held talks in Geneva.",
     [("round", "geneva", None, ["RUS", "UKR"])]),
    # twins: an earlier meeting counted from keeps its place out of the round
    ("It was the first meeting in Geneva since the delegations last met in Istanbul in March.",
     [("round", "geneva", None, [])]),
    ("Es war das erste Treffen in Genf seit den Gesprächen in Istanbul im März.",
     [("round", "geneva", None, [])]),
])
def test_since_a_day_keeps_the_place(text: str, expected: list[tuple[str, str, None, list[str]]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "topic"), [
    # a general truce with strikes on power plants told as going on is no energy pause
    ("Russia and Ukraine agreed on a ceasefire, but strikes on power plants continued.", None),
    ("Russland und die Ukraine einigten sich auf eine Waffenruhe, doch die Angriffe auf Kraftwerke "
     "gingen weiter.", None),
    # twins: the power plants are what the sides agreed to spare
    ("Russia and Ukraine agreed to halt strikes on power plants for 30 days.", "ceasefire.energy"),
    ("Russland und die Ukraine einigten sich darauf, 30 Tage lang keine Kraftwerke anzugreifen.",
     "ceasefire.energy"),
])
def test_strikes_going_on_name_no_energy_pause(text: str, topic: str | None) -> None:
    got = [(e.kind, e.topic) for e in extract(text, published=PUB).events]
    assert got == [("partial_agreement", topic)]


@pytest.mark.parametrize(("text", "place"), [
    # a Polish name keeps its spelling (no German transliteration to undo)
    ("A Russian missile struck the village of Przewodow in Poland, the Polish army said.", "przewodow"),
    ("Eine russische Rakete schlug im Dorf Przewodow in Polen ein, teilte die polnische Armee mit.",
     "przewodow"),
    # twin: a German transliteration is spelled the English way
    ("Russische Truppen haben nach eigenen Angaben das Dorf Nowa Poltawka eingenommen.", "nova_poltavka"),
])
def test_place_ids_of_foreign_spellings(text: str, place: str) -> None:
    assert [e.place for e in extract(text, published=PUB).events] == [place]


def _breaches(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(e.date_start, e.place, e.parties) for e in extract(text, published=PUB).events
            if e.claim == "violation"]


@pytest.mark.parametrize(("text", "expected"), [
    # a visit before a breach told without place or day is no incident: the breach keeps the
    # article's day and no place
    ("Am Samstag besuchte Selenskyj die Stadt Charkiw. Russland und die Ukraine warfen sich vor, "
     "die Waffenruhe gebrochen zu haben.", [(PUB, None, ["RUS"]), (PUB, None, ["UKR"])]),
    ("On Saturday Zelensky visited soldiers in Kharkiv. Russia and Ukraine accused each other of "
     "breaking the truce.", [(PUB, None, ["RUS"]), (PUB, None, ["UKR"])]),
    # twins: an incident before gives its place and day
    ("Am Samstag scheiterte die Evakuierung aus der Stadt Wowtschansk. Russland und die Ukraine "
     "warfen sich vor, die Waffenruhe gebrochen zu haben.",
     [("2026-03-07", "vovchansk", ["RUS"]), ("2026-03-07", "vovchansk", ["UKR"])]),
    ("On Saturday the evacuation of civilians from Vovchansk failed. Russia and Ukraine accused each "
     "other of breaking the truce.",
     [("2026-03-07", "vovchansk", ["RUS"]), ("2026-03-07", "vovchansk", ["UKR"])]),
])
def test_breach_takes_place_and_day_of_an_incident_only(
        text: str, expected: list[tuple[str, str | None, list[str]]]) -> None:
    assert _breaches(text) == expected


@pytest.mark.parametrize(("text", "minutes"), [
    # "an hour" not joined to the minutes is no part of the duration
    ("Russian and Ukrainian negotiators met in Istanbul on Monday for 90 minutes, starting an hour "
     "late.", 90),
    ("Die Delegationen trafen sich am Montag in Istanbul für 90 Minuten, eine Stunde später als "
     "geplant.", 90),
    # twins: joined, or alone
    ("Russian and Ukrainian negotiators met in Istanbul on Monday for an hour and 20 minutes.", 80),
    ("Die Delegationen Russlands und der Ukraine trafen sich am Montag in Istanbul für eine Stunde und "
     "zehn Minuten.", 70),
    ("Russian and Ukrainian negotiators met in Istanbul on Monday for an hour.", 60),
])
def test_an_hour_joins_the_minutes_only_when_joined(text: str, minutes: int) -> None:
    assert [e.duration_minutes for e in extract(text, published=PUB).events if e.kind == "round"] == [minutes]


@pytest.mark.parametrize(("text", "expected"), [
    # people who met despite the strikes: the meeting stays
    ("Trotz der Raketenangriffe trafen Selenskyj und Trump am Montag in Paris zusammen.",
     [("summit", "paris", None, ["UKR", "USA"])]),
    ("Despite the missile strikes, Zelensky and Trump met in Paris on Monday.",
     [("summit", "paris", None, ["UKR", "USA"])]),
    # twin: missiles that hit a city are no meeting
    ("Russische Raketen trafen am Montag die Stadt Kiew.", []),
])
def test_meeting_despite_strikes_is_kept(text: str, expected: list[tuple[str, str, None, list[str]]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two who spoke at a conference gave speeches there: no conversation between them
    ("Zelensky and Vance spoke at the Munich Security Conference on Saturday.", []),
    # twins: two who spoke at a seat talked with each other
    ("Trump and Zelensky spoke at the White House on Friday.",
     [("summit", "washington", None, ["UKR", "USA"])]),
    ("Trump und Selenskyj sprachen am Freitag im Weißen Haus.",
     [("summit", "washington", None, ["UKR", "USA"])]),
])
def test_speeches_at_a_conference_are_no_talks(
        text: str, expected: list[tuple[str, str, None, list[str]]]) -> None:
    assert _events(text) == expected
