"""`find_events`: the cascade that turns sentences into events.

For every sentence the first rule of `_RULES` that applies wins, in this order: a report denied
by a side (`claim_rules._report_denied`); postponement;
poll; a deal said broken or kept; accusation or denial; partial agreement (with a statement of
intent or a round it implies); prisoner or body exchange done, then one still to come; a
unilateral step; talks held and to be continued; a meeting still to come with its day; a
statement of intent; a next step announced; a pledge; a capture claim (with a denial of it); a
rebuttal of the last claim; attacks on energy sites told by a side; an assertion and its
denial; an attack told by a side; an attack on energy sites going on with an accusation; an
energy truce confirmed kept; a planned round; a round held (or a summit or call); a head of state
or government arriving in or expected in another side's capital (a summit, `summits.head_visit`);
the sentence right after a round. Each rule is a function of the `_Walk` (`walk._Walk`: the sentence and what
the cascade carries from the sentences before) returning None when it does not apply. The rules
that make claims (a deal broken or kept, an accusation or denial, a capture claim, a rebuttal, the
attack rules, an assertion and its denial, an energy truce kept) live in `claim_rules`, those
of deals (an item agreed, a deal extended or signed, exchanges, bodies returned, a unilateral
step) in `deal_rules`, the pledge in `pledge_rules`, the others here. Then (`_sentence`) the
steps of `walk`: a consent to the proposal just told; where nothing was made, heads named near a
round, a sentence that tells who stated the last event, an announced step; a meeting referred to
with a day of its own; and, where still nothing was made, the learned model (`learned._learned`).

After the loop, `passes.after_the_sentences` runs the passes over all events (summits, meetings
not held, repeats merged, claims continued and restated, places and dates from context).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from accord.news.events.agreed_steps import _next_step
from accord.news.events.announced_steps import announced_step
from accord.news.events.claim_rules import (
    _accusation_or_denial,
    _attack_told,
    _capture_claim,
    _contested_assertion,
    _deal_broken_or_kept,
    _energy_attack_going_on,
    _energy_attacks_told,
    _energy_truce_kept,
    _loss_admitted,
    _rebuttal,
    _report_denied,
)
from accord.news.events.common import IC, MEETING
from accord.news.events.deal_rules import (
    _bodies_returned,
    _exchange_done,
    _exchange_to_come,
    _extended,
    _item_agreed,
    _signed,
    _unilateral_step_taken,
)
from accord.news.events.event_dates import said_day
from accord.news.events.event_places import _not_origin, _places
from accord.news.events.event_records import _attributed, _event, _quantity, _sentence_text
from accord.news.events.intents import _BEFORE, INTENT, READY_FOR_TALKS
from accord.news.events.passes import _ahead, after_the_sentences
from accord.news.events.plans import (
    _MOVED_TO,
    _ORIGINALLY,
    PLANNED,
    POSTPONED,
    _postponed,
    dated_future_meeting,
    held_then_continued,
    return_home,
)
from accord.news.events.pledge_rules import _pledge
from accord.news.events.pledges import (
    POLL,
)
from accord.news.events.postponements import POSTPONABLE, _dated_move
from accord.news.events.present_tense import present_meeting
from accord.news.events.rounds import (
    _EARLIER_REF,
    _PHONE,
    DELEGATES,
    RESUMED,
    SPOKE_WITH,
    _dated_reference,
    _gap,
    _happened,
    _merge,
    _not_its_day,
    _not_since,
    _received_person,
    _reference_only,
    _referenced,
    _refused,
    _round_details,
    _spoke_sides,
    meeting_sense,
    visit_of_another_side,
)
from accord.news.events.summits import head_visit
from accord.news.events.told_again import SIDE_MEETING, SIDE_TALK, _nth, _other_people, other_nth
from accord.news.events.walk import (
    _consent,
    _heads_after_round,
    _learned_fallback,
    _meetings_referred_to,
    _statement_on_last,
    _step_no_rule_claimed,
    _Walk,
)
from accord.news.facts import NewsEvent
from accord.news.prefilter import focus, gate_patterns
from accord.news.stances import BOTH_SIDES

if TYPE_CHECKING:
    from accord.news.extract import Sentence


# a plan told as announced before ("hatte zuvor mitgeteilt, ein Treffen sei am Dienstag
# geplant", "had earlier confirmed a meeting on Monday"): an announced step, not the round itself
_TOLD_EARLIER = re.compile(r"(?<!Tage )(?<!Tagen )(?<!Wochen )(?<!days )(?<!weeks )"
                           r"\b(?:zuvor|vorher|previously|earlier|hatte|hatten|had)\b"
                           # (not a time of the day it was told: "earlier today", "earlier this week")
                           r"(?!\s+(?:today|tonight|this|on)\b)", IC)
# a meeting still to come told as announced by a side ("X announced that the meeting would be held
# on February 4", "kündigte an, die Gespräche sollten am Montag beginnen", "teilte mit"): the round
# planned for its day and the announcement, a step of its own on the day it was made
_ANNOUNCED_MEETING = re.compile(r"\b(?:announc(?:ed|es)|kündigt\w* (?:[^.;]{0,80}\b)?an\b|angekündigt|"
                                r"teilt\w* (?:[^.;]{0,80}\b)?mit\b|gab\w* (?:[^.;]{0,80}\b)?bekannt\b|"
                                r"bekanntgegeben)", IC)


# a sentence telling who stated what the sentence before reported ("Das teilte X mit", "This was
# announced by")
_STATEMENT_ON_LAST = re.compile(r"(?:Das|Dies|This|That)\s+(?:teilte|sagte|erklärte|bestätigte|gab|kündigte|"
                                r"announced|said|confirmed|was)", IC)


# the old day of a move ("on Wednesday instead of this Sunday", "am Mittwoch statt am Sonntag")
_INSTEAD_OF = re.compile(r"\b(?:instead of|rather than|statt|anstatt|anstelle)\s+(?:on\s+|am\s+|zum\s+)?"
                         r"(?:wie geplant\s+(?:am\s+)?)?$", IC)


# the round to come named as the subject ("Die dritte Runde der Gespräche soll ...", "the next
# round of talks is due ...")
NEXT_ROUND = re.compile(r"^\W*(?:Die|Eine|The|A)\s+(?:nächste|kommende|neue|weitere|dritte|vierte|fünfte|"
                        r"next|new|further|third|fourth|fifth)\w*\s+(?:[\w-]+\s+)?(?:\w*[Rr]unde|round)\b",
                        IC)


def _postponement(w: _Walk) -> list[NewsEvent] | None:
    """A meeting or something else that can be moved, told as postponed: a postponement (the parties
    of the last round when it names none), with its old day and new day where the sentence
    gives both ("instead of", "von ... auf", "originally expected")."""
    s, t, places, published = w.s, w.t, w.places, w.published
    if not (_postponed(t) and (MEETING.search(t) or re.search(r"\bround\b", t, IC) or POSTPONABLE.search(t))):
        return None
    made: list[NewsEvent] = []
    e = _event("postponement", s, outcome="postponed", place=places[0] if places else None)
    if not e.parties and w.last_round is not None:
        e.parties, e.mediators = list(w.last_round[1].parties), list(w.last_round[1].mediators)
    if _ORIGINALLY.search(t) and len(s.dates) == 1:
        # "war eigentlich für Donnerstag erwartet worden": that day was the old date
        e.moved_from = s.dates[0].first
        e.date_start = e.date_end = e.date_basis = None
    moved = re.search(r"\bauf (?:den )?|\bto\b|\bbut\b|\bsondern\b",
                      t[max(0, POSTPONED.search(t).start() - 60):])  # type: ignore[union-attr]
    instead = next((d for d in s.dates if _INSTEAD_OF.search(
        t[max(0, d.start - s.start - 24):d.start - s.start])), None)
    if len(s.dates) >= 2 and instead is not None:
        # "now starts Wednesday rather than this Sunday": the day given instead of the
        # other is the old one, the other the new one
        # the new day is the one right before "instead of" ("said on Friday that ... will
        # begin on Wednesday instead of Sunday"), not the statement's day named first
        before = [d for d in s.dates if d is not instead and d.end <= instead.start]
        new = before[-1] if before else next(d for d in s.dates if d is not instead)
        e.moved_from = instead.first
        e.date_start, e.date_end, e.date_basis = new.first, new.last, new.basis
    elif len(s.dates) >= 2 and moved:
        # the new date is the one after "to"/"auf"/"until"; the old one is the first other
        # date ("planned for June 2, pushed back to June 5, the ministry said on Friday")
        new = next((d for d in s.dates if _MOVED_TO.search(
            t[max(0, d.start - s.start - 14):d.start - s.start])), s.dates[-1])
        e.moved_from = next(d for d in s.dates if d is not new).first
        e.date_start, e.date_end, e.date_basis = new.first, new.last, new.basis
        if e.date_start < e.moved_from and "resolved against publication" in (e.date_basis or ""):
            # "von Montag auf Donnerstag verschoben": the Thursday after that Monday
            import datetime as dt

            later = dt.date.fromisoformat(e.date_start) + dt.timedelta(days=7)
            e.date_start = e.date_end = later.isoformat()
            e.date_basis += " (after the original date: a postponement)"
    _dated_move(e, s, published)
    made.append(e)
    return made


def _poll(w: _Walk) -> list[NewsEvent] | None:
    """A poll with its percent figure (also a figure going on with the poll just before)."""
    s, t, events = w.s, w.t, w.events
    if not ((POLL.search(t) and any(f.unit == "percent" for f in s.figures)) or (
               events and events[-1].kind == "poll" and re.match(r"\s*\d[\d,.]*\s*(?:Prozent|%|per)", t)
               and any(f.unit == "percent" for f in s.figures))):
        return None
    made: list[NewsEvent] = []
    q, u, _ = _quantity(s, ("percent",))
    made.append(_event("poll", s, parties=[], participants=[], quantity=q, unit=u,
                       topic="alliance.nato" if re.search(r"Nato|NATO", t) else None))
    return made


def _held_then_continued(w: _Walk) -> list[NewsEvent] | None:
    """Talks held on one day and to be continued on a later one: the round held and the round
    planned for the later day."""
    i, s, t, places, published = w.i, w.s, w.t, w.places, w.published
    if not ((days := held_then_continued(s, published)) is not None and (
               s.actors() or BOTH_SIDES.search(t) or DELEGATES.search(t))):
        return None
    made: list[NewsEvent] = []
    # "the Monday talks are paused and resume on Tuesday": the round
    # held that day and the one planned for the later day
    held, later = days
    e = _event("round", s, place=places[0] if places else None)
    _round_details(e, s)
    e.date_start, e.date_end, e.date_basis = held.first, held.last, held.basis
    e.outcome = None if e.outcome == "planned" else e.outcome
    nxt = _event("round", s, place=e.place, outcome="planned")
    nxt.date_start, nxt.date_end, nxt.date_basis = later.first, later.last, later.basis
    nxt.cue = "rule: talks held and to be continued on a later day (the continuation)"
    e.cue = "rule: talks held and to be continued on a later day"
    made.extend([e, nxt])
    w.last_round = (i, e)
    return made


def _round_to_come(s: Sentence, places: list[str], published: str | None) -> NewsEvent:
    """A round still to come told in `s`: at its first place, with its details, moved to the
    coming week when its day already passed (`passes._ahead`)."""
    e = _event("round", s, place=places[0] if places else None, outcome="planned")
    _round_details(e, s)
    e.outcome = "planned"  # _round_details may read a held round's outcome
    if e.date_start is None or not said_day(s, e.date_start):
        # (the day the plan was told, "sagte ein Sprecher am Montag", stays that day: it dates
        # the statement, `passes._next_meeting_announced`)
        _ahead(e, published)
    return e


# a meeting of another body ("the next meeting of the UN Security Council", "eine Sitzung des
# EU-Rats"): not the sides of the talks just told meeting again
_OTHER_BODY = re.compile(r"\b(?:meeting|session|summit|Treffen|Sitzung|Gipfel\w*)\s+(?:of|der|des)\s+"
                         r"(?!(?:the\s+)?(?:talks|negotiations|delegations?|negotiators|two sides|sides|"
                         r"Verhandlungen|Gespräche|Delegationen|Unterhändler|beiden Seiten)\b)", IC)


# a body of states that sits ("the UN Security Council will meet on Friday", "der UN-Sicherheitsrat
# kommt am Freitag zusammen"): a session, not the sides of the talks meeting
_STATES_BODY = re.compile(r"\b(?:(?:UN|U\.N\.|UNO)[- ])?(?:Security Council|Sicherheitsrat\w*|"
                          r"General Assembly|Generalversammlung|Vollversammlung)\b", IC)


# the sides of the talks just told meeting again, told by the verb alone ("They will meet again on
# Friday", "will reconvene", "are to sit down again")
_MEET_AGAIN = re.compile(r"\b(?:meet|reconvene|convene|sit down|zusammen(?:kommen|treffen)|tagen)\b", IC)


# the ministers of one bloc meeting among themselves ("EU foreign ministers met in Brussels", "die
# EU-Außenminister kommen am Montag zusammen", "NATO defence ministers will meet"): a side's own
# meeting, no negotiation round (`_own_meeting`)
_OWN_MINISTERS = re.compile(r"\b(?:EU|European|NATO|Nato|G7|G-7|allied|Western)\s+(?:[\w-]+\s+)?ministers\b|"
                            r"\b(?:EU|Nato|NATO|G7)-(?:\w+-)?(?:Außen|Verteidigungs|Finanz|Innen|Wirtschafts)?"
                            r"[Mm]inister(?:n|innen)?\b|"
                            r"\b(?:Außen|Verteidigungs|Finanz)minister(?:n|innen)?\s+(?:der|von)\s+(?:EU|Nato|NATO|G7)\b|"
                            r"\b(?:foreign|defen[cs]e|finance) ministers of (?:the )?(?:EU|NATO|G7)\b", IC)


def _own_meeting(s: Sentence, t: str) -> bool:
    """Whether the meeting told in `s` is one bloc's ministers among themselves: the ministers named
    as the bloc's, and no other side named in the sentence."""
    if not _OWN_MINISTERS.search(t):
        return False
    sides = {m.actor for m in s.mentions if m.actor and m.kind in ("actor", "person")}
    sides |= {m.actor for m in s.mentions if m.kind == "place" and m.actor and m.entity not in ("brussels",)}
    return len(sides) <= 1


