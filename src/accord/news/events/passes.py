"""The passes over all events of an article, after `find_events` has tried the rule families
sentence by sentence (`accord.news.events.cascade`).

`after_the_sentences` runs them in a fixed order: planned rounds get their day, rounds become
summits (`summits._summits`), meetings not held and statements naming no step are dropped,
repeats are merged and claims continued, restated and given their sides, places come from the
article's context, results are attached to talks, dates are filled, side meetings dated, and a
round told again is one round.
Also here: `_ahead`, which moves a planned meeting's weekday to the coming week (used by the
sentence rules too).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import TYPE_CHECKING

from accord.news.events.agreements import _made_before, _merge_repeats
from accord.news.events.announced_steps import _restated_steps
from accord.news.events.claims import (
    _continued_claimants,
    _mutual_restated,
    _non_party_accuser,
    _not_claims,
    _restated_claims,
    claim_sides,
    same_statement,
)
from accord.news.events.common import IC
from accord.news.events.context import (
    _SAID_THEN_HAD,
    _city_in_region,
    _context_place,
    _default_date,
    _not_yet,
    _results_of_talks,
    _side_meeting_days,
    news_day,
)
from accord.news.events.event_dates import _relative_year, said_day, war_start
from accord.news.events.event_records import _sentence_text
from accord.news.events.intents import _same_words_again
from accord.news.events.no_step import WISH_ONLY, no_step
from accord.news.events.plans import _hedged, _merge_planned, _planned_day
from accord.news.events.postponements import _merge_postponements
from accord.news.events.rounds import (
    _happened,
    _internal_or_press,
    _only_called_for,
    _refused,
)
from accord.news.events.summits import _summits
from accord.news.events.told_again import one_meeting_any_outcome, same_round_again, summit_told_again
from accord.news.facts import NewsEvent
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence


# the date words of a basis that a week on can correct: a weekday or the weekend, not one said to
# be past ("am vergangenen Freitag", "last weekend")
_WEEKDAY_WORDS = re.compile(r"^'[^']*(?:tag|woche\w*|Mittwoch|Sonnabend|day|weekend|week-end|week)\b"
                            r"[^']*'", IC)
_PAST_WORDS = re.compile(r"^'[^']*(?:\b(?:vergangen\w*|letzt\w*|vorig\w*|last|past|previous|gestern|"
                         r"vorgestern|yesterday|Vortag|before)\b)", IC)


def _ahead(e: NewsEvent, published: str | None) -> None:
    """A weekday named for a planned meeting is the next one, not the last one (a span that
    reaches publication, "im Frühjahr", "later this month", is not behind it): the whole span
    moves a week on ("am Wochenende" resolved to the weekend before publication becomes the
    weekend after it, Saturday to Sunday still). Only spans that weekday words resolved (a week at
    most), not a part of a month, and not one the text calls past."""
    if (published and len(published) == 10 and e.date_start and len(e.date_start) == 7
            and e.date_start == e.date_end and e.date_start < published[:7]
            and e.date_basis and e.date_basis.endswith(f"resolved against publication {published}")
            and not re.search(r"\d", e.date_basis.split(" resolved against")[0])):
        # a month with no year for a meeting to come ("planned for June" in March) is the next
        # such month, not last year's (`dates._year` takes a month more than two months after
        # publication as last year's, right for what is told as past)
        e.date_start = e.date_end = f"{int(e.date_start[:4]) + 1:04d}{e.date_start[4:]}"
        e.date_basis += " (the coming one: a planned meeting)"
        return
    if (published and len(published) == 10 and e.date_start and len(e.date_start) == 10
            and e.date_end and len(e.date_end) == 10
            and e.date_start < published and e.date_end < published
            and e.date_basis and "resolved against publication" in e.date_basis
            and _WEEKDAY_WORDS.search(e.date_basis) and not _PAST_WORDS.search(e.date_basis)):
        first, last = dt.date.fromisoformat(e.date_start), dt.date.fromisoformat(e.date_end)
        if (last - first).days >= 7:
            return
        week = dt.timedelta(days=7)
        e.date_start, e.date_end = (first + week).isoformat(), (last + week).isoformat()
        e.date_basis += " (the coming one: a planned meeting)"


def _planned_days(events: list[NewsEvent], sents: list[Sentence], published: str | None) -> None:
    """A planned round or summit dated by a day up to the report's, in a sentence naming a later
    day, takes that later day (`plans._planned_day`): the plan is for the day to come."""
    for e in events:
        if e.kind in ("round", "summit") and e.outcome == "planned":
            _planned_day(e, sents, published)


def _not_held(events: list[NewsEvent], sents: list[Sentence], published: str | None) -> list[NewsEvent]:
    """Drop the rounds and summits the text does not tell as held or planned: the rule that made
    them saw a meeting word, but its sentence only hedges, refuses, calls for talks or tells of a
    meeting inside one side."""
    # a meeting only said to be possible ("perhaps we can host X and Y for talks next week",
    # "vielleicht könnte man sich treffen") is neither held nor planned
    events = [e for e in events if not (e.kind in ("round", "summit") and _hedged(e, sents, published))]
    # a meeting refused, ruled out or denied ("refused to meet", "lehnte ein Treffen ab", "hat
    # nicht mit ... gesprochen") was not held
    events = [e for e in events if not (e.kind in ("round", "summit") and e.outcome != "planned"
                                        and _refused(_sentence_text(e, sents)))]
    # talks only called for or urged ("Beijing called for peace talks") were not held
    events = [e for e in events if not (e.kind in ("round", "summit") and e.outcome != "planned"
                                        and _only_called_for(_sentence_text(e, sents)))]
    # a leader meeting his own commanders, council or parliament, or the press, is no round
    return [e for e in events if not (e.kind in ("round", "summit") and _internal_or_press(
        next(x for x in sents if x.start <= e.start < x.end)))]


def _no_steps(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """Drop statements of intent that announce no concrete next step (corpus README): praise,
    assessments, hopes for an outcome, notices of details to come, a step only possible or
    negated (`no_step.no_step`)."""
    return [e for e in events if not (e.kind == "statement_of_intent" and (
        no_step(t := _sentence_text(e, sents)) is not None
        # (session 17) the kind model's statement on a wish, a hope or a will in the past only
        or ((e.cue or "").startswith("model") and WISH_ONLY.search(t) is not None)))]


def _repeats_merged(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """One event for what the text tells again: agreements, postponements, statements of
    intent in the same words or restated, then claims continued by their claimants and claims
    restated; last, what was made a claim but is none (`claims._not_claims`)."""
    events = _merge_repeats(events, sents)
    events = _merge_postponements(events, sents)
    events = _same_words_again(events, sents)
    events = _restated_steps(events, sents)
    events = _continued_claimants(events, sents)
    events = _restated_claims(events, sents)
    return _not_claims(events, sents)


# a meeting told as still to come by a future or modal verb or a time ahead ("will be held", "soll
# stattfinden", "soon", "in naher Zukunft"; not a present "sind auf zwei Tage angesetzt")
_STILL_TO_COME = re.compile(r"\b(?:will|would|shall|is to|are to|expected|due|soon|near future|plans? to|"
                            r"coming (?:days|weeks)|wird|werden|werde|soll|sollen|solle|bald|in Kürze|"
                            r"demnächst|naher Zukunft|kommenden (?:Tagen|Wochen))\b", IC)


# a meeting with someone at the trip's end ("to meet Putin", "to discuss the guarantees with
# Trump", "um Putin zu treffen", "um mit Trump zu sprechen")
_MEET_THERE = re.compile(r"\bto (?:meet|hold talks)\b|\bto (?:discuss|talk|negotiate)\b[^.;]{0,80}\bwith\b|"
                         r"\bzu (?:treffen|empfangen)\b|\bum\b[^.;]{0,60}\bzu treffen\b|"
                         r"\bmit\b[^.;]{0,60}\bzu (?:sprechen|verhandeln|beraten)\b", IC)


# a side's trip to the talks ("will visit X for the talks", "would send a delegation to X", "soll
# nach X reisen"): the side's step, also where the place is named
_TRIP = re.compile(r"\b(?:visit|visits|travel|travels|fly|flies|send|sends|head|heads|reisen|reist|"
                   r"entsenden|entsendet|schicken|schickt|fliegen|fliegt)\b", IC)


def _where_named(s: Sentence) -> bool:
    """Whether `s` names where a meeting is to be, a country too ("soll wieder in Belarus
    stattfinden", "will be held in Turkey"): a place or an actor's name right after "in", "nach"
    or "at"."""
    before = [(m, s.text[max(0, m.start - s.start - 8):m.start - s.start]) for m in s.mentions]
    return any(m.kind in ("place", "actor") and re.search(r"\b(?:in|im|nach|at|in the)\s+$", b)
               for m, b in before)


def _next_meeting_announced(events: list[NewsEvent], sents: list[Sentence]) -> None:
    """A round still to come with neither a day nor a place of its own is a statement of intent
    (corpus README: an actor announcing a concrete next step, preparing a meeting; a `round` with
    outcome `planned` is a future round the text places or dates): "a new meeting will be held in
    the near future", "die nächste Runde soll in Kürze stattfinden" (where the sentence names no
    place, not even a country: `_where_named`), and so is a side's trip to
    the talks with no day of its own ("the envoy will visit X for the talks"). A day that is only the
    statement's ("confirmed on Thursday that ...", "..., said on Friday") is not the meeting's:
    it dates the statement, or leaves a placed round undated ("the talks will again be held in X,
    the agency said on Monday")."""
    for e in events:
        if e.kind != "round" or e.outcome != "planned":
            continue
        s = next((x for x in sents if x.start <= e.start < x.end), None)
        if s is None:
            continue
        said = e.date_start is not None and said_day(s, e.date_start)
        # (a trip with a week or a month and no day of its own, "werde nächste Woche nach X
        # reisen", is announced like one with no time: only a day, or a meeting with someone
        # there, "to travel to Moscow next week to meet Putin", makes it a planned round)
        trip_no_day = _TRIP.search(s.text) is not None and e.date_start is not None and not said \
            and not (len(e.date_start) == 10 and e.date_end in (None, e.date_start)) \
            and not _MEET_THERE.search(s.text)
        if (e.date_start is not None and not said and not trip_no_day) or not _STILL_TO_COME.search(s.text) \
                or _happened(s.text) or no_step(s.text) is not None:
            continue  # (talks held or under way, a plan negated or only possible: no step)
        if (e.place is not None or _where_named(s)) and not _TRIP.search(s.text):
            if said:
                e.date_start = e.date_end = None
                e.date_basis = "the day named is the statement's, not the meeting's"
            continue
        e.kind, e.outcome = "statement_of_intent", None
        e.cue = (f"{e.cue}; a next meeting or a trip to it announced with no day of its own: a "
                 "statement of intent")
        if trip_no_day:
            e.date_start = e.date_end = None  # (dated as a statement, `_dates`)
        if not said:
            e.date_basis = None  # (dated as a statement, `_dates`)
        else:
            e.date_basis = f"{e.date_basis} (the day of the statement)"


def _no_party_accusations(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """Drop accusations and violation claims voiced by critics, analysts, rights groups or the
    media: a claim is a side's."""
    return [e for e in events if not (e.kind == "claim" and e.claim in ("accusation", "violation")
                                      and _non_party_accuser(next(x for x in sents
                                                                  if x.start <= e.start < x.end)))]


# a year named as a time ("2022 in Istanbul", "im Jahr 2022", "in 2022 und 2025", "the 2022
# talks"): not a period's start or end ("seit 2014", "until 2030") nor an attribute ("the borders of
# 1991", "die Grenzen von 1991")
_YEAR = re.compile(r"(?<![\w.,/-])(?P<y>(?:19[4-9]|20[0-4])\d)(?![\w-]|[.,/]\d)")
_NOT_WHEN = re.compile(r"\b(?:seit|since|bis|until|till|vor|before|nach|after|von|of|from|bis zum|ab|"
                       r"Grenzen|borders|lines)\s+(?:(?:dem|the|den|Jahr|year|Jahres)\s+)*$", IC)


def _past_years(events: list[NewsEvent], sents: list[Sentence], published: str | None) -> None:
    """Talks told as held in a year before the article's ("leitete 2022 und 2025 die Delegation bei
    den Gesprächen in Istanbul", "at the 2022 talks in Istanbul"), with no other day, get that
    year as their interval (corpus README: a year is 1 Jan - 31 Dec); the years of a sentence go
    in order to its talks when there are as many of each."""
    if not published or len(published) < 4 or not published[:4].isdigit():
        return
    by_sentence: dict[int, list[NewsEvent]] = {}
    for e in events:
        if e.kind in ("round", "summit") and e.outcome != "planned" and e.date_start is None:
            k = next((i for i, x in enumerate(sents) if x.start <= e.start < x.end), None)
            if k is not None and not sents[k].dates:
                by_sentence.setdefault(k, []).append(e)
    for k, talks in by_sentence.items():
        t = sents[k].text
        years = [m.group("y") for m in _YEAR.finditer(t)
                 if not _NOT_WHEN.search(t[max(0, m.start() - 25):m.start()])
                 and not war_start(t, m.start(), m.end())]
        if not years or any(y >= published[:4] for y in years):
            continue
        if len(talks) == 1 and len(set(years)) > 1:
            # one mention of talks held in several years ("2022 und 2025 bei den Gesprächen in
            # Istanbul"): as many rounds, one a year
            years = sorted(set(years))
            for _ in years[1:]:
                twin = copy.deepcopy(talks[0])
                events.insert(events.index(talks[0]) + 1, twin)
                talks.append(twin)
        if len(years) == len(talks) or len(set(years)) == 1:
            for e, y in zip(sorted(talks, key=lambda x: x.start), years * len(talks), strict=False):
                e.date_start = e.date_end = y
                e.date_basis = f"the year named for talks held before the article's ({y})"


def _dates(events: list[NewsEvent], sents: list[Sentence], published: str | None, lang: str) -> None:
    """The date of every event: a claim's or a step's day after the report is what it is about,
    not when it was made (no date of its own); a round with no day in the past takes a year named
    relative to the article's, or a year before it named (`_past_years`); then the default date
    (`context._default_date`), except for an agreement told as made earlier with no day of its own."""
    for e in events:
        if e.kind == "claim" and e.date_start is not None and published and len(published) == 10 \
                and e.date_start[:10] > published:
            # a claim is asserted by the day of the report: a later day named is what it is about
            # ("begrenzte den Zeitraum bis 1. Februar", "next week"), not when it was made
            e.date_start = e.date_end = e.date_basis = None
        if e.kind == "statement_of_intent" and e.date_start is not None and published \
                and len(published) == 10 and e.date_start[:10] > published:
            # a step is announced by the day of the report: a later day named is the day of the step
            # ("proposed to hold a meeting from June 20 to 30", "will present it on Monday"), not of
            # the announcement
            e.date_start = e.date_end = e.date_basis = None
        if e.kind in ("round", "summit") and e.date_start is None and e.outcome != "planned" and (
                year := _relative_year(_sentence_text(e, sents), published)) is not None:
            # "a summit earlier this year", "im vergangenen Jahr": that year is the interval
            e.date_start = e.date_end = year
            e.date_basis = "the year named relative to the article's ('this year', 'last year')"
    _past_years(events, sents, published)
    for e in events:
        if not (e.kind == "partial_agreement" and e.date_start is None
                and _made_before(_sentence_text(e, sents))):
            _default_date(e, sents, published, lang)


# an actor named as the one who mediated an exchange ("mediated by the UAE", "unter Vermittlung
# Katars", "vermittelt hatten die Emirate", "Turkey brokered", "with Qatar acting as mediator"):
# a mediator, not a party (corpus README: a mediator only where the text says so)
_MEDIATED_BY = re.compile(r"(?:(?:mediated|brokered|facilitated) by|mediation (?:of|by)|Vermittlung|"
                          r"vermittelt (?:von|durch)|vermittelt (?:hatten|hat|haben|hätten)"
                          r"(?: (?:den|die|das) (?:Austausch|Tausch|Gefangenenaustausch)"
                          r"(?: erneut| wieder)?)?)"
                          r"\s+(?:(?:the|der|des|von|durch|die|den|dem)\s+)?$", IC)
_MEDIATED = re.compile(r"^\s*(?:brokered|mediated|vermittelte\w*|(?:had |has )?acted as (?:a |the )?mediator|"
                       r"acting as (?:a |the )?mediator|als Vermittler)\b", IC)


_STATE_PLACE = {"uae": "ARE"}  # a mediating state the gazetteer knows as a place only


def _exchange_mediators(events: list[NewsEvent], sents: list[Sentence]) -> None:
    """The mediators of a partial agreement its sentence names (`_MEDIATED_BY`, `_MEDIATED`),
    taken out of its parties."""
    starts = {e.start for e in events}
    for e in events:
        if e.kind != "partial_agreement":
            continue
        i = next((k for k, x in enumerate(sents) if x.start <= e.start < x.end), None)
        if i is None:
            continue
        # its sentence, and the next one when that only tells who mediated ("Vermittelt hatten
        # den Austausch die Emirate.")
        told = [sents[i]] + [x for x in sents[i + 1:i + 2] if not any(x.start <= a < x.end for a in starts)]
        found = {x.actor or _STATE_PLACE[x.entity] for s in told
                 if re.search(r"(?i)mediat|broker|vermitt|facilitated", s.text)
                 for x in s.mentions
                 if (x.actor or x.entity in _STATE_PLACE) and x.actor not in ("RUS", "UKR") and (
                     _MEDIATED_BY.search(s.text[max(0, x.start - s.start - 45):x.start - s.start])
                     or _MEDIATED.match(s.text[x.end - s.start:]))}
        if found:
            e.mediators = sorted(set(e.mediators) | found)
            e.parties = [p for p in e.parties if p not in found]


def _agreed_at_the_talks(events: list[NewsEvent]) -> None:
    """An item agreed by a rule (not an exchange told as carried out) with no place, on the day of
    talks held at one place: reached at those talks ("Ukraine and Russia held talks in Istanbul on June
    2 ... the sides agreed on a swap, the delegation head said")."""
    for e in events:
        rule = (e.cue or "").split(";")[0]
        if e.kind != "partial_agreement" or e.place is not None or e.date_start is None \
                or not rule.startswith("rule: ") or "carried out" in rule:
            continue
        places = {r.place for r in events if r.kind in ("round", "summit") and r.outcome != "planned"
                  and r.date_start == e.date_start and r.date_end == e.date_end}
        if len(places) == 1 and None not in places:
            e.place = places.pop()


AT_TALKS_WITHIN = 3
"""Days before publication talks may have ended for an item placed at them to take their day."""


def _agreed_at_placed_talks(events: list[NewsEvent], sents: list[Sentence], published: str | None) -> None:
    """An item agreed by a rule (not an exchange told as carried out) with no day of its own, placed
    at talks the article tells as just held at that place (ended at most `AT_TALKS_WITHIN` days
    before publication) on one day or over days: reached at those talks, made public when they
    ended (convention 7), not on the day of the report ("On June 2 the delegations met in Istanbul
    ... After the talks, X said the parties had agreed on a new swap")."""
    import bisect

    if published is None or len(published) != 10:
        return
    earliest = (dt.date.fromisoformat(published) - dt.timedelta(days=AT_TALKS_WITHIN)).isoformat()
    starts = [x.start for x in sents]
    for e in events:
        rule = (e.cue or "").split(";")[0]
        if e.kind != "partial_agreement" or e.place is None or e.date_start is not None \
                or not rule.startswith("rule: ") or "carried out" in rule or "still to come" in rule:
            continue
        t = sents[bisect.bisect_right(starts, e.start) - 1].text
        if _not_yet(t) or (_made_before(t) and not _SAID_THEN_HAD.search(t)):
            continue  # (still to come, or told as earlier; "X said the sides had agreed" is neither)
        days = {(r.date_start, r.date_end) for r in events
                if r.kind in ("round", "summit") and r.outcome != "planned" and r.place == e.place
                and r.date_start is not None and len(r.date_start) == 10
                and r.date_end is not None and earliest <= r.date_end <= published}
        if len(days) == 1:
            e.date_start, e.date_end = next(iter(days))
            e.date_start = e.date_end
            e.date_basis = "the (last) day of the talks at its place: reached there"


def after_the_sentences(events: list[NewsEvent], sents: list[Sentence], published: str | None,
                        lang: str) -> list[NewsEvent]:
    """The passes over all events, in order, once every sentence has been tried (see the module
    docstring); returns the article's final events."""
    _planned_days(events, sents, published)
    _summits(events, sents, published)
    events = _not_held(events, sents, published)
    events = _no_steps(events, sents)
    events = _repeats_merged(events, sents)
    events = _no_party_accusations(events, sents)
    events = claim_sides(events, sents)
    events = _mutual_restated(events)  # a side's charge told before, restated in a mutual one
    events = same_statement(events, sents)  # claims told again from a dated statement: its day
    _context_place(events, sents)  # a place from the article's context (title, dateline, talks before)
    _city_in_region(events, sents)  # a region's city the article names (Anchorage for Alaska)
    events = _merge_planned(events)  # a meeting told again later: one meeting
    _results_of_talks(events, sents)  # results told right after a dated round: of its day
    _next_meeting_announced(events, sents)  # a round to come with no day: an announced step
    _agreed_at_placed_talks(events, sents, published)  # an item agreed at talks at its place: their day
    _dates(events, sents, published, lang)
    _agreed_at_the_talks(events)  # an item agreed with no place on the day of talks at one place
    _side_meeting_days(events, sents)  # a meeting held just before talks: the talks' day
    _exchange_mediators(events, sents)
    events = same_round_again(events, sents)
    events = one_meeting_any_outcome(events, sents, published)  # also where a telling is to come
    events = summit_told_again(events, sents)  # a summit referred back to by its noun
    news_day(events, sents, published)  # what the report tells as current: the day its lead tells
    return events


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
