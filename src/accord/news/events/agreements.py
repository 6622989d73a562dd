"""Partial agreements (AGREE/057): an agreement on an item (`AGREEMENT`, `_agreed_item`), a deal
signed or extended (`_deal_signed`, `_deal_extended`), a limited truce, consent to a proposal,
memoranda, what was agreed before (`MADE_BEFORE`); and the merge of an agreement told again within
`REPEAT_WITHIN` sentences (`_merge_repeats`, `_same_item`). Exchanges (`EXCHANGED`, `FUTURE_SWAP`,
`_running_total`, `_per_side`) live in `agreement_exchanges`, further steps agreed, offered or
presented (`_next_step`) in `agreed_steps`, steps taken by one side (`_unilateral_step`) in
`unilateral_steps`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.agreement_exchanges import (
    _CAPTIVE_WORD,
    _CHILDREN,
    _RETURN_OF,
    _RETURNED,
    ADDED,
    BODIES_RETURN,
    EXCHANGE_OF,
    EXCHANGE_WORD,
    _composition,
)
from accord.news.events.common import _CAPITALS, IC
from accord.news.events.event_records import _topic
from accord.news.events.rounds import _merge
from accord.news.facts import NewsEvent
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence


AGREEMENT = re.compile(r"\b(?:Vereinbarung über|einigten sich auf|vereinbart\w*|verständigten sich|"
                       r"näher\w* sich\b[^.]{0,80}\ban\b|angenähert|Annäherung|"
                       r"agree(?:d|ing) (?:[a-z]+ ){0,2}?(?:on|to)\b|"
                       # the present of a report or headline ("the parties agree on a format for
                       # corridors", "Russia, Ukraine agree to swap prisoners"); not a modal's
                       # infinitive ("could agree on", "refuse to agree to")
                       r"(?<!\bto )(?<!\bcould )(?<!\bwould )(?<!\bmight )(?<!\bmay )(?<!\bmust )(?<!\bwill )"
                       r"(?<!\bcan )(?<!\bshould )(?<!\bnot )(?<!n't )agrees? (?:on|to)\b(?! disagree)|"
                       # the occasion between verb and item ("had agreed at the talks to pause",
                       # "agreed during Tuesday's meeting in Jeddah on a swap")
                       r"agree(?:d|ing) (?:at|during|in) "
                       r"(?:the |their |its |a |an |[A-Z][\w-]*(?:['’]s)? )?"
                       r"(?:[\w-]+ ){0,3}?(?:talks|meeting|negotiations|round|summit|call|conversation)"
                       # (the day or the other side after the occasion: "agreed in a phone call
                       # on Tuesday to a pause", "agreed during a call with Putin to halt")
                       r"(?: (?:in|on) [A-Z][\w-]*| (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday|yesterday|last week)| with (?:[A-Z][\w.-]*\s?){1,4})?,? (?:on|to)\b|"
                       r"agreement on|deal on|reached (?:an |a )?(?:agreement|deal|understanding)|"
                       # a deal signed or struck ("unterzeichneten ein Abkommen", "struck a deal")
                       # (also a compound: "das Getreideabkommen wurde ... unterzeichnet")
                       r"(?:unterzeichnet\w*|unterschrieb\w*|unterschrieben)\b[^.]{0,80}\b\w*(?:abkommen|"
                       r"vereinbarung|Abmachung)|\w*(?:abkommen|vereinbarung|Abmachung)\b[^.]{0,80}\b(?:unterzeichnet|"
                       r"unterschrieben)|(?:signed|struck|sealed|clinched) (?:a |an |the )?(?:[\w-]+ ){0,2}"
                       r"(?:deal|agreement|accord)s?|"
                       # a deal extended, told as done ("das Abkommen ist verlängert worden", "the
                       # deal was extended", "extended the grain initiative"); not a refusal to extend
                       # ("nicht verlängert": a deal left, LEAVE_DEAL) nor one sought
                       r"(?:Abkommen|Vereinbarung|Abmachung|Initiative|Moratorium|deal|agreement|accord|"
                       r"initiative|moratorium)s?\b(?:(?!\b(?:nicht|kein\w*|not|no|never|nie)\b)"
                       r"[^.;]){0,80}\b(?:verlängert (?:worden|wurde)|wurde\w* (?:\w+ ){0,3}?verlängert|"
                       r"(?:was|were|has been|have been|had been) (?:\w+ )?(?:extended|renewed|prolonged))|"
                       r"(?:extended|renewed|prolonged|verlängerten|verlängerte) "
                       r"(?:the|a|an|its|their|das|die|den|ihr\w*) (?:[\w-]+ ){0,3}?"
                       r"(?:\w*[Aa]bkommen|Vereinbarung|deal|agreement|accord|initiative|"
                       r"moratorium)|"
                       r"(?:agreement|deal|understanding) (?:was |had been |has been )?reached|"
                       # "an agreement was made to establish corridors", "a deal was struck on"
                       r"(?:agreement|deal|understanding) (?:was|had been|has been) "
                       r"(?:made|struck|concluded)|"
                       # the item named as the result of talks ("the only result of the meeting was
                       # a new swap", "Ergebnis des Treffens war ein Gefangenenaustausch")
                       r"(?:Ergebnis|result|outcome)\w*\b[^.;]{0,60}\b(?:war|waren|ist|sind|was|were|is)\b"
                       r"(?= (?:ein|eine|einen|die|der|das|a|an|the)\b)|"
                       r"(?:eine |die )?Einigung (?:erzielt|erreicht)|einigten sich|verständigt|geeinigt|"
                       # an item coordinated between the sides, in the passive ("wurde dort eine
                       # Teilwaffenruhe abgestimmt"; not a vote: "hat abgestimmt")
                       r"(?:wurde|wurden|worden|sei|seien)\b[^.;]{0,100}\babgestimmt\b|"
                       r"\babgestimmt (?:worden|wurde|wurden)\b|"
                       # the present of a report or headline ("Kiew und Moskau einigen sich auf ...")
                       r"(?:einigen|einigt|verständigen|verständigt) sich (?:\w+ ){0,5}?auf\b|"
                       # the subject between verb and pronoun ("einigten die Parteien sich auf",
                       # "einigten beide Seiten sich in Istanbul auf")
                       r"(?:einigten|einigte|einigen|einigt|verständigten|verständigte)\s+(?:(?-i:[\w-]+)\s+){1,4}?"
                       r"sich\s+(?:\w+\s+){0,4}?auf\b|"
                       # "die Vereinbarung war im Juli 2022 zustande gekommen"
                       r"(?:Vereinbarung|Abkommen|Einigung|Abmachung)\b[^.]{0,140}\bzustande gekommen|"
                       # consent (zustimmen in every form, Konjunktiv included: "hat einer Feuerpause
                       # zugestimmt", "stimmte ... zu", "hätten zugestimmt"; "accepted a pause")
                       r"zugestimmt|(?:stimmt|stimmte|stimmten|stimmen)\b[^.;]{0,80}\bzu\b|"
                       r"accept(?:ed|s)? (?:a |an |the )?(?:[\w-]+ ){0,3}(?:pause|truce|ceasefire|swap|"
                       r"exchange|moratorium|corridor)|agree(?:d|s)? (?:a|an)\b|"
                       # the item with its participle ("the swap agreed at the talks", "under the plan
                       # signed on Friday", "as agreed"; German participles are matched above)
                       r"(?:exchanges?|swaps?|deals?|agreements?|accords?|plans?|pacts?|truces?|ceasefires?|"
                       r"pauses?|moratorium|corridors?|memorandum) (?:of [\w-]+ (?:of [\w-]+ )?)?"
                       r"(?:that was |which was |that had been )?"
                       r"(?:agreed|signed|struck|brokered|reached)(?: (?:upon|on))? (?:on|in|at|during|last|"
                       r"earlier|between|by|with|under|this|yesterday|a week|the day)\b|\bas agreed\b|"
                       # a deal in force ("gelte seit dem 18. März ein Abkommen", "the moratorium took
                       # effect on", "das Abkommen trat am Freitag in Kraft")
                       r"(?:gilt|gelte|galt|gelten)\b[^.;]{0,60}\b\w*(?:abkommen|vereinbarung|moratorium)\b|"
                       r"(?:Abkommen|Vereinbarung|Moratorium|deal|agreement|moratorium)\b[^.;]{0,40}\b"
                       r"(?:in Kraft getreten|trat\b[^.;]{0,30}\bin Kraft|took effect|"
                       r"came into (?:force|effect))|"
                       # brokered ("a UAE-brokered swap", "Turkey brokered the deal", "helped mediate a
                       # July 2022 deal")
                       r"(?:[\w-]*brokered|mediated|helped (?:to )?(?:broker|mediate)) (?:a |an |the )?"
                       r"(?:[\w-]+ ){0,3}(?:swap|exchange|deal|truce|ceasefire|pause|agreement|accord|"
                       r"initiative|corridor|return|release)s?|"
                       # a deal told by its making, in the passive or as a participle ("the agreement,
                       # which was brokered by", "the deal, mediated by", "the grain deal,
                       # concluded in July 2022,"; "das im Juli 2022 vermittelte Abkommen", "das
                       # Abkommen war von der Türkei ausgehandelt worden")
                       # (review16 item 6: the deal the subject, "were" only after a plural noun, not
                       # "the talks on the grain deal were concluded without result"; no deal that
                       # only could or would do something, "ein vermitteltes Abkommen könnte", nor
                       # one "noch nicht abgeschlossen", nor one "über" something with no verb of its own)
                       r"(?<!\bon )(?<!\bon the )(?<!\babout the )(?<!\bover the )"
                       r"(?:deal|agreement|accord|initiative|pact)(?:,?\s+(?:(?:which|that)\s+)?"
                       r"(?:(?:was|had been|has been)\s+)?|s,?\s+(?:(?:which|that)\s+)?"
                       r"(?:(?:were|had been|have been)\s+)?)(?:(?:originally|first|initially|"
                       r"previously|later|jointly)\s+)?(?:brokered|mediated|concluded)\b"
                       r"(?!\s+(?:that|whether|without|with no)\b)|"
                       r"(?:vermittelt|ausgehandelt|abgeschlossen)e[nmrs]?\s+(?:[\w-]+\s+){0,2}?"
                       r"\w*(?:abkommen|vereinbarung)\w*(?![^.;]{0,80}\b(?:könnte\w*|würde\w*|dürfte\w*)\b)|"
                       r"\w*(?:abkommen|vereinbarung)\w*\b(?:(?!\bnicht\b|\bkein\w*)[^.;]){0,80}"
                       r"\b(?:wurde|war|worden|sei)\b(?:(?!\bnicht\b|\bkein\w*)[^.;]){0,60}?\b"
                       r"(?:vermittelt|ausgehandelt|abgeschlossen)\b)\b", IC)


def _merge_repeats(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """A partial agreement told again within the next `REPEAT_WITHIN` sentences (a headline and its
    lead, a lead and a quote: same topic, no other date, no other number) is one agreement: the first
    record takes the details of the repeat and its span grows to cover it."""
    import bisect

    starts = [x.start for x in sents]
    out: list[NewsEvent] = []
    last: dict[str, list[tuple[int, NewsEvent]]] = {}
    for e in events:
        k = bisect.bisect_right(starts, e.start) - 1
        # (an item with no taxonomy topic is keyed by what was agreed: a grain deal, a limited truce)
        key = (e.topic or _agreed_item(sents[k].text) or "") if e.kind == "partial_agreement" else ""
        # the latest earlier agreement on the topic it can be (another one may lie between)
        # (an exchange told as an earlier one with its own day is one of its own: "Anfang Januar
        # hatten die Seiten schon einen Tausch gemeldet", "last carried out a swap on 2 Oct")
        earlier = bool(sents[k].dates) and EARLIER_ONE.search(sents[k].text) is not None
        prev = None if earlier else next((p for p in reversed(last.get(key, [])) if k - p[0] <= REPEAT_WITHIN
                     and (_same_item(p[1], e) or (k - p[0] <= 3 and _composition(sents, k)
                                                 # (the dead handed back: an item of their own)
                                                 and (p[1].unit == "bodies") == (e.unit == "bodies")))),
                    None) if e.kind == "partial_agreement" and key and not (
                        e.date_start is not None and EARLIER_ITEM.search(sents[k].text)) else None
        if prev is not None:
            into = prev[1]
            _merge(into, e)
            for name in ("quantity", "unit", "per_side"):
                # (people only added to it or listed give no number of the exchange)
                if getattr(into, name) is None and into.quantity in (None, e.quantity) \
                        and not ADDED.match(sents[k].text):
                    setattr(into, name, getattr(e, name))
            into.absorb(e)
            into.cue = f"{into.cue}; told again in a later sentence" if into.cue else into.cue
            last[key].remove(prev)
            last[key].append((k, into))
            continue
        if e.kind == "partial_agreement" and key:
            last.setdefault(key, []).append((k, e))
        out.append(e)
    return out


# an item told as an earlier one of its kind, with its own day ("their previous prisoner swap took place
# on Oct. 2", "the previous swap", "zuletzt hatten beide Seiten am 2. Oktober ... ausgetauscht"): not a
# repeat of the one just told
EARLIER_ITEM = re.compile(r"\b(?:last|previously)\s+(?:[\w-]+\s+)?(?:conducted|held|carried out|"
                          r"exchanged|swapped|traded|agreed|freed|released)\b|\b(?:zuletzt|das letzte Mal)\b"
                          r"[^.;]{0,60}\b(?:ausgetauscht|vereinbart|freigelassen|freigekommen|übergeben)\b|\b(?:the|a|their|its)\s+(?:last|previous|prior|earlier)\s+"
                          r"(?:[\w-]+\s+)?(?:exchange|swap|deal|agreement)|\b(?:der|den|dem|einem|ein)\s+"
                          r"(?:letzten|vorigen|vorherigen|früheren|letzte|vorige|frühere)\s+(?:[\w-]+\s+)?"
                          r"(?:Austausch\w*|Gefangenenaustausch\w*|Abkommen\w*|Vereinbarung)", IC)


# an item told as an earlier one ("hatten bereits", "zuvor", "zuletzt", "previously", "last
# conducted a swap"; not "last Saturday", a day)
EARLIER_ONE = re.compile(r"\b(?:bereits|schon|zuvor|zuletzt|already|earlier|previously)\b|"
                         r"\blast (?:conducted|held|carried out|exchanged|swapped|traded|agreed|"
                         r"signed)\b", IC)


# a deal signed, the item not named in the sentence ("unterzeichneten in Istanbul entsprechende
# Vereinbarungen", "signed an agreement brokered by the UN", "the agreement ... was signed in
# Istanbul", "it was signed by both sides in July", "ein Sicherheitsabkommen
# unterzeichnet"); not a peace treaty, a declaration or a decree, nor a signing to come
_SIGN_DE = r"(?:unterzeichnet\w*|unterschrieb\w*|unterschrieben|signiert\w*)"  # (no "zu unterzeichnen")
_DEAL_DE = r"(?:\w*abkommen\w*|\w*vereinbarung\w*|Abmachung\w*|Deal)"
_DEAL_EN = r"(?:deals?|agreements?|accords?|pacts?)"
DEAL_SIGNED = re.compile(r"\b" + _SIGN_DE + r"\b[^.;]{0,80}\b" + _DEAL_DE + r"\b|\b" + _DEAL_DE
                         + r"\b[^.;]{0,100}\b" + _SIGN_DE + r"\b|"
                         r"\b(?:signed|inked)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
                         + _DEAL_EN + r"\b|\b" + _DEAL_EN + r"\b[^.;]{0,120}\b(?:was|were|has been|"
                         r"have been|had been)\s+(?:\w+\s+)?signed\b|\b(?:it|they)\s+(?:was|were|had been)\s+"
                         r"signed\b", IC)
# what the deal signed must not be: peace itself, a declaration, a decree or law, an old treaty
_NOT_A_DEAL = re.compile(r"\b(?:Frieden\w*|peace|\w*[Ee]rklärung|declaration|Dekret|decree|Gesetz\w*|law|"
                         r"bill|petition|Minsk\w*|Budapest\w*)\b", IC)
# nor a signing to come, asked for or refused (before the signing word)
_NOT_SIGNED = re.compile(r"\b(?:nicht|kein\w*|not|never|nie|will|would|could|should|ready to|bereit|"
                         r"wollen|wollte\w*|sollen|soll|werden|wird|plan\w*|expected|erwartet|refus\w*|"
                         r"weiger\w*|if|wenn|falls|once|sobald)\b", IC)


def _deal_signed(t: str) -> bool:
    """Whether a sentence tells a deal signed (`DEAL_SIGNED`), not peace, a declaration or a
    decree (`_NOT_A_DEAL`, in or right after the words of signing) nor a signing to come or
    refused (`_NOT_SIGNED`, before them)."""
    m = DEAL_SIGNED.search(t)
    return m is not None and _NOT_A_DEAL.search(t, max(0, m.start() - 30), m.end() + 30) is None \
        and _NOT_SIGNED.search(t, 0, m.end()) is None


# a deal on security or cooperation between two states ("ein 10-jähriges Sicherheitsabkommen",
# "a bilateral security agreement"): the item of its own
SECURITY_DEAL = re.compile(r"\b(?:Sicherheits\w*abkommen\w*|Sicherheitsvereinbarung\w*|"
                           r"security (?:agreement|deal|accord|pact|guarantees? agreement)s?)\b", IC)


REPEAT_WITHIN = 12
"""Sentences within which a partial agreement told again is the first one: a headline, its lead
and the quote that gives the numbers are often several sentences apart (bylines, captions)."""


def _same_item(a: NewsEvent, b: NewsEvent) -> bool:
    """Whether two partial agreements can be the same one: no conflicting date, place, number
    or unit; one side's number and the two-sided total of an exchange ("115 of our soldiers came
    home" and "the exchange freed 230 prisoners") are one exchange."""
    if not all(x is None or y is None or x == y for x, y in (
            (a.date_start, b.date_start), (a.place, b.place))):
        return False
    if (a.unit == "bodies") != (b.unit == "bodies") and (a.unit is not None or b.unit is not None) \
            and (a.quantity is not None or b.quantity is not None):
        return False  # the dead handed back with their own number: an item besides the prisoners
    if all(x is None or y is None or x == y for x, y in ((a.quantity, b.quantity), (a.unit, b.unit))):
        return True
    if a.quantity is None or b.quantity is None or a.topic != "humanitarian.prisoners" \
            or b.topic != a.topic or not {a.unit, b.unit} <= _PEOPLE:
        return False
    # the people of an exchange named twice ("115 prisoners each" and "115 Russian soldiers
    # came back"): one side's number is the number for each side
    if a.quantity == b.quantity and {a.per_side, b.per_side} != {True, False}:
        return True
    # the two-sided total and one side's number ("more than 400 soldiers came home", "more than
    # 200 on each side were freed"): the total is twice the other, given for one side or each
    small, big = sorted((a, b), key=lambda x: x.quantity or 0)
    return not big.per_side and big.quantity == 2 * (small.quantity or 0)


