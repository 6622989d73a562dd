"""Ingestion: read files, extract facts (in parallel workers or on a Dask cluster), write to the
store in input order.

Reading and writing happen in this process; extraction is a pure function of the article, so
`workers=1`, `workers=N` and a Dask scheduler all produce the same store. Articles are handled
in chunks, so memory stays flat however large the corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accord.io import ScenarioFileError
from accord.news.dedupe import simhash
from accord.news.facts import Extraction
from accord.news.ingest import Article, Fields, expand, read_path
from accord.store.db import Store

CHUNK = 64


def process(article: Article) -> tuple[Article, Extraction, int]:
    """Extraction and fingerprint of one article (runs in a worker)."""
    from accord.news.extract import extract

    ex = extract(article.text, article.doc_id, article.published, article.language)
    return article, ex, simhash(article.text)


def _process_chunk(articles: list[Article]) -> list[tuple[Article, Extraction, int]]:
    return [process(a) for a in articles]


@dataclass
class Summary:
    """What an ingest run did."""

    files: int = 0
    articles: int = 0
    added: int = 0
    duplicates: int = 0
    updated: int = 0
    near_duplicates: int = 0
    rejected: list[dict[str, str]] = field(default_factory=list)
    events: int = 0
    stances: int = 0
    figures: int = 0

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def _articles(files: list[Path], fields: Fields, summary: Summary) -> Iterator[Article]:
    for f in files:
        summary.files += 1
        try:
            yield from read_path(f, fields)
        except ScenarioFileError as exc:
            summary.rejected.append({"source": exc.source,
                                     "problem": "; ".join(str(p.problem) for p in exc.problems)})


def _chunks(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for a in items:
        chunk.append(a)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ingest(paths: list[str], store: Store, workers: int = 1, scheduler: str | None = None,
           fields: Fields | None = None, progress: Callable[[int, int], None] | None = None) -> Summary:
    """Ingest every article under `paths` into `store` (see module docstring). `progress(done,
    total_files)` is called after each chunk."""
    files = expand(paths)
    summary = Summary()
    chunks = _chunks(_articles(files, fields or Fields(), summary), CHUNK)
    mapper, close = _mapper(workers, scheduler)
    try:
        for results in mapper(chunks):
            for r in store.write(results):
                summary.articles += 1
                setattr(summary, r.status if r.status != "duplicate" else "duplicates",
                        getattr(summary, r.status if r.status != "duplicate" else "duplicates") + 1)
                if r.near_duplicate_of and r.status == "added":
                    summary.near_duplicates += 1
            for _, ex, _ in results:
                summary.events += len(ex.events)
                summary.stances += len(ex.stances)
                summary.figures += len(ex.figures)
            if progress is not None:
                progress(summary.files, len(files))
    finally:
        close()
    return summary


def _mapper(workers: int, scheduler: str | None) -> tuple[
        Callable[[Iterator[list[Article]]], Iterator[list[tuple[Article, Extraction, int]]]],
        Callable[[], None]]:
    """An ordered map of chunks to results: in-process, a process pool, or a Dask cluster."""
    if scheduler:
        from dask.distributed import Client

        try:
            client = Client(scheduler, timeout=10)  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError, ValueError) as exc:
            raise ScenarioFileError.single("--scheduler", f"{scheduler!r} ({exc})",
                                           "the address of a running Dask scheduler",
                                           "start one with `dask scheduler` and pass its "
                                           "tcp://host:port") from None

        def dask_map(chunks: Iterator[list[Article]]) -> Iterator[list[tuple[Article, Extraction, int]]]:
            pending: list[Any] = []
            for chunk in chunks:
                pending.append(client.submit(_process_chunk, chunk, pure=False))
                if len(pending) >= 8:
                    yield pending.pop(0).result()
            for fut in pending:
                yield fut.result()

        return dask_map, client.close
    if workers > 1:
        import multiprocessing as mp

        pool = mp.get_context("spawn").Pool(workers)

        def pool_map(chunks: Iterator[list[Article]]) -> Iterator[list[tuple[Article, Extraction, int]]]:
            yield from pool.imap(_process_chunk, chunks)

        def close() -> None:
            pool.terminate()
            pool.join()

        return pool_map, close

    def serial(chunks: Iterator[list[Article]]) -> Iterator[list[tuple[Article, Extraction, int]]]:
        for chunk in chunks:
            yield _process_chunk(chunk)

    return serial, lambda: None
