"""The news store: one DuckDB file (by default `$ACCORD_HOME/news.duckdb`, with ACCORD_HOME
defaulting to `$XDG_DATA_HOME/accord` or `~/.local/share/accord`), created on first use.

Tables: `documents` (id = content hash, text, date, near-duplicate link), `provenance` (every
file/record a document was read from), `mentions`, `events`, `stances`, `figures` (each row with
its document and character span).

Guarantees:
- *idempotent*: a document already stored (same content hash, same extractor version) adds only
  a provenance row for a new source; the same input twice adds nothing;
- *atomic per document*: a document and all its facts are written in one transaction, so a
  process killed at any point leaves either all of it or none of it, and a re-run completes the
  work;
- *one writer at a time*: every connection is opened under an exclusive lock file (see
  `accord.store.lock`), so two ingesting processes take turns instead of failing or doubling;
- *deterministic*: documents are written in input order and nothing depends on the clock, so the
  contents are the same whatever the parallelism of extraction.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accord.news.dedupe import NearIndex
from accord.news.facts import EXTRACTOR_VERSION, Extraction
from accord.news.ingest import Article
from accord.store.lock import locked

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL, title VARCHAR, url VARCHAR, language VARCHAR,
    published VARCHAR, published_basis VARCHAR, length INTEGER NOT NULL, text VARCHAR NOT NULL,
    simhash BIGINT NOT NULL, near_duplicate_of VARCHAR, near_distance INTEGER,
    extractor VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS provenance (
    doc VARCHAR NOT NULL, source VARCHAR NOT NULL, locator VARCHAR NOT NULL, format VARCHAR,
    PRIMARY KEY (doc, source, locator));
CREATE TABLE IF NOT EXISTS mentions (
    doc VARCHAR NOT NULL, n INTEGER NOT NULL, start INTEGER, "end" INTEGER, surface VARCHAR,
    kind VARCHAR, entity VARCHAR, actor VARCHAR);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR NOT NULL, doc VARCHAR NOT NULL, start INTEGER, "end" INTEGER, kind VARCHAR,
    date_start VARCHAR, date_end VARCHAR, date_basis VARCHAR, place VARCHAR, venue VARCHAR,
    parties VARCHAR[], mediators VARCHAR[], participants VARCHAR[], heads VARCHAR,
    duration_minutes INTEGER, outcome VARCHAR, topic VARCHAR, quantity DOUBLE, unit VARCHAR,
    per_side BOOLEAN, moved_from VARCHAR, plover VARCHAR, cameo VARCHAR);
CREATE TABLE IF NOT EXISTS stances (
    id VARCHAR NOT NULL, doc VARCHAR NOT NULL, start INTEGER, "end" INTEGER, actor VARCHAR,
    issue VARCHAR, polarity VARCHAR, option VARCHAR, red_line BOOLEAN, speaker VARCHAR,
    date VARCHAR, reported BOOLEAN, cue VARCHAR);
CREATE TABLE IF NOT EXISTS figures (
    id VARCHAR NOT NULL, doc VARCHAR NOT NULL, start INTEGER, "end" INTEGER, value DOUBLE,
    unit VARCHAR, hedge VARCHAR, per_side BOOLEAN, text VARCHAR);
"""
GROUP = 1
"""Documents per transaction: one, so each document is written whole or not at all and a crash
loses at most the document being written."""
TABLES = ("documents", "provenance", "mentions", "events", "stances", "figures")


def default_home() -> Path:
    """ACCORD_HOME, else `$XDG_DATA_HOME/accord`, else `~/.local/share/accord`."""
    if os.environ.get("ACCORD_HOME"):
        return Path(os.environ["ACCORD_HOME"])
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "accord"


def default_path() -> Path:
    return default_home() / "news.duckdb"


@dataclass
class WriteResult:
    """What writing one document did: `added`, `duplicate` (already stored; maybe a new source)
    or `updated` (re-extracted by a newer extractor)."""

    doc: str
    status: str
    near_duplicate_of: str | None = None


