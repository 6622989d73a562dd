"""Review of session 17, item 7: a truce declared with a reason that names an earlier breach
("..., saying Kyiv had not observed the Easter ceasefire") was lost, because the wider BROKEN
pattern of 8b5d90f vetoed the whole sentence. The breach in a reason clause is the reason, not
the news; a breach told as the news still makes no declared step."""

from __future__ import annotations

import pytest

from accord.news.extract import extract


def _steps(text: str) -> list[str]:
    return [e.cue for e in extract(text, published="2025-05-16").events
            if e.kind == "statement_of_intent"]


@pytest.mark.parametrize("text", [
    "Putin declared a three-day truce for May 9, saying Kyiv had not observed the Easter ceasefire.",
    "Putin ordered a truce for the holiday, citing Ukraine's failure to observe the last one.",
])  # (the German "..., weil die Ukraine die Osterwaffenruhe nicht eingehalten habe" is taken by
#    the broken-deal claim before any step rule runs, as at the start commit: not this item)
def test_a_truce_declared_for_a_reason_that_names_a_breach_is_a_step(text: str) -> None:
    assert any("truce declared" in (c or "") for c in _steps(text)), text


@pytest.mark.parametrize("text", [
    "Kyiv said Russia had not observed the three-day truce it declared for May 9.",
    "Die Ukraine warf Russland vor, die verkündete Waffenruhe nicht eingehalten zu haben.",
])
def test_a_breach_told_as_the_news_is_no_declared_step(text: str) -> None:
    assert not any("truce declared" in (c or "") for c in _steps(text)), text
