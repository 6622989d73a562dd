"""Pledges: resources committed, not resources offered for a condition. Sentences written for these
tests, German and English."""

from __future__ import annotations

import pytest

from accord.news.extract import extract


def _kinds(text: str, published: str = "2025-04-28") -> list[str]:
    return [e.kind for e in extract(text, "t", published).events]


@pytest.mark.parametrize("text", [
    "Washington habe außerdem in Aussicht gestellt, Kiew zusätzliche Waffen zu schicken, falls "
    "die Ukraine ihre Truppen abziehe.",
    "Paris versprach weitere Hilfe, sofern die Waffenruhe halte.",
    "The United States promised Kyiv more air defence systems if it accepted the plan, the paper reported.",
    "London pledged troops on condition that a ceasefire is signed first.",
])
def test_resources_offered_for_a_condition_are_no_pledge(text: str) -> None:
    assert "pledge" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "Berlin sagte Kiew weitere Luftabwehrsysteme zu.",
    "The EU pledged 2 billion euros in new military aid to Ukraine on Monday.",
    # a condition told before the commitment is not the commitment's
    "As agreed if the talks stalled, Britain pledged 500 million pounds in aid on Monday.",
])
def test_resources_committed_are_a_pledge(text: str) -> None:
    assert "pledge" in _kinds(text)


@pytest.mark.parametrize("text", [
    "Germany pledged 500 million euros for Ukrainian air defence on Tuesday, although officials did not "
    "say if the money would arrive before winter.",
    "Berlin pledged a further 500 million euros in military aid, on top of the air defence systems it "
    "already provided Ukraine last year.",
    "Berlin sagte Kiew am Dienstag 500 Millionen Euro für die Luftabwehr zu, obwohl offen blieb, ob das "
    "Geld vor dem Winter ankommt, falls überhaupt.",
])
def test_a_condition_outside_the_pledge_clause_leaves_a_pledge(text: str) -> None:
    assert "pledge" in _kinds(text)
