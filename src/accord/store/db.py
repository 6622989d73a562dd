"""The news store: one DuckDB file (by default `$ACCORD_HOME/news.duckdb`, with ACCORD_HOME
defaulting to `$XDG_DATA_HOME/accord` or `~/.local/share/accord`), created on first use.

Tables: `documents` (id = content hash, text, date, near-duplicate link), `provenance` (every
file/record a document was read from), `mentions`, `events`, `stances`, `figures` (each row with
its document and character span; an event also with `evidence`, the JSON list of every sentence
span it was read from, its own span first among them in text order; `event_evidence` reads it,
and a row written before the column existed reads as its own span alone).

Guarantees:
- *idempotent*: a document already stored (same content hash, same extractor version) adds only
  a provenance row for a new source; the same input twice adds nothing;
- *atomic per document*: documents are written in batches (up to `BATCH` documents, one
  transaction each, every table filled by one bulk insert); a transaction holds whole documents
  only, so a process killed at any point leaves each document with all its rows or none, and a
  re-run completes the work;
- *one writer at a time*: every connection is opened under an exclusive lock file (see
  `accord.store.lock`), so two ingesting processes take turns instead of failing or doubling;
- *near-duplicates stored once*: a document within `accord.news.dedupe.NEAR_BITS` bits of an
  earlier original is stored with `near_duplicate_of` (the original's id) and `near_distance`,
  and a provenance row, but without facts of its own: its events, stances and figures are the
  original's, which would otherwise appear twice in the timeline, the stances and the merge.
  Only originals are candidates, so a link always points at a document that holds the facts;
- *deterministic*: documents are written in input order and nothing depends on the clock, so the
  contents are the same whatever the parallelism of extraction.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accord.news.dedupe import NearIndex
from accord.news.facts import EXTRACTOR_VERSION, Extraction
from accord.news.ingest import Article
from accord.store.lock import locked

# Columns added after the first release: a store written before gains them (empty) on its next
# write, so its facts stay readable; re-ingesting a document fills them.
MIGRATE = """
ALTER TABLE events ADD COLUMN IF NOT EXISTS claim VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS against VARCHAR[];
ALTER TABLE events ADD COLUMN IF NOT EXISTS cue VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS evidence VARCHAR;
"""
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
    per_side BOOLEAN, moved_from VARCHAR, plover VARCHAR, cameo VARCHAR, claim VARCHAR,
    against VARCHAR[], cue VARCHAR, evidence VARCHAR);
CREATE TABLE IF NOT EXISTS stances (
    id VARCHAR NOT NULL, doc VARCHAR NOT NULL, start INTEGER, "end" INTEGER, actor VARCHAR,
    issue VARCHAR, polarity VARCHAR, option VARCHAR, red_line BOOLEAN, speaker VARCHAR,
    date VARCHAR, reported BOOLEAN, cue VARCHAR);
CREATE TABLE IF NOT EXISTS figures (
    id VARCHAR NOT NULL, doc VARCHAR NOT NULL, start INTEGER, "end" INTEGER, value DOUBLE,
    unit VARCHAR, hedge VARCHAR, per_side BOOLEAN, text VARCHAR);
"""
BATCH = 512
"""Most documents per transaction. A transaction holds whole documents only, so each document is
written whole or not at all; a crash loses at most the uncommitted batch, which a re-run redoes.
(The ingest pipeline also flushes after `accord.news.pipeline.FLUSH_SECONDS`, so a slow stream
still commits regularly.) One transaction per document cost a few milliseconds each, more than
the extraction of a short article."""
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
    seq: int = 0
    near_distance: int | None = None
    """Bits by which the fingerprint differs from `near_duplicate_of`'s (None when not a
    near-duplicate)."""
    stored: tuple[int, int, int] = (0, 0, 0)
    """(events, stances, figures) this write stored: all of an original's; of a near-duplicate
    only those whose sentence its original's text lacks (`novel_facts`); none for a duplicate."""


