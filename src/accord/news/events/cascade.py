"""`find_events`: the cascade that turns sentences into events.

For every sentence the first rule of `_RULES` that applies wins, in this order: a report denied
by a side (`claim_rules._report_denied`); postponement;
poll; a deal said broken or kept; accusation or denial; partial agreement (with a statement of
intent or a round it implies); prisoner or body exchange done, then one still to come; a
unilateral step; talks held and to be continued; a meeting still to come with its day; a
statement of intent; a next step announced; a pledge; a capture claim (with a denial of it); a
rebuttal of the last claim; attacks on energy sites told by a side; an assertion and its
denial; an attack told by a side; an attack on energy sites going on with an accusation; an
energy truce confirmed kept; a planned round; a round held (or a summit or call); the sentence
right after a round. Each rule is a function of the `_Walk` (`walk._Walk`: the sentence and what
the cascade carries from the sentences before) returning None when it does not apply. The rules
that make claims (a deal broken or kept, an accusation or denial, a capture claim, a rebuttal, the
attack rules, an assertion and its denial, an energy truce kept) live in `claim_rules`, the
others here. Then (`_sentence`) the steps of `walk`: a consent to the proposal just told; where
nothing was made, heads named near a round, a sentence that tells who stated the last event, an
announced step; a meeting referred to with a day of its own; and, where still nothing was made,
the learned model (`learned._learned`).

After the loop, `passes.after_the_sentences` runs the passes over all events (summits, meetings
not held, repeats merged, claims continued and restated, places and dates from context).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from accord.news.events.agreements import (
    AGREEMENT,
    BODIES_RETURN,
    EXCHANGE_OF,
    EXCHANGE_REPORTED,
    EXCHANGED,
    FUTURE_SWAP,
    HABIT_OR_HYPOTHESIS,
    MEMORANDA,
    OFFERED,
    REPEAT_WITHIN,
    SECURITY_DEAL,
    _agreed_item,
    _agreeing_sides,
    _agreement_told,
    _deal_extended,
    _deal_signed,
    _halt_to_come,
    _hypothetical,
    _next_step,
    _per_side,
    _running_total,
    _truce_place,
    _unilateral_step,
)
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
from accord.news.events.claimants import _IF_OR_WILL
from accord.news.events.claims import BROKEN
from accord.news.events.common import (
    ACTORS,
    IC,
    MEETING,
    NOT_DONE,
    TOPICS,
    _attributed,
    _event,
    _not_origin,
    _places,
    _quantity,
    _sentence_text,
    _topic,
    said_day,
)
from accord.news.events.context import AT_THE_TALKS
from accord.news.events.intents import (
    _BEFORE,
    _OPEN_QUESTION,
    INTENT,
    READY_FOR_TALKS,
    STEP,
    announced_step,
)
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
from accord.news.events.pledges import (
    CLAUSE_END,
    COALITION,
    DELEGATION_SENT,
    EUROPEAN_STATE,
    PLEDGE,
    POLL,
    RECIPIENT_BEFORE,
    RESOURCES,
    pledge_at,
    promised,
)
from accord.news.events.postponements import POSTPONABLE, _dated_move
from accord.news.events.present_tense import present_meeting
from accord.news.events.rounds import (
    _EARLIER_REF,
    _PHONE,
    DELEGATES,
    DELEGATIONS_AGREED,
    HAPPENED,
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
)
from accord.news.events.summits import _member_parties
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
from accord.news.stance_holders import clause_span
from accord.news.stances import BOTH_SIDES

if TYPE_CHECKING:
    from accord.news.extract import Sentence
    from accord.news.facts import Mention


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


# resources offered for a condition the other side is to meet ("falls sich Kiew zurückziehe", "if
# Kyiv withdraws", "unter der Bedingung, dass"): a proposal, no commitment
_ON_CONDITION = re.compile(r"\b(?:falls|sofern|vorausgesetzt|unter der (?:Bedingung|Voraussetzung)|if|unless|"
                           r"provided that|on (?:the )?condition)\b", IC)
# the pledge's own clause ends here ("..., although officials did not say if ...", "on top of")
_PLEDGE_CLAUSE_END = re.compile(r"[;:]|,\s*(?:although|though|even though|but|while|whereas|on top of|obwohl|"
                                r"aber|doch|während|zumal)\b", IC)
# "did not say if", "asked whether": an indirect question, no condition
_IF_AS_WHETHER = re.compile(r"\b(?:say|says|said|ask|asks|asked|know|knows|knew|clear|decide\w*|"
                            r"sure|wonder\w*|sagen|sagte\w*|wissen|fragt\w*)\s+$", IC)


def _on_condition(t: str, start: int) -> bool:
    """Whether the clause of the pledge verb at `start` offers it for a condition."""
    end = _PLEDGE_CLAUSE_END.search(t, start)
    return any(not _IF_AS_WHETHER.search(t[max(0, c.start() - 12):c.start()])
               for c in _ON_CONDITION.finditer(t, start, end.start() if end else len(t)))


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


# a step found that is the agreement itself ("agreed to hand over", "vereinbarten, ... zu übergeben")
_AGREED_STEP = re.compile(r"\b(?:agree\w*|vereinbar\w*|einig\w*|verständig\w*|consent\w*|accept\w*|"
                          r"zugestimmt|stimmt\w*)\b", IC)


def _item_agreed(w: _Walk) -> list[NewsEvent] | None:
    """An agreed item (an exchange of prisoners or bodies, an energy pause, a truce for a place, a
    grain deal): a partial agreement at the place of the round just before; with memoranda
    handed over and the round it was reached at, or that round's outcome made partial."""
    i, s, t, places, kept = w.i, w.s, w.t, w.places, w.kept
    if not (((AGREEMENT.search(t) and _agreement_told(t)) or _halt_to_come(t))
            and (item := _agreed_item(t)) is not None and not (
               BROKEN.search(t) and _IF_OR_WILL.search(t))):  # (a threat over a breach agrees nothing)
        return None
    made: list[NewsEvent] = []
    # an agreed item: an exchange of prisoners or bodies, an energy pause, a grain deal
    topic = item if item in ("humanitarian.prisoners", "ceasefire.energy") else None
    q, u, ps = _quantity(s, ("prisoners", "bodies", "soldiers", "civilians", "people"))
    if q is None and topic != "humanitarian.prisoners":
        # the span of a pause or deal ("für 30 Tage", "for a further 60 days")
        q, u, ps = _quantity(s, ("days", "months"))
    prev = w.last_round[1] if w.last_round and i - w.last_round[0] <= 15 else None
    # (a truce for a city: the city it covers, "ein Stopp von Angriffen auf Kiew")
    covered = _truce_place(s) if item == "limited truce" else None
    made.append(_event("partial_agreement", s, outcome="agreement", topic=topic, quantity=q,
                       unit=u, per_side=ps,
                       place=kept[0] if kept else covered or (prev.place if prev else None)))
    if (sides := _agreeing_sides(s)) is not None:
        made[-1].parties = sorted(sides)  # (not the side that announced it)
    if not (AGREEMENT.search(t) and _agreement_told(t)):
        # a halt told as the result to come has no agent: the sides of the talks just told, not a
        # side named in a condition ("- wenn Kiew zustimmt")
        made[-1].parties = list(prev.parties) if prev is not None else []
    if not made[-1].parties and prev is not None:
        made[-1].parties = list(prev.parties)
    if _deal_signed(t):
        # a deal signed: every side named signs it ("Moscow and Kyiv signed a deal"), not its brokers
        brokers = set(_brokers(s))
        made[-1].mediators = sorted(set(made[-1].mediators) | brokers)
        made[-1].parties = sorted((set(made[-1].parties) | {a for a in s.actors() if a in ACTORS})
                                  - set(made[-1].mediators))
    made[-1].cue = f"rule: {item.replace('humanitarian.', '').replace('ceasefire.', '')} agreed"
    if topic == "humanitarian.prisoners":
        # an exchange of prisoners is agreed between the two warring sides, also when the
        # sentence names one of them ("Zelensky said the two sides agreed to exchange")
        made[-1].parties = sorted(set(made[-1].parties) | {"RUS", "UKR"})
    if MEMORANDA.search(t):
        # "exchanged their drafts and agreed on new swaps": the papers are a step of their own
        e = _event("statement_of_intent", s, place=made[-1].place)
        e.cue = "rule: memoranda handed over"
        made.append(e)
    elif (step := announced_step(s)) is not None and not _AGREED_STEP.search(step):
        # "vereinbarten einen Austausch und kündigten eine Fortsetzung der Gespräche an": a step
        # announced besides the item agreed (not the agreement itself: "agreed to hand over")
        e = _event("statement_of_intent", s, place=made[-1].place)
        e.cue = f"rule: {step} (besides the item agreed)"
        made.append(e)
    if (MEETING.search(t) and HAPPENED.search(t) and (places or s.dates)) or (
            DELEGATIONS_AGREED.search(t) and s.dates and prev is None) or (
            # "hätten bei den indirekten Gesprächen zugestimmt": the talks it was reached at
            prev is None and s.dates and MEETING.search(t) and AT_THE_TALKS.search(t)
            and not NOT_DONE.search(t)):
        # "met in Istanbul, agreeing to exchange prisoners", "Today, delegations from X, Y
        # and Z agreed to exchange ...": the round and its result
        r = _event("round", s, place=places[0] if places else None)
        _round_details(r, s)
        r.outcome = "partial"
        made.insert(0, r)
        w.last_round = (i, r)
    elif prev is not None and prev.outcome in (None, "none"):
        prev.outcome = "partial"
    return made