class Store:
    """A news store at `path` (default `default_path()`); see the module docstring."""

    def __init__(self, path: Path | str | None = None, timeout: float = 600.0):
        self.path = Path(path) if path is not None else default_path()
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.timeout = timeout

    @property
    def exists(self) -> bool:
        return self.path.is_file()

    @contextmanager
    def connect(self, write: bool = False) -> Iterator[Any]:
        """A DuckDB connection held under the store's lock (created with its schema on first
        write)."""
        import duckdb

        with locked(self.lock_path, self.timeout):
            if not write and not self.exists:
                con = duckdb.connect(":memory:")
                con.execute(SCHEMA)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                con = duckdb.connect(str(self.path), read_only=not write)
                if write:
                    con.execute(SCHEMA)
            try:
                yield con
            finally:
                con.close()

    def write(self, items: Sequence[tuple[Article, Extraction, int]]) -> list[WriteResult]:
        """Store `(article, extraction, simhash)` items in order, one transaction each."""
        results: list[WriteResult] = []
        with self.connect(write=True) as con:
            index = NearIndex()
            for doc, fp in con.execute("SELECT id, simhash FROM documents ORDER BY seq").fetchall():
                index.add(doc, fp)
            # we hold the lock, so nobody else adds documents while this counter is in use
            counter = itertools.count(con.execute("SELECT coalesce(max(seq), 0) + 1 FROM documents"
                                                  ).fetchone()[0])
            for start in range(0, len(items), GROUP):
                group = items[start:start + GROUP]
                con.execute("BEGIN TRANSACTION")
                try:
                    done = [_write_one(con, index, counter, a, ex, fp) for a, ex, fp in group]
                    con.execute("COMMIT")
                except BaseException:
                    con.execute("ROLLBACK")
                    raise
                for r, (_, _, fp) in zip(done, group, strict=True):
                    if r.status == "added":
                        index.add(r.doc, fp)
                results.extend(done)
        return results

    def counts(self) -> dict[str, int]:
        with self.connect() as con:
            return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self.connect() as con:
            cur = con.execute(sql, list(params))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def export(self, folder: Path, fmt: str) -> list[Path]:
        """Every table to `folder/<table>.parquet` or `.jsonl`, rows in a stable order."""
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        with self.connect() as con:
            for table in TABLES:
                order = {"documents": "seq", "provenance": "doc, source, locator",
                         "mentions": "doc, n"}.get(table, "doc, start, id")
                target = folder / f"{table}.{'parquet' if fmt == 'parquet' else 'jsonl'}"
                if fmt == "parquet":
                    con.execute(f"COPY (SELECT * FROM {table} ORDER BY {order}) TO "
                                f"'{_sql_path(target)}' (FORMAT PARQUET)")
                else:
                    cur = con.execute(f"SELECT * FROM {table} ORDER BY {order}")
                    names = [d[0] for d in cur.description]
                    with target.open("w", encoding="utf-8") as fh:
                        while rows := cur.fetchmany(1000):
                            for row in rows:
                                fh.write(json.dumps(dict(zip(names, row, strict=True)),
                                                    ensure_ascii=False, default=str) + "\n")
                written.append(target)
        return written

    def check(self) -> list[str]:
        """Consistency problems (empty when consistent): facts without a document, documents
        without provenance, spans outside their document."""
        problems = []
        with self.connect() as con:
            for table in ("provenance", "mentions", "events", "stances", "figures"):
                n = con.execute(f"SELECT count(*) FROM {table} t WHERE NOT EXISTS "
                                "(SELECT 1 FROM documents d WHERE d.id = t.doc)").fetchone()[0]
                if n:
                    problems.append(f"{n} {table} rows without their document")
            n = con.execute("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                            "(SELECT 1 FROM provenance p WHERE p.doc = d.id)").fetchone()[0]
            if n:
                problems.append(f"{n} documents without provenance")
            for table in ("mentions", "events", "stances", "figures"):
                n = con.execute(f"SELECT count(*) FROM {table} t JOIN documents d ON d.id = t.doc "
                                "WHERE t.start < 0 OR t.\"end\" > d.length OR t.start >= t.\"end\""
                                ).fetchone()[0]
                if n:
                    problems.append(f"{n} {table} spans outside their document")
        return problems


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _write_one(con: Any, index: NearIndex, counter: Iterator[int], article: Article, ex: Extraction,
               fp: int) -> WriteResult:
    doc = ex.doc
    if True:
        row = con.execute("SELECT extractor, near_duplicate_of FROM documents WHERE id = ?",
                          [doc]).fetchone()
        status = "added"
        near: str | None = None
        if row is not None and row[0] == EXTRACTOR_VERSION:
            status, near = "duplicate", row[1]
        elif row is not None:
            status, near = "updated", row[1]
            for table in ("mentions", "events", "stances", "figures"):
                con.execute(f"DELETE FROM {table} WHERE doc = ?", [doc])
            con.execute("UPDATE documents SET extractor = ? WHERE id = ?", [EXTRACTOR_VERSION, doc])
        else:
            hit = index.nearest(fp)
            near, distance = (hit[0], hit[1]) if hit else (None, None)
            seq = next(counter)
            con.execute("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        [doc, seq, article.title, article.url, ex.language, ex.published,
                         article.published_basis, len(article.text), article.text, fp, near,
                         distance, EXTRACTOR_VERSION])
        con.execute("INSERT INTO provenance VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
                    [doc, article.source, article.locator, article.format])
        if status != "duplicate":
            _insert_facts(con, ex)
    return WriteResult(doc, status, near)


def _insert(con: Any, table: str, rows: list[list[Any]]) -> None:
    """Insert `rows` with one multi-row statement per 200 rows (DuckDB's executemany runs one
    statement per row, which is ten times slower)."""
    if not rows:
        return
    width = len(rows[0])
    one = "(" + ",".join("?" * width) + ")"
    for i in range(0, len(rows), 200):
        part = rows[i:i + 200]
        con.execute(f"INSERT INTO {table} VALUES " + ",".join([one] * len(part)),
                    [v for row in part for v in row])


def _insert_facts(con: Any, ex: Extraction) -> None:
    doc = ex.doc
    if ex.mentions:
        _insert(con, "mentions", [
            [doc, i, m.start, m.end, m.surface, m.kind, m.entity, m.actor]
            for i, m in enumerate(ex.mentions)])
    if ex.events:
        _insert(con, "events", [
            [f"{doc}:e{i}", doc, e.start, e.end, e.kind, e.date_start, e.date_end, e.date_basis,
             e.place, e.venue, e.parties, e.mediators, e.participants,
             json.dumps(e.heads, sort_keys=True), e.duration_minutes, e.outcome, e.topic, e.quantity,
             e.unit, e.per_side, e.moved_from, e.plover, e.cameo]
            for i, e in enumerate(ex.events)])
    if ex.stances:
        _insert(con, "stances", [
            [f"{doc}:s{i}", doc, s.start, s.end, s.actor, s.issue, s.polarity,
             None if s.option is None else json.dumps(s.option), s.red_line, s.speaker, s.date,
             s.reported, s.cue]
            for i, s in enumerate(ex.stances)])
    if ex.figures:
        _insert(con, "figures", [
            [f"{doc}:f{i}", doc, f.start, f.end, f.value, f.unit, f.hedge, f.per_side, f.text]
            for i, f in enumerate(ex.figures)])
