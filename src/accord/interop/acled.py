"""Incidents from and to a CSV in the ACLED export layout.

ACLED (Armed Conflict Location & Event Data) exports one event per row with, among others, the
columns `event_date, event_type, sub_event_type, actor1, actor2, country, admin1, location,
latitude, longitude, source, notes, fatalities`; those thirteen are required. accord reads each
row as an incident bearing on one agreement (`--agreement`, or an `accord_agreement` column):

- `event_date` (ISO `2025-03-21` or ACLED's `21 March 2025`) -> date;
- `actor1` -> the alleged violator, `actor2` -> the claimant, matched to the scenario's actors by
  name or alias ("Military Forces of Russia (2000-)" -> RUS);
- `location` -> location, and the place when a scenario place has that name;
- `source` -> source, `notes` -> description (with the fatalities when ACLED counts any);
- `event_type: Strategic developments` with `sub_event_type: Agreement` -> a compliance report,
  anything else a violation report (verification `claimed`).

The export writes the same thirteen columns plus `accord_*` columns holding what ACLED has no
column for (id, agreement, verification, evidence...), so reading an export gives back the same
incidents.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from accord.io.errors import Located, ScenarioFileError
from accord.model import Actor, Evidence, Incident, Place
from accord.model.dates import parse_partial_date
from accord.model.problems import Problem
from accord.track.gazetteer import Gazetteer

ACLED_COLUMNS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "country",
                 "admin1", "location", "latitude", "longitude", "source", "notes", "fatalities")
ACCORD_COLUMNS = ("accord_id", "accord_agreement", "accord_kind", "accord_date_basis",
                  "accord_place", "accord_location", "accord_alleged_violator", "accord_claimant",
                  "accord_verification", "accord_denied_by", "accord_confirmed_by",
                  "accord_evidence")


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("(", " ").replace(")", " ").split())


class _Names:
    """Actor names of a scenario, for matching ACLED's free-text actor columns, and the
    scenario's gazetteer for its `location` column."""

    def __init__(self, actors: Iterable[Actor], places: Iterable[Place]):
        self.actors: dict[str, str] = {}
        for a in actors:
            self.actors.setdefault(_fold(a.id), a.id)
            for name in a.all_names():
                self.actors.setdefault(_fold(name), a.id)
        self.places = Gazetteer(places)

    def actor(self, text: str) -> str | None:
        """ "Military Forces of Russia (2000-)" -> RUS: the whole text, or the longest known name
        it contains as words."""
        key = _fold(text)
        if not key:
            return None
        if key in self.actors:
            return self.actors[key]
        padded = f" {key} "
        hits = [(len(n), a) for n, a in self.actors.items() if f" {n} " in padded]
        return max(hits)[1] if hits else None


def _date(text: str) -> str:
    text = text.strip()
    try:
        return parse_partial_date(text)  # ISO, also of month or year precision
    except ValueError:
        pass
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"{text!r}")