def _dated_plan(w: _Walk) -> list[NewsEvent] | None:
    """A meeting still to come with its day, not told as announced before: a planned round (moved to
    the coming week by `passes._ahead`), and the announcement when a side announced it."""
    s, t, places, published = w.s, w.t, w.places, w.published
    if _STATES_BODY.search(t) and not DELEGATES.search(t) and dated_future_meeting(s, t, published):
        return []  # a session of the UN Security Council or General Assembly: no round
    if _own_meeting(s, t) and dated_future_meeting(s, t, published):
        w.skip = True  # a bloc's own meeting still to come: no round (nor the model's)
        return []
    if not (dated_future_meeting(s, t, published) and not _TOLD_EARLIER.search(t) and (
               s.actors() or BOTH_SIDES.search(t) or re.search(
               r"\b(?:delegations?|negotiators?|officials|Delegation\w*|Unterhändler|Vertreter)\b", t, IC)
               # "Die Verhandlungen sind für Dienstag geplant" right after the talks were told:
               # the sides of those talks meet again
               or (w.last_round is not None and 0 < w.i - w.last_round[0] <= 2 and (
                   MEETING.search(t) or _MEET_AGAIN.search(t)) and not _OTHER_BODY.search(t)))):
        return None
    made: list[NewsEvent] = []
    # "will resume their talks on Saturday", "die nächste Runde ist für den 12. März
    # geplant": a round planned for that day, not only an announced step
    e = _round_to_come(s, places, published)
    e.cue = "rule: a meeting still to come with its day"
    if not e.parties and w.last_round is not None and 0 < w.i - w.last_round[0] <= 2 \
            and not _OTHER_BODY.search(t):
        e.parties = list(w.last_round[1].parties)  # the sides of the talks just told
    made.append(e)
    if _ANNOUNCED_MEETING.search(t) and s.actors():
        made.append(ann := _event("statement_of_intent", s))
        ann.cue = "rule: a meeting still to come announced by a side"
    return made


