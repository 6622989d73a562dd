"""What is not a next step of the talks (split from `intents`): a side's own plan made public
(`_plan_made_public`), a readiness for talks in general (`_ready_in_general`), a wish only
(`WISH_ONLY`), and `no_step`, which names why a sentence's intent or step is none (an aim, an
assessment, a hope, a notice). Called from `passes`.
"""

from __future__ import annotations

import re

from accord.news.events.common import IC
from accord.news.events.intents import (
    _CONCESSION_OFFERED,
    _DEAL_CONTENT,
    _EFFORTS_GO_ON,
    _NEXT_CLAUSE,
    _NEXT_STEP,
    _OBSERVERS,
    _OFFER_ON_CONDITION,
    _PLAN_FELL_THROUGH,
    _REJECTED_OFFER,
    _REPORTED_FRAME,
    _SETTLEMENT_OFFERED,
    _WAR_CONTINUED,
    AIM,
    ASSESSMENT,
    HOPE,
    INTENT,
    MAYBE_STEP,
    NEGATED_STEP,
    NOTICE,
    REPEATED_READINESS,
    STEP,
)
from accord.news.prefilter import gate_patterns

# (session 17) a side's own plan made public ("stellte seinen Friedensplan im Parlament vor", "legt
# einen neuen Friedensplan vor", "unveiled a 28-point peace plan", "presented its peace formula"):
# the plan's content is a position (stances), no next step of the talks; a plan handed to the other
# side or its delegation ("handed the plan to the Russian side", "übergab der russischen Delegation
# den Plan") is one (`agreed_steps.PRESENTED`)
_PLAN_NOUN = (r"(?:[\w-]*(?:plan|pläne)(?:s|es|e|en)?|[\w-]*(?:formula|formel)|[\w-]*(?:framework|roadmap))")


_PLAN_MADE_PUBLIC = re.compile(
    r"\b(?:present(?:s|ed)?|unveil(?:s|ed)?|laid out|lays out|outlined|outlines|published|publishes|"
    r"released|rolled out|put forward|puts forward)\s+(?:[\w\"“”'’-]+\s+){0,5}?" + _PLAN_NOUN + r"\b|"
    r"\b(?:stellte\w*|stellt|stellen|legte\w*|legt|legen)\b[^.;]{0,80}\b" + _PLAN_NOUN + r"\b[^.;]{0,60}"
    r"\bvor\b|\b" + _PLAN_NOUN + r"\b[^.;]{0,60}\b(?:vorgestellt|vorgelegt|präsentiert|ausgebreitet|"
    r"veröffentlicht)\b", IC)


# the plan given to someone: the other side, its delegation, a named capital or person ("to the
# Russian side", "to Kyiv", "to Putin", "der russischen Seite", "dem Kreml")
_PLAN_TO_SOMEONE = re.compile(
    r"\bto\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:side|delegations?|team|"
    r"negotiators?|envoys?|mediators?|delegates|allies|partners|counterparts?|leaders?|officials|"
    r"administration|government|president)\b|"
    r"\bto\s+(?!(?:end|stop|reach|bring|achieve|resolve|settle|secure|the|a|an)\b)(?-i:[A-Z])[\w-]+\b|"
    r"\b(?:der|dem|den)\s+(?:\w+(?:en|ischen)\s+)?(?:Seite|Gegenseite|Delegation\w*|Kreml|Unterhändlern|"
    r"Verbündeten|Partnern|Gesandten|Vermittlern|Regierung\w*)\b", IC)


# (review17 item 10) a plan to be presented ("will present its plan", "is to present", "plans to
# unveil") or put on the table at the talks ("at the talks in Istanbul", "bei den Gesprächen"): left
# to the step rules
_PLAN_LATER = re.compile(r"\b(?:will|would|shall|to|going to)\s+(?:also\s+|soon\s+|then\s+|now\s+)?$", IC)


_AT_THE_TALKS = re.compile(r"\b(?:at|during|in)\s+the\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:talks|negotiations|round|meeting)\b|"
                           r"\b(?:bei|in)\s+den\s+(?:[\w-]+\s+){0,2}?(?:Gesprächen|Verhandlungen)\b|"
                           r"\b(?:bei|in)\s+der\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:Runde|Verhandlungsrunde|Gesprächsrunde)\b|"
                           r"\bbeim\s+(?:[\w-]+\s+){0,2}?Treffen\b", IC)


