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
_GOODS = (r"(?:[\w-]*(?:lieferung|hilfe|paket|waffe|munition|unterstützung|truppe|soldat|kredit|garantie)\w*|"
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
                    r"announc(?:es|ed)\b[^.;]{0,60}\b" + _GOODS_EN + r"|"
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
RESOURCES = re.compile(r"Dollar|Euro|\bUSD\b|\bEUR\b|Milliard|Million|billion|million|Waffe|Munition|"
                       r"Luftabwehr|Flugabwehr|Panzer|Rakete|Drohne|Truppe|Soldat|Hilfe|Hilfspaket|Paket|"
                       r"Finanz|Kredit|Unterstützung|Ausbildung|weapon|arms\b|ammunition|air defen|tank|"
                       r"missile|drone|troop|soldier|\baid\b|assistance|package|funding|fund|loan|"
                       r"support|training|equipment|Ausrüstung|Garantie|guarantee|Investition|investment|"
                       r"Wiederaufbau|reconstruction|Lieferung|deliveries|shipments|Entsendung|Stationierung|"
                       r"deploy", IC)


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