# an invitation to a meeting held before ("had been invited to the earlier round", "war zur
# letzten Runde eingeladen, nahm aber nicht teil", "invited ... but did not attend")
_INVITED_BEFORE = re.compile(
    r"\b(?:invited|eingeladen)\b[^.;]{0,20}\b(?:to|zu[rm]?)\s+(?:a|the|der|dem|einer|einem)\s+"
    r"(?:previous|earlier|last|former|vorherig\w*|vorig\w*|früher\w*|letzt\w*)\b|"
    r"\b(?:previous|earlier|last|vorherig\w*|vorig\w*|früher\w*|letzt\w*)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:eingeladen|invited)\b|\b(?:invited|eingeladen)\b[^.;]{0,120}\b(?:did not attend|"
    r"didn't attend|stayed away|nahm\w* (?:aber )?nicht teil|bl(?:ie|ei)b\w* (?:aber )?fern)\b", IC)


def _intent(w: _Walk) -> list[NewsEvent] | None:
    """A statement of intent in so many words (`intents.INTENT`)."""
    s, t, places = w.s, w.t, w.places
    if not (INTENT.search(t)):
        return None
    if _INVITED_BEFORE.search(t) and all(re.fullmatch(r"eingeladen|invited", m.group(0), IC)
                                         for m in INTENT.finditer(t)):
        return None  # invited to a meeting held before: no step to come (the meeting is told)
    if all(READY_FOR_TALKS.fullmatch(m.group(0)) and re.search(
            r"\b(?:if|unless|wenn|falls|sofern)\b", t[:m.start()], IC) for m in INTENT.finditer(t)):
        return None  # a readiness only as what a condition would bring: no step announced
    made: list[NewsEvent] = []
    made.append(_event("statement_of_intent", s, place=places[0] if places else None))
    return made


