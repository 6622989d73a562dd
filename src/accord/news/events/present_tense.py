"""Meetings told in the present tense, as headlines and leads tell them ("Delegations meet in
Istanbul", "Russland und die Ukraine verhandeln in Istanbul"): `present_meeting`, with the
people met who are a counterpart at talks (`_meets_counterpart`), and an arrival denied or not
yet made (`_NOT_ARRIVED`). Used by `rounds._happened` and the cascade; moved out of `rounds`
unchanged.
"""

from __future__ import annotations

import re

from accord.news.events.common import IC
from accord.news.prefilter import gate_patterns

# (session 14) a meeting told in the English present, as headlines and leads tell it ("Delegations
# meet in Istanbul", "Zelensky meets Trump at the White House", "Russia, US hold talks in Riyadh",
# "Talks in Geneva resume", "US and Ukrainian officials open talks"): the finite verb right after
# its subject. Not after a modal, "to", a negation or a conjunction of condition or time (see
# `_NOT_NOW`), nor a habit ("meet regularly", "meet every month").
_PRESENT_MEET = re.compile(
    r"\b(?:meet|meets)\b(?!\s+(?:regularly|routinely|often|frequently|annually|weekly|monthly|every|each|"
    r"once|twice|again\s+(?:later|soon|next|in\s+the\s+coming))\b)|"
    r"\b(?:hold|holds|open|opens|begin|begins|start|starts|resume|resumes|launch|launches)\s+"
    r"(?:(?:a|an|the|their|new|fresh|direct|first|second|third|further|more|peace|another)\s+){0,3}"
    r"(?:[\w-]+\s+)?(?:talks|meeting|negotiations|consultations|round)\b|"
    r"\b(?:talks|negotiations|consultations)\s+(?:(?:in|at|on|between|with|of|over)\s+(?:(?!(?:will|would|could|can|"
    r"may|might|should|must|shall|are|is|to|not|did|do|does|were|was|had|have|has)\b)[\w.'’-]+\s+){1,6}?)?"
    r"(?:begin|begins|start|starts|open|opens|resume|resumes|kick\s+off|get\s+under\s*way|end|ends|conclude|"
    r"concludes|wrap\s+up|continue|continues)\b", IC)
_MAYBE_NOW = re.compile(r"\b(?:may|might|could|would|will|should|can|possib\w*|perhaps|maybe|whether|if|"
                        r"unless|when|once|until|before|after|hope\w*|want\w*|plan\w*|expect\w*)\b", IC)
_NOT_NOW = re.compile(r"\b(?:to|will|would|could|can|may|might|should|must|shall|not|n't|never|did|does|do|"
                      r"if|unless|whether|once|until|when|before|after|cannot|wo|let|ready|want|wants|plan|"
                      r"plans|hope|hopes|expect|expects|agree|agreed)\s+(?:\w+\s+){0,2}$", IC)


# ... and in the German present ("Die Delegationen treffen sich in Istanbul", "Selenskyj trifft
# Trump im Weißen Haus", "Russland und die Ukraine verhandeln in Istanbul", "In Genf beginnen
# die Gespräche"): the German verb may stand last, so the whole sentence must have no modal,
# future, negation, condition or plan (`_NOT_NOW_DE`).
_NOT_HELD_WORDS = r"(?:für|auf|zu|zum|zur|über|um|gegen|mit|Vorbereitung\w*|Planung\w*)\b"
_PRESENT_MEET_DE = re.compile(
    r"\b(?-i:trifft|treffen\s+sich|verhandeln|telefonieren|beraten|berät)\b(?!\s+(?:regelmäßig|immer|oft|jede\w*|noch|"
    r"einmal|zweimal)\b)|"
    r"\b(?:beginnen|beginnt|starten|startet|enden|endet)\s+(?:(?!" + _NOT_HELD_WORDS + r")[\w-]+\s+){0,3}?"
    r"(?:die\s+|der\s+)?(?:(?!" + _NOT_HELD_WORDS + r")[\w-]+\s+)?(?:\w*[Gg]espräche|\w*[Vv]erhandlungen|"
    r"Beratungen|Konsultationen|\w*(?<![Gg])[Rr]unde|\w*[Tt]reffen)\b", IC)
_NOT_NOW_DE = re.compile(r"\b(?:will|wollen|wolle\w*|wollte\w*|soll\w*|werden|wird|werde\w*|würde\w*|"
                         r"könnte\w*|kann|können|müsse\w*|muss|müssen|dürfte\w*|möchte\w*|bereit|geplant|"
                         r"plan\w*|nicht|kein\w*|wenn|falls|ob|sobald|bevor|erst|künftig\w*|nächste\w*|"
                         r"kommende\w*|zu\s+(?:verhandeln|treffen|beraten|telefonieren))\b", IC)


