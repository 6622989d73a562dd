"""The passes after the sentence loop that give events their place and date from the article
around them: the place of the round reported just before, or of the talks the headline names, for
an event whose sentence names none (`_context_place`, `_title_place`; the kinds in
`_PLACED_BY_CONTEXT`; "in the same place" at any distance, `SAME_PLACE`), of the talks a sentence
soon after places (`_talks_placed_after`), or for talks and steps the lead tells, the city of a
dateline that is a known venue of talks or that the text calls "here" (`_dateline`,
`_DATELINE_KINDS`); the day of
a dated round for the items agreed and steps announced at it (`_results_of_talks`,
`AT_THE_TALKS`); the article's day for an event reported as current
(`_default_date`; not for talks over several days `MULTI_DAY`, the day just named for what
followed at once `AT_ONCE`, the day of the statement a sentence goes on with `CONTINUED`, a
concessive clause no time of a claim `_BACKGROUND`); and the day and
place of the talks reported just before for a side meeting held before them
(`_side_meeting_days`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.common import IC, MEETING
from accord.news.events.event_dates import REPORT_DAY_ONLY, UNDATED_CHARGE, _undated_past, deadline
from accord.news.events.event_places import LOCATIVE, _places
from accord.news.events.intents import _BEFORE, _SAID_HAD
from accord.news.events.rounds import _PHONE, MEETING_NOUN, UNDATED_REFERENCE
from accord.news.events.told_again import SIDE_MEETING
from accord.news.facts import NewsEvent
from accord.news.prefilter import gate_patterns
from accord.news.tense import told_in_past

if TYPE_CHECKING:
    from accord.news.extract import Sentence


# a meeting beside the talks just reported, held or planned ("Neben den Zweiergesprächen sind auch
# Dreiertreffen geplant", "am Rande der Verhandlungen", "alongside the talks", "on the sidelines
# of the meeting"): on the day of those talks
BESIDE_TALKS = re.compile(r"\b(?:parallel zu|neben|am Rande|alongside|on the sidelines of|"
                          r"in parallel (?:to|with))\s+(?:de[nmrs]|the|these|those)\s+(?:[\w-]+\s+)?"
                          r"(?:[\w-]*(?:gespräch|verhandlung|treffen|beratung)\w*|talks|negotiations|"
                          r"meeting)\b", IC)


def _side_meeting_days(events: list[NewsEvent], sents: list[Sentence]) -> None:
    """A meeting told as held just before the talks reported above it ("Zuvor hatten sich die
    Chefunterhändler getroffen", "Before the full meeting, the heads had a one-on-one
    conversation") names no day of its own: it was held on the day of those talks (the nearest
    dated round, summit or agreement in the eight sentences before it), at their place."""
    import bisect

    starts = [x.start for x in sents]
    for n, e in enumerate(events):
        if e.kind != "round" or e.date_start is not None:
            continue
        k = bisect.bisect_right(starts, e.start) - 1
        if not (SIDE_MEETING.search(sents[k].text) or BESIDE_TALKS.search(sents[k].text)):
            continue
        before = next((x for x in reversed(events[:n]) if x.kind in ("round", "summit", "partial_agreement")
                       and x.date_start is not None and len(x.date_start) == 10
                       and k - (bisect.bisect_right(starts, x.start) - 1) <= 8), None)
        if before is not None:
            e.date_start = e.date_end = before.date_start
            e.date_basis = "the day of the talks reported just before: a meeting held before them"
            e.place = e.place or before.place


LEAD_AFTER_DATELINE = 1
"""Sentences after the dateline's own that still belong to the lead it places."""
_DATELINE_KINDS = ("round", "summit", "statement_of_intent")
"""What a venue's dateline places: talks and the steps told at them (an item agreed elsewhere and
announced there, "ISTANBUL - Erdogan said the deal was extended", is not placed)."""
_PLACED_BY_CONTEXT = ("round", "partial_agreement", "statement_of_intent", "postponement", "summit",
                      "pledge")


def _title_place(sents: list[Sentence]) -> str | None:
    """The one place a headline about talks names ("Gespräche in Istanbul"): where the rounds
    of the first sentences happen when they name no place themselves."""
    for s in sents[:2]:
        if s.text.rstrip().endswith((".", "!", "?", '"', ":")) or not MEETING.search(s.text):
            continue
        places = {m.entity for m in s.mentions if m.kind == "place" and LOCATIVE.search(
            s.text[max(0, m.start - s.start - 20):m.start - s.start])}
        if len(places) == 1:
            return places.pop()
    return None