def _extended(w: _Walk) -> list[NewsEvent] | None:
    """A deal extended or renewed for a span of days or months (`agreements._deal_extended`): an
    agreed item, with that span as its quantity (convention: a grain deal extended is agreed)."""
    s, t = w.s, w.t
    spans = [f for f in s.figures if f.unit in ("days", "months")]
    if not _deal_extended(t, [f.value for f in spans]):
        return None
    e = _event("partial_agreement", s, outcome="agreement", quantity=spans[0].value, unit=spans[0].unit)
    e.cue = "rule: a deal extended for a span"
    return [e]


def _signed(w: _Walk) -> list[NewsEvent] | None:
    """A deal signed with no item named in its sentence: the agreement told within the sentences
    before (`REPEAT_WITHIN`) signed, which takes the place, parties and mediators of this sentence
    and is read from it too ("Russia and Ukraine agreed a grain deal ... Ministers of both
    countries signed it in Istanbul"); with none before, a partial agreement of its own between
    the sides named (a security agreement: `security.guarantees`)."""
    i, s, t, kept = w.i, w.s, w.t, w.kept
    if not _deal_signed(t):
        return None
    security = SECURITY_DEAL.search(t) is not None
    since = w.sents[max(0, i - REPEAT_WITHIN)].start
    prev = next((e for e in reversed(w.events) if e.kind == "partial_agreement" and e.start >= since),
                None) if not security else None
    e = _event("partial_agreement", s, outcome="agreement",
               topic="security.guarantees" if security else None, place=kept[0] if kept else None)
    e.mediators = sorted(set(e.mediators) | set(_brokers(s)))
    # (the sides named, also as agents of the passive: "it was signed by Russia and Ukraine")
    e.parties = sorted((set(e.parties) | {a for a in s.actors() if a in ACTORS}) - set(e.mediators))
    if prev is not None and (e.date_start is None or e.date_start == prev.date_start):
        # the agreement just told, signed: one agreement (a signing with a day of its own, "it
        # was signed last July", is an earlier agreement than the extension just told)
        _merge(prev, e)
        prev.mediators = sorted(set(prev.mediators) | set(e.mediators))
        prev.parties = sorted(set(prev.parties) - set(prev.mediators))
        prev.told_in(s.start, s.end)
        prev.cue = f"{prev.cue}; signed in a later sentence" if prev.cue else prev.cue
        w.skip = True
        return []
    if len([a for a in e.parties if a in ACTORS]) < 2 and not BOTH_SIDES.search(t):
        return None  # (who signed with whom is not told)
    e.cue = "rule: a deal signed"
    return [e]


