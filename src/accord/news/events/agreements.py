"""Partial agreements and exchanges (AGREE/057): an agreement on an item (`AGREEMENT`,
`_agreed_item`), prisoner or body exchanges carried out or set to come (`EXCHANGED`,
`EXCHANGE_OF`, `FUTURE_SWAP`, not running totals or habits: `_running_total`,
`HABIT_OR_HYPOTHESIS`, per side: `_per_side`), truces ordered or left to lapse, memoranda, steps
taken by one side (`_unilateral_step`) and further steps agreed, offered or presented
(`_next_step`); and the merge of an agreement told again within `REPEAT_WITHIN` sentences
(`_merge_repeats`, `_same_item`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.announced_steps import _OPEN_QUESTION, _TIME_AND_AGAIN
from accord.news.events.claims import BROKEN, DEAL
from accord.news.events.common import _CAPITALS, IC, _topic
from accord.news.events.intents import _NEXT_STEP, contact_to_be_kept, paper_sent
from accord.news.events.plans import _ORIGINALLY_PLANNED, PLANNED_MEETING
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
# an exchange of prisoners or bodies carried out (not planned): the exchange word, a verb of
# completion in the past, and the people exchanged
EXCHANGED = re.compile(r"\b(?:ausgetauscht|freigelassen|freigekommen|in Freiheit gekommen|"
                       # got back, brought home, handed back, bodies received
                       r"zurückerhalten|zurückgebracht|zurückgeholt|heimgeholt|nach Hause gebracht|"
                       r"brought (?:back|home)|handed back|were returned|"
                       r"(?:received|erhielt\w*|erhalten)\b[^.]{0,30}\b(?:bodies|remains|Leichen|Leichname|"
                       r"Gefallene\w*)|"
                       r"(?:ge)?tauscht(?:en)?|entließ\w*|entlassen|kehr\w*\b[^.]{0,60}\bzurück\b|"
                       r"(?:gab|gaben)\b[^.]{0,40}\bab\b|übergab(?:en|t|e)?\b|kamen\b[^.]{0,40}\bfrei\b|"
                       r"freed|handed over|swapped|came home|returned to (?:Ukraine|Russia)|"
                       r"kamen\b[^.]{0,60}\bin Freiheit|heimgekehrt|zurückgekehrt|"
                       r"(?:Gefangene\w*|Soldaten|Leichen|Leichname|Zivilisten)\b[^.,]{0,40}\b(?:übergeben|überstellt)|"
                       r"(?:(?:Gefangenen)?[Aa]ustausch|Rückgabe|Übergabe|Rückführung)\w*\b[^.]{0,80}\b"
                       r"(?:abgeschlossen|vollzogen|stattgefunden|begonnen|durchgeführt)|"
                       # "Der Austausch fand am Montag statt", "fand der dritte Austausch statt"
                       r"(?:(?:Gefangenen)?[Aa]ustausch|Tausch|Rückgabe|Übergabe)\w*\b[^.;]{0,40}\b(?:fand|fanden)\b"
                       r"[^.;]{0,40}\bstatt\b|\b(?:fand|fanden)\b[^.;]{0,30}\b\w*(?:austausch|tausch)\w*\b"
                       r"[^.;]{0,40}\bstatt\b|"
                       r"(?:abgeschlossen|vollzogen|durchgeführt)\b[^.]{0,40}"
                       r"(?:Gefangenen)?[Aa]ustausch|exchanged|swapped|repatriated|returned home|"
                       # an exchange told as carried out or made possible ("the last swap, with UAE
                       # mediation, was conducted on", "mediation led to the release of ten POWs",
                       # "hätten einen Gefangenenaustausch ermöglicht")
                       r"(?:swap|exchange|handover)s?\b[^.;]{0,60}\b(?:was|were) "
                       r"(?:conducted|held|carried out)|"
                       r"(?:led|leading) to the (?:release|return|liberation) of|"
                       r"(?:Gefangenen)?[Aa]ustausch\w*\s+ermöglicht\b|"
                       # bodies given back with their number ("returned 909 bodies", "returned the
                       # bodies of", "gab die Leichen von 909 Soldaten zurück", "begann die Rückgabe
                       # von 6.000 Leichen", "the return of the bodies was completed")
                       r"returned\b[^.;]{0,30}\b(?:bodies|remains)|zurückgegeben|"
                       r"(?:gab|gaben)\b[^.;]{0,60}\b(?:Leichen|Leichname|Gefallene\w*|Überreste)\b[^.;]{0,40}"
                       r"\bzurück|(?:begann|begannen|startete\w*)\b[^.;]{0,60}\b(?:Rückgabe|Übergabe|Rückführung|"
                       r"Austausch)|(?:return|repatriation|handover|transfer|exchange|swap) of\b[^.;]{0,80}"
                       r"\b(?:was|were) (?:completed|carried out)|"
                       # (not a video, a statement or figures made public: "released a video of soldiers")
                       r"released(?!\s+(?:a|an|the|its|their|his|her|new)\s+(?:[\w-]+\s+){0,2}?(?:video|footage|"
                       r"statement|report|photos?|images?|pictures?|recording|list|data|figures|details|"
                       r"document|clip|audio|transcript)s?\b)|"
                       r"(?:carried out|completed|conducted|held) (?:a |an |the |another |their )?"
                       r"(?:[\w-]+ ){0,3}(?:exchange|swap)|"
                       r"(?:exchange|swap) (?:took place|was completed)|"
                       # "transferred to X as part of the exchange", "im Rahmen des Austauschs überstellt"
                       r"transferred\b[^.;]{0,80}\b(?:as part of|in|under) (?:the|a|an|this) (?:[\w-]+ )?"
                       r"(?:exchange|swap)|(?:im Rahmen|als Teil)\b[^.;]{0,30}\b(?:Austausch|Tausch)\w*\b"
                       r"[^.;]{0,80}\b(?:überstellt|übergeben|gebracht|ausgeflogen)|"
                       # people back from captivity ("kehrten ... aus ukrainischer Gefangenschaft
                       # zurück", "die Rückkehr von 157 Soldaten aus der Gefangenschaft", "had been
                       # returned from Ukrainian captivity", "in ihre Heimat zurückkehren lassen",
                       # "returned 50 service members home")
                       r"(?:Rückkehr|kehr\w*|heimkehr\w*|Heimkehr\w*|zurückgekehrt|entlassen|freigelassen|"
                       r"zurückgebracht)\b[^.;]{0,100}\baus\s+(?:der\s+)?(?:\w+\s+)?Gefangenschaft\b|"
                       r"\baus\s+(?:der\s+)?(?:\w+\s+)?Gefangenschaft\b[^.;]{0,60}\b(?:zurück|heim)\w*|"
                       r"(?:zurückkehren|heimkehren|nach Hause) lassen|"
                       r"(?:returned|released|freed|brought|came|come)\s+(?:(?:\w+\s+){0,4}?back\s+)?from\s+"
                       r"(?:\w+\s+){0,2}captivity|returned\s+(?:\w+\s+){1,3}?home)\b", IC)
# an exchange reported as done by the sides ("hatten bereits einen Austausch vermeldet", "had
# reported a swap", "meldeten einen weiteren Gefangenenaustausch"), the people named or not (not
# an exchange of fire, blows, words or views: "reported an exchange of fire near X",
# "meldete einen Schusswechsel", "einen Meinungsaustausch", "Schlagabtausch")
_NOT_PEOPLE = (r"(?<!Meinungs)(?<!Informations)(?<!Gedanken)(?<!Feuer)(?<!Schuss)(?<!Waren)"
               r"(?<!Daten)(?<!Brief)")
_OF_OTHER = (r"(?!\s+of\s+(?:heavy\s+|artillery\s+|small-arms\s+)?(?:fire|gunfire|shots|blows|strikes|"
             r"messages|letters|notes|views|opinions|ideas|information|words|data|documents|"
             r"artillery|drones?|missiles?|accusations|threats|insults|greetings|ambassadors|"
             r"experience|intelligence)\b)")
EXCHANGE_REPORTED = re.compile(r"\b(?:vermeldet\w*|gemeldet|meldete\w*|reported|announced|confirmed)\s+"
                               r"(?:an?|the|another|ein\w*|den|weitere\w*)\s+(?:[\w-]+\s+)?"
                               r"(?:\w*" + _NOT_PEOPLE + r"[Aa]ustausch\w*|\w*(?<!Schlagab)(?<![Aa]us)tausch|"
                               r"(?:exchange|swap)" + _OF_OTHER + r")\b|"
                               r"\b(?:ein\w*|den|weitere\w*)\s+(?:[\w-]+\s+)?\w*" + _NOT_PEOPLE
                               + r"[Aa]ustausch\w*\s+(?:vermeldet|gemeldet|bestätigt)\b", IC)
EXCHANGE_OF = re.compile(r"Gefangen|Kriegsgefangen|Soldaten|Zivilist|Leiche|Leichnam|Menschen|Personen|"
                         r"[Vv]erletzte|wounded|prisoner|\bPOWs?\b|soldiers|servicem[ae]n|civilians|bodies|"
                         r"service ?members|defenders|Militärangehörige\w*|"
                         r"captives|people|"
                         # the dead named as the fallen ("die Rückgabe von 6000 Gefallenen")
                         r"Gefallene\w*|remains", IC)


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


# who was in a group just released ("Among those released were ...", "Unter den Freigelassenen
# sind ...", "were also included in the released group", "darunter"): a detail of that exchange
COMPOSITION = re.compile(r"\b(?:among (?:those|the) (?:released|freed|exchanged|returned|handed over)|"
                         r"(?:were|was) (?:also )?(?:among|included in) (?:those|the)\b[^.;]{0,30}\b"
                         r"(?:released|freed|exchanged|returned|group)|unter (?:den|ihnen)\b[^.;]{0,30}\b"
                         r"(?:Freigelassenen|Ausgetauschten|Heimgekehrten|Zurückgekehrten)|unter ihnen|"
                         r"darunter)\b", IC)


# people added to the exchange just told ("Zudem seien drei Zivilisten zurückgekehrt", "In
# addition, two civilians were returned"): a further part of the same exchange
ADDED = re.compile(r"^\W*(?:Zudem|Außerdem|Darüber hinaus|Ferner|Ebenso|Additionally|In addition|Also|"
                   r"Besides|Furthermore)\b", IC)


def _composition(sents: list[Sentence], k: int) -> bool:
    """Whether the sentence of an exchange tells who was in one just told (`COMPOSITION`) or who
    came with it (`ADDED`), with no day of its own."""
    t = sents[k].text
    return (COMPOSITION.search(t) is not None or ADDED.match(t) is not None) \
        and not any(d.granularity == "day" for d in sents[k].dates)


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
TRUCE_ORDER = re.compile(r"\b(?:verkündet\w*|verkündigt\w*|ausgerufen\w*|ausrufen|rief\w*\b[^.]{0,60}\baus\b|"

                         r"ordnete\w*\b[^.]{0,80}\ban\b|angeordnet|announc(?:e|es|ed|ing)|"
                         # (session 17: not "in order to")
                         r"declar(?:e|es|ed|ing)|(?<!\bin )order(?:s|ed)?|"
                         # a truce declared with the truce as object ("erklärte eine einseitige
                         # Feuerpause"; not "erklärte, die Waffenruhe sei gebrochen")
                         r"erklärt\w*\s+(?:ein\w*|die|den|seine\w*|ihre\w*)\s+(?:[\w-]+\s+){0,2}?"
                         r"\w*(?:waffenruhe|feuerpause|waffenstillstand))\b", IC)
# (session 14) a truce announced in German ("hat eine 36-stündige Feuerpause angekündigt", "kündigte
# am Samstag eine Waffenruhe über Ostern an"): the truce the object of the verb of announcing (not
# "kündigte an, eine Waffenruhe nur zu akzeptieren"), never for a condition (`_unilateral_step`)
_TRUCE_DE = r"\w*(?:waffenruhe|feuerpause|waffenstillstand)\w*"
# (review 14: not negated, "ist bisher nicht angekündigt worden", "habe ... nicht angekündigt"; not a
# truce ended, "kündigte die Waffenruhe ... auf")
_NOT_ANNOUNCED = r"(?!(?:nicht|nie|niemals|kein\w*|auf)\b)"
_NA = _NOT_ANNOUNCED
TRUCE_ANNOUNCED = re.compile(r"\bkündigt\w*\s+(?:" + _NA + r"[\w-]+\s+){0,8}?(?:eine|die|den|einen|"
                             r"seine|ihre)\s+(?:[\w-]+\s+){0,2}?" + _TRUCE_DE
                             + r"\b(?:(?!\b(?:nicht|nie|auf)\b)[^.;,]){0,60}\ban\b|"
                             r"\b" + _TRUCE_DE + r"\s+(?:" + _NA + r"[\w-]+\s+){0,6}?angekündigt\b", IC)
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
# an exchange of people named without the word prisoner ("agreed to exchange soldiers and
# civilians", "der vereinbarte Austausch von jeweils 250 Personen")
EXCHANGE_WORD = re.compile(r"\b(?:\w*austausch\w*|\w*tausch\w*|exchang\w*|swap\w*|übergabe|rückgabe|"
                           r"handover|hand over|"
                           # people traded ("agreed to trade 1,000 captives each"; not a trade deal)
                           r"trad(?:e|es|ed|ing)(?=\s+(?:[\w,.-]+\s+){0,3}?(?:prisoners|captives|POWs|"
                           r"soldiers|bodies|detainees)\b))\b", IC)
GRAIN = re.compile(r"getreide\w*|\bgrain\b|\bweizen\w*|\bwheat\b|"
                   r"\bBlack Sea (?:shipping |grain )?initiative\b|Schwarzmeer-?initiative", IC)
# a running total, not one exchange ("hat bisher rund 7.000 Leichen übergeben", "so far freed")
RUNNING_TOTAL = re.compile(r"\b(?:bisher|bislang|insgesamt|so far|to date|in total|total number|"
                           # the whole war as the span ("since the start of the invasion", "seit
                           # Kriegsbeginn", "seit Beginn des Krieges")
                           r"since the (?:start|beginning|outbreak) of (?:the |Russia's )?(?:full-scale )?"
                           r"(?:war|invasion|conflict)|seit Kriegsbeginn|"
                           r"seit (?:dem )?(?:Beginn|Anfang|Ausbruch) (?:des|der) (?:[\w-]+ )?"
                           r"(?:Krieg\w*|Invasion|Angriffskrieg\w*))\b", IC)
_SUPERLATIVE = re.compile(r"^\s+\w+(?:st|ßt)(?:e|en|er|es|em)?\b|\b(?:\w+est|most|first|"
                          # an ordinal ranks one exchange ("the year's fourth major swap so far")
                          r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
                          r"zweite\w*|dritte\w*|vierte\w*|fünfte\w*|sechste\w*|siebte\w*|achte\w*|neunte\w*|"
                          r"zehnte\w*)\b[^.]{0,40}$", IC)


_RANKED = re.compile(r"\b(?:\w+est|most|first|\w+(?:st|ßt)(?:e|en|er|es|em)|second|third|fourth|fifth|sixth|"
                     r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b[^.;]{0,60}$", IC)


# a verb of mutual exchange: what both sides gave in one exchange, not what one side handed over
_SWAPPED = re.compile(r"\b(?:ausgetauscht|getauscht|tauschten|exchanged|swapped)\b", IC)


def _running_total(t: str) -> bool:
    """Whether a sentence tells a running total of people handed over ("hat bisher rund 7.000
    Leichen übergeben", "has freed 2,000 so far"), not one exchange; "the largest exchange so
    far", "den bisher größten Austausch" rank one exchange and are no total, nor is "insgesamt"
    or "in total" alone with a verb of mutual exchange (the total of the one exchange)."""
    found = list(RUNNING_TOTAL.finditer(t))
    if found and all(m.group(0).lower() in ("insgesamt", "in total") for m in found) \
            and _SWAPPED.search(t):
        return False  # "haben insgesamt 300 Gefangene ausgetauscht": the total of one exchange
    for m in found:
        word = m.group(0).lower()
        if word in ("bisher", "bislang") and _SUPERLATIVE.match(t[m.end():m.end() + 30]):
            continue
        if word in ("so far", "to date") and _SUPERLATIVE.search(t[max(0, m.start() - 50):m.start()]):
            continue
        if word.startswith(("since", "seit")) and _RANKED.search(t[max(0, m.start() - 70):m.start()]):
            continue  # "the largest swap since the start of the war": one exchange ranked
        return True
    return False


# an exchange still to come: "Es sollen ... übergeben werden", "will exchange", "are to be freed"
FUTURE_SWAP = re.compile(r"\b(?:will|would|shall|are to|is to|are set to|is set to|plan(?:s|ned)? to|"
                         r"intend(?:s|ed)? to)"
                         r"\s+(?:\w+\s+){0,2}?(?:exchange|swap|release|free|hand over|return)\b|"
                         # an exchange announced with a modal or future auxiliary and the active
                         # infinitive ("wollen am Mittwoch je 175 Gefangene austauschen", "dass beide
                         # Seiten ... austauschen wollten", "werden ... freilassen")
                         r"\b(?:werden|würden|würde|wollen|wollten|wolle|sollen|sollten|planen|beabsichtigen)\b[^.;]{0,100}"
                         r"\b(?:austauschen|tauschen|freilassen|übergeben|überstellen)\b(?!\s+(?:werden|worden))|"
                         r"\b(?:austauschen|tauschen|freilassen|übergeben|überstellen)\s+(?:werden|wollen|wollten|"
                         r"wolle|sollen|sollten|wollen)\b|"
                         r"\b(?:sollen|soll|werden)\b[^.]{0,100}\b(?:ausgetauscht|übergeben|freigelassen|"
                         r"getauscht|überstellt)\s+werden\b", IC)
# the dead handed back as an item of their own ("die Rückgabe von 6.000 Leichen", "bei der
# Rückgabe der gefallenen Soldaten", "the return of the bodies of 909 soldiers", "bodies ... to be
# repatriated"; "remains" the noun after its determiner or before "of", not the verb: "the fate
# of 300 soldiers remains unclear")
_DEAD_WORD = (r"(?:Leiche\w*|Leichnam\w*|[Gg]efallene\w*|[Gg]etötete\w*|Toten|Überreste\w*|Gebeine|"
              r"bodies|(?:the|their|his|her|human|mortal) remains|remains of|the (?:dead|fallen)|"
              r"fallen soldiers)")
BODIES_RETURN = re.compile(r"\b(?:Rückgabe|Übergabe|Rückführung|Austausch|Repatriierung)\w*\b[^.;]{0,60}\b"
                           + _DEAD_WORD + r"|\b" + _DEAD_WORD + r"\b[^.;]{0,60}\b(?:zurückzugeben|"
                           r"zurückgegeben|übergeben|überstellt|ausgetauscht|auszutauschen)\b|"
                           r"\b(?:return|repatriation|handover|hand-over|exchange|transfer|swap)s? of\b"
                           r"[^.;]{0,40}\b" + _DEAD_WORD + r"|\b(?:bodies|(?:the|their|his|her|human|mortal) "
                           r"remains)\b[^.;]{0,60}\b"
                           r"(?:returned|repatriated|handed over|exchanged|transferred)\b", IC)
# exchanges in general, a hypothesis: no one agreed exchange
HABIT_OR_HYPOTHESIS = re.compile(r"\b(?:previous|earlier|frühere\w*|bisherige\w*|in the past|repeatedly|"
                                 r"wiederholt|immer wieder|in der Vergangenheit|would|würde\w*|could|"
                                 r"könnte\w*|if|wenn|falls)\b", IC)
# a "would" of reported speech ("Putin said the two sides would swap 175 each"): the future of the
# report, no hypothesis
REPORTED_WOULD = re.compile(r"\b(?:said|says|announced|told\s+\w+|stated|confirmed|added)\b(?:\s+that)?"
                            r"[^.;]{0,60}?\bwould\b|"
                            # the German Konjunktiv II of reported speech ("erklärte, beide Seiten
                            # würden ... übergeben", "teilte mit, man würde ...")
                            r"\b(?:sagte|sagten|erklärte|erklärten|teilte\w*\b[^.;]{0,40}\bmit|"
                            r"kündigte\w*\b[^.;]{0,40}\ban|bestätigte\w*|betonte\w*|hieß es)\b,?"
                            r"(?:\s+dass)?[^.;]{0,60}?\bwürden?\b|"
                            # (the verb of saying after it: "Beide Seiten würden ... freilassen,
                            # hieß es aus Kiew")
                            r"\bwürden?\b(?=[^.;]{0,120},\s*(?:sagte|sagten|erklärte|erklärten|"
                            r"teilte|hieß es|so)\b)", IC)


def _hypothetical(t: str) -> bool:
    """Whether a sentence tells exchanges in general or as a hypothesis (`HABIT_OR_HYPOTHESIS`),
    not counting the "would" of reported speech (`REPORTED_WOULD`)."""
    return HABIT_OR_HYPOTHESIS.search(REPORTED_WOULD.sub(" ", t)) is not None


PER_SIDE = re.compile(r"\bjeweils\b|\bauf (?:jeder|beiden) Seiten?\b|\beach side\b|\bfrom each\b|"
                      r"\bon each side\b|\beach\b|\b\d[\d.,]*\s*(?:for|für|gegen|-for-)\s*\d", IC)


def _per_side(s: Sentence) -> bool:
    """Whether the number of a sentence is given for each side."""
    return any(f.per_side for f in s.figures) or bool(PER_SIDE.search(s.text))


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
# children returned or handed back ("die Rückgabe von Kindern", "the return of children"): people
# of an exchange, with the exchange word or a return named
_RETURN_OF = re.compile(r"\b(?:return|repatriation|reunification|Rückkehr|Rückführung|Heimkehr)\s+"
                        r"(?:of|von)\b", IC)
# people returned or to be returned, by the verb ("agreed to return six children", "were returned
# to their families", "reunited with their families", "zurückzugeben", "zurückgebracht")
_RETURNED = re.compile(r"\b(?:to return|returned|reunited|zurückzugeben|zurückgeben|zurückgegeben|"
                       r"zurückgebracht|zurückgekehrt|zusammengeführt)\b", IC)
_CAPTIVE_WORD = re.compile(r"\b(?:prisoners?|POWs?|captives?|detainees|soldiers|civilians|\w*[Gg]efangene\w*|"
                           r"Soldaten|Zivilisten|Häftling\w*)\b", IC)
_CHILDREN = re.compile(r"\b(?:Kinder\w*|Minderjährige\w*|children|minors)\b", IC)


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


# a truce declared at an end, not declared ("erklärte die Waffenruhe für beendet", "für
# gescheitert", "declared the truce over")
TRUCE_ENDED = re.compile(r"\bfür\s+(?:beendet|gescheitert|nichtig|hinfällig|ungültig|aufgehoben|tot)\b|"
                         r"\bdeclar(?:e|es|ed|ing)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:truce|ceasefire)\s+(?:over|dead|void|ended|finished|null)\b", IC)


# the terms of a truce named, not the truce ("ceasefire conditions announced by X", "die
# Bedingungen für eine Waffenruhe"), and a truce ordered only once a condition is met ("As soon
# as Kyiv withdraws, we will order a ceasefire", "Sobald Kiew ..., werden wir ... anordnen")
TRUCE_TERMS = re.compile(r"\b(?:truce|ceasefire|cease-fire|Waffenruhe|Feuerpause)[\s-]+(?:conditions|terms|"
                         r"proposals?|offer)\b|\b(?:Bedingungen|conditions|terms)\s+(?:für|for|of)\s+(?:eine[n]?\s+|"
                         r"a\s+|the\s+)?(?:truce|ceasefire|Waffenruhe|Waffenstillstand\w*|Feuerpause)\b|"
                         r"^\W*(?:As soon as|Sobald|Once|If|Wenn|Falls|Sofern)\b", IC)


# a side's own halt or cut of military action announced (convention 4: a unilateral truce
# announcement is a statement of intent): "it was decided to sharply reduce military activity near
# X", "would refrain from attacking the port until Monday", "die Angriffe würden ausgesetzt", "werde auf
# Angriffe verzichten", "beschlossen, die Kampfhandlungen einzustellen"
_HALTED = (r"(?:military|strikes?|striking|attacks?|attacking|operations|offensive|hostilities|shelling|"
           r"bombing|fire|firing)")
_HALTED_DE = (r"(?:Angriff\w*|Operationen|Kampfhandlungen|Militäraktivität\w*|militärische\w* Aktivität\w*|"
              r"Aktivitäten|Beschuss|Offensive|Schläge\w*|Bombardierung\w*)")
RESTRAINT = re.compile(
    r"\b(?:will|would|shall|(?:is|are) to|decided to|decision (?:was|has been|had been) (?:made|taken) to|"
    r"(?:was|has been|had been) decided to|(?:is|are) ready to|"
    # (the promise may name where or when it was made first: "promised at the talks on Tuesday to")
    # (not a promise for something in return: "promised in exchange for X to halt strikes")
    r"(?:promised|pledged|vowed)(?:\s+(?:at|on|in|during)\s+(?!(?:exchange|return|condition)\b)[^.;,]{0,40}?)?"
    r"\s+to)\s+"
    r"(?:(?:now|also|immediately|temporarily|unilaterally|radically|sharply|drastically|significantly|"
    r"fundamentally|by a large margin|,)\s*)*"
    r"(?:reduce|cut|cut back|scale down|scale back|curtail|halt|stop|suspend|pause|cease|refrain from|"
    r"hold off on|hold off)\s+(?:[\w-]+\s+){0,3}?" + _HALTED + r"\b|"
    r"\b" + _HALTED_DE + r"\b[^.;]{0,60}\b(?:würden|werden|wird|werde|sollen|soll|solle)\b[^.;]{0,40}\b"
    r"(?:ausgesetzt|eingestellt|reduziert|verringert|gestoppt|zurückgefahren|heruntergefahren)\b|"
    r"\b(?:werde|wird|werden|würden?|wolle|will)\b[^.;]{0,60}\b(?:auf\s+(?:\w+\s+){0,2}?" + _HALTED_DE
    + r"\b[^.;]{0,40}\bverzichten|" + _HALTED_DE + r"\b[^.;]{0,40}\b(?:aussetzen|einstellen|reduzieren|"
    r"verringern|stoppen|zurückfahren))\b|"
    r"\b(?:beschlossen|entschieden|Entscheidung|Beschluss|angeordnet)\b[^.;]{0,80}\b" + _HALTED_DE
    + r"\b[^.;]{0,40}\b(?:auszusetzen|einzustellen|zu reduzieren|zu verringern|zu stoppen|"
    r"zurückzufahren|herunterzufahren)\b", IC)


# a halt offered for a condition ("ready to stop hostilities as soon as Kyiv withdraws", "sobald
# Kiew ... abzieht"): an offer, a position on the issue, no step announced
_HALT_ON_CONDITION = re.compile(r"\b(?:as soon as|once|if|unless|provided|on condition|sobald|falls|sofern|"
                                r"wenn|vorausgesetzt|unter der Bedingung|für den Fall|in exchange|"
                                r"in return)\b", IC)


# (session 17) a truce only called for by someone else ("urged Russia to declare a unilateral
# ceasefire", "forderte Moskau auf, eine Waffenruhe auszurufen"): a demand, no step of the caller
# nor of the side called on
_TRUCE_CALLED_FOR = re.compile(
    r"\b(?:call(?:s|ed|ing)? on|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|"
    r"appeal(?:s|ed|ing)? to|demand(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,3}?to\s+"
    r"(?:declare|announce|order|agree to|accept|observe)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:truce|ceasefire|cease-fire)\b|"
    r"\b(?:forder\w*|rief\w*|appellier\w*|dräng\w*|aufgerufen|aufgefordert)\b[^.;]{0,80}\b\w*(?:waffenruhe|"
    r"feuerpause|waffenstillstand)\w*\b[^.;]{0,40}\b(?:auszurufen|zu verkünden|anzuordnen|"
    r"zu erklären)\b", IC)
# (session 17) a truce that is only hoped for, to come or a condition ("monitoring any future truce",
# "post-ceasefire guarantees", "as soon as a ceasefire is agreed", "conditions they want met in
# order to reach a ceasefire", "nach einem künftigen Waffenstillstand", "sobald eine Waffenruhe
# vereinbart ist"): no truce declared
_TRUCE_HYPOTHETICAL = re.compile(
    r"\b(?:any|future|eventual|possible|potential|post|a\s+future|a\s+possible|an\s+eventual)[\s-]+"
    r"(?:truce|ceasefire|cease-fire)\b|"
    r"\b(?:once|as soon as|after|when|if|until|before)\s+(?:a|the|any)\s+(?:[\w-]+\s+)?(?:truce|ceasefire|"
    r"cease-fire)\s+(?:is|has been|was|were|would be|could be)?\s*(?:agreed|reached|in place|signed|"
    r"concluded|achieved|declared)\b|"
    r"\bto\s+(?:reach|achieve|secure|agree(?:\s+on)?)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:truce|ceasefire|"
    r"cease-fire)\b|"
    r"\b(?:künftig\w*|möglich\w*|eventuell\w*)\s+\w*(?:waffenruhe|feuerpause|waffenstillstand)\w*|"
    r"\b(?:sobald|nach|wenn|falls|bis)\s+(?:ein|eine|einem|einer|der|die|dem)\s+(?:[\w-]+\s+)?\w*(?:waffenruhe|"
    r"feuerpause|waffenstillstand)\w*\b[^.;,]{0,30}\b(?:vereinbart|erreicht|geschlossen|in Kraft|gilt)\b", IC)


# (review17 item 8) the truce called for is one the caller declared himself ("called on Ukraine to
# observe the ceasefire he declared", "the truce that Moscow had announced", "die er verkündet
# hatte"): the truce declared stays
_DECLARED_BY_CALLER = re.compile(
    r"\s*,?\s*(?:that\s+|which\s+|die\s+|den\s+|das\s+)?(?:he|she|they|it|er|sie|(?-i:[A-Z])[\w-]+)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:himself\s+|herself\s+|itself\s+|themselves\s+|unilaterally\s+)?"
    r"(?:declared|announced|ordered|proclaimed)\b|"
    r"\s*,\s*(?:die|den|das)\s+(?:er|sie|(?-i:[A-Z])[\w-]+)\b[^.;,]{0,40}\b(?:verkündet|ausgerufen|angeordnet|"
    r"angekündigt)\b", IC)


def _called_for(m: re.Match[str]) -> str:
    """The called-for span masked, unless the caller declared that truce himself."""
    return m.group(0) if _DECLARED_BY_CALLER.match(m.string, m.end()) else " "


def _truce_declared(t: str) -> bool:
    """Whether a truce word of the sentence stands for a truce declared or ordered: not one only
    called for of another side (unless declared by the caller: `_DECLARED_BY_CALLER`) or only
    hoped for (`_TRUCE_CALLED_FOR`, `_TRUCE_HYPOTHETICAL`)."""
    rest = _TRUCE_HYPOTHETICAL.sub(" ", _TRUCE_CALLED_FOR.sub(_called_for, t))
    return TRUCE_WORD.search(rest) is not None and (TRUCE_ORDER.search(rest) is not None or (
        TRUCE_ANNOUNCED.search(rest) is not None and not _HALT_ON_CONDITION.search(rest)))


# a reason given for a step ("..., saying Kyiv had not observed the Easter truce", "weil die Ukraine
# die Feuerpause nicht eingehalten habe"): a breach named there is the reason, not the step's news
_REASON_CLAUSE = re.compile(r",?\s+\b(?:saying|because|citing|claiming|weil|mit\s+der\s+Begründung)\b[^.;]*",
                            re.IGNORECASE)


def _unilateral_step(t: str) -> str | None:
    """What makes a sentence an announced unilateral step, else None."""
    if TRUCE_WORD.search(t) and _truce_declared(t) and (TRUCE_ORDER.search(t) or (
            TRUCE_ANNOUNCED.search(t) and not _HALT_ON_CONDITION.search(t))) \
            and not BROKEN.search(_REASON_CLAUSE.sub(" ", t)) \
            and not TRUCE_ENDED.search(t) and not TRUCE_TERMS.search(t):
        return "a truce declared or ordered"
    if LEAVE_DEAL.search(t) and (DEAL.search(t) or _DEAL_NAMED.search(t)) and not _TIME_AND_AGAIN.search(t):
        # (a threat made again and again is a standing position: "has repeatedly threatened to
        # quit the deal", "drohte immer wieder mit dem Ausstieg")
        return "a deal left or not extended"
    if MEMORANDA.search(t):
        return "memoranda handed over"
    if (m := RESTRAINT.search(t)) is not None and not _asked(t, m.start()) and not _TIME_AND_AGAIN.search(t) \
            and not TRUCE_TERMS.search(t) and not _HALT_ON_CONDITION.search(t):
        return "a halt or cut of military action announced"
    return None


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


# an order given to the forces ("gave the appropriate command to the military", "ordnete ... an")
ORDER_GIVEN = re.compile(r"\bgave (?:the |an |his |its )?(?:[\w-]+ ){0,3}?(?:the )?"
                         r"(?:appropriate |corresponding |necessary |relevant )?(?:orders?|commands?|"
                         r"instructions?)\b|"
                         # an order passed on or issued ("passed down the order to halt strikes")
                         # (a word between only one of giving an order: "issued an arrest order" is
                         # a court's, no order to the forces)
                         r"\b(?:passed|handed|sent|issued|relayed)(?: down| on)? (?:the |an |his |its )?"
                         r"(?:new |further |fresh |clear |direct |appropriate |corresponding |necessary |"
                         r"relevant )?(?:orders?|commands?|instructions?)\b|"
                         r"\bordered (?:the |his |its )?(?:\w+ )?"
                         r"(?:military|army|troops|forces)\b|\b(?:erteilte|gab)\w*\b[^.]{0,50}\b(?:Befehl|Anweisung|"
                         r"Anordnung)\w*|\bbefahl\w*\b|\bangesetzte\w* (?:Waffenruhe|Feuerpause)", IC)
# a further step agreed ("agreed to begin negotiations", "vereinbarten, Arbeitsgruppen zu bilden")
AGREED_STEP = re.compile(r"\bagree(?:d|s)? to (?:immediately )?(?:begin|start|launch|continue|resume|pursue|"
                         r"finali[sz]e|appoint|create|establish|set up|form|prepare|draft|develop|work "
                         r"(?:on|out|toward)|negotiate)\b|"
                         r"\b(?:vereinbart\w*|verständigt\w*|einigten sich|geeinigt)\b[^.]{0,80}"
                         r"\b(?:zu (?:beginnen|bilden|schaffen|gründen|erarbeiten|prüfen|starten)|"
                         r"aufzunehmen|einzurichten|auszuarbeiten|einzusetzen)\b", IC)
# an offer or proposal made ("offered Kyiv to transfer", "made a proposal for", "die Rückgabe ...
# angeboten", "schlug ... vor")
OFFERED = re.compile(r"\b(?:offer(?:s|ed)?|propos(?:es|ed)|suggest(?:s|ed))\s+(?:\w+\s+){0,2}?to\s+"
                     r"(?!the\b|a\b|an\b|its\b|his\b|her\b|their\b)[a-z]+|"
                     r"\b(?:made|submitted|put forward|tabled) (?:a |an )?(?:\w+ )?(?:proposal|offer)\b|"
                     r"\bangeboten\b|\bbot\b[^.]{0,60}\ban\b|\b(?:schlug|schlagen|schlägt)\b[^.]{0,80}\bvor\b|"
                     r"\bvorgeschlagen\b|\bVorschlag\b[^.]{0,40}\b(?:gemacht|unterbreitet)\b", IC)
# a plan, draft or answer handed over or presented ("stellte den 20-Punkte-Plan vor", "presented
# its plan", "einen 28-Punkte-Plan vorgelegt")
_PAPER = (r"(?:[\w-]*(?:plan|pläne)(?:s|es|e|en)?|[\w-]*entw[uü]rf\w*|[\w-]*vorschl[aä]g\w*|memorand\w*|"
          r"proposals?|counter-?proposals?|drafts?|response|answer|antwort)")
_HANDED = r"(?:documents?|lists?|memorand\w*|drafts?|proposals?|counter-?proposals?|plans?|terms)"
_HANDED_DE = (r"(?:\w*[Dd]okument\w*|Liste\w*|Memorand\w*|\w*[Ee]ntw[uü]rf\w*|\w*[Vv]orschl[aä]g\w*|"
              r"\w*[Pp]lan\w*)")
PRESENTED = re.compile(r"\b(?:presented|unveiled|submitted|handed over|put forward|tabled|delivered)\s+"
                       r"(?:[\w-]+\s+){0,4}?" + _PAPER + r"\b|"
                       r"\b(?:legte\w*|stellte\w*|legen|stellen|legt|stellt)\b[^.]{0,80}\b" + _PAPER
                       + r"\b[^.]{0,60}\bvor\b|\b" + _PAPER + r"\b[^.]{0,60}\b(?:vorgelegt|vorgestellt|"
                       r"übergeben|übermittelt)\b|\bbereite\w*\b[^.]{0,60}\b(?:Antwort|Entwurf|Vorschl[aä]g\w*)\b"
                       r"[^.]{0,40}\bvor\b|"
                       # (session 14) a document, list or memorandum handed over or provided ("handed
                       # over to the Russian side a list of children", "did the Russians hand over their
                       # document", "provided Ukraine with a peace memorandum", "übergab der
                       # russischen Seite eine Liste")
                       r"\bhand(?:s|ed|ing)?\s+over\s+(?:[\w-]+\s+){0,5}?" + _HANDED + r"\b|"
                       r"\bprovided\s+(?:[\w-]+\s+){0,3}?with\s+(?:[\w\"“”'-]+\s+){0,3}?" + _HANDED + r"\b|"
                       r"\b(?:übergab|übergaben|überreichte\w*|übermittelte\w*)\b[^.;]{0,80}?\b" + _HANDED_DE
                       + r"\b", IC)


# a step told in the passive with a modal or future auxiliary ("soll ... per Telefon informiert
# werden", "sollen ... übergeben werden", "is to be handed over", "will be sent")
STEP_PASSIVE = re.compile(r"\b(?:soll|sollen|wird|werden)\b[^.;]{0,60}\b(?:informiert|unterrichtet|übergeben|"
                          r"übermittelt|vorgelegt|fortgesetzt|eingerichtet|entsandt|geprüft|weitergeleitet|"
                          r"unterzeichnet)\s+werden\b|\b(?:is|are|will be|would be)\s+(?:to be\s+)?"
                          r"(?:informed|briefed|handed over|forwarded|submitted|presented|sent|set up|signed)"
                          r"\b(?![^.;]{0,20}\bby (?:the )?(?:press|media))", IC)
# a trip to sign a deal or to talk ("sei in die Türkei gereist, um ... zu unterzeichnen", "flew to
# Riyadh for talks", "is travelling to Geneva to meet")
TRAVEL_FOR = re.compile(r"\b(?:reist\w*|gereist|flog|fliegt|geflogen|aufgebrochen|brach\w*\b[^.]{0,30}"
                        r"\bauf)\b[^.;]{0,80}\b(?:um\b[^.;]{0,80}\bzu (?:unterzeichnen|verhandeln|treffen|"
                        r"sprechen|beraten)|zu (?:Gesprächen|Verhandlungen|Beratungen)|für (?:Gespräche|"
                        r"Verhandlungen))\b|\b(?:travel(?:s|led|ed|ing)?|fl(?:ew|ies|ying)|head(?:s|ed|ing)?)\s+"
                        r"to\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:for (?:talks|negotiations|a meeting)|"
                        r"to (?:sign|meet|negotiate|hold talks))\b", IC)


def _asked(t: str, at: int) -> bool:
    """Whether the words before `at` open a question the step is inside ("whether", "ob")."""
    return _OPEN_QUESTION.search(t[max(0, at - 60):at]) is not None


def _next_step(t: str) -> str | None:
    """What makes a sentence an announced concrete step of an actor, else None."""
    if ORDER_GIVEN.search(t):
        return "an order given"
    if AGREED_STEP.search(t):
        return "a further step agreed"
    if PRESENTED.search(t):
        return "a plan, draft or answer presented"
    if paper_sent(t):
        return "a paper sent"
    if contact_to_be_kept(t):
        return "contact to be kept or work to go on"
    if OFFERED.search(t) and not re.search(r"\b(?:nicht|kein\w*|not|no|never|nie)\b", t[:OFFERED.search(t)
                                                                                    .start()], IC):  # type: ignore[union-attr]
        return "an offer or proposal made"
    # (a step inside an open question is none announced: "unclear whether Russia will send a
    # delegation", "offen, ob Kiew eine Antwort übermitteln werde")
    if (m := _NEXT_STEP.search(t)) is not None and not _asked(t, m.start()):
        return f"a concrete step said to come ('{m.group(0)}')"
    if (m := STEP_PASSIVE.search(t)) is not None and not _asked(t, m.start()):
        return f"a concrete step said to be taken ('{m.group(0)}')"
    if TRAVEL_FOR.search(t):
        return "a trip to sign or to talk"
    if PLANNED_MEETING.search(t) and not _ORIGINALLY_PLANNED.search(t):
        return "a meeting announced as planned"
    return None


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