_PEOPLE = {"prisoners", "soldiers", "civilians", "people", None}


TRUCE_WORD = re.compile(r"(?:waffenruhe|waffenstillstand|feuerpause|truce|ceasefire)", IC)
LEAVE_DEAL = re.compile(r"\bnicht\b[^.]{0,30}\bverlänger\w*|\bnot\b[^.]{0,20}\b(?:extend|renew)\w*|"
                        r"\bwon't extend|"
                        # leaving ("tritt aus dem Abkommen zurück", "trat aus dem Abkommen aus"), ending
                        # ("das Abkommen aufzukündigen"), objecting to the extension or seeing no reason
                        # to go on ("Einspruch gegen die Verlängerung", "keinen Grund, ... fortzusetzen",
                        # "objected to extending", "no reason to continue the deal")
                        r"\b(?:tritt|treten|trete|trat|traten|träten)\b(?P<d5>[^.]{0,30}?\b(?:aus|vom|von)\s+"
                        # (the deal as object: "trat ... als Minister zurück" is a resignation)
                        r"(?:(?:dem|der|den|einem|einer)\s+)?(?:[\w-]+\s+){0,2}?[\w-]*(?:abkommen|vertrag|"
                        r"vereinbarung|initiative|abmachung|deal|format)\w*\b[^.]{0,40}?)\b(?:zurück|aus)\b|\baufzukündigen\b|"
                        r"\baufkündigen\b|\b(?:Einspruch|Widerspruch)\b[^.]{0,30}\bVerlängerung\b|"
                        r"\bkeinen Grund\b[^.]{0,80}\b(?:fortzusetzen|zu verlängern|fortzuführen|"
                        r"weiterzuführen)\b|"
                        r"\b(?:objected|objection|objects|opposed|opposes)\s+(?:to\s+)?(?:the\s+|an?\s+)?(?:extension|"
                        r"extending|renewal|renewing|prolongation|rollover)\b|"
                        r"\bno reason to (?:extend|continue|renew|prolong)\b|"
                        r"\b(?:stieg\w*|steig(?:t|en))\b(?P<d1>[^.]{0,60})\baus\b|\bausgestiegen\b|\baufgekündigt\b|"
                        r"\bkündigte\w*\b(?P<d2>[^.]{0,60})\bauf\b|\bquit(?:s|ting)?\b|"
                        # (leaving the deal itself, not withdrawing troops from a region)
                        r"\b(?:withdr[ae]w|withdrawing|pull(?:s|ed|ing)? out)\s+(?:from|of)\s+"
                        r"(?P<d3>(?:the\s+|its\s+|their\s+|an?\s+)?(?:\S+\s+){0,2}?(?:deal|agreement|accord|treaty|"
                        r"initiative|talks))\b|"
                        # ("had terminated the grain agreement", "scrapped a deal")
                        r"\b(?:terminat(?:e|es|ed|ing)|scrap(?:s|ped|ping)?)\s+(?P<d4>(?:the\s+|its\s+|their\s+|an?\s+)?"
                        r"(?:\S+\s+){0,2}?(?:deal|agreement|accord|treaty|initiative))\b|"
                        r"\bsuspend(?:s|ed|ing)?\b[^.]{0,30}\bparticipation\b", IC)