# a meeting said not to be planned ("ein Treffen ist derzeit nicht geplant", "no meeting is
# scheduled", "kein Gipfel vorgesehen")
_NOT_PLANNED = re.compile(r"\b(?:nicht|not|no|kein\w*|nie|never)\s+(?:[\w-]+\s+){0,6}?(?:geplant|vorgesehen|"
                          r"angesetzt|planned|scheduled)\b", IC)


def _step_announced(w: _Walk) -> list[NewsEvent] | None:
    """A concrete next step with its actor (an order, a step agreed, an offer, a plan handed over;
    `agreed_steps._next_step`), not a planned meeting at a place: a statement of intent."""
    s, t, places, published = w.s, w.t, w.places, w.published
    if not ((step := _next_step(t)) is not None and (s.actors() or BOTH_SIDES.search(t)) and not (
               PLANNED.search(t) and places)):
        return None
    made: list[NewsEvent] = []
    if step == "a meeting announced as planned" and not _attributed(t) and not _BEFORE.search(t) \
            and not _NOT_PLANNED.search(t):
        # a meeting planned, told by the report as fact, no one announcing it ("Neben den
        # Zweiergesprächen sind auch Dreiertreffen geplant", "further talks are planned
        # alongside"): a planned round (the corpus README: a future round is a `round`, outcome
        # `planned`), not a side's statement of intent
        e = _round_to_come(s, places, published)
        e.cue = "rule: a meeting planned, told as fact"
        made.append(e)
        return made
    # an order given, a step agreed, an offer or proposal made, a plan or draft handed
    # over, a concrete act said to come ("Russia will hand over ...", "werde ... prüfen")
    e = _event("statement_of_intent", s, place=places[0] if places else None)
    e.cue = f"rule: {step}"
    if step == "a meeting announced as planned" and _BEFORE.search(t):
        # announced earlier ("hatte zuvor mitgeteilt, ein Treffen sei am Dienstag
        # geplant"): the day named is the meeting's, the announcement has no day
        e.date_start = e.date_end = e.date_basis = None
    made.append(e)
    return made


