"""An event told in several sentences (a headline and the body, a round continued, an agreement
or a step told again) is one record that keeps every sentence it was read from
(`NewsEvent.evidence`); the scorer matches a gold record on any of them; the store, the report
and the evidence command show them. The sentences are written for these tests."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.news.extract import analyse, extract
from accord.news.facts import NewsEvent
from tests.articles import lengthen

REPO = Path(__file__).resolve().parents[1]
PUB = "2026-03-05"


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in analyse(text, PUB)[3]]


def _covers_each(e: NewsEvent, text: str, pieces: list[str]) -> bool:
    """Whether the event's evidence holds a sentence of each piece of the text."""
    return all(any(a <= text.index(p) < b for a, b in e.evidence) for p in pieces)


# --- one event told in two or three sentences: one record whose evidence covers each ---------

@pytest.mark.parametrize(("text", "kind", "pieces"), [
    # a round continued in the next sentence
    ("Russian and Ukrainian delegations met in Istanbul on Monday for direct talks. The meeting in "
     "Istanbul lasted about two hours, the Turkish foreign ministry said.",
     "round", ["Russian and", "The meeting"]),
    ("Die Delegationen Russlands und der Ukraine trafen sich am Montag in Genf zu Gesprächen. Das "
     "Treffen in Genf dauerte rund drei Stunden, wie ein Sprecher sagte.",
     "round", ["Die Delegationen", "Das Treffen"]),
    # a headline, the body and a sentence going on with the round
    ("Gespräche in Riad nach sechs Stunden beendet\n\nDelegationen der USA und Russlands "
     "verhandelten am Dienstag in Riad. Die Gespräche in Riad dauerten sechs Stunden, sagte ein "
     "saudischer Beamter.",
     "round", ["Gespräche in Riad nach", "Delegationen der", "Die Gespräche"]),
    # an exchange told in a headline and in the body
    ("Kyjiw und Moskau vereinbaren Austausch von 200 Gefangenen\n\nDie Ukraine und Russland haben "
     "sich am Dienstag in Abu Dhabi darauf verständigt, jeweils 200 Gefangene auszutauschen, "
     "teilten die Vermittler mit.",
     "partial_agreement", ["Kyjiw und", "Die Ukraine"]),
    # an exchange restated with who was among those released
    ("Ukraine and Russia carried out a prisoner exchange on Wednesday, returning 180 soldiers each. "
     "Among those released were several wounded fighters, the Ukrainian side said.",
     "partial_agreement", ["Ukraine and", "Among those"]),
    # a summit told in a caption and as talks in the body
    ("A banner announces the peace summit held in Geneva on March 3, 2026.\n\nDelegations of 60 "
     "countries met in Geneva on March 3-4 to discuss a path to peace.",
     "summit", ["A banner", "Delegations of"]),
    ("Gipfeltreffen in Genf am 3. März 2026\n\nVertreter aus 60 Staaten kamen am 3. und 4. März in "
     "Genf zusammen, um über einen Weg zum Frieden zu beraten.",
     "summit", ["Gipfeltreffen", "Vertreter aus"]),
])
def test_one_event_told_in_several_sentences_is_one_record_read_from_each(
        text: str, kind: str, pieces: list[str]) -> None:
    found = [e for e in extract(text, "t", PUB).events if e.kind == kind]
    assert len(found) == 1, found
    e = found[0]
    assert _covers_each(e, text, pieces), e.evidence
    assert len(e.evidence) == len(pieces)
    # the main sentence stays the first one the event was read from
    assert (e.start, e.end) == e.evidence[0]
    assert set(e.evidence) <= set(_sentence_spans(text))


_FILLER_DE = ["Die Preise für Heizöl stiegen im Winter deutlich.", "In vielen Städten fiel der "
              "Unterricht aus.", "Die Bahn meldete Verspätungen im Fernverkehr.", "Ein Sturm "
              "beschädigte mehrere Dächer.", "Die Ernte fiel in diesem Jahr geringer aus.",
              "Viele Familien sparen bei Reisen.", "Der Winter war ungewöhnlich lang.",
              "Die Schulen öffneten später als geplant."]


def test_a_threat_told_three_times_far_apart_is_one_step_read_from_each() -> None:
    # each retelling is within reach of the one before (not of the first)
    text = ("Russland droht mit dem Ausstieg aus dem Getreideabkommen. " + " ".join(_FILLER_DE)
            + " Der Kreml drohte damit, das Abkommen aufzukündigen. " + " ".join(_FILLER_DE[::-1])
            + " Moskau behält sich das Recht vor, aus dem Abkommen auszusteigen, sagte der Sprecher.")
    steps = [e for e in extract(text, "t", PUB).events if e.kind == "statement_of_intent"]
    assert len(steps) == 1, steps
    assert _covers_each(steps[0], text, ["Russland droht", "Der Kreml drohte", "Moskau behält"])


