"""Re-ingest: stored documents are recognised by content hash before extraction; the summary
says how many were already stored; a stored text read from a new place adds its source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import accord.news.pipeline as pipeline
from accord.news.pipeline import ingest
from accord.news.synthetic import corpus
from accord.store import Store
from tests.cli import run


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))


def _folder(root: Path, texts: list[str]) -> Path:
    folder = root / "in"
    folder.mkdir(exist_ok=True)
    for i, t in enumerate(texts):
        (folder / f"a{i}.txt").write_text(t, encoding="utf-8")
    return folder


def test_stored_documents_are_not_extracted_again(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    texts = corpus(5, seed=3)
    folder = _folder(tmp_path, texts[:3])
    first = ingest([str(folder)], Store())
    assert (first.added, first.skipped) == (3, 0)
    counts = Store().counts()
    extracted: list[str] = []
    real = pipeline.process

    def counting(article: pipeline.Article) -> object:
        extracted.append(article.source)
        return real(article)

    monkeypatch.setattr(pipeline, "process", counting)
    _folder(tmp_path, texts)  # two new files next to the three stored ones
    again = ingest([str(folder)], Store())
    assert sorted(Path(s).name for s in extracted) == ["a3.txt", "a4.txt"]
    assert (again.articles, again.added, again.duplicates, again.skipped) == (5, 2, 3, 3)
    assert Store().counts()["documents"] == counts["documents"] + 2


def test_a_stored_text_from_a_new_place_adds_only_its_source(tmp_path: Path) -> None:
    text = corpus(1, seed=4)[0]
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "b.txt").write_text(text, encoding="utf-8")
    ingest([str(tmp_path / "a.txt")], Store())
    before = Store().counts()
    summary = ingest([str(tmp_path / "copy" / "b.txt")], Store())
    assert summary.skipped == 1
    after = Store().counts()
    assert after["provenance"] == before["provenance"] + 1
    assert {k: v for k, v in after.items() if k != "provenance"} == \
        {k: v for k, v in before.items() if k != "provenance"}
    assert Store().check() == []


def test_a_newer_extractor_still_re_extracts(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path, corpus(2, seed=5))
    ingest([str(folder)], Store())
    monkeypatch.setattr("accord.store.db.EXTRACTOR_VERSION", "newer")
    summary = ingest([str(folder)], Store())
    assert (summary.skipped, summary.updated) == (0, 2)


def test_the_summary_says_how_many_were_already_stored(tmp_path: Path) -> None:
    folder = _folder(tmp_path, corpus(2, seed=6))
    assert run("ingest", str(folder))[0] == 0
    code, out, _ = run("ingest", str(folder))
    assert code == 0
    assert ("ingested: 2 articles from 2 files: 0 new, 2 already stored (2 recognised before "
            "extraction), 0 re-extracted, 0 not articles, 0 near-duplicates linked") in " ".join(
                out.split())
    code, out, _ = run("ingest", str(folder), "--json")
    data = json.loads(out)
    assert (data["duplicates"], data["skipped"], data["added"]) == (2, 2, 0)
