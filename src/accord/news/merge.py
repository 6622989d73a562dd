"""News against the scenario: what `accord analyze --store` adds.

- News events enter the timeline: an event that matches a scenario event (same kind, same place
  or one of them without a place, overlapping dates with one day of slack, or an undated report
  of a round at the same place in a dated article) adds its passages to that event's evidence;
  any other event is added as a row of its own, marked `source: news`. An event read from several sentences (a
  headline and the body, a round told over sentences) has a passage for each, its main sentence
  first (`accord.store.db.event_evidence`).
- Disagreements, each with its evidence passages:
  - `missing_round`: a reported negotiation round with no matching scenario event;
  - `new_stance`: a stance of an actor on an issue on which the scenario gives that actor no
    position at all;
  - `changed_position`: a stance that contradicts the scenario position in force at the stance's
    date (or, undated, at the analysis date): demanding, supporting, accepting or proposing an
    option outside the position's ideal and acceptable options (or numeric range), or rejecting
    one the position holds acceptable.
"""

from __future__ import annotations

import json
from typing import Any

from accord.model import Scenario
from accord.model.dates import first_day, last_day
from accord.store.db import Store, event_evidence

MAX_EVIDENCE = 5
WINDOW_DAYS = 45
"""An undated event matches scenario events from this many days before publication on."""


def _evidence(row: dict[str, Any], text: str) -> dict[str, Any]:
    passage = " ".join(text[row["start"]:row["end"]].split())
    return {"doc": row["doc"], "span": [row["start"], row["end"]],
            "quote": passage if len(passage) <= 240 else passage[:237] + "...",
            "date": row.get("date") or row.get("date_start") or row.get("published"),
            "fact": row["id"]}


def _passages(row: dict[str, Any], text: str) -> list[dict[str, Any]]:
    """The evidence of an event row: a passage for each sentence it was read from, its own
    sentence first, then the others in text order."""
    own = (row["start"], row["end"])
    spans = [own] + [x for x in event_evidence(row) if x != own]
    return [_evidence(row | {"start": a, "end": b}, text) for a, b in spans]


