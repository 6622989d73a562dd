"""Attacks told by a side (corpus README: an attributed, contested assertion): an attack, strike,
shelling or breakthrough attempt (`ATTACK`) made concrete by a place, the front, damage or victims
(`_CONCRETE`), told as what a side says (`_attack_claimant`; an institution of the side attacked,
`_INSTITUTION`; reported speech going on from the claim before), one claim per place attacked
(`attack_report`); a side saying it had nothing to do with the attack denies it (`_NOTHING_TO_DO`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.claimants import (
    _HYPOTHETICAL,
    _REPORTED,
    _SPEECH,
    _TOLD_ON,
    PRONOUN_SOURCE,
    _claimant,
    _if_or_will,
    _subject,
    _tail,
)
from accord.news.events.common import _CAPITALS, IC
from accord.news.events.event_places import _is_region_of, _named_places
from accord.news.events.event_records import _event, _topic
from accord.news.events.rounds import _OTHER_SIDE
from accord.news.facts import NewsEvent
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence


# -- attacks told by a side -------------------------------------------------------------------
# what the claim is about: an attack, a strike, shelling, a breakthrough attempt (German verbs with
# their separable particle and participle, nouns and compounds; English verbs and nouns); not a
# breakthrough in talks, not striking a deal
ATTACK = re.compile(r"\b(?:(?:greif|griff)\w*\b[^.;:]{0,80}\ban\b|angegriffen|anzugreifen|"
                    r"\w*(?<!Verhandlungs)[Aa]ngriff(?:e|en|es|s)?(?!skrieg)\b|Attacke\w*|attackier\w*|"
                    r"beschoss\w*|beschossen|beschieß\w*|\w*[Bb]eschuss\w*|bombardier\w*|Bombardement\w*|"
                    r"Durchbruch\w*[- ]?[Vv]ersuch\w*|durchzubrechen|"
                    r"attack(?:s|ed|ing)?|(?:missile|drone|air|artillery)\s+strikes?|"
                    r"strikes?\s+(?:on|against|at)|struck|shell(?:ed|ing)|bomb(?:ed|ing|ardment)|pounded|"
                    # further general words of attacking: an assault, a raid, a barrage, storming
                    r"assault(?:s|ed|ing)?(?! rifles?)|raids?|raided|barrages?|bombard(?:ed|ing|ment)?|"
                    r"stormed|storming|gestürmt|stürmt\w*|erstürm\w*|"
                    r"(?:Luft|Raketen|Drohnen|Vergeltungs)schl(?:a|ä)g\w*|"
                    r"breakthrough attempts?|(?:Rakete\w*|Drohne\w*|Lenkbombe\w*|Geschoss\w*|missiles?|"
                    r"drones?|rockets?|shells?|glide bombs?)\b[^.;]{0,30}\b(?:trafen|traf|getroffen|"
                    r"schlug\w* [^.;]{0,30}ein|eingeschlagen|hit|landed))\b", IC)
# an attack said to have had nothing to do with the side, or denied ("had nothing to do with the
# strikes", "habe mit dem Angriff nichts zu tun", "bestritt, ... angegriffen zu haben")
_NOTHING_TO_DO = re.compile(r"\bnothing to do\W{0,2}\s+with\b|\bnichts\b[^.;]{0,40}\bzu tun\b|"
                            r"\bnot involved\b|\bnicht beteiligt\b|\bbestritt\w*|\bbestreitet\b|"
                            r"\bdementiert\w*|\bdenied\b|\bdenies\b", IC)
# where an attack is concrete enough to be asserted: a place, the front, damage or victims
_CONCRETE = re.compile(r"\b(?:Front\w*|front ?lines?|frontline|Schäden|Schaden|beschädigt\w*|zerstört\w*|"
                       r"Tote\w*|getötet|Verletzte\w*|verletzt|damag\w*|destroyed|killed|injured|"
                       r"wounded|"
                       # energy sites as the target ("habe gezielt Energieobjekte angegriffen")
                       r"Energie\w*|Kraftwerk\w*|Umspannwerk\w*|energy (?:sites?|facilities|facility|"
                       r"infrastructure)|power (?:plants?|stations?|grid))\b", IC)


# attacks a side says it repelled ("repelled three attacks", "wehrten ... Angriffe ab"): its own
# defence reported, no accusation, unless the attack is told with damage or victims (`_CONCRETE`)
_REPELLED = re.compile(r"\b(?:repel(?:led|s|ling)?|repulsed?|repulsing|fended off|fought off|beat back|"
                       r"beaten back|thwarted|foiled|abgewehrt|abzuwehren|zurückgeschlagen|zurückzuschlagen|"
                       r"(?:wehrt|wehrte|wehrten)\b[^.;:]{0,80}\bab|(?:schlug|schlugen)\b[^.;:]{0,80}"
                       r"\bzurück)\b", IC)


# a state or military institution that speaks without its side named ("die Luftwaffe", "the
# general staff", "officials")
_INSTITUTION = re.compile(r"\b(?:Luftwaffe|Luftstreitkräfte|Armee|Militär|Generalstab|Ministerium|"
                          r"Behörde\w*|Stab|Regierung|Verwaltung|Gouverneur|Bürgermeister\w*|"
                          r"Stadtverwaltung|Militärverwaltung|air force|army|military|general staff|"
                          r"ministry|authorities|officials|governor|mayor|administration)\b", IC)

# the capital of a side named by its role ("the Ukrainian capital", "die russische Hauptstadt")
_CAPITAL_OF = re.compile(r"\b(?:(?P<ua>Ukrainian capital|ukrainische\w* Hauptstadt)|"
                         r"(?P<ru>Russian capital|russische\w* Hauptstadt))\b", IC)


def _attack_claimant(s: Sentence) -> str | None:
    """The side an attack is told by: the claimant of the sentence (`_claimant`); when it relays
    what a warring side said ("Turkey's minister said Russian officials had told Ankara that
    ..."), that side."""
    found = _claimant(s)
    who = found[0] if found else None
    if who in ("RUS", "UKR"):
        return who
    for v in _SPEECH.finditer(s.text):
        k = v.end()
        if who is None or k <= 0:
            continue
        inner = _claimant(_tail(s, k))
        if inner is not None and inner[0] in ("RUS", "UKR"):
            return inner[0]
    return who


def attack_report(s: Sentence, last: NewsEvent | None, near: bool) -> list[NewsEvent]:
    """An attack told by a side (corpus README: an attributed, contested assertion): the content
    (`ATTACK`) concrete (a place, the front, damage or victims), told as what a side says (the
    claimant of the sentence, or the side that spoke in the sentence just before when the
    sentence goes on in reported speech, "hieß es", "demnach", Konjunktiv I), about the other
    side; not a plan, a threat or a condition. One claim per place attacked; a side saying it had
    nothing to do with the attack is its denial."""
    t = s.text
    m = ATTACK.search(t)
    if m is None or _HYPOTHETICAL.search(t) or _if_or_will(t):
        return []
    if _REPELLED.search(t) and not _CONCRETE.search(t):
        return []  # a side reporting its own defence
    who = _attack_claimant(s)
    how = "said by"
    # a side named as a speaker ("as Kyiv states", "Moskau erklärte") is not the attacker
    speakers = {x.start for x in s.mentions if _SPEECH.match(t, x.end - s.start + 1)
                or _SPEECH.match(t, x.end - s.start + 3)}
    sides = [x.actor for x in s.mentions if x.actor in ("RUS", "UKR") and x.actor != who
             and x.start not in speakers]
    if who is None and sides and _INSTITUTION.search(t) and _SPEECH.search(t):
        # "meldete die Luftwaffe, dass Russland ... angegriffen habe": an institution with no side
        # named reports the other side's attack: the side attacked speaks
        who, how = _OTHER_SIDE[sides[0]], "an institution of the side attacked:"
    if who is None and (rep := _REPELLED.search(t)) is not None and (
            defender := _subject(s, rep)) in ("RUS", "UKR"):
        # "Ukraine repelled a Russian attack that killed two civilians": the side reporting its
        # own defence tells the attack it fended off
        who, how = defender, "the side that fended it off:"
    if who is None and near and last is not None and last.parties and (
            _TOLD_ON.search(t) or re.search(r"\bhieß es\b|\bheißt es\b", t, IC) or PRONOUN_SOURCE.search(t)
            or (_REPORTED.search(t) and not _SPEECH.search(t))):
        who, how = last.parties[0], "reported speech going on from"
    if who is None:
        return []
    denial = _NOTHING_TO_DO.search(t) is not None
    sides = [a for a in sides if a != who]
    attacker = sides[0] if sides else None
    if attacker is None and not denial and not (how != "said by" and last is not None and last.against):
        return []  # no other side said to attack: the side's own action, or no one's
    places: list[str] = []
    for x in s.mentions:
        if x.kind != "place" or x.entity in places:
            continue
        before = t[max(0, x.start - s.start - 40):x.start - s.start]
        if x.entity in _CAPITALS and not re.search(r"\b(?:auf|on|against|at|gegen)\s+(?:\w+\s+){0,2}$",
                                                   before, IC) and not (
                # the object of the attack ("missiles hit Kyiv", "trafen am Montag die Stadt Kiew",
                # "griffen Kiew an"): inside the attack or after it in the same clause
                x.start not in speakers and m.start() <= x.start - s.start
                and re.fullmatch(r"[^,;.:]{0,40}", t[m.end():x.start - s.start]) is not None):
            continue  # the seat of a speaker ("das Ministerium in Moskau", "told Ankara"), not the target
        places.append(x.entity)
    if not places:
        places = _named_places(s)  # a place the gazetteer lacks, named by its kind ("den Ort X")
    if not places and (cap := _CAPITAL_OF.search(t)) is not None:
        places.append("kyiv" if cap.group("ua") else "moscow")
    specific = [p for p in places if not _is_region_of(p, t)]
    own = specific or places
    if not own and not _CONCRETE.search(t):
        return []  # "meldet ukrainische Angriffe": no place, front, damage or victims: a summary
    out = []
    targets: list[str | None] = list(own) or [None]
    for p in targets:
        e = _event("claim", s, place=p, claim="denial" if denial else "accusation", topic=_topic(t))
        e.parties = [who]
        e.against = [attacker] if attacker else list(last.against if last and how != "said by" else [])
        e.cue = (f"rule: an attack told by a side ('{m.group(0)[:30]}'; {how} {who})"
                 + ("; denied" if denial else ""))
        out.append(e)
    return out


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
