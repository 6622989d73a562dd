"""Statements of intent (CONSULT/036): a readiness to talk or meet (`INTENT`), a concrete next
step announced by a verb of announcing with a planned act after it (`_intent`, `INTENT_VERBS`,
`_NEXT_STEP`), what does not count (an aim only, holding a course: `NO_STEP`, `_HOLD_COURSE`,
`_noun_only`), and the merge of an intent or pledge printed twice word for word
(`_same_words_again`). `_SAID_HAD` and `_BEFORE` tell a step reported as already taken.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.common import IC
from accord.news.facts import NewsEvent
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence


INTENT = re.compile(r"\b(?:bereit\w*, (?:die |den )?(?:Gespräche|Verhandlungen|Dialog)\w* "
                    r"fortzusetzen|Absicht, (?:den Dialog|die Gespräche) fortzusetzen|eingeladen|"
                    r"um [^.]{0,30}Gespräche [^.]{0,40}gebeten|bereit\w*, [^.]{0,80}zu entsenden|"
                    r"agreed to continue|invited|willing to continue|plan(?:s|ned)? to meet|"
                    # proposing or agreeing on a next meeting is a step announced, not the meeting
                    r"(?:propos|suggest|offer)\w* (?:a |an |another |new |direct )?(?:[\w-]+ ){0,2}"
                    r"(?:meeting|talks|summit|round)|agreed to (?:hold|meet|resume)|"
                    r"schl(?:ug|ugen|ägt|agen)\b[^.]{0,40}\b(?:Treffen|Gespräch\w*|Gipfel\w*)\b"
                    r"[^.]{0,30}\bvor\b|"
                    r"vereinbart\w*\b[^.]{0,60}\b(?:fortzusetzen|weitere\w* (?:Runde|Treffen|Gespräche))|"
                    # ready for talks: "erklärte sich zu Verhandlungen bereit", "ready to negotiate"
                    r"zu (?:Verhandlungen|Gesprächen)\b[^.]{0,40}\bbereit|"
                    r"bereit\w*,? (?:zu )?(?:Verhandlungen|Gesprächen)\b|"
                    r"(?:ready|prepared|willing) (?:to negotiate|for (?:talks|negotiations)|to "
                    r"(?:hold|start|begin|open) (?:direct )?(?:talks|negotiations)))",
                    IC)


def _same_words_again(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """A statement of intent or pledge whose sentence repeats word for word the sentence of an
    earlier one of its kind (a headline printed again as the lead) is that one: its span grows to
    cover the repeat."""
    seen: dict[tuple[str, str, str], NewsEvent] = {}
    out: list[NewsEvent] = []
    for e in events:
        if e.kind not in ("statement_of_intent", "pledge"):
            out.append(e)
            continue
        words = " ".join(re.findall(r"\w+", "".join(x.text for x in sents if x.start <= e.start < x.end)))
        first = seen.get((e.kind, e.topic or "", words))
        if first is not None and words and first.start != e.start:
            first.end = max(first.end, e.end)
            continue
        seen.setdefault((e.kind, e.topic or "", words), e)
        out.append(e)
    return out


# Verbs that announce a concrete next step, as lemmas; with a planned act after them ("kündigte
# an, ... zu informieren", "promised to phone", "offered to transfer") they state an intent.
INTENT_VERBS = frozenset({"ankündigen", "versprechen", "vorschlagen", "anbieten", "vorbereiten",
                          "beabsichtigen", "zusichern", "announce", "promise", "propose", "offer",
                          "prepare", "intend", "plan", "vow"})
_PLANNED_ACT = re.compile(r"\b(?:zu \w+en|zu \w+ern|\w+zu\w+en|werde|werden|wolle|wollen|will|would|"
                          r"(?:proposed|offered|suggested|announced|planned) \w+ing|"
                          r"to (?!the\b|a\b|an\b|its\b|his\b|her\b|their\b)[a-z]+)\b")


def _intent(s: Sentence, lang: str) -> str | None:
    """The intent verb of a sentence that announces an actor's next step, else None."""
    from accord.news.kinds import sentence_lemmas

    if not s.actors() or _BEFORE.search(s.text):
        return None
    found = sentence_lemmas(s.text, lang) & INTENT_VERBS
    if found:  # (the verbs found only as nouns are looked for only when there are verbs)
        found = found - _noun_only(s.text, lang)
    if _HOLD_COURSE.search(s.text):
        found = frozenset()  # keeping to a course is a position, not a next step
    if not found or not _PLANNED_ACT.search(s.text):
        step = _NEXT_STEP.search(s.text)
        return step.group(0) if step is not None else None
    return sorted(found)[0]