def _plan_made_public(t: str) -> bool:
    """Whether the sentence's act is a plan made public, given to no one, with no step to come
    beside it (`_PLAN_MADE_PUBLIC`)."""
    m = _PLAN_MADE_PUBLIC.search(t)
    if m is None or _PLAN_TO_SOMEONE.search(t) or _PLAN_LATER.search(t[:m.start()]) \
            or _AT_THE_TALKS.search(t):
        return False
    rest = t[:m.start()] + " " + t[m.end():]
    return _NEXT_STEP.search(rest) is None and INTENT.search(rest) is None


# (session 17) a readiness for talks in general, a standing position ("has declared his readiness
# for talks with X", "is ready to meet with everyone", "bereit zu allen Gesprächsformaten", "the
# willingness to engage in negotiations"), as opposed to a readiness for a particular next step: a
# meeting (the noun), a next, new or further round, meeting again, hosting, joining or continuing
# talks, conditions for a meeting to be made, a day or a place ("ready for the next round of
# talks", "willing to host talks", "ready to meet again", "bereit zu einer neuen Runde", "möchte
# sich an den Verhandlungen beteiligen")
_READY_IN_GENERAL = re.compile(
    r"\b(?:ready|willing|willingness|readiness|prepared|open)\s+(?:to|for)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:talks|negotiations|negotiate|dialogue|meet|contacts?)\b|"
    r"\b(?:bereit(?!s\b)\w*|Bereitschaft|offen)\b[^.;]{0,40}\b(?:\w*[Vv]erhandlung\w*|\w*[Gg]espräch\w*|"
    r"Dialog\w*|(?-i:treffen))\b|\b(?:\w*[Vv]erhandlung\w*|\w*[Gg]espräch\w*|Dialog\w*)\b"
    r"[^.;]{0,30}\bbereit\b", IC)


_PARTICULAR_STEP = re.compile(
    r"\b(?:next|new|another|further|second|third|fourth|fifth|again|host\w*|resum\w*|continu\w*|"
    r"restart\w*|join\w*|participat\w*|take part|attend\w*|send\w*|round|summit|format|"
    r"nächste\w*|neue\w*|weitere\w*|erneut\w*|wieder\w*|\w*[Rr]unde\w*|Gipfel\w*|fortzusetzen|"
    r"fortsetz\w*|Fortsetzung|ausricht\w*|auszurichten|beteilig\w*|teilzunehmen|teilnehm\w*|"
    r"entsend\w*|invit\w*|einlad\w*|eingeladen|lud|luden|"
    # (conditions for a meeting to be made: "bereit, die Bedingungen für ein Treffen zu schaffen")
    r"schaffen|create|organi[sz]\w*|arrang\w*|ermöglichen|facilitat\w*|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|morgen|week|Woche)\w*)\b|"
    # (a place named or refused for the talks: "allerdings nicht in Minsk", "not on Belarusian soil";
    # the place is asked of the gazetteer, `_place_named`)
    r"\b(?:soil|Boden)\b", IC)


# (review17 item 15) a capitalised word after a preposition, a place only if the gazetteer knows it
# (not "nach Angaben", "im Krieg", "in Zukunft": German nouns are capitalised)
_NAMED_AFTER = re.compile(r"\b(?:in|im|nach|at)\s+((?-i:[A-Z])[\w-]+)(?:\s+((?-i:[A-Z])[\w-]+))?", IC)


def _place_named(t: str) -> bool:
    """Whether a place or an actor of the gazetteer is named after in/im/nach/at."""
    from accord.news.gazetteer import default

    surfaces = default().surfaces
    for m in _NAMED_AFTER.finditer(t):
        names = [m.group(1)] + ([m.group(1) + " " + m.group(2)] if m.group(2) else [])
        if any((e := surfaces.get(n)) is not None and e.kind in ("place", "actor") for n in names):
            return True
    return False


_FORMATS_ALL = re.compile(r"\b(?:all|any|every|allen|alle|jede\w*|jedwede\w*)\s+(?:[\w-]+\s+)?"
                          r"(?:formats?|\w*[Ff]ormat\w*)\b|\beveryone\b|\banyone\b", IC)


