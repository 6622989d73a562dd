"""Ingestion: read files, extract facts (in parallel workers or on a Dask cluster), write to the
store in input order.

Reading and writing happen in this process; extraction is a pure function of the article, so
`workers=1`, `workers=N` and a Dask scheduler all produce the same store. Articles are handled
in chunks, so memory stays flat however large the corpus.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from accord.io import ScenarioFileError
from accord.news.dedupe import simhash
from accord.news.facts import Extraction
from accord.news.ingest import Article, Fields, expand, file_size, read_path
from accord.news.screen import NotAnArticle, refusal
from accord.store.db import Store

CHUNK = 64
LOOKUP_CHUNKS = 4
"""Chunks whose articles are looked up in the store together (see `_unstored`)."""
PARALLEL_MIN_BYTES = 2_000_000
"""Below this much input (about 650 articles of 3,000 characters, some 8 s of extraction on one
core) `--workers N` runs in one process: starting N fresh interpreters that load spaCy and the
gazetteer costs about 2 s, more than it saves."""
"""Articles per extraction task (sent to a worker as one unit)."""
FLUSH_DOCS = 256
"""Extracted articles written to the store together (one transaction per `Store.write` batch)."""
FLUSH_SECONDS = 2.0
"""...or fewer, once the oldest unwritten one has waited this long, so a slow stream still
commits regularly and a killed run loses at most a few seconds of extraction."""


def process(article: Article) -> tuple[Article, Extraction, int]:
    """Extraction and fingerprint of one article (runs in a worker)."""
    from accord.news.extract import extract

    ex = extract(article.text, article.doc_id, article.published, article.language)
    return article, ex, simhash(article.text)


Result = tuple[Article, Extraction | str, int]
"""An extracted article, or the article with the message of the error that stopped extraction."""


def _process_chunk(articles: list[Article]) -> list[Result]:
    """`process` for each article; an article whose extraction fails is returned with the error
    message instead, so one unexpected text cannot stop a whole ingest."""
    results: list[Result] = []
    for a in articles:
        try:
            results.append(process(a))
        except Exception as exc:  # reported per article; the rest goes on
            results.append((a, f"{type(exc).__name__}: {exc}", 0))
    return results


def _warm_up() -> None:
    """Load the gazetteer, patterns and spaCy pipelines once when a worker starts, so that the
    first chunk does not pay for it."""
    from accord.news.extract import extract

    extract("Am Freitag trafen sich Unterhändler in Genf.", "warm-up", "2025-01-01")


@dataclass
class Summary:
    """What an ingest run did."""

    files: int = 0
    articles: int = 0
    added: int = 0
    duplicates: int = 0
    updated: int = 0
    near_duplicates: int = 0
    skipped: int = 0
    """Articles already stored (same content hash, same extractor version), recognised before
    extraction: only their source is recorded (also counted in `duplicates`)."""
    not_articles: int = 0
    """Texts refused as not articles (see `accord.news.screen`; also listed in `rejected`)."""
    rejected: list[dict[str, str]] = field(default_factory=list)
    near: list[dict[str, Any]] = field(default_factory=list)
    """The near-duplicates added (at most `MAX_WARNINGS` listed; `near_duplicates` counts them
    all): `source`, `doc`, `duplicate_of` (the original's id), `original_source` (a file it was
    read from), `distance` (bits of 64), and the `events`, `stances`, `figures` stored for it.
    Their events, stances and figures told in sentences of the original are not stored again
    (the original holds them) and not counted below; those only the near-duplicate tells are
    stored and counted."""
    events: int = 0
    stances: int = 0
    figures: int = 0
    workers: int = 1
    """Extraction processes actually used."""
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


MAX_WARNINGS = 50
"""Warnings listed one by one in the summary's notes; further ones are only counted."""


def _reject(summary: Summary, exc: ScenarioFileError) -> None:
    if isinstance(exc, NotAnArticle):
        summary.not_articles += 1
    where = exc.source
    lines = sorted({loc.line for loc in exc.problems if loc.line is not None})
    if lines and "#" not in where:
        where += f":{','.join(map(str, lines))}"
    summary.rejected.append({"source": where,
                             "problem": "; ".join(str(p.problem) for p in exc.problems)})


def _articles(files: list[Path], fields: Fields, summary: Summary) -> Iterator[Article]:
    warned = 0
    undated: list[str] = []
    for f in files:
        summary.files += 1
        try:
            for article in read_path(f, fields, on_error=lambda exc: _reject(summary, exc)):
                reason = refusal(article.text)
                if reason is not None:
                    _reject(summary, NotAnArticle.because(f"{article.source}{article.locator}",
                                                          reason))
                    continue
                for w in article.warnings:
                    warned += 1
                    if warned <= MAX_WARNINGS:
                        summary.notes.append(f"warning: {w}")
                if article.published is None:
                    undated.append(f"{article.source}{article.locator}")
                yield article
        except ScenarioFileError as exc:
            _reject(summary, exc)
    if warned > MAX_WARNINGS:
        summary.notes.append(f"... and {warned - MAX_WARNINGS} more warnings like these")
    if undated:
        shown = ", ".join(undated[:5]) + (f" and {len(undated) - 5} more" if len(undated) > 5 else "")
        summary.notes.append(
            f"{len(undated)} article{'s' if len(undated) > 1 else ''} without a publication date "
            f"(no dateline, byline, <meta> date or date field found): {shown}; relative dates in "
            "them ('on Tuesday') cannot be resolved and their facts without a date of their own "
            "are undated ('?' in accord timeline). Fix: start the text with a line "
            "'date: YYYY-MM-DD', or give JSON records a date field (--field date=NAME)")