MEMORANDA = re.compile(r"\bmemorand\w*\b[^.]{0,80}\b(?:übergeben|ausgetauscht|vorgelegt|exchanged|"
                       r"handed|presented|submitted)|\b(?:übergeben|ausgetauscht|vorgelegt|exchanged|"
                       r"handed over|presented|submitted)\b[^.]{0,80}\bmemorand|"
                       # "exchanged settlement documents", "tauschten ihre Entwürfe aus"
                       r"\b(?:exchanged|swapped) (?:their |the |draft |settlement |peace )*"
                       r"(?:documents|drafts|papers|proposals)\b|\b(?:tauschten|tauschen)\b[^.]{0,60}\b(?:Dokumente|Entwürfe|"
                       r"Papiere|Memorand\w*)\b[^.]{0,60}\baus\b", IC)
GRAIN = re.compile(r"getreide\w*|\bgrain\b|\bweizen\w*|\bwheat\b|"
                   r"\bBlack Sea (?:shipping |grain )?initiative\b|Schwarzmeer-?initiative", IC)


# a truce limited in place, time, targets or purpose, the item of a partial agreement (a
# general ceasefire is the settlement's own issue): "eine Feuerpause für die Gebiete X und Y",
# "einer begrenzten Feuerpause bis Sonntag", "a three-day truce", "a local ceasefire around the
# plant", "a pause in strikes on the capital", "eine Oster-Waffenruhe"
LIMITED_TRUCE = re.compile(
    r"\b(?:begrenzt\w*|befristet\w*|lokal\w*|örtlich\w*|humanitär\w*|limited|local(?:i[sz]ed)?|partial|"
    r"temporary|humanitarian|\w+-?tägig\w*|\w+-?stündig\w*|[\w-]+-(?:day|hour)|Easter|Christmas|"
    # "a two-to-three day ceasefire", "a 30 day truce"
    r"(?:\d+|one|two|three|four|five|seven|ten|thirty) (?:day|hour)|"
    r"Orthodox)\s+(?:[\w-]+\s+)?(?:Waffenruhe|Feuerpause|Waffenstillstand|truce|ceasefire|pause)\b|"
    r"\b(?:Oster|Weihnachts|Teil)-?(?:waffenruhe|feuerpause|waffenstillstand)\b|"
    r"\b(?:Waffenruhe|Feuerpause|Waffenstillstand|truce|ceasefire|pause)\b(?! in (?:the )?(?:talks|"
    r"negotiations))[^.;]{0,40}\b(?:für die (?:Gebiete|Region\w*|Stadt|Städte|Orte)|um (?:das|die|den)|"
    r"rund um|in der Region|bis (?:zum |Sonntag|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|\d)|"
    r"für \w+ (?:Tage|Stunden)|around|near|in the (?:city|town|area|region)|for the (?:city|town|area|"
    r"region)|until|till|for (?:\w+ )?(?:days|hours)|(?:in|on) (?:strikes|attacks|shelling)|"
    r"von Luftangriffen|von Angriffen|der Angriffe|"
    # a part of the front or a purpose ("in some areas of the front to collect bodies", "an einigen
    # Frontabschnitten", "zur Bergung der Toten")
    r"(?:in|on|along) (?:some|certain|several|parts of the|sections of the|the) (?:areas|sections|parts|"
    r"sectors|segments|stretches)?\b[^.;]{0,20}\bfront(?:line)?|an (?:einigen|manchen|bestimmten|mehreren) "
    r"Frontabschnitten|to (?:collect|recover|retrieve|evacuate|remove)|zur (?:Bergung|Evakuierung))\b|"
    r"\bStopp (?:von|der)\s+(?:\w+\s+)?(?:Luftangriff|Angriff|Beschuss)\w*|"
    r"\b(?:humanitäre\w* Korridor\w*|Fluchtkorridor\w*|Evakuierungskorridor\w*|humanitarian corridors?|"
    r"evacuation corridors?|safe passage)\b", IC)


