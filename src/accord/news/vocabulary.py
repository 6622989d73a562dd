"""The values facts in the news store take, for the filters of `accord timeline` and
`accord stances` (kept out of the rule files so that naming them does not change the extractor
version)."""

from __future__ import annotations

EVENT_KINDS = ("round", "summit", "partial_agreement", "statement_of_intent", "claim", "pledge",
               "poll", "postponement")
"""The kinds of `accord.news.facts.NewsEvent` that `accord.news.events` produces (a test keeps
this list and the extractor's in step)."""


def stance_actors() -> tuple[str, ...]:
    """Actors whose stances the extractor records."""
    from accord.news.stances import ACTORS

    return ACTORS


def stance_issues() -> tuple[str, ...]:
    """Issues the stance cues know (`data/patterns.yaml`)."""
    from accord.news.extract import patterns

    return tuple(patterns()["issues"])