class Store:
    """A news store at `path` (default `default_path()`); see the module docstring."""

    def __init__(self, path: Path | str | None = None, timeout: float = 600.0):
        self.path = Path(path) if path is not None else default_path()
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.timeout = timeout
        self._index = NearIndex()
        self._indexed_seq = 0

    @property
    def exists(self) -> bool:
        return self.path.is_file()

    @contextmanager
    def connect(self, write: bool = False) -> Iterator[Any]:
        """A DuckDB connection held under the store's lock (created with its schema on first
        write)."""
        import duckdb

        if not write and not self.exists:  # reads as empty; no lock file or folder left behind
            with _empty_store() as con:
                yield con
            return
        with locked(self.lock_path, self.timeout):
            if not write and not self.exists:  # removed since the check above
                con = duckdb.connect(":memory:")
                con.execute(SCHEMA)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                con = duckdb.connect(str(self.path), read_only=not write)
                if write:
                    con.execute(SCHEMA)
                    con.execute(MIGRATE)
            try:
                yield con
            finally:
                con.close()

    @contextmanager
    def _attached(self, write: bool = False) -> Iterator[Any]:
        """`connect(write)` for the ingest's own questions and writes, cheaper: the store file is
        attached to a DuckDB instance kept by this thread (`_instance`) and detached again at the
        end of the block, instead of a new instance per connection (about 20 ms of CPU each, a
        few per 256 articles). Detaching closes the file as closing a connection does, so other
        processes can open it as before; the lock is held the same way. A store that does not
        exist reads as empty (`connect`'s first case)."""
        if not write and not self.exists:
            with _empty_store() as con:
                yield con
            return
        with locked(self.lock_path, self.timeout):
            if not write and not self.exists:  # removed since the check above
                with _empty_store() as con:
                    yield con
                return
            self.path.parent.mkdir(parents=True, exist_ok=True)
            con = _instance()
            con.execute(f"DETACH DATABASE IF EXISTS {_ALIAS}")  # (left by an interrupted block)
            con.execute(f"ATTACH '{_sql_path(self.path)}' AS {_ALIAS}"
                        + ("" if write else " (READ_ONLY)"))
            try:
                con.execute(f"USE {_ALIAS}")
                if write:
                    con.execute(SCHEMA)
                    con.execute(MIGRATE)
                yield con
            finally:
                try:
                    con.execute("USE memory")
                    con.execute(f"DETACH DATABASE {_ALIAS}")
                except Exception:  # closing the instance closes the file all the same
                    _INSTANCES.con = None
                    con.close()

    def write(self, items: Sequence[tuple[Article, Extraction, int]]) -> list[WriteResult]:
        """Store `(article, extraction, simhash)` items in input order, `BATCH` documents per
        transaction (see `BATCH`): a batch commits whole or not at all, so every document is
        written with all its rows or not at all."""
        results: list[WriteResult] = []
        if not items:
            return results
        with self._attached(write=True) as con:
            self._refresh_index(con)
            for start in range(0, len(items), BATCH):
                group = items[start:start + BATCH]
                con.execute("BEGIN TRANSACTION")
                try:
                    done = _write_batch(con, self._index, group)
                    con.execute("COMMIT")
                except BaseException:
                    con.execute("ROLLBACK")
                    self._index, self._indexed_seq = NearIndex(), 0  # rebuilt on the next write
                    raise
                # the batch's new documents are in the index already; skip their rows next time
                self._indexed_seq = max(self._indexed_seq, *(r.seq for r in done))
                results.extend(done)
        return results

    def stored(self, ids: Sequence[str]) -> set[str]:
        """Those of `ids` stored with the current extractor version (so they need no
        extraction)."""
        if not ids or not self.exists:
            return set()
        with self._attached() as con:
            rows = con.execute("SELECT id FROM documents WHERE extractor = ? AND id IN "
                               "(SELECT unnest(?::VARCHAR[]))",
                               [EXTRACTOR_VERSION, sorted(set(ids))]).fetchall()
        return {r[0] for r in rows}

    def add_sources(self, articles: Sequence[Article]) -> None:
        """Record where already stored documents were read again (provenance rows only; a
        source already recorded adds nothing)."""
        if not articles:
            return
        rows = {(a.doc_id, a.source, a.locator): [a.doc_id, a.source, a.locator, a.format]
                for a in articles}
        with self._attached(write=True) as con:
            _bulk_insert(con, "provenance", list(rows.values()), " ON CONFLICT DO NOTHING")

    def _refresh_index(self, con: Any) -> None:
        """Add documents stored since the last write (by this or another process) to the
        near-duplicate index, in `seq` order. Documents are never deleted, so the cached index
        stays valid while we hold the lock."""
        rows = con.execute("SELECT id, simhash, seq, near_duplicate_of FROM documents "
                           "WHERE seq > ? ORDER BY seq", [self._indexed_seq]).fetchall()
        for doc, fp, seq, near in rows:
            if near is None:  # only originals: a near-duplicate links to the first telling
                self._index.add(doc, fp)
            self._indexed_seq = seq

    def counts(self) -> dict[str, int]:
        with self.connect() as con:
            return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self.connect() as con:
            cur = con.execute(sql, list(params))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def export(self, folder: Path, fmt: str) -> list[Path]:
        """Every table to `folder/<table>.parquet`, `.jsonl` or `.csv` (with a header row; a
        list column such as `parties` as `[RUS, UKR]`), rows in a stable order."""
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        with self.connect() as con:
            for table in TABLES:
                order = {"documents": "seq", "provenance": "doc, source, locator",
                         "mentions": "doc, n"}.get(table, "doc, start, id")
                target = folder / f"{table}.{fmt if fmt in ('parquet', 'csv') else 'jsonl'}"
                if fmt in ("parquet", "csv"):
                    options = "FORMAT PARQUET" if fmt == "parquet" else "FORMAT CSV, HEADER"
                    con.execute(f"COPY (SELECT * FROM {table} ORDER BY {order}) TO "
                                f"'{_sql_path(target)}' ({options})")
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
            rows = con.execute("SELECT e.start, e.\"end\", e.evidence, d.length FROM events e "
                               "JOIN documents d ON d.id = e.doc WHERE e.evidence IS NOT NULL").fetchall()
            spans = [(start, end, event_evidence({"start": start, "end": end, "evidence": ev}), length)
                     for start, end, ev, length in rows]
            n = sum(1 for start, end, told, length in spans if (start, end) not in told
                    or any(a < 0 or b > length or a >= b for a, b in told))
            if n:
                problems.append(f"{n} events with evidence outside their document or without "
                                "their own span")
        return problems