# a dateline opening the lead or standing on its own line: "ISTANBUL (dpa-AFX) -", "Genf
# (Reuters) -", "KYIV, Nov 21 (Reuters) -", "ISTANBUL, June 2. /TASS/.", "Abu Dhabi, 4. Februar
# 2026"; the first of several cities ("MIAMI/KIEW (dpa) -") is the one the report comes from
DATELINE_CITY = re.compile(
    r"^\W*(?P<city>[A-ZÄÖÜ][\w'-]*(?:\s[A-ZÄÖÜ][\w'-]*){0,2})(?:/[\w .'-]{2,30}?)*"
    r"(?:\s*\([^)]{1,40}\)\s*[-–—]|,\s+[^.()]{0,30}?\d{1,2}\.?[^.()]{0,20}?"
    r"(?:\s*\([^)]{1,40}\)\s*[-–—]|\.?\s*/TASS/|\s*[-–—]|\s*$))")
# the text says the meeting is where the report is filed
HERE = re.compile(r"\b(?:hier|vor Ort|in der Stadt|in dieser Stadt|here|in the city|in this city)\b", IC)


def _dateline(sents: list[Sentence]) -> tuple[int, str, bool] | None:
    """The sentence of the article's dateline among its first lines, the city it names (a place
    the gazetteer knows, also in capitals: "ISTANBUL", "ABU DHABI") and whether that city is a
    known venue of talks (`venue: true` in the gazetteer)."""
    from accord.news import gazetteer as gz

    for k, s in enumerate(sents[:8]):
        m = DATELINE_CITY.match(s.text)
        if m is None:
            continue
        name = m.group("city")
        places = _place_names()
        pid = places.get(name.lower())
        if pid is None:
            return None
        spec = (gz.curated().get("places") or {}).get(pid) or {}
        return k, pid, bool(spec.get("venue"))
    return None


def _city_in_region(events: list[NewsEvent], sents: list[Sentence]) -> None:
    """A round or summit placed in a region ("in Alaska zu einem Gipfel getroffen") is at the
    city of that region the article names (`within` in the gazetteer: Anchorage in Alaska), the
    most specific place the text gives (corpus README): a city named in the round's own sentences
    or in a sentence about talks, not one a party went to afterwards ("Trump later returned to his
    residence in Palm Beach")."""
    from accord.news import gazetteer as gz

    places = gz.curated().get("places") or {}
    for e in events:
        if e.kind not in ("round", "summit") or e.place is None:
            continue
        own = set(e.evidence)
        named = [m.entity for x in sents if (x.start, x.end) in own or any(
                     x.start < b and a < x.end for a, b in own) or MEETING.search(x.text)
                 for m in x.mentions if m.kind == "place"]
        city = next((c for c in named if (places.get(c) or {}).get("within") == e.place), None)
        if city is not None:
            e.place = city


def _place_names() -> dict[str, str]:
    """Lower-cased place names of the curated gazetteer -> place id."""
    global _PLACE_NAMES
    if _PLACE_NAMES is None:
        from accord.news import gazetteer as gz

        _PLACE_NAMES = {n.lower(): pid for pid, p in (gz.curated().get("places") or {}).items()
                        for n in p.get("names") or []}
    return _PLACE_NAMES


_PLACE_NAMES: dict[str, str] | None = None


# a round's sentence that opens by referring back to a meeting ("The meeting organised by ...",
# "Das Treffen ...", "Die Beratungen ..."), and a verb of discussing that told it
_THE_MEETING = re.compile(r"^\W*(?:The|This|That|Das|Dieses|Die|Diese|Der)\s+(?:[\w-]+\s+)?(?:meeting|talks|"
                          r"gathering|conference|consultations|Treffen|Gespräche|Beratungen|Konferenz|"
                          r"Zusammenkunft)\b")
_DISCUSSED = re.compile(r"\b(?:discussed|debated|deliberated|berieten|diskutierten|erörterten|"
                        r"besprachen)\b", IC)


