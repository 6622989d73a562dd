"""Event recall and duplicates in sentences written for the fifteenth session (own wording, German
and English, wire and headline style; expected records written down before running accord).

Corpus README: one record per real-world occurrence; a `round` with outcome `planned` is a future
round the text dates or places; a `statement_of_intent` an actor announcing a concrete next step.
"""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-12"  # a Thursday


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.kind, e.place, e.date_start) for e in extract(text, "t", PUB).events]


# --- one meeting told as to come and as held, or in a headline without its place: one record

ONE_MEETING = [
    # a headline without the place, the body with it (both to come)
    ("Rubio and Lavrov Will Meet Friday to Discuss Truce Terms\n\n"
     "Russian Foreign Minister Sergei Lavrov will meet U.S. Secretary of State Marco Rubio in "
     "Riyadh on Friday, the Kremlin said.", "riyadh"),
    # to come in the lead, held later in the text, same place and day
    ("Russian President Vladimir Putin will receive U.S. envoy Steve Witkoff in Moscow on Thursday. "
     "The ministry gave no details on the agenda. "
     "The talks between Putin and Witkoff in Moscow lasted about four hours on Thursday.", "moscow"),
    # two days of one round in Geneva, then one of its days
    ("Russian, Ukrainian and U.S. delegations held talks in Geneva on Tuesday and Wednesday. "
     "The mood was described as calm. "
     "The session in Geneva on Wednesday lasted about three hours, the Russian delegation said.",
     "geneva"),
    ("Kremlchef Wladimir Putin und der US-Sondergesandte Steve Witkoff werden sich am Donnerstag in "
     "Moskau treffen. Der Kreml nannte keine Einzelheiten. "
     "Das Treffen von Putin und Witkoff in Moskau dauerte am Donnerstag rund vier Stunden.", "moscow"),
    ("Delegationen Russlands und der Ukraine verhandelten am Dienstag und Mittwoch in Genf. "
     "Die Stimmung galt als sachlich. "
     "Die Gespräche in Genf dauerten am Mittwoch etwa drei Stunden, sagte der russische "
     "Delegationsleiter.", "geneva"),
]


@pytest.mark.parametrize(("text", "place"), ONE_MEETING)
def test_one_meeting_told_twice_is_one_record(text: str, place: str) -> None:
    meetings = [e for e in _events(text) if e[0] in ("round", "summit")]
    assert len(meetings) == 1 and meetings[0][1] == place, (text, meetings)


TWO_MEETINGS = [
    # another day at the same place: a second round
    "Russian and Ukrainian delegations met in Istanbul on Monday. The talks ended without result. "
    "The delegations will meet in Istanbul again on Saturday, the Turkish foreign minister said.",
    # other sides on the same day, one meeting with no place
    "Kremlchef Putin empfing am Dienstag in Moskau den US-Gesandten Witkoff. Es ging um den "
    "Friedensplan. Die Stimmung war gespannt. Beobachter blieben vorsichtig. Am Dienstag traf "
    "sich der ukrainische Außenminister zudem mit seinem türkischen Kollegen.",
    # a call and a meeting on the same day
    "Putin met Witkoff in Moscow on Tuesday. The Russian president also spoke by phone with "
    "Donald Trump on Tuesday.",
]


@pytest.mark.parametrize("text", TWO_MEETINGS)
def test_other_meetings_stay_apart(text: str) -> None:
    meetings = [e for e in _events(text) if e[0] in ("round", "summit")]
    assert len(meetings) == 2, (text, meetings)