def event_evidence(row: dict[str, Any]) -> list[tuple[int, int]]:
    """Every sentence span an event row was read from, in text order: its `evidence` column
    (JSON text, or the list it holds once read), or its own span alone for a row written before
    the column existed."""
    raw = row.get("evidence")
    spans = [(int(a), int(b)) for a, b in (json.loads(raw) if isinstance(raw, str) else raw or [])]
    return spans or [(int(row["start"]), int(row["end"]))]


@contextmanager
def _empty_store() -> Iterator[Any]:
    """An in-memory store with the schema and no rows: how a store file that does not exist
    reads (no lock file or folder is left behind)."""
    import duckdb

    con = duckdb.connect(":memory:")
    con.execute(SCHEMA)
    try:
        yield con
    finally:
        con.close()


_ALIAS = "accord_store"
"""The name under which `Store._attached` attaches a store file."""
_INSTANCES = threading.local()


def _instance() -> Any:
    """An in-memory DuckDB connection of this thread and process (a forked child makes its
    own), to which `Store._attached` attaches store files one at a time."""
    con = getattr(_INSTANCES, "con", None)
    if con is None or _INSTANCES.pid != os.getpid():
        import duckdb

        con = duckdb.connect(":memory:")
        _INSTANCES.con, _INSTANCES.pid = con, os.getpid()
    return con


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("VARCHAR", "BIGINT", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR",
                  "INTEGER", "VARCHAR", "BIGINT", "VARCHAR", "INTEGER", "VARCHAR"),
    "provenance": ("VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR"),
    "mentions": ("VARCHAR", "INTEGER", "INTEGER", "INTEGER", "VARCHAR", "VARCHAR", "VARCHAR",
                 "VARCHAR"),
    "events": ("VARCHAR", "VARCHAR", "INTEGER", "INTEGER", "VARCHAR", "VARCHAR", "VARCHAR",
               "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR[]", "VARCHAR[]", "VARCHAR[]", "VARCHAR",
               "INTEGER", "VARCHAR", "VARCHAR", "DOUBLE", "VARCHAR", "BOOLEAN", "VARCHAR",
               "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR[]", "VARCHAR", "VARCHAR"),
    "stances": ("VARCHAR", "VARCHAR", "INTEGER", "INTEGER", "VARCHAR", "VARCHAR", "VARCHAR",
                "VARCHAR", "BOOLEAN", "VARCHAR", "VARCHAR", "BOOLEAN", "VARCHAR"),
    "figures": ("VARCHAR", "VARCHAR", "INTEGER", "INTEGER", "DOUBLE", "VARCHAR", "VARCHAR",
                "BOOLEAN", "VARCHAR"),
}
"""Column types of each table in schema order, for typed bulk inserts."""
_BULK = 20_000
"""Rows per bulk INSERT statement."""