def _talks_placed_before(e: NewsEvent, sents: list[Sentence], k: int) -> str | None:
    """The one place a sentence just before round `e`'s (sentence `k`) gives talks, with no day
    of its own other than the round's: the sentence right before, or for a planned round one of
    the two before."""
    back = _THE_MEETING.match(sents[k].text) is not None
    for j in range(k - 1, max(-1, k - (3 if e.outcome == "planned" else 2)), -1):
        # (a sentence telling people discussing somewhere, "In Jeddah, representatives of 40
        # countries discussed ...", before "The meeting ... ended on Saturday": the same talks)
        # (unless those discussing are another body than the round's sides: "EU foreign ministers
        # discussed sanctions. The talks between Russia and Ukraine ended ...")
        if (MEETING.search(sents[j].text) or (back and _DISCUSSED.search(sents[j].text) and (
                not (them := set(sents[j].actors())) or them & set(e.parties)))) \
                and len(near := _places(sents[j])) == 1 and (
                e.date_start is None or not sents[j].dates
                or any(d.first == e.date_start for d in sents[j].dates)):
            return near[0]
    return None


# a place named only as the one of talks told before ("in the same place", "at the same venue",
# "am selben Ort", "am gleichen Ort", "ebenfalls dort")
SAME_PLACE = re.compile(r"\b(?:(?:in|at) the same (?:place|venue|location|city|hotel|palace)|"
                        r"(?:am|an dem)\s+(?:selben|gleichen|nämlichen)\s+Ort|(?:im|in dem)\s+(?:selben|"
                        r"gleichen)\s+(?:Hotel|Palast|Gebäude|Saal)|"
                        r"(?:in|an)\s+(?:derselben|der gleichen)\s+Stelle|"
                        r"ebendort|ebenda)\b", IC)


def _context_place(events: list[NewsEvent], sents: list[Sentence]) -> None:
    """An event whose sentence names no place happens where the round reported just before it
    (within six sentences) took place: "Istanbul ... Die Delegationen vereinbarten ...", or,
    before any other place of talks, where the headline puts the talks."""
    starts = [x.start for x in sents]
    import bisect

    last: tuple[int, str] | None = None
    agreed: tuple[int, str] | None = None
    told: tuple[int, str] | None = None
    title = _title_place(sents)
    dateline = _dateline(sents)
    anywhere: str | None = None  # the place of the last talks placed, however far back
    for e in events:
        k = bisect.bisect_right(starts, e.start) - 1
        if e.place is None and e.kind in _PLACED_BY_CONTEXT and anywhere is not None \
                and SAME_PLACE.search(sents[k].text):
            # "They met in the same place last month", "am selben Ort": where the talks told before were
            e.place = anywhere
        elif e.place is None and e.kind in _PLACED_BY_CONTEXT and last is not None and k - last[0] <= 6 \
                and not (e.kind == "round" and _PHONE.search(sents[k].text)):
            # (a call is held where no one meets: it takes no place from the talks before)
            e.place = last[1]
        elif e.place is None and e.kind in ("round", "summit") and k > 0 and not _PHONE.search(
                sents[k].text) and (near := _talks_placed_before(e, sents, k)) is not None:
            # the sentence just before speaks of the talks and places them ("nach Gesprächen ...
            # im Kreml ... Das Treffen ... endete nach fünf Stunden"); for a planned meeting also
            # the one before that ("were expected to take place in Abu Dhabi. X said ... The next
            # meeting was planned for March 5 to 9")
            e.place = near
        elif e.place is None and e.kind in _PLACED_BY_CONTEXT and title is not None and (
                last is None or last[1] == title) and not _PHONE.search(sents[k].text):
            e.place = title  # the talks the headline places ("Gespräche in Istanbul")
        elif e.place is None and e.kind in _DATELINE_KINDS and dateline is not None and last is None \
                and dateline[0] <= k <= dateline[0] + LEAD_AFTER_DATELINE \
                and not _PHONE.search(sents[k].text) \
                and ((dateline[2] and e.outcome != "planned") or HERE.search(sents[k].text)):
            # talks the lead tells with no place of their own, under a dateline of a city that
            # hosts talks (or that the text says is here): held where the report is filed. A
            # dateline is often only where the reporter sits ("KYIV (Reuters) - ... talks would
            # resume"): a capital of a side, a planned meeting and a call take no place from it
            e.place = dateline[1]
        elif e.place is None and e.kind == "round" and agreed is not None and k - agreed[0] <= 6 \
                and not _PHONE.search(sents[k].text):
            # no round placed yet: the talks of the day are where the item agreed just before was
            # reached ("a prisoner exchange mediated in Abu Dhabi ... officials met face to face")
            e.place = agreed[1]
        elif e.place is None and e.kind in ("statement_of_intent", "partial_agreement") and \
                told is not None and 0 <= k - told[0] <= 2 and not _PHONE.search(sents[k].text):
            # the same report goes on: a step or item told right after an item placed at the talks
            # ("agreed in Istanbul to swap ... Russia also offered ..., X said")
            e.place = told[1]
        if e.kind in ("round", "summit") and e.place is not None:
            anywhere = e.place
        if e.kind in ("round", "summit") and e.place is not None and not _flashback(e, events):
            last = (k, e.place)
        if e.kind == "partial_agreement" and e.place is not None and last is None:
            agreed = (k, e.place)
        if e.kind in ("partial_agreement", "round", "summit") and e.place is not None and not (
                e.kind != "partial_agreement" and _flashback(e, events)):
            told = (bisect.bisect_right(starts, e.last_end - 1) - 1, e.place)  # its last sentence
    _talks_placed_after(events, sents)