def _ready_in_general(t: str) -> bool:
    """Whether the sentence's readiness is one for talks in general, no particular step
    (`_READY_IN_GENERAL`)."""
    if _READY_IN_GENERAL.search(t) is None:
        return False
    if _FORMATS_ALL.search(t):
        return True  # ready for any format, to meet anyone: a standing position
    return _PARTICULAR_STEP.search(t) is None and not _place_named(t)


# (session 17) a wish, hope or will told in the past or negated, or a prospect held out
# ("wollte die Waffenruhe zunächst nicht akzeptieren", "man wolle keine Wiederholung", "hoped to
# speak with", "held out the prospect that"): what the kind model takes for an intent, no step
# announced (asked of the model's statements only, `passes._no_steps`: of its 21 over the eight
# external tuning sets 15 were extras, none of its six right ones has these words). Not
# "wollten", also the Konjunktiv of reported speech ("Peskow sagte, beide Seiten wollten die
# Gespräche fortsetzen" announces the plan).
WISH_ONLY = re.compile(r"\b(?:wollte|wanted|hoped|hofft\w*|hoffen|hope|hopes|hoping|wished|"
                       r"wünscht\w*)\b|\bwolle\w*\s+(?:\w+\s+)?kein\w*\b|\b(?:held|holds|hold)\s+out\s+"
                       r"the\s+prospect\b|\b(?:does|did|do)\s+not\s+want\b", IC)


# the talks or a round of them (`no_step`: an offer's content with talks named is left to the step rules)
_ROUND_NOUN = re.compile(r"\b(?:rounds?|talks|negotiations|\w*[Rr]unde|Gespräche|Verhandlungen)\b", IC)


def no_step(t: str) -> str | None:
    """Why a sentence with a cue of intent announces no concrete step, else None: the step only
    possible or negated, a notice of details to come, praise, an assessment or a hope with no
    step word."""
    from accord.news.events.unilateral_steps import RESTRAINT

    if _WAR_CONTINUED.search(t):
        return "the war continued, no step of the talks"
    if _DEAL_CONTENT.search(t):
        return "what a proposed deal would provide, no step"
    if _CONCESSION_OFFERED.search(t):
        return "a concession offered: a position, no step"
    if _OFFER_ON_CONDITION.search(t):
        return "an offer made for a condition: a position, no step"
    if _SETTLEMENT_OFFERED.search(t) and not _ROUND_NOUN.search(t):
        # (not when talks or a round stand in the sentence: "will present its proposals for a buffer
        # zone at the next round of talks", "schlug vor, die Gespräche über eine Zone fortzusetzen"
        # announce the talks, review16 item 10)
        return "the content of a settlement offered: a position, no step"
    if (m := _EFFORTS_GO_ON.search(t)) is not None and not STEP.search(t[:m.start()] + " " + t[m.end():]):
        return "efforts or support said to go on: an aim, no step"
    if (m := _REJECTED_OFFER.search(t)) is not None and not _NEXT_CLAUSE.search(t, m.end()):
        return "an offer or plan rejected: a stance, no step"
    if _OBSERVERS.search(t):
        return "an observer's expectation, no side's step"
    if (m := _PLAN_FELL_THROUGH.search(t)) is not None and not _REPORTED_FRAME.search(t, 0, m.start()):
        return "a plan of the past that fell through"
    if _plan_made_public(t):
        return "a plan made public, given to no one: a position, no step"
    if _ready_in_general(t):
        return "a readiness for talks in general: a standing position, no step"
    if MAYBE_STEP.search(t):
        return "a step only said to be possible"
    if NEGATED_STEP.search(t):
        return "a step negated"
    if REPEATED_READINESS.search(t):
        return "a readiness said repeatedly: a standing position"
    if NOTICE.search(t) and not _NEXT_STEP.search(t):
        return "a notice of details or results to come"
    if (ASSESSMENT.search(t) or HOPE.search(t) or AIM.search(t)) and not STEP.search(t) \
            and not RESTRAINT.search(t):  # (a halt announced "to create the conditions for talks")
        return "praise, an assessment, a hope or an aim"
    return None


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