def _bulk_insert(con: Any, table: str, rows: list[list[Any]], conflict: str = "") -> None:
    """Insert `rows` column-wise: each column is bound as one typed list parameter and the rows
    are rebuilt with `unnest` (zipped in order). This is about ten times faster than multi-row
    VALUES statements and a hundred times faster than `executemany`, needs no pandas or Arrow,
    and the explicit casts make the column types independent of the Python values."""
    if not rows:
        return
    types = _COLUMNS[table]
    select = ", ".join(f"unnest(?::{t}[])" for t in types)
    for i in range(0, len(rows), _BULK):
        part = rows[i:i + _BULK]
        columns = [list(c) for c in zip(*part, strict=True)]
        # (not the documents: their long texts bind faster as they are)
        payload = None if table == "documents" else _as_json(columns)
        if payload is None:
            con.execute(f"INSERT INTO {table} SELECT {select}{conflict}", columns)
        else:
            # the same columns as JSON text, parsed and cast by DuckDB: binding Python lists
            # converts every value one by one, which cost more than the rest of the write. All
            # columns in one JSON array (one parameter, split by DuckDB into the column arrays)
            # cost less again than a parameter per column; the casts are the same.
            cast = ", ".join(f"unnest(j[{i}]::{t}[])" for i, t in enumerate(types, 1))
            con.execute(f"INSERT INTO {table} SELECT {cast} FROM (SELECT ?::JSON[] AS j){conflict}",
                        [payload])


def _as_json(columns: list[list[Any]]) -> str | None:
    """`columns` as one JSON array of arrays, or None when JSON would not carry them exactly (a
    float that is not finite, a string that is not valid Unicode, a value JSON has no type
    for)."""
    try:
        payload = json.dumps(columns, ensure_ascii=False, allow_nan=False)
        payload.encode("utf-8")
    except (TypeError, ValueError):  # (UnicodeEncodeError is a ValueError)
        return None
    return payload


