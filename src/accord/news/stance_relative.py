"""Relative clauses and appositions that hold a position of their own inside a stance sentence
(moved out of `accord.news.stances`, unchanged): a participle with its agents in apposition
(", long sought by Kyiv, Washington and most NATO states", ", rejected by Moscow") and a relative
clause whose own subject is a side ("Eine Waffenruhe, die Selenskyj akzeptiert hatte, ...",
"concessions that Ukraine rejects"). `accord.news.stances` reads the rest of the sentence without
them and gives their holders the clause's polarity."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from accord.news.prefilter import gate_patterns
from accord.news.stance_clauses import _polarity_masked
from accord.news.stance_cues import _polarity
from accord.news.stance_holders import ACTORS, IC

if TYPE_CHECKING:
    from accord.news.extract import Sentence


# a participle with its agents in apposition to what the clause names (", long sought by Kyiv,
# Washington and most NATO states", ", backed by Kyiv and its allies", ", rejected by Moscow"): the
# participle's position is the agents'
APPOSITIVE = re.compile(r",\s+(?:(?:long|already|widely|strongly|repeatedly|first|initially|previously|also|"
                        r"so far|earlier|since)\s+)?(?P<p>sought|favou?red|backed|supported|welcomed|"
                        r"endorsed|demanded|called for|pushed for|urged|proposed|offered|put forward|"
                        r"suggested|floated|"
                        r"opposed|rejected|refused|ruled out|dismissed|accepted|approved)\s+"
                        r"(?:(?:for (?:years|months|weeks)|so far|from the start)\s+)?by\s+", IC)
APPOSITIVE_POLARITY = (("sought", "support"), ("favo", "support"), ("backed", "support"),
                       ("supported", "support"), ("welcomed", "support"), ("endorsed", "support"),
                       ("demanded", "demand"), ("called", "demand"), ("pushed", "demand"),
                       ("urged", "demand"),
                       ("proposed", "propose"), ("offered", "propose"), ("put", "propose"),
                       ("suggested", "propose"), ("floated", "propose"), ("opposed", "reject"),
                       ("rejected", "reject"), ("refused", "reject"), ("ruled", "reject"),
                       ("dismissed", "reject"), ("accepted", "accept"), ("approved", "accept"))
# where the list of agents ends: a clause break, a semicolon or colon, a dash, the sentence's end
_AGENTS_END = re.compile(r"[;:]|\s[–—-]\s|,\s+(?:but|while|whereas|which|who|although|though|as|"
                         r"and\s+(?:has|have|had|is|"
                         r"are|was|were|will|would)\b)|[.!?]?[\"”]?\s*$", IC)


def _appositive_agents(s: Sentence) -> tuple[tuple[int, int], list[str], str] | None:
    """The apposition of a participle with its agents (APPOSITIVE) after the first clause's
    subject: its span, the sides named as its agents (at least one) and the participle's
    polarity; None when the sentence has none."""
    t = s.text
    m = APPOSITIVE.search(t)
    if m is None:
        return None
    end = _AGENTS_END.search(t, m.end())
    b = end.start() if end is not None else len(t)
    agents = list(dict.fromkeys(x.actor for x in s.mentions if x.actor in ACTORS
                                and m.end() <= x.start - s.start < b))
    if not agents:
        return None
    word = m.group("p").lower()
    pol = next(p for stem, p in APPOSITIVE_POLARITY if word.startswith(stem))
    return (m.start(), b), agents, pol


# a relative clause with a subject of its own after what the sentence names: German "..., eine
# Bedingung, die Kiew abgelehnt hat", "Eine Waffenruhe, die Selenskyj akzeptiert hatte, ...", "...,
# die von den USA gefordert wird"; English "concessions that Ukraine rejects" (after a noun of a
# position or an issue), "the ceasefire Washington and Kyiv have pushed for" (no pronoun)
_REL_NOUNS = (r"concessions?|demands?|conditions?|terms|proposals?|plans?|ceasefire|truce|deal|agreement|"
              r"guarantees|withdrawal|membership|idea|step|offer|request|compromise|solution|neutrality|"
              r"elections?|exchange|swap|moratorium|pause")
# before "that" only nouns that are no verb of the third person ("Moscow demands that ...") and
# take no content clause ("the demand that Kyiv withdraw", "the idea that ...")
_REL_NOUNS_THAT = (r"concessions|conditions|terms|proposals|ceasefire|truce|deal|agreement|withdrawal|"
                   r"membership|compromise|elections|swap|moratorium")
RELATIVE_OWN = re.compile(r",\s+(?:die|der|das|den|welche[rsn]?)\s+(?=(?:von\s+)?(?:(?:die|der|den|dem)\s+)?"
                          r"(?-i:[A-ZÄÖÜ]))|"
                          r"\b(?:" + _REL_NOUNS_THAT + r")\s+(?:that|which|whom)\s+"
                          r"(?=(?:the\s+)?(?-i:[A-Z]))|"
                          r"\b(?:" + _REL_NOUNS + r")\s+(?=(?:the\s+)?(?-i:[A-Z])[\w.]+(?:\s+(?:and|und)\s+"
                          r"(?:the\s+)?(?-i:[A-Z])[\w.]+)?\s+(?:has|have|had)\s+(?:long\s+|already\s+|"
                          r"repeatedly\s+|firmly\s+)?[a-z]+ed\b)", IC)
# German names of sides said with an article ("die Ukraine", "der Kreml", "die Europäer")
ARTICLE_NAMES = frozenset({"Ukraine", "USA", "Türkei", "EU", "Europäer", "Europäische", "Europäischen",
                           "Kreml", "NATO", "Nato", "Vereinigten", "Amerikaner", "Russen", "Ukrainer",
                           "Schweiz",
                           "Vatikan", "Briten", "Franzosen", "Deutschen", "Russische", "Russischen",
                           "Bundesregierung", "Regierung", "Führung"})
_LISTED = re.compile(r"\s*(?:,|und|and|sowie|as well as)\s*(?:(?:die|der|den|dem|the)\s+)?", IC)
_REL_END = re.compile(r"[,;:]|\s[–—-]\s|[.!?]?[\"”]?\s*$")


def _relative_own(s: Sentence, P: dict[str, Any], lang: str) -> tuple[tuple[int, int], list[str], str] | None:
    """A relative clause whose own subject is a side named as its first word (after at most an
    article, or as its passive agent, "die von den USA gefordert wird"), and that has a cue of its
    own: its span, its holders (that subject and the sides listed with it) and the clause's
    polarity."""
    t = s.text
    for m in RELATIVE_OWN.finditer(t):
        a = m.end()
        end = _REL_END.search(t, a)
        b = end.start() if end is not None else len(t)
        head = t[a:b]
        # the side must open the clause, after at most "von" and an article ("die Kiew abgelehnt
        # hat", "den die Ukraine ablehnt", "die von den USA gefordert wird"): not a noun phrase
        # that only names it ("..., den Beitritt der Ukraine zu verwerfen" is no relative clause)
        first = re.match(r"(?:von\s+)?(?:(?:die|der|den|dem|the)\s+)?", head)
        at = a + (first.end() if first else 0)
        near = [x for x in s.mentions if x.actor in ACTORS and x.start - s.start == at]
        if near and t[m.start()] == "," and at == a and near[0].kind != "person" and \
                near[0].surface.split()[0] in ARTICLE_NAMES:
            continue  # "sagte, die Europäer seien bereit": an article before a name that takes one
            # (a relative pronoun stands before one without: "die Kiew ablehnt", "die die Ukraine ...")
        if not near or (head.lower().startswith("von") and not re.search(
                r"\b(?:gefordert|verlangt|abgelehnt|vorgeschlagen|angeboten|unterstützt|akzeptiert|"
                r"angestrebt|gewünscht)\w*\b", head)):
            continue
        holders = [near[0].actor or ""]
        last = near[0]
        for x in s.mentions:  # the sides listed with it ("die Ukraine und die USA", "Kyiv, Paris and London")
            if x.start < last.end or x.start - s.start >= b:
                continue
            if x.actor not in ACTORS or not _LISTED.fullmatch(t, last.end - s.start, x.start - s.start):
                break
            holders.append(x.actor or "")
            last = x
        pol = _polarity_masked(head, P, lang)
        if pol is None or (pol == "support" and re.fullmatch(
                r"will|wollen|wolle|wollte|wollten|möchte|möchten", _polarity(head, P, lang)[2].strip(), IC)):
            continue  # (German "will" alone is the weakest wish: "ein Memorandum, das Kiew prüfen will")
        return (m.start() if t[m.start()] == "," else a, b), holders, pol
    return None


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
