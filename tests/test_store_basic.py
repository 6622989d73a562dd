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
    assert sorted(Path(r["source"]).name for r in sources) == ["de_runde.txt", "same.txt"]


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
    # the message names the store read and where a good id comes from ("check the id" before)
    assert "news.duckdb" in err and "accord timeline" in err and "check the id" not in err
    code, _, err = run("evidence", "nosuchdocument")
    assert code == 2 and "nor among the scenario's sources" in " ".join(err.split())
    assert "check the id" not in err
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
    code, _, err = run("export", str(tmp_path / "x"), "--format", "xlsx")
    assert code == 2 and ("--format: found 'xlsx'; expected a known format: parquet, jsonl, csv"
                          in err) and "add --scenario NAME" in err


def test_the_store_exports_as_csv_too() -> None:
    """An analyst asked for CSV of the store and was refused ("Fix: or add --scenario NAME to
    export an analysis as csv/xlsx"): every table is written with a header row."""
    import csv
    import tempfile

    run("ingest", str(DATA))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        code, _, err = run("export", str(folder), "--format", "csv")
        assert code == 0, err
        counts = Store().counts()
        for table, n in counts.items():
            with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
                rows = list(csv.DictReader(fh))
            assert len(rows) == n, table
        with (folder / "events.csv").open(encoding="utf-8", newline="") as fh:
            first = next(csv.DictReader(fh))
        assert first["id"].startswith(first["doc"] + ":e") and "kind" in first


def test_bad_field_option_is_refused() -> None:
    code, _, err = run("ingest", str(DATA / "batch.jsonl"), "--field", "body")
    assert code == 2 and "KEY=NAME" in err


def _export_all(path: Path, out: Path) -> dict[str, str]:
    Store(path).export(out, "jsonl")
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.jsonl"))}


def test_batched_writes_equal_one_transaction_per_document(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Duplicates, near-duplicates and repeated sources inside one batch come out exactly as
    when every document is written in its own transaction."""
    import accord.store.db as db

    texts = corpus(12, seed=9)
    folder = tmp_path / "in"
    folder.mkdir()
    for i, t in enumerate(texts):
        (folder / f"a{i:02d}.txt").write_text(t, encoding="utf-8")
    (folder / "b-copy.txt").write_text(texts[3], encoding="utf-8")  # exact duplicate
    (folder / "c-near.txt").write_text(texts[5] + "\n\nMitarbeit: Agenturen.", encoding="utf-8")
    with (folder / "d.jsonl").open("w", encoding="utf-8") as fh:  # duplicates inside one file
        for t in (texts[0], texts[0], texts[7]):
            fh.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
    batched = ingest([str(folder)], Store(tmp_path / "batched.duckdb"))
    monkeypatch.setattr(db, "BATCH", 1)
    single = ingest([str(folder)], Store(tmp_path / "single.duckdb"))
    assert batched.as_dict() == single.as_dict()
    assert (batched.added, batched.duplicates, batched.near_duplicates) == (13, 4, 1)
    a = _export_all(tmp_path / "batched.duckdb", tmp_path / "xa")
    b = _export_all(tmp_path / "single.duckdb", tmp_path / "xb")
    assert a == b
    assert Store(tmp_path / "batched.duckdb").check() == []


def test_a_failed_batch_leaves_nothing_and_a_rerun_completes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import accord.store.db as db

    texts = corpus(6, seed=10)
    folder = tmp_path / "in"
    folder.mkdir()
    for i, t in enumerate(texts):
        (folder / f"a{i}.txt").write_text(t, encoding="utf-8")
    store = Store(tmp_path / "s.duckdb")
    ingest([str(folder / "a0.txt")], store)
    calls = {"n": 0}
    real = db._bulk_insert

    def failing(con: object, table: str, rows: list[list[object]], conflict: str = "") -> None:
        real(con, table, rows, conflict)
        calls["n"] += 1
        if table == "stances":  # after documents, provenance and mentions went in
            raise RuntimeError("disk full")

    monkeypatch.setattr(db, "_bulk_insert", failing)
    with pytest.raises(RuntimeError):
        ingest([str(folder)], store)
    assert calls["n"] >= 3
    assert store.counts()["documents"] == 1 and store.check() == []
    monkeypatch.setattr(db, "_bulk_insert", real)
    summary = ingest([str(folder)], store)
    assert (summary.added, summary.duplicates) == (5, 1)
    assert store.check() == [] and store.counts()["documents"] == 6


def test_few_articles_with_workers_use_one_process_with_a_note() -> None:
    code, out, _ = run("ingest", str(DATA), "--workers", "2", "--json")
    summary = json.loads(out)
    assert code == 0 and summary["workers"] == 1
    assert "instead of 2" in summary["notes"][0]
