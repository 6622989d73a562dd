"""The sentence rules of the cascade (`cascade._RULES`) for deals done or to be done: an item of a
partial agreement agreed (`_item_agreed`), a deal extended (`_extended`) or signed (`_signed`,
with its brokers `_brokers`), a prisoner or body exchange done (`_exchange_done`) or still to
come (`_exchange_to_come`), bodies returned (`_bodies_returned`), a unilateral step taken
(`_unilateral_step_taken`). Each is a function of the `walk._Walk` returning None when it does
not apply; moved out of `cascade` unchanged.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.agreed_steps import OFFERED
from accord.news.events.agreement_exchanges import (
    BODIES_RETURN,
    EXCHANGE_OF,
    EXCHANGE_REPORTED,
    EXCHANGED,
    FUTURE_SWAP,
    HABIT_OR_HYPOTHESIS,
    _hypothetical,
    _per_side,
    _running_total,
)
from accord.news.events.agreements import (
    AGREEMENT,
    MEMORANDA,
    REPEAT_WITHIN,
    SECURITY_DEAL,
    _agreed_item,
    _agreeing_sides,
    _agreement_told,
    _deal_extended,
    _deal_signed,
    _halt_to_come,
    _truce_place,
)
from accord.news.events.announced_steps import announced_step
from accord.news.events.claimants import _IF_OR_WILL
from accord.news.events.claims import BROKEN
from accord.news.events.common import ACTORS, IC, MEETING, NOT_DONE
from accord.news.events.context import AT_THE_TALKS
from accord.news.events.event_records import _event, _quantity, _topic
from accord.news.events.passes import _ahead
from accord.news.events.rounds import (
    DELEGATES,
    DELEGATIONS_AGREED,
    HAPPENED,
    _merge,
    _round_details,
)
from accord.news.events.unilateral_steps import _unilateral_step
from accord.news.events.walk import (
    _Walk,
)
from accord.news.facts import NewsEvent
from accord.news.prefilter import gate_patterns
from accord.news.stances import BOTH_SIDES

if TYPE_CHECKING:
    from accord.news.extract import Sentence


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
    if item == "grain" and ((brokers := set(_brokers(s))) or not {"RUS", "UKR"} & set(made[-1].parties)):
        # a grain deal told by its brokers ("the deal, brokered by the UN and Turkey") or with no
        # warring side named ("Ankara and the UN helped mediate the grain deal"): made between the
        # warring sides, the brokers (Turkey and the UN, its brokers) mediate it
        brokers |= {a for a in s.actors() if a in ("TUR", "UN")}
        made[-1].mediators = sorted(set(made[-1].mediators) | brokers)
        made[-1].parties = sorted((set(made[-1].parties) - brokers) | {"RUS", "UKR"})
    made[-1].cue = f"rule: {item.replace('humanitarian.', '').replace('ceasefire.', '')} agreed"
    if topic == "humanitarian.prisoners" or item == "children":
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
                          r"Vermittlung\b|"
                          # the brokers before the German participle ("das von den UN und der Türkei
                          # 2022 vermittelte Abkommen")
                          r"\bvon\b(?=[^.;]{0,60}\b(?:vermittelt|ausgehandelt)e[nmrs]?\s)", IC)


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


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