# an organisation or state that brokered or mediated ("brokered by the United Nations and Turkey",
# "unter Vermittlung von UN-Generalsekretär Guterres", "facilitated by the UN")
_BROKERED_BY = re.compile(r"\b(?:brokered|mediated|facilitated|negotiated)\s+by\b|\bunter\s+(?:der\s+)?"
                          r"Vermittlung\b|\bvermittelt\s+(?:von|durch)\b|\bmit\s+(?:der\s+)?"
                          r"Vermittlung\b", IC)


# where the brokers named after the word of brokering end
_BROKERS_END = re.compile(r"[,;.:()]|\s(?:in|on|at|im|am|it|they|was|were|wurde\w*|last|letzt\w*|"
                          r"and (?:was|were|signed|agreed))\b", IC)


def _brokers(s: Sentence) -> list[str]:
    """The actors named right after a word of brokering in `s` (`_BROKERED_BY`), up to the end of
    that phrase (`_BROKERS_END`, 60 characters at most)."""
    out: list[str] = []
    for m in _BROKERED_BY.finditer(s.text):
        stop = _BROKERS_END.search(s.text, m.end(), m.end() + 60)
        end = stop.start() if stop is not None else m.end() + 60
        out += [x.actor for x in s.mentions if x.actor is not None
                and m.end() <= x.start - s.start < end and x.actor not in out]
    return out


