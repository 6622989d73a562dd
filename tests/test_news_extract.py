"""Extraction on German and English sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from accord.news.dates import find_dates
from accord.news.extract import extract, sentences
from accord.news.numbers import find_figures


def _entities(text: str, published: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.surface, m.entity, m.actor) for m in extract(text, published=published).mentions]


def test_inflected_names_and_metonyms_resolve() -> None:
    text = ("Putins Sprecher widersprach. Der Kreml und das Weiße Haus schwiegen, "
            "während man in Kiews Regierungsviertel und in Kyjiw wartete.")
    found = {(s, e) for s, e, _ in _entities(text)}
    assert ("Putins", "putin") in found and ("Kiews", "kyiv") in found and ("Kyjiw", "kyiv") in found
    assert ("Kreml", "RUS") in found and ("Weiße Haus", "USA") in found


def test_full_names_are_one_mention() -> None:
    [m] = extract("Gestern sprach Wolodymyr Selenskyj in Brüssel.").mentions[:1]
    assert m.surface == "Wolodymyr Selenskyj" and m.entity == "zelensky" and m.actor == "UKR"


def test_persons_speak_for_the_actor_of_their_office_on_the_date() -> None:
    text = "Dmytro Kuleba äußerte sich."
    assert _entities(text, "2023-05-01")[0][2] == "UKR"
    assert _entities(text, "2025-05-01")[0][2] is None  # no longer foreign minister
    assert _entities("Rustem Umerow reiste ab.", "2025-10-01")[0][2] == "UKR"


def test_commentators_are_not_actors() -> None:
    # a general rule, not a gazetteer entry: a title noun introduces a non-actor person, whose
    # later bare surname resolves to the same id
    text = "Der Politologe Karl Mustermann schrieb dazu einen Beitrag. Mustermann blieb skeptisch."
    assert _entities(text)[:2] == [("Karl Mustermann", "mustermann", None),
                                   ("Mustermann", "mustermann", None)]
    assert _entities("Analyst Jane Roe said so.")[0] == ("Jane Roe", "roe", None)
    assert _entities("unter dem Diktator Omar al-Beispiel")[0] == ("Omar al-Beispiel", "beispiel", None)


def test_absolute_dates() -> None:
    got = [(d.first, d.last, d.granularity) for d in
           find_dates("am 7. und 8. März sowie am 12.03.2025 und am 3. April 2024", "2025-03-20")]
    assert got == [("2025-03-07", "2025-03-08", "range"), ("2025-03-12", "2025-03-12", "day"),
                   ("2024-04-03", "2024-04-03", "day")]


def test_relative_dates_resolve_against_the_article_date() -> None:
    # 2025-06-04 is a Wednesday
    got = {d.basis.split("'")[1]: (d.first, d.last, d.granularity) for d in
           find_dates("Am Montagabend und gestern, vergangene Woche, im vergangenen Dezember",
                      "2025-06-04")}
    assert got["Am Montagabend"] == ("2025-06-02", "2025-06-02", "day")
    assert got["gestern"] == ("2025-06-03", "2025-06-03", "day")
    assert got["vergangene Woche"] == ("2025-05-26", "2025-06-01", "week")
    assert got["vergangenen Dezember"] == ("2024-12", "2024-12", "month")


def test_relative_dates_need_a_day_to_resolve() -> None:
    assert find_dates("am Freitag", "2025-05") == []
    assert find_dates("am Freitag", None) == []


def test_days_later_counts_from_the_date_before() -> None:
    ex = extract("Am 2. Juni trafen sich beide Delegationen in Genf. Fünf Tage später folgte ein "
                 "Telefonat.", published="2025-06-20")
    assert ex.events[0].date_start == "2025-06-02"


def test_figures_with_units_and_hedges() -> None:
    text = ("Nach knapp zweieinhalb Stunden war Schluss; mehr als 2.500 Gefangene, rund 12,5 Prozent, "
            "bis zu 600 Drohnen pro Tag und monatlich etwa 150 Raketen; 1,2 Millionen Haushalte. "
            "Artikel 5 und das Jahr 2024 sind keine Zahlen, ebenso wenig Umerow (43).")
    got = [(f.value, f.unit, f.hedge) for f in find_figures(text)]
    assert got == [(2.5, "hours", "about"), (2500.0, "prisoners", "more_than"),
                   (12.5, "percent", "about"), (600.0, "drones_per_day", "up_to"),
                   (150.0, "missiles_per_month", "about"), (1_200_000.0, "households", "exact")]


def test_english_figures() -> None:
    got = [(f.value, f.unit, f.hedge) for f in find_figures(
        "up to 40 km from the front, about 18 percent and more than 1,000 prisoners of war")]
    assert got == [(40.0, "km", "up_to"), (18.0, "percent", "about"),
                   (1000.0, "prisoners", "more_than")]


def test_per_side_exchange() -> None:
    [f] = find_figures("Ausgetauscht wurden jeweils 250 Kriegsgefangene auf beiden Seiten.")
    assert f.per_side is True and f.unit == "prisoners"


def test_sentences_keep_quotes_and_ordinals() -> None:
    text = 'Am 1. Februar kam er. "Wir reden weiter", sagte sie.\nZwischentitel\nNeuer Absatz.'
    got = [text[a:b] for a, b in sentences(text, "de")]
    assert got == ["Am 1. Februar kam er.", '"Wir reden weiter", sagte sie.', "Zwischentitel",
                   "Neuer Absatz."]


def test_round_with_place_venue_duration_heads_and_outcome() -> None:
    text = ("Am Donnerstag trafen sich Unterhändler Russlands und der Ukraine im Ciragan-Palast in "
            "Istanbul. Die Sitzung dauerte knapp drei Stunden und endete ohne Ergebnis. Die russische "
            "Delegation wurde von Wladimir Medinski angeführt.")
    [e] = [e for e in extract(text, published="2025-06-06").events if e.kind == "round"]
    assert (e.place, e.date_start, e.venue, e.duration_minutes, e.outcome) == (
        "istanbul", "2025-06-05", "Ciragan-Palast", 180, "none")
    assert e.parties == ["RUS", "UKR"] and (e.plover, e.cameo) == ("CONSULT", "046")


def test_mediated_round_and_postponement() -> None:
    text = ("Am 10. und 11. März kamen Vertreter Russlands und der Ukraine unter US-Vermittlung in Riad "
            "zusammen. Ein zweites Treffen in Riad, geplant für den 20. März, wurde auf den 27. März "
            "verschoben.")
    ev = extract(text, published="2025-03-15").events
    assert [(e.kind, e.date_start, e.date_end, e.place) for e in ev] == [
        ("round", "2025-03-10", "2025-03-11", "riyadh"),
        ("postponement", "2025-03-27", "2025-03-27", "riyadh")]
    assert ev[0].mediators == ["USA"] and ev[1].moved_from == "2025-03-20"


def test_partial_agreement_pledge_claim_and_poll() -> None:
    text = ("Die Unterhändler einigten sich auf einen Gefangenenaustausch von jeweils 500 Gefangenen. "
            "Die Nato-Staaten haben der Ukraine weitere Flugabwehrsysteme zugesagt. "
            "Russische Truppen haben nach Angaben aus Moskau die Stadt Kupjansk eingenommen. "
            "Laut einer Umfrage lehnen 62 Prozent der Befragten Gebietsabtretungen ab.")
    kinds = [(e.kind, e.topic, e.place, e.quantity) for e in extract(text).events]
    assert kinds == [("partial_agreement", "humanitarian.prisoners", None, 500.0),
                     ("pledge", None, None, None), ("claim", None, "kupiansk", None),
                     ("poll", None, None, 62.0)]


def _stances(text: str) -> list[tuple[str, str, str, object, bool, str | None]]:
    return [(s.actor, s.issue, s.polarity, s.option, s.red_line, s.speaker)
            for s in extract(text, published="2025-07-01").stances]


def test_reported_speech_with_red_line() -> None:
    got = _stances("Ein Nato-Beitritt der Ukraine sei für Russland unter keinen Umständen hinnehmbar, "
                   "sagte Sergej Lawrow am Dienstag.")
    assert ("RUS", "alliance.nato", "reject", "membership_path", True, "lavrov") in got


def test_negated_acceptance_is_a_rejection() -> None:
    got = _stances("Moskau werde einer Stationierung westlicher Truppen in der Ukraine niemals "
                   "zustimmen, erklärte Dmitri Peskow.")
    # "niemals" is explicit non-negotiability wording: a red line (the annotation guide's rule)
    assert got == [("RUS", "security.foreign_troops", "reject", "multinational_force", True, "peskov")]


def test_attribution_counts_and_analyst_opinion_does_not() -> None:
    assert _stances("Aus Kiewer Sicht ist jeder Verzicht auf den Donbass ausgeschlossen.")[0][:3] == (
        "UKR", "territory.donbas", "reject")
    assert _stances("Der Experte glaubt, Russland werde auf einem Rückzug aus dem Donbass bestehen.") == []


def test_demand_support_and_conditional() -> None:
    assert _stances("Russland fordert den vollständigen Abzug ukrainischer Truppen aus Donezk.")[0][:4] == (
        "RUS", "territory.donbas", "demand", "cede_de_facto")
    assert _stances("Die Ukraine strebt weiterhin eine Mitgliedschaft in der Nato an.")[0][:4] == (
        "UKR", "alliance.nato", "support", "membership_path")
    got = _stances("Selenskyj sagte, Sanktionen dürften nur gelockert werden, wenn Russland einer "
                   "Waffenruhe zustimme.")
    assert got[0][:3] == ("UKR", "economy.sanctions", "conditional")


def test_english_stances() -> None:
    got = _stances("Zelensky said Ukraine would never accept ceding Donetsk to Russia.")
    assert got[0][:3] == ("UKR", "territory.donbas", "reject")
    got = _stances("The Kremlin demands that Kyiv renounce NATO membership and declare neutrality.")
    assert ("RUS", "alliance.nato", "demand", "renounced", False, None) in got


def test_every_fact_has_a_span_inside_the_text() -> None:
    text = (Path(__file__).parent / "data" / "news" / "de_runde.txt").read_text(encoding="utf-8")
    ex = extract(text, published="2025-06-04")
    assert ex.events and ex.stances and ex.figures
    for fact in [*ex.events, *ex.stances, *ex.figures, *ex.mentions]:
        assert 0 <= fact.start < fact.end <= len(text)


def test_extraction_is_deterministic() -> None:
    text = "Kiew lehnt Gebietsabtretungen im Donbass kategorisch ab. Moskau fordert sie."
    assert extract(text, "d").to_dict() == extract(text, "d").to_dict()


def test_planned_round_looks_forward() -> None:
    # 2025-08-16 is a Saturday; "am Dienstag" of a planned meeting is the coming Tuesday
    [e] = extract("Am Dienstag wollen sich Rubio und Lawrow in Budapest treffen.",
                  published="2025-08-16").events
    assert (e.kind, e.outcome, e.place, e.date_start) == ("round", "planned", "budapest", "2025-08-19")


def test_the_head_is_the_person_named_with_the_heading_cue() -> None:
    text = ("US and Ukrainian negotiators met in Miami on Sunday. Marco Rubio attended, and Rustem "
            "Umerov, who led the Ukrainian delegation, called the talks useful.")
    [e] = extract(text, published="2025-12-01").events
    assert e.heads == {"UKR": "umerov"} and e.place == "miami"


def test_capitals_as_actors_are_not_event_places() -> None:
    [e] = extract("Moskau und Kiew vereinbarten einen Austausch von jeweils 150 Gefangenen.").events
    assert e.kind == "partial_agreement" and e.place is None and e.per_side is True


def test_english_territory_and_neutrality_options() -> None:
    got = _stances("Zelensky said Ukraine will never recognise occupied territory as Russian.")
    assert got[0][:4] == ("UKR", "territory.donbas", "reject", "cede_de_jure")
    got = _stances("Russia also demands that no foreign troops be stationed in Ukraine.")
    assert got[0][:4] == ("RUS", "security.foreign_troops", "demand", "none")


def test_round_with_its_result_in_one_english_sentence() -> None:
    text = ("Russian and Ukrainian negotiators met in Istanbul on Monday, agreeing to exchange wounded "
            "prisoners of war. The meeting at the Ciragan Palace lasted just over an hour. Ukraine's "
            "delegation, headed by Rustem Umerov, proposed a full ceasefire.")
    ev = extract(text, published="2025-06-03").events
    assert [(e.kind, e.place, e.date_start) for e in ev] == [
        ("round", "istanbul", "2025-06-02"), ("partial_agreement", "istanbul", "2025-06-02")]
    assert (ev[0].venue, ev[0].duration_minutes, ev[0].heads, ev[0].outcome) == (
        "Ciragan Palace", 60, {"UKR": "umerov"}, "partial")
    assert _stances(text)[-1][:4] == ("UKR", "ceasefire.sequence", "propose", "ceasefire_first")


def test_clause_windows_pass_over_date_and_abbreviation_dots() -> None:
    from accord.news.extract import mask_inner_dots

    masked = mask_inner_dots("Am 3. Juni, u. a. mit Dr. Roe, am 04.06.2024 und am 5. und 6. Mai.")
    assert masked.count(".") == 1 and masked.endswith(".")
    ev = extract("Die Unterhändler kamen am 3. Juni in Genf zusammen.", published="2025-06-10").events
    assert [(e.kind, e.place) for e in ev] == [("round", "geneva")]


def test_general_condition_and_readiness_cues() -> None:
    got = _stances("Kiew knüpft eine Waffenruhe an einen vollständigen Gefangenenaustausch.")
    # what is offered (the truce) is conditional, the condition asked for (the exchange) a demand
    assert {("UKR", "ceasefire.sequence", "conditional"), ("UKR", "humanitarian.prisoners", "demand")} <= {
        g[:3] for g in got}
    got = _stances("Die Regierung in Moskau zeigte sich bereit, einen Gefangenenaustausch zu vereinbaren.")
    assert [g[:3] for g in got] == [("RUS", "humanitarian.prisoners", "accept")]


def test_expert_opinion_gives_no_stance() -> None:
    assert _stances("Der Politologe Karl Mustermann hält ein Ende der Sanktionen für denkbar.") == []


def test_konjunktiv_one_of_cue_verbs() -> None:
    got = _stances("Der Minister sagte, Moskau lehne jede Friedenstruppe kategorisch ab.")
    assert [(*g[:3], g[4]) for g in got] == [("RUS", "security.foreign_troops", "reject", True)]
    assert [g[:3] for g in _stances("Kiew verlange eine bedingungslose Waffenruhe, hieß es.")] == [
        ("UKR", "ceasefire.sequence", "demand")]
    assert [g[:3] for g in _stances("Ein Sprecher erklärte, Kiew bestehe auf Sicherheitsgarantien.")] == [
        ("UKR", "security.guarantees", "demand")]
    assert [g[:3] for g in _stances("Die Türkei schlage einen Gefangenenaustausch vor, sagte Fidan.")] == [
        ("TUR", "humanitarian.prisoners", "propose")]


def _events(text: str, published: str = "2025-04-09") -> list[tuple[str, str | None, str | None]]:
    return [(e.kind, e.place, e.outcome) for e in extract(text, published=published).events]


def test_round_triggers_and_place_adjectives() -> None:
    assert _events("Am Montag verhandelten Vertreter beider Seiten in Ankara.")[0][:2] == ("round", "ankara")
    got = _events("Die Unterhändler äußerten sich nach langen Gesprächen in Doha zuversichtlich.")
    assert got[0][:2] == ("round", "doha")
    assert _events("Die Genfer Gespräche endeten am Dienstag ohne Ergebnis.")[0][:2] == ("round", "geneva")
    assert _events("Die nächste Runde soll Ende Mai in Antalya stattfinden.") == [
        ("round", "antalya", "planned")]
    assert _events("The two teams would meet again in Miami on 14 April.") == [("round", "miami", "planned")]


def test_city_standing_for_a_government_is_no_event_place() -> None:
    got = extract("Starmer sagte, London sei bereit, Truppen in die Ukraine zu entsenden.",
                  published="2025-04-09")
    assert all(e.place != "london" for e in got.events)
    assert [(s.actor, s.issue, s.option) for s in got.stances] == [
        ("GBR", "security.foreign_troops", "multinational_force")]


def test_exchange_needs_prisoners_in_view() -> None:
    assert _stances("Im Gegenzug nehmen die USA den Austausch von Satellitendaten wieder auf.") == []
    assert [g[:3] for g in _stances("Kiew fordert einen Austausch aller Kriegsgefangenen.")] == [
        ("UKR", "humanitarian.prisoners", "demand")]


def test_plain_ceasefire_occupied_areas_and_army_caps() -> None:
    assert [g[:3] for g in _stances("Moskau lehnt eine Feuerpause weiterhin ab.")] == [
        ("RUS", "ceasefire.sequence", "reject")]
    assert [g[:3] for g in _stances("Kiew lehnt eine Anerkennung der besetzten Gebiete strikt ab.")] == [
        ("UKR", "territory.donbas", "reject")]
    assert [g[:3] for g in _stances("Ukraine rejects any cap on its armed forces.")] == [
        ("UKR", "military.army_size", "reject")]
    got = _stances("Der Unterhändler sagte, Kiew sei bereit, auf die Nato zu verzichten.")
    assert [(g[0], g[1], g[3]) for g in got] == [("UKR", "alliance.nato", "renounced")]


def test_office_holder_as_subject_speaks() -> None:
    got = _stances("Foreign Minister Sergei Lavrov insisted on an unconditional ceasefire.")
    assert [(g[0], g[2], g[5]) for g in got] == [("RUS", "demand", "lavrov")]
    got = _stances("Eine bedingungslose Waffenruhe lehnte Putin erneut ab.")
    assert [(g[0], g[2], g[5]) for g in got] == [("RUS", "reject", "putin")]


def test_per_side_and_good_hours() -> None:
    got = [(f.value, f.unit, f.hedge, f.per_side) for f in find_figures(
        "Sie tauschten je 90 Gefangene; they freed 240 prisoners each; nach gut vier Stunden")]
    assert got == [(90.0, "prisoners", "exact", True), (240.0, "prisoners", "exact", True),
                   (4, "hours", "more_than", None)]


def test_new_names() -> None:
    assert _entities("Igor Kostjukow leitete die Delegation.", "2026-02-01")[0] == (
        "Igor Kostjukow", "kostyukov", "RUS")
    assert _entities("Mike Waltz traf ein.", "2025-03-01")[0] == ("Mike Waltz", "waltz", "USA")
    assert _entities("Angriffe auf Tschernihiw")[0][1] == "chernihiv"


def test_ranges_and_side_counts_without_unit() -> None:
    # a range states two cardinals, each a figure (README: every cardinal with its counted noun)
    got = [(f.value, f.unit, f.hedge) for f in find_figures("eine Pause von 2 bis 3 Tagen")]
    assert got == [(3.0, "days", "up_to"), (2.0, "days", "at_least")]
    got = [(f.value, f.unit, f.hedge, f.per_side) for f in find_figures(
        "They will free wounded prisoners of war, at least 400 on each side.")]
    assert got == [(400.0, "prisoners", "at_least", True)]


def test_english_never_recognise() -> None:
    assert [g[:4] for g in _stances("Kyiv will never recognise Moscow's rule over Crimea.")] == [
        ("UKR", "territory.crimea", "reject", "de_jure")]


def test_written_range_of_hours() -> None:
    got = [(f.value, f.unit, f.hedge) for f in find_figures("Das Treffen dauerte zwei bis drei Stunden.")]
    assert got == [(3, "hours", "up_to"), (2, "hours", "at_least")]


def test_acceptance_tied_to_a_condition_is_conditional() -> None:
    got = _stances("Kiew sei bereit, auf Gebietsabtretungen einzugehen, wenn es im Gegenzug "
                   "Sicherheitsgarantien erhalte, sagte ein Berater.")
    # the acceptance is conditional; what Kyiv states as its condition (guarantees) is a demand
    assert {g[:3] for g in got} == {("UKR", "territory.donbas", "conditional"),
                                    ("UKR", "security.guarantees", "demand")}


def test_cession_unwillingness_and_continued_talks() -> None:
    assert [g[:3] for g in _stances("Sybiha lehnte am 2. Juli jede Abtretung von Land an Russland ab.")] == [
        ("UKR", "territory.donbas", "reject")]
    assert [g[:3] for g in _stances("Moskau sei nicht bereit, einer Feuerpause zuzustimmen.")] == [
        ("RUS", "ceasefire.sequence", "reject")]
    assert [g[:3] for g in _stances("Moskau weist die Forderung nach einem Waffenstillstand zurück.")] == [
        ("RUS", "ceasefire.sequence", "reject")]
    assert _events("Die Gespräche sollen im Juni in Genf fortgesetzt werden.") == [
        ("round", "geneva", "planned")]


def test_a_line_longer_than_spacys_default_limit_is_split() -> None:
    """Ingest admits articles of up to 2,000,000 characters, possibly on one line; spaCy's
    default `max_length` (1,000,000) made such a line fail extraction with E088."""
    line = "Die Gespräche gehen weiter. " * 37_500  # 1,050,000 characters, one line
    spans = sentences(line, "de")
    assert len(spans) == 37_500
    assert line[spans[-1][0]:spans[-1][1]] == "Die Gespräche gehen weiter."
