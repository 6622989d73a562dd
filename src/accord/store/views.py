"""Read-only views of the news store shared by the CLI (`accord timeline`, `accord stances`) and
the web pages, so that both show the same rows."""

from __future__ import annotations

import json
from typing import Any

from accord.store.db import Store, event_evidence


def news_timeline(store: Store, since: str | None = None, kind: str | None = None
                  ) -> list[dict[str, Any]]:
    """Events extracted from the news in date order (undated ones by their article's date), each
    with `evidence`: the `[start, end]` spans of every sentence it was read from."""
    sql = ("SELECT e.*, d.published FROM events e JOIN documents d ON d.id = e.doc "
           "WHERE (? IS NULL OR coalesce(e.date_start, d.published) >= ?) "
           "AND (? IS NULL OR e.kind = ?) "
           "ORDER BY coalesce(e.date_start, d.published, '9999') , d.seq, e.start")
    rows = store.query(sql, [since, since, kind, kind])
    for r in rows:
        r["heads"] = json.loads(r["heads"]) if r["heads"] else {}
        r["evidence"] = [list(x) for x in event_evidence(r)]
    return rows


def news_stances(store: Store, actor: str | None = None, issue: str | None = None,
                 since: str | None = None) -> list[dict[str, Any]]:
    """Stances extracted from the news; ``issue`` matches an id or a prefix (``territory``)."""
    sql = ("SELECT s.*, d.published FROM stances s JOIN documents d ON d.id = s.doc "
           "WHERE (? IS NULL OR s.actor = ?) AND (? IS NULL OR s.issue = ? OR "
           "starts_with(s.issue, ? || '.')) AND (? IS NULL OR s.date >= ?) "
           "ORDER BY coalesce(s.date, '9999'), d.seq, s.start, s.id")
    rows = store.query(sql, [actor, actor, issue, issue, issue, since, since])
    for r in rows:
        r["option"] = json.loads(r["option"]) if r["option"] else None
    return rows


def document_texts(store: Store, rows: list[dict[str, Any]]) -> dict[str, str]:
    """The text of every document the rows cite (their `doc`), by document id: one query."""
    docs = sorted({r["doc"] for r in rows})
    if not docs:
        return {}
    return {d["id"]: d["text"] for d in store.query(
        "SELECT id, text FROM documents WHERE list_contains(?, id)", [docs])}


def span_text(text: str, start: int, end: int) -> str:
    """A passage of `text` with its whitespace (line breaks of the article) made single spaces."""
    return " ".join(text[start:end].split())


def shown_date(own: str | None, published: str | None) -> str:
    """How a row's date is shown, in the CLI tables and on the news page alike: its own date;
    else the article's publication date in brackets; "?" when neither is known."""
    return own or (f"({published})" if published else "?")


def with_passages(store: Store, events: list[dict[str, Any]], stances: list[dict[str, Any]]) -> None:
    """Give every row of `news_timeline` and `news_stances` its `passage`: the sentences it was
    read from, joined by " … ". The news page showed only ids ("reject renounced, peskov,
    2e33bc6e475a2a85:s4"), so a reader could not see what a stance rested on without the CLI."""
    texts = document_texts(store, [*events, *stances])
    for r in events:
        text = texts.get(r["doc"], "")
        spans = r.get("evidence") or event_evidence(r)
        r["passage"] = " … ".join(span_text(text, a, b) for a, b in spans)
    for r in stances:
        text = texts.get(r["doc"], "")
        has_span = r.get("start") is not None
        r["passage"] = span_text(text, int(r["start"]), int(r["end"])) if has_span else ""