_NEGATED_BEFORE = re.compile(r"\b(?:nicht|nie|niemals|kein\w*|not|no|never|failed to|refused to|unable to|"
                             r"(?:did|does|do|has|have)n't|won't|noch nicht)\s+(?:[\w-]+\s+){0,4}$", IC)
# "agreed only to a one-day truce, far short of": a bargaining position, not an agreed item
_ONLY_AFTER = re.compile(r"^\s*(?:only|merely|nur|lediglich)\b", IC)


# a deal told only as possible, its modal after it ("A deal on energy could follow soon", "Eine
# Einigung über den Austausch könnte bald zustande kommen")
_MAYBE_AFTER = re.compile(r"[^.;,]{0,50}?\b(?:could|might|(?-i:may)|könnte\w*|dürfte\w*)\s+(?:\w+\s+){0,2}?"
                          r"(?:follow|come|be (?:reached|struck|signed|agreed)|folgen|zustande|erzielt|"
                          r"unterzeichnet)\b", IC)


# a halt told as the result to come, in the passive with no agent ("sollen die Angriffe auf
# Energieanlagen für 30 Tage eingestellt werden", "strikes on power plants will be paused for a
# month"): the item agreed, not a side's own step; not one asked for or hoped for
HALT_TO_COME = re.compile(r"\b(?:sollen|soll|sollten|werden|wird)\b[^.;]{0,100}\b(?:eingestellt|"
                          r"ausgesetzt|gestoppt|pausiert|unterlassen|unterbrochen)\s+werden\b|"
                          r"\b(?:are|is|will be|would be)\s+(?:to be\s+)?(?:\w+\s+)?(?:halted|paused|"
                          r"suspended|stopped|ceased)\b(?!\s+by\b)", IC)
