"""Extraction on reporting styles the corpus seldom shows: wire-service dates ("Oct. 2", "Jan.
23-24", a weekday without a preposition), numbers given for each side in other words, the
condition of a source's anonymity, a judgement of someone's demands, both sides agreeing in a
speaker's report, and one agreement told in several sentences. Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest

from accord.news.dates import find_dates
from accord.news.extract import extract
from accord.news.numbers import find_figures

PUB = "2026-02-05"  # a Thursday


@pytest.mark.parametrize(("text", "first", "last"), [
    ("The swap took place on Oct. 2, 2025, at the border.", "2025-10-02", "2025-10-02"),
    ("Delegates met on Jan. 23-24 in the Gulf.", "2026-01-23", "2026-01-24"),
    ("Delegates met on 23-24 January in the Gulf.", "2026-01-23", "2026-01-24"),
    ("Delegates met from January 23 to 24.", "2026-01-23", "2026-01-24"),
    ("The envoys conferred on Sept. 30 by video.", "2025-09-30", "2025-09-30"),
    ("Die Runde tagte am 3. Okt. 2025 in Genf.", "2025-10-03", "2025-10-03"),
    ("The talks ended Tuesday without a deal.", "2026-02-03", "2026-02-03"),
    ("The meeting began late Wednesday.", "2026-02-04", "2026-02-04"),
    ("Negotiators will meet again Monday in Geneva.", "2026-02-09", "2026-02-09"),
    ("Das Gespräch begann am späten Mittwoch.", "2026-02-04", "2026-02-04"),
    ("Die nächste Runde soll am Samstag stattfinden.", "2026-02-07", "2026-02-07"),
    # the weekday before an explicit date is not resolved on its own
    ("They met on Friday, May 16, in Istanbul.", "2025-05-16", "2025-05-16"),
    ("Sie trafen sich am Freitag, 16. Mai, in Istanbul.", "2025-05-16", "2025-05-16"),
])
def test_wire_service_and_weekday_dates(text: str, first: str, last: str) -> None:
    dates = find_dates(text, PUB)
    assert [(d.first, d.last) for d in dates] == [(first, last)], dates


@pytest.mark.parametrize("text", [
    "Both sides will free 300 people from each side next week.",
    "The two countries agreed to each swap 300 prisoners.",
    "Kyiv and Moscow will release 300 prisoners of war each.",
    "Jede Seite übergibt 300 Gefangene, also 300 von jeder Seite.",
])
def test_numbers_for_each_side(text: str) -> None:
    figures = [f for f in find_figures(text) if f.value == 300]
    assert figures and figures[0].per_side is True, figures


def _stances(text: str, published: str = PUB) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.polarity) for s in extract(text, "t", published).stances}


def test_a_sources_anonymity_is_no_condition() -> None:
    found = _stances("A Ukrainian negotiator, who spoke on condition of anonymity, said Russia "
                     "demanded the withdrawal of Ukrainian troops from the Donetsk region.")
    assert ("RUS", "territory.donbas", "demand") in found
    assert not any(p == "conditional" for _, _, p in found)


def test_a_judgement_of_demands_is_not_a_refusal_by_those_who_make_them() -> None:
    found = _stances("Moscow made unacceptable demands that Ukraine cede the Donbas.")
    assert ("RUS", "territory.donbas", "demand") in found
    assert ("RUS", "territory.donbas", "reject") not in found


def test_both_sides_agreeing_in_a_speakers_report() -> None:
    found = _stances("Zelensky said on Tuesday that the two sides had agreed to exchange 500 "
                     "prisoners of war.")
    assert {("UKR", "humanitarian.prisoners", "accept"),
            ("RUS", "humanitarian.prisoners", "accept")} <= found


def test_a_cue_inside_a_condition_of_one_clause_does_not_decide() -> None:
    found = _stances("Zelensky skipped the meeting but was in Vilnius, where he called for "
                     "tougher sanctions on Russia if it did not accept a ceasefire.")
    assert ("UKR", "economy.sanctions", "demand") in found
    assert not any(p == "reject" for _, _, p in found)


def test_a_stated_precondition_is_a_demand() -> None:
    found = _stances("Der Kreml erklärte, ein Verzicht Kiews auf den Donbass sei die "
                     "Voraussetzung für jede Einigung.")
    assert ("RUS", "territory.donbas", "demand") in found


def test_one_agreement_told_in_two_sentences_is_one_event() -> None:
    text = ("Russia and Ukraine agree to swap 400 prisoners\n\n"
            "Russia and Ukraine agreed on Wednesday in Riyadh to exchange 400 prisoners of war "
            "each, the mediators said.\n\nThe talks lasted four hours.")
    events = [e for e in extract(text, "t", PUB).events if e.kind == "partial_agreement"]
    assert len(events) == 1, events
    e = events[0]
    assert e.parties == ["RUS", "UKR"] and e.quantity == 400 and e.per_side is True
    assert e.last_end > text.index("Riyadh")  # read from the repeat too


def test_agreement_reached_is_an_agreement_and_talks_that_finished_are_a_round() -> None:
    text = ("A round of talks in Geneva finished Tuesday with both sides agreeing to a new "
            "exchange of prisoners. The envoy said the delegations reached an agreement under "
            "which each side will release 120 prisoners.")
    events = extract(text, "t", PUB).events
    rounds = [e for e in events if e.kind == "round"]
    assert rounds and rounds[0].date_start == "2026-02-03" and rounds[0].place == "geneva"
    assert any(e.kind == "partial_agreement" for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Selenskyj: Putin will keinen Waffenstillstand", ("RUS", "ceasefire.sequence", "reject")),
    ("Zelensky said Putin does not want a ceasefire at all.", ("RUS", "ceasefire.sequence", "reject")),
    ("Kiew schließt eine Pause der Angriffe auf Energieanlagen nicht aus.",
     ("UKR", "ceasefire.energy", "accept")),
    ("Moskau schließt eine Rückgabe der Krim aus.", ("RUS", "territory.crimea", "reject")),
    ("The Kremlin does not rule out an exchange of all prisoners.",
     ("RUS", "humanitarian.prisoners", "accept")),
    ("Russland stelle Bedingungen für eine Waffenruhe, hieß es aus Kiew.",
     ("RUS", "ceasefire.sequence", "conditional")),
    ("Macron sagte, zuerst müssten die Waffen schweigen.", ("FRA", "ceasefire.sequence", "demand")),
    ("The Kremlin said Ukraine should pull its forces out of the Donbas.",
     ("RUS", "territory.donbas", "demand")),
])
def test_attitude_wording(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text), _stances(text)


def test_what_one_side_says_another_must_do_stays_the_speakers_demand() -> None:
    found = _stances("Lavrov said Washington should stop arming Ukraine and lift the sanctions.")
    assert ("RUS", "economy.sanctions", "demand") in found
    assert not any(a == "USA" for a, _, _ in found)


def test_declining_to_comment_is_no_refusal() -> None:
    assert not any(p == "reject" for _, _, p in _stances(
        "Peskov declined to comment on the future of the Kherson region."))
    assert not any(p == "reject" for _, _, p in _stances(
        "Peskov refused to comment on the future of the Kherson region."))


def test_a_demilitarised_zone_is_territory_not_army_size() -> None:
    issues = {i for _, i, _ in _stances("Washington proposed a demilitarized zone in the Donbas.")}
    assert "territory.donbas" in issues
    assert not issues & {"military.army_size", "military.weapons_caps"}


def test_a_meeting_introduced_by_during_is_an_event() -> None:
    events = extract("During a meeting in Geneva on March 3, the two presidents reviewed the "
                     "draft plan.", "t", "2026-03-04").events
    assert any(e.kind in ("round", "summit") and e.date_start == "2026-03-03" for e in events)


def _claims(text: str, published: str = "2025-11-08") -> list[tuple[str | None, list[str],
                                                                     str | None]]:
    return [(e.place, e.parties, e.date_start) for e in extract(text, "t", published).events
            if e.kind == "claim"]


def test_a_capture_told_as_a_sides_own_statement_is_a_claim_without_a_word_for_troops() -> None:
    claims = _claims("Russland hat nach eigenen Angaben das Dorf Kamjanka nahe Kupjansk "
                     "eingenommen.")
    # the village (not in the gazetteer: its id in English transliteration), not the town near it
    assert claims == [("kamianka", ["RUS"], "2025-11-08")]


def test_a_name_after_an_english_verb_of_capture_is_the_place_claimed() -> None:
    claims = _claims("MOSCOW (Reuters) -Russia said on Saturday that its troops had taken "
                     "Ostrivka and Lukivka in the Zaporizhzhia region.")
    assert sorted(c[0] or "" for c in claims) == ["lukivka", "ostrivka"]
    assert all(c[1] == ["RUS"] and c[2] == "2025-11-08" for c in claims)


def test_a_claim_without_claimant_continues_the_one_before() -> None:
    text = ("Russia said on Saturday that its forces had captured the village of Ostrivka. "
            "The ministry added that its units had also taken Lukivka.")
    claims = _claims(text)
    assert [c[0] for c in claims] == ["ostrivka", "lukivka"]
    assert claims[1][1] == ["RUS"]


def test_a_claim_told_again_without_its_place_is_the_same_claim() -> None:
    text = ("Russland hat nach eigenen Angaben das Dorf Ostriwka eingenommen. Das "
            "Verteidigungsministerium in Moskau teilte mit, die Truppen hätten den Ort unter "
            "ihre Kontrolle gebracht.")
    events = [e for e in extract(text, "t", "2025-11-08").events if e.kind == "claim"]
    assert len(events) == 1 and events[0].last_end > text.index("Verteidigungsministerium")


def test_a_report_from_the_front_takes_no_position_on_territory() -> None:
    found = _stances("Kyiv denied that Russian forces had captured Pokrovsk in the Donetsk "
                     "region, insisting its troops still hold the north of the town.")
    assert not any(i.startswith("territory.") for _, i, _ in found)
    # ... while a demand about the same land in talks is one
    assert ("RUS", "territory.donbas", "demand") in _stances(
        "Russia demanded in the talks that Kyiv cede the rest of the Donetsk region.")


def test_a_dash_glued_to_the_first_word_after_a_dateline() -> None:
    found = extract("KYIV (Reuters) -Ukraine rejected on Monday any cession of the Donbas.",
                    "t", "2025-11-10").stances
    assert ("UKR", "territory.donbas", "reject") in {(s.actor, s.issue, s.polarity) for s in found}


def test_a_postponement_takes_the_date_after_to_not_the_day_it_was_reported() -> None:
    events = extract("The next round of talks in Istanbul, planned for June 2, has been pushed back to "
                     "June 5, the ministry said on Friday.", "t", "2025-05-30").events
    moved = [e for e in events if e.kind == "postponement"]
    assert moved and (moved[0].moved_from, moved[0].date_start) == ("2025-06-02", "2025-06-05")


def test_an_envoy_expected_to_travel_for_a_meeting_is_a_planned_round() -> None:
    events = extract("Witkoff is expected to travel to Moscow next week to meet Putin.", "t",
                     "2025-05-30").events
    assert [(e.kind, e.place, e.outcome, e.date_start) for e in events] == [
        ("round", "moscow", "planned", "2025-06-02")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Wenn Russland seine Angriffe einstellt, ist die Ukraine zu einer Waffenruhe bereit.",
     ("UKR", "ceasefire.sequence", "conditional")),
    ("If Moscow frees the wounded first, Kyiv will agree to a swap of all prisoners.",
     ("UKR", "humanitarian.prisoners", "conditional")),
])
def test_a_sentence_that_opens_with_its_condition(text: str, expected: tuple[str, str, str]) -> None:
    found = _stances(text)
    assert expected in found, found
    assert not any(a == "RUS" and p == "conditional" for a, _, p in found)


def test_a_position_named_as_someones_proposal_is_theirs() -> None:
    found = _stances("Zelensky turned down a U.S. proposal to pull Ukrainian troops out of the "
                     "Donbas.")
    assert {("USA", "territory.donbas", "propose"), ("UKR", "territory.donbas", "reject")} <= found
    cue = next(s.cue for s in extract("Zelensky turned down a U.S. proposal to pull Ukrainian "
                                      "troops out of the Donbas.", "t", PUB).stances
               if s.actor == "USA")
    assert cue is not None and "proposal" in cue


def test_the_later_clause_has_its_own_subject() -> None:
    found = _stances("NATO keeps saying Ukraine's path to membership is open, while Russia "
                     "demanded that Ukraine stay neutral.")
    assert ("RUS", "alliance.nato", "demand") in found
    assert ("UKR", "alliance.nato", "demand") not in found


@pytest.mark.parametrize(("text", "expected"), [
    # readiness to send one's own troops is a commitment (support), as the annotation codes the
    # senders of a deployment; the host's consent would be an acceptance
    ("Starmer said Britain is ready to send troops as part of a multinational force.",
     ("GBR", "security.foreign_troops", "support")),
    ("The alliance confirmed that NATO will not station troops in Ukraine.",
     ("NATO", "security.foreign_troops", "reject")),
    ("The Ukrainian president said he had no right to give up land.",
     ("UKR", "territory.donbas", "reject")),
])
def test_troops_and_land_in_other_words(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text), _stances(text)


def test_halting_membership_ambitions_renounces_them() -> None:
    options = {s.option for s in extract("Kyiv is willing to halt its NATO membership ambitions "
                                         "if it gets binding guarantees.", "t", PUB).stances
               if s.issue == "alliance.nato"}
    assert options == {"renounced"}


@pytest.mark.parametrize("text", [
    "Russland und die Ukraine haben erneut Soldaten aus der Gefangenschaft getauscht.",
    "Jede Seite entließ 80 Soldaten, teilten Moskau und Kiew mit.",
    "Each side freed 80 prisoners of war on Tuesday, Moscow and Kyiv said.",
])
def test_exchanges_carried_out_in_other_words(text: str) -> None:
    events = [e for e in extract(text, "t", "2024-07-17").events if e.kind == "partial_agreement"]
    assert events and events[0].parties == ["RUS", "UKR"], events


def test_the_seat_of_a_ministry_is_not_where_an_exchange_took_place() -> None:
    events = extract("80 russische Soldaten seien aus der Gefangenschaft zurückgekehrt, teilte das "
                     "Verteidigungsministerium in Moskau mit.", "t", "2024-07-17").events
    assert events and events[0].place is None


def test_each_side_before_the_verb_and_number() -> None:
    figures = [f for f in find_figures("Jede Seite entließ 80 Soldaten.") if f.value == 80]
    assert figures and figures[0].per_side is True


def test_two_calls_with_different_people_are_two_rounds() -> None:
    text = ("Trump und Putin telefonierten am Dienstag mehr als eine Stunde. Bundeskanzler Merz "
            "hat mit dem ukrainischen Präsidenten Selenskyj telefoniert.")
    rounds = [e for e in extract(text, "t", "2025-05-21").events if e.kind == "round"]
    assert [sorted(e.parties) for e in rounds] == [["RUS", "USA"], ["EUR", "UKR"]]


def test_a_call_has_no_place() -> None:
    events = extract("Merz spoke with Zelensky by phone on Wednesday about the negotiations in "
                     "Geneva.", "t", "2025-05-21").events
    assert [(e.kind, e.place, e.date_start) for e in events] == [("round", None, "2025-05-21")]


def test_said_he_would_travel_is_a_planned_meeting() -> None:
    events = extract("Zelensky said he would travel to Washington next week to discuss the "
                     "guarantees with Trump.", "t", "2025-05-21").events
    assert [(e.kind, e.place, e.outcome) for e in events] == [("round", "washington", "planned")]


@pytest.mark.parametrize(("text", "issue"), [
    ("Kyiv insists on a U.S. backstop for any European force.", "security.guarantees"),
    ("Kiew fordert ein Sicherheitsabkommen mit Washington.", "security.guarantees"),
    ("Moscow demands that Ukraine limit its armed forces to 600,000 troops.", "military.army_size"),
    ("Ukraine demands the release of all captives held by Russia.", "humanitarian.prisoners"),
])
def test_issues_in_other_words(text: str, issue: str) -> None:
    assert issue in {i for _, i, _ in _stances(text)}, _stances(text)


def test_the_nuclear_plant_is_not_the_region() -> None:
    found = _stances("Russia rejected a U.S. proposal on the Zaporizhzhia nuclear power plant.")
    assert not any(i == "territory.south" for _, i, _ in found)


@pytest.mark.parametrize("text", [
    "Zelensky said Ukraine would send a delegation to Riyadh.",
    "The Kremlin said it would study the American proposals.",
    "Russia said it was ready to hand over the bodies of fallen soldiers.",
    "Kyiv submitted its response to the plan on Wednesday.",
    "Kiew werde den Entwurf prüfen und rasch antworten, sagte Selenskyj.",
])
def test_a_concrete_next_step_is_a_statement_of_intent(text: str) -> None:
    kinds = [e.kind for e in extract(text, "t", "2025-12-03").events]
    assert kinds == ["statement_of_intent"], kinds


@pytest.mark.parametrize(("text", "expected"), [
    ("Es komme für Moskau nicht in Frage, dass westliche Einheiten dort stationiert würden, "
     "sagte Peskow.", ("RUS", "security.foreign_troops", "reject")),
    ("Putin hat Vorschläge für eine Sicherungstruppe in der Ukraine abgelehnt.",
     ("RUS", "security.foreign_troops", "reject")),
    ("Lawrow betonte, Russland sehe keinen Spielraum für einen Kompromiss bei der Stationierung "
     "ausländischer Militärs.", ("RUS", "security.foreign_troops", "reject")),
    ("Die Ukraine hält Sicherheitsgarantien der Partner für unerlässlich.",
     ("UKR", "security.guarantees", "demand")),
    ("Russland will sich vier weitere Regionen einverleiben.", ("RUS", "territory.donbas", "demand")),
])
def test_german_position_wording(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text, "2025-09-05"), _stances(text, "2025-09-05")


def test_planned_reconvening_next_month_in_a_named_state() -> None:
    events = extract("The delegations will reconvene in Geneva next month, officials said.", "t",
                     "2025-12-03").events
    assert [(e.kind, e.place, e.outcome, e.date_start) for e in events] == [
        ("round", "geneva", "planned", "2026-01")]
    held = extract("U.S. and Ukrainian officials held talks in Florida on Sunday.", "t",
                   "2025-12-03").events
    assert [(e.place, e.date_start) for e in held] == [("florida", "2025-11-30")]


@pytest.mark.parametrize(("text", "month"), [
    ("last month", "2025-11"), ("im vergangenen Monat", "2025-11"), ("next month", "2026-01"),
    ("Anfang des nächsten Monats", "2026-01"),
])
def test_relative_months(text: str, month: str) -> None:
    assert [(d.first, d.granularity) for d in find_dates(text, "2025-12-03")] == [(month, "month")]


def test_the_day_of_a_report_is_not_the_day_of_the_meeting() -> None:
    events = extract("Mehrere Zeitungen hatten am Dienstag berichtet, dass sich Vertreter der USA "
                     "und Russlands in Abu Dhabi getroffen hätten.", "t", "2025-11-27").events
    rounds = [e for e in events if e.kind == "round"]
    assert rounds and rounds[0].place == "abu_dhabi" and rounds[0].date_start is None


def test_a_headline_places_the_talks_and_an_original_date_is_a_postponement() -> None:
    text = ("Verhandlungen in Genf\n\nDie Delegationen einigten sich auf nichts. Vertreter "
            "Moskaus und Kiews hatten zuvor drei Stunden über eine Waffenruhe gesprochen. Der "
            "Beginn der Gespräche war eigentlich für Mittwoch erwartet worden.")
    events = extract(text, "t", "2025-05-16").events
    rounds = [e for e in events if e.kind == "round"]
    moved = [e for e in events if e.kind == "postponement"]
    assert rounds and rounds[0].place == "geneva" and rounds[0].parties == ["RUS", "UKR"]
    assert moved and (moved[0].moved_from, moved[0].date_start, moved[0].place) == (
        "2025-05-14", "2025-05-16", "geneva")


def test_a_truce_not_respected_is_a_violation_and_power_plants_are_no_pows() -> None:
    events = extract("Kyiv said Moscow had not respected the energy truce and struck power plants "
                     "overnight.", "t", "2025-04-21").events
    claims = [e for e in events if e.kind == "claim"]
    assert claims and claims[0].claim == "violation"
    assert all(e.topic != "humanitarian.prisoners" for e in events)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Washington wants $100 billion of the frozen assets.", 100e9, "USD"),
    ("The EU approved a €90 billion loan.", 90e9, "EUR"),
    ("The war has driven six million refugees abroad.", 6e6, "people"),
])
def test_money_signs_and_refugees(text: str, value: float, unit: str) -> None:
    found = [(f.value, f.unit) for f in find_figures(text, lang="en")]
    assert (value, unit) in found, found


@pytest.mark.parametrize(("text", "expected"), [
    # a heading that ends with its unit: the next paragraph's first word is no relative date
    ("Gespräch dauerte gut anderthalb Stunden\n\nZuvor hatten beide Seiten telefoniert.",
     [(1.5, "hours")]),
    # page furniture of news sites is no figure
    ("4 min read\n\nNegotiators talked for three hours.", [(3, "hours")]),
    # a number closing a heading does not take the next paragraph's noun as its unit
    ("Kriegstag 1000\n\nSoldaten beider Seiten halten die Linie.", []),
    # a unit broken onto the next line still counts
    ("the talks ran for two\nhours on Friday", [(2, "hours")]),
    ("a call between the two nuclear powers", [(2, "countries")]),
    ("two power plants were hit", []),
])
def test_figures_stay_within_their_paragraph(text: str, expected: list[tuple[float, str]]) -> None:
    lang = "de" if "Stunden" in text or "Soldaten" in text else "en"
    assert [(f.value, f.unit) for f in find_figures(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "cue"), [
    # an order given to the forces
    ("After the call, Putin gave the corresponding orders to the Russian army.", "an order given"),
    ("Putin erteilte der Armee noch am Abend den Befehl, das Feuer einzustellen.",
     "an order given"),
    # a further step agreed
    ("Russia and Ukraine agreed to set up working groups on humanitarian questions.",
     "a further step agreed"),
    ("Russland und die Ukraine vereinbarten, gemeinsame Arbeitsgruppen einzurichten.",
     "a further step agreed"),
    # an offer or proposal made (an offered handover of bodies is no exchange carried out)
    ("Moscow also offered Kyiv to return 500 more bodies of fallen soldiers.",
     "an offer or proposal made"),
    ("Russland habe außerdem die Übergabe weiterer Leichen angeboten, sagte der Unterhändler.",
     "an offer or proposal made"),
    # a plan or draft presented
    ("Kyiv presented its revised peace plan to the envoys.", "a plan, draft or answer presented"),
    ("Die Ukraine legte den Vermittlern einen überarbeiteten Friedensplan vor.",
     "a plan, draft or answer presented"),
    # a concrete act said to come
    ("Russia will consider every case on the list of missing children, the delegation said.",
     "a concrete step said to come"),
    ("The parties will set up a joint commission for the wounded.", "a concrete step said to come"),
])
def test_announced_concrete_steps_are_statements_of_intent(text: str, cue: str) -> None:
    events = extract(text, "t", "2025-06-02").events
    kinds = [e.kind for e in events]
    assert kinds == ["statement_of_intent"], [(e.kind, e.cue) for e in events]
    assert (events[0].cue or "").startswith(f"rule: {cue}"), events[0].cue


@pytest.mark.parametrize("text", [
    # a plan as a noun announces nothing
    "Die neuen Pläne der Europäer seien für Moskau unannehmbar, sagte Peskow.",
    "Zelensky said on Monday that the peace plan now has fewer points.",
    # keeping to a course is a position, not a step
    "Kiew beabsichtigt, an seinem Kurs in Richtung EU festzuhalten.",
])
def test_no_statement_of_intent_without_a_step(text: str) -> None:
    events = extract(text, "t", "2025-06-02").events
    assert all(e.kind != "statement_of_intent" for e in events), [(e.kind, e.cue) for e in events]


@pytest.mark.parametrize(("text", "quantity"), [
    # an exchange of people agreed without the word "prisoner"
    ("Russia and Ukraine agreed to exchange wounded soldiers and civilians.", None),
    ("Russland und die Ukraine vereinbarten einen Austausch von jeweils 200 Personen.", 200),
])
def test_an_agreed_exchange_of_people_is_a_partial_agreement(text: str, quantity: int | None) -> None:
    agreed = [e for e in extract(text, "t", "2025-06-02").events if e.kind == "partial_agreement"]
    assert agreed and agreed[0].topic == "humanitarian.prisoners", agreed
    assert agreed[0].quantity == quantity and agreed[0].parties == ["RUS", "UKR"]
    assert (agreed[0].cue or "").startswith("rule: prisoners agreed")


@pytest.mark.parametrize("text", [
    "Russia and Ukraine agreed to extend the grain deal by another sixty days.",
    "Kiew und Moskau verständigten sich darauf, das Abkommen über Getreideexporte zu verlängern.",
])
def test_a_grain_deal_agreed_is_a_partial_agreement(text: str) -> None:
    kinds = [e.kind for e in extract(text, "t", "2023-03-18").events]
    assert kinds == ["partial_agreement"], kinds


def test_a_running_total_is_no_exchange_but_the_largest_so_far_is() -> None:
    total = extract("Moskau hat bisher rund 5.000 Leichen übergeben, sagte der Unterhändler.", "t",
                    "2025-07-23").events
    assert all(e.kind != "partial_agreement" for e in total), total
    for text in ("Beide Seiten haben jeweils 150 Gefangene freigelassen und so ihren bisher "
                 "größten Austausch abgeschlossen.",
                 "Russia and Ukraine each freed 150 prisoners in the largest swap so far."):
        done = [e for e in extract(text, "t", "2025-07-23").events if e.kind == "partial_agreement"]
        assert done and done[0].quantity == 150, text


def test_results_told_after_dated_talks_take_the_day_of_the_talks() -> None:
    text = ("Delegations of Russia and Ukraine met in Istanbul on Monday. During the meeting, the "
            "parties agreed to exchange wounded soldiers. Russia also offered to hand over 500 "
            "bodies of fallen soldiers.")
    events = extract(text, "t", "2025-07-24").events  # a Thursday
    got = {e.kind: (e.date_start, e.place) for e in events}
    assert got["partial_agreement"] == ("2025-07-21", "istanbul"), events
    assert got["statement_of_intent"] == ("2025-07-21", "istanbul"), events


@pytest.mark.parametrize("text", [
    "The delegations exchanged their draft documents and agreed on a new prisoner swap.",
    "Die Delegationen tauschten ihre Entwürfe aus und vereinbarten einen neuen Gefangenenaustausch.",
])
def test_papers_exchanged_with_an_agreed_swap_are_a_step_and_an_agreement(text: str) -> None:
    kinds = sorted(e.kind for e in extract(text, "t", "2025-06-02").events)
    assert kinds == ["partial_agreement", "statement_of_intent"], kinds


@pytest.mark.parametrize(("text", "published"), [
    ("The Kremlin readout came after a two-hour phone call between Putin and Trump.", "2025-05-20"),
    ("Die Erklärung folgte nach einem Telefonat zwischen Putin und Trump über die Waffenruhe.",
     "2025-05-20"),
])
def test_a_call_told_as_what_came_before_is_a_round(text: str, published: str) -> None:
    rounds = [e for e in extract(text, "t", published).events if e.kind == "round"]
    # (session 16: an indefinite call told only as what came before another act has no day of
    # its own, convention 7: on or before the report, not the report's day)
    assert rounds and rounds[0].place is None and rounds[0].date_start is None


@pytest.mark.parametrize("text", [
    "Before the talks began, Zelensky said his country was open to compromise over the region of Donbas.",
    "Vor Beginn der Verhandlungen sagte Selenskyj, sein Land sei zu Kompromissen über Donezk bereit.",
])
def test_a_time_reference_to_talks_is_no_round(text: str) -> None:
    assert not [e for e in extract(text, "t", "2025-05-20").events if e.kind in ("round", "summit")]


def test_talks_said_about_on_one_day_and_held_on_another_are_one_round() -> None:
    text = ("Kyiv said Tuesday that US and Ukrainian delegations had found common ground on the "
            "draft, following talks held in Geneva. Umerov thanked both teams for the meetings "
            "held Sunday between the delegations of the US and Ukraine. He said more work was "
            "needed. Officials from the US and Ukraine met Sunday in Geneva to discuss the draft.")
    rounds = [e for e in extract(text, "t", "2025-11-25").events if e.kind == "round"]
    assert [(e.place, e.date_start) for e in rounds] == [("geneva", "2025-11-23")]
    assert rounds[0].last_end == len(text)  # one event over the sentences that tell it


@pytest.mark.parametrize("text", [
    "Die Delegationen Russlands und der Ukraine verhandelten am Mittwoch in Istanbul über eine "
    "Waffenruhe. Die Sitzung endete nach einer Stunde. Zuvor hatten sich die beiden "
    "Delegationsleiter zu einem Vieraugengespräch getroffen.",
    "Russian and Ukrainian delegations met in Istanbul on Wednesday to discuss a ceasefire. The "
    "session lasted an hour. Before the full meeting, the two heads of delegation had a "
    "one-on-one conversation.",
])
def test_a_talk_held_just_before_the_plenary_is_its_own_round_that_day(text: str) -> None:
    rounds = [e for e in extract(text, "t", "2025-07-24").events if e.kind == "round"]
    assert [(e.place, e.date_start) for e in rounds] == [("istanbul", "2025-07-23")] * 2


@pytest.mark.parametrize("text", [
    "Vertreter Russlands und der Ukraine haben in der Stadt am Bosporus ihre Gespräche fortgesetzt.",
    "Russian and Ukrainian negotiators resumed their talks in the city on the Bosphorus.",
])
def test_the_city_on_the_bosporus_is_istanbul(text: str) -> None:
    rounds = [e for e in extract(text, "t", "2025-07-23").events if e.kind == "round"]
    assert rounds and rounds[0].place == "istanbul"


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a side is no page: "auf jeder Seite 500" counts 500 for each side
    ("Laut Moskau werden auf jeder Seite 500 Gefangene freikommen.", "de", [(500, "prisoners", True)]),
    ("Das Protokoll steht auf Seite 12 des Berichts.", "de", []),
    # a range states both its ends
    ("Kyiv floated a 4-5 day pause along the front.", "en", [(5, "days", None), (4, "days", None)]),
    ("Die Waffenruhe soll drei bis vier Wochen dauern.", "de", [(4, "weeks", None), (3, "weeks", None)]),
    # hyphenated halves and compound number words
    ("the nearly two-and-a-half-year standoff", "en", [(2.5, "years", None)]),
    ("Both sides freed twenty-two soldiers.", "en", [(22, "soldiers", None)]),
    ("Beide Seiten ließen zweiundvierzig Soldaten frei.", "de", [(42, "soldiers", None)]),
    ("Russia handed back three hundred soldiers.", "en", [(300, "soldiers", None)]),
    # civilians are their own unit, unless counted together with others
    ("Nine civilians were among those returned.", "en", [(9, "civilians", None)]),
    ("Unter den Heimkehrern waren elf Zivilisten.", "de", [(11, "civilians", None)]),
    ("more than 150 fighters and civilians came home", "en", [(150, "people", None)]),
    ("Kyiv said 1,410 individuals had been brought home.", "en", [(1410, "people", None)]),
    # a quoted counted noun
    ("talks between the two “nuclear powers”", "en", [(2, "countries", None)]),
    # money with a scale glued to it
    ("a €45bn package and a $2.5tn estimate", "en", [(45e9, "EUR", None), (2.5e12, "USD", None)]),
    ("the unit moved 400m closer", "en", []),
])
def test_figures_in_other_words(text: str, lang: str, expected: list[tuple[float, str, bool | None]]) -> None:
    found = [(f.value, f.unit, f.per_side) for f in find_figures(text, lang=lang)]
    assert found == expected, found


@pytest.mark.parametrize(("text", "lang", "unit"), [
    # the dead handed over are bodies; the dead counted otherwise are not
    ("Moskau bot an, weitere 2.000 Gefallene zurückzugeben.", "de", "bodies"),
    ("Die Ukraine übernahm 900 tote Soldaten an der Grenze.", "de", "bodies"),
    ("Russia said it would hand over 4,000 dead soldiers next week.", "en", "bodies"),
    ("Bei dem Angriff gab es 12 Tote.", "de", "people"),
    # nationals released or swapped are prisoners; otherwise people, or the parallel clause's unit
    ("140 Ukrainians and 140 Russians were released on Friday.", "en", "prisoners"),
    ("Am Samstag kamen 75 Ukrainer frei.", "de", "prisoners"),
    ("Moscow holds 5,000 Ukrainian prisoners, while Kyiv holds 900 Russians.", "en", "prisoners"),
    ("Three Russians attended the conference.", "en", "people"),
    # a nationality before the counted noun is an adjective
    ("Moscow said it had returned 48 Ukrainian children.", "en", "children"),
    ("Kyiv freed 75 Russian soldiers on Friday.", "en", "soldiers"),
    ("Die Zahl der Gefallenen stieg auf 300 Gefallene.", "de", "fallen"),
])
def test_the_dead_handed_over_and_nationals_released(text: str, lang: str, unit: str) -> None:
    found = {f.unit for f in find_figures(text, lang=lang)}
    assert found == {unit}, found


def test_a_range_of_hours_is_one_duration() -> None:
    ex = extract("Die Delegationen Russlands und der Ukraine verhandelten am Montag in Istanbul "
                 "zwei bis drei Stunden.", published=PUB)
    rounds = [e for e in ex.events if e.kind == "round"]
    assert rounds and rounds[0].duration_minutes == 180, ex.events


def _claim_places(text: str, published: str = "2025-11-16") -> list[tuple[str | None, str | None]]:
    return [(e.place, e.date_start) for e in extract(text, "t", published).events if e.kind == "claim"]


@pytest.mark.parametrize(("text", "expected"), [
    # the noun of capture told as what a commander claims, one record per place
    ("At a meeting with Putin on Friday, General Gerasimov claimed the capture of Kupiansk and "
     "the town of Siversk.", {("kupiansk", "2025-11-14"), ("siversk", "2025-11-14")}),
    # a German claim told with "behauptet" and a compound unit word; a border village by its kind
    ("Am Samstag hatte ein russischer Kommandeur behauptet, eine Sturmeinheit habe das Grenzdorf "
     "Wowtsche erobert.", {("vovche", "2025-11-15")}),
])
def test_a_capture_claimed_by_a_commander(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(_claim_places(text)) == expected


def test_a_claim_continued_with_also_keeps_the_day_of_the_briefing() -> None:
    text = ("On Saturday, Russia's general staff claimed the capture of the village of Lyptsi. "
            "Gerasimov also claimed the capture of the small village of Tykhe, north of Kharkiv.")
    assert _claim_places(text) == [("lyptsi", "2025-11-15"), ("tykhe", "2025-11-15")]


@pytest.mark.parametrize("text", [
    ("Das Verteidigungsministerium teilte mit, die russische Armee habe ein weiteres Dorf im "
     "Gebiet Charkiw eingenommen. Es handle sich um die Ortschaft Borowa."),
    ("Moscow's defence ministry said its forces had captured a village in eastern Ukraine. "
     "Officials named it as the village of Borova."),
])
def test_a_village_named_in_the_next_sentence_is_the_place_claimed(text: str) -> None:
    assert [p for p, _ in _claim_places(text)] == ["borova"]


def test_the_town_named_just_before_is_the_place_of_a_definite_claim() -> None:
    text = ("Die Armee rückte nach eigenen Angaben bis Udatschne vor, westlich von Pokrowsk. Die "
            "Stadt ist nach Angaben des Generalstabs seit Anfang Oktober unter russischer Kontrolle.")
    claims = _claim_places(text)
    assert ("pokrovsk", "2025-11-16") in claims


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Kreml erklärte, alle Abmachungen mit Kiew seien eingehalten worden.", ["compliance"]),
    ("Laut Kiew hält Russland die ausgerufene Feuerpause an der Front nicht ein.", ["violation"]),
    ("A Kremlin aide said Moscow had never violated the commitment to spare power plants.",
     ["compliance"]),
    ("Kyiv said the Russian side had not complied with the moratorium.", ["violation"]),
    # a condition or a promise tells nothing that was done
    ("Moskau droht, das Abkommen aufzukündigen, sollte Kiew gegen die vereinbarten Regeln verstoßen.",
     []),
    ("Ukraine will respect the truce if Russia does the same.", []),
])
def test_a_deal_said_kept_or_broken_without_a_verb_of_breaking(text: str, expected: list[str]) -> None:
    events = extract(text, "t", "2025-04-20").events
    assert [e.claim for e in events if e.kind == "claim"] == expected
    assert not [e for e in events if e.kind == "partial_agreement"]


def _stance_set(text: str) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.polarity) for s in extract(text, "t", "2025-06-01").stances}


@pytest.mark.parametrize(("text", "expected"), [
    # refusing in other words: a copula with "against", speaking out against, a flat no
    ("The Kremlin is firmly against the deployment of European troops in Ukraine.",
     ("RUS", "security.foreign_troops", "reject")),
    ("Der Kreml ist strikt gegen eine Stationierung westlicher Soldaten im Nachbarland.",
     ("RUS", "security.foreign_troops", "reject")),
    ("Moskau sprach sich erneut gegen einen Nato-Beitritt Kiews aus.", ("RUS", "alliance.nato", "reject")),
    ("Russland erteilte einer sofortigen Waffenruhe eine klare Absage.",
     ("RUS", "ceasefire.sequence", "reject")),
    ("Moscow balked at an unconditional ceasefire.", ("RUS", "ceasefire.sequence", "reject")),
    ("Russia resisted calls for an immediate ceasefire.", ("RUS", "ceasefire.sequence", "reject")),
    # backing in other words
    ("Selenskyj sprach sich für eine bedingungslose Waffenruhe aus.",
     ("UKR", "ceasefire.sequence", "support")),
    ("Die Ukraine wirbt für eine europäische Friedenstruppe.", ("UKR", "security.foreign_troops", "support")),
    ("Kyiv sought firm security guarantees from Washington.", ("UKR", "security.guarantees", "support")),
    # readiness and agreement as nouns and in other verbs
    ("Kyiv signalled readiness for a prisoner exchange with Moscow.",
     ("UKR", "humanitarian.prisoners", "accept")),
    ("Kiew signalisierte Bereitschaft zu einem Gefangenenaustausch.",
     ("UKR", "humanitarian.prisoners", "accept")),
    ("Kiew und Moskau haben sich auf einen Gefangenenaustausch geeinigt.",
     ("RUS", "humanitarian.prisoners", "accept")),
    ("Putin könne sich eine Feuerpause von 30 Tagen vorstellen, sagte Peskow.",
     ("RUS", "ceasefire.sequence", "accept")),
    # a condition put as a dependence
    ("Der Kreml macht einen Waffenstillstand vom Ende der westlichen Waffenlieferungen abhängig.",
     ("RUS", "ceasefire.sequence", "conditional")),
    ("Moscow conditioned any ceasefire on an end to Western arms deliveries.",
     ("RUS", "ceasefire.sequence", "conditional")),
    # the spelling "cease-fire" and a truce on energy facilities named as such
    ("Kyiv approved the American proposal for a 30-day cease-fire.", ("UKR", "ceasefire.sequence", "accept")),
    ("Russland billigte den Vorschlag einer Energie-Waffenruhe.", ("RUS", "ceasefire.energy", "accept")),
    ("Ukraine wants an energy ceasefire.", ("UKR", "ceasefire.energy", "support")),
])
def test_positions_in_other_reporting_words(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stance_set(text)


def test_a_threat_under_a_condition_is_conditional_and_keeping_a_truce_is_accepting_it() -> None:
    text = ("Moskau will aus dem Moratorium für Angriffe auf Energieanlagen aussteigen, sollte Kiew "
            "die Regeln brechen. Russland halte sich strikt an die Pause für Angriffe auf "
            "Energieanlagen, sagte ein Sprecher.")
    found = _stance_set(text)
    assert ("RUS", "ceasefire.energy", "conditional") in found
    assert ("RUS", "ceasefire.energy", "accept") in found
    en = _stance_set("Russia will pull out of the energy truce if Kyiv breaks it, the Kremlin said.")
    assert ("RUS", "ceasefire.energy", "conditional") in en


def test_not_keeping_a_truce_is_an_accusation_and_readiness_to_offer_is_an_offer() -> None:
    # that the other side did not comply is no refusal of the truce
    assert not {s for s in _stance_set("Moscow said Kyiv had not complied with the energy truce.")
                if s[2] == "reject"}
    found = _stance_set("Washington may be prepared to offer binding security guarantees to Kyiv.")
    assert ("USA", "security.guarantees", "propose") in found
    assert ("USA", "security.guarantees", "accept") not in found
    # "von ukrainischer Seite" after a verb is where attacks come from, not who speaks
    de = _stance_set("Russland befolge den Befehl, keine Angriffe auf Energieanlagen zu fliegen, obwohl "
                     "es Attacken von ukrainischer Seite abwehren müsse.")
    assert ("RUS", "ceasefire.energy", "accept") in de and not {s for s in de if s[0] == "UKR"}


@pytest.mark.parametrize("text", [
    "Zelensky held talks with US envoys in Berlin on Sunday. The discussions, which lasted five "
    "hours, are set to resume on Monday morning.",
    "Selenskyj verhandelte am Sonntag in Berlin mit den US-Gesandten. Die Gespräche, die fünf "
    "Stunden dauerten, sollen am Montag fortgesetzt werden.",
])
def test_talks_set_to_resume_on_a_day_are_a_planned_round_there(text: str) -> None:
    rounds = [e for e in extract(text, "t", "2025-12-14").events if e.kind == "round"]
    assert [(e.place, e.date_start, e.outcome) for e in rounds] == [
        ("berlin", "2025-12-14", None), ("berlin", "2025-12-15", "planned")]


@pytest.mark.parametrize("text", [
    "Auch nach Beratungen von Putin mit Abgesandten aus Washington im Kreml bleibt ein Frieden "
    "fern. Das Treffen von Putin mit dem Gesandten Witkoff endete laut Kreml am Dienstagabend "
    "nach fünf Stunden. Rubio sprach von Fortschritten. Das sagte er dem Fernsehen. Am "
    "Dienstagabend hatte Putin die zwei Amerikaner zu Beratungen über den Plan empfangen.",
    "Russia and the US made no progress after talks between Putin and a US delegation at the "
    "Kremlin. The meeting between Putin and US envoy Witkoff ended after five hours, the Kremlin "
    "said on Tuesday evening. Rubio said there was progress. He spoke in an interview. Putin had "
    "received the two US envoys on Tuesday evening for consultations on the US plan.",
])
def test_the_sentence_before_places_the_talks_and_a_later_retelling_is_the_same_round(text: str) -> None:
    rounds = [e for e in extract(text, "t", "2025-12-03").events if e.kind in ("round", "summit")]
    assert [(e.place, e.date_start) for e in rounds] == [("moscow", "2025-12-02")]


@pytest.mark.parametrize("text", [
    "Es war das erste Treffen zwischen Trump und Putin seit Beginn des Krieges im Februar 2022.",
    "It was the first meeting between Trump and Putin since the start of the invasion in February 2022.",
])
def test_a_date_after_since_is_not_the_day_of_the_meeting(text: str) -> None:
    met = [e for e in extract(text, "t", "2025-08-16").events if e.kind in ("round", "summit")]
    assert met and all(not (e.date_start or "").startswith("2022") for e in met)


@pytest.mark.parametrize(("text", "date"), [
    # bylines with a time first, ordinal days, a two-digit year after 'Stand'
    ("Talks resume in the Gulf\nPosted at 9:15 PM, Apr 3, 2024\nThe text.", "2024-04-03"),
    ("Envoys to meet again\nPublished 07:45 GMT, 9 October 2025\nThe text.", "2025-10-09"),
    ("Gespräche vertagt\nStand: 07.11.25 09:12 Uhr\nDer Text.", "2025-11-07"),
    ("A headline\nBy Jane Roe | Feb 3rd, 2025\nThe text.", "2025-02-03"),
    ("A headline\n5th June 2025\nThe text.", "2025-06-05"),
    # date and time of day run together by the page
    ("A headline\nOctober 9, 20257:45 AM GMT+2Updated 3 hours ago\nThe text.", "2025-10-09"),
    # a slash date: month first only when the day cannot be the month
    ("A headline\nUpdated 11/23/2025\nThe text.", "2025-11-23"),
    ("A headline\nUpdated 3/5/2025 6:30 PM\nThe text.", None),  # 5 March or 3 May
    # a yearless agency dateline takes its day, the page's full date its year
    ("Wire desk\n4 Jun 2025, 01:10 GMT+9\nGENEVA, June 3 (Xinhua) -- The talks ended.", "2025-06-03"),
    ("Nachrichten\n15.08.2025, 00:40 Uhr\nANCHORAGE, 14. August (dpa) - Das Treffen endete.", "2025-08-14"),
    # ... and nothing on its own
    ("MOSCOW, May 7. /TASS/. The Kremlin said the call had taken place.", None),
    # a numeric date in a sentence is no time of day, hence no byline cue
    ("Ein Titel\n\nDiese Meldung lief am 26.11.2025 im Radioprogramm des Senders.", None),
    # a photo caption gives the day of the photo
    ("A headline\nDelegates shake hands in Riyadh, Feb. 17, 2025. (Jane Roe/AP Photo)\nText.", None),
    ("Ein Titel\nUnterhändler in Genf am 23.11.2025 (Foto: Archiv)\nText.", None),
    # a place and comma before a sentence is no dateline
    ("In Istanbul, the two delegations met on 16 May 2025 for the first time in years and agreed "
     "on a swap.", None),
])
def test_publication_dates_from_datelines_and_bylines(text: str, date: str | None) -> None:
    from accord.news.dateline import dateline_date

    assert dateline_date(text)[0] == date


def test_a_capture_told_as_the_other_sides_statement_and_denied() -> None:
    text = ("KIEW (dpa) - Die ukrainische Armee hat russische Berichte über die Eroberung eines "
            "Dorfes im Gebiet Charkiw zurückgewiesen. Die Lage sei schwierig, hieß es. Die angebliche "
            "Einnahme der Ortschaft Lypzi sei erfunden.")
    claims = [(e.place, e.claim, e.parties) for e in extract(text, "t", "2025-06-03").events
              if e.kind == "claim"]
    assert claims == [("lyptsi", "denial", ["UKR"])]


@pytest.mark.parametrize("text", [
    ("Moscow said it had sent the UN a list of violations of the energy truce by Kyiv. The "
     "Ukrainians had violated the truce hundreds of times, the minister said."),
    ("Russland hält nach Angaben aus Kiew die selbst ausgerufene Feuerpause an der ganzen Front "
     "nicht ein. Die russische Armee habe seit dem Morgen mehr als 300 Mal gegen die Feuerpause "
     "verstoßen, schrieb der Außenminister."),
])
def test_a_violation_told_again_is_one_claim(text: str) -> None:
    claims = [e for e in extract(text, "t", "2025-05-08").events if e.kind == "claim"]
    assert [e.claim for e in claims] == ["violation"]


@pytest.mark.parametrize("text", [
    '"Perhaps we will be able to host Putin and Trump for talks in Istanbul as soon as next week," '
    'Erdogan told journalists.',
    "Vielleicht könnten sich Putin und Trump schon in der kommenden Woche in Istanbul treffen, "
    "sagte Erdogan.",
])
def test_a_meeting_only_said_to_be_possible_is_no_round(text: str) -> None:
    events = extract(text, "t", "2025-07-25").events
    assert not [e for e in events if e.kind in ("round", "summit")], [(e.kind, e.cue) for e in events]


@pytest.mark.parametrize("text", [
    "Ukraine and Russia wrap up talks in Turkey\n\nWorld News\n\nPosted at 6:28 AM\n\nRussia and "
    "Ukraine's first face-to-face talks for some weeks ended Tuesday in Turkey. Moscow's negotiator "
    "said troops would pull back. It was announced Tuesday after the round of talks that both "
    "delegations held in Istanbul.",
    "Ukraine und Russland beenden Gespräche in der Türkei\n\nWeltnachrichten\n\nStand: 06:28 Uhr\n\n"
    "Die ersten direkten Gespräche zwischen Russland und der Ukraine seit Wochen endeten am Dienstag "
    "in der Türkei. Moskaus Unterhändler kündigte einen Rückzug an. Die Ankündigung kam am Dienstag "
    "nach der Verhandlungsrunde, die Russland und die Ukraine in Istanbul abhielten.",
])
def test_a_headline_and_its_lead_and_the_city_named_later_are_one_round(text: str) -> None:
    rounds = [e for e in extract(text, "t", "2022-03-29").events if e.kind == "round"]
    assert [(e.place, e.date_start, e.parties) for e in rounds] == [
        ("istanbul", "2022-03-29", ["RUS", "UKR"])]
    assert rounds[0].last_end == len(text)


@pytest.mark.parametrize("text", [
    "Die Verbündeten Kiews kamen am Donnerstag in Paris zu Beratungen über Sicherheitsgarantien "
    "zusammen. Unter dem Vorsitz von Präsident Macron und Premierminister Starmer legten sie "
    "einen Entwurf fest.",
    "Ukraine's allies met in Paris on Thursday to discuss security guarantees. The talks were "
    "co-chaired by Keir Starmer, the British Prime Minister, and French President Emmanuel Macron.",
])
def test_a_meeting_chaired_by_heads_of_government_is_a_summit(text: str) -> None:
    met = [(e.kind, e.place) for e in extract(text, "t", "2025-09-04").events
           if e.kind in ("round", "summit")]
    assert met == [("summit", "paris")], met


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a singular noun of people or weapons before a plural noun counts that noun, not people
    ("Kyiv recalled the two prisoner exchanges of the spring.", "en", []),
    ("Three drone strikes hit the port overnight.", "en", []),
    ("They agreed on a 1,200-prisoner swap.", "en", [(1200, "prisoners")]),
    # a German compound that begins with the unit counts something else
    ("In der Nacht gab es vier Drohnenangriffe auf den Hafen.", "de", []),
    ("Die Armee meldete 35 Kampfdrohnen über dem Gebiet.", "de", [(35, "drones")]),
    # member states are countries
    ("Envoys of 27 member states met in Brussels.", "en", [(27, "countries")]),
    # a fraction of an hour as stated
    ("The two leaders spoke for about half an hour.", "en", [(0.5, "hours")]),
    ("The call lasted an hour and a half.", "en", [(1.5, "hours")]),
])
def test_modifiers_compounds_and_fractions_of_an_hour(text: str, lang: str,
                                                      expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text, lang=lang)] == expected


def test_an_hour_and_a_half_is_ninety_minutes() -> None:
    ex = extract("Negotiators of Russia and Ukraine met in Istanbul on Monday for an hour and a half.",
                 published=PUB)
    rounds = [e for e in ex.events if e.kind == "round"]
    assert rounds and rounds[0].duration_minutes == 90, ex.events


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # what a plan provides is its owner's proposal, the owner named in an earlier sentence
    ("Washington hat einen neuen Friedensplan vorgelegt. Dem Entwurf zufolge sollte die Ukraine auf "
     "einen Beitritt zur Nato verzichten und ihre Streitkräfte verkleinern.",
     [("USA", "alliance.nato", "propose"), ("USA", "military.army_size", "propose")],
     ("UKR", "alliance.nato", "demand")),
    ("The American peace plan was handed to Kyiv on Monday. Under the plan, Ukraine would have to "
     "abandon its bid to join NATO.", [("USA", "alliance.nato", "propose")],
     ("UKR", "alliance.nato", "accept")),
    # a participle names whose position it is, on what it qualifies only
    ("Offen bleibt die Frage der von Moskau für eine Feuerpause geforderten Gebietsabtretungen.",
     [("RUS", "territory.donbas", "demand")], ("RUS", "ceasefire.sequence", "demand")),
    ("Russland lehnte die von Kiew vorgeschlagene Feuerpause ab.",
     [("RUS", "ceasefire.sequence", "reject"), ("UKR", "ceasefire.sequence", "propose")], None),
    # a commitment of a named side, a call on the other side, a genitive name is no speaker
    ("Die Zusagen Moskaus zum Verzicht auf Angriffe gegen Energieanlagen seien nichts wert, sagte Selenskyj.",
     [("RUS", "ceasefire.energy", "accept")], ("UKR", "ceasefire.energy", "accept")),
    ("Selenskyj rief Russland auf, einer umfassenden Waffenruhe zuzustimmen.",
     [("UKR", "ceasefire.sequence", "demand")], ("RUS", "ceasefire.sequence", "accept")),
    ("Der Kreml zieht die Legitimität Selenskyjs in Zweifel und fordert Neuwahlen.",
     [("RUS", "politics.elections", "demand")], ("UKR", "politics.elections", "demand")),
    ("Eine Verkleinerung der Armee kommt für Kiew nicht infrage.", [("UKR", "military.army_size", "reject")],
     None),
])
def test_whose_position_a_phrase_names(text: str, expected: list[tuple[str, str, str]],
                                       absent: tuple[str, str, str] | None) -> None:
    found = _stance_set(text)
    assert all(e in found for e in expected), found
    assert absent not in found, found


@pytest.mark.parametrize("text", [
    "Kiew bemängelte, Moskau habe Namenslisten übergeben, die nicht der Vereinbarung entsprächen.",
    "Kyiv said the lists Moscow handed over were contrary to the agreement reached in Istanbul.",
])
def test_a_step_said_not_to_match_the_deal_is_a_violation(text: str) -> None:
    claims = [e.claim for e in extract(text, "t", "2025-06-07").events if e.kind == "claim"]
    assert claims == ["violation"]


def test_an_accusation_in_turn_is_no_repeat() -> None:
    text = ("Kiew wirft Moskau vor, die Energiepause gebrochen zu haben. Moskau wirft Kiew "
            "wiederum vor, die Energiepause verletzt zu haben.")
    claims = [e for e in extract(text, "t", "2025-04-01").events if e.kind == "claim"]
    assert len(claims) == 2


@pytest.mark.parametrize(("text", "date"), [
    # an agency dateline with its year opening a long first paragraph
    ("GENEVA, Feb 17, 2026 (Reuters) - Delegations from both sides resumed their talks at a hotel "
     "near the lake on Tuesday, officials said, as envoys tried to narrow the gaps on the plan that "
     "has been discussed for months.", "2026-02-17"),
    ("Genf, 17. Februar 2026 (dpa) - Die Delegationen beider Seiten haben ihre Gespräche in einem "
     "Hotel am See am Dienstag fortgesetzt, teilten Beamte mit, während die Unterhändler weiter über "
     "die offenen Punkte des Plans berieten.", "2026-02-17"),
    # a long first sentence that names a date is no dateline
    ("On 17 February 2026 the delegations from both sides resumed their talks at a hotel near the "
     "lake, officials said (Reuters), as envoys tried to narrow the gaps on the plan that has been "
     "discussed for months.", None),
    ("On 17 February 2026 envoys met (Reuters) and later they resumed their talks at a hotel near the "
     "lake on Tuesday, officials said, as envoys tried to narrow the gaps on the plan.", None),
])
def test_a_dateline_opening_a_long_paragraph(text: str, date: str | None) -> None:
    from accord.news.dateline import dateline_date

    assert dateline_date(text)[0] == date


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a year-like number right before people or weapons counts them
    ("Beide Seiten wollen je 2000 Gefangene übergeben.", "de", [(2000, "prisoners")]),
    ("Kyiv confirmed the return of 1950 soldiers.", "en", [(1950, "soldiers")]),
    # a year stays a year
    ("Seit 2014 Soldaten an der Linie stehen, ruht die Front nie.", "de", []),
    ("In 2023 drones became the main weapon.", "en", []),
    ("Im Februar 2022 Truppen zusammenzuziehen war ein Signal.", "de", []),
])
def test_year_like_counts(text: str, lang: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text, lang=lang)] == expected


@pytest.mark.parametrize("text", [
    "Moskau und Kiew einigten sich auf einen neuen Gefangenenaustausch. Es sollen jeweils 300 "
    "Gefangene übergeben werden, sagte der russische Unterhändler.",
    "Russia and Ukraine agreed on a new prisoner swap. Within days the two capitals will hand "
    "over prisoners on a 300 for 300 basis.",
])
def test_an_agreed_exchange_still_to_come_is_the_agreement_told_again(text: str) -> None:
    agreed = [e for e in extract(text, "t", "2025-07-23").events if e.kind == "partial_agreement"]
    assert len(agreed) == 1 and agreed[0].quantity == 300 and agreed[0].per_side, agreed
    assert agreed[0].last_end == len(text)  # one agreement read from the repeat too


@pytest.mark.parametrize("text", [
    "Russia and Ukraine would exchange 300 prisoners if the deal holds.",
    "Beide Seiten haben in der Vergangenheit wiederholt Gefangene ausgetauscht.",
    "This latest swap would bring the total number of prisoners exchanged this year to 1,500.",
])
def test_no_agreement_from_a_hypothesis_a_habit_or_a_total(text: str) -> None:
    kinds = [e.kind for e in extract(text, "t", "2025-07-23").events]
    assert "partial_agreement" not in kinds, kinds


def test_a_headline_and_the_quote_with_the_numbers_are_one_agreement() -> None:
    text = ("Kyiv and Moscow agree on new prisoner swap\n\nBy a staff writer\n\n12 June 2025\n\n"
            "2 min read\n\nPhoto: archive\n\nThe talks in Istanbul lasted two hours. Both "
            "delegations spoke to reporters afterwards. The chief negotiator said the two sides "
            "had agreed on an exchange of 500 soldiers from each side.")
    agreed = [e for e in extract(text, "t", "2025-06-12").events if e.kind == "partial_agreement"]
    assert len(agreed) == 1 and agreed[0].quantity == 500, agreed


@pytest.mark.parametrize("text", [
    # the announcement's day, its content as reported speech without "dass"
    "Das Präsidialamt hatte am Montag mitgeteilt, Moskau und Kiew hätten bei Gesprächen in Riad "
    "einer Feuerpause zugestimmt.",
    # the day of saying, with "dass"/"that", the preposition of the day inside the date
    "Die Regierung erklärte am Dienstag, dass die Delegationen in Genf verhandelt hätten.",
    "Ein Sprecher sagte am Dienstag, dass die Gespräche in Genf stattgefunden hätten.",
    "The ministry said on Tuesday that the two delegations had met in Geneva.",
    "Kyiv said Tuesday that the delegations held talks in Geneva.",
])
def test_the_day_an_announcement_was_made_is_not_the_day_of_the_talks(text: str) -> None:
    # convention 7: talks on or before the day they were reported have no date, and the
    # article's date is not given to them either
    rounds = [e for e in extract(text, "t", "2025-03-28").events if e.kind == "round"]
    assert rounds and rounds[0].cue == "rule: round"  # told by the round rules, not the model
    assert (rounds[0].date_start, rounds[0].date_end) == (None, None)
    assert rounds[0].date_basis is not None and rounds[0].date_basis.startswith("no date")


@pytest.mark.parametrize("text", [
    "Die dreitägigen Verhandlungen in Miami sind aus Sicht der Unterhändler positiv verlaufen.",
    "The three-day talks in Miami ended on a positive note, the negotiators of the US and Ukraine said.",
])
def test_talks_over_several_days_get_no_single_day(text: str) -> None:
    rounds = [e for e in extract(text, "t", "2025-12-22").events if e.kind == "round"]
    assert [(e.place, e.date_start) for e in rounds] == [("miami", None)]


@pytest.mark.parametrize("text", [
    "Russia and Ukraine carried out a prisoner exchange mediated in Abu Dhabi. \"The American, "
    "Ukrainian and Russian delegations agreed today to exchange 200 prisoners,\" Witkoff said. "
    "Shortly after the exchange, US and Russian military officers met face to face.",
    "Russland und die Ukraine haben in Abu Dhabi einen Gefangenenaustausch vollzogen. \"Heute haben "
    "die Delegationen Russlands, der Ukraine und der USA einen Austausch von 200 Gefangenen "
    "vereinbart\", sagte Witkoff. Kurz nach dem Austausch trafen sich Offiziere der USA und "
    "Russlands zu direkten Gesprächen.",
])
def test_delegations_agreeing_met_and_a_meeting_right_after_is_another_round(text: str) -> None:
    rounds = [e for e in extract(text, "t", "2026-02-05").events if e.kind == "round"]
    assert [(e.place, e.date_start) for e in rounds] == [("abu_dhabi", "2026-02-05")] * 2
    assert rounds[0].outcome == "partial" and rounds[1].parties == ["RUS", "USA"]


@pytest.mark.parametrize("text", [
    "Each side is expected to hand back 120 prisoners on Friday.",
    "Jede Seite soll dann 120 Gefangene übergeben.",
])
def test_each_side_as_subject_a_few_words_before(text: str) -> None:
    figures = [f for f in find_figures(text, lang="de" if "Seite" in text else "en") if f.value == 120]
    assert figures and figures[0].per_side is True, figures


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # "sowohl ... als auch" names both holders
    ("Sowohl Kiew als auch die Europäer verlangten verbindliche Sicherheitsgarantien.",
     [("UKR", "security.guarantees", "demand"), ("EUR", "security.guarantees", "demand")], None),
    # one side announcing what two others agreed: the two agree
    ("Das Weiße Haus gab bekannt, Kiew und Moskau hätten einer Pause der Angriffe auf Energieanlagen "
     "zugestimmt.", [("UKR", "ceasefire.energy", "accept"), ("RUS", "ceasefire.energy", "accept")],
     ("USA", "ceasefire.energy", "accept")),
    # rejecting an accusation is no refusal of what it is about
    ("Die Ukraine wies russische Vorwürfe zurück, sie verzögere den Gefangenenaustausch.", [],
     ("UKR", "humanitarian.prisoners", "reject")),
    ("Kyiv dismissed Russian claims that it was stalling the prisoner exchange.", [],
     ("UKR", "humanitarian.prisoners", "reject")),
    # a ceasefire in force as a time reference, "both sides" after the subject
    ("Washington agreed to resume aid, adding that both sides discussed relief during the ceasefire.", [],
     ("RUS", "ceasefire.sequence", "accept")),
    # urging one's own partners is a demand, asking the other side a proposal
    ("Selenskyj hat den Westen dazu aufgefordert, die Sanktionen gegen Russland zu verschärfen.",
     [("UKR", "economy.sanctions", "demand")], ("UKR", "economy.sanctions", "propose")),
    ("Trump asked Putin to halt strikes on energy infrastructure.", [("USA", "ceasefire.energy", "propose")],
     None),
    # an exchange of wounded soldiers is one of prisoners; the nuclear plant is no territory
    ("Beide Seiten wollen weitere Schwerverletzte austauschen.",
     [("UKR", "humanitarian.prisoners", "support")], None),
    ("Kiew fordert die Rückgabe des Atomkraftwerks Saporischschja.", [],
     ("UKR", "territory.south", "demand")),
])
def test_holders_and_non_positions(text: str, expected: list[tuple[str, str, str]],
                                   absent: tuple[str, str, str] | None) -> None:
    found = _stance_set(text)
    assert all(e in found for e in expected), found
    assert absent not in found, found


@pytest.mark.parametrize("text", [
    ("Die ukrainische Armee habe in der Nacht erneut Energieanlagen in Brjansk angegriffen, teilte "
     "das russische Verteidigungsministerium am Montag mit."),
    ("Russia's defence ministry said on Monday that Ukrainian drones had attacked an oil refinery in "
     "Bryansk overnight."),
])
def test_attacks_on_energy_sites_told_by_one_side_are_its_accusation(text: str) -> None:
    claims = [(e.claim, e.place, e.date_start) for e in extract(text, "t", "2025-04-08").events
              if e.kind == "claim"]
    assert claims == [("accusation", "bryansk", "2025-04-07")]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a swap of unequal numbers: both are prisoners, neither per side
    ("Kyiv welcomed the 150-for-162 swap.", "en", [(150, "prisoners", None), (162, "prisoners", None)]),
    ("Vereinbart wurde ein Austausch 75 gegen 80 Gefangene.", "de",
     [(75, "prisoners", None), (80, "prisoners", None)]),
    # a range is given once, its lower end after its upper end, both in the range's scale
    ("The exchange covers 800-900 prisoners.", "en", [(900, "prisoners", None), (800, "prisoners", None)]),
    ("Betroffen sind 2 bis 3 Millionen Menschen.", "de", [(3e6, "people", None), (2e6, "people", None)]),
    # dozens as a scale
    ("Two dozen soldiers were freed.", "en", [(24, "soldiers", None)]),
])
def test_unequal_swaps_ranges_and_dozens(text: str, lang: str,
                                         expected: list[tuple[float, str, bool | None]]) -> None:
    assert [(f.value, f.unit, f.per_side) for f in find_figures(text, lang=lang)] == expected


@pytest.mark.parametrize("text", [
    "According to Ushakov, the plan follows what Trump and Putin settled on during a summit in "
    "Alaska earlier this year.",
    "Uschakow sagte, der Plan entspreche den Absprachen, die bei einem Gipfel in diesem Jahr "
    "zwischen Trump und Putin in Alaska getroffen wurden.",
])
def test_a_summit_named_as_an_occasion_earlier_this_year(text: str) -> None:
    met = [(e.kind, e.place, e.date_start) for e in extract(text, "t", "2025-11-25").events
           if e.kind in ("round", "summit")]
    assert met == [("summit", "alaska", "2025")], met


@pytest.mark.parametrize("text", [
    "Die Ukraine erklärte sich zu Verhandlungen bereit, allerdings nicht in Minsk.",
    "Kyiv said it was ready to negotiate, but not on Belarusian soil.",
])
def test_ready_for_talks_is_an_announced_step(text: str) -> None:
    kinds = [e.kind for e in extract(text, "t", "2022-02-27").events]
    assert kinds == ["statement_of_intent"], kinds


def test_a_pledge_agreed_at_talks_takes_their_place_and_a_possible_one_is_none() -> None:
    text = ("U.S. and Ukrainian officials met in Jeddah on Tuesday. Washington agreed to lift the "
            "pause and resume military assistance to Ukraine, the joint statement said.")
    pledges = [e for e in extract(text, "t", "2025-03-11").events if e.kind == "pledge"]
    assert pledges and pledges[0].place == "jeddah" and pledges[0].parties == ["USA"], pledges
    maybe = extract("Other topics could include sending European troops to Ukraine, officials said.",
                    "t", "2025-09-04").events
    assert all(e.kind != "pledge" for e in maybe), maybe


def test_a_statement_after_a_name_and_had_is_reported_on_the_day() -> None:
    text = "The negotiator noted that Russia had made a proposal for a short truce."
    steps = [e for e in extract(text, "t", "2025-06-02").events if e.kind == "statement_of_intent"]
    assert steps and steps[0].date_start == "2025-06-02", steps


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a part of a group of people named before the number takes the group's noun
    ("Von den Heimkehrern seien 140 schon 2022 in Gefangenschaft geraten.", "de", [(140, "prisoners")]),
    ("Unter den Soldaten, die zurückkehrten, waren 35 schwer verletzt.", "de", [(35, "soldiers")]),
    ("Of the returnees, 64 had been held since the first year.", "en", [(64, "prisoners")]),
    ("Among the civilians released, 12 are from Kherson.", "en", [(12, "civilians")]),
    # not a group of people
    ("Of the 28 points, 20 remain open.", "en", [(28, "points")]),
])
def test_a_part_of_a_group_named_before(text: str, lang: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text, lang=lang)
            if f.unit in ("prisoners", "soldiers", "civilians", "points")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a headline that gives a speaker and a flat no
    ("Selenskyj: Keine Gebietsabtretungen an Moskau", ("UKR", "territory.donbas", "reject")),
    ("Kremlin: No ceasefire before a settlement", ("RUS", "ceasefire.sequence", "reject")),
    # declaring oneself ready, not tolerating, not up for discussion
    ("Kiew hat sich zu einem Austausch aller Gefangenen bereit erklärt.",
     ("UKR", "humanitarian.prisoners", "accept")),
    ("Moskau machte klar, dass es keine westlichen Soldaten in der Ukraine dulden werde.",
     ("RUS", "security.foreign_troops", "reject")),
    ("Russia will not tolerate Western troops in Ukraine, the Kremlin said.",
     ("RUS", "security.foreign_troops", "reject")),
    ("Die Krim ist für Moskau nicht verhandelbar.", ("RUS", "territory.crimea", "reject")),
    ("Moscow says the status of Crimea is not up for discussion.", ("RUS", "territory.crimea", "reject")),
    # the EU's member states as a compound
    ("Die EU-Staaten einigten sich auf ein neues Paket von Sanktionen.",
     ("EUR", "economy.sanctions", "accept")),
])
def test_headlines_and_flat_refusals(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stance_set(text)


@pytest.mark.parametrize("text", [
    ("Es wäre aus Sicht Moskaus unsinnig, einem Plan zuzustimmen, der den Truppen die bereits "
     "eroberten Gebiete nehmen würde."),
    ("From Moscow's point of view it would make no sense to accept a plan that takes from its "
     "forces the areas they have already captured."),
])
def test_what_would_be_is_no_capture_claim(text: str) -> None:
    assert not [e for e in extract(text, "t", "2025-12-01").events if e.kind == "claim"]


@pytest.mark.parametrize(("text", "expected"), [
    # a German passive tells what is said to happen, no promise
    ("Moskau begründete den Ausstieg aus dem Abkommen damit, dass seine Forderungen nicht erfüllt "
     "würden.", ["violation"]),
    ("Der Kreml erklärte, die Vereinbarung werde von Kiew nicht eingehalten.", ["violation"]),
    # a promise is no claim
    ("Russland werde die Vereinbarung einhalten, sagte der Sprecher.", []),
])
def test_a_passive_of_keeping_is_no_promise(text: str, expected: list[str]) -> None:
    events = extract(text, "t", "2023-07-18").events
    assert [e.claim for e in events if e.kind == "claim"] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # distances and areas written into a compound
    ("Diskutiert wurde eine 25-Kilometer-Zone entlang der Linie.", "de", [(25, "km")]),
    ("Die Karte zeigt ein 300-Quadratkilometer-Gebiet.", "de", [(300, "km2")]),
    ("They proposed a 12-km demilitarised strip.", "en", [(12, "km")]),
    ("the 1,100-kilometre front line", "en", [(1100, "km")]),
])
def test_distances_in_compounds(text: str, lang: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "moved_from"), [
    ("Die für Mittwoch geplante nächste Verhandlungsrunde in Abu Dhabi wurde auf unbestimmte Zeit "
     "verschoben.", "2026-03-11"),
    ("The round in Abu Dhabi scheduled for Wednesday has been postponed indefinitely.", "2026-03-11"),
])
def test_a_round_planned_for_a_day_and_postponed_keeps_that_day_as_the_old_one(
        text: str, moved_from: str) -> None:
    moved = [e for e in extract(text, "t", "2026-03-10").events if e.kind == "postponement"]
    assert [(e.place, e.moved_from, e.date_start) for e in moved] == [
        ("abu_dhabi", moved_from, "2026-03-10")]


@pytest.mark.parametrize(("text", "place"), [
    ("A new round of talks is expected next week in Abu Dhabi, Zelensky said.", "abu_dhabi"),
    ("Ein weiteres Treffen ist für die kommende Woche in Genf geplant, sagte Selenskyj.", "geneva"),
    ("Witkoff and Kushner are due to travel to Moscow next week to meet Putin.", "moscow"),
])
def test_rounds_expected_or_due_next_week_are_planned(text: str, place: str) -> None:
    rounds = [e for e in extract(text, "t", "2026-03-10").events if e.kind == "round"]
    assert [(e.place, e.date_start, e.outcome) for e in rounds] == [(place, "2026-03-16", "planned")]


@pytest.mark.parametrize("text", [
    "Putin and Trump spoke by phone on Thursday for more than two hours.",
    "Putin und Trump telefonierten am Donnerstag mehr als zwei Stunden lang.",
])
def test_two_leaders_speaking_by_phone_is_a_round(text: str) -> None:
    rounds = [e for e in extract(text, "t", "2026-03-10").events if e.kind in ("round", "summit")]
    assert [(e.kind, e.place, e.date_start) for e in rounds] == [("round", None, "2026-03-05")]


@pytest.mark.parametrize("text", [
    "Der russische Unterhändler hatte zuvor mitgeteilt, ein Treffen sei am Dienstag geplant.",
    "Earlier, the Ukrainian negotiator had confirmed a planned meeting on Monday.",
])
def test_a_meeting_announced_as_planned_is_a_step_dated_by_its_announcement(text: str) -> None:
    steps = [e for e in extract(text, "t", "2022-03-27").events if e.kind == "statement_of_intent"]
    assert steps and steps[0].date_start is None, steps  # told as earlier: no day of its own
    assert (steps[0].cue or "") == "rule: a meeting announced as planned"


def test_a_meeting_originally_planned_is_no_announcement() -> None:
    events = extract("Ursprünglich war ein Gespräch zu viert geplant, dann saßen mehr Berater am "
                     "Tisch.", "t", "2025-08-16").events
    assert all(e.kind != "statement_of_intent" for e in events), events


@pytest.mark.parametrize(("text", "rounds"), [
    ("Putin received Witkoff at the Kremlin on Tuesday.", [("moscow", "2026-03-10")]),
    ("Putin empfing Witkoff am Dienstag im Kreml.", [("moscow", "2026-03-10")]),
    # a delivery received is no meeting
    ("Ukraine received new air defence systems from the United States on Tuesday.", []),
])
def test_receiving_an_envoy_is_a_round(text: str, rounds: list[tuple[str, str]]) -> None:
    got = [(e.place, e.date_start) for e in extract(text, "t", "2026-03-10").events
           if e.kind in ("round", "summit")]
    assert got == rounds, got


def test_talks_that_are_to_continue_are_planned() -> None:
    rounds = [e for e in extract("Talks between the US and Ukraine are to continue on Thursday in "
                                 "Geneva.", "t", "2026-03-10").events if e.kind == "round"]
    assert [(e.place, e.date_start, e.outcome) for e in rounds] == [("geneva", "2026-03-12", "planned")]


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a speaker reporting the other side in German verb-second order: the other side holds it
    ("Laut Selenskyj lehnt Russland eine bedingungslose Feuerpause ab.",
     [("RUS", "ceasefire.sequence", "reject")],
     ("UKR", "ceasefire.sequence", "reject")),
    ("Selenskyj warf Putin vor, eine Waffenruhe abzulehnen.",
     [("RUS", "ceasefire.sequence", "reject")], None),
    # agreeing to another side's proposal: the agreement is the sentence's position, the
    # proposal its owner's
    ("Rubio sagte, die Ukraine habe dem US-Vorschlag einer Feuerpause zugestimmt.",
     [("UKR", "ceasefire.sequence", "accept"), ("USA", "ceasefire.sequence", "propose")],
     ("UKR", "ceasefire.sequence", "propose")),
    ("Sybiha sagte, Kiew werde niemals eine russische Krim anerkennen.",
     [("UKR", "territory.crimea", "reject")],
     None),
    ("Ukraine and its European allies insist on a ceasefire first.",
     [("UKR", "ceasefire.sequence", "demand"), ("EUR", "ceasefire.sequence", "demand")], None),
])
def test_reported_holders_and_owned_proposals(text: str, expected: list[tuple[str, str, str]],
                                              absent: tuple[str, str, str] | None) -> None:
    found = _stance_set(text)
    assert all(e in found for e in expected), found
    assert absent not in found, found


def test_an_attack_told_on_and_the_other_sides_counter_accusation() -> None:
    text = ("Das Kiewer Regime habe erneut Energieanlagen angegriffen, teilte das russische "
            "Verteidigungsministerium mit. Einer der Angriffe traf demnach ein Kraftwerk in Belgorod. "
            "Russland sei selbst verantwortlich für den Angriff auf das Kraftwerk in Belgorod, "
            "erklärte ein Sprecher in Kiew.")
    claims = [(e.place, e.against) for e in extract(text, "t", "2025-03-28").events if e.kind == "claim"]
    assert [p for p, _ in claims] == [None, "belgorod", "belgorod"], claims
    assert claims[2][1] == ["RUS"]


def test_being_responsible_for_a_post_is_no_accusation() -> None:
    text = "Umerow ist für die Verhandlungen mit Russland verantwortlich, sagte Selenskyj."
    assert not [e for e in extract(text, "t", "2025-03-28").events if e.kind == "claim"]


def test_a_swap_told_in_headline_lead_and_body_is_one_agreement_not_dated_by_the_war() -> None:
    text = ("120 Ukrainians and 120 Russians freed in Gulf-brokered swap\n\nRussia and Ukraine "
            "swapped more captives than at any time since the start of the invasion in February "
            "2022. The swap saw 120 Ukrainian prisoners released, with Ukraine freeing 120 "
            "Russians in return.")
    agreed = [e for e in extract(text, "t", "2024-01-03").events if e.kind == "partial_agreement"]
    assert len(agreed) == 1 and agreed[0].quantity == 120, agreed
    assert agreed[0].date_start == "2024-01-03", agreed


@pytest.mark.parametrize("text", [
    # the author's question or open question takes no position
    "Will Russia accept an unconditional ceasefire?",
    "Wird Moskau einer Waffenruhe zustimmen?",
    "It remains unclear whether Moscow will agree to a full ceasefire.",
    "Ob Russland einer Feuerpause zustimmt, bleibt abzuwarten.",
])
def test_open_questions_take_no_position(text: str) -> None:
    assert not _stance_set(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kiew kritisierte, Moskau habe den Übergabeort eigenmächtig festgelegt, statt ihn wie "
     "vereinbart abzustimmen.", ["violation"]),
    ("Kyiv complained that Moscow had unilaterally changed the terms of the prisoner deal.", ["violation"]),
    # no complaint: a date not agreed yet is no claim
    ("Ein Termin für die nächste Runde ist noch nicht vereinbart.", []),
])
def test_a_complaint_that_the_other_side_acted_outside_the_deal(text: str, expected: list[str]) -> None:
    events = extract(text, "t", "2025-06-07").events
    assert [e.claim for e in events if e.kind == "claim"] == expected


@pytest.mark.parametrize("text", [
    "«Der Druck muss bleiben, bis Moskau bereit ist, den Krieg zu beenden», schrieb Selenskyj.",
    "Zelensky wrote that pressure must stay until Moscow is ready to end the war.",
    'Die Unterhändler erklärten: "Unser Ziel ist es, das Sterben zu beenden."',
])
def test_an_aim_or_a_readiness_as_a_condition_is_no_step(text: str) -> None:
    events = extract(text, "t", "2025-12-22").events
    assert all(e.kind != "statement_of_intent" for e in events), events


@pytest.mark.parametrize(("text", "expected"), [
    # guaranteeing security as a verb, a buffer zone as a territorial demand
    ("Die Europäer wollen die Sicherheit der Ukraine nach einem Waffenstillstand garantieren.",
     ("EUR", "security.guarantees", "support")),
    ("Washington is prepared to guarantee Ukraine's security after a deal.",
     ("USA", "security.guarantees", "accept")),
    ("Putin fordert eine Pufferzone im Gebiet Sumy.", ("RUS", "territory.donbas", "demand")),
    ("Russia demands a buffer zone along the border.", ("RUS", "territory.donbas", "demand")),
])
def test_guaranteeing_security_and_buffer_zones(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stance_set(text)


@pytest.mark.parametrize(("text", "expected"), [
    # holding on to demands is demanding; respecting a truce accepts it; floating a plan proposes
    ("Russland hält an seinen Forderungen nach dem gesamten Donbass fest.",
     ("RUS", "territory.donbas", "demand")),
    ("Putin said Russia would respect the energy ceasefire.", ("RUS", "ceasefire.energy", "accept")),
    ("Trump floated a ceasefire along the current front lines.", ("USA", "ceasefire.sequence", "propose")),
])
def test_holding_on_respecting_and_floating(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stance_set(text)


def test_not_respecting_a_truce_is_an_accusation() -> None:
    assert not _stance_set("Kyiv said Moscow had not respected the truce.")


def test_a_headline_printed_again_as_the_lead_is_one_statement() -> None:
    text = ("Kyiv presented its revised peace plan to the envoys\n\nBy a staff writer\n\n"
            "Kyiv presented its revised peace plan to the envoys.")
    steps = [e for e in extract(text, "t", "2025-12-24").events if e.kind == "statement_of_intent"]
    assert len(steps) == 1 and steps[0].last_end == len(text), steps


# Figures by family of the annotation scheme's units (German and English; every sentence written
# for this test): the counted nouns of each unit with their compounds and abbreviations, number
# words, ranges, and what is no figure.
_FIGURE_FAMILIES = [
    # prisoners: the held, the interned, those brought home
    ("de", "Kiew holte 62 Inhaftierte und 15 Zivilgefangene heim.", [(62, "prisoners"), (15, "prisoners")]),
    ("en", "Moscow released 150 of its detainees.", [(150, "prisoners")]),
    ("en", "Kyiv brought home 62 of its captured servicemen.", [(62, "soldiers")]),
    # bodies: named before the number of the dead, or the fallen received back
    ("de", "Kiew erhielt die Leichname von 1000 Soldaten.", [(1000, "bodies")]),
    ("de", "Die Ukraine bekam 900 Gefallene zurück.", [(900, "bodies")]),
    ("en", "Ukraine received the remains of 757 servicemen.", [(757, "bodies")]),
    # children and people
    ("de", "Unter ihnen waren 14 Minderjährige.", [(14, "children")]),
    ("en", "Among them were 14 minors.", [(14, "children")]),
    ("de", "Elf Zivilpersonen und sieben Verwundete.", [(11, "civilians"), (7, "people")]),
    ("en", "The strike left 12 killed and 40 wounded.", [(12, "people"), (40, "people")]),
    ("en", "Kyiv freed 40 wounded soldiers.", [(40, "soldiers")]),
    # soldiers
    ("en", "The plan caps the army at 600,000 personnel.", [(600000, "soldiers")]),
    ("en", "Some 1,200 service members were freed.", [(1200, "soldiers")]),
    ("de", "Rund 100 Widerstandskämpfer wurden geehrt.", [(100, "soldiers")]),
    # regions, countries and settlements, German compounds by their last part
    ("de", "Betroffen sind fünf Provinzen.", [(5, "regions")]),
    ("en", "Moscow annexed four provinces.", [(4, "regions")]),
    ("de", "Die 27 EU-Staaten und 32 Nato-Mitgliedstaaten.", [(27, "countries"), (32, "countries")]),
    ("de", "Die 27 Mitgliedsländer stimmten zu, die 16 Bundesländer nicht.", [(27, "countries")]),
    ("en", "Troops took two towns and four villages.", [(2, "settlements"), (4, "settlements")]),
    # rounds
    ("de", "Nach zwei Gesprächsrunden und drei Telefonaten.", [(2, "rounds"), (3, "rounds")]),
    ("en", "The delegations held two meetings.", [(2, "rounds")]),
    # points and steps, also fused with the number
    ("de", "Der 28-Punkteplan und der Dreistufenplan.", [(28, "points"), (3, "steps")]),
    # durations: abbreviations, fused adjectives, "-einhalb"
    ("de", "Die Gespräche dauerten 5 Std. und 20 Min.", [(5, "hours"), (20, "minutes")]),
    ("de", "Nach viereinhalb Stunden endete das einstündige Nachgespräch.", [(4.5, "hours"), (1, "hours")]),
    ("de", "Ein halbstündiges Telefonat.", [(0.5, "hours")]),
    ("de", "Nach drei Kriegsjahren.", [(3, "years")]),
    # drones and missiles
    ("en", "Air defences downed 90 UAVs and 30 rockets.", [(90, "drones"), (30, "missiles")]),
    ("en", "Ukraine launched 337 unmanned aerial vehicles.", [(337, "drones")]),
    ("de", "Die Armee fing 337 unbemannte Flugkörper und 12 Lenkflugkörper ab.",
     [(337, "drones"), (12, "missiles")]),
    # areas
    ("en", "Russia took 4,000 sq km.", [(4000, "km2")]),
    ("de", "Die Armee rückte auf 300 qkm vor.", [(300, "km2")]),
    # number words: German compounds, English hundreds and thousands
    ("de", "Es kamen zweihundertfünfzig Gefangene frei, dann hundertzwanzig Soldaten.",
     [(250, "prisoners"), (120, "soldiers")]),
    ("en", "One hundred and fifty prisoners returned.", [(150, "prisoners")]),
    ("en", "Three thousand five hundred prisoners returned.", [(3500, "prisoners")]),
    # ranges with "zwischen ... und", "between ... and": both ends
    ("de", "Zwischen 1.000 und 1.200 Gefangene.", [(1000, "prisoners"), (1200, "prisoners")]),
    ("en", "Between two and three days.", [(2, "days"), (3, "days")]),
    # no figures: ago, an idiom, an article, years in a range
    ("de", "Vor drei Tagen und vor gut zwei Wochen trafen sie sich.", []),
    ("de", "Zwei Stunden vor dem Treffen telefonierten sie.", []),
    ("en", "Three hours into the talks, they met in two weeks' time.", []),
    ("en", "Ukraine could one day join the alliance.", []),
    ("de", "Ein Einstieg.", []),
    ("en", "Between 2022 and 2024 drones became common.", []),
    # money with the scale in a hyphenated compound
    ("de", "Ein 500-Milliarden-Dollar-Fonds und ein 90-Milliarden-Euro-Kredit.",
     [(500e9, "USD"), (90e9, "EUR")]),
    ("en", "A $500-billion fund and a 90-billion-euro loan.", [(500e9, "USD"), (90e9, "EUR")]),
    # troops counted by the strength of a force
    ("en", "A 5,000-strong peacekeeping contingent.", [(5000, "soldiers")]),
    ("de", "Eine 30.000 Mann starke Truppe.", [(30000, "soldiers")]),
    ("en", "A half-hour call and 1,000+ prisoners.", [(0.5, "hours"), (1000, "prisoners")]),
    # both ends of a change, the noun left out in a gapped clause
    ("de", "Die Zustimmung stieg von 20 auf 30 Prozent.", [(20, "percent"), (30, "percent")]),
    ("de", "Kiew meldete 1.000 Gefangene, die Ukraine 800.", [(1000, "prisoners"), (800, "prisoners")]),
    ("en", "Some 84 Ukrainian POWs and 84 Russian ones.", [(84, "prisoners"), (84, "prisoners")]),
    # a numbered clause or resolution is no count
    ("en", "Resolution 2202 calls for calm; Section 4 people said.", []),
    # a scale noun in the singular states its number; its plural does not
    ("de", "Eine Million Menschen flohen, Millionen weitere blieben.", [(1e6, "people")]),
    ("en", "A billion dollars were pledged to 200 warriors.", [(1e9, "USD"), (200, "soldiers")]),
    # people named after a land are no countries ("Ausländer": foreigners, counted as people)
    ("de", "Rund 200 Ausländer und zwei Niederländer kämpfen mit.", [(200, "people")]),
    # a unit glued to the number, a dozen as a number (but not "Dutzende")
    ("en", "A 40km buffer zone and 1,000km2 of land.", [(40, "km"), (1000, "km2")]),
    ("de", "Ein Dutzend Gefangene, zwei Dutzend Soldaten und Dutzende Zivilisten.",
     [(12, "prisoners"), (24, "soldiers")]),
    # a part of a counted whole with its own number: both are counted (session 18: the gold counts
    # "75 of the 248 servicemen" twice, as German "drei der 40 Gefangenen" always was); "one of" no
    ("en", "One of the two countries agreed; 150 of the 300 prisoners came home.",
     [(2, "countries"), (150, "prisoners"), (300, "prisoners")]),
    # the years since the invasion count the war, in both languages; a Swiss thousands mark
    ("en", "Three and a half years after the Russian invasion, two days after the summit.", [(3.5, "years")]),
    ("de", "Dreieinhalb Jahre nach der Invasion kamen 1'000 Soldaten frei.",
     [(3.5, "years"), (1000, "soldiers")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _FIGURE_FAMILIES)
def test_figures_by_unit_family(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    scheme = {"prisoners", "bodies", "civilians", "children", "people", "points", "hours", "minutes",
              "days", "weeks", "months", "years", "steps", "regions", "countries", "soldiers", "percent",
              "km2", "km", "drones", "missiles", "households", "usd", "eur", "settlements", "rounds"}
    found = [(f.value, f.unit) for f in find_figures(text, lang=lang) if f.unit.lower() in scheme]
    assert sorted(found) == sorted((float(v), u) for v, u in expected)


# --- dates by rule: the tense of the clause, parts of months and weeks, weekends, "ago" ---
# PUB2 is a Wednesday; each sentence is written for these tests


PUB2 = "2026-03-11"


@pytest.mark.parametrize(("text", "first", "last"), [
    # a weekday in a present clause about meeting or travel lies ahead; in a past clause behind
    ("Die Unterhändler treffen sich am Freitag in Wien.", "2026-03-13", "2026-03-13"),
    ("Die Unterhändler trafen sich am Freitag in Wien.", "2026-03-06", "2026-03-06"),
    ("Die Unterhändler haben sich am Freitag in Wien getroffen.", "2026-03-06", "2026-03-06"),
    ("The envoys travel to Vienna on Friday.", "2026-03-13", "2026-03-13"),
    ("The envoys travelled to Vienna on Friday.", "2026-03-06", "2026-03-06"),
    ("Officials said the envoys will fly to Vienna on Friday.", "2026-03-13", "2026-03-13"),
    ("The ministry said on Monday it would send envoys.", "2026-03-09", "2026-03-09"),
    # a plan told from the past is past ("sollte bereits ... empfangen werden")
    ("Der Gast sollte bereits am Montag empfangen werden.", "2026-03-09", "2026-03-09"),
    # "kommenden"/"next" on the same weekday is a week on; the day of a named week
    ("Die Runde soll am kommenden Mittwoch beginnen.", "2026-03-18", "2026-03-18"),
    ("Die Runde soll am Dienstag kommender Woche beginnen.", "2026-03-17", "2026-03-17"),
    ("The round opens on Tuesday of next week.", "2026-03-17", "2026-03-17"),
    # a weekend is Saturday to Sunday, behind or ahead by the tense
    ("Am Wochenende verhandelten die Delegationen in Riad.", "2026-03-07", "2026-03-08"),
    ("The delegations negotiated in Riyadh over the weekend.", "2026-03-07", "2026-03-08"),
    ("Am kommenden Wochenende sollen die Gespräche weitergehen.", "2026-03-14", "2026-03-15"),
    ("The talks are set to continue this weekend.", "2026-03-14", "2026-03-15"),
    # parts of a month and of a week
    ("Anfang März tauschten beide Seiten Gefangene aus.", "2026-03-01", "2026-03-10"),
    ("In early March the two sides swapped prisoners.", "2026-03-01", "2026-03-10"),
    ("Mitte Februar berieten die Minister in Paris.", "2026-02-11", "2026-02-20"),
    ("The ministers conferred in Paris in mid-February.", "2026-02-11", "2026-02-20"),
    ("Ende Februar endete die Waffenruhe.", "2026-02-21", "2026-02-28"),
    ("Anfang der Woche einigten sich beide Seiten.", "2026-03-09", "2026-03-11"),
    ("Earlier this week both sides reached a deal.", "2026-03-09", "2026-03-10"),
    ("Later this week the envoys will meet again.", "2026-03-12", "2026-03-15"),
    ("Ende vergangener Woche trafen sich die Berater.", "2026-03-05", "2026-03-08"),
    # a span before publication
    ("Vor zwei Tagen trafen sich die Berater.", "2026-03-09", "2026-03-09"),
    ("Vor einer Woche trafen sich die Berater.", "2026-03-04", "2026-03-04"),
    ("Three days ago the advisers met.", "2026-03-08", "2026-03-08"),
    ("A week ago the advisers met.", "2026-03-04", "2026-03-04"),
])
def test_dates_by_tense_and_part(text: str, first: str, last: str) -> None:
    found = find_dates(text, PUB2)
    assert found, text
    assert (found[0].first, found[0].last) == (first, last), (text, found)


@pytest.mark.parametrize("text", [
    # only "on or before" the report (convention 7): no date, and not the article's either
    "Moskau hatte in den vergangenen Tagen Kiew vorgeworfen, die Waffenruhe zu brechen.",
    "Kiew wirft Moskau seit Wochen vor, die Energie-Waffenruhe zu brechen.",
    "In recent days Moscow has accused Kyiv of breaking the energy truce.",
    "Washington has continued to accuse Kyiv of stalling the talks.",
])
def test_an_undated_past_gets_no_date(text: str) -> None:
    events = extract(text, "t", PUB2).events
    assert events, text
    assert all(e.date_start is None for e in events), [(e.kind, e.date_start, e.date_basis) for e in events]


def test_a_relative_clause_does_not_undate_its_sentence() -> None:
    text = "Russland, das seit Wochen Städte beschießt, wirft jetzt Kiew vor, die Feuerpause zu verletzen."
    events = extract(text, "t", PUB2).events
    assert events and events[0].date_start == PUB2, events


@pytest.mark.parametrize("text", [
    "Der Kreml kündigte an, am Freitag eine Delegation nach Genf zu schicken.",
    "The Kremlin announced it will send a delegation to Geneva on Friday.",
])
def test_an_intent_is_dated_by_its_announcement_not_its_step(text: str) -> None:
    steps = [e for e in extract(text, "t", PUB2).events if e.kind == "statement_of_intent"]
    assert steps and steps[0].date_start == PUB2, steps


@pytest.mark.parametrize("text", [
    "Die Unterhändler vereinbarten in Genf einen Austausch von je 300 Gefangenen. Moskau habe "
    "zudem die Übergabe weiterer Gefallener angeboten, sagte der russische Delegationsleiter.",
    "The negotiators agreed in Geneva to swap 300 prisoners each. Russia also offered to hand "
    "over more bodies, the Russian delegation head said.",
])
def test_a_step_told_right_after_an_item_agreed_at_talks_takes_their_place(text: str) -> None:
    steps = [e for e in extract(text, "t", PUB2).events if e.kind == "statement_of_intent"]
    assert steps and steps[0].place == "geneva", steps


@pytest.mark.parametrize(("text", "first", "last"), [
    # a planning word after the day in its clause; "in Kürze" tells the future
    ("Ein Treffen sei am Dienstag geplant, am Mittwoch folgt die Presse.", "2026-03-17", "2026-03-17"),
    ("Die Gespräche sollen in Kürze am Montag beginnen.", "2026-03-16", "2026-03-16"),
])
def test_planned_days(text: str, first: str, last: str) -> None:
    found = find_dates(text, PUB2)
    assert found and (found[0].first, found[0].last) == (first, last), (text, found)


@pytest.mark.parametrize("text", [
    "Medien hatten am Dienstag berichtet, dass sich Unterhändler beider Seiten in Genf trafen.",
    "Media reported on Tuesday that negotiators of both sides met in Geneva.",
])
def test_talks_told_in_a_dated_report_have_no_day(text: str) -> None:
    # only "on or before" the report (convention 7): neither its day nor the article's
    rounds = [e for e in extract(text, "t", PUB2).events if e.kind == "round"]
    assert rounds and rounds[0].date_start is None, rounds


@pytest.mark.parametrize("text", [
    "Medien hatten am Dienstag berichtet, dass beide Seiten einen Austausch von Gefangenen "
    "vereinbart hätten.",
    "Media reported on Tuesday that the two sides had agreed to exchange prisoners.",
])
def test_an_agreed_item_is_dated_by_the_day_it_was_made_public(text: str) -> None:
    items = [e for e in extract(text, "t", PUB2).events if e.kind == "partial_agreement"]
    assert items and items[0].date_start == "2026-03-10", items


@pytest.mark.parametrize(("text", "day"), [
    # a noun ("Treffen") is no present tense; a weak past ("endete") is past
    ("Das Treffen endete am Dienstagabend nach fünf Stunden.", "2026-03-10"),
    ("Das Treffen beginnt am Dienstag in Genf.", "2026-03-17"),
])
def test_weekday_tense_reads_verbs_not_nouns(text: str, day: str) -> None:
    found = find_dates(text, PUB2)
    assert found and found[0].first == day, found


@pytest.mark.parametrize(("text", "day"), [
    # a day told by the day named before it
    ("Am Montag trafen sich die Berater. Am selben Tag sprach der Präsident mit seinem Kollegen.",
     "2026-03-09"),
    ("The advisers met on Monday. On the same day, the president spoke to his counterpart.",
     "2026-03-09"),
    ("Die Berater trafen sich am Montag. Tags darauf telefonierten die Präsidenten.", "2026-03-10"),
    ("The advisers met on Monday. The following day the presidents spoke by phone.", "2026-03-10"),
    # a night is dated by the day it runs into, behind or ahead by the tense
    ("In der Nacht zu Sonntag griffen Drohnen ein Kraftwerk an.", "2026-03-08"),
    ("Drones struck a power plant overnight into Sunday.", "2026-03-08"),
    ("Die Waffenruhe soll in der Nacht zu Samstag beginnen.", "2026-03-14"),
])
def test_same_day_following_day_and_nights(text: str, day: str) -> None:
    from accord.news.dates import resolve_relative

    found = resolve_relative(find_dates(text, PUB2), text, 0, PUB2)
    assert found and found[-1].first == day, found


@pytest.mark.parametrize("text", [
    "On March 3, the US envoy proposed a pause in strikes on power plants. Moscow accepted and "
    "immediately ordered its troops to halt such strikes.",
    "Am 3. März schlug der US-Gesandte eine Pause bei Angriffen auf Kraftwerke vor. Moskau "
    "stimmte zu und befahl seinen Truppen sofort, solche Angriffe einzustellen.",
])
def test_what_followed_at_once_takes_the_day_named_just_before(text: str) -> None:
    second = [e for e in extract(text, "t", PUB2).events if text[e.start:].startswith("Mos")]
    assert second and second[0].date_start == "2026-03-03", second


@pytest.mark.parametrize(("text", "first", "last"), [
    # two weekdays named as one span: from the first to the last, behind or ahead by the tense
    ("Ein Treffen sei am Dienstag und Mittwoch geplant.", "2026-03-17", "2026-03-18"),
    ("Die Delegationen verhandelten von Montag bis Mittwoch in Genf.", "2026-03-09", "2026-03-11"),
    ("The delegations negotiated from Monday to Wednesday in Geneva.", "2026-03-09", "2026-03-11"),
    ("The talks will run on Thursday and Friday.", "2026-03-12", "2026-03-13"),
])
def test_two_weekdays_are_one_span(text: str, first: str, last: str) -> None:
    found = find_dates(text, PUB2)
    assert found and (found[0].first, found[0].last) == (first, last), (text, found)
