"""`accord analyze --store`: news events join the timeline; disagreements carry evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.io import load
from accord.news.merge import compare
from accord.news.pipeline import ingest
from accord.store import Store
from tests.articles import lengthen
from tests.cli import run

DATA = Path(__file__).parent / "data" / "news"


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(lengthen(text, len(name)), encoding="utf-8")
    return path


def test_a_round_missing_from_the_scenario_is_flagged_with_its_passage(tmp_path: Path) -> None:
    f = _write(tmp_path, "genf.txt", " date 2025-08-14 Am Dienstag trafen sich Unterhändler Russlands "
               "und der Ukraine in Genf zu einer weiteren Verhandlungsrunde.")
    ingest([str(f)], Store())
    news = compare(load("ukraine-2022-2026"), Store(), "2026-02-03")
    [item] = [d for d in news["disagreements"] if d["type"] == "missing_round"]
    assert "geneva" in item["summary"] and "2025-08-12" in item["summary"]
    [ev] = item["evidence"]
    assert ev["quote"].startswith("Am Dienstag trafen sich") and ev["span"][0] > 0
    assert any(row["source"] == "news" and row["place"] == "geneva" for row in news["timeline"])


def test_a_reported_scenario_event_adds_evidence_instead_of_a_row(tmp_path: Path) -> None:
    f = _write(tmp_path, "ist.txt", " date 2025-05-17 Am Freitag trafen sich die Delegationen "
               "Russlands und der Ukraine in Istanbul zu direkten Gesprächen.")
    ingest([str(f)], Store())
    news = compare(load("ukraine-2022-2026"), Store(), "2026-02-03")
    assert not [d for d in news["disagreements"] if d["type"] == "missing_round"]
    assert any(v for v in news["matched"].values())


def test_changed_position_and_new_stance(tmp_path: Path) -> None:
    f = _write(tmp_path, "pos.txt", " date 2025-09-01 Die Ukraine werde auf den Donbass verzichten "
               "und ihre Truppen abziehen, sagte Präsident Wolodymyr Selenskyj am Montag. "
               "Die Türkei fordert eine Lockerung der Sanktionen gegen Russland.")
    ingest([str(f)], Store())
    news = compare(load("ukraine-2022-2026"), Store(), "2026-02-03")
    kinds = {(d["type"], d["actor"], d["issue"]) for d in news["disagreements"]}
    assert ("new_stance", "TUR", "economy.sanctions") in kinds
    assert all(d["evidence"] and d["evidence"][0]["doc"] for d in news["disagreements"])


def test_analyze_with_store_json_and_terminal() -> None:
    run("ingest", str(DATA))
    code, out, _ = run("analyze", "--store", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["news"]["documents"] == Store().counts()["documents"]
    assert any(e.get("source") == "news" for e in report["timeline"])
    code, out, _ = run("analyze", "--store")
    assert code == 0 and "News vs scenario" in out
    code, out, _ = run("analyze", "--json")
    assert "news" not in json.loads(out)


def test_a_planned_round_reads_as_planned_with_its_span_of_days(tmp_path: Path) -> None:
    """A round announced for late March was listed as "a round in istanbul on 2026-03-21 () that
    the scenario does not list": held, on one day, with empty parties."""
    f = _write(tmp_path, "plan.txt", " date 2026-03-04 Die nächste Gesprächsrunde soll Ende März "
               "in Istanbul stattfinden, hieß es am Mittwoch aus dem Außenministerium.")
    ingest([str(f)], Store())
    news = compare(load("ukraine-2022-2026"), Store(), "2026-02-18")
    [item] = [d for d in news["disagreements"] if d["type"] == "missing_round"]
    assert item["summary"] == ("a planned round in istanbul between 2026-03-21 and 2026-03-31 "
                               "that the scenario does not list")


def test_the_news_table_names_a_fact_once_for_its_sentences() -> None:
    """Each sentence of one round repeated its id and date: "f39..:e0 2026-01-14 Talks ...,
    f39..:e0 2026-01-14 Russian ..., f39..:e0 2026-01-14 The meeting ..."."""
    import io

    from rich.console import Console

    from accord.report.layout import show
    from accord.report.terminal import _news

    ev = [{"fact": "abc:e0", "date": "2026-01-14", "quote": q}
          for q in ("Talks end in Abu Dhabi", "The delegations met for three hours.")]
    news = {"documents": 1, "store": "news.duckdb", "disagreements": [
        {"type": "missing_round", "summary": "a round in abu_dhabi on 2026-01-14 (RUS, UKR)",
         "evidence": ev}]}
    buf = io.StringIO()
    show(Console(file=buf, width=200, color_system=None), _news(news))
    text = buf.getvalue()
    assert text.count("abc:e0") == 1 and text.count("2026-01-14 ") == 2  # the summary's and one
    assert '"Talks end in Abu Dhabi", "The delegations met for three hours."' in text


def test_an_undated_round_in_an_undated_article_is_matched_to_no_scenario_round(tmp_path: Path) -> None:
    """A Geneva round in an article with no date anywhere was filed as evidence of the scenario's
    Geneva talks of 2025-11-23, whatever year it happened in; it is a round of its own now, and
    its summary says why it stands unmatched."""
    f = _write(tmp_path, "genf-undated.txt", "Gespräche in Genf\n\nUnterhändler beider Seiten haben "
               "sich in Genf zu einer neuen Verhandlungsrunde über einen Austausch von Gefangenen "
               "getroffen.")
    ingest([str(f)], Store())
    [doc] = Store().query("SELECT published FROM documents")
    assert doc["published"] is None
    news = compare(load("ukraine-2022-2026"), Store(), "2026-02-18")
    assert not any(v for v in news["matched"].values()), news["matched"]
    [item] = [d for d in news["disagreements"] if d["type"] == "missing_round"]
    assert "geneva on an unstated date (its article has no date either" in item["summary"]
