"""Contradictions between claims (accord.track.contradictions) and the gazetteer."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.model import Claim
from accord.track import Gazetteer, find_contradictions
from accord.track.contradictions import incompatible
from tests.track_scenarios import track_scenario

EV = [{"assumption": "test"}]


def _control(
    cid: str,
    actor: str,
    extent: str,
    date: str = "2025-12-01",
    place: str = "northtown",
    independent: bool = False,
) -> Claim:
    return Claim.model_validate(
        {
            "id": cid,
            "kind": "control",
            "source": f"source of {cid}",
            "date": date,
            "place": place,
            "actor": actor,
            "extent": extent,
            "independent": independent,
            "text": f"{actor} {extent} {place}",
            "evidence": EV,
        }
    )


def test_fixture_pairs_capture_with_holding_and_names_independent_support() -> None:
    found = find_contradictions(track_scenario().claims)
    pairs = [(c.first.id, c.second.id) for c in found]
    assert pairs == [("c-capture", "c-hold")]  # the mapping project is support, not a third party to it
    first = found[0]
    assert [c.id for c in first.supports_second] == ["c-monitor"] and not first.supports_first
    data = first.as_dict()
    assert [side["source"] for side in data["claims"]] == ["Beta's chief of staff", "Alpha's army"]
    assert "supports c-hold" in data["verdict"]


def test_control_rule() -> None:
    assert incompatible(_control("a", "RUS", "full"), _control("b", "UKR", "partial"))
    assert incompatible(_control("a", "RUS", "full"), _control("b", "RUS", "none"))
    assert incompatible(_control("a", "RUS", "partial"), _control("b", "UKR", "partial")) is None
    assert incompatible(_control("a", "RUS", "full"), _control("b", "UKR", "none")) is None
    assert incompatible(_control("a", "RUS", "full"), _control("b", "UKR", "full", place="southtown")) is None


def test_claims_far_apart_in_time_do_not_contradict() -> None:
    a, b = _control("a", "RUS", "full", "2025-01-01"), _control("b", "UKR", "full", "2025-03-01")
    assert find_contradictions([a, b]) == []
    assert len(find_contradictions([a, b], tolerance_days=60)) == 1


def test_figures_contradict_only_when_their_ranges_do_not_meet() -> None:
    def fig(cid: str, value: float, hedge: str = "exact") -> Claim:
        return Claim.model_validate(
            {
                "id": cid,
                "kind": "figure",
                "source": cid,
                "date": "2025-11",
                "subject": "territory taken",
                "value": value,
                "unit": "km2",
                "hedge": hedge,
                "text": f"{value} km2",
                "evidence": EV,
            }
        )

    assert incompatible(fig("a", 505), fig("b", 300))
    assert incompatible(fig("a", 505, "about"), fig("b", 470)) is None
    assert incompatible(fig("a", 505, "at_least"), fig("b", 900)) is None
    assert incompatible(fig("a", 505, "up_to"), fig("b", 900))


def test_gazetteer_resolves_every_language_and_spelling() -> None:
    g = Gazetteer(track_scenario().places)
    for name in ("Northtown", "nordstadt", "NORDSTADT", "Severograd", "north-town".replace("-", "")):
        assert g.resolve(name) == "northtown", name
    assert g.resolve("Atlantis") is None


control_claims = st.builds(
    lambda i, actor, extent, day, place, ind: _control(
        f"c{i}", actor, extent, f"2025-12-{day:02d}", place, ind
    ),
    st.integers(0, 6),
    st.sampled_from(["RUS", "UKR"]),
    st.sampled_from(["full", "partial", "none"]),
    st.integers(1, 28),
    st.sampled_from(["northtown", "southtown"]),
    st.booleans(),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(control_claims, max_size=7), st.integers(0, 10), st.randoms())
def test_detection_is_symmetric_and_never_pairs_a_claim_with_itself(
    claims: list[Claim], tol: int, rnd: object
) -> None:
    found = find_contradictions(claims, tol)
    pairs = {frozenset((c.first.id, c.second.id)) for c in found}
    assert all(len(p) == 2 for p in pairs)
    assert len(pairs) == len(found)
    shuffled = list(claims)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    reversed_pairs = {frozenset((c.first.id, c.second.id)) for c in find_contradictions(shuffled, tol)}
    # same claims in another order, or a pair asked the other way round: the same answer (for
    # distinct ids, which are what a scenario holds)
    if len({c.id for c in claims}) == len(claims):
        assert reversed_pairs == pairs
        for a, b in itertools.combinations(claims, 2):
            assert (incompatible(a, b) is None) == (incompatible(b, a) is None)
