"""The status rule of partial deals (accord.track.status): named cases and properties."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.model import Agreement, EffectiveDate, Exchange, Extension, Incident
from accord.track import derive_status
from tests.track_scenarios import track_scenario

EV = [{"assumption": "test"}]


def _history(deal: str, as_of: str | None = None) -> list[tuple[str, str]]:
    s = track_scenario()
    h = derive_status(next(a for a in s.agreements if a.id == deal), s.incidents, s.exchanges, as_of)
    return [(c.date, c.status) for c in h.changes]


def test_pause_with_denied_incidents_is_disputed_then_lapses_at_expiry() -> None:
    assert _history("pause") == [
        ("2025-03-18", "announced"),
        ("2025-03-18", "in_force"),
        ("2025-03-21", "disputed"),
        ("2025-04-17", "lapsed"),
    ]
    s = track_scenario()
    h = derive_status(s.agreements[0], s.incidents, s.exchanges)
    assert h.start_disputed and "different start dates" in h.changes[1].reason
    assert h.changes[2].incidents == ["inc1", "inc2"]
    assert "denied by AAA" in h.changes[2].reason
    assert h.expiry == "2025-04-16"  # 30 days from the earliest effective date


def test_as_of_cuts_the_history() -> None:
    assert _history("pause", "2025-03-20") == [("2025-03-18", "announced"), ("2025-03-18", "in_force")]
    assert _history("swap", "2025-05-24")[-1] == ("2025-05-23", "in_force")


def test_exchange_deal_is_fulfilled_when_every_side_delivered() -> None:
    assert _history("swap") == [
        ("2025-05-16", "announced"),
        ("2025-05-23", "in_force"),
        ("2025-05-25", "fulfilled"),
    ]


def test_proposed_deal_never_enters_force() -> None:
    assert _history("monitor") == [("2025-12-15", "proposed")]


def _deal(**kw: object) -> Agreement:
    base: dict[str, object] = {
        "id": "d",
        "title": "deal",
        "kind": "strike_pause",
        "parties": ["AAA", "BBB"],
        "announced": "2025-01-10",
        "evidence": EV,
    }
    base.update(kw)
    return Agreement.model_validate(base)


def test_confirmed_violation_breaks_and_later_incidents_change_nothing() -> None:
    deal = _deal(effective=[{"actor": "AAA", "date": "2025-01-11", "evidence": EV}])
    incs = [
        Incident(
            id="a",
            agreement="d",
            date="2025-01-12",
            source="x",
            description="hit",
            verification="confirmed",
            confirmed_by="a monitoring project",
            alleged_violator="AAA",
            evidence=EV,
        ),
        Incident(id="b", agreement="d", date="2025-01-13", source="x", description="hit", evidence=EV),
    ]
    h = derive_status(deal, incs)
    assert [c.status for c in h.changes] == ["announced", "in_force", "broken"]
    assert "confirmed by a monitoring project" in h.changes[-1].reason
    assert h.after_end == ["b"]


def test_pause_that_runs_its_term_unchallenged_is_fulfilled_and_extension_prolongs() -> None:
    deal = _deal(
        effective=[{"actor": "AAA", "date": "2025-01-11", "evidence": EV}],
        expires="2025-01-20",
        extensions=[{"date": "2025-01-19", "until": "2025-01-30", "evidence": EV}],
    )
    h = derive_status(deal)
    assert [(c.date, c.status) for c in h.changes] == [
        ("2025-01-10", "announced"),
        ("2025-01-11", "in_force"),
        ("2025-01-19", "extended"),
        ("2025-01-31", "fulfilled"),
    ]
    assert h.expiry == "2025-01-30"


def test_completion_without_entry_into_force_is_not_fulfilment() -> None:
    deal = _deal(end={"date": "2025-02-01", "kind": "completed", "evidence": EV})
    h = derive_status(deal)
    assert h.changes[-1].status == "lapsed" and "cannot count as fulfilled" in h.changes[-1].reason


# -- properties --------------------------------------------------------------------------------

DAY0 = dt.date(2025, 1, 1)


def _day(n: int) -> str:
    return (DAY0 + dt.timedelta(days=n)).isoformat()


@st.composite
def deals(draw: st.DrawFn) -> tuple[Agreement, list[Incident], list[Exchange]]:
    announced = draw(st.integers(0, 30))
    eff = draw(
        st.lists(
            st.tuples(st.sampled_from(["AAA", "BBB"]), st.integers(0, 40)),
            max_size=2,
            unique_by=lambda t: t[0],
        )
    )
    counts = draw(
        st.lists(
            st.tuples(st.sampled_from(["AAA", "BBB"]), st.integers(0, 20)),
            max_size=2,
            unique_by=lambda t: t[0],
        )
    )
    expires = draw(st.none() | st.integers(0, 90))
    ext = draw(st.lists(st.tuples(st.integers(0, 90), st.none() | st.integers(0, 120)), max_size=2))
    end = draw(
        st.none()
        | st.tuples(st.integers(0, 120), st.sampled_from(["withdrawal", "declared_over", "completed"]))
    )
    deal = Agreement(
        id="d",
        title="deal",
        kind=draw(st.sampled_from(["strike_pause", "exchange"])),
        parties=["AAA", "BBB"],
        stage=draw(st.sampled_from(["agreed", "agreed", "proposed"])),
        announced=_day(announced),
        effective=[EffectiveDate(actor=a, date=_day(announced + d), evidence=EV) for a, d in eff],
        commitments=[{"actor": a, "what": "prisoners", "count": n} for a, n in counts],
        expires=None if expires is None else _day(announced + expires),
        extensions=[
            Extension(
                date=_day(announced + d), until=None if u is None else _day(announced + d + u), evidence=EV
            )
            for d, u in ext
        ],
        end=None if end is None else {"date": _day(announced + end[0]), "kind": end[1], "evidence": EV},
        evidence=EV,
    )
    incidents = [
        Incident(
            id=f"i{k}",
            agreement="d",
            date=_day(announced + d),
            source="s",
            description="x",
            kind=kind,
            verification=ver,
            confirmed_by="p" if ver == "confirmed" else None,
            denied_by="AAA" if ver == "denied" else None,
            evidence=EV,
        )
        for k, (d, kind, ver) in enumerate(
            draw(
                st.lists(
                    st.tuples(
                        st.integers(0, 100),
                        st.sampled_from(["violation", "compliance"]),
                        st.sampled_from(["claimed", "denied", "confirmed"]),
                    ),
                    max_size=4,
                )
            )
        )
    ]
    exchanges = [
        Exchange(
            id=f"x{k}", agreement="d", date=_day(announced + d), released={"AAA": a, "BBB": b}, evidence=EV
        )
        for k, (d, a, b) in enumerate(
            draw(
                st.lists(
                    st.tuples(
                        st.integers(0, 100), st.none() | st.integers(0, 15), st.none() | st.integers(0, 15)
                    ),
                    max_size=4,
                )
            )
        )
    ]
    return deal, incidents, exchanges


@settings(max_examples=300, deadline=None)
@given(deals(), st.none() | st.integers(0, 150))
def test_status_never_skips_from_announced_to_fulfilled(
    case: tuple[Agreement, list[Incident], list[Exchange]], as_of: int | None
) -> None:
    deal, incidents, exchanges = case
    h = derive_status(deal, incidents, exchanges, None if as_of is None else _day(as_of))
    statuses = [c.status for c in h.changes]
    dates = [c.date for c in h.changes]
    assert dates == sorted(dates)
    if deal.stage == "proposed":
        assert set(statuses) <= {"proposed"}
        return
    if statuses:
        assert statuses[0] == "announced"
    for k, status in enumerate(statuses):
        if status == "fulfilled":
            earlier = statuses[:k]
            assert "in_force" in earlier
            start = h.changes[earlier.index("in_force")]
            # in force only from an effective date or a carried-out exchange
            assert deal.effective or start.exchanges, start.reason
        if status == "in_force":
            assert dates[k] >= deal.announced
        if k and statuses[k - 1] in ("fulfilled", "broken"):
            raise AssertionError(f"a change after a final status: {statuses}")
        if k and statuses[k - 1] == "lapsed":
            assert status == "extended"
    for c in h.changes:
        assert c.reason
