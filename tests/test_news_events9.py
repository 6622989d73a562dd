"""Session nine, rounds, summits, statements of intent and postponements: general defects found
on new reporting, each shown by German and English sentences written for this test."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-11"  # a Wednesday


def _kinds(text: str) -> list[str]:
    return [e.kind for e in extract(text, "t", PUB).events]


@pytest.mark.parametrize(("text", "expected"), [
    # the English perfect of speaking with someone is a contact like the simple past
    ("Erdogan has spoken to Zelensky by phone about the prisoner lists.", ["round"]),
    ("Witkoff had spoken with Umerov twice since the start of the year.", ["round"]),
    # (and 'hatte'/'habe' like 'hatten'/'haben')
    ("Witkoff habe mit Umerow gesprochen, sagte ein Sprecher.", ["round"]),
    ("Macron hatte mit Putin telefonisch gesprochen.", ["round"]),
    # a call 'over the telephone' is a call: a round, not a summit of the two heads
    ("Macron had spoken with Putin over the telephone before the weekend.", ["round"]),
    # speaking with one's own side or the press is no contact between sides
    ("The minister has already spoken to reporters about the talks in Geneva.", []),
    ("Er habe mit Journalisten über die Gespräche gesprochen.", []),
])
def test_perfect_of_speaking_is_a_contact(text: str, expected: list[str]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # talks announced by their noun: a continuation, a resumption, a new round
    ("Beide Seiten kündigten eine Fortsetzung der Verhandlungen an.", ["statement_of_intent"]),
    ("Die Ukraine hat eine neue Gesprächsrunde mit Russland angekündigt.", ["statement_of_intent"]),
    ("The Kremlin announced the resumption of talks with Kyiv.", ["statement_of_intent"]),
    ("Ukraine announced new negotiations with Russia.", ["statement_of_intent"]),
    # (an announcement told as long past, a round only named as announced, other news: none)
    ("Die neue Runde war bereits im Januar angekündigt worden.", []),
    ("Russia announced new sanctions on Kyiv.", []),
    # a paper to be relayed is forwarding a proposal (the README's example of a step), also
    # beside praise of the talks
    ("The chief negotiator called the meeting useful and said the Ukrainian draft will be relayed "
     "to Putin.", ["statement_of_intent"]),
    ("Kyiv's answer will be conveyed to the White House, Umerov said.", ["statement_of_intent"]),
    ("Der Unterhändler nannte das Treffen nützlich; der Entwurf werde an Putin weitergeleitet.",
     ["statement_of_intent"]),
])
def test_talks_announced_and_papers_relayed(text: str, expected: list[str]) -> None:
    assert _kinds(text) == expected


def _summits(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.kind, e.place, e.date_start, e.date_end) for e in extract(text, "t", PUB).events
            if e.kind in ("round", "summit")]


@pytest.mark.parametrize(("text", "expected"), [
    # a summit named as the occasion of something, with a year's or a day's possessive and a
    # modifier between: held (last year's: that year)
    ("Moscow still cites what was settled at last year's Putin-Trump summit in Anchorage.",
     [("summit", "anchorage", "2025", "2025")]),
    ("Macron spoke at Sunday's summit in Paris about security guarantees.",
     [("summit", "paris", "2026-03-08", "2026-03-08")]),
    # a next or upcoming summit is none held
    ("Moscow says it will raise the issue at next year's summit in Riyadh.", []),
    ("Moscow says it will raise the issue at the upcoming Trump-Putin summit in Riyadh.", []),
])
def test_summit_named_as_occasion(text: str, expected: list[tuple[str, str | None, str | None, str | None]]
                                  ) -> None:
    assert _summits(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # talks only conditional or still to come, with a day of the statement: no round held
    ("The Kremlin said on Monday that Moscow would only enter negotiations if Kyiv gave up its "
     "claims.", []),
    ("Der Kreml erklärte am Montag, Moskau würde Verhandlungen mit Kiew nur unter Bedingungen "
     "aufnehmen.", []),
    ("Putin said on Friday that Moscow would halt fire and start peace talks with Ukraine only "
     "if Kyiv withdrew its troops.", []),
    ("Putin sagte am Freitag, Moskau würde das Feuer einstellen und Friedensgespräche mit der "
     "Ukraine beginnen, sobald Kiew seine Truppen abziehe.", []),
    ("Ministers on Saturday stressed the need for eventual talks between Russia and Ukraine.", []),
    # held talks at which a possible meeting was discussed stay a round
    ("At talks in Istanbul on Monday, Russia and Ukraine discussed a potential meeting of their "
     "presidents.", ["round"]),
])
def test_learned_round_needs_talks_held(text: str, expected: list[str]) -> None:
    assert [k for k in _kinds(text) if k in ("round", "summit")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a deal still only proposed would provide is its content, no side's announced step
    ("Under the potential deal, Kyiv would vow to stay outside any military bloc.", []),
    ("Under the draft agreement, Russia would return the children and Kyiv would promise to hold "
     "elections.", []),
    ("Nach dem vorgeschlagenen Abkommen würde Russland seine Truppen abziehen und die Gespräche "
     "fortsetzen.", []),
    # a side's own step stays one
    ("Ukraine promised to send a delegation to the next round of talks.", ["statement_of_intent"]),
])
def test_content_of_a_proposed_deal_is_no_step(text: str, expected: list[str]) -> None:
    assert [k for k in _kinds(text) if k == "statement_of_intent"] == expected


def _meetings(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.kind, e.outcome, e.date_start, e.date_end) for e in extract(text, "t", PUB).events
            if e.kind in ("round", "summit")]


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting named as what something comes before, with a day ahead: planned for that day
    ("Zelensky spoke ahead of the talks in Geneva on March 13.",
     [("round", "planned", "2026-03-13", "2026-03-13")]),
    ("Vor den Gesprächen in Genf am 13. März sagte Selenskyj, die Ukraine werde kein Land abgeben.",
     [("round", "planned", "2026-03-13", "2026-03-13")]),
    # a summit so named is a planned summit; a meeting of others before it stays a round
    ("Speaking on the eve of the peace summit in Geneva on March 14-15, Putin set out his terms.",
     [("summit", "planned", "2026-03-14", "2026-03-15")]),
    ("Vor dem Gipfel in Genf am 14. März stellte Putin Bedingungen.",
     [("summit", "planned", "2026-03-14", "2026-03-14")]),
    ("Ahead of the summit, the delegations will meet in Geneva on Monday.",
     [("round", "planned", "2026-03-16", "2026-03-16")]),
    ("Vor dem Gipfel sollen die Delegationen am Montag in Genf zusammenkommen.",
     [("round", "planned", "2026-03-16", "2026-03-16")]),
    # a day before the report: no meeting to come
    ("Before the talks in Geneva on March 2, Zelensky said Ukraine would not give up land.", []),
])
def test_meeting_ahead_with_its_day_is_planned(
        text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert _meetings(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an item agreed and a step announced in one sentence: both
    ("Moskau und Kiew vereinbarten einen weiteren Gefangenenaustausch und kündigten eine "
     "Fortsetzung der Verhandlungen an.", ["partial_agreement", "statement_of_intent"]),
    ("Kyiv and Moscow agreed on a new prisoner swap and said their delegations would continue the "
     "talks.", ["partial_agreement", "statement_of_intent"]),
    # the agreement itself is no second step
    ("Die beiden Seiten haben vereinbart, je 150 Gefangene zu übergeben.", ["partial_agreement"]),
    ("The two sides agreed to hand over 150 prisoners each.", ["partial_agreement"]),
])
def test_step_besides_item_agreed(text: str, expected: list[str]) -> None:
    assert sorted(k for k in _kinds(text) if k != "round") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sitting of one side's own body is the occasion of a statement, no round
    ("Trump said during a Cabinet meeting on Tuesday that he had asked his Russian counterpart "
     "for a pause.", []),
    ("Putin sagte bei einer Sitzung des Sicherheitsrats am Montag, die Gespräche seien "
     "festgefahren.", []),
    # a contact told beside it stays one
    ("Merz sagte nach der Kabinettssitzung am Dienstag, er habe mit Selenskyj telefoniert.", ["round"]),
])
def test_own_body_meeting_is_no_round(text: str, expected: list[str]) -> None:
    assert [k for k in _kinds(text) if k in ("round", "summit")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a concession offered is a position (a stance), not a next step of the talks
    ("Kyiv offers to drop its bid for NATO membership in return for firm guarantees.", []),
    ("Die Ukraine bot an, im Gegenzug für Garantien auf den NATO-Beitritt zu verzichten.", []),
    # an offer of a step stays one
    ("Ukraine offered to send a delegation to the next round of talks.", ["statement_of_intent"]),
])
def test_concession_offered_is_no_step(text: str, expected: list[str]) -> None:
    assert [k for k in _kinds(text) if k == "statement_of_intent"] == expected
