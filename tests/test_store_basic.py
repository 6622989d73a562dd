"""The news store: idempotent ingestion, duplicates, near-duplicates, re-extraction, queries,
evidence and export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from accord.news.pipeline import ingest
from accord.news.synthetic import corpus
from accord.store import Store, default_home
from tests.cli import run

DATA = Path(__file__).parent / "data" / "news"


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))


def test_store_lives_under_accord_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert default_home() == tmp_path / "home"
    monkeypatch.delenv("ACCORD_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_home() == tmp_path / "xdg" / "accord"


def test_same_folder_twice_adds_nothing() -> None:
    code, first, _ = run("ingest", str(DATA), "--json")
    assert code == 0
    counts = Store().counts()
    code, second, _ = run("ingest", str(DATA), "--json")
    assert code == 0
    assert json.loads(second)["added"] == 0
    assert json.loads(second)["duplicates"] == json.loads(first)["added"] == counts["documents"]
    assert Store().counts() == counts
    assert Store().check() == []


def test_exact_copy_elsewhere_is_stored_once_with_both_sources(tmp_path: Path) -> None:
    copy = tmp_path / "copy" / "same.txt"
    copy.parent.mkdir()
    shutil.copy(DATA / "de_runde.txt", copy)
    summary = ingest([str(DATA / "de_runde.txt"), str(copy)], Store())
    assert (summary.added, summary.duplicates) == (1, 1)
    sources = Store().query("SELECT source FROM provenance ORDER BY source")
    assert [Path(r["source"]).name for r in sources] == ["same.txt", "de_runde.txt"]


def test_near_duplicates_are_linked_not_lost(tmp_path: Path) -> None:
    text = corpus(1, seed=5)[0]
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text + "\n\nMitarbeit: Agenturen.", encoding="utf-8")
    summary = ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], Store())
    assert summary.added == 2 and summary.near_duplicates == 1
    rows = Store().query("SELECT id, near_duplicate_of, near_distance FROM documents ORDER BY seq")
    assert rows[0]["near_duplicate_of"] is None
    assert rows[1]["near_duplicate_of"] == rows[0]["id"] and rows[1]["near_distance"] <= 6


def test_a_newer_extractor_re_extracts(monkeypatch: pytest.MonkeyPatch) -> None:
    ingest([str(DATA / "en_talks.txt")], Store())
    before = Store().counts()
    import accord.store.db as db

    monkeypatch.setattr(db, "EXTRACTOR_VERSION", "test-next")
    summary = ingest([str(DATA / "en_talks.txt")], Store())
    assert summary.updated == 1
    assert Store().counts() == before
    assert Store().query("SELECT extractor FROM documents")[0]["extractor"] == "test-next"


def test_timeline_stances_and_evidence_commands() -> None:
    run("ingest", str(DATA))
    code, out, _ = run("timeline", "--json", "--kind", "round")
    rounds = json.loads(out)
    assert code == 0 and {r["place"] for r in rounds} >= {"istanbul", "abu_dhabi"}
    code, out, _ = run("stances", "--actor", "RUS", "--issue", "alliance", "--json")
    rows = json.loads(out)
    assert rows and all(r["actor"] == "RUS" and r["issue"].startswith("alliance.") for r in rows)
    code, out, _ = run("evidence", rows[0]["id"], "--json")
    ev = json.loads(out)
    assert code == 0 and "Nato" in ev["passage"] and ev["sources"]
    code, out, _ = run("evidence", rows[0]["id"])
    assert code == 0 and "evidence" in out
    code, _, err = run("evidence", "nope:s1")
    assert code == 2 and "no such fact" in err
    code, _, err = run("stances", "--since", "gestern")
    assert code == 2 and "--since" in err


def test_commands_on_an_empty_store() -> None:
    code, out, _ = run("timeline", "--json")
    assert code == 0 and json.loads(out) == []
    assert not Store().exists  # reading does not create the store


def test_export_parquet_and_jsonl(tmp_path: Path) -> None:
    run("ingest", str(DATA))
    code, _, _ = run("export", str(tmp_path / "pq"))
    assert code == 0
    import duckdb

    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM '{tmp_path / 'pq' / 'stances.parquet'}'").fetchone()
    con.close()
    assert n is not None and n[0] == Store().counts()["stances"]
    code, _, _ = run("export", str(tmp_path / "js"), "--format", "jsonl")
    lines = (tmp_path / "js" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == Store().counts()["documents"]
    assert json.loads(lines[0])["text"]
    code, _, err = run("export", str(tmp_path / "x"), "--format", "csv")
    assert code == 2 and "parquet or jsonl" in err


def test_bad_field_option_is_refused() -> None:
    code, _, err = run("ingest", str(DATA / "batch.jsonl"), "--field", "body")
    assert code == 2 and "KEY=NAME" in err
