"""Pledges (AID/070-074: 071 economic, 072 military, 074 humanitarian) and polls: the pledge verbs
(`PLEDGE`), what a pledge commits (`RESOURCES`) and the words of an opinion poll (`POLL`).
"""

from __future__ import annotations

import re

from accord.news.events.common import IC
from accord.news.prefilter import gate_patterns

# a poll told by its noun in any compound ("Meinungsumfrage", "Befragung") or its respondents
POLL = re.compile(r"\b(?:\w*umfrage\w*|Befragung\w*|Befragte\w*|Meinungsforsch\w*|surveys?|surveyed|"
                  r"poll(?:s|ed|ster|sters)?|respondents?)\b", IC)
PLEDGE = re.compile(r"\b(?:zugesagt|sagte\w* [^.]{0,60}\bzu\b|in Aussicht|versprach|"
                    # assured, made available, allocated ("sicherte ... zu", "stellt ... zur Verfügung")
                    r"sicherte\w*\b[^.]{0,60}\bzu\b|zur Verfügung (?:zu )?stell\w*|"
                    r"stell\w*\b[^.]{0,60}\bzur Verfügung|allocat(?:ed|es)|earmark(?:ed|s)|vowed|"
                    r"versprochen|mittragen|entsenden|bereitzustellen|bereitstellen|pledg\w*|"
                    r"promised|committed|"
                    # "agreed to ... resume security assistance"
                    r"agree(?:d|s)? to\b[^.]{0,80}\b(?:resume|provide|send|supply|deliver)\b)", IC)


# what a pledge commits: money, arms, troops, aid
RESOURCES = re.compile(r"Dollar|Euro|\bUSD\b|\bEUR\b|Milliard|Million|billion|million|Waffe|Munition|"
                       r"Luftabwehr|Flugabwehr|Panzer|Rakete|Drohne|Truppe|Soldat|Hilfe|Hilfspaket|Paket|"
                       r"Finanz|Kredit|Unterstützung|Ausbildung|weapon|arms\b|ammunition|air defen|tank|"
                       r"missile|drone|troop|soldier|\baid\b|assistance|package|funding|fund|loan|"
                       r"support|training|equipment|Ausrüstung|Garantie|guarantee|Investition|investment|"
                       r"Wiederaufbau|reconstruction", IC)


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
