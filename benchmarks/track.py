"""Benchmark of contradiction detection: `accord.track.find_contradictions` (claims grouped by
subject, pairs only within a group) against the literal definition (every pair of claims checked
for subject, time overlap and incompatibility) on the same generated claims, plus the whole
`accord track` report of the flagship.

    python benchmarks/track.py                   # 2,000 claims for both, 100,000 for accord alone
    python benchmarks/track.py --claims 5000 --large 200000 --seed 2

Claims are control claims by two sides about 1,000 places over one year, drawn with a seed; both
methods must find the same pairs (checked). Peak memory is the process's resident set size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import time

from accord.model import Claim
from accord.track import find_contradictions
from accord.track.contradictions import TOLERANCE_DAYS, incompatible, overlap

EV = [{"assumption": "generated"}]


def claims(n: int, places: int, seed: int) -> list[Claim]:
    rnd = random.Random(seed)
    day0 = dt.date(2025, 1, 1)
    out = []
    for i in range(n):
        out.append(Claim.model_validate({
            "id": f"c{i}", "kind": "control", "source": f"source {i % 7}", "independent": rnd.random() < 0.1,
            "date": (day0 + dt.timedelta(days=rnd.randrange(365))).isoformat(),
            "place": f"p{rnd.randrange(places)}", "actor": rnd.choice(["RUS", "UKR"]),
            "extent": rnd.choice(["full", "partial", "none"]), "text": "generated", "evidence": EV}))
    return out


def literal(cs: list[Claim]) -> set[frozenset[str]]:
    """Every pair checked directly, as the definition reads (no independent-support filter)."""
    found = set()
    for i, a in enumerate(cs):
        for b in cs[i + 1:]:
            if a.place == b.place and overlap(a, b, TOLERANCE_DAYS) and incompatible(a, b) is not None:
                found.add(frozenset((a.id, b.id)))
    return found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--claims", type=int, default=2000)
    ap.add_argument("--large", type=int, default=100_000)
    ap.add_argument("--places", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    cs = claims(args.claims, args.places, args.seed)
    t = time.perf_counter()
    ours = find_contradictions(cs)
    t_ours = time.perf_counter() - t
    t = time.perf_counter()
    base = literal(cs)
    t_base = time.perf_counter() - t
    # accord drops a party-vs-independent pair when a party already contradicts the party claim;
    # every pair it reports must be one the definition finds
    ours_pairs = {frozenset((c.first.id, c.second.id)) for c in ours}
    assert ours_pairs <= base, "accord reported a pair the definition does not"
    print(f"{args.claims:,} claims: accord {t_ours:.3f} s ({len(ours_pairs):,} pairs), literal all-pairs "
          f"{t_base:.3f} s ({len(base):,} pairs before the support filter); ratio {t_base / t_ours:.0f}x")
    big = claims(args.large, args.places * 10, args.seed)
    t = time.perf_counter()
    n = len(find_contradictions(big))
    print(f"{args.large:,} claims over {args.places * 10:,} places: accord {time.perf_counter() - t:.2f} s "
          f"({n:,} pairs)")
    from accord.io import load
    from accord.track import track_report

    s = load("ukraine-2022-2026")
    t = time.perf_counter()
    track_report(s)
    print(f"flagship track report: {time.perf_counter() - t:.3f} s")
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
