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
from accord.model.claims import Extent
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


def _sides(row: Row, field: str) -> list[str]:
    return [p for p in row.get(field) or [] if p in SIDES]


def _control(row: Row, out: _Out, claimant: str, actor: str, extent: Extent) -> None:
    """One control claim (the same claim twice in an article, headline and body, counts once)."""
    date, place = _date(row), row.get("place")
    if place is None or date is None:
        missing = "place" if place is None else "date"
        out.skipped.append(f"{row['id']}: a claim about control without {missing}")
        return
    words = {"none": f"{claimant} denies that {actor} holds {place}",
             "full": f"{claimant} claims {actor} holds {place}",
             "partial": f"{claimant} claims {actor} holds at least part of {place}"}[extent]
    key = (row["doc"], "control", place, actor, extent)
    if key in out.seen:
        return
    out.seen[key] = Claim(id=_record_id(row), kind="control", claimant=claimant,
                          source=_source(row, claimant), date=date, place=place, actor=actor,
                          extent=extent, text=words, evidence=_evidence(row, words))
    out.claims.append(out.seen[key])


def _claim(row: Row, s: Scenario, out: _Out) -> None:
    """A claim event. With the extractor's claim type (`claim` column): a capture (the claimant
    holds the place), control (holds at least part of it), a denial (the side in `against` does
    not hold it; without a place, the claimant denies breaking the deal), an accusation or
    violation of a deal (an incident against the side in `against`), compliance (a report that the
    deal holds). A rebuttal cue (CAMEO 112) on a capture makes it a denial of that capture. Stores
    written before claim types: CAMEO 192 is a capture, CAMEO 112 a rebuttal."""
    kind = row.get("claim")
    claimants, against = _sides(row, "parties"), _sides(row, "against")
    rebuttal = row.get("cameo") == "112" or row.get("plover") == "ACCUSE"
    if len(claimants) > 1:
        out.skipped.append(f"{row['id']}: both sides named as claimant; who claims what is unclear")
        return
    if rebuttal and kind in ("violation", "accusation") and claimants:
        # "Moscow denied that Russia had violated the pause": the claimant denies its own breach
        _deal_report(row, s, out, "denial", claimants[0], None)
        return
    if rebuttal and kind in (None, "", "capture", "control") and claimants:
        # a rebuttal cue in the sentence: "X denied that Russian troops had captured P" names the
        # side said to have captured P (the acting side found); without a capture verb ("... called
        # it a lie", after a claim) the acting side is the one that rebuts
        if CLAIM.search(row.get("sentence") or ""):
            _control(row, out, SIDES[claimants[0]], claimants[0], "none")
        else:
            _control(row, out, claimants[0], SIDES[claimants[0]], "none")
        return
    if kind:
        if not claimants:
            out.skipped.append(f"{row['id']}: a {kind} claim without a claimant")
            return
        who = claimants[0]
        other = against[0] if against else SIDES[who]
        if kind in ("capture", "control"):
            _control(row, out, who, who, "full" if kind == "capture" else "partial")
        elif kind == "denial" and row.get("place"):
            _control(row, out, who, other, "none")
        elif kind in ("violation", "accusation", "compliance", "denial"):
            _deal_report(row, s, out, kind, who, other)
        else:
            out.skipped.append(f"{row['id']}: claim type {kind!r} has no tracking record")
        return
    parties = claimants
    if row.get("topic") == "ceasefire.energy" and row.get("place") is None:
        _deal_report(row, s, out, "compliance", parties[0] if parties else None, None)
    elif not parties:
        out.skipped.append(f"{row['id']}: a claim without an acting side")
    elif row.get("cameo") == "192" or row.get("plover") == "ASSAULT":
        _control(row, out, parties[0], parties[0], "full")
    else:
        out.skipped.append(f"{row['id']}: a claim that is neither a capture nor a denial")


