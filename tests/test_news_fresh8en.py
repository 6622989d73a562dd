"""General defects found by reading fresh English reporting (eighth session): every sentence here
is written for these tests, in English and German."""

from __future__ import annotations

import pytest

from accord.news.extract import extract


def _kinds(text: str, lang: str, published: str = "2023-07-17") -> list[tuple[str, str | None]]:
    return [(e.kind, e.cue) for e in extract(text, published=published, language=lang).events]


@pytest.mark.parametrize("text,lang", [
    ("Moscow said on Monday that it was pulling out of a U.N.-brokered deal on food exports.", "en"),
    ("The Kremlin announced it had terminated the shipping agreement with Kyiv.", "en"),
    ("Russia is scrapping a Turkish-brokered accord on safe passage, its foreign ministry said.", "en"),
    ("Moskau ist am Montag aus dem von der UN vermittelten Abkommen ausgestiegen.", "de"),
])
def test_leaving_a_brokered_deal_is_a_step_not_an_agreement(text: str, lang: str) -> None:
    # convention 4: leaving a deal is a statement of intent; the deal's own participle
    # ("brokered") names the deal left, it tells no agreement made
    kinds = _kinds(text, lang)
    assert ("statement_of_intent", "rule: a deal left or not extended") in kinds
    assert not any(k == "partial_agreement" for k, _ in kinds)


def test_a_brokered_deal_signed_is_still_an_agreement() -> None:
    kinds = _kinds("Russia and Ukraine signed a U.N.-brokered deal on grain exports on Friday.", "en")
    assert any(k == "partial_agreement" for k, _ in kinds)