# (review 14) an arrival denied or not yet made ("ist noch nicht zu den Verhandlungen eingetroffen",
# "has not yet arrived"): no talks held
_NOT_ARRIVED = re.compile(r"\b(?:not|n't|never|nicht|nie|kein\w*)\b[^.;]{0,80}?\b(?:arrived|landed|"
                          r"eingetroffen|angekommen|gelandet|angereist)\b", IC)
# (review 14) people met who are no counterpart at talks ("meets soldiers", "refugees meet", "trifft
# Soldaten"), and what makes a present "meet" one of talks: a talks or counterpart word, a named
# person or side met ("meets Trump"), or two named sides meeting ("Russia and Ukraine meet")
_NO_COUNTERPART = (r"(?:soldiers|troops|refugees|voters|students|workers|veterans|residents|children|"
                   r"families|fans|supporters|wounded|pupils|farmers|Soldaten|Truppen|Flüchtling\w*|Wähler\w*|Schüler\w*|"
                   r"Studenten|Veteranen|Bewohner\w*|Kinder\w*|Familien|Anhänger\w*|Verwundete\w*|Landwirte\w*)")
_NOT_COUNTERPART_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?" + _NO_COUNTERPART + r"\b", IC)
_NOT_COUNTERPART_BEFORE = re.compile(_NO_COUNTERPART + r"\s+(?:\w+\s+)?$", IC)
_TALKS_WORD = re.compile(r"\b(?:talks|negotiat\w*|delegation\w*|envoys?|counterparts?|peace|ceasefire|truce|"
                         r"summit|consultations)\b", IC)
_MET_NAMED = re.compile(r"\s+(?:(?:US|U\.S\.|Russian|Ukrainian|Turkish|French|German|British)\s+)?"
                        r"(?-i:[A-ZÄÖÜ])")
_TWO_MEET = re.compile(r"(?-i:[A-ZÄÖÜ])[\w.'’-]+(?:\s+[\w'’-]+)?\s*(?:,|\band\b|&)\s*(?:the\s+)?"
                       r"(?-i:[A-ZÄÖÜ])[\w.'’-]+(?:\s+[\w'’-]+)?\s+$", IC)


def _meets_counterpart(t: str, m: re.Match[str]) -> bool:
    """A present "meet(s)" whose subject or object is a counterpart at talks (`_TALKS_WORD`,
    `_MET_NAMED`, `_TWO_MEET`), not people who are none (`_NO_COUNTERPART`)."""
    after, before = t[m.end():], t[max(0, m.start() - 60):m.start()]
    if _NOT_COUNTERPART_AFTER.match(after) or _NOT_COUNTERPART_BEFORE.search(before):
        return False
    if not re.match(r"meets?\b", m.group(0), IC):
        return True  # (hold talks, talks begin: the talks noun is in the match)
    return bool(_TALKS_WORD.search(t) or _MET_NAMED.match(after) or _TWO_MEET.search(before))


_AT_PLACE = re.compile(r"\b(?:in|at|im|near|nahe)\s+(?:the\s+|dem\s+|der\s+)?(?-i:[A-ZÄÖÜ])", IC)


def present_meeting(t: str) -> re.Match[str] | None:
    """A meeting told in the English present in a headline (`_PRESENT_MEET`), not put ahead,
    made possible, negated or set in a condition by the words before its verb (`_NOT_NOW`,
    `_MAYBE_NOW`), or in the German present in a sentence with nothing of the kind
    (`_PRESENT_MEET_DE`); either only with a place named after a locative preposition."""
    if not _AT_PLACE.search(t):
        return None  # (no place: a process going on, "USA, Kiew und Moskau verhandeln über X")
    heading = not t.rstrip().endswith((".", "!", "?", '"', "”", ":"))
    for m in _PRESENT_MEET.finditer(t if heading else ""):  # (in a body the present is often a plan)
        clause = re.split(r"[,;:\"“”„]", t[:m.start()])[-1]  # (its clause, back to a comma or quote)
        if (not _NOT_NOW.search(t[max(0, m.start() - 40):m.start()]) and not _MAYBE_NOW.search(clause)
                and _meets_counterpart(t, m)):
            return m
    de = _PRESENT_MEET_DE.search(t)
    if (de is not None and not _NOT_NOW_DE.search(t) and re.match(r"\s+\w", t[de.end():])
            and _meets_counterpart(t, de)):
        return de  # (the finite verb second, not last in a subordinate clause: "in dem X und Y verhandeln")
    return None


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