@pytest.mark.parametrize("text", [
    "Russland droht damit, das Getreideabkommen aufzukündigen, falls der Westen seine Zusagen "
    "nicht einhält.",
    "Moskau behält sich das Recht vor, aus der Feuerpause auszusteigen, teilte der Kreml mit.",
    "Moscow reserves the right to exit the energy truce, a Kremlin spokesman said on Tuesday.",
    "The Kremlin threatened to scrap the grain deal if its demands were not met.",
])
def test_a_threat_to_leave_a_deal_told_with_its_verb_is_a_step(text: str) -> None:
    assert [e.kind for e in extract(text, "t", PUB).events] == ["statement_of_intent"]


@pytest.mark.parametrize("text", [
    # two rounds in two cities on one day
    "Russian and Ukrainian negotiators met in Geneva on Monday. On the same day, Russian and "
    "Ukrainian officials also held talks in Istanbul.",
    # a round held and the next one planned
    "Die Delegationen Russlands und der Ukraine trafen sich am Montag in Genf. Die nächste Runde "
    "soll am 20. März in Genf stattfinden.",
])
def test_different_meetings_stay_apart(text: str) -> None:
    rounds = [e for e in extract(text, "t", PUB).events if e.kind in ("round", "summit")]
    assert len(rounds) == 2, rounds
    assert all(len(e.evidence) == 1 for e in rounds)


@pytest.mark.parametrize("text", [
    "The foreign ministers of Ukraine and Russia held talks in Turkey on Thursday without any "
    "progress. Prices rose sharply. The weather was mild. Ukrainian and Russian diplomats had met "
    "on Thursday in Antalya on the fringes of a forum.",
    "Der ukrainische Außenminister traf am Donnerstag in der Türkei seinen russischen Amtskollegen. "
    "Die Preise stiegen. Die Schulen blieben zu. Die Außenminister Russlands und der Ukraine kamen "
    "am Donnerstag in Antalya zusammen, teilte das Ministerium mit.",
])
def test_the_same_sides_on_the_same_day_once_without_a_place_are_one_meeting(text: str) -> None:
    [e] = [e for e in extract(text, "t", PUB).events if e.kind == "round"]
    assert e.place == "antalya" and len(e.evidence) == 2


def test_other_sides_on_the_same_day_stay_apart() -> None:
    text = ("The foreign ministers of Ukraine and Russia held talks in Turkey on Thursday without any "
            "progress. Prices rose sharply. The weather was mild. US and Russian diplomats met on "
            "Thursday in Antalya on the fringes of a forum.")
    rounds = [e for e in extract(text, "t", PUB).events if e.kind == "round"]
    assert len(rounds) == 2 and all(len(e.evidence) == 1 for e in rounds)


def test_two_exchanges_on_two_days_stay_apart() -> None:
    text = ("Russia and Ukraine exchanged 100 prisoners each on Monday, officials said. "
            "On Thursday the two sides swapped another 90 prisoners each, the mediators said.")
    swaps = [e for e in extract(text, "t", PUB).events if e.kind == "partial_agreement"]
    assert len(swaps) == 2, swaps
    assert swaps[0].date_start != swaps[1].date_start


# --- invariants over articles put together from pieces ----------------------------------------

_PIECES = [
    "Russian and Ukrainian delegations met in Istanbul on Monday for direct talks.",
    "The meeting in Istanbul lasted about two hours, the Turkish foreign ministry said.",
    "Die Delegationen Russlands und der Ukraine trafen sich am Montag in Genf zu Gesprächen.",
    "Das Treffen in Genf dauerte rund drei Stunden, wie ein Sprecher sagte.",
    "Ukraine and Russia carried out a prisoner exchange on Wednesday, returning 180 soldiers each.",
    "Among those released were several wounded fighters, the Ukrainian side said.",
    "Gespräche in Riad nach sechs Stunden beendet",
    "Russland droht damit, das Getreideabkommen aufzukündigen.",
    "Moscow reserves the right to exit the energy truce, a Kremlin spokesman said.",
    "The next round is to take place in Geneva on March 20.",
    "A banner announces the peace summit held in Geneva on March 3, 2026.",
    "Die Preise für Heizöl stiegen im Winter deutlich.",
    "Kyiv accused Moscow of breaking the truce on Tuesday.",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8),
       st.lists(st.sampled_from([" ", "\n\n", "\n"]), min_size=8, max_size=8))
