"""Pledges (AID/070-074: 071 economic, 072 military, 074 humanitarian) and polls: the pledge verbs
(`PLEDGE`), what a pledge commits (`RESOURCES`) and the words of an opinion poll (`POLL`).
"""

from __future__ import annotations

import re

from accord.news.events.common import IC
from accord.news.prefilter import gate_patterns

# a poll told by its noun in any compound ("Meinungsumfrage", "Befragung") or its respondents
POLL = re.compile(r"\b(?:\w*umfrage\w*|Befragung\w*|Befragte\w*|Meinungsforsch\w*|surveys?|surveyed|"
                  r"poll(?:s|ed|ster|sters)?|respondents?|Erhebung|Meinungsforschungsinstitut\w*)\b|"
                  # a share of a people holding a view, the way poll results are told ("72 Prozent der
                  # Ukrainer lehnen ... ab", "most Ukrainians, 64 percent, oppose")
                  r"\b(?:Prozent|percent|per cent|%)\s+(?:der|aller|of|of all)\s+(?:befragten\s+)?"
                  r"(?:Ukrainer\w*|Russen|Deutschen|Bürger\w*|Amerikaner\w*|Europäer\w*|Wähler\w*|Ukrainians|"
                  r"Russians|Germans|Americans|Europeans|voters|citizens|those (?:asked|questioned|surveyed|"
                  r"polled))\b", IC)
# resources as nouns, German (in compounds) and English
# (a truce is no weapon: "Waffenruhe", "Waffenstillstand", "die Waffen ruhen lassen")
_GOODS = (r"(?!(?:[\w-]*)(?:Waffenruhe|Waffenstillstand|Waffenpause)|Waffen\s+(?:ruhen|schweigen|nieder))"
          r"(?:[\w-]*(?:lieferung|hilfe|paket|waffe|munition|unterstützung|truppe|soldat|kredit|garantie)\w*|"
          r"(?:Lieferung|Hilfe|Paket|Waffe|Munition|Unterstützung|Truppe|Soldat|Kredit|Garantie)\w*)")
_GOODS_EN = (r"(?:aid|assistance|package|deliveries|shipments|funding|loans?|grants?|weapons|arms|troops|"
             r"support)\b")
PLEDGE = re.compile(r"\b(?:zugesagt|sagte\w* [^.]{0,60}\bzu\b|in Aussicht|versprach|"
                    # the present with its particle closing the clause ("sagt der Ukraine ... zu")
                    r"(?:sagt|sagen|sichert|sichern)\b[^.;]{0,80}\bzu(?=\s*[.,;]|$)|"
                    # assured, made available, allocated ("sicherte ... zu", "stellt ... zur Verfügung")
                    r"sicherte\w*\b[^.]{0,60}\bzu\b|zur Verfügung (?:zu )?stell\w*|"
                    r"stell\w*\b[^.]{0,60}\bzur Verfügung|allocat(?:ed|es)|earmark(?:ed|s)|vowed|"
                    r"versprochen|mittragen|entsenden|bereitzustellen|bereitstellen|pledg\w*|"
                    r"promised|committed|"
                    # resources announced ("kündigte kostenlose Lieferungen an", "announced an aid
                    # package"), a readiness for them ("zeigte Bereitschaft zu militärischer
                    # Unterstützung", "ready to provide troops"), a declaration signed on sending
                    # them ("unterzeichneten eine Absichtserklärung über die Entsendung")
                    r"kündigt\w*\b[^.;]{0,80}\b" + _GOODS + r"\b[^.;]{0,60}\ban\b|"
                    r"angekündigt\w*\b[^.;]{0,40}\b" + _GOODS + r"|"
                    # (not a withdrawal announced: "announces the withdrawal of troops")
                    r"announc(?:es|ed)\b(?![^.;]{0,60}\bwithdraw)[^.;]{0,60}\b" + _GOODS_EN + r"|"
                    r"Bereitschaft\w*\s+(?:zu|zur|zum)\s+(?:\w+\s+){0,2}?" + _GOODS + r"|"
                    r"(?:readiness|ready|prepared|willing) to "
                    r"(?:provide|send|deploy|supply|contribute|give)\b|"
                    r"(?:unterzeichne\w*|unterschrieb\w*|signed|sign)\b[^.;]{0,100}\b(?:\w*erklärung|declaration|"
                    r"letter of intent)\b[^.;]{0,60}\b(?:Entsendung|Lieferung\w*|Stationierung|deploy\w*|"
                    r"send(?:ing)?|dispatch\w*|provi\w*)\b|"
                    # "agreed to ... resume security assistance"
                    r"agree(?:d|s)? to\b[^.]{0,80}\b(?:resume|provide|send|supply|deliver)\b)", IC)


