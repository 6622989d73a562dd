"""A near-duplicate (the same story in a second outlet, an updated copy) is stored once as a
document linked to its original; what it tells in the original's sentences is not stored again,
what only it tells (an update's new sentence) is; the ingest says so; a write that fails half-way
leaves nothing of its batch behind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import accord.store.db as db
from accord.news.pipeline import ingest
from accord.news.synthetic import corpus
from accord.store import Store
from tests.cli import run

FACTS = ("events", "stances", "figures", "mentions")


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    text = corpus(1, seed=5)[0]
    a, b = tmp_path / "first.txt", tmp_path / "second.txt"
    a.write_text(text, encoding="utf-8")
    b.write_text(text + "\n\nMitarbeit: Agenturen.", encoding="utf-8")
    return a, b


def _facts(doc: str) -> dict[str, int]:
    return {t: Store().query(f"SELECT count(*) AS n FROM {t} WHERE doc = ?", [doc])[0]["n"]
            for t in FACTS}


def test_a_near_duplicate_is_linked_without_facts_of_its_own(tmp_path: Path) -> None:
    a, b = _pair(tmp_path)
    code, out, err = run("ingest", str(a))
    assert code == 0
    alone = Store().counts()
    assert alone["events"] > 0 and alone["stances"] + alone["figures"] > 0
    code, out, err = run("ingest", str(b))
    assert code == 0
    docs = Store().query("SELECT id, near_duplicate_of, near_distance FROM documents ORDER BY seq")
    assert len(docs) == 2 and docs[1]["near_duplicate_of"] == docs[0]["id"]
    assert _facts(docs[1]["id"]) == dict.fromkeys(FACTS, 0)
    after = Store().counts()
    assert {t: after[t] for t in FACTS} == {t: alone[t] for t in FACTS}
    assert after["documents"] == 2 and after["provenance"] == 2
    # the output names both articles and says what happened
    assert "1 near-duplicate linked" in out and "0 events" in out
    line = " ".join(err.split())
    assert "near-duplicate:" in line and "second.txt" in line and "first.txt" in line
    assert docs[0]["id"] in line and "not stored again" in line
    assert Store().check() == []


def test_same_in_one_run_and_in_json(tmp_path: Path) -> None:
    a, b = _pair(tmp_path)
    code, out, _ = run("ingest", str(a), str(b), "--json")
    assert code == 0
    summary = json.loads(out)
    docs = Store().query("SELECT id FROM documents ORDER BY seq")
    assert summary["near_duplicates"] == 1
    assert summary["near"] == [{"source": str(b), "doc": docs[1]["id"],
                                "duplicate_of": docs[0]["id"], "original_source": str(a),
                                "distance": summary["near"][0]["distance"],
                                "events": 0, "stances": 0, "figures": 0}]
    assert 0 <= summary["near"][0]["distance"] <= 6
    assert summary["events"] == Store().counts()["events"]
    assert _facts(docs[1]["id"]) == dict.fromkeys(FACTS, 0)


def test_a_link_points_at_the_original_not_at_another_copy(tmp_path: Path) -> None:
    a, b = _pair(tmp_path)
    c = tmp_path / "third.txt"
    c.write_text(b.read_text(encoding="utf-8") + "\nQuelle: Nachrichtendienste.", encoding="utf-8")
    ingest([str(a), str(b), str(c)], Store())
    docs = Store().query("SELECT id, near_duplicate_of FROM documents ORDER BY seq")
    assert [d["near_duplicate_of"] for d in docs] == [None, docs[0]["id"], docs[0]["id"]]


def test_a_write_failing_half_way_leaves_nothing_of_its_batch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = _pair(tmp_path)
    ingest([str(a)], Store())
    before = Store().counts()
    real = db._bulk_insert

    def failing(con: object, table: str, rows: list[list[object]], conflict: str = "") -> None:
        real(con, table, rows, conflict)
        if table == "provenance":  # after the documents row was inserted
            raise OSError("disk full")

    monkeypatch.setattr(db, "_bulk_insert", failing)
    extra = tmp_path / "other.txt"
    extra.write_text(corpus(2, seed=9)[1], encoding="utf-8")
    with pytest.raises(OSError):
        ingest([str(b), str(extra)], Store())
    assert Store().counts() == before
    assert Store().check() == []
    monkeypatch.setattr(db, "_bulk_insert", real)
    summary = ingest([str(b), str(extra)], Store())  # the re-run completes the work
    assert (summary.added, summary.near_duplicates) == (2, 1)
    assert Store().check() == []


UPDATE = "\n\nAm Abend vereinbarten beide Seiten den Austausch von je 1000 Gefangenen."


@pytest.mark.parametrize("one_run", [False, True])
def test_what_only_an_updated_copy_tells_is_stored_with_it(tmp_path: Path, one_run: bool) -> None:
    """An updated copy (the same text plus one new sentence) is a near-duplicate: the exchange
    only its new sentence tells was lost, because none of its facts were stored."""
    text = corpus(1, seed=5)[0]
    a, b = tmp_path / "first.txt", tmp_path / "update.txt"
    a.write_text(text, encoding="utf-8")
    b.write_text(text + UPDATE, encoding="utf-8")
    if one_run:
        summary = ingest([str(a), str(b)], Store())
    else:
        ingest([str(a)], Store())
        summary = ingest([str(b)], Store())
    docs = Store().query("SELECT id, near_duplicate_of, text FROM documents ORDER BY seq")
    assert len(docs) == 2 and docs[1]["near_duplicate_of"] == docs[0]["id"]
    new_start = docs[1]["text"].index("Am Abend")
    for table in ("events", "stances", "figures"):  # only facts of the new sentence
        rows = Store().query(f"SELECT start FROM {table} WHERE doc = ?", [docs[1]["id"]])
        assert all(r["start"] >= new_start for r in rows), table
    figures = Store().query("SELECT value, unit FROM figures WHERE doc = ?", [docs[1]["id"]])
    assert [(f["value"], f["unit"]) for f in figures] == [(1000.0, "prisoners")]
    kinds = [e["kind"] for e in Store().query("SELECT kind FROM events WHERE doc = ?",
                                              [docs[1]["id"]])]
    assert kinds == ["partial_agreement"]
    near = summary.near[0]
    assert (near["events"], near["figures"]) == (1, 1)
    assert Store().check() == []
