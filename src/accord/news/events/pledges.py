"""Pledges (AID/070-074: 071 economic, 072 military, 074 humanitarian) and polls: the pledge verbs
(`PLEDGE`), what a pledge commits (`RESOURCES`) and the words of an opinion poll (`POLL`).
"""

from __future__ import annotations

import re

from accord.news.events.common import IC
from accord.news.prefilter import gate_patterns

POLL = re.compile(r"\b(?:Umfrage|Befragten|Meinungsforsch\w*|survey|poll(?:ed|ster)?)\b", IC)
PLEDGE = re.compile(r"\b(?:zugesagt|sagte\w* [^.]{0,60}\bzu\b|in Aussicht|versprach|"
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