# a sentence that tells some of the people of an exchange ("Among those freed were ...", "Unter
# den Heimkehrern waren ...", "Darunter ...")
_AMONG = re.compile(r"\W{0,3}(?:Among (?:those|them|the)\b|Unter (?:den|ihnen)\b|Darunter\b)", IC)


def _exchange_done(w: _Walk) -> list[NewsEvent] | None:
    """An exchange of prisoners or bodies carried out (not offered, not a running total): a
    partial agreement on prisoners, both warring sides its parties where the text says so."""
    s, t, kept = w.s, w.t, w.kept
    # (an exchange reported by the sides with no people named: one of prisoners where the article
    # told one before, "im Januar hatten die Seiten schon einen Tausch gemeldet")
    reported = EXCHANGE_REPORTED.search(t) is not None and not _hypothetical(t) and (
        EXCHANGE_OF.search(t) is not None or any(
            e.kind == "partial_agreement" and e.topic == "humanitarian.prisoners" for e in w.events))
    if not (((EXCHANGED.search(t) and EXCHANGE_OF.search(t)) or reported) and not NOT_DONE.search(t)
               and not OFFERED.search(t) and not _running_total(t)):
        return None
    told = [e for e in w.events
            if e.kind == "partial_agreement" and e.start >= w.sents[max(0, w.i - 2)].start]
    if _AMONG.match(t) and told:
        # "Among those returned were 15 wounded": some of the exchange just told, no new one (that
        # exchange is read from this sentence too)
        told[-1].told_in(s.start, s.end)
        return []
    made: list[NewsEvent] = []
    # (a handover offered is not carried out; "have so far handed over 7,000" is a total)
    # an exchange carried out is an agreed item on prisoners, reported as done; each side
    # releasing people is a party to it (both sides when the text says "jeweils"/"each")
    q, u, ps = _quantity(s, ("prisoners", "bodies", "soldiers", "civilians", "people"))
    e = _event("partial_agreement", s, outcome="agreement", topic="humanitarian.prisoners",
               quantity=q, unit=u, per_side=ps, place=kept[0] if kept else None)
    warring = [a for a in e.parties if a in ("RUS", "UKR")]
    if len(warring) < 2 and (re.search(r"\bjeweils\b|\beach\b|\bboth\b|\bbeide", t, IC)
                             or {"RUS", "UKR"} <= set(s.actors())):
        e.parties = sorted(set(e.parties) | {"RUS", "UKR"})
    if {"RUS", "UKR"} <= set(e.parties) and re.search(r"\b(?:from|aus) (?:countries|Ländern)\b|"
                                                    r"\bnationals?\b|\bStaatsbürger", t, IC):
        # "prisoners from countries including X and Y": where they come from is no party
        e.parties = ["RUS", "UKR"]
    e.cue = "rule: exchange carried out"
    made.append(e)
    return made