PLACED_AFTER = 6
"""Sentences after an unplaced meeting within which a sentence on the same talks may name their place."""
# talks told as other than those just reported: earlier, first, previous, next or planned ones
_OTHER_TALKS = re.compile(r"\b(?:(?:erste[nmrs]?|vorige\w*|vorherige\w*|letzte\w*|nächste\w*|kommende\w*|"
                          r"frühere\w*|first|previous|last|earlier|next|upcoming|prior)\s+(?:[\w-]+\s+)?"
                          r"(?:Runde|Treffen|Gespräch\w*|Verhandlung\w*|Gipfel\w*|Konferenz|round|meeting|talks|"
                          r"negotiations|summit|conference|session)|zuvor|damals|had|hatte\w*|planned|scheduled|geplant\w*|"
                          r"(?:will|would|is to|are to) (?:be held|take place|meet)|"
                          r"stattfinden (?:soll|sollen|werden|wird)|"
                          r"(?:soll|sollen|wird|werden) [^.;]{0,40}stattfinden)\b", IC)


def _talks_placed_after(events: list[NewsEvent], sents: list[Sentence]) -> None:
    """Talks reported without a place (or an item agreed at them) take the place of the talks a
    sentence soon after tells, in the present and with no other time ("... haben sich bei den
    Gesprächen auf einen Austausch geeinigt. ... In Genf läuft gerade die dritte
    Runde", "Zum Abschluss der Konferenz ... Der Abschluss der Konferenz auf dem
    Bürgenstock sei ..."): they are the same talks. Not calls, planned meetings, nor past ones."""
    import bisect

    starts = [x.start for x in sents]
    for e in events:
        if e.place is not None or e.kind not in ("round", "summit", "partial_agreement") \
                or e.outcome == "planned":
            continue
        k = bisect.bisect_right(starts, e.start) - 1
        last = bisect.bisect_right(starts, e.last_end - 1) - 1  # (its last sentence)
        if _PHONE.search(sents[k].text) or (e.kind == "partial_agreement" and not any(
                MEETING.search(x.text) for x in sents[k:last + 1])):
            continue  # (an item named with no talks is not said to be agreed at any)
        for j in range(last + 1, min(len(sents), last + 1 + PLACED_AFTER)):
            t = sents[j].text
            if any(x is not e and x.place is not None and sents[j].start <= x.start < sents[j].end
                   and x.kind in ("round", "summit") and x.date_start not in (None, e.date_start)
                   for x in events):
                break  # (other talks told with their own day)
            if not MEETING.search(t):
                continue
            near = _places(sents[j])
            if not near:
                continue
            if len(near) == 1 and not _OTHER_TALKS.search(t) and not _PHONE.search(t) and all(
                    d.first == e.date_start for d in sents[j].dates):
                e.place = near[0]
            break  # (the first sentence placing talks after it decides)


# a result told as reached at the talks ("During the meeting, the parties agreed ...", "bei den
# Gesprächen vereinbarten")
AT_THE_TALKS = re.compile(r"\b(?:during|at|in the course of|bei|während|auf)\s+"
                          r"(?:the\s+|den\s+|dem\s+|der\s+)?(?:[\w-]+\s+)?(?:meeting|talks|negotiations|session|Treffen\w*|Gespräch\w*|"
                          r"Verhandlung\w*|Sitzung)\b", IC)