_ASKED_BEFORE = re.compile(r"\b(?:if|unless|whether|wenn|falls|sofern|ob|fordert\w*|forderte\w*|demand\w*|"
                           r"call\w* for|urg\w*|want\w*|will\b|hopes?|hofft\w*|should|sollte)\b", IC)


def _halt_to_come(t: str) -> bool:
    """Whether a sentence tells a halt as the result to come (`HALT_TO_COME`), not asked for, hoped
    for or set as a condition before it (`_ASKED_BEFORE`)."""
    m = HALT_TO_COME.search(t)
    return m is not None and _ASKED_BEFORE.search(t, 0, m.start()) is None


def _agreement_told(t: str) -> bool:
    """Whether a word of agreement in `t` tells an agreement made: some match that no negation
    governs ("haben sich nicht geeinigt", "did not agree to", "no agreement on") and that is not
    limited to a bargaining position ("agreed only to")."""
    # only the deal phrase itself, within one clause ("kündigte an, beide Seiten einigten sich
    # auf ..." leaves nothing)
    left = [m.span(g) for m in LEAVE_DEAL.finditer(t) for g in ("d1", "d2", "d3", "d4", "d5")
            if m.group(g) is not None and not re.search(r"[,;:]", m.group(g))]
    return any(not _NEGATED_BEFORE.search(t[max(0, m.start() - 60):m.start()])
               and not _ONLY_AFTER.match(t[m.end():m.end() + 12])
               and not re.search(r"\b(?:only|merely)\b", m.group(0), IC)
               and not _MAYBE_AFTER.match(t, m.end())
               # the deal a side leaves is named, not made ("quitting the grain deal the U.N. had brokered")
               and not any(a <= m.start() < b for a, b in left)
               for m in AGREEMENT.finditer(t))