def _exchange_to_come(w: _Walk) -> list[NewsEvent] | None:
    """An agreed exchange told as still to come, with its number for each side or right after the
    agreement: a partial agreement between the two warring sides."""
    i, s, t, kept, events, sents = w.i, w.s, w.t, w.kept, w.events, w.sents
    if not (FUTURE_SWAP.search(t) and EXCHANGE_OF.search(t) and not _hypothetical(t)
               and not OFFERED.search(t) and (_per_side(s) or (
                   events and events[-1].kind == "partial_agreement"
                   and events[-1].start >= sents[max(0, i - 2)].start))):
        return None
    made: list[NewsEvent] = []
    # the agreed exchange told as what is to come, with its number for each side ("jede
    # Seite soll 400 Gefangene freilassen", "will swap them on a 400 for 400 basis") or
    # right after the agreement ("auch Verwundete sollen freikommen")
    q, u, ps = _quantity(s, ("prisoners", "bodies", "soldiers", "civilians", "people"))
    e = _event("partial_agreement", s, outcome="agreement", topic="humanitarian.prisoners",
               quantity=q, unit=u,
               per_side=ps if ps is not None else (True if _per_side(s) else None),
               place=kept[0] if kept else None)
    e.parties = sorted(set(e.parties) | {"RUS", "UKR"})
    _ahead(e, w.published)  # (a weekday of an exchange to come is the next one: "wollten am Mittwoch")
    e.cue = "rule: an agreed exchange still to come"
    made.append(e)
    return made


def _bodies_returned(w: _Walk) -> list[NewsEvent] | None:
    """The dead handed back with their own number, told right after an agreed item ("... agreed a
    swap of prisoners. Dazu komme die Rückgabe von 6.000 Gefallenen"): the agreed return of
    bodies, a partial agreement of its own."""
    i, s, t, kept, events, sents = w.i, w.s, w.t, w.kept, w.events, w.sents
    back = BODIES_RETURN.search(t)
    if not (back is not None and events and events[-1].kind == "partial_agreement"
            and events[-1].start >= sents[max(0, i - 3)].start and not HABIT_OR_HYPOTHESIS.search(t)
            and not OFFERED.search(t) and not _running_total(t)):
        return None
    # (the number of the dead: also where the figures read it as prisoners, "an exchange of bodies
    # of soldiers - 6,000 for 6,000")
    q, _, ps = _quantity(s, ("bodies", "soldiers", "people", "prisoners"))
    if q is None:
        return None
    e = _event("partial_agreement", s, outcome="agreement", topic="humanitarian.prisoners",
               quantity=q, unit="bodies", per_side=ps, place=kept[0] if kept else None)
    e.parties = sorted(set(e.parties) | {"RUS", "UKR"})
    e.cue = f"rule: the dead handed back with their number ('{back.group(0)[:40]}')"
    return [e]