def _planned_round(w: _Walk) -> list[NewsEvent] | None:
    """A meeting planned at a place, the talks just reported set to resume, or the next round named
    as the subject: a planned round (moved to the coming week by `passes._ahead`)."""
    i, s, t, places, published = w.i, w.s, w.t, w.places, w.published
    if not (PLANNED.search(t) and (places or (
               # "the talks are set to resume on December 15": the talks just reported, again
               RESUMED.search(t) and s.dates and w.last_round is not None and i - w.last_round[0] <= 2)
               # "Die dritte Runde soll erneut in Belarus stattfinden": the next round by its name
               or NEXT_ROUND.search(t))
               and (s.actors() or MEETING.search(t) or re.search(
                   r"\bmeet|\btreffen|\bround\b|\breconvene|\bdelegation|\bdiscussions\b|\bnegotiators?\b|"
                   r"\bUnterhändler", t, IC))):
        return None
    if return_home(s, t) or _refused(t):
        return None  # (negotiators going home; a trip or meeting ruled out: "werde nicht ... reisen")
    made: list[NewsEvent] = []
    e = _round_to_come(s, places, published)
    made.append(e)
    return made


# a meeting told as the first since a day ("the delegations' first direct meeting since May 2",
# "das erste Treffen der Delegationen seit dem 10. März"): a meeting was held that day too
_FIRST_SINCE = re.compile(r"\b(?:first|erste[nrs]?)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|round|negotiations|"
                          r"encounter|\w*[Tt]reffen|\w*[Gg]espräche?|Verhandlung\w*|\w*(?<![Gg])[Rr]unde|Begegnung)\b"
                          r"[^.;]{0,60}?\b(?:since|seit)\s+(?:dem\s+|the\s+)?$", IC)


