"""Rounds and summits in sentences written for the sixteenth session (own wording, German and
English; expected records written down before running accord).

Corpus README: a `summit` is an in-person meeting the text presents as one of heads of state or
government (convention 3); every other negotiation meeting or contact is a `round`; one record
per real-world occurrence, also when the meeting is told over several sentences.
"""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-12"  # a Thursday


def _meetings(text: str) -> list[tuple[str, str | None]]:
    return [(e.kind, e.place) for e in extract(text, "t", PUB).events if e.kind in ("round", "summit")]


# --- heads not at the meeting (only possible there, or their envoys met for them): the talks stay
# a round, also when a further sentence names the heads

HEADS_NOT_AT_THE_MEETING = [
    ("Delegations of Russia and the United States held talks in Riyadh on Tuesday. The meeting in "
     "the Saudi capital took place on behalf of President Vladimir Putin and President Donald Trump.",
     "riyadh"),
    ("Die Gespräche der Delegationen Russlands und der USA fanden am Dienstag in Riad statt. Das "
     "Treffen fand im Auftrag von Präsident Wladimir Putin und von US-Präsident "
     "Donald Trump statt.", "riyadh"),
    ("Die Delegationen Russlands und der Ukraine verhandelten am Dienstag in Istanbul. Dabei sei auch "
     "über Möglichkeiten für ein Treffen der Staatschefs Selenskyj und Putin gesprochen worden.",
     "istanbul"),
    ("Negotiators of Russia and Ukraine met in Istanbul on Tuesday. They also discussed a possible "
     "meeting of the two presidents later this year.", "istanbul"),
]


@pytest.mark.parametrize(("text", "place"), HEADS_NOT_AT_THE_MEETING)
def test_heads_not_at_the_meeting_leave_a_round(text: str, place: str) -> None:
    assert _meetings(text) == [("round", place)], text


# --- two heads are no summit when someone else met each of them, or the meeting is only hoped for

NOT_A_MEETING_OF_THE_HEADS = [
    "Witkoff und Kushner hatten im Februar Putin im Kreml getroffen und zuletzt auch Selenskyj "
    "und Umerow in Berlin.",
    "US envoy Steve Witkoff met Vladimir Putin in Moscow last week and Volodymyr Zelensky in "
    "Berlin on Sunday.",
    "Jared Kushner has met Volodymyr Zelensky in Kyiv and Vladimir Putin in Moscow this month.",
    "Der US-Gesandte Witkoff traf am Montag Wladimir Putin in Moskau und am Mittwoch Wolodymyr "
    "Selenskyj in Kiew.",
    "The talks in Istanbul could lead to a treaty and, eventually, a meeting of Presidents "
    "Vladimir Putin and Volodymyr Zelensky, Medinsky said on Tuesday.",
]


@pytest.mark.parametrize("text", NOT_A_MEETING_OF_THE_HEADS)
def test_heads_met_by_another_or_hoped_for_are_no_summit(text: str) -> None:
    assert [k for k, _ in _meetings(text)] == ["round"], text


HEADS_WHO_MET = [
    ("Donald Trump and Vladimir Putin met in Anchorage on Friday.", "anchorage"),
    ("Rubio said Donald Trump and Vladimir Putin met in Anchorage on Friday.", "anchorage"),
    ("Kremlchef Wladimir Putin und US-Präsident Donald Trump trafen sich am Freitag in Anchorage.",
     "anchorage"),
]


@pytest.mark.parametrize(("text", "place"), HEADS_WHO_MET)
def test_heads_who_met_are_a_summit(text: str, place: str) -> None:
    assert _meetings(text) == [("summit", place)], text


# --- a summit referred back to by its noun ("the summit", "dem Gipfel") is the summit told before

SUMMIT_REFERRED_TO_AGAIN = [
    ("President Donald Trump will receive President Volodymyr Zelensky in Palm Beach on Sunday. "
     "Officials gave no agenda. At the summit, the two presidents are to discuss security "
     "guarantees.", "palm_beach"),
    ("Trump empfängt Selenskyj am Sonntag in Palm Beach. Das Weiße Haus kündigte das Treffen an. "
     "Mit dem neuen Gipfeltreffen der beiden Präsidenten soll über ein Ende des Krieges gesprochen "
     "werden.", "palm_beach"),
]


