"""The walk of the cascade over an article's sentences: what it carries from sentence to sentence
(`_Walk`) and the named steps `cascade._sentence` takes after the sentence rules of
`cascade._RULES`.

The steps, in the order `_sentence` runs them: a consent to the proposal just told (`_consent`);
where no rule made anything, heads named near a round (`_heads_after_round`), a sentence that
tells who stated the last event (`_statement_on_last`) and an announced step
(`_step_no_rule_claimed`); besides what was made, a meeting referred to with a day of its own
(`_meetings_referred_to`); and where still nothing was made, the learned model
(`_learned_fallback`, `learned._learned`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from accord.news.events.agreements import _consent_to_proposal
from accord.news.events.announced_before import announced_before
from accord.news.events.announced_steps import announced_step
from accord.news.events.common import MEETING
from accord.news.events.event_places import COUNTRY_PLACES
from accord.news.events.event_records import _event
from accord.news.events.learned import _learned
from accord.news.events.passes import _ahead
from accord.news.events.rounds import _PHONE, HEADS, _dated_references, _happened, _merge, _round_details
from accord.news.facts import NewsEvent
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence


@dataclass
class _Walk:
    """What the cascade carries from sentence to sentence (the events made so far, the last round
    with its sentence's index, the last claim) and the sentence being tried (`at`)."""

    sents: list[Sentence]
    published: str | None
    lang: str
    events: list[NewsEvent] = field(default_factory=list)
    last_round: tuple[int, NewsEvent] | None = None
    last_claim: NewsEvent | None = None
    i: int = field(init=False)
    s: Sentence = field(init=False)
    t: str = field(init=False)
    places: list[str] = field(init=False)
    kept: list[str] = field(init=False)
    skip: bool = field(init=False)
    """Set when the sentence only went into an event made before: it adds nothing of its own."""

    def at(self, i: int, s: Sentence, places: list[str], kept: list[str]) -> None:
        """Try sentence `i` next (`places` its places, `kept` those not where people come from)."""
        self.i, self.s, self.t, self.places, self.kept, self.skip = i, s, s.text, places, kept, False


def _consent(w: _Walk, made: list[NewsEvent]) -> None:
    """"Trump proposed a pause ... Putin agreed and immediately gave the orders": the item
    proposed just before is agreed (besides any step the sentence tells), unless the sentence
    already made an agreement."""
    if (item := _consent_to_proposal(w.sents, w.i)) is not None and not any(
            x.kind == "partial_agreement" for x in made):
        e = _event("partial_agreement", w.s, outcome="agreement",
                   topic=item if item in ("humanitarian.prisoners", "ceasefire.energy") else None)
        e.cue = "rule: consent to the proposal just told"
        made.append(e)


def _heads_after_round(w: _Walk) -> None:
    """"Ukraine's delegation, headed by ...": heads named within three sentences after the
    round's sentence (one that made nothing) are that round's heads."""
    i, s, t = w.i, w.s, w.t
    if w.last_round is not None and i - w.last_round[0] <= 3 and HEADS.search(t) and \
            re.search(r"[Dd]elegation", t):
        _round_details(probe := _event("round", s), s)
        for a, p in probe.heads.items():
            w.last_round[1].heads.setdefault(a, p)
        if probe.heads:
            w.last_round[1].told_in(s.start, s.end)  # (the round is read from this sentence too)


def _statement_on_last(w: _Walk) -> None:
    """"Das teilte X mit", "This was announced by": a sentence (that made nothing) telling who
    stated what the sentence right before reported; every event of that sentence grows over it
    and takes its details."""
    i, s, t, places, events, sents = w.i, w.s, w.t, w.places, w.events, w.sents
    if events and events[-1].start >= sents[max(0, i - 1)].start and re.match(
            r"(?:Das|Dies|This|That)\s+(?:teilte|sagte|erklärte|bestätigte|gab|kündigte|"
            r"announced|said|confirmed)", t):
        for e in events:
            if e.start == events[-1].start:
                follow = _event(e.kind, s, place=places[0] if places else None)
                _merge(e, follow)
                e.told_in(s.start, s.end)


def _step_no_rule_claimed(w: _Walk) -> list[NewsEvent]:
    """What no rule above claimed: a step verb with an actor in a frame of the future, a
    decision, an instruction or readiness ("habe sich entschieden, den Plan zu prüfen",
    "instructed his team to work toward arranging a meeting"), a paper handed over, a deal
    suspended, talks paused to a named time (`announced_steps.announced_step`), or a step announced
    before the report, told in the pluperfect (`announced_before`); else nothing."""
    if (step := announced_step(w.s) or announced_before(w.s)) is None:
        return []
    e = _event("statement_of_intent", w.s, place=w.places[0] if w.places else None)
    e.cue = f"rule: {step}"
    return [e]


def _meetings_referred_to(w: _Walk, made: list[NewsEvent]) -> None:
    """A meeting referred to with a day of its own beside what the sentence reports ("hatte die
    Feuerpause nach einem Telefonat mit X am 18. März verkündet", "die zweiten Verhandlungen nach
    der ersten Runde im Mai"): its own round on that day, added to what the sentence made (a
    round the sentence made that is only that meeting is not made twice)."""
    s, t, events = w.s, w.t, w.events
    if not (refs := _dated_references(s, events)):
        return
    for m, day in refs:
        main = next((x for x in made if x.kind in ("round", "summit")), None)
        if main is not None:
            rest = t[:m.start()] + " " * (m.end() - m.start()) + t[m.end():]
            if not (MEETING.search(rest) and _happened(rest)):
                continue  # the round made from this sentence is the meeting referred to
            if main.date_start == day.first:
                # the round made from this sentence took the date of the one referred to
                main.date_start = main.date_end = main.date_basis = None
        r = _event("round", s)
        r.date_start, r.date_end = day.first, day.last
        r.date_basis = f"{day.basis} (the date named with the meeting referred to)"
        r.place = next((x.entity for x in s.mentions if x.kind == "place"
                        and m.start() <= x.start - s.start <= day.start - s.start), None)
        if r.place is None:
            # the day named with the meeting noun ("after the Saturday talks between X and Y
            # in Miami", "nach den Gesprächen vom Samstag zwischen X und Y in Miami"): the
            # place with its preposition after both, in the same clause
            after = max(m.end(), day.end - s.start)
            stop = re.compile(r"[,;:]|\s[-–]\s").search(t, after)
            r.place = next((x.entity for x in s.mentions if x.kind == "place"
                            and after <= x.start - s.start < (stop.start() if stop else len(t))
                            and x.entity not in COUNTRY_PLACES
                            and re.search(r"\b(?:in|at|im|in der|in the)\s+$",
                                          t[max(0, x.start - s.start - 8):x.start - s.start])), None)
        if _PHONE.search(m.group(0)):
            r.place = None
        r.cue = "rule: a meeting referred to with its own date"
        made.append(r)


def _learned_fallback(w: _Walk) -> list[NewsEvent]:
    """Where no rule made anything, the learned model (`learned._learned`): what it makes
    becomes the last round or claim (a planned round moved to the coming week as for a planned
    round the rules find); a round it merges into the last one ends the sentence (`w.skip`)."""
    made, merged = _learned(w.s, w.i, w.sents, w.published, w.lang, w.places, w.last_round,
                            w.last_claim)
    if merged is not None:
        w.last_round = (w.i, merged)
        w.skip = True
        return made
    for e in made:
        if e.kind in ("round", "summit"):
            if e.outcome == "planned":
                _ahead(e, w.published)  # (as for a planned round the rules find)
            w.last_round = (w.i, e)
        elif e.kind == "claim":
            w.last_claim = e
    return made


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
