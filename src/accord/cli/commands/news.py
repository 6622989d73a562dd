"""News commands: `accord ingest`, `accord timeline`, `accord stances`, `accord evidence`,
`accord export`. They work on the news store (default `$ACCORD_HOME/news.duckdb`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from accord.cli.common import (
    JsonOpt,
    OldStorePathOpt,
    StorePathOpt,
    app,
    chosen_store,
    date_option,
    err,
    guard,
    out,
    print_json,
)
from accord.cli.filters import choose, choose_prefix
from accord.io import ScenarioFileError
from accord.news.vocabulary import EVENT_KINDS

SinceOpt = Annotated[str | None, typer.Option(help="Only from this date on (YYYY, YYYY-MM or YYYY-MM-DD).")]


def _store(path: str | None, write: bool = False) -> Any:
    """The news store at `path` (default: the user's store), checked before any work: a folder,
    a file that is not a store, or (for reading) a named store that does not exist end with
    exit 2. The default store, before the first ingest, reads as empty."""
    from accord.cli.outputs import output_file
    from accord.store import Store

    st = Store(path)
    p = st.path
    if p.is_dir():
        raise ScenarioFileError.single(str(p), "a folder", "a news store file (e.g. "
                                       f"{p / 'news.duckdb'})", "give the store's file path to --store-path")
    if p.is_file():
        with p.open("rb") as fh:
            head = fh.read(12)
        if head and head[8:12] != b"DUCK":
            raise ScenarioFileError.single(str(p), "a file that is not a news store",
                                           "a store written by `accord ingest` (a DuckDB file)",
                                           "check the --store-path path")
    elif path is not None and not write:
        raise ScenarioFileError.single(str(p), "no news store", "a store written by `accord ingest`",
                                       f"run `accord ingest FILES --store-path {path}` first, or "
                                       "check the --store-path path")
    elif write:
        output_file(p, "--store-path")
    return st


def _distinct(st: Any, table: str, column: str) -> list[str]:
    """The values `column` of `table` takes in the store (for filter checks)."""
    return [r["v"] for r in st.query(f"SELECT DISTINCT {column} AS v FROM {table} "
                                     f"WHERE {column} IS NOT NULL ORDER BY v")]


def _n(count: int, word: str) -> str:
    """"1 article", "2 articles" (the summary said "1 articles from 1 files")."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def known_kind(st: Any, kind: str | None, option: str = "--kind") -> str | None:
    """`kind` as the store spells it (`round` for ROUND), or exit 2 with the nearest match; the
    same check for `accord timeline` and the web's /api/news/timeline (which answered [] for
    "claims" and for "ROUND")."""
    if kind is None:
        return None
    known = [*EVENT_KINDS, *(_distinct(st, "events", "kind") if st.exists else [])]
    return choose(option, kind, known, "event kind")


def known_actor(st: Any, actor: str | None, option: str = "--actor") -> str | None:
    """`actor` as the store spells it (`UKR` for ukr), or exit 2 with the nearest match."""
    if actor is None:
        return None
    from accord.news import vocabulary

    known = [*vocabulary.stance_actors(), *(_distinct(st, "stances", "actor") if st.exists else [])]
    return choose(option, actor, known, "actor")


def known_issue(st: Any, issue: str | None, option: str = "--issue") -> str | None:
    """`issue` (an id or a dotted prefix) as the store spells it, or exit 2 with the nearest."""
    if issue is None:
        return None
    from accord.news import vocabulary

    known = [*vocabulary.stance_issues(), *(_distinct(st, "stances", "issue") if st.exists else [])]
    return choose_prefix(option, issue, known, "issue")


def _fields(specs: list[str]) -> Any:
    from accord.news.ingest import Fields

    f = Fields()
    updates: dict[str, tuple[str, ...]] = {}
    for spec in specs:
        key, sep, name = spec.partition("=")
        if not sep or key not in ("text", "title", "date", "url", "language") or not name:
            raise ScenarioFileError.single("--field", repr(spec), "KEY=NAME with KEY one of text, "
                                           "title, date, url, language", "write e.g. --field text=body")
        updates[key] = (name, *updates.get(key, ()))
    return Fields(**{k: updates.get(k, getattr(f, k)) for k in ("text", "title", "date", "url",
                                                                 "language")})


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or glob patterns of articles "
                                                    "(txt, html, json, jsonl, rss/atom).")],
    workers: Annotated[int, typer.Option(min=1, max=256, help="Extraction processes on this machine.")] = 1,
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (tcp://host:8786) "
                                                       "to extract on a cluster.")] = None,
    field: Annotated[list[str] | None, typer.Option(
        "--field", help="JSON/JSONL field name, KEY=NAME (KEY: text, title, date, url, language); "
                        "repeatable.")] = None,
    store: StorePathOpt = None,
    old_store: OldStorePathOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Read articles, extract events, stances and figures with their evidence, and add them to
    the news store. Safe to re-run (nothing is added twice; articles already stored are
    recognised by their content hash before extraction, so a re-run costs only the reading) and
    to run in two terminals at once. What is not an article (under 200 characters, no sentence,
    binary data, a log, terminal dump or listing, text that is not German or English prose such
    as random words, accord's own export files and --json output) is refused with its reason,
    counted in the summary and not stored (exit code 2 at the end).

    Example: `accord ingest articles/ --workers 2` · `accord ingest feed.xml --json`
    """
    with guard():
        from accord.cli.progress import progress_bars
        from accord.news.pipeline import ingest as run_ingest

        fields = _fields(field or [])
        st = _store(chosen_store(store, old_store), write=True)
        with progress_bars() as bars:
            extracted = [0]
            files_bar = bars.callback("ingesting files",
                                      note=lambda: f"{extracted[0]} articles extracted")

            def progress(done: int, total: int, articles: int) -> None:
                extracted[0] = articles
                files_bar(done, total)

            summary = run_ingest(paths, st, workers=workers, scheduler=scheduler, fields=fields,
                                 progress=progress)
        data = summary.as_dict() | {"store": str(st.path)}
        if json_out:
            print_json(data)
        else:
            # files and records refused for other reasons than the screen's (empty, binary,
            # oversized, undecodable, failed extraction): named below, counted here too
            refused = len(summary.rejected) - summary.not_articles
            # "1 not articles" read wrong, and the texts refused as no article are listed below too
            not_articles = (f"{summary.not_articles} not "
                            f"{'an article' if summary.not_articles == 1 else 'articles'}"
                            + (" (listed below), " if summary.not_articles else ", "))
            out.print(Text.assemble(
                ("ingested:", "green"),
                f" {_n(summary.articles, 'article')} from {_n(summary.files, 'file')}: "
                f"{summary.added} new, "
                f"{summary.duplicates} already stored ({summary.skipped} recognised before "
                f"extraction), {summary.updated} re-extracted, "
                + not_articles
                + (f"{_n(refused, 'other input')} refused (listed below), " if refused else "") +
                f"{_n(summary.near_duplicates, 'near-duplicate')} linked; "
                f"{_n(summary.events, 'event')}, {_n(summary.stances, 'stance')}, "
                f"{_n(summary.figures, 'figure')} → {st.path}"), highlight=False)
            for near in summary.near:
                original = near["duplicate_of"] + (f" ({near['original_source']})"
                                                   if near["original_source"] else "")
                err.print(Text.assemble(
                    ("near-duplicate:", "yellow"),
                    f" {near['source']} (document {near['doc']}) is {near['distance']} of 64 "
                    f"fingerprint bits from {original}: stored and linked to it "
                    "(documents.near_duplicate_of); what it tells in the original's sentences "
                    "is not stored again, what only it tells is stored: "
                    f"{_n(near['events'], 'event')}, {_n(near['stances'], 'stance')}, "
                    f"{_n(near['figures'], 'figure')}"), highlight=False, soft_wrap=True)
            if summary.near_duplicates > len(summary.near):
                err.print(Text.assemble(
                    ("near-duplicate:", "yellow"),
                    f" ... and {summary.near_duplicates - len(summary.near)} more (the "
                    "documents table's near_duplicate_of names each one's original)"),
                    highlight=False, soft_wrap=True)
            for note in summary.notes:
                err.print(Text.assemble(("note:", "yellow"), f" {note}"), highlight=False,
                          soft_wrap=True)
            for r in summary.rejected:
                err.print(Text.assemble(("skipped:", "bold red"), f" {r['source']}: {r['problem']}"),
                          highlight=False, soft_wrap=True)
        if summary.rejected:
            raise typer.Exit(2)


@app.command()
def timeline(
    since: SinceOpt = None,
    kind: Annotated[str | None, typer.Option(help=(
        f"Only events of this kind: {', '.join(EVENT_KINDS)} (case ignored; an unknown kind is "
        "refused with the nearest match)."))] = None,
    store: StorePathOpt = None,
    old_store: OldStorePathOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Events extracted from the news, in date order, each with its evidence id and the passage
    it was read from (cut after 160 characters; `accord evidence ID` shows it whole; "+N" after
    the id: read from N further sentences, which that command shows). A date in parentheses is
    the article's, for an event that names no day of its own; "?" means neither is known.

    Example: `accord timeline --since 2025 --kind round`
    """
    with guard():
        since_d = date_option(since, "--since") if since is not None else None
        st = _store(chosen_store(store, old_store))
        kind = known_kind(st, kind)
        from accord.store.views import news_timeline, shown_date

        rows = news_timeline(st, since_d, kind)
        if json_out:
            print_json(rows)
            return
        from accord.report.layout import Grid, show

        # the evidence id names a row in block form: it is what `accord evidence` takes
        grid = Grid(f"news timeline ({len(rows)} events)",
                    ("date", "kind", "place", "parties", "outcome", "evidence", "passage"), key=5)
        quotes = _quotes(st, rows)
        for r in rows:
            date = shown_date(r["date_start"], r["published"])
            if r["date_end"] and r["date_end"] != r["date_start"]:
                date += f"–{r['date_end']}"
            more = len(r["evidence"]) - 1  # further sentences it was read from: "+N"
            grid.add(date, r["kind"], r["place"] or "", list(r["parties"] or []),
                     "; ".join(_outcome(r)), r["id"] + (f" +{more}" if more else ""),
                     quotes[r["id"]])
        show(out, grid)


def _outcome(event: dict[str, Any]) -> list[str]:
    """The outcome of a news event with the figure it states and its duration, as the
    scenario's timeline words them (`agreement; 300 prisoners per side`): the timeline showed
    the outcome alone, and `accord evidence` the unit without the number."""
    from accord.report.outcomes import outcome_parts

    figure = ([{"value": event["quantity"], "unit": event["unit"] or "",
                "per_side": event.get("per_side")}]
              if event.get("quantity") is not None or event.get("unit") else [])
    return outcome_parts({"outcome": event.get("outcome"), "quantities": figure,
                          "duration_minutes": event.get("duration_minutes")})


QUOTE_CHARS = 160
"""The passage a row of `accord timeline` or `accord stances` was read from, cut at a word after
this many characters (the whole one is `accord evidence ID`)."""


def _quotes(st: Any, rows: list[dict[str, Any]]) -> dict[str, str]:
    """Each row's own passage, quoted: the rows said "kind claim · parties RUS" and nothing of
    what was claimed, so a reader ran `accord evidence` on every row to learn what it is."""
    from accord.store.views import document_texts, span_text

    texts = document_texts(st, rows)
    out: dict[str, str] = {}
    for r in rows:
        text = span_text(texts.get(r["doc"], ""), r["start"], r["end"])
        if len(text) > QUOTE_CHARS:
            text = text[:QUOTE_CHARS].rsplit(" ", 1)[0] + " ..."
        out[r["id"]] = f'"{text}"' if text else ""
    return out


@app.command()
def stances(
    actor: Annotated[str | None, typer.Option(help="Only this actor (RUS, UKR, ...; case "
                                                   "ignored, so ukr is UKR).")] = None,
    issue: Annotated[str | None, typer.Option(help="Only this issue (e.g. alliance.nato) or "
                                                   "prefix (territory). Unknown actors and issues "
                                                   "are refused with the known ones and the "
                                                   "nearest match.")] = None,
    since: SinceOpt = None,
    store: StorePathOpt = None,
    old_store: OldStorePathOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Stances extracted from the news: actor, issue, polarity, option, red line, speaker, date,
    evidence id and the passage it was read from. A date in parentheses is the article's, for a
    stance that names no day of its own (as on the web app's news page); "?" means neither is
    known.

    Example: `accord stances --actor RUS --issue alliance.nato`
    """
    with guard():
        since_d = date_option(since, "--since") if since is not None else None
        st = _store(chosen_store(store, old_store))
        actor, issue = known_actor(st, actor), known_issue(st, issue)
        from accord.store.views import news_stances, shown_date

        rows = news_stances(st, actor, issue, since_d)
        if json_out:
            print_json(rows)
            return
        from accord.report.layout import Grid, show

        grid = Grid(f"news stances ({len(rows)})", ("date", "actor", "issue", "polarity",
                                                    "option", "red line", "speaker", "evidence",
                                                    "passage"),
                    key=7)
        quotes = _quotes(st, rows)
        for r in rows:
            grid.add(shown_date(r["date"], r["published"]), r["actor"], r["issue"], r["polarity"],
                     "" if r["option"] is None else str(r["option"]),
                     "yes" if r["red_line"] else "", r["speaker"] or "", r["id"], quotes[r["id"]])
        show(out, grid)


@app.command()
def evidence(
    fact_id: Annotated[str, typer.Argument(
        metavar="ID", help="A scenario citation (DOC[START:END] or DOC, as in the scenario's "
                           "evidence), a news-store fact (DOC:e0, DOC:s3, DOC:f1) or a store "
                           "document id.")],
    scenario: Annotated[str, typer.Option(
        "--scenario", help="The scenario whose citations to resolve (built-in name or file).")
    ] = "ukraine-2022-2026",
    text: Annotated[Path | None, typer.Option(
        "--text", help="A local copy of the cited document's text (checked against the "
                       "SHA-256 the scenario records).")] = None,
    store: StorePathOpt = None,
    old_store: OldStorePathOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Print the source behind a fact. For a scenario citation: the document (outlet, title,
    URL, date), every fact citing it (or that span of it) with its paraphrase, and the passage
    when the text is at hand (news store or --text). For a news-store fact: document, sources,
    date and the exact text span; for an event told in several sentences (a headline and the
    body, a round told over sentences) also the other sentences it was read from.

    Example: `accord evidence 001_98360ec3f6a2b716[4687:5053]` · `accord evidence
    004_23dc4b873aa3af4c` · `accord evidence 3f2a9c0e1b7d4a55:s2`
    """
    with guard():
        # (one store for both kinds of id: the deprecated `--store PATH` was ignored for a
        # scenario citation, whose passage then came from the default store or not at all)
        store_path = chosen_store(store, old_store)
        citation = "[" in fact_id or ":" not in fact_id
        if citation and _scenario_citation(fact_id, scenario, text, store_path, json_out):
            return
        st = _store(store_path)
        doc_id, _, local = fact_id.partition(":")
        table = {"e": "events", "s": "stances", "f": "figures"}.get(local[:1]) if local else None
        if local and table is None:
            raise ScenarioFileError.single(fact_id, "an id of unknown form",
                                           "DOC:eN, DOC:sN, DOC:fN or DOC",
                                           "copy the id from `accord timeline` or `accord stances`")
        fact: dict[str, Any] | None = None
        if table is not None:
            found = st.query(f"SELECT * FROM {table} WHERE id = ?", [fact_id])
            if not found:
                raise ScenarioFileError.single(fact_id, f"no such fact in the store {st.path}",
                                               "an id listed by `accord timeline` or `accord stances`",
                                               "copy the id from their evidence column (same "
                                               "--store-path or ACCORD_HOME)")
            fact = found[0]
            if table == "stances" and fact.get("option") is not None:
                fact["option"] = json.loads(fact["option"])
            if table == "events" and fact.get("heads"):
                fact["heads"] = json.loads(fact["heads"])
        docs = st.query("SELECT id, title, url, published, published_basis, text FROM documents "
                        "WHERE id = ?", [doc_id])
        if not docs:
            raise ScenarioFileError.single(
                fact_id, f"no such document in the store {st.path}"
                + (" nor among the scenario's sources" if citation else ""),
                "a document id: the part before ':' of an id from `accord timeline` or `accord "
                "stances`, or a source the scenario cites (its evidence in `accord analyze`)",
                "copy the id from one of those commands (same --store-path or ACCORD_HOME)")
        doc = docs[0]
        sources = st.query("SELECT source, locator FROM provenance WHERE doc = ? ORDER BY source, "
                           "locator", [doc_id])
        start, end = (fact["start"], fact["end"]) if fact else (0, min(len(doc["text"]), 600))
        passage = doc["text"][start:end]
        # an event read from several sentences: the others, in text order, as further passages
        from accord.store.db import event_evidence

        further = [{"span": [a, b], "passage": doc["text"][a:b]}
                   for a, b in (event_evidence(fact) if fact and table == "events" else [])
                   if (a, b) != (start, end)]
        if fact and table == "events":
            fact["evidence"] = [list(x) for x in event_evidence(fact)]
        data = {"id": fact_id, "doc": doc_id, "span": [start, end], "passage": passage,
                "further_passages": further,
                "published": doc["published"], "title": doc["title"], "url": doc["url"],
                "sources": [s["source"] + s["locator"] for s in sources],
                "fact": {k: v for k, v in (fact or {}).items() if k not in ("doc",)} or None}
        if json_out:
            print_json(data)
            return
        out.print(Text.assemble(("evidence ", "bold"), f"{fact_id}  {doc_id}[{start}:{end}]"
                                f"  published {doc['published'] or 'unknown'}"), highlight=False)
        for s in data["sources"]:
            out.print(Text(f"  source: {s}"), highlight=False)
        if fact:
            keys = [k for k in ("kind", "actor", "issue", "polarity", "option", "red_line", "speaker",
                                "date", "date_start", "date_end", "place", "parties", "mediators",
                                "value", "hedge", "unit", "per_side")
                    if k in fact and fact[k] not in (None, [], False)
                    and not (table == "events" and k in ("unit", "per_side"))
                    and not (k == "date_end" and fact[k] == fact.get("date_start"))]
            shown = [f"{k}={fact[k]}" for k in keys]
            parts = _outcome(fact) if table == "events" else []
            if parts:  # its outcome and figure in words, as `accord timeline` has them
                shown.append("outcome=" + "; ".join(parts))
            out.print(Text("  " + ", ".join(shown)), highlight=False)
        before, after = _context(doc["text"], start, end)
        # without colour (piped, NO_COLOR) the passage is marked ».. «: it looked like the
        # context around it, and the context began mid-word ("…h within the next two weeks")
        left, right = ("", "") if out.color_system else ("»", "«")
        out.print(Text.assemble(("  " + before, "dim"), (left + passage + right, "bold yellow"),
                                (after, "dim")), soft_wrap=True)
        for f in further:
            out.print(Text.assemble(("  also told in ", "bold"), f"{doc_id}[{f['span'][0]}:{f['span'][1]}]"),
                      highlight=False)
            out.print(Text.assemble(("  " + f["passage"], "yellow")), soft_wrap=True)


def _context(text: str, start: int, end: int, room: int = 120) -> tuple[str, str]:
    """Up to ``room`` characters of ``text`` either side of ``[start, end)``, cut at whole words,
    with "…" where the text goes on."""
    lo = max(0, start - room)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else start
    hi = min(len(text), end + room)
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else end
    return ("…" if lo > 0 else "") + text[lo:start], text[end:hi] + ("…" if hi < len(text) else "")


def _scenario_citation(fact_id: str, scenario: str, text: Path | None, store: str | None,
                       json_out: bool) -> bool:
    """Resolve ``fact_id`` as a citation of the scenario and print it; False when it names no
    document of the scenario (the caller then looks in the news store)."""
    from accord.io import load
    from accord.report.scenario_evidence import parse_citation, resolve, store_id

    parsed = parse_citation(fact_id)
    if parsed is None:
        return False
    s = load(scenario)
    doc_id, span = parsed
    if doc_id not in {d.id for d in s.documents}:
        if span is not None:
            raise ScenarioFileError.single(fact_id, f"no document {doc_id!r} in scenario {s.id}",
                                           "a document id of the scenario",
                                           "copy the citation from the scenario's evidence or "
                                           "`accord analyze --json`")
        return False
    body: str | None = None
    source: str | None = None
    if text is not None:
        try:
            body, source = text.read_text(encoding="utf-8"), str(text)
        except (OSError, UnicodeDecodeError) as exc:
            raise ScenarioFileError.single(str(text), f"a file that cannot be read as UTF-8 text "
                                           f"({type(exc).__name__})", "the document's text",
                                           "check the path") from None
    else:
        from accord.store import Store

        st = Store(store)
        key = store_id(s.document(doc_id))
        if st.exists and key is not None:
            rows = st.query("SELECT text FROM documents WHERE id = ?", [key])
            if rows:
                body, source = rows[0]["text"], f"news store {st.path} (document {key})"
    data = resolve(s, doc_id, span, body, source)
    if json_out:
        print_json(data)
        return True
    src = data["source"]
    where = f"{doc_id}[{span[0]}:{span[1]}]" if span else doc_id
    out.print(Text.assemble(("evidence ", "bold"), where), highlight=False)
    meta = " · ".join(x for x in (src["outlet"], src["published"] or src["published_basis"],
                                  src["language"]) if x)
    out.print(Text(f"  {src['title']}" + (f" ({meta})" if meta else "")), highlight=False)
    if src["url"]:
        out.print(Text(f"  {src['url']}"), highlight=False)
    for note in (data.get("span_note"), data.get("text_note")):
        if note:
            out.print(Text(f"  note: {note}", style="yellow"), highlight=False)
    if data["passage"] is not None:
        before, after = data["context"]
        out.print(Text.assemble(("  …" + before, "dim"), (data["passage"], "bold yellow"),
                                (after + "…", "dim")), soft_wrap=True)
        out.print(Text(f"  text from {data['text_source']}", style="dim"), highlight=False)
    out.print(Text(f"Facts citing it ({len(data['facts'])}):", style="bold"), highlight=False)
    for f in data["facts"]:
        at = f"[{f['span'][0]}:{f['span'][1]}] " if f["span"] else ""
        out.print(Text(f"  {f['path']} ({f['fact']}): {at}{f['paraphrase']}"), highlight=False,
                  soft_wrap=True)
    return True


@app.command("export")
def export_store(
    folder: Annotated[Path, typer.Argument(help="Folder to write one file per table into.")],
    fmt: Annotated[str, typer.Option("--format", help="parquet, jsonl, csv or xlsx (xlsx: "
                                                      "with --scenario).")] = "parquet",
    scenario: Annotated[str | None, typer.Option(
        "--scenario", help="Export this scenario's analysis (positions, timeline with the "
                           "figures each event states, forecasts, "
                           "deals and their status changes, incidents, exchanges, "
                           "contradictions, indicators, odds) instead of the news store.")] = None,
    as_of: Annotated[str | None, typer.Option(help="With --scenario: the date of the analysis.")]
    = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite files of an earlier export "
                                                        "in FOLDER.")] = False,
    store: StorePathOpt = None,
    old_store: OldStorePathOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Export the news store (documents, provenance, mentions, events, stances, figures) to
    Parquet, JSON Lines or CSV files; or, with --scenario, the analysis of a scenario (positions,
    timeline, forecasts, partial deals with their status changes and incidents, the exchange
    ledger, contradictions side by side, indicators, the odds of a deal) as CSV, XLSX (one sheet
    per table), Parquet or JSON Lines. FOLDER is checked first: it must be a folder (created if
    absent) that can be written, without files of an earlier export unless --force.

    Example: `accord export out/ --format jsonl` ·
    `accord export out/ --scenario ukraine-2022-2026 --format xlsx`
    """
    with guard():
        from accord.cli.outputs import output_folder

        if scenario is not None:
            from accord.io import load
            from accord.report.tables import FORMATS, scenario_tables, write_tables

            fmt = choose("--format", fmt, FORMATS, "format")
            output_folder(folder, "export FOLDER", force=force)
            s = load(scenario)
            date = date_option(as_of) if as_of else None
            written = write_tables(scenario_tables(s, date), folder, fmt)
        else:
            from accord.store.db import TABLES

            fmt = choose("--format", fmt, ["parquet", "jsonl", "csv"], "format",
                         "(xlsx is for a scenario's analysis: add --scenario NAME)")
            output_folder(folder, "export FOLDER", [f"{t}.{fmt}" for t in TABLES], force)
            written = _store(chosen_store(store, old_store)).export(folder, fmt)
        if json_out:
            print_json({"files": [str(p) for p in written]})
            return
        for p in written:
            out.print(Text(f"wrote {p}"), highlight=False)
