"""Property: how items are split into `Store.write` calls and transactions does not change the
store (duplicates, near-duplicates and repeated sources included)."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import accord.store.db as db
from accord.news.ingest import Article
from accord.news.normalise import normalise_text
from accord.news.pipeline import process
from accord.news.synthetic import corpus
from accord.store import Store

_TEXTS = corpus(4, seed=31)
_TEXTS += [_TEXTS[1] + "\n\nMitarbeit: Agenturen."]  # a near-duplicate of text 1
_DONE: dict[tuple[int, int], tuple[Article, object, int]] = {}


def _item(i: int, source: int) -> tuple[Article, object, int]:
    key = (i, source)
    if key not in _DONE:
        _DONE[key] = process(Article(text=normalise_text(_TEXTS[i]), source=f"s{source}.txt"))
    return _DONE[key]


def _export(path: Path, out: Path) -> dict[str, str]:
    Store(path).export(out, "jsonl")
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.jsonl"))}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=st.lists(st.tuples(st.integers(0, len(_TEXTS) - 1), st.integers(0, 2)), min_size=1,
                      max_size=12),
       cuts=st.lists(st.integers(1, 11), max_size=3), batch=st.integers(1, 5))
def test_split_into_writes_and_batches_does_not_matter(
        items: list[tuple[int, int]], cuts: list[int], batch: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    seq = [_item(i, s) for i, s in items]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        reference = Store(root / "one.duckdb")
        monkeypatch.setattr(db, "BATCH", 1)
        expected = [(r.doc, r.status, r.near_duplicate_of)
                    for r in reference.write(seq)]  # type: ignore[arg-type]
        monkeypatch.setattr(db, "BATCH", batch)
        store = Store(root / "many.duckdb")
        got = []
        bounds = [0, *sorted({c for c in cuts if c < len(seq)}), len(seq)]
        for a, b in itertools.pairwise(bounds):
            got += [(r.doc, r.status, r.near_duplicate_of)
                    for r in store.write(seq[a:b])]  # type: ignore[arg-type]
        assert got == expected
        assert _export(root / "one.duckdb", root / "x1") == _export(root / "many.duckdb", root / "x2")
        assert store.check() == []