# a step or item told as still to come or as a habit, not as what the talks just told produced
_NOT_YET = re.compile(r"\b(?:soll\w*|will|wollen|wird|werden|würde\w*|would|could|könnte\w*|shall|"
                      r"plan\w*|expected|erwartet|künftig|next|nächste\w*|if|wenn|falls|immer wieder|"
                      r"repeatedly|bisher|bislang|so far|geplant\w*|"
                      # told as earlier than the talks (convention 7: no day)
                      r"zuvor|bereits|damals|früher|hatte\w*|had|earlier|previously|already)\b", IC)


# the pluperfect of reported speech ("X said afterwards that they had agreed to ..."): the tense
# the verb of saying shifts the act into, not a time before the talks just told
_SAID_THEN_HAD = re.compile(r"\b(?:said|says|told|announced|reported|noted|added|stated|explained|"
                            r"confirmed)\b[^.;:!?]{0,50}?\bhad\b", IC)


def _not_yet(t: str) -> bool:
    """Whether a sentence tells its step or item as still to come or as earlier than the talks
    (`_NOT_YET`), a "had" of reported speech after a verb of saying not counting."""
    shifted = {m.end() for m in _SAID_THEN_HAD.finditer(t)}
    return any(not (m.group(0).lower() == "had" and m.end() in shifted) for m in _NOT_YET.finditer(t))


def _names_place(s: Sentence) -> bool:
    return any(m.kind == "place" for m in s.mentions)


def _flashback(r: NewsEvent, events: list[NewsEvent]) -> bool:
    """Whether round `r` is told back: an item or round told before it in the article (not
    planned) happened on a later day ("exchanged 150 prisoners on Wednesday ... the swap had
    been agreed at talks in Y last week. Separately, ... handed over bodies"): what the text
    tells after it goes on with the later news, not with those talks."""
    if r.date_end is None or len(r.date_end) != 10:
        return False
    for e in events:
        if e is r or e.start >= r.start:
            break
        if e.kind in ("round", "summit", "partial_agreement") and e.outcome != "planned" \
                and e.date_start is not None and len(e.date_start) == 10 and e.date_start > r.date_end:
            return True
    return False


def _results_of_talks(events: list[NewsEvent], sents: list[Sentence]) -> None:
    """Agreed items and announced steps with no date of their own, told as results of a dated
    round reported just before (within six sentences, at its place): "During the meeting, the
    parties agreed ..." and the statements right after it (one a sentence) happened that day,
    not on the day of the report."""
    import bisect

    starts = [x.start for x in sents]
    last: tuple[int, NewsEvent] | None = None
    chain: int | None = None
    for e in events:
        k = bisect.bisect_right(starts, e.start) - 1
        if e.kind in ("round", "summit"):
            if e.outcome != "planned" and e.date_start is not None:
                # (talks told back after the news of a later day are no source of what follows);
                # what follows counts from the talks' last telling ("... talks held yesterday in
                # Istanbul. ... On June 2, the meeting took place in Istanbul. ... After the talks,
                # X said the parties had agreed ...")
                told = bisect.bisect_right(starts, e.last_end - 1) - 1
                last, chain = (None, None) if _flashback(e, events) else ((told, e), None)
            continue
        if e.kind not in ("partial_agreement", "statement_of_intent") or e.date_start is not None \
                or (last is not None and e.place not in (None, last[1].place)):
            continue
        if last is None or k - last[0] > 6:
            continue
        if AT_THE_TALKS.search(sents[k].text) or (chain is not None and 0 <= k - chain <= 1) or (
                0 < k - last[0] <= 2 and not _not_yet(sents[k].text)) or (
                # an item agreed in a sentence naming no place of its own, a few sentences after
                # the talks it took its place from: agreed there, that day
                e.kind == "partial_agreement" and k > last[0] and e.place is not None
                and e.place == last[1].place and not _names_place(sents[k])
                and not _not_yet(sents[k].text)):
            e.date_start, e.date_end = last[1].date_start, last[1].date_end
            e.date_basis = "the day of the talks it is reported from"
            if e.kind == "partial_agreement" and e.date_end is not None and len(e.date_end) == 10 \
                    and e.date_start != e.date_end:
                # an item agreed at talks over several days is made public when they end ("Following
                # the two-day meeting, X said they had agreed ..."; corpus convention 7)
                e.date_start = e.date_end
                e.date_basis = "the last day of the talks it is reported from: made public as they ended"
            chain = k


