"""Whose position a stance cue tells (split from `stances`; `find_stances` reads them): a list after
a lead-in naming a side's position (`_list_owner`), both sides as the ones asked (`_both_addressed`),
a truce asked of the other side (`_truce_asked_of`, README convention 2), a deal's terms and what a
side would do under them (`DEAL_TERMS`, `WOULD`), a sentence spelling out the one before
(`ELABORATION`, `MEMBERSHIP`), a position noun's complement (`COMPLEMENT`) and owner
(`_demands_owner`), a demonstrative subject (`THIS_ONE`), a reported obligation and who it obliges
(`REPORTED_MODAL`, `KONJUNKTIV_MODAL`, `WARRING`, `_own_demand`, `_obliged_subject`), a side's
backing (`BACKED_PROPOSAL`, `BACKED_BODY`) and a side's terms named as a noun (`TERMS`,
`_terms_owner`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from accord.news.prefilter import gate_patterns
from accord.news.stance_cues import NOUN_OWNER, OWNED_POSITION
from accord.news.stance_holders import (
    ACTORS,
    ADDRESSED_AFTER,
    ADDRESSED_BEFORE,
    IC,
    PERFECT_BEFORE,
    _actor_of_word,
    _speaker,
    _stance_mentions,
    _subjects,
)

if TYPE_CHECKING:
    from accord.news.extract import Sentence


# a lead-in naming a side's position before a colon ("Russia's negotiating position is that:",
# "Moscow's conditions include:", "Die Forderungen des Kremls:")
_POSITION_NOUN = re.compile(r"\b(?:positions?|demands|conditions|terms|requirements|"
                            r"Positionen|Position|Forderungen|Bedingungen)\b", IC)


def _list_owner(s: Sentence) -> str | None:
    """The side a lead-in before a colon names as holding the position listed after it: the side
    named nearest to its position noun, else None."""
    noun = _POSITION_NOUN.search(s.text)
    if noun is None:
        return None
    at = s.start + noun.start()
    sides = [m for m in s.mentions if m.actor in ACTORS
             and abs(m.start - at) <= 40]
    if not sides:
        return None
    return min(sides, key=lambda m: abs(m.start - at)).actor


# a German verb of asking before the sides it asks ("rief beide Seiten auf", "forderte die
# Kriegsparteien zu ... auf", "appellierte an beide Seiten"); in verb-second order the sides
# right after a bare verb are its subject ("In Istanbul forderten beide Seiten einen Austausch"),
# so (but for "appellierte an") they are the ones asked only with the separable particle after
# them, closing the clause ("rief beide Seiten zu ... auf", "forderte beide Seiten auf, ...")
ASKING_DE = re.compile(r"\b(?:forder\w*|rief|ruft|rufen|bat|bitte[tn]?)\s+(?:\w+\s+){0,2}$", IC)


APPEAL_DE = re.compile(r"\bappellier\w*\s+an\s+(?:\w+\s+){0,2}$", IC)


PARTICLE_AFTER = re.compile(r"(?:\s+[^\s,.;:!?]+){0,12}?\s+auf(?=\s*(?:[,.;:!?]|$)|\s+und\b)", IC)


def _both_addressed(t: str, a: int, b: int) -> bool:
    """Whether "both sides" at `t[a:b]` are who the sentence asks ("urged both sides to ...",
    "rief beide Seiten zu ... auf", "hat beide Seiten aufgefordert"): the ones asked hold no
    position by being asked."""
    before = t[max(0, a - 60):a]
    return bool(ADDRESSED_BEFORE.search(before) or APPEAL_DE.search(before) or (
        ASKING_DE.search(before) and PARTICLE_AFTER.match(t, b)) or (
        PERFECT_BEFORE.search(before) and ADDRESSED_AFTER.match(t, b)))


# asking the other warring side to cease fire (README convention 2: asking the other side to do X
# is an offer): English "called on/urged/asked X to", German "forderte X auf, ...", "rief X auf",
# "hat X aufgefordert/gebeten"; what is asked follows the one asked
_ASK_EN = re.compile(r"\b(?:call(?:s|ed|ing)? on|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|appeal(?:s|ed)? to|"
                     r"invit(?:e|es|ed))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", IC)


_ASK_DE = re.compile(r"\b(?:forder\w*|rief|ruft|rufen|bat|bitten|bittet)\s+(?:\w+\s+){0,3}$", IC)


_ASK_DE_AFTER = re.compile(r"(?:\s+(?:Seite|Regierung|Führung))?"
                           r"(?:\s+(?:[\w-]+\s+){0,5}?(?:auf\b|aufgefordert|"
                           r"aufgerufen|gebeten)|\s+(?:[\w-]+\s+){0,5}?(?:dazu\s+)?auf\s*,)", IC)


# agreeing to a truce proposed, holding to or prolonging one in place is asked of the other side
# as a demand ("rief Russland auf, einer Waffenruhe zuzustimmen", "urged Moscow to honour the
# truce"), unless the asker's own truce is to be answered in kind ("ebenfalls", "also", "follow
# the example"): only declaring, allowing or keeping one's own guns silent is offered
_COMPLY = re.compile(r"\b(?:honou?r\w*|respect\w*|observ\w*|compl\w+|abid\w*|extend\w*|prolong\w*|"
                     r"agree\w*|accept\w*|sign\w*|endorse\w*|einzuhalten|einhalten|respektier\w*|"
                     r"verlänger\w*|zuzustimmen|zustimm\w*|anzunehmen|annehm\w*|akzeptier\w*|"
                     r"einzuwilligen|unterzeichn\w*|zu unterschreiben|"
                     # to stop breaking a truce, or to lengthen it, is to keep one in place (review 15:
                     # "urged Russia to stop violating the ceasefire" read as an offer)
                     r"violat\w*|breach\w*|break\w*|Verstö\w*|verletz\w*|brech\w*|zu brechen|"
                     r"auszudehnen|ausdehn\w*|auszuweiten|ausweit\w*|lengthen\w*)\b", IC)


_IN_KIND = re.compile(r"\b(?:ebenfalls|gleichfalls|also|too|as well|in kind|example|Beispiel|Vorbild)\b", IC)


def _truce_asked_of(s: Sentence, other: str) -> bool:
    """Whether `s` asks the side `other` to cease fire: a name of `other` right after a verb of
    asking (English order, or German verb-second with its particle "auf" or a perfect of asking
    after it), and a ceasefire word in what follows, not to keep or extend a truce in place."""
    t = s.text
    for m in s.mentions:
        if m.actor != other:
            continue
        a, b = m.start - s.start, m.end - s.start
        if not (_ASK_EN.search(t[max(0, a - 40):a]) or (_ASK_DE.search(t[max(0, a - 40):a])
                                                          and _ASK_DE_AFTER.match(t, b))
                or (ADDRESSED_AFTER.match(t, b) and PERFECT_BEFORE.search(t[max(0, a - 40):a]))):
            continue
        asked = t[b:]
        if re.search(r"waffenruhe|waffenstillstand|feuerpause|feuer\w* einzustellen|waffen ruhen|"
                     r"ceasefire|cease-fire|truce|stop (?:the )?(?:fighting|hostilities)", asked, IC) and (
                not _COMPLY.search(asked) or _IN_KIND.search(asked)):
            return True
    return False


# the terms of a deal under discussion opening the sentence ("Under the draft accord, ...", "Nach
# dem möglichen Abkommen ...") and what a side would do under them: that side's offer
DEAL_TERMS = re.compile(r"^\W*(?:Under|According to|Nach|Laut|Gemäß|Im Rahmen)\s+"
                        r"(?:the|a|this|such an?|dem|der|des|eines|einer|diesem|dieser)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:deal|agreement|accord|arrangement|compromise|Abkommens?|Vereinbarung|Deals?|Kompromiss(?:es)?)\b"
                        r"(?:[^.;]{0,20}?,|\s+(?=würden?\b))")


WOULD = re.compile(r"\b(?:would|würde|würden)\b")


# a sentence that spells out what the sentence before named ("Insbesondere ...", "Dazu gehört ...",
# "In particular ...", "Chief among them ...")
ELABORATION = re.compile(r"^\W*(?:Insbesondere|Vor allem|Namentlich|Allen voran|Darunter|"
                         r"Dazu (?:gehör|zähl)\w*|In particular|Chief among them|Above all|Among them|"
                         r"These include|They include)\b")


# one that lists a member of them ("Dazu gehört X"): X is one of the demands even with no cue
MEMBERSHIP = re.compile(r"^\W*(?:Darunter|Dazu (?:gehör|zähl)\w*|Chief among them|Among them|These include|"
                        r"They include)\b")


# the complement right after a position noun ("proposal for a ceasefire", "Vorschlag zur
# Waffenruhe", "Angebot einer Feuerpause", "demand that ...")
COMPLEMENT = re.compile(r"\s+(?:for|on|to|of|that|about|over|regarding|über|zur|zum|zu|für|nach|von|"
                        r"eine[rs]?|des|der|dass)\b", re.IGNORECASE)


def _demands_owner(s: Sentence) -> str | None:
    """The side whose demands `s` names as a noun with their owner ("Moskaus Forderungen",
    "Russia's demands"), else None; only looked for where the sentence has such a noun."""
    t = s.text
    if not re.search(r"orderung|emand", t):
        return None
    for m in NOUN_OWNER.finditer(t):
        noun = (m.group("n") or m.group("m") or m.group("e")).lower()
        if not noun.startswith(("forderung", "demand")):
            continue
        word = (m.group("x") or m.group("y") or m.group("z")).replace("’", "'").removesuffix("'s")
        if (actor := _actor_of_word(word, s)) in ACTORS:
            return actor
    for m in OWNED_POSITION.finditer(t):
        if m.group("n").lower().startswith("demand"):
            word = m.group("x").replace("’", "'").removesuffix("'s")
            if (actor := _actor_of_word(re.sub(r"[.\u2024]", "", word), s)) in ACTORS:
                return actor
    return None


# a demonstrative pronoun as the subject ("Dieser forderte ...", "Letztere hatte ..."): the person
# named last before it; a finite verb must follow (not an adjective: "Diese russischen Forderungen")
THIS_ONE = re.compile(r"^\W*(?:Dieser|Diese|Letzterer|Letztere)\s+"
                      r"(?!(?:letzte|erste|zweite|dritte|bereits|seit|jetzt|erst|meist|nicht)\b)"
                      r"(?=(?:hat|habe|ist|sei|war|wäre|wird|will|soll|kann|muss|\w+te|\w+t)\b)(?=[a-zäöüß])"
                      r"|^\W*The latter\b")


# a reported obligation (Konjunktiv I) with its subject right beside it: "müsse Kiew", "die
# Ukraine solle"; in the indicative too, continuing the demand told just before ("Dazu muss Kiew
# seine Truppen abziehen", "Ukraine must also recognise ...")
REPORTED_MODAL = re.compile(r"(?:müsse|solle|muss|müssen|soll|sollen|must|has to|have to)", re.IGNORECASE)


# only the Konjunktiv reports another side's demand by itself; an indicative obligation ("Europe
# must now send ...") is the other side's demand only right after that side's terms, when the one
# obliged is the other warring side or the sentence opens as their continuation ("Dazu muss Kiew")
KONJUNKTIV_MODAL = re.compile(r"(?:müsse|solle)", re.IGNORECASE)


WARRING = {"RUS": "UKR", "UKR": "RUS"}


# a proposal or plan right after a side's participle of backing ("a US-backed 30-day ceasefire
# proposal", "the Kremlin-backed peace plan")
BACKED_PROPOSAL = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:proposals?|plans?|initiatives?|drafts?|"
                             r"frameworks?)\b", re.IGNORECASE)


# people or a body right after a side's "-backed" ("the Kremlin-backed authorities", "Russian-backed
# separatists"): a proxy of the side, not its position on the sentence's issue
BACKED_BODY = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:authorities|administrations?|separatists?|forces|"
                         r"officials?|militias?|leaders?|governments?|proxies|fighters|groups?|regimes?|"
                         r"rebels|troops|candidates?|parties|party|media|outlets?|governors?|mayors?|"
                         r"politicians?|parliaments?|councils?)\b", re.IGNORECASE)


CONTINUING = re.compile(r"\W*(?:Dazu|Demnach|Zudem|Außerdem|Among them|In addition)\b", re.IGNORECASE)


def _own_demand(t: str, P: dict[str, Any]) -> bool:
    """Whether `t` has a cue of demanding or rejecting besides a "soll"/"sollen"."""
    masked = re.sub(r"\b(?:soll|sollen)\b", lambda m: " " * len(m.group(0)), t, flags=re.IGNORECASE)
    return any(rx.search(masked) for name in ("demand", "reject") for rx in P["polarity"][name])


def _obliged_subject(s: Sentence, actor: str, words: str) -> bool:
    """Whether the sentence's deciding cue is a reported obligation whose grammatical subject is
    `actor` ("Zudem müsse Kiew die Krim anerkennen"): what one side is told it must do, in
    reported speech continuing another side's demand."""
    if not REPORTED_MODAL.fullmatch(words.strip()):
        return False
    t = s.text
    for mo in re.finditer(r"\b(?:müsse|solle|muss|müssen|soll|sollen|must|has to|have to)\b", t,
                          re.IGNORECASE):
        for m in s.mentions:
            if m.actor != actor:
                continue
            a, b = m.start - s.start, m.end - s.start
            if re.fullmatch(r"\s+(?:die\s+|der\s+|das\s+)?", t[mo.end():a]) or \
                    re.fullmatch(r"\s+", t[b:mo.start()]):
                return True
    return False


# a side's terms named as a noun ("listed the conditions under which ...", "set out its demands")
TERMS = re.compile(r"\b(?:Bedingungen|Forderungen|Forderungskatalog|Ultimatum|conditions|demands|terms|"
                   r"ultimatum)\b", IC)


def _terms_owner(prev: Sentence, P: dict[str, Any]) -> str | None:
    """The side whose terms the sentence `prev` names as a noun (its speaker's side, else its
    first subject), else None: what the next sentence says another side must do spells them out."""
    if not TERMS.search(prev.text):
        return None
    prev = _stance_mentions(prev)
    speaker, commentator = _speaker(prev, P)
    if commentator:
        return None
    if speaker is not None and speaker.actor in ACTORS:
        return speaker.actor
    subjects = _subjects(prev)
    return subjects[0] if subjects else None


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