def test_evidence_spans_are_sentences_of_the_article(pieces: list[str], joins: list[str]) -> None:
    text = "".join(p + j for p, j in zip(pieces, joins, strict=False)).strip()
    sentences = set(_sentence_spans(text))
    for e in extract(text, "t", PUB).events:
        assert e.evidence == sorted(set(e.evidence))  # in text order, no repeats
        assert (e.start, e.end) in e.evidence  # the main sentence is among them
        for a, b in e.evidence:
            assert 0 <= a < b <= len(text)
            assert (a, b) in sentences  # each one a sentence of the article


def test_an_event_made_from_a_stored_row_without_evidence_reads_its_own_span() -> None:
    e = NewsEvent(start=4, end=9, kind="round")
    assert e.evidence == [(4, 9)] and e.last_end == 9
    e.told_in(20, 30)
    e.told_in(20, 30)
    e.absorb(NewsEvent(start=0, end=3, kind="round", evidence=[[0, 3], [40, 50]]))  # type: ignore[list-item]
    assert e.evidence == [(0, 3), (4, 9), (20, 30), (40, 50)] and e.last_end == 50
    assert json.loads(json.dumps(e.__dict__["evidence"])) == [[0, 3], [4, 9], [20, 30], [40, 50]]


# --- the scorer: a gold record matches on any sentence an event was read from -----------------

@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_extraction_ev13",
                                                  REPO / "benchmarks" / "extraction.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold(kind: str, where: tuple[int, int], date: str | None = "2026-03-02") -> dict[str, Any]:
    return {"kind": kind, "place": None, "date_start": date, "date_end": date, "where": list(where)}


def _pred(kind: str, spans: list[tuple[int, int]], date: str | None = "2026-03-02") -> dict[str, Any]:
    return {"kind": kind, "place": None, "date_start": date, "start": spans[0][0], "end": spans[0][1],
            "evidence": spans, "cue": "rule: round"}


def test_a_gold_record_matches_the_second_sentence_of_an_event(bench: ModuleType) -> None:
    gold = [_gold("round", (100, 150))]
    told_twice = [_pred("round", [(0, 50), (100, 150)])]
    told_once = [{**_pred("round", [(0, 50)]), "evidence": None}]
    assert len(bench._match_spans(gold, told_twice, bench.corpus_same_event, True)) == 1
    assert bench._match_spans(gold, told_once, bench.corpus_same_event, True) == []


def test_matching_stays_one_to_one_over_the_spans(bench: ModuleType) -> None:
    # two gold records in the two sentences of one event: one match, the other gold is missed
    gold = [_gold("round", (0, 50)), _gold("round", (100, 150))]
    preds = [_pred("round", [(0, 50), (100, 150)])]
    pairs = bench._match_spans(gold, preds, bench.corpus_same_event, True)
    assert len(pairs) == 1 and pairs[0][0] is gold[0]
    # two events, one read from both sentences: the one whose own sentence it is takes the gold
    gold = [_gold("round", (100, 150))]
    preds = [_pred("round", [(0, 50), (100, 120)]), _pred("round", [(100, 150)])]
    [(_, p)] = bench._match_spans(gold, preds, bench.corpus_same_event, True)
    assert p is preds[1]


def test_misses_and_rules_are_counted_over_the_spans(bench: ModuleType) -> None:
    body = "x" * 200
    doc = {"name": "synthetic", "body": body, "published": PUB, "split": "all",
           "gold": {"events": [_gold("round", (100, 150)), _gold("claim", (0, 50))],
                    "stances": [], "figures": []}}
    preds = {"events": [_pred("round", [(0, 50), (100, 150)])], "stances": [], "figures": []}
    r = bench.score_corpus([doc], lambda d: preds)
    assert r["scores"]["events"]["matched"] == 1
    # the claim's sentence holds the round's first sentence: another kind in its sentence
    assert r["causes"]["events"] == {"missed: other kind in its sentence (round for claim)": 1}
    [(_, counts)] = [(k, v) for k, v in r["rules"].items() if k.startswith("events")]
    assert counts == {"pred": 1, "tp": 1, "kind_in_sentence": 1}


def test_a_second_annotation_is_scored_on_its_own_sentence(bench: ModuleType) -> None:
    other = {"events": [_gold("round", (100, 150))], "stances": [], "figures": []}
    [p] = bench.annotation_predictions(other)["events"]
    assert bench._spans(p) == [(100, 150)]


# --- users see it: the store, the timeline, the report, the evidence command ------------------

