"""Event recall in sentences written for the fourteenth session (own wording, German and English,
wire and headline style; expected kinds written down before running accord).

Corpus README: a `statement_of_intent` is an actor announcing a concrete next step (continuing
talks, preparing a meeting); a `round` is a meeting or contact between delegations or negotiators;
a `summit` an in-person meeting of heads of state or government.
"""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-12"  # a Thursday


def _kinds(text: str) -> list[str]:
    return [e.kind for e in extract(text, "t", PUB).events]


# --- readiness for a meeting, in more words than "ready for talks": a statement of intent

READY_FOR_A_MEETING = [
    "Ukraine is ready for the next round of talks with Russia, its foreign minister said on Thursday.",
    "The chief of staff said Kyiv was ready to take part in a second round of negotiations in Turkey.",
    "The foreign minister expressed willingness to meet his counterpart again in the same format.",
    "The Kremlin signalled readiness to continue the negotiations with the Ukrainian side.",
    "Die Ukraine sei bereit zu einer weiteren Verhandlungsrunde, sagte der Außenminister am Donnerstag.",
    "Der Kreml erklärte, Russland sei zu weiteren direkten Gesprächen mit der Ukraine bereit.",
    "Der belarussische Präsident ist bereit, die Bedingungen für ein Treffen der beiden Delegationen "
    "zu schaffen.",
    "Belarus möchte sich an den Verhandlungen zwischen Russland und der Ukraine beteiligen.",
    "Der Kremlsprecher bekräftigte die Bereitschaft Moskaus zu einem Treffen mit dem ukrainischen "
    "Präsidenten.",
]


@pytest.mark.parametrize("text", READY_FOR_A_MEETING)
def test_readiness_for_a_meeting_is_a_statement_of_intent(text: str) -> None:
    assert _kinds(text) == ["statement_of_intent"], text


NOT_READY_FOR_A_MEETING = [
    # readiness to concede, with the talks only as where
    "Russia is ready to make concessions in the talks, the Russian foreign minister said.",
    "Moskau sei zu Zugeständnissen bei den Verhandlungen bereit, sagte der Kremlsprecher.",
    # negated, said repeatedly, offered for a condition, the outcome of a condition
    "Russland sei nicht zu neuen Verhandlungen bereit, sagte der Kremlsprecher.",
    "Kyiv is not ready for another round of talks, the Ukrainian president said.",
    "Putin has repeatedly said Russia is ready for talks with Ukraine.",
    "Kyiv is ready to meet the Russian delegation only if Moscow withdraws its troops.",
    "Die Ukraine sei zu Gesprächen bereit, sofern Russland seine Truppen abzieht.",
    "If Moscow accepts the formula, it will signal its readiness to negotiate, the adviser said.",
]


@pytest.mark.parametrize("text", NOT_READY_FOR_A_MEETING)
def test_no_statement_of_readiness_for_a_meeting(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text), text