def promised(t: str, pm: re.Match[str]) -> bool:
    """Whether a match of `PLEDGE` in `t` is a promise: not a "sagte ... zu" or "sicherte ... zu"
    whose "zu" is that of an infinitive ("sagte X, ohne Einzelheiten zu nennen") or a preposition
    ("sagte er zu Reportern") rather than the particle closing the clause."""
    g = pm.group(0)
    if not (re.match(r"(?:sagte|sicherte)\w* ", g, IC) and g.endswith("zu")):
        return True
    return any(re.match(r"\s*(?:[.,;:!?\"“”»)]|$)|\s+(?:und|sowie|oder)\b", t[pm.start() + z.end():])
               for z in re.finditer(r"\bzu\b", g))


# what a pledge commits: money, arms, troops, aid
# (not a truce, "Waffenruhe"; not an aim supported, "committed to supporting peace")
RESOURCES = re.compile(r"Dollar|Euro|\bUSD\b|\bEUR\b|Milliard|Million|billion|million|"
                       r"Waffe(?!n?(?:ruhe|stillstand|pause)|n\s+(?:ruhen|schweigen|nieder))|Munition|"
                       r"Luftabwehr|Flugabwehr|Panzer|Rakete|Drohne|Truppe|Soldat|Hilfe|Hilfspaket|Paket|"
                       r"Finanz|Kredit|Unterstützung|Ausbildung|weapon|arms\b|ammunition|air defen|tank|"
                       r"missile|drone|troop|soldier|\baid\b|assistance|package|funding|fund|loan|"
                       r"support(?!ing)|training|equipment|Ausrüstung|Garantie|guarantee|Investition|investment|"
                       r"Wiederaufbau|reconstruction|Lieferung|deliveries|shipments|Entsendung|Stationierung|"
                       r"deploy|Stützpunkt\w*|military bases?|"
                       r"multinational\w*\W{0,2}\s*(?:Kräfte|forces)", IC)
# a trip to talks is no commitment of resources ("wollten Delegationen nach Doha entsenden",
# "to send a delegation to Istanbul")
DELEGATION_SENT = re.compile(r"\b(?:Delegation\w*|Unterhändler\w*|Verhandl\w*|Gesandt\w*|Emissär\w*|"
                             r"delegations?|envoys?|negotiators?|representatives?)\b", IC)
# the pledge's own clause ends (or begins) at these ("..., while Ukraine proposed ...")
# (not ", and to deliver", ", und zwar", ", und zu liefern" nor a colon: the same promise goes on)
CLAUSE_END = re.compile(r";|,\s*(?:although|though|even though|but|while|whereas|on top of|obwohl|"
                        r"aber|doch|während|zumal)\b|"
                        r",\s*(?:und|and)\b(?!\s+(?:zu|to|zwar|namely|also|auch)\b)", IC)


def clause_of(t: str, at: int) -> str:
    """The clause of `t` around the offset `at` (between the `CLAUSE_END` marks before and after)."""
    start = max((m.end() for m in CLAUSE_END.finditer(t, 0, at)), default=0)
    end = CLAUSE_END.search(t, at)
    return t[start:end.start() if end else len(t)]


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