# an aim stated or a readiness only as a condition: no step announced
NO_STEP = re.compile(r"\b(?:Priorität|Ziel|priority|goal|aim)\b[^.]{0,20}\b(?:ist|sei|is|was|remains)\b|"
                     r"\b(?:bis|sobald|until|once|as soon as)\b[^.,;]{0,40}\b(?:bereit|ready|willing)\b", IC)
_HOLD_COURSE = re.compile(r"\b(?:festzuhalten|festhalten|beizubehalten|to stick to|to keep to|to stay "
                          r"the course|to maintain (?:its|their) (?:course|position))\b", IC)


def _noun_only(text: str, lang: str) -> set[str]:
    """Lemmas that a sentence has only as nouns: a German word capitalised inside the sentence
    ("die jüngsten Pläne"), an English "plan" not followed by "to" ("the peace plan"); a verb
    cue found only there announces nothing."""
    from accord.news.lemmas import WORD, lemma

    tokens = [m.group(0) for m in WORD.finditer(text)]
    nouns: set[str] = set()
    others: set[str] = set()
    for k, w in enumerate(tokens):
        after = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
        noun = (lang == "de" and k > 0 and w[:1].isupper()) or (
            lang == "en" and w.lower() in ("plan", "plans") and after != "to")
        (nouns if noun else others).add(lemma(w, lang))
        if not noun:
            others.add(w.lower())
    return nouns - others


# a concrete next step said to come ("said Ukraine would send a delegation", "said it would
# study the proposals", "ready to hand over the bodies", "submitted its response",
# "werde den Entwurf prüfen")
_NEXT_STEP = re.compile(
    r"\b(?:would|will|is going to|are going to|(?:is|are|was|were) ready to|stands? ready to)\s+"
    r"(?:soon\s+|also\s+|unilaterally\s+|immediately\s+)?(?:send|study|examine|review|respond|reply|"
    r"submit|present|hand over|forward|deliver|draft|resume|continue|consider|set up|establish|"
    r"communicate|transfer|return|cut back|reduce|appoint|inform)\b|"
    r"\b(?:submitted|handed over|sent|delivered|presented)\s+(?:its|their|a|the)\s+(?:written\s+)?"
    r"(?:response|reply|answer|proposals?|counter-?proposals?|draft|memorandum|plan)\b|"
    r"\b(?:werde|werden|wird|wolle|wollen|will|sei bereit|ist bereit|sind bereit)\b[^.;]{0,60}\b"
    r"(?:entsenden|schicken|prüfen|antworten|vorlegen|übergeben|übermitteln|weiterleiten|ausarbeiten|"
    r"fortsetzen|wiederaufnehmen|einrichten|zurückgeben|informieren|reduzieren)\b", IC)


_SAID_HAD = re.compile(r"\b(?:said|says|told|claimed|announced|reported|noted|added|stated|explained)\b"
                       r"(?: on \w+)?(?: that)?"
                       r" (?:its|it|they|their|the|[A-Z]\w+)\b[^.;]{0,40}\bhad\b")
_BEFORE = re.compile(r"\b(?:zuvor|bereits|damals|vorher|früher|hatte|hatten|previously|earlier|"
                     r"already|had)\b", IC)


# What is no concrete next step (corpus README: praise or assessments of progress and notices of
# when details will be published are not coded), in German and English (see `no_step`).
# A step only said to be possible: a modal of possibility right before the verb of the step or
# of readiness ("may be prepared to offer", "könnte ... anbieten", "möglicherweise bereit").
_STEP_WORDS = (r"(?:prepared|ready|willing|able|offer|propose|send|invite|hold|meet|host|announce|resume|"
               r"continue|submit|present|hand|bereit|anbieten|vorschlagen|entsenden|schicken|einladen|"
               r"treffen|fortsetzen|vorlegen|übergeben|ankündigen)")
MAYBE_STEP = re.compile(r"\b(?:(?-i:may)|might|could|possibly|perhaps|möglicherweise|eventuell|vielleicht|"
                        r"könnte\w*|dürfte\w*)\s+(?:\w+\s+){0,3}?(?:be\s+)?" + _STEP_WORDS + r"\w*\b", IC)
# a step negated: not invited, no plans, no intention ("ist nicht eingeladen", "has no plans to")
NEGATED_STEP = re.compile(r"\b(?:nicht|nie|niemals|not|never)\s+(?:\w+\s+){0,2}?(?:eingeladen|invited|"
                          r"geplant|planned|vorgesehen|scheduled|beabsichtigt|intended)\b|"
                          r"\b(?:keine|no)\s+(?:\w+\s+)?(?:Pläne|Absicht|plans?|intention)\b|"
                          # no meeting planned ("kein Treffen geplant", "no meeting is planned")
                          r"\b(?:kein\w*|no)\s+(?:\w+\s+){0,2}(?:\w*treffen|Gespräch\w*|Verhandlung\w*|"
                          r"Gipfel\w*|meeting|talks|summit|negotiations)\b[^.;]{0,60}\b(?:geplant|vorgesehen|"
                          r"planned|scheduled|expected)\b", IC)