# no deal told, or a deal only aimed at ("keine Einigung über", "ended without a deal", "focused on
# reaching a ceasefire deal", "um eine Waffenruhe zu erreichen")
NO_DEAL = re.compile(r"\b(?:keine?|no|without(?: a| an| any)?)\s+(?:[\w-]+\s+)?(?:Einigung|Vereinbarung|"
                     r"Abkommen|Abmachung|agreement|deal|accord)\b|\b(?:focused on|aimed at|aim(?:s|ed|ing)? "
                     r"(?:to|at)|seek(?:s|ing)? (?:to|a|an)|sought|in order to (?:reach|secure)|"
                     r"hop(?:e|es|ed|ing) (?:to|for)|zielt\w* auf|"
                     r"um\b[^.;]{0,60}\bzu (?:erreichen|erzielen|vereinbaren)|"
                     r"strebt\w*\b[^.;]{0,40}\ban)\b", IC)


def _not_agreed(t: str) -> bool:
    """Whether a sentence tells no agreement made: its words of agreement all negated or limited
    ("agreed only to"), no deal told, or a deal only sought."""
    words = list(AGREE_WORD.finditer(t))
    return (bool(words) and all(_NEGATED_BEFORE.search(t[max(0, m.start() - 60):m.start()])
                                or _ONLY_AFTER.match(t[m.end():m.end() + 12]) for m in words)) \
        or NO_DEAL.search(t) is not None


