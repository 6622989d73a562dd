"""Reviewer items of session 15 (fixa15): sentences the reviewer wrote for
/work/s15/review.md and sentences written for these tests, in German and English, with the
record each should give and the wording the original rule was for."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2025-05-16"  # a Friday


def _exchanges(text: str) -> list[tuple[tuple[str, ...], str, float | None, str | None]]:
    """(parties, rule, quantity, date) of every partial agreement."""
    return [(tuple(e.parties), (e.cue or "").split(";")[0], e.quantity, e.date_start)
            for e in extract(text, "t", PUB).events if e.kind == "partial_agreement"]


# -- item 2: a Konjunktiv II in a side clause leaves an exchange carried out ---------------------

@pytest.mark.parametrize("text", [
    "Russland und die Ukraine tauschten am Freitag je 390 Gefangene aus, was den Weg zu weiteren "
    "Gesprächen ebnen würde.",
    "Russland und die Ukraine tauschten am Freitag jeweils 390 Gefangene aus; beide Seiten würden "
    "das gern fortsetzen.",
])
def test_a_konjunktiv_in_a_side_clause_leaves_the_exchange_done(text: str) -> None:
    assert _exchanges(text) == [(("RUS", "UKR"), "rule: exchange carried out", 390.0, "2025-05-16")]


@pytest.mark.parametrize("text", [
    "Ein Sprecher erklärte, beide Länder würden am Freitag jeweils 390 Gefangene austauschen.",
    "Am Freitag würden Moskau und Kiew je 390 Gefangene freilassen, hieß es aus Kiew.",
    "Beide Seiten würden jeweils 390 Gefangene freigelassen werden, sagte der Unterhändler.",
])
def test_a_konjunktiv_governing_the_exchange_is_not_done(text: str) -> None:
    assert all(rule != "rule: exchange carried out" for _, rule, _, _ in _exchanges(text))


# -- item 1: a refusal in another clause or by another actor leaves the pledge -------------------

def _pledges(text: str) -> list[tuple[tuple[str, ...], float | None, str | None]]:
    """(parties, quantity, unit) of every pledge."""
    return [(tuple(e.parties), e.quantity, e.unit)
            for e in extract(text, "t", PUB).events if e.kind == "pledge"]


@pytest.mark.parametrize("text, pledge", [
    ("Macron und Merz lehnten ein Einfrieren der Front ab und sagten der Ukraine weitere 2 Milliarden "
     "Euro zu.", (("DEU", "FRA"), 2e9, "EUR")),
    ("Nachdem Moskau den Waffenstillstandsplan abgelehnt hatte, sagte Deutschland der Ukraine weitere "
     "500 Millionen Euro zu.", (("DEU",), 5e8, "EUR")),
    ("Despite Russia's refusal to negotiate, Germany pledged 500 million euros for Ukraine's air "
     "defence.", (("DEU",), 5e8, "EUR")),
    ("France declined any comment on troops but pledged 300 million euros for Kyiv's air defence.",
     (("FRA",), 3e8, "EUR")),
])
def test_a_refusal_of_something_else_leaves_the_pledge(text: str, pledge: tuple[object, ...]) -> None:
    assert _pledges(text) == [pledge]


@pytest.mark.parametrize("text", [
    "Polen weigert sich bislang, Soldaten in die Ukraine zu entsenden.",
    "Die Regierung in Berlin lehnte es ab, der Ukraine weitere 500 Millionen Euro bereitzustellen.",
    "Berlin lehnt es weiterhin ab, Kiew Marschflugkörper zur Verfügung zu stellen.",
    "Germany declined to pledge new air defence systems for Ukraine.",
    "France refused to pledge troops for a force in Ukraine, the minister said.",
])
def test_a_refusal_governing_the_pledge_verb_leaves_none(text: str) -> None:
    assert _pledges(text) == []


# -- item 5: a nominative "Der" before the giver is no dative recipient ---------------------------
# -- item 9: the nationality of who reports a pledge is not its giver ---------------------------

@pytest.mark.parametrize("text, parties", [
    ("Der französische Präsident sagte der Ukraine weitere 500 Millionen Euro zu.", ("FRA",)),
    ("Merz und der französische Präsident sagten der Ukraine weitere 500 Millionen Euro zu.",
     ("DEU", "FRA")),
    ("Deutschland hat der Ukraine weitere 500 Millionen Euro zugesagt.", ("DEU",)),
    ("Kanada sagte der Ukraine 300 Millionen Dollar zu, teilte das italienische Außenministerium mit.",
     ()),
    ("Japan pledged 300 million dollars for Ukraine's energy grid, the Italian foreign minister said.",
     ()),
    ("The Italian foreign minister said Japan pledged 300 million dollars for Ukraine's power grid.", ()),
    ("Norway pledged 300 million dollars for Ukraine's energy grid, the foreign minister said.", ("EUR",)),
    ("Am Montag sagte Norwegen der Ukraine 300 Millionen Euro zu.", ("EUR",)),
])
def test_the_giver_is_the_subject_of_the_pledge(text: str, parties: tuple[str, ...]) -> None:
    assert [p for p, _, _ in _pledges(text)] == [parties]


# -- item 10: a number of states gives only as the subject, and is never the amount -------------

@pytest.mark.parametrize("text, pledge", [
    ("After a video call with 30 countries, Germany pledged 500 million euros for Ukraine's air "
     "defence.", (("DEU",), 5e8, "EUR")),
    ("Nach einem Treffen mit Vertretern von 30 Ländern sagte Deutschland der Ukraine weitere 500 "
     "Millionen Euro zu.", (("DEU",), 5e8, "EUR")),
    ("Dreißig Länder haben der Ukraine weitere Luftabwehrsysteme zugesagt.", (("EUR",), None, None)),
    ("Thirty countries pledged new air defence systems for Ukraine.", (("EUR",), None, None)),
])
def test_a_group_of_states_gives_only_as_the_subject(text: str, pledge: tuple[object, ...]) -> None:
    assert _pledges(text) == [pledge]


# -- item 11: the recipient after a German verb, the agent of a passive, the speaker of a report -

@pytest.mark.parametrize("text, parties", [
    ("Die Außenministerin der Niederlande sagte Kiew 300 Millionen Euro für Drohnen zu.", ("EUR",)),
    ("Ukraine received 500 million euros pledged by Germany.", ("DEU",)),
    ("Zelensky said Germany had pledged new air defence systems.", ("DEU",)),
    ("Merz sicherte Kiew weitere 300 Millionen Euro für die Luftabwehr zu.", ("DEU",)),
    ("Am Montag sagte Norwegen der Ukraine 300 Millionen Euro zu.", ("EUR",)),
    ("Germany promised Ukraine 500 million euros.", ("DEU",)),
    ("Deutschland hat der Ukraine weitere 500 Millionen Euro zugesagt.", ("DEU",)),
])
def test_who_gives_not_who_receives_or_reports(text: str, parties: tuple[str, ...]) -> None:
    assert [p for p, _, _ in _pledges(text)] == [parties]


# review 15 (second pass) item 1: a Konjunktiv II in a relative clause leaves the exchange done
@pytest.mark.parametrize("text", [
    "Moskau, das ein Treffen der Präsidenten begrüßen würde, hat am Freitag 250 ukrainische "
    "Gefangene übergeben.",
    "Kiew, das weitere Runden gern sehen würde, hat am Freitag 250 russische Soldaten freigelassen.",
])
def test_a_konjunktiv_in_a_relative_clause_leaves_the_exchange_done(text: str) -> None:
    kinds = [(e.kind, e.cue) for e in extract(text, "t", PUB).events]
    assert kinds == [("partial_agreement", "rule: exchange carried out")], kinds