_TOLD_TWICE = ("Die Delegationen Russlands und der Ukraine trafen sich am Montag in Genf zu Gesprächen. "
               "Das Treffen in Genf dauerte rund drei Stunden, wie ein Sprecher sagte.")


@pytest.fixture
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))


@pytest.mark.usefixtures("_home")
def test_the_store_keeps_and_shows_every_sentence(tmp_path: Path) -> None:
    from accord.news.merge import compare
    from accord.news.pipeline import ingest
    from accord.store import Store
    from accord.store.views import news_timeline
    from tests.cli import run

    path = tmp_path / "genf.txt"
    path.write_text(lengthen(f" date {PUB} {_TOLD_TWICE}"), encoding="utf-8")
    ingest([str(path)], Store())
    assert Store().check() == []
    [row] = [r for r in news_timeline(Store()) if r["kind"] == "round"]
    assert len(row["evidence"]) == 2 and row["evidence"][0] == [row["start"], row["end"]]
    code, out, _ = run("evidence", row["id"], "--json")
    assert code == 0
    data = json.loads(out)
    [further] = data["further_passages"]
    assert further["passage"].startswith("Das Treffen in Genf")
    code, out, _ = run("evidence", row["id"])
    assert code == 0 and "also told in" in out
    code, out, _ = run("timeline")
    assert code == 0 and f"{row['id']} +1" in out
    from accord.io import load

    news = compare(load("ukraine-2022-2026"), Store(), "2026-03-05")
    passages = [r["evidence"] for r in news["timeline"] if r.get("place") == "geneva"]
    passages += [v for v in news["matched"].values()]
    quotes = [e["quote"] for group in passages for e in group]
    assert any(q.startswith("Die Delegationen") for q in quotes)
    assert any(q.startswith("Das Treffen in Genf") for q in quotes)


@pytest.mark.usefixtures("_home")
def test_a_store_written_before_the_column_stays_readable(tmp_path: Path) -> None:
    import duckdb

    from accord.store import Store
    from accord.store.db import MIGRATE, SCHEMA, event_evidence
    from accord.store.views import news_timeline

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(SCHEMA.replace(", evidence VARCHAR);", ");"))
    con.execute("INSERT INTO documents VALUES ('d', 1, NULL, NULL, 'de', '2026-03-05', NULL, 20, "
                "'Ein Treffen in Genf.', 0, NULL, NULL, 'old')")
    con.execute("INSERT INTO provenance VALUES ('d', 'x', '', 'txt')")
    con.execute("INSERT INTO events (id, doc, start, \"end\", kind) VALUES ('d:e0', 'd', 0, 20, 'round')")
    con.close()
    store = Store(path)
    [row] = news_timeline(store)  # read before any write: no column yet
    assert row["evidence"] == [[0, 20]]
    with store.connect(write=True) as c:  # the next write adds the column, empty
        assert "evidence" in [r[0] for r in c.execute("DESCRIBE events").fetchall()]
    assert MIGRATE.count("evidence") == 1
    [row] = news_timeline(store)
    assert row["evidence"] == [[0, 20]] and event_evidence(row) == [(0, 20)]
    assert store.check() == []


# a deal signed in the sentence after the agreement: the agreement is read from both sentences,
# and its own span stays the first (review13: the signing merge grew the span instead, so the
# store's check found an event whose span was no sentence of its evidence)
_SIGNED_LATER = [
    ("Russia and Ukraine agreed on a grain deal on Monday. The agreement was signed in Istanbul.",
     "The agreement was signed"),
    ("Russland und die Ukraine einigten sich am Montag auf ein Getreideabkommen. Unterzeichnet "
     "wurde die Vereinbarung in Istanbul.", "Unterzeichnet wurde"),
]


@pytest.mark.parametrize(("text", "signing"), _SIGNED_LATER)
def test_a_deal_signed_in_the_next_sentence_is_read_from_both(text: str, signing: str) -> None:
    [e] = [e for e in extract(text, "x", PUB).events if e.kind == "partial_agreement"]
    spans = _sentence_spans(text)
    assert (e.start, e.end) == spans[0]
    assert e.evidence == spans[:2] and spans[1][0] == text.index(signing)


@pytest.mark.usefixtures("_home")
def test_a_deal_signed_in_the_next_sentence_passes_the_store_check(tmp_path: Path) -> None:
    from accord.news.pipeline import ingest
    from accord.store import Store

    path = tmp_path / "deal.txt"
    path.write_text(lengthen(f" date {PUB} {_SIGNED_LATER[0][0]}"), encoding="utf-8")
    ingest([str(path)], Store())
    assert Store().check() == []