def _deal_report(row: Row, s: Scenario, out: _Out, kind: str, claimant: str | None,
                 accused: str | None) -> None:
    """A report bearing on a deal (by its topic, else any strike pause): attached to the
    scenario's deal on that topic whose term contains the report's date. A violation or an
    accusation becomes a violation incident (verification `claimed`), compliance a compliance
    report; a denial also becomes a violation claim (`happened: false`) of the denying side, so
    that it contradicts an accusation of the same breach."""
    date = _date(row)
    topic = str(row.get("topic") or "ceasefire.energy")
    if date is None:
        out.skipped.append(f"{row['id']}: a report on a deal without a date")
        return
    deal = _deal_for(s, topic, date)
    if deal is None:
        out.skipped.append(f"{row['id']}: no deal on {topic} was in force on {date}")
        return
    who = claimant or "a report"
    if kind == "denial":
        words = f"{who} denies breaking the {deal} deal"
        out.claims.append(Claim(id=_record_id(row), kind="violation", claimant=claimant,
                                source=_source(row, who), date=date, agreement=deal, actor=claimant,
                                happened=False, text=words, evidence=_evidence(row, words)))
        return
    if kind == "compliance":
        words = f"{who} reports the {deal} deal holding"
        out.incidents.append(Incident(
            id=_record_id(row), agreement=deal, kind="compliance", date=date, claimant=claimant,
            source=_source(row, who), description="a report that the deal is being observed",
            evidence=_evidence(row, words)))
        return
    words = f"{who} accuses {accused or 'the other side'} of breaking the {deal} deal"
    out.incidents.append(Incident(
        id=_record_id(row), agreement=deal, kind="violation", date=date, claimant=claimant,
        alleged_violator=accused, source=_source(row, who), description=words,
        evidence=_evidence(row, words)))
    if accused is not None:
        out.claims.append(Claim(id=_record_id(row) + "-claim", kind="violation", claimant=claimant,
                                source=_source(row, who), date=date, agreement=deal, actor=accused,
                                happened=True, text=words, evidence=_evidence(row, words)))


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


CARRIED_OUT = re.compile(r"\b(?:ausgetauscht|freigelassen|übergeben|zurückgekehrt|heimgekehrt|kehrten|"
                         r"exchanged|swapped|freed|released|returned|handed over|came home|are home)\b",
                         re.IGNORECASE)
PLANNED = re.compile(r"\b(?:sollen|soll|werden|wird|will|would|to be|plan\w*|agree\w*|vereinbar\w*)\b",
                     re.IGNORECASE)


def _exchange(row: Row, s: Scenario, out: _Out) -> None:
    """A prisoner exchange the extractor found (`partial_agreement` on humanitarian.prisoners)
    counts as carried out when its sentence says people were exchanged, freed or returned and
    does not speak of a plan or an agreement; the number is per side when the figure is."""
    sentence = row.get("sentence") or ""
    if row.get("topic") != "humanitarian.prisoners":
        return
    if not CARRIED_OUT.search(sentence) or PLANNED.search(sentence):
        out.skipped.append(f"{row['id']}: an exchange agreed or planned, not reported carried out")
        return
    date, n = _date(row), row.get("quantity")
    if date is None:
        out.skipped.append(f"{row['id']}: an exchange without a date")
        return
    count = int(n) if n is not None and row.get("per_side") else None
    released: dict[str, int | None] = {side: count for side in SIDES}
    out.exchanges.append(Exchange(id=_record_id(row), date=date, released=released,
                                  note="read from the news; not linked to a deal",
                                  evidence=_evidence(row, "an exchange carried out")))


RULES: dict[str, Rule] = {
    "claim": _claim,
    "partial_agreement": _exchange,
}
"""Extraction kind -> the function that turns a store event of that kind into records."""


def news_records(s: Scenario, rows: list[Row], source: str = "news store") -> NewsRecords:
    """Tracking records from news store event rows (with their document's `title` and
    `published`), for the scenario `s` (whose deals reports are attached to)."""
    out = _Out(source=source)
    # an undated extraction (a headline) takes the earliest date extracted from its article
    dated: dict[str, str] = {}
    for row in rows:
        if row.get("date_start") and (row["doc"] not in dated or first_day(row["date_start"]) < first_day(
                dated[row["doc"]])):
            dated[row["doc"]] = row["date_start"]
    rows = [r if r.get("date_start") or r.get("published") or r["doc"] not in dated else
            {**r, "date_start": dated[r["doc"]]} for r in rows]
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
       e.topic, e.quantity, e.unit, e.per_side, {claim_columns} d.title, d.published,
       substr(d.text, e.start + 1, e."end" - e.start) AS sentence
FROM events e JOIN documents d ON d.id = e.doc
WHERE e.kind IN ({kinds})
ORDER BY d.seq, e.start, e.id
"""


def store_records(s: Scenario, store: Any) -> NewsRecords:
    """`news_records` of every event in `store` (an `accord.store.Store`) of a kind in `RULES`."""
    if not store.exists:
        return NewsRecords(source=f"news store {store.path}")
    kinds = ", ".join(f"'{k}'" for k in RULES)
    columns = {r["column_name"] for r in store.query(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'")}
    # stores written before the extractor had claim types lack these columns
    claim_columns = "e.claim, e.against," if {"claim", "against"} <= columns else ""
    rows = store.query(EVENT_QUERY.format(kinds=kinds, claim_columns=claim_columns))
    return news_records(s, rows, source=f"news store {store.path}")
