"""One meeting told in several sentences: a held round told again later in the article merged
into its first record (`same_round_again`), a round or summit told once as to come and once as
held merged by its days, place and sides (`one_meeting_any_outcome`), a summit referred back to
by its noun ("the summit", "bei dem Gipfel") merged into the summit told before
(`summit_told_again`, session 16), and what keeps two
tellings apart: different n-th rounds (`NTH_ROUND`, `other_nth`), other sides, two meetings named
in one sentence, different people on a call (`_other_people`), the heads' own talk before or
beside the plenary (`SIDE_TALK`, `SIDE_MEETING`). The merge of two records itself (`_merge`) is
in `rounds`; moved out of `rounds` unchanged.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.common import IC
from accord.news.events.rounds import CALL, HEADS, _merge
from accord.news.facts import NewsEvent
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence


# a meeting told as held before (or beside) the one just reported: the heads' talk before the
# plenary ("Zuvor hatten sich die Chefunterhändler ... getroffen", "Before the full meeting, the
# heads of the delegations had a one-on-one conversation"); its own event, on that day
SIDE_TALK = re.compile(r"\bVieraugengespräch\w*|\bunter vier Augen\b|\bone-on-one\b|\btête-à-tête\b|"
                       r"\btete-a-tete\b", IC)
SIDE_MEETING = re.compile(r"^\W*(?:Zuvor|Davor|Vorher|Before the (?:[\w-]+ )?(?:meeting|talks|"
                          r"negotiations|plenary|session)|(?:Shortly|Soon|Kurz|Unmittelbar|Gleich) "
                          r"(?:after|before|nach|vor)(?! (?:the|dem|den|der) (?:[\w-]+ )?(?:meeting|talks|"
                          r"negotiations|Treffen|Gespräch\w*|Verhandlung\w*)\b))\b|" + SIDE_TALK.pattern, IC)


def _other_people(a: NewsEvent, b: NewsEvent) -> bool:
    """Whether two rounds are told about different people ("Trump und Putin telefonierten ...
    Merz hat mit Selenskyj telefoniert"): both name people and none in common (used for
    calls only: one meeting is often told person by person)."""
    return bool(a.participants) and bool(b.participants) and not set(a.participants) & set(
        b.participants)


# the n-th round named ("zur zweiten Runde der Friedensgespräche", "Die zweite Verhandlungsrunde",
# "the third round of talks"): the ordinal word, normalised
# (a German ordinal only inflected: bare "erst" and "acht" are "only then" and "eight")
NTH_ROUND = re.compile(r"\b(?:(?P<o>erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt)"
                       r"(?:e|en|er|es|em)|"
                       r"(?P<e>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:\w*[Rr]unde\b|rounds?\b|\w*[Vv]erhandlungen\b|\w*[Gg]espräche\b|"
                       r"\w*[Tt]reffen\b|talks\b|negotiations\b|meeting\b)", IC)
_NTH = {"erst": 1, "first": 1, "zweit": 2, "second": 2, "dritt": 3, "third": 3, "viert": 4, "fourth": 4,
        "fünft": 5, "fifth": 5, "sechst": 6, "sixth": 6, "siebt": 7, "seventh": 7, "acht": 8, "eighth": 8,
        "neunt": 9, "ninth": 9, "zehnt": 10, "tenth": 10}


_HEAD_WORDS = re.compile(r"\b(?:Chef\w*|Leiter\w*|Präsident\w*|Minister\w*|Staats\w*|heads?|chiefs?|"
                         r"leaders?|presidents?|ministers?)\b", IC)


# hosts and mediators: named as parties by some sentences of a meeting and not by others
_HOSTS = {"TUR", "SAU", "ARE", "QAT", "VAT", "CHE", "BLR", "UN"}


def _sides(e: NewsEvent) -> set[str]:
    """The sides that met, without hosts and mediators."""
    return set(e.parties) - set(e.mediators) - _HOSTS


def _nested_sides(a: NewsEvent, b: NewsEvent) -> bool:
    """Whether two rounds of one place and day can be one meeting by their sides: the same sides,
    or one side alone (or none) among the other's ("Tuesday's talks, the Ukrainian side said, ..."
    after "Russian and Ukrainian negotiators met on Tuesday"); two sides of a trilateral meeting
    ("US and Russian officials also met there that day") stay apart."""
    x, y = _sides(a), _sides(b)
    return x == y or (len(y) <= 1 and y <= x) or (len(x) <= 1 and x <= y)


def _one_sentence(a: NewsEvent, b: NewsEvent, sents: list[Sentence]) -> bool:
    """Whether two records start in the same sentence (two meetings it names: "the second talks
    after the first round in May")."""
    return any(x.start <= a.start < x.end and x.start <= b.start < x.end for x in sents)


def _nth(text: str) -> int | None:
    """The one ordinal of a round the sentence names, if it names exactly one."""
    found = {_NTH[(m.group("o") or m.group("e")).lower()] for m in NTH_ROUND.finditer(text)}
    return found.pop() if len(found) == 1 else None


def other_nth(t: str, u: str) -> bool:
    """Whether two sentences name different n-th rounds ("die zweite Verhandlungsrunde" ... "Die
    erste Runde fand ... statt"): two meetings, never one told over both."""
    a, b = _nth(t), _nth(u)
    return a is not None and b is not None and a != b


def _apart(a: NewsEvent, b: NewsEvent) -> bool:
    """Whether two records name different days or different places (never one meeting)."""
    return (a.date_start is not None and b.date_start is not None and a.date_start != b.date_start) \
        or (a.place is not None and b.place is not None and a.place != b.place)


def _same_days(a: NewsEvent, b: NewsEvent) -> bool:
    """Whether two records tell the same days: the same first and last day, or the same first
    day of a meeting of at most three days told once by its first day ("on June 15" and "on June
    15-16")."""
    if a.date_start is None or a.date_start != b.date_start:
        return False
    if a.date_end == b.date_end:
        return True
    ends = [x for x in (a.date_end, b.date_end) if x is not None]
    if len(a.date_start) != 10 or len(ends) != 2 or any(len(x) != 10 for x in ends):
        return False
    import datetime as dt

    first = dt.date.fromisoformat(a.date_start)
    return a.date_start in ends and (dt.date.fromisoformat(max(ends)) - first).days <= 2


def same_round_again(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """One record per meeting (corpus README): a round held told again later in the article is
    merged into the first record, which takes its details and is read from both sentences
    (`NewsEvent.absorb`): the same n-th round named in both sentences ("am 3. März zur zweiten
    Runde getroffen" ... "Die zweite Verhandlungsrunde ist soeben zu Ende gegangen"), or the same
    place and day with the same sides (hosts and mediators aside), also where one sentence tells a
    summit and the other talks (then it is a summit: a caption naming the summit, the body telling
    the delegations who met there). Planned rounds, calls, the heads' own talk and a meeting of
    other sides on the same day ("Shortly after, US and Russian officials met") stay apart."""
    out: list[NewsEvent] = []
    kept: list[tuple[NewsEvent, int | None, bool]] = []  # held round, its ordinal, whether a call
    for e in events:
        if e.kind not in ("round", "summit") or e.outcome == "planned":
            out.append(e)
            continue
        text = " ".join(x.text for x in sents if x.start <= e.start < x.end)
        nth, call = _nth(text), bool(CALL.search(text))
        if SIDE_MEETING.search(text) and (SIDE_TALK.search(text) or HEADS.search(text)
                                          or _HEAD_WORDS.search(text)):
            out.append(e)  # the heads' own talk before or beside the plenary: a meeting of its own
            continue
        into = next((r for r, n, c in kept if c == call and not _one_sentence(r, e, sents) and (
            (r.kind == e.kind and nth is not None and n == nth and not _apart(r, e)) or (
                # (one meeting told once as a summit, once as talks: the summit)
                r.place is not None and r.place == e.place and _same_days(r, e)
                and _nested_sides(r, e)) or (
                # the same two or more sides on the same day, one telling no place ("talks with
                # his counterpart in Turkey" ... "met in Antalya"): the one meeting
                (r.place is None) != (e.place is None) and r.date_start is not None
                and len(r.date_start) == 10 and (r.date_start, r.date_end) == (e.date_start, e.date_end)
                and len(_sides(r)) >= 2 and _sides(r) == _sides(e)))), None)
        if into is not None:
            _merge(into, e)
            into.absorb(e)
            if into.kind != e.kind:
                into.kind = "summit"
                into.cue = f"{into.cue}; the same meeting told again as a summit" if into.cue else into.cue
            else:
                into.cue = f"{into.cue}; the same round told again" if into.cue else into.cue
            continue
        kept.append((e, nth, call))
        out.append(e)
    return out


def _within(a: NewsEvent, b: NewsEvent) -> bool:
    """Whether the days of one record lie within the other's, both told by calendar days, over at
    most three days ("talks on Tuesday and Wednesday" and "the talks on Wednesday")."""
    import datetime as dt

    days = [a.date_start, a.date_end or a.date_start, b.date_start, b.date_end or b.date_start]
    if any(d is None or len(d) != 10 for d in days):
        return False
    a0, a1, b0, b1 = (dt.date.fromisoformat(str(d)) for d in days)
    if (a1 - a0).days > 2 or (b1 - b0).days > 2:
        return False
    return (b0 <= a0 and a1 <= b1) or (a0 <= b0 and b1 <= a1)


def _same_meeting(r: NewsEvent, e: NewsEvent, text: str, sents: list[Sentence]) -> bool:
    """Whether `e` (its sentence `text`) tells the meeting of the earlier record `r` again (see
    `one_meeting_any_outcome`)."""
    if r.kind not in ("round", "summit") or not _within(r, e) or _one_sentence(r, e, sents):
        return False
    rtext = " ".join(x.text for x in sents if x.start <= r.start < x.end)
    if bool(CALL.search(rtext)) != bool(CALL.search(text)) or SIDE_MEETING.search(rtext) \
            or other_nth(text, rtext):
        return False
    if r.place is not None and r.place == e.place:
        return _nested_sides(r, e)
    return (r.place is None) != (e.place is None) and len(_sides(r)) >= 2 and _sides(r) == _sides(e)


def one_meeting_any_outcome(events: list[NewsEvent], sents: list[Sentence],
                            published: str | None) -> list[NewsEvent]:
    """One record per meeting also where a telling is of the meeting to come (corpus README: one
    record per real-world occurrence): after `same_round_again`, which joins held rounds told
    again, a round or summit is merged into an earlier one (`_merge`, `NewsEvent.absorb`) when
    both name calendar days and one's days lie within the other's, and either they have the same
    place and sides that nest (`_nested_sides`: "Putin will meet Witkoff in Moscow on Tuesday"
    and "The Putin-Witkoff meeting ended after three hours", "two-day talks in Geneva
    on Tuesday and Wednesday" and "the talks in Geneva on Wednesday"), or one names no place and
    both the same two or more sides (a headline "X and Y will meet Tuesday" and the body's "X
    will meet Y in Moscow on Tuesday"). The merged record spans both tellings' days; it is held
    when a telling is held and its days are not after the report. Kept apart as in
    `same_round_again`: a call and a meeting, different n-th rounds, two meetings named in one
    sentence, the heads' own talk beside the plenary."""
    out: list[NewsEvent] = []
    for e in events:
        if e.kind not in ("round", "summit") or e.date_start is None or len(e.date_start) != 10:
            out.append(e)
            continue
        text = " ".join(x.text for x in sents if x.start <= e.start < x.end)
        if SIDE_MEETING.search(text):
            out.append(e)
            continue
        into = next((r for r in out if _same_meeting(r, e, text, sents)), None)
        if into is None:
            out.append(e)
            continue
        held = [x.outcome for x in (into, e) if x.outcome != "planned"]
        _merge(into, e)
        into.absorb(e)
        starts = [str(x) for x in (into.date_start, e.date_start) if x is not None]
        ends = [str(x) for x in (into.date_end or into.date_start, e.date_end or e.date_start)
                if x is not None]
        if starts and ends and (min(starts), max(ends)) != (into.date_start, into.date_end):
            into.date_start, into.date_end = min(starts), max(ends)
            into.date_basis = f"{into.date_basis} (with the days of the same meeting told again)"
        if into.outcome == "planned" and held and published is not None \
                and (into.date_end or into.date_start or "9999")[:10] <= published[:10]:
            into.outcome = held[0]  # told as held on a day not after the report: held
        if into.kind != e.kind:
            into.kind = "summit"
        into.cue = f"{into.cue}; the same meeting told again" if into.cue else into.cue
    return out


# (session 16) a summit referred back to by its noun with a definite article or demonstrative
# ("the summit", "bei dem Gipfel", "the meeting between Leo and Zelensky", "dem neuen
# Spitzentreffen"), not an earlier or later one ("the previous summit", "beim letzten Gipfel")
_SUMMIT_REFERRED = re.compile(r"\b(?:the|this|that|dem|den|das|der|des|beim|vom|zum|diese[mnrs]?)\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:summit|meeting|Gipfel\w*|[\w-]*[Tt]reffen[s]?)\b", IC)
_ANOTHER_SUMMIT = re.compile(r"\b(?:previous|last|earlier|first|former|next|second|third|another|"
                             r"vorherig\w*|letzt\w*|früher\w*|erste[nmrs]?|nächst\w*|vergangen\w*|"
                             r"zweite[nmrs]?|dritte[nmrs]?|weitere[nmrs]?|anderen?)\s+(?:[\w-]+\s+)?(?:summit|"
                             r"meeting|Gipfel\w*|[\w-]*[Tt]reffen[s]?)\b", IC)


def _same_summit(r: NewsEvent, e: NewsEvent, sents: list[Sentence]) -> bool:
    """Whether the later summit `e`, referred to by its noun, can be the earlier summit `r` (see
    `summit_told_again`)."""
    # (a day only from the article's date, "reported as current", is no day of its own)
    dated = e.date_start is not None and not (e.date_basis or "").startswith("the article's date")
    if r.kind != "summit" or _one_sentence(r, e, sents):
        return False
    if dated and r.date_start is not None and e.date_start != r.date_start:
        return False
    if e.place is None or r.place is None or e.place == r.place:
        return True
    return e.date_start is not None and e.date_start == r.date_start \
        and len(set(e.participants) & set(r.participants)) >= 2


def summit_told_again(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """One record per summit (corpus README: one record per real-world occurrence): a later summit
    whose sentence refers back to the summit by its noun (`_SUMMIT_REFERRED`: "press conference
    following the summit", "Bei dem Gipfel sollte es ... gehen", "Mit dem neuen Spitzentreffen der
    beiden Staatschefs ..."), names no other summit (`_ANOTHER_SUMMIT`), no other day (undated or
    the same first day) and no other place (none, or the same; or another where both name the same
    two or more participants on the same day: "The Vatican gave no word on how long the talk
    between Leo and Zelensky lasted") is merged into the earlier summit; calls stay apart."""
    out: list[NewsEvent] = []
    for e in events:
        if e.kind != "summit":
            out.append(e)
            continue
        text = " ".join(x.text for x in sents if x.start <= e.start < x.end)
        if not _SUMMIT_REFERRED.search(text) or _ANOTHER_SUMMIT.search(text) or CALL.search(text):
            out.append(e)
            continue

        into = next((r for r in out if _same_summit(r, e, sents)), None)
        if into is None:
            out.append(e)
            continue
        _merge(into, e)
        into.absorb(e)
        into.cue = f"{into.cue}; the summit referred to again" if into.cue else into.cue
    return out


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
