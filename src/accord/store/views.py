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