def _default_date(e: NewsEvent, sents: list[Sentence], published: str | None, lang: str) -> None:
    """An event whose sentence names no date is dated by the article when it is reported as
    current (not in the pluperfect or with "zuvor"/"earlier", not a planned round): news reports
    what happened on the day of the report."""
    if e.date_start is not None or published is None or len(published) != 10 or (
            e.date_basis in (REPORT_DAY_ONLY, UNDATED_REFERENCE, UNDATED_CHARGE)):
        return
    if e.outcome == "planned" or (e.kind == "postponement" and e.moved_from is None):
        return  # (a postponement whose old date alone is named happens when reported)
    s = next((x for x in sents if x.start <= e.start < x.end), None)
    if s is None:
        return
    if e.kind in ("round", "summit") and MULTI_DAY.search(s.text):
        return  # talks over several days ("die dreitägigen Verhandlungen"): no one day to give
    if _undated_past(s.text):
        return  # "in den vergangenen Tagen", "has continued to": no day, and not the article's
    if e.kind in ("round", "summit") and any(deadline(s, d) for d in s.dates):
        return  # "waiting for a response on a meeting by the end of June": no day of the meeting
    if e.kind in ("round", "summit") and _EARLIER_MEETING.search(s.text) and not _NOW.search(s.text):
        return  # "the recent Istanbul talks", "zum vorherigen Treffen in X": an earlier one, no day
    if e.kind in ("round", "summit") and _SETTING_ONLY.search(s.text) and not _MEETING_VERB.search(s.text) \
            and not _NOW.search(s.text) and e.outcome in (None, "none"):
        # "Er betonte bei einem Treffen in Tirana, ...", "Putin stimmte in einem Telefonat mit X
        # zu", "finalized after a telephone conversation between X and Y": the meeting is only the
        # setting of another act, told with no day of its own (convention 7), not the report's
        # (not talks that yield the agreement told with them: "einigten sich bei Gesprächen in
        # Istanbul auf ...", dated as the agreement is; review16 item 12)
        return
    k = sents.index(s)
    if k > 0 and AT_ONCE.search(s.text) and (
            days := [d for d in sents[k - 1].dates if d.granularity == "day"]):
        # "On March 18, X proposed ... Y agreed and immediately gave the orders": what followed at
        # once took place on the day just named
        e.date_start = e.date_end = days[-1].first
        e.date_basis = f"the day named just before ({days[-1].first}): told as following at once"
        return
    if k > 0 and e.kind in _TOLD_IN_STATEMENTS and CONTINUED.search(s.text) \
            and not _EARLIER_WORD.search(s.text) and (day := _statement_day(sents, k, published)) is not None:
        # "He added that ...", "The Ukrainian leader also said ...": the rest of a statement told
        # just before with its day ("X said on Thursday ...") was made that day, not on the report's
        e.date_start = e.date_end = day
        e.date_basis = f"the day of the statement it continues ({day})"
        return
    text = s.text if e.kind != "claim" else _BACKGROUND.sub(" ", s.text)
    text = _EARLIER_NOUN.sub(" ", text)  # ("a negotiator in earlier peace talks": not the event's time)
    before = _BEFORE.search(text)
    if before is not None and e.kind == "claim" and before.group(0).lower() in ("bereits", "already"):
        before = _BEFORE.search(text, before.end())  # "ist bereits unter Kontrolle": claimed now
    if before is not None and not (before.group(0).lower() == "had" and (
            _SAID_HAD.search(s.text)
            or (e.kind == "claim" and _TOLD_BEFORE.search(text, 0, before.start())))):
        return  # (an English "said ... had taken" is reported speech of the day, not an earlier act)
    e.date_start = e.date_end = published
    e.date_basis = REPORTED_AS_CURRENT


REPORTED_AS_CURRENT = "the article's date: reported as current, no date in the sentence"
# a verb of saying in the present: told on the day of the report
_SAYS_NOW = re.compile(r"\b(?:says|tells|writes|insists|claims|denies|accuses|reports|sagt|sagen|"
                       r"erklärt|erklären|schreibt|betont|behauptet|bestreitet|wirft|meldet|berichtet|"
                       r"heißt es)\b", IC)