@pytest.mark.parametrize(("text", "place"), SUMMIT_REFERRED_TO_AGAIN)
def test_summit_referred_to_again_is_one_record(text: str, place: str) -> None:
    assert _meetings(text) == [("summit", place)], text


# another summit named ("the last summit", "beim vorherigen Gipfel") stays its own record
ANOTHER_SUMMIT_NAMED = [
    ("Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday. At the last summit in Tehran in "
     "July 2022, the two presidents had discussed grain exports.", "sochi"),
    ("Wladimir Putin traf am Montag in Sotschi den Präsidenten Recep Tayyip Erdogan. Beim "
     "vorherigen Gipfel in Teheran im Juli 2022 hatten beide über Getreide "
     "gesprochen.", "sochi"),
]


@pytest.mark.parametrize(("text", "place"), ANOTHER_SUMMIT_NAMED)
def test_another_summit_named_stays_apart(text: str, place: str) -> None:
    meetings = _meetings(text)
    assert ("summit", place) in meetings, (text, meetings)
    assert all(p in (place, "tehran") for _, p in meetings), (text, meetings)
    assert len({p for _, p in meetings}) == len(meetings), (text, meetings)


# --- a head meeting another with day, place and title between verb and object (German middle field)

HEADS_OVER_A_MIDDLE_FIELD = [
    ("Kanzler Friedrich Merz empfing am Montag in Berlin den ukrainischen Staatschef Wolodymyr "
     "Selenskyj.", "berlin"),
    ("Wladimir Putin hat am Montag in Sotschi den türkischen Präsidenten Recep Tayyip Erdogan "
     "getroffen.", "sochi"),
    ("Präsident Emmanuel Macron traf am Dienstag im Élysée-Palast in Paris den ukrainischen "
     "Staatschef Wolodymyr Selenskyj.", "paris"),
]


@pytest.mark.parametrize(("text", "place"), HEADS_OVER_A_MIDDLE_FIELD)
def test_heads_over_a_middle_field_are_a_summit(text: str, place: str) -> None:
    assert _meetings(text) == [("summit", place)], text


# an envoy received is no head: the round stays a round
def test_envoy_received_over_a_middle_field_is_a_round() -> None:
    text = ("Kremlchef Wladimir Putin empfing am Montag in Moskau den US-Sondergesandten Steve "
            "Witkoff zu Gesprächen über die Ukraine.")
    assert [k for k, _ in _meetings(text)] == ["round"], text


# a host receiving two heads named side by side, or a meeting told as joint, is one meeting of the
# heads (review16 item 13); a host who met each apart stays a round
HEADS_RECEIVED_TOGETHER = [
    ("Guterres received Putin and Zelensky in Istanbul on Friday for joint talks.", "istanbul"),
    ("Guterres received Putin and Zelensky in Istanbul on Friday.", "istanbul"),
    ("UN-Generalsekretär Guterres empfing am Freitag in Genf Putin und Selenskyj zu gemeinsamen "
     "Gesprächen.", "geneva"),
    ("Witkoff met Putin and Zelensky together in Istanbul on Friday.", "istanbul"),
]


@pytest.mark.parametrize(("text", "place"), HEADS_RECEIVED_TOGETHER)
def test_heads_received_together_are_a_summit(text: str, place: str) -> None:
    assert _meetings(text) == [("summit", place)], text


@pytest.mark.parametrize("text", [
    "Guterres received Putin in Moscow and Zelensky in Kyiv last week.",
    "Guterres traf am Montag Putin in Moskau und am Mittwoch Selenskyj in Kiew.",
    "Witkoff met Putin in Moscow together with Kushner and Zelensky in Berlin.",
])
def test_host_meeting_each_head_apart_is_a_round(text: str) -> None:
    assert [k for k, _ in _meetings(text)] == ["round"], text


@pytest.mark.parametrize("text", [
    "Putin empfing am Montag im Kreml den Sondergesandten von Präsident Trump.",
    "Putin received on Monday in the Kremlin the special envoy of President Trump.",
])
def test_an_envoy_of_the_second_head_received_is_no_summit(text: str) -> None:
    """review16: the middle-field rule (e2482dc) reached Trump through his envoy."""
    assert "summit" not in [kind for kind, _ in _meetings(text)]