def _unilateral_step_taken(w: _Walk) -> list[NewsEvent] | None:
    """A unilateral step of one side (a truce declared, a deal left or not extended, memoranda
    handed over): a statement of intent, never a claim."""
    s, t, places = w.s, w.t, w.places
    if not ((step := _unilateral_step(t)) is not None and (s.actors() or BOTH_SIDES.search(t) or (
            # (memoranda exchanged by "the delegations" name their sides by them)
            step == "memoranda handed over" and DELEGATES.search(t)))):
        return None
    made: list[NewsEvent] = []
    # a truce declared or ordered by one side, a deal left or not extended, memoranda
    # handed over: an announced next step (never a claim)
    e = _event("statement_of_intent", s, place=places[0] if places else None,
               topic=_topic(t))
    e.cue = f"rule: {step}"
    made.append(e)
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
    `agreements._next_step`), not a planned meeting at a place: a statement of intent."""
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


def _pledge(w: _Walk) -> list[NewsEvent] | None:
    """A pledge by an actor, not negated, not only possible, not offered for a condition: one
    pledge per topic with its amount; a promise that commits no resources is a statement of
    intent when it names a step, else nothing."""
    s, t, places = w.s, w.t, w.places
    if (first := PLEDGE.search(t)) is not None and not promised(t, first) and pledge_at(t) is None:
        # "sagte X zu Reportern", "sagte, ohne Einzelheiten zu nennen": no promise, and (as before
        # the fifteenth session) no other rule reads the sentence either (letting the later rules
        # read these sentences added one unmatched event on the validation set and matched none)
        return []
    if not ((pm := pledge_at(t)) and s.actors() and not re.search(
               # (not negated, not a possibility: "könnten das Entsenden von Truppen ...")
               r"\b(?:nicht|kein\w*|not|no|könnte\w*|würde\w*|could|would|might|may)\b",
               t[:pm.start()], IC) and not _pledge_refused(t, pm) and not (
               # (not offered for a condition: "more weapons, if Kyiv withdraws" is a proposal)
               _on_condition(t, pm.start())) and not (
               # (not an open question: "offen, ob Berlin Truppen entsenden wird")
               _OPEN_QUESTION.search(t[max(0, pm.start() - 60):pm.start()])) and not (
               # (a delegation sent to talks: "wollten Delegationen nach Doha entsenden")
               re.match(r"entsend|send", pm.group(0), IC)
               and DELEGATION_SENT.search(t[max(0, pm.start() - 60):pm.end() + 40]))):
        return None
    made: list[NewsEvent] = []
    topics: list[str | None] = [tp for tp, rx in TOPICS if rx.search(t)] or [None]
    # what the pledge commits is in its own clause ("promised to scale down its operations, while
    # Ukraine proposed ... guarantees" commits no guarantee)
    clause = clause_span(t, pm.start(), CLAUSE_END)
    if not RESOURCES.search(t[clause[0]:clause[1]]):
        # a promise to phone, meet or inform commits no resources: an announced step; a
        # promise of an outcome ("to end the war") or a commitment to an aim ("remains
        # committed to a deal") names no step: nothing
        # (and no "zu" of an infinitive taken for that of "zusagen": "sagte X, ohne ... zu nennen")
        if STEP.search(t):
            e = _event("statement_of_intent", s, place=places[0] if places else None)
            e.cue = "rule: a promise with no resources committed"
            made.append(e)
        topics = []
    for tp in topics:
        # (a number of states is who gives, never what is given)
        q, u = next(((f.value, f.unit) for f in s.figures if f.unit != "countries"), (None, None))
        if u is None and re.search(r"Dollar|Euro|USD|EUR", t):
            u = "USD" if "Dollar" in t or "USD" in t else "EUR"
        made.append(_event("pledge", s, topic=tp, quantity=q, unit=u,
                           place=places[0] if places else None))
        if not _givers(made[-1], s, pm, clause):
            # Europe named by its members or their heads ("Merz und Macron"): the member codes
            _member_parties(made[-1], [s], w.published)
        if len(made[-1].parties) > 1 and _of_each(t, pm):
            # "Merz und Macron kündigten jeweils neue Hilfspakete an": a pledge of each giver
            # (named before the verb; not the recipient: "der Ukraine")
            each = made.pop()
            givers = [a for a in each.parties
                      if any(m.actor == a and m.start - s.start < pm.start() for m in s.mentions)]
            for party in givers or each.parties:
                one = _event("pledge", s, topic=tp, quantity=q, unit=u,
                             place=places[0] if places else None)
                one.parties = [party]
                made.append(one)
    return made


# a leading adverbial clause or phrase closed by a comma, before the main clause of a pledge
_LEAD = re.compile(r"\W*(?:Nachdem|Als|Weil|Da|Obwohl|Obgleich|Während|Bevor|Seitdem|Trotz|Angesichts|"
                   r"After|Despite|In spite of|Although|Though|While|Following|Because|Since|When|"
                   r"Before|Amid)\b[^,;:]*,\s*", IC)
# a refusal ("weigert sich", "lehnte es ab", "declined", "refused", "ruled out") and the pledge verb
# as the infinitive it governs ("weigert sich, Truppen zu entsenden", "lehnt es ab, ...
# bereitzustellen", "declined to pledge"), not a finite verb of its own ("lehnten X ab und sagten
# ... zu", "Nachdem Moskau ... abgelehnt hatte, sagte Deutschland ... zu", "Despite Russia's
# refusal ..., Germany pledged")
_REFUSAL = re.compile(r"\b(?:weiger\w*|lehnt\w*|abgelehnt|refus\w*|declin\w*|rule[sd]? out|ruling out)\b", IC)
_INFINITIVE_BEFORE = re.compile(r"\b(?:zu|to)\s+$", IC)
_INFINITIVE_IN = re.compile(r"\w+zu\w+|zur Verfügung zu\b|\w+ing\b", IC)


def _pledge_refused(t: str, pm: re.Match[str]) -> bool:
    """Whether a refusal in the pledge's own clause governs its verb as an infinitive."""
    a, _ = clause_span(t, pm.start(), CLAUSE_END)
    if not _REFUSAL.search(t, a, pm.start()):
        return False
    return bool(_INFINITIVE_BEFORE.search(t[max(a, pm.start() - 8):pm.start()])
                or _INFINITIVE_IN.match(pm.group(0)))


