"""News store extractions as tracking records: claims of control and their denials, reports
that a partial deal holds or is broken, exchanges carried out, each with the store's evidence
(document id and character span), ready to pass to `accord.track.track_report` as a `TrackExtra`.

Which extraction becomes which record is the table `RULES`: one function per extraction kind
(and CAMEO code), so a new extraction kind needs one entry. A row no rule can use completely
(no place, no date, no acting side, no deal it could concern) is listed in `skipped` with the
reason instead of being guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from accord.model import Claim, Evidence, Exchange, Incident, Scenario
from accord.model.dates import first_day, last_day
from accord.news.events import CLAIM

SIDES = {"RUS": "UKR", "UKR": "RUS"}
"""The two sides of the flagship war: a denial by one side speaks about the other's claim."""


@dataclass
class NewsRecords:
    """Claims, incidents and exchanges read from the news, and the rows that could not be used
    (with the reason)."""

    source: str = "news store"
    claims: list[Claim] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    exchanges: list[Exchange] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


@dataclass
class _Out(NewsRecords):
    seen: dict[tuple[str, ...], Claim] = field(default_factory=dict)


Row = dict[str, Any]
Rule = Callable[[Row, Scenario, _Out], None]


def _record_id(row: Row) -> str:
    return "news-" + re.sub(r"[^a-z0-9_.-]", "-", str(row["id"]).lower())[:70]


def _date(row: Row) -> str | None:
    return row.get("date_start") or row.get("published")


def _evidence(row: Row, words: str) -> list[Evidence]:
    title = row.get("title") or row["doc"]
    return [Evidence(doc=row["doc"], span=(int(row["start"]), int(row["end"])),
                     paraphrase=f"news extraction {row['id']} ({title[:120]}): {words}"[:300],
                     date=_date(row))]


def _source(row: Row, who: str) -> str:
    title = row.get("title") or f"document {row['doc']}"
    return f"{who}, as reported in '{title[:150]}'"


def _control(row: Row, s: Scenario, out: _Out, denial: bool) -> None:
    date, place = _date(row), row.get("place")
    parties = [p for p in row.get("parties") or [] if p in SIDES]
    if place is None or date is None or not parties:
        out.skipped.append(f"{row['id']}: a {'denial' if denial else 'claim'} of control without "
                           f"{'place' if place is None else 'date' if date is None else 'acting side'}")
        return
    if denial and CLAIM.search(row.get("sentence") or ""):
        # "X denied that Russian troops had captured P": the acting side the extractor found is
        # the one said to have captured the place, and the other side denies it
        actor, extent = parties[0], "none"
        claimant = SIDES[actor]
    elif denial:
        # "... called it a lie" after a claim: the acting side is the one that rebuts
        claimant = parties[0]
        actor, extent = SIDES[claimant], "none"
    else:
        claimant = parties[0]
        actor, extent = claimant, "full"
    words = (f"{claimant} denies that {actor} holds {place}" if denial
             else f"{claimant} claims control of {place}")
    key = (row["doc"], "control", place, actor, extent)
    if key in out.seen:
        return  # the same claim again in the same article (headline and body)
    out.seen[key] = Claim(id=_record_id(row), kind="control", claimant=claimant,
                            source=_source(row, claimant), date=date, place=place, actor=actor,
                            extent=extent, text=words, evidence=_evidence(row, words))
    out.claims.append(out.seen[key])


def _claim(row: Row, s: Scenario, out: _Out) -> None:
    """A claim event: a capture (CAMEO 192, PLOVER ASSAULT), a rebuttal of one (CAMEO 112,
    PLOVER ACCUSE), or a report on a strike pause (topic ceasefire.energy)."""
    if row.get("topic") == "ceasefire.energy" and row.get("place") is None:
        _deal_report(row, s, out)
    elif row.get("cameo") == "112" or row.get("plover") == "ACCUSE":
        _control(row, s, out, denial=True)
    elif row.get("cameo") == "192" or row.get("plover") == "ASSAULT":
        _control(row, s, out, denial=False)
    else:
        out.skipped.append(f"{row['id']}: a claim that is neither a capture nor a denial")