# details or results announced for later: a notice, no step ("Einzelheiten würden später
# bekanntgegeben", "kündigte Ergebnisse an", "details will be released")
NOTICE = re.compile(r"\b(?:public|Öffentlichkeit)\b[^.;]{0,30}\b(?:informed|informiert|unterrichtet)\b|"
                    r"\b(?:inform\w*|unterricht\w*) (?:the |die )?(?:public|Öffentlichkeit)\b|"
                    r"\b(?:Details|Einzelheiten|Ergebnisse?|details|results?|outcome)\b[^.;]{0,60}\b"
                    r"(?:bekannt\w*|veröffentlich\w*|mitgeteilt|published|released|announced|made public|"
                    r"disclosed)|\b(?:kündigt\w*|announc\w*|verspr\w*|promis\w*)\b[^.;]{0,40}\b"
                    r"(?:Ergebnisse?|Details|Einzelheiten|results?|details)\b", IC)
# praise or assessment of talks ("konstruktiv", "gut verlaufen", "went well", "productive")
ASSESSMENT = re.compile(r"\b(?:konstruktiv\w*|produktiv\w*|positiv\w*|gut verlaufen|erfolgreich\w*|"
                        r"sachlich\w*|nützlich\w*|substanziell\w*|fruchtbar\w*|lobte\w*|gelobt|würdigte\w*|"
                        r"constructive|productive|positive|went well|gone well|useful|substantive|"
                        r"successful|fruitful|praised|hailed)\b", IC)
# a hope or expectation of an outcome, not a step ("hofft auf Unterstützung", "expects support")
HOPE = re.compile(r"\b(?:hofft\w*|hoffe\w*|erhofft\w*|erwart\w*|hopes?|hoped|hoping|expects?|expected|"
                  r"counts? on|zählt auf)\b[^.;]{0,40}\b(?:Unterstützung|Hilfe|Fortschritt\w*|Frieden\w*|"
                  r"Ergebnis\w*|Durchbruch|Einigung|support|help|progress|peace|results?|breakthrough|"
                  r"backing|a deal|an agreement)\b", IC)
# the concrete step words that keep a sentence a statement of intent despite praise or a hope
STEP = re.compile(r"\b(?:fortsetz\w*|fortzusetzen|fortgesetzt werden|weiterverhandeln|wiederaufnehm\w*|"
                  r"entsenden|schicken|vorlegen|übergeben|übermitteln|vorbereiten|einrichten|treffen|"
                  r"Treffen|Besuch\w*|Reise|reisen|telefonieren|anrufen|unterzeichnen|continue|resume|"
                  r"send|submit|hand over|prepare|set up|establish|meet|meeting|visit|travel|call|"
                  r"sign|appoint|arrang\w*|Befehl\w*|Anweisung\w*|angeordnet|ordnete\w*|orders?|ordered|"
                  r"command\w*|instruct\w*|teilnehmen|teilzunehmen|attend|take part|participate|join|"
                  r"phone|informieren|inform|einladen|invite)\b", IC)


# an outcome aimed at, not a step towards it ("promised to end the war", "will bring peace",
# "den Krieg beenden", "Frieden schaffen")
AIM = re.compile(r"\b(?:end|stop|bring|achieve|secure|beenden|stoppen|schaffen|erreichen|bringen)\b"
                 r"[^.;]{0,30}\b(?:war|Krieg\w*|peace|Frieden\w*|fighting|Kämpfe\w*|killing|bloodshed|"
                 r"Blutvergießen)\b|\b(?:war|Krieg\w*|fighting|Kämpfe\w*)\b[^.;]{0,30}\b(?:beenden|stoppen|"
                 r"zu beenden|end|stop)\b", IC)


def no_step(t: str) -> str | None:
    """Why a sentence with a cue of intent announces no concrete step, else None: the step only
    possible or negated, a notice of details to come, praise, an assessment or a hope with no
    step word."""
    if MAYBE_STEP.search(t):
        return "a step only said to be possible"
    if NEGATED_STEP.search(t):
        return "a step negated"
    if NOTICE.search(t) and not _NEXT_STEP.search(t):
        return "a notice of details or results to come"
    if (ASSESSMENT.search(t) or HOPE.search(t) or AIM.search(t)) and not STEP.search(t):
        return "praise, an assessment, a hope or an aim"
    return None


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