def _givers(e: NewsEvent, s: Sentence, pm: re.Match[str], clause: tuple[int, int]) -> bool:
    """The parties of a pledge are who gives: a group of states in the pledge's clause ("26
    Länder hätten zugesagt", "the coalition of the willing pledged") is the European side; the
    actors named before the verb give when there are any ("Germany promised Ukraine ..."), else
    those not named as the recipient ("sagte Deutschland der Ukraine ... zu"); a European state
    with no code of its own ("Norway pledged") is EUR. True when a group of states gives (no
    member named in the sentence, the announcer "Macron" among them, is a giver then)."""
    t, mentions = s.text, s.mentions
    if (lead := _LEAD.match(t)) is not None and lead.end() <= pm.start():
        # (who is named only in a leading clause or phrase gives nothing: "Nachdem Moskau den
        # Plan abgelehnt hatte, sagte Deutschland ... zu", "Despite Russia's refusal ..., Germany
        # pledged")
        mentions = [m for m in mentions if m.start - s.start >= lead.end()]
        e.parties = [a for a in e.parties if any(m.actor == a for m in mentions)]
    # (a group of states gives only as the subject: nothing but its own words between it and the
    # verb, "26 Länder hätten zugesagt", "21 nations had agreed to", not "After a call with 30
    # countries, Germany pledged", "Nach einem Treffen mit Vertretern von 30 Ländern sagte ...")
    states = [f for f in s.figures if f.unit == "countries" and clause[0] <= f.start - s.start < clause[1]
              and f.start - s.start < pm.end() and not _STATES_OBJECT.search(t, 0, f.start - s.start)
              and (_FINITE_NEXT.match(t, f.end - s.start) is not None or (
                  not re.search(r"[,;:]", t[f.end - s.start:pm.start()])
                  and not any(f.end - s.start <= m.start - s.start < pm.start() for m in mentions)))]
    if states or COALITION.search(t, clause[0], clause[1]):
        e.parties = ["EUR"]
        return True
    # (the agent of a passive gives: "500 million euros pledged by Germany", "von Deutschland
    # zugesagt")
    agents = [m.actor for m in mentions if m.actor and (
        (m.start - s.start >= pm.end() and _AGENT_AFTER.fullmatch(t, pm.end(), m.start - s.start))
        or (m.end - s.start <= pm.start() and re.search(r"\b(?:von|vom)\s+$", t[:m.start - s.start])
            and not t[m.end - s.start:pm.start()].strip()))]
    if agents:
        e.parties = sorted(set(agents))
        return False

    def recipient(m: Mention) -> bool:
        return _recipient(t, m.start - s.start, pm, [x.start - s.start for x in mentions])

    named = [m for m in mentions if m.start - s.start < pm.start() and not recipient(m)]
    # (the speaker of "X said Germany had pledged" gives nothing when a giver is named after it)
    said = [m for m in named if _SAYS_BETWEEN.search(t, m.end - s.start, pm.start())]
    if len(said) < len(named):
        named = [m for m in named if m not in said]
    before = [a for a in e.parties if any(m.actor == a for m in named)]
    if before:
        e.parties = before
    else:
        given = [m.actor for m in mentions if m.actor in e.parties and recipient(m)]
        e.parties = [a for a in e.parties if a not in given]
    # (a European state as the giver: named up to the end of the verb, "Norway pledged", "sagte
    # Norwegen der Ukraine ... zu", not in the attribution after it, "..., teilte das italienische
    # Außenministerium mit", "..., the Italian foreign minister said", nor as the speaker before it)
    if not e.parties and any(not _recipient(t, st.start(), pm, [])
                             and not _SAYS_BETWEEN.search(t, st.end(), pm.start())
                             for st in EUROPEAN_STATE.finditer(t, clause[0], min(clause[1], pm.end()))):
        e.parties = ["EUR"]
    return False