def _deal_report(row: Row, s: Scenario, out: _Out) -> None:
    """A report bearing on a strike pause: attached to the scenario's deal on that topic which
    was in force (or disputed) on the report's date."""
    date = _date(row)
    if date is None:
        out.skipped.append(f"{row['id']}: a report on a deal without a date")
        return
    deal = _deal_for(s, str(row.get("topic")), date)
    if deal is None:
        out.skipped.append(f"{row['id']}: no deal on {row.get('topic')} was in force on {date}")
        return
    parties = [p for p in row.get("parties") or [] if p in SIDES]
    words = f"report on the {deal} deal"
    out.incidents.append(Incident(
        id=_record_id(row), agreement=deal, kind="compliance", date=date,
        claimant=parties[0] if parties else None, source=_source(row, parties[0] if parties else "a report"),
        description="a report that the deal is being observed", evidence=_evidence(row, words)))


def _deal_for(s: Scenario, topic: str, date: str) -> str | None:
    """The agreed deal with a provision on `topic` whose term (earliest effective date, else the
    announcement, to its expiry, extensions or end) contains `date`."""
    day = first_day(date)
    for a in s.agreements:
        if a.stage != "agreed" or not any(p.issue == topic for p in a.provisions):
            continue
        starts = [first_day(e.date) for e in a.effective] or [first_day(a.announced or date)]
        start = min(starts)
        ends = [last_day(a.expires)] if a.expires else (
            [start + dt.timedelta(days=a.duration_days - 1)] if a.duration_days else [])
        ends += [last_day(x.until) for x in a.extensions if x.until]
        end = max(ends) if ends and not any(x.until is None for x in a.extensions) else None
        if a.end is not None:
            end = min(end, last_day(a.end.date)) if end else last_day(a.end.date)
        if start <= day and (end is None or day <= end):
            return a.id
    return None


def _exchange(row: Row, s: Scenario, out: _Out) -> None:
    """An exchange carried out (extraction kind `exchange`): the number per side, each side."""
    date, n = _date(row), row.get("quantity")
    if date is None:
        out.skipped.append(f"{row['id']}: an exchange without a date")
        return
    released = {side: (int(n) if n is not None and row.get("per_side") else None) for side in SIDES}
    out.exchanges.append(Exchange(id=_record_id(row), date=date, released=released,
                                  note="extracted from the news; not linked to a deal",
                                  evidence=_evidence(row, "an exchange carried out")))


RULES: dict[str, Rule] = {
    "claim": _claim,
    "exchange": _exchange,
    "denial": lambda row, s, out: _control(row, s, out, denial=True),
}
"""Extraction kind -> the function that turns a store event of that kind into records."""


def news_records(s: Scenario, rows: list[Row], source: str = "news store") -> NewsRecords:
    """Tracking records from news store event rows (with their document's `title` and
    `published`), for the scenario `s` (whose deals reports are attached to)."""
    out = _Out(source=source)
    for row in rows:
        rule = RULES.get(str(row.get("kind")))
        if rule is None:
            continue
        try:
            rule(row, s, out)
        except ValidationError as exc:
            out.skipped.append(f"{row['id']}: {exc.errors()[0]['msg']}")
    return NewsRecords(source, out.claims, out.incidents, out.exchanges, out.skipped)


EVENT_QUERY = """
SELECT e.id, e.doc, e.start, e."end", e.kind, e.date_start, e.place, e.parties, e.plover, e.cameo,
       e.topic, e.quantity, e.unit, e.per_side, d.title, d.published,
       substr(d.text, e.start + 1, e."end" - e.start) AS sentence
FROM events e JOIN documents d ON d.id = e.doc
WHERE e.kind IN ({kinds})
ORDER BY d.seq, e.start, e.id
"""


def store_records(s: Scenario, store: Any) -> NewsRecords:
    """`news_records` of every event in `store` (an `accord.store.Store`) of a kind in `RULES`."""
    kinds = ", ".join(f"'{k}'" for k in RULES)
    rows = store.query(EVENT_QUERY.format(kinds=kinds)) if store.exists else []
    return news_records(s, rows, source=f"news store {store.path}")
