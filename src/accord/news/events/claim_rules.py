"""The claim rules of the cascade (`cascade._RULES`): sentence rules that make claims.

Each is a function of the `_Walk` (`walk._Walk`) returning None when it does not apply, tried by
`cascade._sentence` in the order of `cascade._RULES`: a deal said broken or kept; an accusation or
denial; a capture claim (with a denial of it); a rebuttal of the last claim; attacks on energy
sites told by a side; an assertion and its denial; an attack told by a side; an attack on energy
sites going on with an accusation; an energy truce confirmed kept. What they read lives in the
family modules before them: the cue patterns and helpers of claims (`claims`), who tells a claim
(`claimants`), attacks (`attacks`) and disputed assertions (`disputes`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.agreements import AGREEMENT
from accord.news.events.announced_steps import announced_step
from accord.news.events.attacks import ATTACK, attack_report
from accord.news.events.claimants import (
    _HYPOTHETICAL,
    _IF_OR_WILL,
    _REPORTED,
    _SPEECH,
    _TOLD_ON,
    _claimant,
    _if_or_will,
)
from accord.news.events.claims import (
    _OF_SIDE,
    ACCUSATION,
    ATTACKS,
    ATTRIBUTED_CLAIM,
    BROKEN,
    BROKEN_PROMISE,
    COMPLAINED,
    CONFIRMED,
    CONTROL,
    DEAL,
    DENIAL,
    ENERGY_SITE,
    HELD,
    KEPT,
    MILITARY,
    MUTUAL,
    OBSTRUCTED,
    OPINION_CLAIM,
    SAID_BY,
    _accusation_going_on,
    _accusations,
    _accused,
    _attacks_held_off,
    _kept,
    _listed_places,
    _lost_place,
    _reported_claim,
    _settlement_ref,
    _undated_charge,
)
from accord.news.events.common import _CAPITALS, ACTORS, CLAIM, IC, REBUTTAL
from accord.news.events.disputes import contested
from accord.news.events.event_dates import REPORT_DAY_ONLY
from accord.news.events.event_places import (
    NAMED_PLACE,
    _is_region_of,
    _locates,
    _named_places,
    _places,
    _taken_names,
)
from accord.news.events.event_records import _attributed, _attributed_at, _event, _quantity, _topic
from accord.news.events.rounds import _OTHER_SIDE
from accord.news.events.unilateral_steps import _unilateral_step
from accord.news.events.walk import _Walk
from accord.news.facts import NewsEvent

if TYPE_CHECKING:
    from accord.news.extract import Sentence
from accord.news.prefilter import gate_patterns

# a deal kept only as what a step waits for ("Sobald alle Forderungen erfüllt seien, kehre Moskau
# zurück", "bis die Zusagen erfüllt seien", "once its conditions are fulfilled"): a condition, no claim
# "bis"/"until" as a conjunction ("bis alle Bedingungen erfüllt sind"), not as the preposition of
# time ("habe die Waffenruhe bis Sonntagabend eingehalten", "kept the truce until Monday")
_TIME_AFTER = (r"(?!\s+(?:zum|zur|Ende|Anfang|Mitte|heute|morgen|gestern|jetzt|dato|the\s+end|"
               r"today|tonight|now|midnight|\d|(?:Mon|Diens|Donners|Frei|Sams|Sonn)tag|Mittwoch|"
               r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Januar|January|Februar|"
               r"February|März|March|April|Mai|May|Juni|June|Juli|July|August|September|Oktober|"
               r"October|November|Dezember|December|einschließlich|including)\w*)")
_UNTIL_MET = re.compile(r"\b(?:sobald|solange|once|as soon as|as long as|(?:bis|until)\b"
                        + _TIME_AFTER + r")\b[^.,;]{0,80}\b"
                        r"(?:erfüllt|eingehalten|umgesetzt|met|fulfilled|honou?red|implemented|complied)\b",
                        IC)


def _deal_broken_or_kept(w: _Walk) -> list[NewsEvent] | None:
    """A deal said by a side to be broken or kept (also an obstacle to it complained of right after
    an agreement): a violation or compliance claim against the other side, not the deal; with
    the step it is the reason of, if any. Never a condition or a promise."""
    i, s, t, places, events, sents = w.i, w.s, w.t, w.places, w.events, w.sents
    if not ((((BROKEN.search(t) or COMPLAINED.search(t))
              and (AGREEMENT.search(t) or _topic(t) is not None or DEAL.search(t)))
             or BROKEN_PROMISE.search(t)
             or (KEPT.search(t) and (AGREEMENT.search(t) or DEAL.search(t)))
             # an obstacle to its part complained of right after a deal is told
             or (OBSTRUCTED.search(t) and events and events[-1].kind == "partial_agreement"
                 and events[-1].start >= sents[max(0, i - 2)].start)) and not _if_or_will(t)
             and not _UNTIL_MET.search(t)
               and _attributed(t)):  # (said by a side: "the truce was broken" alone is the reporter's)
        return None
    made: list[NewsEvent] = []
    # "Kiew wirft Moskau vor, die vereinbarte Energiepause gebrochen zu haben": a claim that
    # a deal was broken (or kept), never the deal itself; also without a word of breaking
    # ("Alle Vereinbarungen wurden eingehalten", "Russland hält die Waffenruhe nicht ein"),
    # but not a condition or a promise ("sollte die Ukraine verstoßen", "will respect")
    e = _event("claim", s, claim="compliance" if _kept(t) else "violation",
               topic=_topic(t), place=next((p for p in places if p not in _CAPITALS), None))
    accused = _accused(s)
    e.parties = [p for p in e.parties if p not in accused] or e.parties
    e.against = accused or [_OTHER_SIDE[p] for p in e.parties if p in _OTHER_SIDE]
    e.cue = "rule: a deal reported broken or kept"
    if e.place is None and not s.dates and i > 0 and (incident := _incident_before(w)) is not None:
        # "Am Wochenende scheiterte die Evakuierung in X. Beide Seiten warfen sich vor, die
        # Waffenruhe gebrochen zu haben": a breach told with no place or day of its own, right
        # after an incident with both that made no event, is told about that incident
        e.place, (e.date_start, e.date_end) = incident
        e.date_basis = "the place and day of the incident told in the sentence before"
        e.cue += "; place and day of the incident before"
    made.append(e)
    w.last_claim = e
    if not (BROKEN.search(t) or COMPLAINED.search(t) or KEPT.search(t)) and (
            step := _unilateral_step(t) or announced_step(s)) is not None:
        # "drohte mit dem Ausstieg, weil es Hindernisse beklagt": an obstacle complained of
        # as the reason of a step, the step besides the claim
        made.append(_event("statement_of_intent", s, place=places[0] if places else None,
                           topic=_topic(t)))
        made[-1].cue = f"rule: {step} (besides the claim)"
    if (began := _DEAL_BEGAN.search(t)) is not None and (day := next(
            (d for d in s.dates if d.granularity == "day"
             and 0 <= d.start - s.start - began.end() <= 30), None)) is not None:
        # "Seit Einführung der Feuerpause am 3. Mai habe X ... verletzt": the deal that took
        # effect that day is an item agreed besides the claim about keeping it
        a = _event("partial_agreement", s, outcome="agreement", topic=_topic(t))
        a.date_start, a.date_end = day.first, day.last
        a.date_basis = f"the day the deal took effect ({day.basis})"
        a.parties = ["RUS", "UKR"]
        a.cue = "rule: a deal that took effect on a day told (besides the claim)"
        made.append(a)
    return made


# a deal named by the day it took effect ("seit Einführung der Feuerpause am 3. Mai", "since
# the truce took effect on March 18", "seit Inkrafttreten der Waffenruhe am")
_DEAL_BEGAN = re.compile(r"\b(?:Einführung|Inkrafttreten|Beginn|Start|introduction|start)\s+"
                         r"(?:des|der|von|of\s+the|of)\s+(?:\w+\s+)?(?:\w*moratori\w*|\w*waffenruhe|\w*feuerpause|\w*abkommens?|truce|"
                         r"ceasefire|moratorium|pause|deal|agreement)\b|\b(?:truce|ceasefire|moratorium|pause|"
                         r"deal|agreement)\s+(?:took effect|came into (?:force|effect)|began|started)\b", IC)


# what makes a sentence tell an incident a breach can be about: fighting, an attack, people killed
# or hurt, an evacuation or exchange that failed (not a visit or a speech at a place)
_INCIDENT = re.compile(r"\b(?:scheiter\w*|gescheitert|Evakuierung\w*|evakuier\w*|evacuat\w*|fail\w*|"
                       r"collaps\w*|Beschuss|beschoss\w*|beschossen|shell\w*|Kämpfe\w*|gekämpft|fighting|"
                       r"fought|clash\w*|Gefecht\w*|getötet|Tote\w*|killed|dead|verletzt\w*|wounded|"
                       r"injured|Explosion\w*|explosions?|Zwischenfall\w*|incidents?|Verstoß\w*|Verstöße|"
                       r"violations?)\b", IC)


def _incident_before(w: _Walk) -> tuple[str, tuple[str, str]] | None:
    """The place and days of the sentence before when it tells an incident (`_INCIDENT`, or an
    attack) dated at a place (not a capital, not a region only) and made no event."""
    prev = w.sents[w.i - 1]
    if not prev.dates or any(prev.start <= x.start < prev.end for x in w.events):
        return None
    if not (_INCIDENT.search(prev.text) or ATTACK.search(prev.text)):
        return None  # (a visit, a speech at a place: no incident the breach is about)
    spots = [p for p in _places(prev) if p not in _CAPITALS and not _is_region_of(p, prev.text)]
    day = prev.dates[0]
    if not spots:
        return None
    return spots[0], (day.first, day.last)


_WARRING_SIDES = re.compile(r"\b(?:beide(?:n|r)? (?:Seiten|Kriegsparteien|Konfliktparteien|Parteien|Länder)|"
                            r"(?:die|den) (?:Kriegs|Konflikt)parteien|both (?:sides|countries|parties)|"
                            r"the (?:two |warring |two warring )(?:sides|parties|countries))\b", IC)


def _accusation_or_denial(w: _Walk) -> list[NewsEvent] | None:
    """An accusation without a deal, or the denial of one, with an actor: its speaker's claims
    (`claims._accusations`)."""
    s, t, places = w.s, w.t, w.places
    if not ((ACCUSATION.search(t) or DENIAL.search(t)) and (s.actors() or (
               # the warring sides named as such ("machten sich die Kriegsparteien gegenseitig
               # verantwortlich", "the warring sides blamed each other"): both, one claim each
               MUTUAL.search(t) and _WARRING_SIDES.search(t))) and not OPINION_CLAIM.search(t)):
        return None
    made: list[NewsEvent] = []
    # an accusation without a deal ("Moskau macht Kiew für ... verantwortlich") or the
    # denial of one: a claim of its speaker against the side it names; a mutual one
    # ("werfen sich gegenseitig vor") is one claim per side
    made.extend(_accusations(s, places))
    for e in made:
        _undated_charge(e, s, w.sents[max(0, w.i - 3):w.i])
    w.last_claim = made[-1]
    return made


# a report denied by a side ("Peskov denied Western media reports that ...", "wies den Bericht der
# Zeitung zurück", "hat Berichte zurückgewiesen, wonach ...", "dementierte Medienberichte"): its
# denial, whatever the report says (what it says is hearsay, no event of its own)
REPORT_DENIED = re.compile(r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|"
                           r"refutes)\s+(?:(?:the|a|an|these|those|such|this|recent|latest|[\w-]+'s|"
                           r"[\w-]+(?:\s+media)?)\s+){0,3}?(?:news\s+|media\s+|press\s+)?(?:reports?|"
                           # (claims that something is being prepared: "denied claims that a meeting
                           # was being prepared", "hat Behauptungen widerlegt, dass ...")
                           r"claims?(?=,?\s+(?:that|of)\b))\b|"
                           r"\b(?:wies|weist|wiesen|weisen|dementierte\w*|dementiert|bestritt\w*|"
                           r"hat|haben|hatte|hatten)\b[^.;]{0,60}?\b(?:den|die|einen|diese[nr]?|"
                           r"entsprechende\w*|jüngste\w*)?\s*[\w-]*(?:Bericht|Berichte|Berichten|Meldung|"
                           r"Meldungen|Behauptung|Behauptungen)\b[^.;]{0,80}?\b(?:zurück|zurückgewiesen|dementiert|"
                           r"bestritten|widerlegt)\b|"
                           r"\b(?:dementierte\w*|dementiert|bestritt\w*|widerlegte\w*)\s+(?:\w+\s+){0,2}?[\w-]*(?:Bericht|"
                           r"Berichte|Meldung|Meldungen|Behauptung|Behauptungen)\b", IC)


def _report_denied(w: _Walk) -> list[NewsEvent] | None:
    """A report denied by a side named before the denial: the side's denial (claim, no place),
    never what the report said (a postponement, an offer, a meeting told only as reported). A
    capture it denies is left to the capture rules ("denied reports that troops had taken X")."""
    s, t = w.s, w.t
    if (m := REPORT_DENIED.search(t)) is None or CLAIM.search(t) is not None \
            or OPINION_CLAIM.search(t):
        return None
    deniers = [x.actor for x in s.mentions if x.actor in ACTORS and x.start - s.start < m.start()]
    if not deniers:
        return None
    e = _event("claim", s, claim="denial", topic=_topic(t))
    e.parties = deniers[:1]
    e.against = []
    e.cue = "rule: a report denied"
    _undated_charge(e, s, w.sents[max(0, w.i - 3):w.i])
    w.last_claim = e
    return [e]


def _loss_admitted(w: _Walk) -> list[NewsEvent] | None:
    """A side's loss of a place told ("Ukraine lost Pokrovsk, Syrskyi said", "Die Ukraine hat
    Pokrowsk verloren, räumte Syrskyj ein"): a claim that the other side holds it, by the side
    that tells it (the loser admitting it, or the other side: "Russia lost Kherson, Zelensky
    said"), one per sentence."""
    s, t, sents, i = w.s, w.t, w.sents, w.i
    if CLAIM.search(t) or _HYPOTHETICAL.search(t) or _if_or_will(t) or not _attributed_at(sents, i):
        return None
    found = _lost_place(s)
    if found is None:
        return None
    place, loser = found
    e = _event("claim", s, place=place, claim="capture")
    teller = _claimant(s)
    e.parties = [teller[0] if teller is not None and teller[0] in _OTHER_SIDE else loser]
    e.cue = f"rule: a side's own loss told ({loser} lost {place}): the other side holds it"
    w.last_claim = e
    return [e]


def _capture_claim(w: _Walk) -> list[NewsEvent] | None:
    """A capture or control of a place told by a side (or going on with the claim just told): one
    claim per place taken, with the denial of it in the same sentence, or the sentence as a
    denial of the capture it reports as the other side's statement."""
    i, s, t, places, sents = w.i, w.s, w.t, w.places, w.sents
    if not ((MILITARY.search(t) or CONTROL.search(t) or (
               ATTRIBUTED_CLAIM.search(t) and {"RUS", "UKR"} & set(s.actors())) or (
               REBUTTAL.search(t) and _reported_claim(s) is not None)) and (
               taken := CLAIM.search(t) or HELD.search(t) or NO_CONTROL.search(t)) is not None and (
               places or NAMED_PLACE.search(t) or _taken_names(s)
               or any(f.unit in ("km2", "km") for f in s.figures)
               or _settlement_ref(s, sents, i, places) is not None) and (
               _attributed_at(sents, i)
               # (a side rebutting the other's statement speaks: "Kiew hält die Angaben Moskaus
               # über die Einnahme von X für falsch")
               or (REBUTTAL.search(t) is not None and _reported_claim(s) is not None)
               or (w.last_claim is not None and w.last_claim.end >= sents[max(0, i - 2)].start))):
        return None
    if _PEOPLE_TAKEN.search(t[:taken.start()]):
        return None  # people taken prisoner ("people who were captured at X"), not a place taken
    demanded = _WITHDRAWAL_DEMANDED.search(t)
    # the demand's own span: the demand and its "from/aus X ..." up to the end of its clause
    # ("Moscow, which demands that Kyiv withdraw from the Donbas, said ... had captured X": the
    # capture after the comma is told, not demanded)
    demand_end = 0 if demanded is None else (
        len(t) if (stop := _DEMAND_STOP.search(t, demanded.end())) is None else stop.start())
    if demanded is not None and demanded.start() <= taken.start() < demand_end:
        # "insists that Kyiv pull its soldiers out of the land Russia has partly seized",
        # "verlangt den Abzug aus den eroberten Gebieten": the territory a demand is about, no claim
        # (unless a capture is told after the demand: "Moskau, das den Abzug aus den eroberten
        # Gebieten fordert, erklärte, seine Truppen hätten X eingenommen")
        if (later := CLAIM.search(t, demand_end)) is None:
            return None
        taken = later
    made: list[NewsEvent] = []
    # (attributed, or going on with the claim just told: a neutral report of fighting or
    # of a past capture is no claim)
    # a capital named as the source ("nach Angaben aus Moskau") is not what was taken, nor the
    # seat of an official who speaks ("the governor of the Kursk region said"), when another
    # place is named
    own = [p for p in places if p not in _CAPITALS] or places
    own = [p for p in own if p not in _office_seats(s)] or own
    named = _named_places(s)
    named = named or _taken_names(s)
    if not named and (ref := _settlement_ref(s, sents, i, own)) is not None:
        # "ein weiteres Dorf in Kursk ... Es handle sich um den Ort X", "Die Stadt ist
        # unter Kontrolle" (the town named just before): the settlement the text means;
        # the place of the claim just before is that claim told again (no place of its own)
        # (unless it rejects that claim: "rejected the claim, saying its units still held the
        # village" denies the capture of that place)
        named = [ref] if w.last_claim is None or w.last_claim.place != ref \
            or REBUTTAL.search(t[:taken.start()]) else []
        own = own if named else []
    if named:
        # "the villages of X and Y (in the Donetsk region)": the places named by their kind,
        # more specific than the region around them and the town they lie near
        # (a capital is not taken beside a place named by its kind: "Neither Washington nor
        # Berlin commented after troops captured the village of X")
        own = named + [p for p in own if p not in named and not _is_region_of(p, t)
                       and not _locates(s, p) and p not in _CAPITALS]
    if len(own) > 1:
        # "the capture of X in the Y region": the region only locates the place claimed; "das
        # 30 Kilometer östlich der Städte X und Y gelegene Z", "Z, 30 km east of X": X and Y only
        # locate Z
        own = [p for p in own
               if not (_is_region_of(p, t) and _locates(s, p)) and not _at_distance(s, p)] or own
    if demanded is not None:
        # "... captured X and demanded that Ukraine withdraw from Y": Y is what the demand is about
        own = [p for p in own if not any(m.kind == "place" and m.entity == p
                                         and demanded.start() < m.start - s.start < demand_end
                                         for m in s.mentions)] or own
    targets: list[str | None] = list(own) if own else [None]
    # denied before the verb ("denied that troops had taken X"), or the verb negated ("troops had
    # not entered the city", "hätten X nicht eingenommen")
    denied = REBUTTAL.search(t[:taken.start()]) or NO_CONTROL.fullmatch(taken.group(0)) \
        or _NEGATED_TAKING.search(
        t[max(0, taken.start() - 14):taken.start()] + " " + taken.group(0)) \
        or _neither_before(t, taken.start()) \
        or re.match(r"\s+(?:neither|weder)\b", t[taken.end():], IC)
    # the side driven out is not the one that took the place ("pushed Russian forces out of X",
    # "ukrainische Einheiten seien aus X vertrieben worden")
    ousted = _ousted(s, taken)
    for p in targets:
        q, u, _ = _quantity(s, ("km2",)) if p is None else (None, None, None)
        made.append(_event("claim", s, place=p, quantity=q, unit=u, claim="capture",
                           topic="territory.donbas" if re.search(r"Donezk|Luhansk|Donbas", t)
                           and p is not None else None))
        if ousted is not None:
            made[-1].parties = [_OTHER_SIDE[ousted]]
        elif demanded is not None:
            # the side whose withdrawal is demanded ("den Abzug der ukrainischen Truppen") does
            # not take the place: only sides named outside the demand's span
            made[-1].parties = [a for a in made[-1].parties if any(
                m.actor == a and not demanded.start() <= m.start - s.start < demand_end
                for m in s.mentions)]
        made[-1].against = [_OTHER_SIDE[a] for a in made[-1].parties if a in _OTHER_SIDE]
        if denied is not None:
            # "Kyiv denied that Russian troops had captured X": the denial of that claim
            e = made[-1]
            deniers = [a for a in s.actors() if a in ACTORS and a not in e.parties]
            e.claim, e.against = "denial", list(e.parties)
            e.parties = deniers[:1] or [_OTHER_SIDE[a] for a in e.parties if a in _OTHER_SIDE]
            e.cue = "rule: denial of a capture claim"
            last = w.last_claim
            if not e.parties and last is not None and last.end >= sents[max(0, i - 2)].start:
                # no side named ("Also untrue are statements that X has been captured"): the side
                # that denied just before goes on, or the other side of the capture just claimed
                if last.claim == "denial":
                    e.parties, e.against = list(last.parties), list(last.against)
                else:
                    e.parties = [_OTHER_SIDE[a] for a in last.parties if a in _OTHER_SIDE][:1]
                    e.against = list(last.parties)
    rebuttal = REBUTTAL.search(t, taken.end())
    if denied is None and rebuttal is not None:
        # "X says it has taken Y, a claim Kyiv rejects": the rebuttal is its own claim
        deniers = list(dict.fromkeys(m.actor for m in s.mentions if m.actor in ACTORS
                                     and m.start - s.start >= rebuttal.start() - 40))
        claimants = [a for a in made[-1].parties if a not in deniers]
        if deniers and claimants:
            for c in made:
                c.parties = [a for a in c.parties if a not in deniers] or c.parties
                c.against = [_OTHER_SIDE[a] for a in c.parties if a in _OTHER_SIDE]
            for c in list(made):
                # one denial per place claimed (convention 5)
                d = _event("claim", s, place=c.place, topic=c.topic, claim="denial")
                d.parties, d.against = deniers[:1], sorted(claimants)
                d.cue = "rule: rebuttal of the claim in the same sentence"
                made.append(d)
        elif (told := _reported_claim(s)) is not None:
            # "Kiew wies Moskaus Angaben über die Eroberung des Ortes zurück": the capture
            # only told as the other side's statement, the sentence is the denial of it
            for c in made:
                c.claim, c.against = "denial", [told]
                c.parties = [a for a in s.actors() if a in ACTORS and a != told][:1] or [
                    _OTHER_SIDE[told]]
                c.cue = "rule: denial of a capture told as the other side's statement"
    w.last_claim = made[-1]
    return made


# a place a distance is measured from ("30 Kilometer östlich der Städte X und Y", "20 km south-east of
# X", "40 miles from X"), with at most five words between (an article, adjectives, a noun of towns;
# no name: "östlich von X gelegene Z" measures from X, not Z) and a place listed before it ("X und Y")
_DISTANCE_FROM = re.compile(r"\b(?i:(?:Kilometer\w*|km|kilomet(?:er|re)s?|miles?|Meilen)\s+(?:\w+\s+)?"
                            r"(?:(?:nord|süd|nordost|nordwest|südost|südwest)?(?:östlich|westlich|nördlich|"
                            r"südlich)|(?:north|south)?-?(?:east|west)|north|south|vor|von|from|away from)\s+"
                            r"(?:of\s+|von\s+)?)(?:(?:[a-zäöüß][\w-]*|Stadt|Städte\w*|Orte\w*|Ortschaft\w*|Dörfer\w*)\s+){0,5}?"
                            r"(?:[A-ZÄÖÜ][\w-]+\s+(?:und|and)\s+)?$")


def _at_distance(s: Sentence, place: str) -> bool:
    """Whether `place` is only named as where a distance is measured from."""
    return any(m.kind == "place" and m.entity == place
               and _DISTANCE_FROM.search(s.text[max(0, m.start - s.start - 110):m.start - s.start])
               for m in s.mentions)


# people taken prisoner, not a place taken: the verb of capture in a relative clause of persons
# ("people who were captured at the plant", "soldiers who had been captured in Mariupol")
_PEOPLE_TAKEN = re.compile(r"\b(?:people|persons|soldiers|servicem[ae]n|service members|defenders|fighters|"
                           r"civilians|prisoners|those|men|women|children)\s+(?:who|that)\s+"
                           r"(?:were|was|had been|have been|are)\s+(?:\w+\s+)?$", IC)


# a withdrawal demanded ("demands the withdrawal of troops from", "calls on Kyiv to pull its troops
# out of", "verlangt den Abzug aus", "fordert, die Truppen abzuziehen")
_WITHDRAWAL_DEMANDED = re.compile(r"\b(?:demand\w*|call\w* (?:for|on)|insist\w*|urg\w*|requir\w*|"
                                  r"verlang\w*|forder\w*|Forderung\w*|besteh\w* (?:\w+ )?darauf|pocht\w*)\b"
                                  r"[^.;]{0,80}?\b(?:withdraw\w*|pull\w*\s+(?:\w+\s+){0,3}?out|Abzug\w*|Rückzug\w*|"
                                  r"abzuziehen|abziehen|zurückzuziehen|zurückziehen|zu räumen|Räumung)\b"
                                  # (German verb-final order: "das den Abzug ... aus X verlangt")
                                  r"|\b(?:Abzug|Rückzug|Räumung)\w*\b[^.;,]{0,80}?"
                                  r"\b(?:verlang\w*|forder\w*)\b", IC)

# where a withdrawal demand's clause ends (after its "from/aus X" and the places it names): a comma,
# a semicolon or the sentence's end
_DEMAND_STOP = re.compile(r"[,;.]")

# a side said to hold no control of a place ("Russian forces have no control over X", "hätten keine
# Kontrolle über X"): the denial of the capture claimed
NO_CONTROL = re.compile(r"\b(?:(?:is|are|was|were|sei|ist|seien|sind|stehe|steht)\s+(?:\w+\s+)?"
                        r"(?:not|nicht)\s+"
                        r"(?:under (?:the )?control of|unter (?:der )?Kontrolle)\s+(?:" + _OF_SIDE + r")|"
                        r"(?:have|has|had|hold|holds|held|exercise|exercises|are in|is in)\s+no\s+"
                        r"(?:\w+\s+)?control\s+(?:over|of)|(?:haben|hätten|hat|habe|hatten)\s+keine\s+(?:\w+\s+)?"
                        r"Kontrolle\s+über|(?:do|does|did)\s+not\s+(?:\w+\s+)?control)\b", IC)
_NEGATED_TAKING = re.compile(r"\b(?:not|never|nicht|nie|niemals)\b", IC)
# the places taken listed as "neither X nor Y" ("weder X noch Y seien eingenommen"): none was taken
_NEITHER = re.compile(r"\b(?:weder|neither)\b[^.;]{0,60}\b(?:noch|nor)\b", IC)
# a clause between the list and the verb of taking ("Neither X nor Y commented after troops
# captured Z"): the list is not what was taken
_OTHER_CLAUSE = re.compile(r",|\b(?:after|before|when|while|as|since|because|until|nachdem|bevor|"
                           r"als|während|weil|seit|bis)\b", IC)


def _neither_before(t: str, at: int) -> bool:
    """'weder X noch Y ... eingenommen': the listed places are what was (not) taken, when the list
    stands in the clause of the verb of taking."""
    start = max(0, at - 80)
    m = _NEITHER.search(t[start:at])
    if m is None:
        return False
    rest = t[start + m.end():at]
    return _OTHER_CLAUSE.search(rest) is None
_OUSTED = re.compile(r"out of|vertrieben|verdrängt|gedrängt", IC)
# an official named by the place of his office ("the governor of the Kursk region", "der
# Bürgermeister von X", "Gouverneur der Region X")
_OFFICE_OF = re.compile(r"\b(?:governor|mayor|head|Gouverneur\w*|Bürgermeister\w*|Gebietschef\w*|"
                        r"Verwaltungschef\w*)\s+(?:of\s+|von\s+|der\s+|des\s+)?(?:the\s+)?"
                        r"(?:(?:Region|Gebiet\w*|Oblast|region|oblast)\s+)?$", IC)


def _office_seats(s: Sentence) -> set[str]:
    """Places named only as the seat of an official's office ("the mayor of X said")."""
    return {m.entity for m in s.mentions if m.kind == "place"
            and _OFFICE_OF.search(s.text[max(0, m.start - s.start - 40):m.start - s.start])}


def _ousted(s: Sentence, taken: re.Match[str]) -> str | None:
    """The side a capture told as driving out names as driven out: the side named inside the
    words of driving out ("pushed Russian forces out of"), else the last named before them."""
    if not _OUSTED.search(taken.group(0)):
        return None
    inside = [m.actor for m in s.mentions if m.actor in _OTHER_SIDE
              and taken.start() <= m.start - s.start < taken.end()]
    before = [m.actor for m in s.mentions if m.actor in _OTHER_SIDE
              and 0 <= taken.start() - (m.end - s.start) <= 60]
    found = inside or before[-1:]
    return found[0] if found else None


# a rebuttal that names what it answers as a claim ("denied Russia's claims", "rejected the
# assertion", "wies die Angaben Moskaus zurück", "bestritt diese Darstellung")
CLAIM_NAMED_WITHIN = 6
"""Sentences back a rebuttal that names the claim ("denied Russia's claims") answers the last
claim told, with no other event between (quotes and reactions often come first)."""
_CLAIM_NAMED = re.compile(r"\b(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+"
                          r"(?:(?:the|this|that|these|those|such)\s+|[\w.\u2024]+'s\s+)?(?:\w+\s+)?"
                          r"(?:claims?|assertions?|reports?)\b|"
                          r"\b(?:wies|weist|wiesen|bestritt\w*|dementierte\w*)\b[^.]{0,40}\b(?:Angaben|"
                          r"Behauptung\w*|Darstellung\w*|Berichte?)\b|"
                          # the claim called untrue ("X's claim is not true", "die Behauptung sei nicht wahr")
                          r"\b(?:claims?|assertions?|Behauptung\w*|Angaben|Darstellung\w*)\W{0,3}\s*(?:[^.;]{0,30}\s)?"
                          r"(?:is|was|are|were|sei|ist|seien|sind|war)\s+(?:simply\s+|schlicht\s+)?"
                          r"(?:not true|untrue|nicht wahr)\b", IC)


def _rebuttal(w: _Walk) -> list[NewsEvent] | None:
    """A rebuttal right after the last claim (or up to three sentences after it when it names that
    claim: `_CLAIM_NAMED`): the other side's denial of it, at its place."""
    i, s, t, events, sents = w.i, w.s, w.t, w.events, w.sents
    if not (REBUTTAL.search(t) and w.last_claim is not None and events and events[-1] is w.last_claim
               and (w.last_claim.end >= sents[max(0, i - 1)].start
                    or (_CLAIM_NAMED.search(t) is not None
                        and w.last_claim.end >= sents[max(0, i - CLAIM_NAMED_WITHIN)].start))):
        return None
    made: list[NewsEvent] = []
    # (a rebuttal answers the claim of the sentence right before it, or a little further
    # back when it names that claim: "denied Russia's claims", "wies die Angaben zurück")
    other = {"RUS": "UKR", "UKR": "RUS"}
    # (its own day only: a rebuttal with none is reported as current, or told as earlier, like
    # any other claim; the day of the claim it answers is not the day it was contradicted)
    last = w.last_claim
    # the places a capture it names is about ("reports about the capture of X are untrue"): one
    # denial per place (convention 5), else the place of the claim it answers
    own: list[str | None] = [p for p in w.places if p not in _CAPITALS] if CLAIM.search(t) else []
    if len(own) > 1:
        # ("statements that X in the Y region was captured are untrue": the region only locates X)
        own = [p for p in own if p is None or not (_is_region_of(p, t) and _locates(s, p))] or own
    for place in own or [last.place]:
        e = _event("claim", s, place=place, topic=last.topic)
        if last.claim == "denial" or (own and last.place not in own and any(
                x.start <= last.start < x.end and HELD.search(x.text) for x in sents)):
            # (also a side that said it holds a place going on to call captures untrue: "Kupiansk
            # is under our control ... Also untrue are statements that X was captured")
            # a denial just told goes on ("X also stressed that reports about ... are untrue"):
            # the same side denies, against the same side
            e.parties = e.parties or list(last.parties)
            e.claim, e.against = "denial", list(last.against)
        else:
            e.parties = e.parties or [other[p] for p in last.parties if p in other]
            e.claim, e.against = "denial", list(last.parties)
        if not own and any(x.kind == "claim" and x.claim == "denial" and x.place == e.place
                           and x.parties == e.parties for x in w.events):
            continue  # ("Kyiv rejected the claim" after its denial of it: that denial told again)
        made.append(e)
    return made


def _energy_attacks_told(w: _Walk) -> list[NewsEvent] | None:
    """Attacks on energy sites told by one side (or going on with the claim just told): its
    accusation against the other, one claim per site (also the sites the next sentence lists)."""
    i, s, t, places, sents = w.i, w.s, w.t, w.places, w.sents
    if not (ATTACKS.search(t) and ENERGY_SITE.search(t) and SAID_BY.search(t) and (
               not _attacks_held_off(t)) and ({"RUS", "UKR"} & set(s.actors()) or (
                   _TOLD_ON.search(t) and w.last_claim is not None and w.last_claim.kind == "claim"
                   and w.last_claim.end >= sents[max(0, i - 2)].start)) and not _IF_OR_WILL.search(t)):
        return None
    made: list[NewsEvent] = []
    # "Kiew greife weiter Kraftwerke an, meldete das Ministerium in Moskau": attacks on
    # energy sites told by one side are its accusation against the other; one claim per
    # site attacked (convention 5), also the places the next sentence lists for a count
    sites: list[str | None] = [p for p in places if p not in _CAPITALS and not _is_region_of(p, t)] \
        or list(_listed_places(s, sents[i + 1] if i + 1 < len(sents) else None)) or [None]
    for site in sites:
        e = _event("claim", s, claim="accusation", topic="ceasefire.energy", place=site)
        e.against = [a for a in s.actors() if a in _OTHER_SIDE and a not in e.parties][:1] or [
            _OTHER_SIDE[a] for a in e.parties if a in _OTHER_SIDE]
        if not s.actors() and w.last_claim is not None:
            # "Einer der Angriffe traf demnach ...": the side that spoke just before
            e.parties, e.against = list(w.last_claim.parties), list(w.last_claim.against)
        e.cue = "rule: attacks on energy sites told by one side" + (
            "; a place the next sentence lists" if site is not None and site not in places else "")
        made.append(e)
    w.last_claim = made[-1]
    return made


def _contested_assertion(w: _Walk) -> list[NewsEvent] | None:
    """An assertion of one side that another doubts or denies, in this sentence or over this and
    the one before (`disputes.contested`): the assertion (unless already a claim) and the denial,
    at the place and date of the incident told before."""
    i, s, t, places, events, sents = w.i, w.s, w.t, w.places, w.events, w.sents
    if not ((pair := contested(s, sents[i - 1] if i else None)) is not None):
        return None
    made: list[NewsEvent] = []
    # "Moskau erklärte, dass ... Kiew zog in Zweifel, dass ...", "Russian officials claimed
    # ..., an assertion challenged by Kyiv": the assertion and its denial, one claim each
    asserter, denier, same = pair
    said_in = s if same else sents[i - 1]
    place = next((p for p in places if p not in _CAPITALS), None)
    if same and place is not None and (ref := _settlement_ref(s, sents, i, [place])) is not None:
        # "the city in the Kharkiv region was captured": the town the text means, not its region
        place = ref
    if not same:
        place = next((p for p in _places(said_in) if p not in _CAPITALS), place)
    incident = sents[i - 1] if same else sents[i - 2] if i > 1 else None
    if place is None and incident is not None:
        # "bei dem Absturz": the incident the sentence before places
        place = next((p for p in _places(incident) if p not in _CAPITALS), None)
    pair_claims: list[NewsEvent] = []
    if same or not any(x.kind == "claim" and said_in.start <= x.start < said_in.end for x in events):
        pair_claims.append(_event("claim", said_in, place=place, topic=_topic(said_in.text)))
        pair_claims[-1].parties, pair_claims[-1].against = [asserter], [denier]
        pair_claims[-1].cue = f"rule: an assertion of {asserter} that {denier} contests"
    den = _event("claim", s, place=place, topic=_topic(t), claim="denial")
    den.parties, den.against = [denier], [asserter]
    den.cue = f"rule: {denier} doubts or denies what {asserter} asserted"
    pair_claims.append(den)
    for c in pair_claims:
        if c.date_start is None and incident is not None and incident.dates:
            # the incident's date ("an incident in January when a plane was shot down")
            day = incident.dates[0]
            c.date_start, c.date_end = day.first, day.last
            c.date_basis = "the date of the incident told before"
        elif c.date_start is None and incident is not None and place is not None \
                and not _places(said_in):
            c.date_basis = REPORT_DAY_ONLY  # an earlier incident, not dated: no day
    made.extend(pair_claims)
    w.last_claim = pair_claims[-1]
    return made


def _attack_told(w: _Walk) -> list[NewsEvent] | None:
    """An attack told by a side (`attacks.attack_report`): its claims."""
    i, s, sents = w.i, w.s, w.sents
    last = w.last_claim
    near = last is not None and last.end >= sents[max(0, i - 2)].start
    # (not an impersonal source of its own: "..., hieß es" names no speaker to go on from)
    if not near and i > 0 and _REPORTED.search(s.text) and not _SPEECH.search(s.text) \
            and not re.search(r"\b(?:hieß|heißt) es\b", s.text) \
            and ATTACK.search(s.text) and any(m.actor in _OTHER_SIDE for m in s.mentions) \
            and (said := _speaker_before(w)) is not None:
        # "Selenskyj schrieb ... Russland habe gezielt Energieobjekte angegriffen": reported speech
        # going on from the speaker of a sentence just before that made no claim
        last, near = said, True
    if not (attacks := attack_report(s, last, near)):
        return None
    made: list[NewsEvent] = []
    # "Russian drones hit Odesa, the Ukrainian military said", "meldete, dass Russland die
    # Region Sumy angegriffen habe": an attack told by a side is its claim
    made.extend(attacks)
    w.last_claim = attacks[-1]
    return made


def _speaker_before(w: _Walk) -> NewsEvent | None:
    """The side speaking in one of the two sentences before (`claimants._claimant`), as a claim
    of that side against the other for reported speech going on (never added to the events)."""
    for prev in reversed(w.sents[max(0, w.i - 2):w.i]):
        found = _claimant(prev)
        if found is not None and found[0] in _OTHER_SIDE:
            said = _event("claim", prev)
            said.parties, said.against = [found[0]], [_OTHER_SIDE[found[0]]]
            return said
    return None


def _energy_attack_going_on(w: _Walk) -> list[NewsEvent] | None:
    """An attack on energy sites told with no speaker, going on with an accusation just told: the
    accusation of the side attacked, one claim per place, dated as that accusation."""
    i, s, t, places, events, sents = w.i, w.s, w.t, w.places, w.events, w.sents
    if not (ATTACK.search(t) and ENERGY_SITE.search(t) and not _attacks_held_off(t)
               and not _if_or_will(t) and not _HYPOTHETICAL.search(t) and (
               going := _accusation_going_on(s, events, sents, i)) is not None):
        return None
    made: list[NewsEvent] = []
    # "Lavrov said Kyiv had broken the pause ... However, Ukraine attacked Russian energy
    # sites in 15 regions": an attack on energy sites told with no speaker goes on with the
    # accusation of the side attacked; one claim per place, also the places the next
    # sentence lists for a count ("They are the A, B and C regions"; convention 5)
    listed: list[str | None] = [p for p in places if p not in _CAPITALS] or list(_listed_places(
        s, sents[i + 1] if i + 1 < len(sents) else None)) or [None]
    for p in listed:
        e = _event("claim", s, claim="accusation", topic="ceasefire.energy", place=p)
        victim = _OTHER_SIDE[next(m.actor for m in s.mentions if m.actor in _OTHER_SIDE)]
        e.parties, e.against = [victim], [_OTHER_SIDE[victim]]
        e.date_start, e.date_end = going.date_start, going.date_end
        e.date_basis = "date of the accusation it goes on with"
        e.cue = (f"rule: an attack on energy sites going on with the accusation of "
                 f"{victim}" + (" (a place the next sentence lists)"
                                          if p is not None and p not in places else ""))
        made.append(e)
    w.last_claim = made[-1]
    return made


def _energy_truce_kept(w: _Walk) -> list[NewsEvent] | None:
    """An energy truce confirmed (also right after an event on it): a compliance claim."""
    i, s, t, events, sents = w.i, w.s, w.t, w.events, w.sents
    if not ((CONFIRMED.search(t) and _topic(t) == "ceasefire.energy") or (
               CONFIRMED.search(t) and events and events[-1].topic == "ceasefire.energy"
               and events[-1].start >= sents[max(0, i - 4)].start)):
        return None
    made: list[NewsEvent] = []
    made.append(_event("claim", s, topic="ceasefire.energy", claim="compliance"))
    return made


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