def _met_before(s: Sentence, made: list[NewsEvent]) -> list[NewsEvent]:
    """The earlier meeting a held round's sentence dates by calling it the first since that day:
    a round on that day, at no place the sentence gives (the place named is the new one's)."""
    out: list[NewsEvent] = []
    for d in s.dates:
        if d.granularity != "day" or not _FIRST_SINCE.search(s.text[:d.start - s.start]):
            continue
        if any(x.date_start == d.first for x in made):
            continue
        e = _event("round", s)
        e.date_start, e.date_end = d.first, d.last
        e.date_basis = f"{d.basis} (the meeting the one told is the first since)"
        e.cue = "rule: the meeting a round is the first since"
        out.append(e)
    return out


def _round_held(w: _Walk) -> list[NewsEvent] | None:
    """A held round (`_held_round`) and the earlier meeting it is told as the first since
    (`_met_before`)."""
    made = _held_round(w)
    if made is None or (w.skip and not made and _own_meeting(w.s, w.t)):
        return made  # no meeting held, or a side's own meeting

    return _met_before(w.s, made) + made  # (the round told stays the last one)


def _held_round(w: _Walk) -> list[NewsEvent] | None:
    """A meeting held (or a side meeting, or two sides who spoke): a round, unless the sentence
    only refers to a meeting told before, or tells that round again (at the same place and day,
    or right after it): then it goes into that round and the sentence adds nothing (`w.skip`)."""
    i, s, t, places, events, sents, published = w.i, w.s, w.t, w.places, w.events, w.sents, w.published
    if not ((((MEETING.search(meeting_sense(t)) or present_meeting(meeting_sense(t))) and (
               _happened(t) or SIDE_TALK.search(t)) and not (
               # "Das teilte X nach einem Treffen der Minister mit": the meeting only as the
               # occasion of a statement on what was told just before
               _STATEMENT_ON_LAST.match(t) and events and events[-1].start >= sents[max(0, i - 1)].start
               and _reference_only(t)) and (
               places or s.dates or len(s.actors()) >= 2 or re.search(r"telefon|phone", t, IC)
               # a meeting of delegations referred to by its noun ("Es gab bisher zwei Treffen
               # der Delegationen")
               or (DELEGATES.search(t) and _referenced(t))
               or (SIDE_MEETING.search(t) and w.last_round is not None and i - w.last_round[0] <= 3)))
             or (SPOKE_WITH.search(t) and len(_spoke_sides(s)) >= 2)
             or (_received_person(s) and len(_spoke_sides(s)) >= 2)) and not POSTPONED.search(t)):
        return None
    made: list[NewsEvent] = []
    if _own_meeting(s, t):
        w.skip = True  # a bloc's ministers among themselves: no round of the talks (nor the model's)
        return made
    # "Trump sprach mit Putin", "spoke by phone with": a conversation between two sides
    e = _event("round", s, place=places[0] if places else None)
    _round_details(e, s)
    _not_its_day(e, s, published)
    if _PHONE.search(t):
        e.place = None  # a call has no place ("spoke by phone about the talks in Geneva")
    noun_ref = _reference_only(t)
    if noun_ref is None and _EARLIER_REF.search(t):
        noun_ref = _referenced(t)  # "bei einem früheren Treffen in X": that earlier one
    if noun_ref is not None and _dated_reference(e, s, noun_ref, events, published):
        # a meeting only referred to by its noun, with no day of its own, after a meeting
        # reported before: that meeting again ("nach seinem Gespräch mit Lawrow")
        w.skip = True
        return made
    side = SIDE_MEETING.search(t) is not None  # another meeting: never told again
    earlier = next((x for x in events if x.kind == "round" and x.place is not None
                    and x.place == e.place), None)
    if earlier is not None and not side and (not s.dates or earlier.date_start == e.date_start) \
            and not (_PHONE.search(t) and _other_people(earlier, e)) \
            and not other_nth(t, _sentence_text(earlier, sents)):
        # the round at that place told again (on the same day): one event over its sentences
        _merge(earlier, e)
        earlier.told_in(s.start, s.end)
        w.skip = True
        return made
    gap = _gap(sents, w.last_round[0], i) if w.last_round is not None else 99
    if w.last_round is not None and not side and (e.place is None or w.last_round[1].place in (
            None, e.place)) and not (_PHONE.search(t) and _other_people(w.last_round[1], e)) \
            and not other_nth(t, sents[w.last_round[0]].text) and (
            (gap <= 2 and (not s.dates or w.last_round[1].date_start in (None, e.date_start)))
            # a little further on, the same sides on the same day: the same round again
            or (gap <= 4 and e.date_start is not None and w.last_round[1].date_start == e.date_start
                and w.last_round[1].parties == e.parties)):
        # the next sentence on the same talks: its date fills the round's when it had none
        _merge(w.last_round[1], e)
        w.last_round[1].told_in(s.start, s.end)
        w.last_round = (i, w.last_round[1])
        w.skip = True
        return made
    made.append(e)
    w.last_round = (i, e)
    return made


