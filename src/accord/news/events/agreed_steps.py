"""Further steps agreed, offered or presented (split from `agreements`): an order given to the forces
(`ORDER_GIVEN`), a step agreed (`AGREED_STEP`), an offer (`OFFERED`), a plan or paper handed over
(`PRESENTED`), a step in the passive with a modal (`STEP_PASSIVE`), a trip to sign or talk
(`TRAVEL_FOR`), whether a step is only asked for (`_asked`), and `_next_step`, which names the step
of a sentence. Used by `unilateral_steps`, `deal_rules` and
`cascade`.
"""

from __future__ import annotations

import re

from accord.news.events.announced_steps import _OPEN_QUESTION
from accord.news.events.common import IC
from accord.news.events.intents import _NEXT_STEP, contact_to_be_kept, paper_sent
from accord.news.events.plans import _ORIGINALLY_PLANNED, PLANNED_MEETING
from accord.news.prefilter import gate_patterns

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