AGREE_WORD = re.compile(r"\b(?:agree[sd]?|agreeing|einig\w*|geeinigt|vereinbar\w*|zugestimmt|zustimm\w*|"
                        r"stimmte\w*)\b", IC)


# a clause that reports what others agreed ("Das Weiße Haus gab bekannt, Kiew und Moskau hätten ...
# zugestimmt", "The White House said Kyiv and Moscow had agreed")
_REPORTED_BY = re.compile(r"\b(?:gab|gaben|gibt)\b[^,;]{0,40}\bbekannt\b|\b(?:announced|said|says|reported|"
                          r"stated|confirmed|teilte\w*\b[^,;]{0,40}\bmit|erklärte\w*|sagte\w*|berichtete\w*|"
                          r"bestätigte\w*)\b", IC)


def _agreeing_sides(s: Sentence) -> list[str] | None:
    """The sides named between a reporting verb and the word of agreement (the announcer is no
    party: "Das Weiße Haus gab bekannt, Kiew und Moskau hätten zugestimmt"), else None."""
    m = AGREEMENT.search(s.text)
    said = _REPORTED_BY.search(s.text, 0, m.start()) if m is not None else None
    if m is None or said is None:
        return None
    sides = list(dict.fromkeys(x.actor for x in s.mentions if x.actor is not None
                               and said.end() <= x.start - s.start < m.start()))
    return sides or None


# consent with no object of its own ("Putin agreed and immediately gave the orders", "Moskau
# stimmte zu.", "Kyiv accepted, the ministry said"): it takes up the proposal just told
BARE_CONSENT = re.compile(r"\b(?:agreed|accepted|consented)\s*(?:[,;.]|and\b|but\b|$)|"
                          r"\b(?:stimmte|stimmten)\s+(?:\w+\s+){0,2}?zu\s*(?:[,;.]|und\b|$)|"
                          r"\b(?:willigte|willigten)\s+(?:\w+\s+){0,2}?ein\b", IC)
PROPOSED = re.compile(r"\b(?:propos(?:ed|al)|suggested|offered|called on|asked|schlug\w*\b[^.]{0,80}\bvor|"
                      r"vorgeschlagen|Vorschlag|angeboten|forderte\w*\b[^.]{0,60}\bauf)\b", IC)


def _consent_to_proposal(sents: list[Sentence], i: int) -> str | None:
    """The item a sentence consents to with no object of its own: the item of a proposal told in
    the sentence just before ("X suggested on 18 March that neither side
    should strike power plants. Y agreed ..."), else None."""
    if i == 0 or not BARE_CONSENT.search(sents[i].text) or _NEGATED_BEFORE.search(
            sents[i].text[:BARE_CONSENT.search(sents[i].text).start()][-60:]):  # type: ignore[union-attr]
        return None
    before = sents[i - 1].text
    if not PROPOSED.search(before):
        return None
    return _agreed_item(before)


def _truce_place(s: Sentence) -> str | None:
    """The capital a limited truce covers ("Stopp von Luftangriffen auf Kiew", "a pause in strikes
    on Kyiv"): a capital named right after a preposition of target or area, else None."""
    for m in s.mentions:
        if m.entity in _CAPITALS and re.search(r"\b(?:auf|on|against|around|um|für|for|over|über)\s+$",
                                               s.text[max(0, m.start - s.start - 12):m.start - s.start], IC):
            return m.entity
    return None


# the energy system named without the word energy ("power plants", "the grid", "Kraftwerke",
# "Stromversorgung"), with strikes on it: the item of an energy-strike pause
POWER_TARGET = re.compile(r"\b(?:power (?:plants?|stations?|grids?|lines|infrastructure|facilities|supply)|"
                          r"(?:electricity|power) grids?|electricity|substations?|Kraftwerk\w*|Stromnetz\w*|"
                          r"Stromversorgung|Strominfrastruktur|Umspannwerk\w*|Stromanlagen)\b", IC)
STRIKES = re.compile(r"\b(?:strikes?|attacks?|shelling|bombing|target\w*|hit(?:s|ting)?|Angriff\w*|"
                     r"Beschuss|Luftangriff\w*|angreifen|anzugreifen|beschießen|zu beschießen)\b", IC)