def _write_batch(con: Any, index: NearIndex, group: Sequence[tuple[Article, Extraction, int]]
                 ) -> list[WriteResult]:
    """Write `group` inside the caller's transaction: one lookup of the documents already
    stored, then one bulk insert per table. Results equal writing the documents one by one in
    order (a document repeated within the group is a duplicate of its first occurrence)."""
    ids = sorted({ex.doc for _, ex, _ in group})
    known: dict[str, tuple[str, str | None, int, int | None]] = {
        doc: (extractor, near, seq, dist) for doc, extractor, near, seq, dist in con.execute(
            "SELECT id, extractor, near_duplicate_of, seq, near_distance FROM documents "
            "WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}
    seq = con.execute("SELECT coalesce(max(seq), 0) FROM documents").fetchone()[0]
    documents: list[list[Any]] = []
    provenance: dict[tuple[str, str, str], list[Any]] = {}
    facts: dict[str, list[list[Any]]] = {t: [] for t in ("mentions", "events", "stances", "figures")}
    updated: list[str] = []
    results: list[WriteResult] = []
    novel: list[tuple[int, Article, Extraction]] = []
    for article, ex, fp in group:
        doc = ex.doc
        row = known.get(doc)
        near: str | None
        distance: int | None
        if row is not None and row[0] == EXTRACTOR_VERSION:
            status, near, doc_seq, distance = "duplicate", row[1], row[2], row[3]
        elif row is not None:
            status, near, doc_seq, distance = "updated", row[1], row[2], row[3]
            updated.append(doc)
        else:
            hit = index.nearest(fp)
            near, distance = (hit[0], hit[1]) if hit else (None, None)
            seq += 1
            status, doc_seq = "added", seq
            documents.append([doc, seq, article.title, article.url, ex.language, ex.published,
                              article.published_basis, len(article.text), article.text, fp, near,
                              distance, EXTRACTOR_VERSION])
            if near is None:  # (see `Store._refresh_index`)
                index.add(doc, fp)
        known[doc] = (EXTRACTOR_VERSION, near, doc_seq, distance)
        provenance.setdefault((doc, article.source, article.locator),
                              [doc, article.source, article.locator, article.format])
        if status == "duplicate":
            results.append(WriteResult(doc, status, near, doc_seq, distance))
            continue
        if near is None:
            _fact_rows(ex, facts)
        else:  # stored once the original's text is known (below)
            novel.append((len(results), article, ex))
        results.append(WriteResult(doc, status, near, doc_seq, distance,
                                   (len(ex.events), len(ex.stances), len(ex.figures))))
    if novel:
        # a near-duplicate's facts told in sentences of its original are the original's, stored
        # once with it; what only the near-duplicate tells (an update's new paragraph, a second
        # outlet's extra sentence) is stored with the near-duplicate
        texts = {row[0]: row[8] for row in documents}
        wanted = sorted({results[i].near_duplicate_of or "" for i, _, _ in novel} - set(texts))
        texts.update(con.execute("SELECT id, text FROM documents WHERE id IN "
                                 "(SELECT unnest(?::VARCHAR[]))", [wanted]).fetchall())
        for i, article, ex in novel:
            kept = novel_facts(ex, article.text, texts.get(results[i].near_duplicate_of or "", ""))
            _fact_rows(kept, facts)
            results[i] = dataclasses.replace(
                results[i], stored=(len(kept.events), len(kept.stances), len(kept.figures)))
    if updated:
        for table in facts:
            con.execute(f"DELETE FROM {table} WHERE doc IN (SELECT unnest(?::VARCHAR[]))",
                        [updated])
        con.execute("UPDATE documents SET extractor = ? WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                    [EXTRACTOR_VERSION, updated])
    _bulk_insert(con, "documents", documents)
    _bulk_insert(con, "provenance", list(provenance.values()), " ON CONFLICT DO NOTHING")
    for table, rows in facts.items():
        _bulk_insert(con, table, rows)
    return results


_SPACE = re.compile(r"\s+")


def _plain(text: str) -> str:
    """`text` lower-cased with every run of white space one blank (two outlets' copies of one
    sentence differ in line breaks and spacing)."""
    return _SPACE.sub(" ", text).strip().lower()


def novel_facts(ex: Extraction, text: str, original: str) -> Extraction:
    """The facts of a near-duplicate `ex` (of `text`) whose evidence span does not occur in its
    original's `original` text (compared lower-case with white space collapsed): what only the
    near-duplicate tells. The mentions kept are those inside a kept fact's span."""
    seen = _plain(original)

    def new(start: int, end: int) -> bool:
        return _plain(text[start:end]) not in seen

    events = [e for e in ex.events if new(e.start, e.end)]
    stances = [s for s in ex.stances if new(s.start, s.end)]
    figures = [f for f in ex.figures if new(f.start, f.end)]
    spans = [(e.start, e.end) for e in events] + [(s.start, s.end) for s in stances] + [
        (f.start, f.end) for f in figures]
    mentions = [m for m in ex.mentions if any(a <= m.start and m.end <= b for a, b in spans)]
    return dataclasses.replace(ex, mentions=mentions, events=events, stances=stances,
                               figures=figures)


def _fact_rows(ex: Extraction, facts: dict[str, list[list[Any]]]) -> None:
    doc = ex.doc
    facts["mentions"].extend(
        [doc, i, m.start, m.end, m.surface, m.kind, m.entity, m.actor]
        for i, m in enumerate(ex.mentions))
    facts["events"].extend(
        [f"{doc}:e{i}", doc, e.start, e.end, e.kind, e.date_start, e.date_end, e.date_basis,
         e.place, e.venue, e.parties, e.mediators, e.participants,
         json.dumps(e.heads, sort_keys=True), e.duration_minutes, e.outcome, e.topic, e.quantity,
         e.unit, e.per_side, e.moved_from, e.plover, e.cameo, e.claim, e.against, e.cue,
         json.dumps([list(x) for x in e.evidence])]
        for i, e in enumerate(ex.events))
    facts["stances"].extend(
        [f"{doc}:s{i}", doc, s.start, s.end, s.actor, s.issue, s.polarity,
         None if s.option is None else json.dumps(s.option), s.red_line, s.speaker, s.date,
         s.reported, s.cue]
        for i, s in enumerate(ex.stances))
    facts["figures"].extend(
        [f"{doc}:f{i}", doc, f.start, f.end, f.value, f.unit, f.hedge, f.per_side, f.text]
        for i, f in enumerate(ex.figures))