def _head_visit(w: _Walk) -> list[NewsEvent] | None:
    """(session 17) A head of state or government arriving in, or expected in, the capital of
    another side (`summits.head_visit`): a summit there, planned when only expected."""
    found = head_visit(w.s, w.published)
    if found is None:
        # people of one side visiting another side's people or capital: a round there
        if (visit := visit_of_another_side(w.s)) is None:
            return None
        e = _event("round", w.s, place=visit[0] or (w.places[0] if w.places else None))
        _round_details(e, w.s)
        e.cue = f"rule: a visit to another side ({visit[1]})"
        w.last_round = (w.i, e)
        return [e]
    guest, capital, expected = found
    e = _event("summit", w.s, place=capital, outcome="planned" if expected else None)
    if expected and (e.date_start is None or not said_day(w.s, e.date_start)):
        _ahead(e, w.published)  # (a weekday already past is the next one)
    e.cue = f"rule: a head's visit ({guest} in {capital}{', expected' if expected else ''})"
    w.last_round = (w.i, e)
    return [e]


def _round_continued(w: _Walk) -> list[NewsEvent] | None:
    """The sentence right after a round that speaks of a meeting (not a step announced about it):
    it adds its place, venue or duration to that round (`w.skip`) unless it names other people
    on a call.

    It never makes an event of its own: None when the sentence is not such a sentence, else `[]`.
    A call of other people is not merged and also gets `[]`, where the other rules would say None
    ("does not apply"); as this is the last rule of `_RULES`, the two lead to the same: no rule is
    left to try, and `_sentence` goes on to the steps for a sentence that made nothing (heads,
    a statement on the last event, an announced step, the learned model), as the branch of the
    sentence loop this rule came from fell through to them. A rule added after this one would not
    be tried on such a sentence."""
    from accord.news.kinds import sentence_families

    i, s, t, places, lang = w.i, w.s, w.t, w.places, w.lang
    if not (w.last_round is not None and i - w.last_round[0] == 1 and (
               MEETING.search(meeting_sense(t))
               or "meeting" in sentence_families(meeting_sense(t), lang)) and (
               # (a step announced about the talks is its own event: "The negotiations are paused
               # until tomorrow")
               announced_step(s) is None)):
        return None
    made: list[NewsEvent] = []
    # the sentence after a round often adds its place, venue or duration
    e = _event("round", s, place=places[0] if places else None)
    _round_details(e, s)
    last = w.last_round[1]
    if (e.date_start is not None and last.date_start is not None and e.date_start != last.date_start) \
            or (_nth(t) is not None and _nth(w.sents[w.last_round[0]].text) not in (None, _nth(t))):
        # another day or another n-th round of its own ("The first round was held on January
        # 23-24 ... The second round was held on February 4-5"): another meeting, not this one
        return None
    if not (_PHONE.search(t) and _other_people(w.last_round[1], e)):
        _merge(w.last_round[1], e)
        w.last_round[1].told_in(s.start, s.end)  # the event is read from both sentences
        w.skip = True
        return made
    return made


