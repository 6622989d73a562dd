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


def with_passages(store: Store, events: list[dict[str, Any]], stances: list[dict[str, Any]]) -> None:
    """Give every row of `news_timeline` and `news_stances` its `passage`: the sentences it was
    read from, joined by " … ". The news page showed only ids ("reject renounced, peskov,
    2e33bc6e475a2a85:s4"), so a reader could not see what a stance rested on without the CLI."""
    docs = sorted({r["doc"] for r in [*events, *stances]})
    if not docs:
        return
    marks = ", ".join("?" for _ in docs)
    rows = store.query(f"SELECT id, text FROM documents WHERE id IN ({marks})", docs)
    texts = {d["id"]: d["text"] for d in rows}
    for r in events:
        text = texts.get(r["doc"], "")
        spans = r.get("evidence") or event_evidence(r)
        r["passage"] = " … ".join(" ".join(text[a:b].split()) for a, b in spans)
    for r in stances:
        text = texts.get(r["doc"], "")
        has_span = r.get("start") is not None
        r["passage"] = " ".join(text[int(r["start"]):int(r["end"])].split()) if has_span else ""