_CONTRAST = re.compile(r"\b(?:but|yet|however|although|though|while|doch|aber|jedoch|trotzdem|obwohl|"
                       r"während)\b", IC)


# a deal extended or renewed ("the deal was extended for another 120 days", "agreed to prolong the
# grain deal by only 60 days", "wurde um weitere 120 Tage verlängert", "renewed for 60 days in May"):
# with its span in days or months (`_deal_extended`)
DEAL_EXTENDED = re.compile(r"\b(?:extend(?:ed|s|ing)?|renew(?:ed|s|ing)?|prolong(?:ed|s|ing)?|verlänger\w*|"
                           r"Verlängerung)\b", IC)
_DEAL_NOUN = re.compile(r"\b(?:deal|agreement|accord|initiative|corridor|\w*abkommens?|\w*vereinbarung|"
                        r"\w*initiative|\w*korridor)\b", IC)
# not extended, or only possibly, wished or asked for ("not to renew", "refused to extend", "would
# extend", "hoffe auf eine Verlängerung", "called on Moscow to extend")
_NOT_EXTENDED = re.compile(r"\b(?:not|nicht|kein\w*|no|never|refus\w*|weiger\w*|won't|would|could|might|may|"
                           r"if|unless|wenn|falls|sofern|ob|whether|hope\w*|hoff\w*|call\w*|urg\w*|"
                           r"ask\w*|fordert\w*|drängt\w*|bestand|insist\w*|threat\w*|droh\w*|unsure|"
                           r"possib\w*|möglich\w*|Möglichkeit|automati\w*|readiness|ready|bereit\w*)\b", IC)


def _deal_extended(t: str, spans: list[float]) -> bool:
    """Whether a sentence tells a deal extended or renewed for a span of days or months (`spans`,
    the sentence's figures in those units), not negated, wished, asked for or possible."""
    m = DEAL_EXTENDED.search(t)
    return bool(m is not None and spans and _DEAL_NOUN.search(t)
                and not _NOT_EXTENDED.search(t, 0, m.start()))


def _agreed_item(t: str) -> str | None:
    """The item of a sentence with a word of agreement: prisoners or bodies to be exchanged
    (also named as soldiers, civilians, people, children), an energy pause (also named by power
    plants or the grid with strikes on them), a grain deal, a truce limited in place, time or
    targets (or a corridor); else None."""
    topic = _topic(t)
    if topic in ("humanitarian.prisoners", "ceasefire.energy"):
        return topic
    if EXCHANGE_WORD.search(t) and EXCHANGE_OF.search(t):
        return "humanitarian.prisoners"
    if (EXCHANGE_WORD.search(t) or _RETURN_OF.search(t) or _RETURNED.search(t)) and _CHILDREN.search(t):
        # children brought back: people of an exchange; children alone ("agreed to return six
        # children to their families") are an item of their own, no exchange of captives
        return "humanitarian.prisoners" if _CAPTIVE_WORD.search(t) else "children"
    if BODIES_RETURN.search(t):
        return "humanitarian.prisoners"  # the dead handed back ("agreed on the return of 6,000 bodies")
    if topic is None and (pt := POWER_TARGET.search(t)) and STRIKES.search(t) \
            and not _CONTRAST.search(t, 0, pt.start()):
        # (not strikes told as going on against the deal: "agreed on a ceasefire, but strikes on
        # power plants continued")
        return "ceasefire.energy"
    if topic is None and GRAIN.search(t):
        return "grain"
    if LIMITED_TRUCE.search(t):
        return "limited truce"
    return None


# a deal also named in a compound, in the genitive or by what it opens ("Getreideabkommen", "des
# Abkommens", "the grain corridor",
# "the Black Sea initiative"), beside `claims.DEAL`
_DEAL_NAMED = re.compile(r"\b\w*(?:abkommens?|vereinbarung|deal)\b|"
                         r"\b(?:corridor|\w*korridor\w*|\w*initiative)\b", IC)


# an item told as agreed at some earlier time with no day (convention 7: "on or before" gives no
# date): "Vereinbart worden war zuletzt ...", "hatten sich zuvor geeinigt", "the swap agreed in
# previous meetings", "had earlier agreed", "previously agreed"
MADE_BEFORE = re.compile(r"\b(?:(?:war|waren)\b[^.;]{0,80}\b(?:vereinbart|beschlossen|unterzeichnet|"
                         r"ausgehandelt|zugesagt)\s+worden|(?:vereinbart|beschlossen|unterzeichnet|ausgehandelt)"
                         r"\s+worden\s+(?:war|waren)|(?:in|at|during|bei|in den|bei den) (?:previous|earlier|"
                         r"past|prior|former|früheren|vorherigen|vergangenen|bisherigen) (?:meetings|rounds|"
                         r"talks|negotiations|Treffen|Runden|Gesprächen|Verhandlungen)|previously agreed|"
                         r"had (?:earlier |previously |already )?(?:agreed|signed|struck|reached))\b", IC)


def _made_before(t: str) -> bool:
    """Whether a partial agreement is told as made at an undated earlier time."""
    return MADE_BEFORE.search(t) is not None


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
