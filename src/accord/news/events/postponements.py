"""Postponements (CONSULT/046, outcome "postponed"): what can be moved besides a meeting (a
planned exchange, `POSTPONABLE`), the day of a move told only as "mid-week" (`_mid_week`), the
new day of an event first planned for a day now past (`_after_original`), and one postponement
told again in later sentences (`_merge_postponements`), which also takes the place of the meeting
it moved when a sentence right after names it (`_place_of_moved`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import TYPE_CHECKING

from accord.news.events.common import IC
from accord.news.facts import NewsEvent
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence


# a planned exchange can be moved like a meeting ("Ursprünglich war am Mittwoch ein Austausch
# geplant", "the swap was postponed")
POSTPONABLE = re.compile(r"\b(?:\w*austausch\w*|\w*tausch|exchanges?|swaps?|handovers?|Übergabe)\b", IC)
# "postponed until mid-week", "auf Mitte der Woche verschoben"
MID_WEEK = re.compile(r"\b(?:mid-?week|the middle of (?:the|next) week|"
                      r"Mitte der (?:kommenden |nächsten )?Woche)\b", IC)

def _mid_week(published: str | None) -> str | None:
    """The Wednesday a move "to mid-week" means: this week's when the report comes before it,
    else the next week's."""
    if published is None or len(published) != 10:
        return None
    day = dt.date.fromisoformat(published)
    ahead = (2 - day.weekday()) % 7 or 7
    if day.weekday() < 2:
        ahead = 2 - day.weekday()
    return (day + dt.timedelta(days=ahead)).isoformat()


def _dated_move(e: NewsEvent, s: Sentence, published: str | None) -> None:
    """Dates a postponement the sentence gives no new day for: "until mid-week" is the Wednesday
    ahead; a day first planned that is now past ("war ursprünglich am vergangenen Mittwoch
    geplant") puts the event on the day of the report."""
    if e.date_start is not None or published is None:
        return
    if MID_WEEK.search(s.text) and (day := _mid_week(published)) is not None:
        e.date_start = e.date_end = day
        e.date_basis = "moved to mid-week: the Wednesday ahead of the report"
    elif e.moved_from is not None and e.moved_from[:10] < published[:10]:
        e.date_start = e.date_end = published[:10]
        e.date_basis = "first planned for a day now past: held on the day of the report"


def _merge_postponements(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """A postponement told again (`_same_move`: "The second round was postponed after ...") is
    the first one; a planned round placed right
    after the first postponement (within three sentences, on its new day) gives it its place."""
    starts = [x.start for x in sents]
    out: list[NewsEvent] = []
    first: tuple[int, NewsEvent] | None = None
    for e in events:
        k = bisect.bisect_right(starts, e.start) - 1
        if e.kind == "postponement":
            if first is not None and _same_move(first[1], e):
                first[1].cue = f"{first[1].cue}; told again in a later sentence"
                first[1].absorb(e)  # (read from the repeat too)
                continue
            first = (k, e)
        elif (first is not None and first[1].place is None and e.kind == "round" and e.place is not None
              and 0 < k - first[0] <= 3 and (day := first[1].date_start) is not None
              and any(d.first <= day <= d.last for d in sents[k].dates)):
            first[1].place = e.place  # "... set for February 4-5 in X": the meeting moved
        out.append(e)
    return out


def _same_move(a: NewsEvent, b: NewsEvent) -> bool:
    """Whether a later postponement `b` can be the move `a` told again (anywhere in the article:
    one seldom reports two moves, and a later mention, "die Verschiebung des Treffens", may be far
    from the first): `b` names no move of its own (an old day), or the same old and new days at
    no other place."""
    return b.moved_from is None or (a.moved_from in (None, b.moved_from) and a.date_start in (
        None, b.date_start) and (a.place is None or b.place is None or a.place == b.place))


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