def _overlaps(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool | None:
    if a[0] is None or b[0] is None:
        return None
    from datetime import timedelta

    a0, a1 = first_day(a[0]), last_day(a[1] or a[0])
    b0, b1 = first_day(b[0]), last_day(b[1] or b[0])
    return a0 <= b1 + timedelta(days=1) and b0 <= a1 + timedelta(days=1)


def _match(scenario: Scenario, ev: dict[str, Any]) -> str | None:
    for s in scenario.events:
        if s.kind != ev["kind"]:
            continue
        if ev["place"] and s.place and ev["place"] != s.place:
            continue
        dates = _overlaps((ev["date_start"], ev["date_end"]), (s.start, s.end))
        if dates is None and ev["date_start"] is None and ev.get("published") and s.start:
            # undated report: the event happened shortly before publication
            from datetime import timedelta

            pub = last_day(ev["published"])
            window = ((pub - timedelta(days=WINDOW_DAYS)).isoformat(), pub.isoformat())
            dates = _overlaps(window, (s.start, s.end))
        if dates is None and ev["date_start"] is None and not ev.get("published"):
            # neither the report nor its article is dated: a place alone is no match (a Geneva
            # round of March 2026 in an undated article was filed under the talks of 2025-11-23)
            continue
        if dates is True or (dates is None and ev["place"] and ev["place"] == s.place):
            return s.id
    return None


def _position_conflict(scenario: Scenario, st: dict[str, Any], date: str) -> str | None:
    pos = scenario.position(st["actor"], st["issue"], date)
    if pos is None or st["option"] is None:
        return None
    option = st["option"]
    if isinstance(option, (int, float)):
        lo, hi = pos.acceptable_range or (None, None)
        if lo is None or hi is None:
            return None
        inside = lo <= option <= hi
        if st["polarity"] in ("demand", "support", "accept", "propose") and not inside:
            return f"{st['polarity']} {option:g} outside the scenario's acceptable range [{lo:g}, {hi:g}]"
        if st["polarity"] == "reject" and inside:
            return f"rejects {option:g}, inside the scenario's acceptable range [{lo:g}, {hi:g}]"
        return None
    held = set(pos.acceptable) | ({pos.ideal} if isinstance(pos.ideal, str) else set())
    if st["polarity"] in ("demand", "support", "accept", "propose") and option not in held:
        return (f"{st['polarity']} {option}; the scenario (as of {pos.as_of}) has ideal "
                f"{pos.ideal}, acceptable {sorted(pos.acceptable)}")
    if st["polarity"] == "reject" and option in set(pos.acceptable):
        return (f"rejects {option}, which the scenario (as of {pos.as_of}) counts as acceptable "
                f"for {st['actor']}")
    return None


# the member codes of the corpus README (stances name a German, French, British or Polish
# government, or the EU's institutions, as the text does); a scenario that models Europe as one
# actor compares them as EUR
MEMBERS = {"DEU": "EUR", "FRA": "EUR", "GBR": "EUR", "POL": "EUR", "EU": "EUR"}


def _round_summary(ev: dict[str, Any], where: str) -> str:
    """A news round the scenario lacks, in words: a round only announced says "planned", a span
    of days ("Ende März") gives both ends, and no parties no "()" (it read "a round in istanbul on
    2026-03-21 () that the scenario does not list" for a round planned for late March)."""
    start, end = ev["date_start"], ev["date_end"]
    when = (f"between {start} and {end}" if start and end and end != start
            else f"on {start}" if start else "on an unstated date")
    if not start and not ev.get("published"):
        when += (" (its article has no date either, so no scenario round can be matched to it;"
                 " a first line 'date: YYYY-MM-DD' dates the article)")
    kind = "a planned round" if ev["outcome"] == "planned" else "a round"
    parties = f" ({', '.join(ev['parties'])})" if ev["parties"] else ""
    return f"{kind}{where} {when}{parties} that the scenario does not list"


def compare(scenario: Scenario, store: Store, as_of: str) -> dict[str, Any]:
    """The news section of the analyze report (see module docstring)."""
    docs = {d["id"]: d for d in store.query("SELECT id, text, published, title FROM documents")}
    events = store.query("SELECT * FROM events ORDER BY doc, start, id")
    stances = store.query("SELECT * FROM stances ORDER BY doc, start, id")
    actors = {a.id for a in scenario.actors}
    issues = {i.id for i in scenario.issues}
    timeline: list[dict[str, Any]] = []
    matched: dict[str, list[dict[str, Any]]] = {}
    disagreements: dict[tuple[Any, ...], dict[str, Any]] = {}

    def flag(key: tuple[Any, ...], item: dict[str, Any], *evidence: dict[str, Any]) -> None:
        entry = disagreements.setdefault(key, item | {"evidence": []})
        entry["evidence"].extend(evidence[:MAX_EVIDENCE - len(entry["evidence"])])

    for ev in events:
        doc = docs[ev["doc"]]
        ev["published"] = doc["published"]
        passages = _passages(ev, doc["text"])
        hit = _match(scenario, ev)
        if hit is not None:
            matched.setdefault(hit, []).extend(passages)
            continue
        heads = json.loads(ev["heads"]) if ev["heads"] else {}
        where = f" in {ev['place']}" if ev["place"] else ""
        row = {"id": ev["id"], "kind": ev["kind"], "source": "news",
               "title": f"news: {ev['kind'].replace('_', ' ')}{where}",
               "start": ev["date_start"], "end": ev["date_end"] or ev["date_start"],
               "reported": doc["published"], "place": ev["place"], "venue": ev["venue"],
               "parties": [p for p in ev["parties"] or [] if p in actors],
               "mediators": list(ev["mediators"] or []), "heads": heads,
               "outcome": ev["outcome"], "duration_minutes": ev["duration_minutes"],
               "quantities": ([{"value": ev["quantity"], "unit": ev["unit"], "per_side": ev["per_side"]}]
                              if ev["unit"] else []),
               "plover": ev["plover"], "cameo": ev["cameo"], "evidence": passages}
        timeline.append({k: v for k, v in row.items() if v not in (None, [], {})})
        if ev["kind"] == "round":
            flag(("missing_round", ev["id"]), {
                "type": "missing_round", "actor": None, "issue": None,
                "summary": _round_summary(ev, where)}, *passages)
    for st in stances:
        if st["actor"] not in actors and MEMBERS.get(st["actor"]) in actors:
            st["actor"] = MEMBERS[st["actor"]]  # a member's position is the European side's here
        if st["actor"] not in actors or st["issue"] not in issues:
            continue
        doc = docs[st["doc"]]
        st["option"] = json.loads(st["option"]) if st["option"] else None
        date = st["date"] or as_of
        evidence = _evidence(st | {"date": st["date"] or doc["published"]}, doc["text"])
        if not scenario.position_history(st["actor"], st["issue"]):
            flag(("new_stance", st["actor"], st["issue"], st["polarity"], str(st["option"])), {
                "type": "new_stance", "actor": st["actor"], "issue": st["issue"],
                "polarity": st["polarity"], "option": st["option"],
                "summary": f"{st['actor']} {st['polarity']} {st['option'] or ''} on {st['issue']}; "
                           "the scenario has no position of this actor on this issue".replace("  ", " ")},
                evidence)
            continue
        conflict = _position_conflict(scenario, st, date)
        if conflict is not None:
            flag(("changed_position", st["actor"], st["issue"], st["polarity"], str(st["option"])), {
                "type": "changed_position", "actor": st["actor"], "issue": st["issue"],
                "polarity": st["polarity"], "option": st["option"],
                "summary": f"{st['actor']} on {st['issue']}: news {conflict}"}, evidence)
    order = {"missing_round": 0, "changed_position": 1, "new_stance": 2}
    items = sorted(disagreements.values(),
                   key=lambda d: (order[d["type"]], d.get("actor") or "", d.get("issue") or "",
                                  d["summary"]))
    return {"store": str(store.path), "documents": len(docs), "events": len(events),
            "stances": len(stances), "timeline": timeline, "matched": matched,
            "disagreements": items}
