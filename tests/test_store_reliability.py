"""Reliability of ingestion: killed processes, concurrent writers and identical results whatever
the parallelism. These start real processes and are marked slow."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from accord.news.synthetic import corpus
from accord.store import Store

pytestmark = pytest.mark.slow


def _corpus(folder: Path, n: int, seed: int, per_file: int = 1) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    texts = corpus(n, seed=seed)
    for i in range(0, n, per_file):
        if per_file == 1:
            (folder / f"a{i:05d}.txt").write_text(texts[i], encoding="utf-8")
        else:
            with (folder / f"b{i:05d}.jsonl").open("w", encoding="utf-8") as fh:
                for t in texts[i:i + per_file]:
                    fh.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
    return texts


def _ingest_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "accord", "ingest", *args, "--json"]


def _env(home: Path) -> dict[str, str]:
    return os.environ | {"ACCORD_HOME": str(home)}


def _assert_complete(home: Path, n: int) -> None:
    store = Store(home / "news.duckdb")
    assert store.check() == []
    counts = store.counts()
    assert counts["documents"] == n
    assert counts["provenance"] == n
    dup = store.query("SELECT count(*) AS n FROM (SELECT doc, count(*) c FROM events "
                      "GROUP BY doc, id HAVING count(*) > 1)")
    assert dup[0]["n"] == 0
    # every stored document has all its facts: the same as extracting it afresh
    docs = store.query("SELECT id, text, published FROM documents ORDER BY seq LIMIT 25")
    from accord.news.extract import extract

    for d in docs:
        n_st = store.query("SELECT count(*) AS n FROM stances WHERE doc = ?", [d["id"]])[0]["n"]
        assert n_st == len(extract(d["text"], d["id"], d["published"]).stances)


def _kill_repeatedly_then_rerun(tmp_path: Path, kills: int, seed: int, pause: tuple[float, float]
                                ) -> tuple[Path, Path]:
    """Start an ingest of tmp_path/in and kill -9 it after a random pause, `kills` times; after
    each kill the store must be consistent. Then one ingest runs to the end. Returns the input
    folder and the store's home."""
    home = tmp_path / "home"
    rng = random.Random(seed)
    for _ in range(kills):
        proc = subprocess.Popen(_ingest_cmd(str(tmp_path / "in")), env=_env(home),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(*pause))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if (home / "news.duckdb").exists():
            assert Store(home / "news.duckdb").check() == []
    return tmp_path / "in", home


def _ingest_to_end(folder: Path, home: Path) -> dict[str, int]:
    done = subprocess.run(_ingest_cmd(str(folder)), env=_env(home), capture_output=True,
                          text=True, check=True, timeout=600)
    summary: dict[str, int] = json.loads(done.stdout)
    return summary


def test_kill_9_at_random_points_then_rerun(tmp_path: Path) -> None:
    n = 240
    _corpus(tmp_path / "in", n, seed=11)
    folder, home = _kill_repeatedly_then_rerun(tmp_path, 20, seed=20, pause=(0.3, 4.0))
    summary = _ingest_to_end(folder, home)
    assert summary["added"] + summary["duplicates"] == n
    _assert_complete(home, n)
    assert _ingest_to_end(folder, home)["added"] == 0


def test_two_concurrent_ingesting_processes(tmp_path: Path) -> None:
    n = 160
    _corpus(tmp_path / "in", n, seed=12, per_file=8)
    home = tmp_path / "home"
    procs = [subprocess.Popen(_ingest_cmd(str(tmp_path / "in")), env=_env(home),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = [p.communicate(timeout=600) for p in procs]
    assert all(p.returncode == 0 for p in procs), results
    summaries = [json.loads(out) for out, _ in results]
    assert sum(s["added"] for s in summaries) == n
    assert sum(s["duplicates"] for s in summaries) == n
    _assert_complete(home, n)


def _export(home: Path, out: Path) -> dict[str, str]:
    Store(home / "news.duckdb").export(out, "jsonl")
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.jsonl"))}


def test_store_contents_do_not_depend_on_parallelism(tmp_path: Path) -> None:
    n = 150
    _corpus(tmp_path / "in", n, seed=13, per_file=10)
    from accord.news.pipeline import ingest

    ingest([str(tmp_path / "in")], Store(tmp_path / "one" / "news.duckdb"), workers=1)
    two = ingest([str(tmp_path / "in")], Store(tmp_path / "two" / "news.duckdb"), workers=2,
                 parallel_min_bytes=0)
    assert two.workers == 2 and not two.notes
    a = _export(tmp_path / "one", tmp_path / "x1")
    b = _export(tmp_path / "two", tmp_path / "x2")
    assert a.keys() == b.keys() and all(a[k] == b[k] for k in a)


def test_dask_scheduler_gives_the_same_store(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    n = 40
    _corpus(tmp_path / "in", n, seed=14, per_file=10)
    from accord.news.pipeline import ingest

    ingest([str(tmp_path / "in")], Store(tmp_path / "one" / "news.duckdb"))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        ingest([str(tmp_path / "in")], Store(tmp_path / "dask" / "news.duckdb"),
               scheduler=cluster.scheduler_address)
    a = _export(tmp_path / "one", tmp_path / "x1")
    b = _export(tmp_path / "dask", tmp_path / "x2")
    assert a == b


def test_kill_9_while_streaming_one_jsonl_file_then_rerun(tmp_path: Path) -> None:
    """Batches from one large file: a killed run leaves whole documents only, and a re-run adds
    exactly the missing ones."""
    n = 300
    _corpus(tmp_path / "in", n, seed=15, per_file=n)
    folder, home = _kill_repeatedly_then_rerun(tmp_path, 8, seed=21, pause=(1.0, 6.0))
    summary = _ingest_to_end(folder, home)
    assert summary["added"] + summary["duplicates"] == n
    _assert_complete(home, n)