# a group of states after a preposition ("mit 30 Ländern", "von 30 Ländern", "with 30 countries")
_STATES_OBJECT = re.compile(r"\b(?:mit|von|aus|bei|unter|zwischen|in|an|für|gegenüber|with|from|of|among|"
                            r"between|in|by|to|for)\s+(?:(?:rund|etwa|mehr als|über|knapp|fast|some|about|"
                            r"around|more than|over|nearly|almost)\s+)?$", IC)
# the agent of a passive after the verb ("pledged by Germany", "zugesagt von Berlin")
_AGENT_AFTER = re.compile(r"\s+(?:by|von|vom)\s+(?:the\s+|der\s+|dem\s+)?")
# a genitive after an office, no recipient ("Die Außenministerin der Niederlande")
_GENITIVE_OF = re.compile(r"\w*(?:minister\w*|präsident\w*|president|regierung|kanzler\w*|chef\w*|"
                          r"botschafter\w*|vertreter\w*|sprecher\w*|delegation|ministerium|"
                          r"außenamt)\s+(?:der|des)\s+$", IC)
# a bare German dative right after "sagte/sicherte" when the subject stands before the verb ("Die
# Ministerin sagte Kiew 300 Millionen Euro zu", "Merz sicherte Kiew ... zu")
_BARE_DATIVE = re.compile(r"(?:sagte|sagten|sagt|sagen|sicherte|sicherten|sichert|sichern)\s+", IC)
_SUBJECT_FIRST = re.compile(r"\W*(?:Die|Der|Das|Ein|Eine|Beide)\s")


def _recipient(t: str, at: int, pm: re.Match[str], named: list[int]) -> bool:
    """Whether the name at offset `at` of `t` is the recipient of the pledge `pm` (offsets of
    the sentence's other names in `named`)."""
    pre = t[:at]
    if RECIPIENT_BEFORE.search(pre):
        return not _GENITIVE_OF.search(pre)
    return bool(pm.start() < at < pm.end() and _BARE_DATIVE.fullmatch(t, pm.start(), at)
                and not any(at < x < pm.end() and RECIPIENT_BEFORE.search(t[:x]) for x in named)
                and (_SUBJECT_FIRST.match(t) or any(x < pm.start() for x in named)))


# (the finite verb right after a German subject: "26 Länder haben der Ukraine ... zugesagt", "21
# Staaten verpflichteten sich, ... zu entsenden")
_FINITE_NEXT = re.compile(r"\s+(?:haben|hatten|hätten|sind|seien|waren|wollen|wollten|werden|würden|"
                          r"[a-zäöüß]\w+(?:te|ten))\b")
_SAYS_BETWEEN = re.compile(r"\b(?:said|says|told|stated|added|sagte|sagten|erklärte\w*|betonte\w*|"
                           r"teilte\w*)\b", IC)


# a pledge of each giver: "jeweils", "respectively", or "each/je" right before or after the verb or
# right after an amount ("Germany and France each pledged", "500 Millionen Euro je"), never "als je
# zuvor", "je nach", "each worth", "each other"
_EACH_ANY = re.compile(r"\b(?:jeweils|respectively)\b", IC)
_EACH_AT_VERB = re.compile(r"\b(?:each|je)\s*$", IC)
_EACH_AFTER = re.compile(r"^\s*(?:each|je)\b(?!\s+(?:worth|nach|zuvor|other|of)\b)", IC)
_EACH_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:(?:million|billion|Millionen|Milliarden|Mio\.|Mrd\.)\s*)?"
                          r"(?:euros?|dollars?|Euro|Dollar|€|\$)?\s+(?:each|je)\b"
                          r"(?!\s+(?:worth|nach|zuvor|other)\b)", IC)


def _of_each(t: str, pm: re.Match[str]) -> bool:
    """The pledge is told as one of each giver."""
    return bool(_EACH_ANY.search(t) or _EACH_AT_VERB.search(t[:pm.start()])
                or _EACH_AFTER.match(t[pm.end():]) or _EACH_AMOUNT.search(t))


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
