"""News store rows as tracking records (accord.news.tracking): claim types, rebuttals, deal
reports, exchanges carried out, and the rows it refuses to guess about."""

from __future__ import annotations

from typing import Any

from accord.io import load
from accord.news.tracking import news_records
from accord.track import find_contradictions


def row(i: str, **kw: Any) -> dict[str, Any]:
    base = {
        "id": f"doc{i}:e0",
        "doc": f"doc{i}",
        "start": 0,
        "end": 40,
        "kind": "claim",
        "date_start": None,
        "place": None,
        "parties": [],
        "against": [],
        "plover": None,
        "cameo": "010",
        "claim": None,
        "topic": None,
        "quantity": None,
        "unit": None,
        "per_side": None,
        "title": f"article {i}",
        "published": None,
        "sentence": "",
    }
    base.update(kw)
    return base


FLAGSHIP = load("ukraine-2022-2026")


def test_capture_and_its_denial_across_two_articles() -> None:
    rows = [
        row(
            "1",
            claim="capture",
            place="kupiansk",
            parties=["RUS"],
            against=["UKR"],
            cameo="192",
            date_start="2025-11-20",
        ),
        row(
            "2",
            claim="capture",
            place="kupiansk",
            parties=["RUS"],
            against=["UKR"],
            cameo="112",
            date_start="2025-11-21",
            sentence="Kyiv denied that Russian troops had captured Kupiansk.",
        ),
    ]
    news = news_records(FLAGSHIP, rows)
    assert [(c.claimant, c.actor, c.extent) for c in news.claims] == [
        ("RUS", "RUS", "full"),
        ("UKR", "RUS", "none"),
    ]
    (pair,) = find_contradictions(news.claims)
    assert pair.first.evidence[0].doc == "doc1" and pair.second.evidence[0].doc == "doc2"


def test_rebuttal_after_a_claim_speaks_for_the_rebutting_side() -> None:
    rows = [
        row("1", claim="denial", place="lyman", parties=["UKR"], against=["RUS"], date_start="2025-12-03"),
        row(
            "2",
            place="lyman",
            parties=["UKR"],
            cameo="112",
            date_start="2025-12-03",
            sentence="Ukraine's army called it a lie.",
        ),
    ]
    news = news_records(FLAGSHIP, rows)
    assert [(c.claimant, c.actor, c.extent) for c in news.claims] == [("UKR", "RUS", "none")] * 2


def test_accusation_and_denial_of_a_breach_become_an_incident_and_a_contradiction() -> None:
    rows = [
        row(
            "1",
            claim="violation",
            topic="ceasefire.energy",
            parties=["UKR"],
            against=["RUS"],
            date_start="2026-01-31",
        ),
        row(
            "2",
            claim="violation",
            topic="ceasefire.energy",
            parties=["RUS"],
            against=["UKR"],
            cameo="112",
            date_start="2026-01-31",
        ),
        row("3", claim="compliance", topic="ceasefire.energy", parties=["UKR"], date_start="2026-01-31"),
    ]
    news = news_records(FLAGSHIP, rows)
    assert [(i.agreement, i.kind, i.alleged_violator) for i in news.incidents] == [
        ("energy-pause-2026-01", "violation", "RUS"),
        ("energy-pause-2026-01", "compliance", None),
    ]
    (pair,) = find_contradictions(news.claims)
    assert pair.subject == "a violation of energy-pause-2026-01 by RUS"


def test_reports_outside_any_deal_and_ambiguous_claimants_are_skipped_with_the_reason() -> None:
    rows = [
        row("1", claim="violation", topic="ceasefire.energy", parties=["UKR"], date_start="2024-06-01"),
        row(
            "2", claim="violation", topic="ceasefire.energy", parties=["RUS", "UKR"], date_start="2026-01-31"
        ),
        row("3", claim="capture", place=None, parties=["RUS"], date_start="2025-01-01"),
    ]
    news = news_records(FLAGSHIP, rows)
    assert not news.claims and not news.incidents
    assert [s.split(": ", 1)[1] for s in news.skipped] == [
        "no deal on ceasefire.energy was in force on 2024-06-01",
        "both sides named as claimant; who claims what is unclear",
        "a claim about control without place",
    ]


def test_exchanges_carried_out_but_not_planned_ones() -> None:
    rows = [
        row(
            "1",
            kind="partial_agreement",
            topic="humanitarian.prisoners",
            quantity=185.0,
            unit="prisoners",
            per_side=True,
            date_start="2025-10-02",
            sentence="Russia and Ukraine exchanged 185 prisoners each.",
        ),
        row(
            "2",
            kind="partial_agreement",
            topic="humanitarian.prisoners",
            quantity=1000.0,
            per_side=True,
            date_start="2025-05-16",
            sentence="They agreed to exchange 1000 prisoners each.",
        ),
    ]
    news = news_records(FLAGSHIP, rows)
    assert [(e.date, e.released) for e in news.exchanges] == [("2025-10-02", {"RUS": 185, "UKR": 185})]
    assert "planned" in news.skipped[0]


def test_an_undated_headline_takes_its_article_date() -> None:
    rows = [
        row("1", claim="capture", place="vovchansk", parties=["RUS"], cameo="192"),
        {
            **row(
                "1",
                claim="capture",
                place="huliaipole",
                parties=["RUS"],
                cameo="192",
                date_start="2025-11-30",
            ),
            "id": "doc1:e1",
        },
    ]
    news = news_records(FLAGSHIP, rows)
    assert [(c.place, c.date) for c in news.claims] == [
        ("vovchansk", "2025-11-30"),
        ("huliaipole", "2025-11-30"),
    ]
