"""ACLED-layout incidents (read and round trip), ClaimReview JSON-LD, PA-X-style CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.interop.acled import ACLED_COLUMNS, parse_acled, write_acled
from accord.interop.claimreview import claim_reviews
from accord.interop.pax import CATEGORIES, pax_csv
from accord.io import ScenarioFileError
from accord.model import Incident
from accord.track import track_report
from tests.track_scenarios import track_scenario

ROW = {c: "" for c in ACLED_COLUMNS}


def _csv(rows: list[dict[str, str]], columns: tuple[str, ...] = ACLED_COLUMNS) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({c: r.get(c, "") for c in columns})
    return buf.getvalue()


def test_plain_acled_rows_map_to_incidents() -> None:
    s = track_scenario()
    text = _csv(
        [
            {
                **ROW,
                "event_date": "21 March 2025",
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "Air/drone strike",
                "actor1": "Military Forces of Beta (2000-)",
                "actor2": "Alpha",
                "location": "Nordstadt",
                "source": "Some Outlet",
                "notes": "a substation was hit",
                "fatalities": "2",
            },
            {
                **ROW,
                "event_date": "2025-04-02",
                "event_type": "Strategic developments",
                "sub_event_type": "Agreement",
                "location": "Elsewhere",
                "source": "Other",
            },
        ]
    )
    incs = parse_acled(text, "x.csv", "pause", ["pause"], s.actors, s.places)
    a, b = incs
    assert (a.date, a.alleged_violator, a.claimant, a.place, a.kind) == (
        "2025-03-21",
        "BBB",
        "AAA",
        "northtown",
        "violation",
    )
    assert "2 fatalities" in a.description and a.verification == "claimed"
    assert (b.kind, b.place, b.location) == ("compliance", None, "Elsewhere")


def test_missing_columns_are_named_with_line_and_fix() -> None:
    text = _csv([ROW], tuple(c for c in ACLED_COLUMNS if c not in ("notes", "fatalities")))
    with pytest.raises(ScenarioFileError) as info:
        parse_acled(text, "bad.csv", "pause")
    msg = str(info.value)
    assert msg.startswith("bad.csv:1: ") and "without the columns notes, fatalities" in msg
    assert "Fix:" in msg


def test_unknown_agreement_and_bad_date_are_reported_per_line() -> None:
    text = _csv(
        [{**ROW, "event_date": "2025-03-21", "source": "s"}, {**ROW, "event_date": "someday", "source": "s"}]
    )
    with pytest.raises(ScenarioFileError) as info:
        parse_acled(text, "bad.csv", "paus", ["pause", "swap"])
    msg = str(info.value)
    assert "bad.csv:2: agreement: found unknown agreement 'paus'" in msg and "did you mean 'pause'" in msg
    assert "bad.csv:3: event_date: found event_date 'someday'" in msg


words = (
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30)
    .map(str.strip)
    .filter(bool)
)
incidents = st.builds(
    lambda k, day, kind, ver, place, who, text, src, basis: Incident.model_validate(
        {
            "id": f"i{k}",
            "agreement": "pause",
            "kind": kind,
            "date": f"2025-03-{day:02d}",
            "place": place,
            "alleged_violator": who,
            "claimant": "AAA",
            "source": src,
            "description": text,
            "verification": ver,
            "denied_by": "BBB" if ver == "denied" else None,
            "confirmed_by": src if ver == "confirmed" else None,
            "date_basis": basis,
            "evidence": [{"assumption": text}],
        }
    ),
    st.integers(0, 9999),
    st.integers(18, 31),
    st.sampled_from(["violation", "compliance"]),
    st.sampled_from(["claimed", "denied", "confirmed"]),
    st.none() | st.just("northtown"),
    st.none() | st.sampled_from(["AAA", "BBB"]),
    words,
    words,
    st.none() | words,
)


@settings(max_examples=100, deadline=None)
@given(st.lists(incidents, max_size=5, unique_by=lambda i: i.id))
def test_acled_reader_round_trips_its_own_export(items: list[Incident]) -> None:
    s = track_scenario()
    text = write_acled(items, s.actors)
    assert parse_acled(text, "rt.csv", None, ["pause"], s.actors, s.places) == items


def test_claimreview_and_pax_exports() -> None:
    report = track_report(track_scenario())
    doc = claim_reviews(report["contradictions"], report["as_of"])
    assert doc["@context"] == "https://schema.org"
    reviews = doc["@graph"]
    assert len(reviews) == 2 * len(report["contradictions"]) and all(
        r["@type"] == "ClaimReview" for r in reviews
    )
    hold = next(r for r in reviews if r["identifier"] == "c-hold~c-capture")
    assert hold["reviewRating"]["alternateName"] == "Supported by independent reporting"
    assert "ratingValue" not in hold["reviewRating"]  # no truth score accord cannot give
    json.dumps(doc)
    rows = list(csv.DictReader(io.StringIO(pax_csv(report["agreements"]))))
    pause = next(r for r in rows if r["agreement_id"] == "pause")
    assert pause["status"] == "lapsed" and pause["effective"] == "BBB:2025-03-18;AAA:2025-03-25"
    assert (
        pause["prov_infrastructure"] == "1" and len([c for c in CATEGORIES if pause[f"prov_{c}"] == "1"]) == 1
    )