def _unstored(chunks: Iterator[list[Article]], store: Store, summary: Summary,
              report: Callable[[], None]) -> Iterator[list[Article]]:
    """The articles of each chunk that the store does not hold yet. Stored ones (same content
    hash, same extractor version) are not extracted again: only their source is recorded, so a
    re-run over a stored corpus costs reading, not extraction. The store is asked for several
    chunks at once (`LOOKUP_CHUNKS`): each question opens it, which costs some 20 ms."""
    while group := list(islice(chunks, LOOKUP_CHUNKS)):
        stored = store.stored([a.doc_id for chunk in group for a in chunk])
        for chunk in group:
            if stored:
                again = [a for a in chunk if a.doc_id in stored]
                if again:
                    store.add_sources(again)
                    summary.articles += len(again)
                    summary.duplicates += len(again)
                    summary.skipped += len(again)
                    chunk = [a for a in chunk if a.doc_id not in stored]
                    report()
            if chunk:
                yield chunk


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
           fields: Fields | None = None, progress: Callable[[int, int, int], None] | None = None,
           parallel_min_bytes: int | None = None) -> Summary:
    """Ingest every article under `paths` into `store` (see module docstring).
    `progress(files_begun, total_files, articles_extracted)` is called after each chunk. With
    `workers > 1` and less input than `parallel_min_bytes` (default `PARALLEL_MIN_BYTES`) one
    process is used instead, with a note in the summary; the store's contents are the same
    either way."""
    empty: list[ScenarioFileError] = []
    files = expand(paths, empty)
    summary = Summary()
    for exc in empty:
        _reject(summary, exc)
    threshold = PARALLEL_MIN_BYTES if parallel_min_bytes is None else parallel_min_bytes
    if workers > 1 and not scheduler:
        total = sum(file_size(f) for f in files)
        if total < threshold:
            summary.notes.append(
                f"used 1 process instead of {workers}: {total / 1e6:.1f} MB of input is less than "
                f"the {threshold / 1e6:.1f} MB at which starting workers (about 2 s) pays off")
            workers = 1
    summary.workers = workers
    pending: list[tuple[Article, Extraction, int]] = []
    first = 0.0
    extracted = 0

    def report() -> None:
        if progress is not None:
            progress(summary.files, len(files), extracted)

    chunks = _unstored(_chunks(_articles(files, fields or Fields(), summary), CHUNK), store,
                       summary, report)
    mapper, close = _mapper(workers, scheduler)

    def flush() -> None:
        written = store.write(pending)
        for r, (article, _ex, _) in zip(written, pending, strict=True):
            summary.articles += 1
            key = "duplicates" if r.status == "duplicate" else r.status
            setattr(summary, key, getattr(summary, key) + 1)
            if r.near_duplicate_of and r.status == "added":
                summary.near_duplicates += 1
                if len(summary.near) < MAX_WARNINGS:
                    summary.near.append({"source": f"{article.source}{article.locator}",
                                         "doc": r.doc, "duplicate_of": r.near_duplicate_of,
                                         "original_source": None, "distance": r.near_distance,
                                         "events": r.stored[0], "stances": r.stored[1],
                                         "figures": r.stored[2]})
            summary.events += r.stored[0]
            summary.stances += r.stored[1]
            summary.figures += r.stored[2]
        pending.clear()

    try:
        for results in mapper(chunks):
            if not pending:
                first = time.monotonic()
            for article, ex, fp in results:
                if isinstance(ex, str):
                    summary.rejected.append({
                        "source": f"{article.source}{article.locator}",
                        "problem": f"extraction failed ({ex}); this is a bug in accord, please "
                                   "report it with the article"})
                else:
                    pending.append((article, ex, fp))
            extracted += len(results)
            if len(pending) >= FLUSH_DOCS or time.monotonic() - first >= FLUSH_SECONDS:
                flush()
            report()
        flush()
    finally:
        close()
    _original_sources(store, summary)
    return summary


def _original_sources(store: Store, summary: Summary) -> None:
    """Fill `original_source` of each listed near-duplicate (the first file its original was
    read from), one question to the store."""
    originals = sorted({n["duplicate_of"] for n in summary.near})
    if not originals:
        return
    rows = store.query("SELECT doc, min(source || locator) AS source FROM provenance "
                       "WHERE doc IN (SELECT unnest(?::VARCHAR[])) GROUP BY doc", [originals])
    found = {r["doc"]: r["source"] for r in rows}
    for n in summary.near:
        n["original_source"] = found.get(n["duplicate_of"])


def _mapper(workers: int, scheduler: str | None) -> tuple[
        Callable[[Iterator[list[Article]]], Iterator[list[Result]]],
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

        def dask_map(chunks: Iterator[list[Article]]) -> Iterator[list[Result]]:
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

        # started once per run, each worker warmed up while this process reads the first files
        pool = mp.get_context("spawn").Pool(workers, initializer=_warm_up)

        def pool_map(chunks: Iterator[list[Article]]) -> Iterator[list[Result]]:
            # at most two chunks per worker in flight (Pool.imap would read the whole input
            # ahead in a thread), results in input order
            pending: deque[Any] = deque()
            for chunk in chunks:
                pending.append(pool.apply_async(_process_chunk, (chunk,)))
                if len(pending) >= 2 * workers:
                    yield pending.popleft().get()
            while pending:
                yield pending.popleft().get()

        def close() -> None:
            pool.terminate()
            pool.join()

        return pool_map, close

    def serial(chunks: Iterator[list[Article]]) -> Iterator[list[Result]]:
        for chunk in chunks:
            yield _process_chunk(chunk)

    return serial, lambda: None