# a step told in the present, in a sentence with no past form: today's news ("Selenskyj schlägt
# ein Treffen im Vatikan vor", "Zelensky proposes a meeting"; review 17, item 9)
_STEP_NOW = re.compile(r"\b(?:proposes|offers|suggests|wants|calls (?:for|on)|plans|promises|intends|"
                       r"demands|seeks|urges|invites|announces|(?:is|are) ready|"
                       r"schlägt|schlagen|bietet|bieten|will|wollen|fordert|fordern|verlangt|verlangen|"
                       r"plant|planen|kündigt|kündigen|verspricht|versprechen|lädt|ruft|rufen|strebt|"
                       r"(?:ist|sind) bereit)\b", IC)


def news_day(events: list[NewsEvent], sents: list[Sentence], published: str | None) -> None:
    """The day a report's news happened is the day its lead tells: where the first event of the
    first three sentences is dated by a day of its own one or two days before the article's
    ("Delegations concluded their meeting in Istanbul on Friday" in a Saturday report, "the talks
    held yesterday"), the events the report tells as current with no day of their own
    (`_default_date`: statements after the talks, a memorandum handed over, a pledge at the summit)
    took place on that day, not on the day the report came out; not a claim or denial (the other
    side's answer can come a day later), nor what is said in the present or "now", nor where a
    later day has been told since."""
    import datetime as dt

    if published is None or len(published) != 10:
        return
    lead_end = sents[min(2, len(sents) - 1)].end if sents else 0
    first = min((e for e in events if e.start < lead_end and e.date_start is not None),
                key=lambda e: e.start, default=None)
    if first is None or first.date_basis == REPORTED_AS_CURRENT or first.date_start is None \
            or len(first.date_start) != 10 or first.date_start != first.date_end:
        return
    day = first.date_start
    if not published > day >= (dt.date.fromisoformat(published) - dt.timedelta(days=2)).isoformat():
        return
    for e in events:
        if e.date_basis != REPORTED_AS_CURRENT or e.kind == "claim":
            continue  # (a claim or denial answering what the lead tells can come a day later)
        # (not where the story has moved on to another day told since: "Am Mittwoch informierte
        # X ...; Vertreter Y sprachen hingegen von einer Lüge" is of that Wednesday)
        told = [d.first for x in sents if x.end <= e.start for d in x.dates
                if d.granularity == "day" and d.first <= published]
        s = next((x for x in sents if x.start <= e.start < x.end), None)
        if s is not None and (_NOW.search(s.text) or _SAYS_NOW.search(s.text)
                              or (_STEP_NOW.search(s.text) and not told_in_past(s.text))):
            continue  # ("The ministry says its forces now control X": said on the report's day)
        if not told or told[-1] == day:
            e.date_start = e.date_end = day
            e.date_basis = f"the report's news day ({day}): the day its lead tells, reported as current"


# a meeting named as an earlier one ("the recent Istanbul talks", "beim vorherigen Treffen in X",
# "nach früheren Treffen in Y"): told before the report with no day of its own
_EARLIER_MEETING = re.compile(r"\b(?:früher\w*|vorherig\w*|vorig\w*|jüngst\w*|previous|earlier|recent|prior|"
                              r"former)\s+(?:[\w-]+\s+)?" + MEETING_NOUN + r"\b", IC)
# a meeting named only in a phrase that sets another act, as an indefinite one ("bei einem Treffen",
# "in einem Telefonat", "nach neuen Verhandlungen in X", "during a meeting in Y", "after a
# telephone conversation"; not the one the report is about: "nach dem Treffen", "during the talks")
_SETTING_ONLY = re.compile(r"\b(?:in|bei|nach|während|during|after|following|at)\s+"
                           r"(?:(?:einem|einer|a|an)\s+)?"
                           r"(?:(?!(?:dem|der|den|die|das|the|this|that|their|his|her|its)\b)[\w-]+\s+){0,2}?"
                           r"[\w-]*" + MEETING_NOUN + r"\b", IC)
# ... unless a verb tells the meeting itself ("met", "trafen sich", "took place", "ended")
_MEETING_VERB = re.compile(r"\b(?:met|meet|meets|traf\w*|trifft|talked|spoke|sprach\w*|telefonier\w*|"
                           r"verhandel\w*|negotiat\w*|empfing|empfängt|held talks|hielten|took place|fand\w*|"
                           r"stattgefunden|began|begann\w*|begonnen|ended|endete\w*|beendet|zu Ende|"
                           # (talks held to confer: "einen neuen Anlauf, um in direkten Gesprächen
                           # über X zu beraten")
                           r"berat(?:en|et|e)|erörter\w*)\b", IC)
