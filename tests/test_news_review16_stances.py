"""Review16 items 2, 3, 4 and 8 (stance rules of session 16 that went too far): "nicht nur ...
sondern" is no refusal, a plural noun that looks like a verb opens no clause of its own, an
outsider named only as a place or comparison does not silence the sentence, and agreeing to
hand over papers frames only its own clause. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2025-05-16"


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.polarity) for s in extract(text, "t", PUB).stances}


# item 2: wanting not only X but also Y wants both (WANT_NOT stays a refusal without "nur")
@pytest.mark.parametrize(("text", "expected"), [
    ("Russland will nicht nur den Donbass, sondern auch die Region Saporischschja.",
     {("RUS", "territory.donbas", "support"), ("RUS", "territory.south", "support")}),
    ("Putin will nicht nur eine Waffenruhe, sondern einen dauerhaften Frieden.",
     {("RUS", "ceasefire.sequence", "support")}),
])
def test_not_only_but_also_is_no_refusal(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = _stances(text)
    assert expected <= got
    assert not any(p == "reject" for _, _, p in got)


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Kreml will nicht, dass die Ukraine der NATO beitritt.", ("RUS", "alliance.nato", "reject")),
    ("Moskau will keine Waffenruhe im Sommer.", ("RUS", "ceasefire.sequence", "reject")),
])
def test_not_wanting_still_refuses(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)


# item 3: "offers and demands for", "proposals and offers of": nouns, one clause
@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Russia rejected Kyiv's offers and demands for an immediate ceasefire.",
     ("RUS", "ceasefire.sequence", "reject"), ("RUS", "ceasefire.sequence", "demand")),
    ("Moscow dismissed the proposals and offers of security guarantees from Europe.",
     ("RUS", "security.guarantees", "reject"), ("RUS", "security.guarantees", "propose")),
])
def test_plural_noun_after_and_is_no_second_verb(text: str, expected: tuple[str, str, str],
                                                 wrong: tuple[str, str, str]) -> None:
    got = _stances(text)
    assert expected in got
    assert wrong not in got


def test_second_verb_after_and_still_splits() -> None:
    got = _stances("Moscow rejected the truce and demands the lifting of sanctions.")
    assert ("RUS", "economy.sanctions", "demand") in got
    assert ("RUS", "economy.sanctions", "reject") not in got


# item 4: an outsider named after a preposition or in a comparison does not act
@pytest.mark.parametrize(("text", "expected"), [
    ("Nach einem Besuch in Indien lehnte der Kreml eine Waffenruhe erneut ab.",
     ("RUS", "ceasefire.sequence", "reject")),
    ("At the G20 summit in South Africa, Moscow again rejected a ceasefire.",
     ("RUS", "ceasefire.sequence", "reject")),
    ("Ahead of a trip to Brazil, the Kremlin said it would never give up Crimea.",
     ("RUS", "territory.crimea", "reject")),
    ("Like India, Russia opposes Ukraine's membership in NATO.", ("RUS", "alliance.nato", "reject")),
])
def test_outsider_as_place_or_comparison_does_not_act(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)


@pytest.mark.parametrize("text", [
    "A peace plan presented by Brazil called on Russia and Ukraine to agree to a ceasefire.",
    "India urged Moscow and Kyiv to accept an immediate ceasefire.",
])
def test_outsider_as_agent_still_acts_for_nobody(text: str) -> None:
    assert not _stances(text)


# item 8: the papers agreed on frame their own clause only
def test_procedure_ends_with_its_clause() -> None:
    got = _stances("The two sides agreed to share their proposals, and Russia accepted a ceasefire "
                   "of 30 days.")
    assert ("RUS", "ceasefire.sequence", "accept") in got


def test_procedure_still_takes_no_position() -> None:
    assert not _stances("Russia and Ukraine agreed to share their conditions for a ceasefire in writing.")
