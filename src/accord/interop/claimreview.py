"""Contradictions as ClaimReview-compatible JSON-LD (schema.org `ClaimReview`).

Each claim of a contradictory pair becomes one `ClaimReview` whose `itemReviewed` is the claim
(who made it, when, where it appeared) and whose `reviewRating` carries no truth score: accord
does not declare a truth the sources do not give. Its `alternateName` says whether independent
reporting supports the claim, the other claim, both or neither, and `ratingExplanation` gives
the reason the two cannot both be true and the contradicting claim.
"""

from __future__ import annotations

from typing import Any

SCHEMA = "https://schema.org"


def claim_reviews(contradictions: list[dict[str, Any]], as_of: str, author: str = "accord") -> dict[str, Any]:
    """A JSON-LD document (`@graph` of ClaimReview objects) for contradictions as built by
    `accord.track.track_report` (its `contradictions` list)."""
    graph: list[dict[str, Any]] = []
    for pair in contradictions:
        first, second = pair["claims"]
        support = pair["independent_support"]
        for me, other in ((first, second), (second, first)):
            mine, theirs = support.get(me["claim"], []), support.get(other["claim"], [])
            rating = ("Supported by independent reporting" if mine and not theirs else
                      "Contradicted by independent reporting" if theirs and not mine else
                      "Disputed; independent reporting is divided" if mine and theirs else
                      "Disputed; no independent source settles it")
            graph.append({
                "@type": "ClaimReview",
                "claimReviewed": me["text"],
                "datePublished": as_of,
                "author": {"@type": "Organization", "name": author},
                "itemReviewed": {
                    "@type": "Claim",
                    "author": {"@type": "Organization", "name": me["source"]},
                    "datePublished": me["date"],
                    "appearance": [{"@type": "CreativeWork", "description": e} for e in me["evidence"]],
                },
                "reviewRating": {
                    "@type": "Rating",
                    "alternateName": rating,
                    "ratingExplanation": (f"{pair['reason']}. Contradicted by: {other['text']} "
                                          f"({other['source']}, {other['date']})."
                                          + "".join(f" Independent support: {s['source']} ({s['date']}): "
                                                    f"{s['text']}." for s in mine)),
                },
                "identifier": f"{me['claim']}~{other['claim']}",
            })
    return {"@context": SCHEMA, "@graph": graph}