# the sentence tells something of now beside it ("unlike the previous meeting, today's talks")
_NOW = re.compile(r"\b(?:heute|heutige\w*|jetzt|nun|diesmal|derzeit|today|today's|now|this time|"
                  r"currently)\b", IC)


# a sentence that goes on with a statement told before it ("He added that", "also said", "fügte
# hinzu", "sagte zudem", "ergänzte"): a part of that statement
CONTINUED = re.compile(r"\b(?:added|adding|went on to say|also (?:said|told|stated|wrote)|further said|"
                       r"fügte\b[^.;]{0,40}\bhinzu|ergänzte|"
                       r"(?:sagte|erklärte|schrieb) (?:(?:er|sie) )?(?:zudem|außerdem|ferner|weiter))\b", IC)
# a statement told with its day ("said on Thursday", "claims made by X on Tuesday", "erklärte am
# Mittwoch")
_STATED = re.compile(r"\b(?:said|says|told|stated|wrote|announced|claims?|statements?|remarks|comments|"
                     r"sagte|erklärte|schrieb|teilte|kündigte|betonte|Äußerung\w*|Erklärung)\b", IC)


_TOLD_IN_STATEMENTS = ("statement_of_intent", "claim", "partial_agreement", "pledge")
"""What a statement itself is or makes public (not talks it tells of)."""
_EARLIER_WORD = re.compile(r"\b(?:zuvor|bereits|damals|vorher|früher|previously|earlier|already)\b", IC)


def _statement_day(sents: list[Sentence], k: int, published: str | None) -> str | None:
    """The day of the statement that sentence `k` goes on with: the nearest of the two sentences
    before it that tells a statement and names one day, up to the report's."""
    for j in range(k - 1, max(-1, k - 3), -1):
        days = {d.first for d in sents[j].dates if d.granularity == "day"}
        if len(days) == 1 and _STATED.search(sents[j].text) and published is not None \
                and (day := days.pop()) <= published:
            return day
        if sents[j].dates:
            return None  # (a sentence between with another time: not the statement's)
    return None


# a verb of saying or denying, or a noun of statement, before a claim's "had" ("said troops were in
# control and that groups there had been destroyed", "dismissed statements that its forces had
# taken"): the past perfect is the content's, backshifted; the claim is of the day
_TOLD_BEFORE = re.compile(r"\b(?:said|says|told|claimed|announced|reported|stated|added|insisted|"
                          r"denied|denies|dismissed|rejected|refuted|statements?|claims?|reports?|"
                          r"assertions?)\b", IC)


# a concessive clause gives background, not the time of a claim ("beklagte 488 Verstöße, obwohl
# Kiew ihr gar nicht zugestimmt hatte", "although Kyiv had never agreed to it")
_BACKGROUND = re.compile(r",\s*(?:obwohl|obgleich|wenngleich|although|even though|though|whereas)\b"
                         r"[^.;]*", IC)


# "earlier" qualifying a noun after a preposition or article ("a negotiator in earlier peace
# talks", "an earlier round"): which talks, not when the event was
_EARLIER_NOUN = re.compile(r"\b(?:in|at|during|from|of|after|since|an|the|its|their)\s+earlier\s+"
                           r"(?!this\b|that\b|on\b|in\b|today\b|than\b)(?=[a-z])", IC)


# what followed at once on something told just before
AT_ONCE = re.compile(r"\b(?:immediately|at once|promptly|shortly (?:after|afterwards|thereafter)|"
                     r"sofort|umgehend|unverzüglich|daraufhin|kurz darauf|kurz danach|"
                     r"noch am selben Tag)\b", IC)


MULTI_DAY = re.compile(r"(?:\b(?:zwei|drei|vier|fünf|mehr|\d+)-?tägig\w*|"
                       r"\b(?:two|three|four|five|multi|\d+)-day)\s+(?:[\w-]+\s+)?(?:Verhandlung\w*|"
                       r"Gespräch\w*|Treffen|Beratung\w*|Gipfel\w*|talks|negotiations|meeting|summit|"
                       r"consultations)\b|\b(?:two|three|four|five|several) days of "
                       r"(?:talks|negotiations|meetings|consultations)\b", IC)


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