_RULES: tuple[Callable[[_Walk], list[NewsEvent] | None], ...] = (
    _report_denied,
    _postponement,
    _poll,
    _deal_broken_or_kept,
    _accusation_or_denial,
    _item_agreed,
    _extended,
    _signed,
    _exchange_done,
    _exchange_to_come,
    _bodies_returned,
    _unilateral_step_taken,
    _held_then_continued,
    _dated_plan,
    _intent,
    _step_announced,
    _pledge,
    _loss_admitted,
    _capture_claim,
    _rebuttal,
    _energy_attacks_told,
    _contested_assertion,
    _attack_told,
    _energy_attack_going_on,
    _energy_truce_kept,
    _planned_round,
    _round_held,
    _head_visit,
    _round_continued,)
"""The sentence rules in the order they are tried: the first that applies (returns a list, maybe
empty) decides what the sentence makes."""


def _sentence(w: _Walk) -> list[NewsEvent]:
    """The events of sentence `w.i`: the first rule of `_RULES` that applies, a consent to the
    proposal just told; where none made anything, heads or a statement added to the events
    before, an announced step; a meeting referred to with its own day besides what was made; else
    the learned model. Empty with `w.skip` set when the sentence only went into an earlier event."""
    made: list[NewsEvent] = []
    for rule in _RULES:
        if (found := rule(w)) is not None:
            made = found
            break
    if w.skip:
        return []
    _consent(w, made)
    if not made:
        _heads_after_round(w)
        _statement_on_last(w)
        made = _step_no_rule_claimed(w)
    if made:
        _meetings_referred_to(w, made)
    if not made:
        made = _learned_fallback(w)
        if w.skip:
            return []
    else:
        for e in made:
            e.cue = e.cue or f"rule: {e.kind}"
    return made


def find_events(sents: list[Sentence], published: str | None, lang: str) -> list[NewsEvent]:
    """The events of an article's sentences (`published` its day, `lang` 'de' or 'en'): each
    sentence tried by the rules in order (`_sentence`), then the passes over all events
    (`passes.after_the_sentences`)."""
    w = _Walk(sents, published, lang)
    for i, s in enumerate(sents):
        focus(s.text)  # the cue prefilter: pieces of this sentence come next
        places = _not_since(s, _places(s))  # (not where an earlier meeting counted from was)
        w.at(i, s, places, _not_origin(s, places))  # (an exchange's place: not where its people come from)
        w.events.extend(_sentence(w))
    return after_the_sentences(w.events, sents, published, lang)


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