def read_acled(path: str | Path, agreement: str | None = None, agreements: Collection[str] = (),
               actors: Iterable[Actor] = (), places: Iterable[Place] = ()) -> list[Incident]:
    """Incidents from an ACLED-layout CSV file. `agreement` applies to rows without an
    `accord_agreement`; when `agreements` is given, each row's agreement must be one of them.
    Raises `ScenarioFileError` naming the file, line, column and fix."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioFileError.single(source, f"a file that cannot be read ({exc})",
                                       "a UTF-8 CSV file in the ACLED export layout",
                                       "check the path and the encoding") from None
    return parse_acled(text, source, agreement, agreements, actors, places)


def parse_acled(text: str, source: str = "<acled>", agreement: str | None = None,
                agreements: Collection[str] = (), actors: Iterable[Actor] = (),
                places: Iterable[Place] = ()) -> list[Incident]:
    """`read_acled` on CSV text."""
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in ACLED_COLUMNS if c not in header]
    if missing:
        raise ScenarioFileError.single(
            source, f"a header without the column{'s' if len(missing) > 1 else ''} {', '.join(missing)}",
            f"the ACLED export columns {', '.join(ACLED_COLUMNS)}",
            "export from ACLED with its standard column names, or add the missing columns (they may "
            "be empty)", line=1)
    names = _Names(actors, places)
    known = set(agreements)
    out: list[Incident] = []
    problems: list[Located] = []
    for n, raw in enumerate(reader, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in raw.items() if not isinstance(v, list)}
        try:
            inc = _incident(row, n, agreement, names)
        except _RowError as exc:
            problems.append(Located(Problem((exc.column,), exc.found, exc.expected, exc.fix), n))
            continue
        if known and inc.agreement not in known:
            from difflib import get_close_matches

            close = get_close_matches(inc.agreement, sorted(known), n=1)
            fix = f"did you mean {close[0]!r}?" if close else f"use one of: {', '.join(sorted(known))}"
            problems.append(Located(Problem(("accord_agreement" if row.get("accord_agreement") else
                                             "agreement",), f"unknown agreement {inc.agreement!r}",
                                            "the id of an agreement of the scenario", fix), n))
            continue
        out.append(inc)
    if problems:
        raise ScenarioFileError(source, problems)
    return out


class _RowError(Exception):
    def __init__(self, column: str, found: str, expected: str, fix: str):
        super().__init__(found)
        self.column, self.found, self.expected, self.fix = column, found, expected, fix


def _incident(row: dict[str, str], line: int, agreement: str | None, names: _Names) -> Incident:
    deal = row.get("accord_agreement") or agreement
    if not deal:
        raise _RowError("accord_agreement", "a row without an agreement",
                        "an `accord_agreement` column or --agreement ID",
                        "name the agreement the incidents concern with --agreement")
    try:
        date = _date(row["event_date"])
    except ValueError:
        raise _RowError("event_date", f"event_date {row['event_date']!r}",
                        "a date as 2025-03-21 or 21 March 2025", "correct the date") from None
    compliance = (row["event_type"] == "Strategic developments" and row["sub_event_type"] == "Agreement")
    description = row["notes"] or f"{row['event_type']}: {row['sub_event_type']}".strip(": ")
    if row["fatalities"] not in ("", "0") and not row.get("accord_id"):
        description += f" ({row['fatalities']} fatalities per ACLED)"
    evidence: list[Evidence]
    if row.get("accord_evidence"):
        try:
            evidence = [Evidence.model_validate(e) for e in json.loads(row["accord_evidence"])]
        except (ValueError, ValidationError) as exc:
            raise _RowError("accord_evidence", "evidence that is not accord's JSON",
                            "the JSON list accord writes", f"remove the column or fix it ({exc})") from None
    else:
        evidence = [Evidence(assumption=f"row {line} of an ACLED-layout file; source: "
                                        f"{row['source'] or 'not given'}"[:300])]
    fields: dict[str, Any] = {
        "id": row.get("accord_id") or f"acled-{line}",
        "agreement": deal,
        "kind": row.get("accord_kind") or ("compliance" if compliance else "violation"),
        "date": date,
        "date_basis": row.get("accord_date_basis") or None,
        "place": row.get("accord_place") or names.places.resolve(row["location"]),
        "location": (row.get("accord_location") or None) if "accord_location" in row else (
            row["location"] or None),
        "alleged_violator": row.get("accord_alleged_violator") or names.actor(row["actor1"]),
        "claimant": row.get("accord_claimant") or names.actor(row["actor2"]),
        "source": row["source"] or "ACLED (no source named)",
        "description": description or "no description",
        "verification": row.get("accord_verification") or "claimed",
        "denied_by": row.get("accord_denied_by") or None,
        "confirmed_by": row.get("accord_confirmed_by") or None,
        "evidence": evidence,
    }
    try:
        return Incident.model_validate(fields)
    except ValidationError as exc:
        err = exc.errors()[0]
        column = str(err["loc"][0]) if err["loc"] else "row"
        raise _RowError(column, f"{column} {fields.get(column)!r} ({err['msg']})",
                        "a value accord accepts for an incident", "correct the value") from None


def write_acled(incidents: Sequence[Incident], actors: Iterable[Actor] = ()) -> str:
    """The incidents as ACLED-layout CSV text (with the `accord_*` columns)."""
    names = {a.id: a.names.get("en") or a.id for a in actors}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow((*ACLED_COLUMNS, *ACCORD_COLUMNS))
    for i in incidents:
        compliance = i.kind == "compliance"
        w.writerow((
            i.date, "Strategic developments" if compliance else "Explosions/Remote violence",
            "Agreement" if compliance else "Shelling/artillery/missile attack",
            names.get(i.alleged_violator or "", i.alleged_violator or ""),
            names.get(i.claimant or "", i.claimant or ""), "", "", i.location or i.place or "", "", "",
            i.source, i.description, "",
            i.id, i.agreement, i.kind, i.date_basis or "", i.place or "", i.location or "",
            i.alleged_violator or "",
            i.claimant or "", i.verification, i.denied_by or "", i.confirmed_by or "",
            json.dumps([e.model_dump(mode="json", exclude_none=True) for e in i.evidence],
                       ensure_ascii=False),
        ))
    return buf.getvalue()
