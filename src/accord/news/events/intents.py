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


# words that put a meeting noun beside what is offered rather than make it the thing offered
# ("zu Zugeständnissen bei den Verhandlungen bereit": readiness to concede, not to meet)
_NOT_ON_THE_WAY = r"(?:bei|beim|in|im|während|nach|vor|auf|über|mit|ohne)\b"
# (session 14) readiness for a meeting in more words: the meeting a few words on ("ready for the
# next round of talks", "ready to take part in a new round", "expressed willingness to meet again",
# "signalled readiness to continue the negotiations", "bereit zu einer neuen Verhandlungsrunde",
# "zu weiteren direkten Gesprächen bereit", "die Bereitschaft zu einem Treffen", "bereit, die
# Bedingungen für ein Treffen zu schaffen", "möchte sich an den Verhandlungen beteiligen")
_AGAINST_TALKS_DE = r"(?:Abbruch|Ende|Beendigung|Aussetzung|Ausstieg|Verlassen|Offensive)\b"
READINESS = (r"\b(?:ready|willing|willingness|readiness)\s+(?:to|for)\s+(?:(?!(?:if|unless|once|at|during|"
             # (review 14: not an act against the talks, "ready for a new offensive should the talks
             # fail", "ready to walk out of the talks", "bereit zum Abbruch der Verhandlungen")
             r"after|before|over|about|on|of|with|should|until|leave|quit|walk|end|break|abandon|"
             r"offensive)\b)(?!(?<!part )(?<!participate )(?<!engage )in\b)"
             r"[\w'’-]+\s+){0,5}?(?:talks|negotiations|meeting|round|summit|meet|negotiate|"
             r"dialogue)\b|"
             r"(?:bereit(?!s\b)\w*|Bereitschaft(?:\s+[\w-]+s)?)\s*,?\s*(?:zu[rm]?|für)\s+(?:(?!"
             + _NOT_ON_THE_WAY + r"|" + _AGAINST_TALKS_DE + r")[\w-]+\s+){0,3}?(?:\w*[Vv]erhandlung\w*|"
             r"\w*[Gg]espräch\w*|\w*[Tt]reffen|\w*(?<![Gg])[Rr]unde\w*|Gipfel\w*|Dialog\w*)\b|"
             r"\bzu[rm]?\s+(?:(?!nicht\b|" + _NOT_ON_THE_WAY + r")[\w-]+\s+){0,3}?(?:\w*[Vv]erhandlung\w*|"
             r"\w*[Gg]espräch\w*|\w*[Tt]reffen|\w*(?<![Gg])[Rr]unde\w*|Gipfel\w*|Dialog\w*)\s+(?:[\w-]+\s+){0,3}?bereit\b|"
             r"\bbereit(?!s\b)\w*,\s+[^.;]{0,60}\b(?:\w*[Vv]erhandlung\w*|\w*[Gg]espräch\w*|\w*[Tt]reffen|"
             r"\w*(?<![Gg])[Rr]unde\w*)\b[^.;]{0,40}\bzu\s+(?:schaffen|ermöglichen|organisieren|"
             r"führen|fördern|unterstützen|vermitteln|beteiligen|teilzunehmen|veranstalten|ebnen)\b|"
             r"\b(?:möchte\w*|will|wolle\w*|bereit(?!s\b)\w*)\s+(?:sich\s+)?(?:[\w-]+\s+){0,3}?an\s+(?:den\s+|dem\s+|"
             r"der\s+)?(?:[\w-]+\s+)?(?:\w*[Vv]erhandlung\w*|\w*[Gg]espräch\w*|\w*[Tt]reffen)\b[^.;,]{0,60}?\s"
             r"(?:zu\s+)?(?:beteiligen|teilzunehmen|teilnehmen|mitzuwirken|mitwirken)\b")
# (a readiness told as the consequence of a condition: "Should Kyiv accept the plan, that would
# signal its readiness to talk")
READY_FOR_TALKS = re.compile(READINESS, IC)
INTENT = re.compile(r"\b(?:bereit(?!s\b)\w*, (?:die |den )?(?:Gespräche|Verhandlungen|Dialog)\w* "
                    r"fortzusetzen|Absicht, (?:den Dialog|die Gespräche) fortzusetzen|eingeladen|"
                    r"um [^.]{0,30}Gespräche [^.]{0,40}gebeten|bereit(?!s\b)\w*, [^.]{0,80}zu entsenden|"
                    r"agreed to continue|invited|willing to continue|plan(?:s|ned)? to meet|"
                    # proposing or agreeing on a next meeting is a step announced, not the meeting
                    # (the verb: not "Ukraine's proposals at the talks were detailed")
                    r"(?:propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|offer(?:s|ed|ing)?) (?:a |an |another |"
                    r"new |direct )?(?:(?!at |in |during |on |of )[\w-]+ ){0,2}"
                    r"(?:meeting|talks|summit|round)|"
                    r"agreed to (?:hold|meet|resume)|"
                    # ... also to someone, or as a noun ("proposed to the other side to hold a new
                    # meeting", "a proposal by X on Sunday to resume direct negotiations", "reached an
                    # agreement to meet again", "schlug Moskau vor, ein Treffen abzuhalten")
                    r"(?:propos\w*|suggest\w*|offer\w*|(?:reached|struck|came to)\s+(?:an?\s+)?"
                    r"(?:[\w-]+\s+){0,2}?agreement|Vorschlag\w*|Angebot\w*)\b"
                    r"[^.;]{0,50}?\bto (?:hold|have|arrange|meet|resume|restart|start|begin|open|continue)\s+"
                    r"(?:(?:a|an|another|new|further|direct|the|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
                    r"(?:meeting|talks|negotiations|summit|round|again)\b|"
                    r"\bschl(?:ug|ugen|ägt|agen)\b[^.;]{0,40}\bvor\b,?[^.;]{0,60}\b(?:\w*[Tt]reffen|Gespräch\w*|"
                    r"Gipfel\w*|Verhandlung\w*)\b[^.;]{0,40}\b(?:abzuhalten|zu vereinbaren|aufzunehmen|"
                    r"wiederaufzunehmen|fortzusetzen)\b|"
                    r"schl(?:ug|ugen|ägt|agen)\b[^.]{0,40}\b(?:Treffen|Gespräch\w*|Gipfel\w*)\b"
                    r"[^.]{0,30}\bvor\b|"
                    r"vereinbart\w*\b[^.]{0,60}\b(?:fortzusetzen|weitere\w* (?:Runde|Treffen|Gespräche))|"
                    # ready for talks: "erklärte sich zu Verhandlungen bereit", "ready to negotiate"
                    r"zu (?:Verhandlungen|Gesprächen)\b[^.]{0,40}\bbereit|"
                    r"bereit(?!s\b)\w*,? (?:zu )?(?:Verhandlungen|Gesprächen)\b|"
                    r"(?:ready|prepared|willing) (?:to negotiate|for (?:talks|negotiations)|to "
                    r"(?:hold|start|begin|open) (?:direct )?(?:talks|negotiations))|"
                    + READINESS + r")",
                    IC)


def _same_words_again(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """A statement of intent or pledge whose sentence repeats word for word the sentence of an
    earlier one of its kind (a headline printed again as the lead) is that one: it is read from
    the repeat too."""
    seen: dict[tuple[str, str, str], NewsEvent] = {}
    out: list[NewsEvent] = []
    for e in events:
        if e.kind not in ("statement_of_intent", "pledge"):
            out.append(e)
            continue
        words = " ".join(re.findall(r"\w+", "".join(x.text for x in sents if x.start <= e.start < x.end)))
        first = seen.get((e.kind, e.topic or "", words))
        if first is not None and words and first.start != e.start:
            first.absorb(e)
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

    if not s.actors() or _BEFORE.search(s.text) or _ACHIEVED.search(s.text):
        return None
    found = sentence_lemmas(s.text, lang) & INTENT_VERBS
    if found:  # (the verbs found only as nouns are looked for only when there are verbs)
        found = found - _noun_only(s.text, lang)
    if _HOLD_COURSE.search(s.text):
        found = frozenset()  # keeping to a course is a position, not a next step
    if "prepare" in found and not _PREPARING.search(s.text):
        # "was prepared to declare its neutrality": a readiness to concede, a position, not a
        # step in preparation ("is preparing a meeting", "prepared to send a delegation" stay)
        found = found - {"prepare"}
    if not found or not _PLANNED_ACT.search(s.text):
        step = _NEXT_STEP.search(s.text)
        return step.group(0) if step is not None else None
    return sorted(found)[0]


# "prepare" as a step: preparing something, or ready to meet, talk or send ("is preparing a
# meeting", "prepares proposals", "was prepared to send a delegation"), not readiness for a position
# ("was prepared to declare its neutrality", "are prepared to give up")
_PREPARING = re.compile(r"\bprepar(?:e|es|ing)\b|\bprepared\s+(?!to\b)|\bprepared\s+to\s+(?:meet|talk|"
                        r"negotiate|hold|send|hand|submit|present|continue|resume|travel|sign)\b", IC)


# what was achieved, told with its verb of announcing ("announced: we have managed to free 215
# people", "gab bekannt, es sei gelungen, ... zu befreien"): done, no step to come
_ACHIEVED = re.compile(r"\b(?:managed to|succeeded in|(?:was|were|have been|has been) able to|gelang\w*|"
                       r"gelungen|geschafft)\b", IC)


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
                          # (session 14: no readiness, "nicht zu neuen Verhandlungen bereit", "is not
                          # ready for another round")
                          # (not "not only ready", "nicht nur bereit": review 14)
                          r"\b(?:nicht|nie|niemals)(?!\s+nur\b)\s+(?:[\w-]+\s+){0,4}?bereit\b|"
                          r"\b(?:not|never|no longer)(?!\s+only\b)\s+(?:\w+\s+)?(?:ready|willing|prepared)\b|"
                          # no meeting planned ("kein Treffen geplant", "no meeting is planned")
                          r"\b(?:kein\w*|no)\s+(?:\w+\s+){0,2}(?:\w*treffen|Gespräch\w*|Verhandlung\w*|"
                          r"Gipfel\w*|meeting|talks|summit|negotiations)\b[^.;]{0,60}\b(?:geplant|vorgesehen|"
                          r"planned|scheduled|expected)\b", IC)
# a readiness told as said again and again: a standing position, no step announced ("Putin has
# repeatedly said Russia is ready for talks", "hat mehrfach erklärt, man sei zu Gesprächen bereit")
REPEATED_READINESS = re.compile(r"\b(?:repeatedly|time and again|again and again|wiederholt|mehrfach|"
                                r"immer wieder)\b[^.;]{0,60}\b(?:ready|willing|prepared|open to|"
                                r"bereit(?!s\b)\w*|offen für)\b", IC)
# details or results announced for later: a notice, no step ("Einzelheiten würden später
# bekanntgegeben", "kündigte Ergebnisse an", "details will be released")
NOTICE = re.compile(r"\b(?:public|Öffentlichkeit)\b[^.;]{0,60}\b(?:informed|informiert|unterrichtet)\b|"
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
STEP = re.compile(r"\b(?:fortsetz\w*|fortzusetzen|fortgesetzt|weitergehen|weiterverhandeln|wiederaufnehm\w*|"
                  r"entsenden|schicken|vorlegen|übergeben|übermitteln|vorbereiten|einrichten|treffen|"
                  r"Treffen|Besuch\w*|Reise|reisen|telefonieren|anrufen|unterzeichnen|continue|resume|"
                  r"send|submit|hand over|prepare|set up|establish|meet|meeting|visit|travel|call|"
                  r"sign|appoint|arrang\w*|Befehl\w*|Anweisung\w*|angeordnet|ordnete\w*|orders?|ordered|"
                  r"command\w*|instruct\w*|teilnehmen|teilzunehmen|attend|take part|participate|join|"
                  r"phone|informieren|inform|einladen|invite|"
                  # a paper passed on, talks continued by their noun
                  r"weiterleit\w*|weitergeleitet|forward(?:ed)?|relay(?:ed)?|passed on|conveyed|"
                  r"Fortsetzung|Wiederaufnahme|continuation|resumption)\b", IC)


# an outcome aimed at, not a step towards it ("promised to end the war", "will bring peace",
# "den Krieg beenden", "Frieden schaffen")
# (not the end of a war of history: "a truce for the anniversary of the end of World War II")
AIM = re.compile(r"\b(?:end|stop|bring|achieve|secure|beenden|stoppen|schaffen|erreichen|bringen)\b"
                 r"[^.;]{0,30}\b(?:(?<!World )war(?!\s+(?:I|II|One|Two)\b)|Krieg\w*|peace|Frieden\w*|"
                 r"fighting|Kämpfe\w*|killing|bloodshed|"
                 r"Blutvergießen)\b|\b(?:war|Krieg\w*|fighting|Kämpfe\w*)\b[^.;]{0,30}\b(?:beenden|stoppen|"
                 r"zu beenden|end|stop)\b|"
                 # conditions to be created ("um günstige Bedingungen für Verhandlungen zu schaffen",
                 # "to create the conditions for talks")
                 r"\b(?:Bedingungen|Voraussetzungen|Grundlage\w*)\b[^.;]{0,40}\b(?:schaffen|zu schaffen)\b|"
                 r"\b(?:create|creating|to create|set the stage)\s+(?:\w+\s+){0,2}?"
                 r"(?:conditions|prerequisites|basis|ground)\b", IC)


# continuing or resuming the war is no step of the talks ("will continue its offensive",
# "dass Russland seine Angriffe fortsetzen werde")
_WAR_CONTINUED = re.compile(
    r"\b(?:continu\w*|resum\w*|fortsetz\w*|fortzusetzen|fortgesetzt|fortführ\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:aggression|war|attacks?|strikes|fighting|offensive|shelling|bombing|assault|Aggression|Krieg(?:e|es)?|"
    r"Angriff\w*|Kämpfe\w*|Offensive\w*|Beschuss)\b|\b(?:Aggression|Krieg(?:e|es)?|Angriff\w*|Kämpfe\w*|"
    r"Offensive\w*|Beschuss)\s+(?:\w+\s+){0,3}?(?:fortsetz\w*|fortzusetzen|fortgesetzt|fortführ\w*)", IC)


# what a deal still only proposed would provide ("Under the draft agreement, Russia would return
# ...", "Laut dem geplanten Abkommen würde die Ukraine ... zusagen"): its content, no side's step
# (the phrase opens the sentence or a clause: "to discuss guarantees in a future peace deal" names
# a topic of a step, not what a deal would provide)
_DEAL_CONTENT = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:that|dass)\s+)\W*(?:"
    # (session 16) also by its terms or a deal named without "proposed" ("Under its terms, X would
    # withdraw", "According to the agreement, the parties pledged", "under the accord to be
    # announced, both sides would", "Laut dem Abkommen sollen ...", "Gemäß der Vereinbarung werde ...")
    r"(?:under|according to|in line with) (?:its|their|the deal's|the plan's) terms\b|"
    r"(?:under|according to) (?:the|this|that) (?:agreement|deal|accord|plan|draft|document|memorandum|"
    r"framework|treaty)\b|"
    r"(?:laut|gemäß) (?:dem|der|diesem|dieser) (?:\w+-)?(?:Abkommen|Vereinbarung|Plan|Entwurf|Dokument|"
    r"Memorandum|Vertrag)s?\b|"
    r"(?:under|according to|in) (?:the|a|this|such an?) (?:potential|proposed|possible|draft|planned|"
    r"prospective|future|envisaged) (?:peace )?(?:deal|agreement|accord|plan|framework|treaty)\b|"
    r"(?:laut|nach|gemäß|in) (?:dem|einem|der|einer) (?:möglichen|geplanten|vorgeschlagenen|"
    r"angestrebten|künftigen|entworfenen) (?:Friedens)?(?:abkommen|vereinbarung|deal|plan|vertrag)s?\b)", IC)


# a concession offered ("offers to drop its demand for", "bot an, auf ... zu verzichten"): a
# position on an issue (a stance), not a concrete next step of the talks
_CONCESSION_OFFERED = re.compile(
    r"\b(?:offer\w*|propos\w*|ready|willing|prepared)\s+to\s+(?:\w+\s+)?(?:drop|give up|abandon|renounce|"
    r"forgo|forego|waive|cede|withdraw(?!\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?(?:talks|negotiations|"
    r"process|format|deal|agreement)\b))\b|"
    r"\b(?:bot|bietet|bieten|angeboten|schlug|vorgeschlagen|bereit)\b[^.;]{0,60}\b(?:zu verzichten|"
    r"aufzugeben|abzutreten)\b", IC)


# an offer made for a condition ("offered a ceasefire if Kyiv withdraws", "schlug vor, ... im
# Austausch für Garantien ... anzunehmen"): a conditional position on the issue (a stance), no step
_OFFER_ON_CONDITION = re.compile(
    # (session 14: a readiness too, "ready to meet only if ...", "bereit, sofern ...")
    r"\b(?:angeboten|bot|boten|bietet|bieten|schlug\w*|schlägt|schlagen|vorgeschlagen|offer(?:s|ed)?|"
    r"propos(?:es|ed)|bereit|ready|willing)\b"
    # (within the offer's own clause: "offered talks, and X said he would attend if ..." is an offer)
    r"(?:(?!,\s*(?:and|but|while|whereas|und|doch|während)\b|\b(?:but|aber|jedoch)\b)[^.;]){0,200}"
    r"\b(?:wenn|falls|sobald|sofern|if|once(?!\s+(?:again|more)\b)|as soon as|provided|on condition|"
    r"in exchange for|in return for|im Austausch für|im Gegenzug für|unter der Bedingung|"
    # (session 16) an offer tied to a condition ("a truce tied to the withdrawal of", "ein
    # Waffenstillstand, der an den Abzug geknüpft wäre", "contingent on", "conditional on")
    r"geknüpft|gekoppelt|tied to|linked to|conditional on|contingent on|"
    r"unless|es sei denn)\b", IC)
# (session 16) what a settlement would hold, offered or proposed (a zone, guarantor states, a line
# to stop at: "proposed a demilitarised economic zone", "schlug vor, dass fünf Staaten als
# Garantiemächte fungieren", "offered to halt along the current front line"): a position on the
# issue (a stance), not a next step of the talks
_SETTLEMENT_OFFERED = re.compile(
    r"\b(?:offer\w*|propos\w*|suggest\w*|angeboten|bot|boten|bietet|bieten|schl(?:ug|ugen|ägt|agen)|"
    r"vorgeschlagen|Vorschlag\w*)\b[^.;]{0,180}?\b(?:[\w-]*(?<![Ff]lug)(?<![Ff]lug-)zone\w*|Garantiemächte\w*|"
    r"Garantiemacht|Garantiestaat\w*|guarantor(?:s| states| powers| countries)?|"
    # (a line to stop at, not what happens on it: "pauses on the front line" is none)
    r"(?:along|at) (?:the )?(?:current |existing )?(?:front ?line|line of contact)|(?:entlang|an) "
    r"(?:der )?(?:aktuellen |jetzigen |derzeitigen )?(?:Frontlinie|Kontaktlinie))\b", IC)
# (session 16) efforts, support or work for peace said to go on ("will continue to make every effort
# for a lasting peace", "will continue to show its support", "will continue working toward a
# durable peace", "werde seine Bemühungen um Frieden fortsetzen", "wolle sich weiter für eine Lösung
# einsetzen"): an aim or a course held, not a concrete next step
_EFFORTS_GO_ON = re.compile(
    r"\b(?:continu\w*|keep)\s+(?:to\s+)?(?:make|making|show|showing|offer|offering|lend|lending|"
    r"provide|providing|work|working|push|pushing|strive|striving|seek|seeking|do|doing|help|helping|"
    r"support|supporting|stand|standing)\b[^.;]{0,50}?\b(?:efforts?|support|peace|solution|settlement|"
    r"resolution|end to the war|by Ukraine|with Ukraine)\b|"
    r"\b(?:continu\w*)\s+(?:\w+\s+){0,2}?(?:efforts|support|backing)\b|"
    r"\b(?:Bemühungen|Anstrengungen|Unterstützung|Einsatz)\b\s+(?:[\w-]+\s+){0,5}?(?:fortsetz\w*|"
    r"fortzusetzen|fortgesetzt|fortführ\w*|fortzuführen)\b|"
    r"\b(?:fortsetz\w*|fortführ\w*)\b\s+(?:[\w-]+\s+){0,3}?(?:Bemühungen|Anstrengungen|Unterstützung)\b|"
    r"\bsich\s+(?:[\w-]+\s+){0,3}?weiter(?:hin)?\s+(?:[\w-]+\s+){0,4}?(?:für|um)\b[^.;]{0,50}?"
    r"\b(?:einsetzen|einzusetzen|bemühen|zu bemühen|engagieren)\b", IC)
# an offer or plan told as rejected ("Kyiv dismissed the proposal as absurd", "lehnte den Vorschlag
# ab"): the rejection is a stance, no step of the side that rejects
_REJECTED_OFFER = re.compile(r"\b(?:dismissed|rejected|refused|turned down|lehnte\w*|abgelehnt|"
                             r"zurückgewiesen|wies\w*)\s+(?:(?:the|das|den|die|this|that|its|a|an)\s+)?(?:[\w-]+\s+)?"
                             r"(?:proposals?|offers?|plans?|Vorschlag|Vorschläge|Angebot|Plan)\b", IC)
# an observer's expectation ("According to observers, X is expected to brief Y"): no side announces
_OBSERVERS = re.compile(r"\b(?:according to|laut|nach (?:Einschätzung|Ansicht) (?:von )?)\s*"
                        r"(?:\w+\s+){0,2}?(?:observers|analysts|experts|commentators|Beobachter\w*|"
                        r"Analyst\w*|Expert\w*)\b", IC)
# a plan of the past that fell through ("wollten Delegationen entsenden, doch der Vorstoß ... hat den
# Prozess unterbrochen", "had planned to send a team, but"): no step to come
# a plan of the past in the past perfect ("hatten ... entsenden wollen", "had planned"), or one with a
# word of failure after the turn ("wollten ..., doch der Vorstoß hat den Prozess unterbrochen"); a
# plain "wollten" is also the Konjunktiv of reported speech ("X sagte, beide Seiten wollten ...,
# aber"), which announces the plan
_PLAN_FELL_THROUGH = re.compile(r"\b(?:hatten vor|hatten\b[^.;,]{0,80}\bwollen|had planned|had intended|"
                                r"had wanted)\b[^.;]{0,200}\b(?:doch|aber|jedoch|but|however)\b|"
                                r"\b(?:wollten|planten|hatten vor|hatten\b[^.;,]{0,80}\bwollen|had planned|"
                                r"had intended|had wanted|planned|intended|wanted)\b[^.;]{0,200}"
                                r"\b(?:doch|aber|jedoch|but|however)\b[^.;]{0,120}\b(?:scheitert\w*|gescheitert|abgesagt|"
                                r"unterbrochen|verhindert|vereitelt|platzte|geplatzt|fell through|collapsed|"
                                r"cancel+ed|called off|derailed|scrapped|blocked)\b", IC)
# a frame of reported speech before the plan ("Peskow sagte, beide Seiten wollten ...")
_REPORTED_FRAME = re.compile(r"\b(?:sagte|sagten|erklärte|erklärten|betonte|teilte\w*|berichtete|said|says|"
                             r"told|stated|added)\b", IC)
# a turn to a clause of its own after a rejection ("rejected the proposal but offered new talks")
_NEXT_CLAUSE = re.compile(r",\s*(?:and|but|und|doch)\b|\b(?:but|aber|jedoch)\b|;", IC)


# (session 17) a paper sent or put to someone ("has sent its amendments to Washington", "had sent
# Moscow a document setting out its position", "a revised version has been sent to", "schickte seine
# Änderungsvorschläge nach Washington", "hat den Europäern Vorschläge unterbreitet", "übersandte
# der Gegenseite einen Entwurf"): a paper of the talks passed on, a step (corpus README:
# "forwarding proposals"), as a paper handed over (`agreements.PRESENTED`)
_SENT_PAPER = (r"(?:documents?|memorand\w*|drafts?|proposals?|counter-?proposals?|amendments?|"
               r"responses?|replies|reply|answer|position paper|(?:updated|revised|amended|new) version)")
# (not a letter: "sent Putin a letter about the deal" is an appeal, no paper of the talks)
_SENT_PAPER_DE = (r"(?:\w*[Dd]okument\w*|Memorand\w*|\w*[Ee]ntw[uü]rf\w*|\w*[Vv]orschl[aä]g\w*|"
                  r"\w*[Aa]ntwort\w*|\w*[Pp]apier\w*|Fassung\w*)")
PAPER_SENT = re.compile(
    r"\b(?:sent|sends|send(?:ing)?|forwarded|transmitted|passed on|conveyed)\s+(?:[\w\"“”'’-]+\s+){0,4}?"
    + _SENT_PAPER + r"\b|\b" + _SENT_PAPER + r"\b[^.;]{0,60}\b(?:has|have|had|was|were)\s+(?:already\s+)?"
    r"(?:been\s+)?(?:sent|forwarded|transmitted|passed on)\b|"
    r"\b(?:schickte\w*|geschickt|übersandt\w*|übersandte\w*|sandte\w*|unterbreitet\w*|unterbreitete\w*|"
    r"zugeschickt|zugesandt|zugeleitet|leitete\w*\b[^.;]{0,60}\bzu)\b[^.;]{0,80}?\b" + _SENT_PAPER_DE
    + r"\b|\b" + _SENT_PAPER_DE + r"\b[^.;]{0,80}?\b(?:geschickt|übersandt|unterbreitet|zugeschickt|"
    r"zugesandt|zugeleitet)\b", IC)
# (session 17) contact to be kept or work to go on, agreed or announced ("agreed that their aides
# would stay in touch", "pledged to keep working on joint proposals", "will be in contact with",
# "vereinbarten, dass ihre Berater in Kontakt bleiben", "den Gesprächsfaden nicht abreißen zu
# lassen"): talks continued, a step (not a contact that merely was kept: no future or agreement)
STAY_IN_CONTACT = re.compile(
    r"\b(?:will|would|shall|agreed to|agree to|pledged to|promised to|vowed to|decided to|plan to|"
    r"intend to|going to)\s+(?:also\s+|continue to\s+)?(?:stay|remain|keep|be)\s+in\s+(?:close\s+|"
    r"regular\s+|constant\s+|direct\s+)?(?:contact|touch)\b|"
    r"\b(?:will|would|agreed to|pledged to|promised to|vowed to|decided to)\s+keep\s+(?:the\s+)?"
    r"(?:channels?|lines?|dialogue)\s+(?:of\s+communication\s+)?open\b|"
    r"\b(?:will|would|agreed to|pledged to|promised to|vowed to|decided to)\s+keep\s+working\s+on\s+"
    r"(?:the\s+|a\s+|their\s+|joint\s+)*(?:[\w-]+\s+)?(?:proposals?|text|draft|document|plan|framework|"
    r"agreement|deal)\b|"
    r"\bin\s+(?:engem\s+|ständigem\s+|regelmäßigem\s+|direktem\s+)?(?:Kontakt|Verbindung)\s+(?:zu\s+)?"
    r"(?:bleiben|bleibe|bleibt)\b|\bKontakt\w*\s+(?:zu\s+)?(?:halten|aufrechterhalten|aufrechtzuerhalten)\b|"
    r"\bGesprächsfaden\b[^.;]{0,40}\bnicht\b[^.;]{0,20}\babreißen\b", IC)
# (review17 item 11) a paper not sent or not yet ("has not forwarded any proposals", "has yet to send
# an answer", "hat noch keine Antwort geschickt"): no step
_NOT_SENT = re.compile(r"\b(?:not|never|yet to|nicht|kein\w*|nie|no|any)\b|n't\b", IC)
# the German contact agreed or to come ("vereinbarten, dass ... in Kontakt bleiben werden", "wollen
# Kontakt halten", "verständigten sich darauf"), as the English branch asks will/agreed to (not
# "es sei schwierig geworden, Kontakt zu halten")
_CONTACT_DE = re.compile(r"\bin\s+(?:engem\s+|ständigem\s+|regelmäßigem\s+|direktem\s+)?"
                         r"(?:Kontakt|Verbindung)\s+|"
                         r"\bKontakt\w*\s+(?:zu\s+)?(?:halten|aufrechterhalten|aufrechtzuerhalten)\b|"
                         r"\bGesprächsfaden\b", IC)
_CONTACT_AGREED_DE = re.compile(r"\b(?:vereinbar\w*|verabredet\w*|verständigt\w*|verständigten|geeinigt|"
                                r"einigten|"
                                r"wollen|wolle|will|wollten|werden|werde|wird|würden|sollen|soll|solle|sollten|"
                                r"zugesagt|sagte\w*\s+zu|versproch\w*|versprach\w*|beschlossen)\b", IC)


def paper_sent(t: str) -> bool:
    """Whether a paper is told as sent or put to someone (`PAPER_SENT`), not negated nor only yet
    to be sent (`_NOT_SENT` in the match or the words of its clause before it)."""
    for m in PAPER_SENT.finditer(t):
        head = re.split(r"[,;:]", t[:m.start()])[-1][-40:]
        if _NOT_SENT.search(head + " " + m.group(0)) is None:
            return True
    return False


def contact_to_be_kept(t: str) -> bool:
    """Whether contact is to be kept or work to go on (`STAY_IN_CONTACT`); in German only agreed or
    to come (`_CONTACT_AGREED_DE` in the sentence)."""
    m = STAY_IN_CONTACT.search(t)
    if m is None:
        return False
    return not _CONTACT_DE.match(m.group(0)) or _CONTACT_AGREED_DE.search(t) is not None


# (session 17) a side's own plan made public ("stellte seinen Friedensplan im Parlament vor", "legt
# einen neuen Friedensplan vor", "unveiled a 28-point peace plan", "presented its peace formula"):
# the plan's content is a position (stances), no next step of the talks; a plan handed to the other
# side or its delegation ("handed the plan to the Russian side", "übergab der russischen Delegation
# den Plan") is one (`agreements.PRESENTED`)
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
    from accord.news.events.agreements import RESTRAINT

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


# ---------------------------------------------------------------------------------------------
# An announced step by its structure (`announced_step`): an actor as agent, a verb of a concrete
# step (examining, handing over, preparing, continuing, suspending, sending, informing, setting
# up) and a frame that puts the step ahead or makes it decided, ordered or under way (a future or
# modal auxiliary, the Konjunktiv of reported speech, a verb of deciding, instructing or
# readiness with a zu-infinitive, English to-infinitives after such verbs). Built from lemma
# classes, not from wordings: German separable verbs get their zu-infinitive ("vorzubereiten")
# and participle ("vorbereitet") from the same table.

# (separable particle, stem, participle) of the German step verbs
_DE_STEPS: tuple[tuple[str, str, str], ...] = (
    ("", "prüfen", "geprüft"), ("", "überprüfen", "überprüft"), ("", "untersuchen", "untersucht"),
    ("", "studieren", "studiert"), ("", "analysieren", "analysiert"), ("an", "sehen", "angesehen"),
    ("", "übergeben", "übergeben"), ("", "überreichen", "überreicht"), ("", "übermitteln", "übermittelt"),
    ("weiter", "leiten", "weitergeleitet"), ("vor", "legen", "vorgelegt"), ("zu", "stellen", "zugestellt"),
    ("vor", "bereiten", "vorbereitet"), ("", "organisieren", "organisiert"),
    ("aus", "arbeiten", "ausgearbeitet"), ("", "erarbeiten", "erarbeitet"),
    ("fort", "setzen", "fortgesetzt"), ("fort", "führen", "fortgeführt"),
    ("weiter", "führen", "weitergeführt"), ("wieder", "aufnehmen", "wiederaufgenommen"),
    ("weiter", "verhandeln", "weiterverhandelt"), ("aus", "setzen", "ausgesetzt"),
    ("", "entsenden", "entsandt"), ("", "schicken", "geschickt"), ("", "informieren", "informiert"),
    ("", "unterrichten", "unterrichtet"), ("an", "rufen", "angerufen"), ("ein", "richten", "eingerichtet"),
    ("", "bilden", "gebildet"), ("", "ernennen", "ernannt"), ("", "treffen", "getroffen"),
    # (session 15) a call to come ("werde noch heute mit Trump telefonieren")
    ("", "telefonieren", "telefoniert"))
# (lower case only: "treffen" is a verb, "Treffen" the meeting)
_DE_INF = "(?-i:" + "|".join(sorted({p + v for p, v, _ in _DE_STEPS})) + ")"
_DE_ZU = "(?-i:" + "|".join(sorted({(p + "zu" + v) if p else ("zu " + v) for p, v, _ in _DE_STEPS})) + ")"
_DE_PART = "(?-i:" + "|".join(sorted({part for _, _, part in _DE_STEPS if part != "getroffen"})) + ")"
# English step verbs, base form, and their participles (for the passive)
_EN_STEP = (r"(?:examine|study|review|consider|look into|assess|analy[sz]e|hand over|forward|pass on|"
            r"relay|convey|submit|deliver|transmit|prepare|arrange|organi[sz]e|draft|work out|"
            r"work (?:on|toward|towards)|"
            r"continue|resume|pursue|carry on|suspend|leave|quit|exit|withdraw from|pull out of|send|"
            r"dispatch|inform|brief|call|phone|set up|establish|appoint|reach out|get in touch|report back|"
            # (session 15) a call to come in more words ("would speak with Putin by phone", "will
            # hold a phone call with", "will talk on the phone")
            r"(?:speak|talk)\s+(?:again\s+)?(?:(?:with|to)\s+(?:[\w.'’-]+\s+){1,4}?)?(?:again\s+)?"
            r"(?:by|on the|over the)\s+"
            r"(?:tele)?phone|"
            r"(?:hold|have)\s+(?:a\s+|another\s+)?(?:new\s+)?(?:phone|telephone)\s+(?:call|conversation)|"
            # a paper to be given ("is ready to provide Ukraine's delegation with a memorandum")
            r"provide\s+(?:[\w-]+\s+){0,4}?with\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:memorandum|draft|"
            r"document|proposals?|list|response|roadmap)|"
            # an appointment by "name" only with the role named ("name a new chief negotiator")
            r"name (?:a |an |the |his |her |its |their )?(?:new )?(?:[\w-]+ )?(?:negotiator|envoy|"
            r"representative|delegation|mediator)|"
            r"(?:begin|start|launch|open) (?:\w+ ){0,2}"
            r"(?:talks|negotiations|consultations|work|preparations)|"
            r"hold (?:\w+ ){0,2}(?:talks|negotiations|consultations))")
_EN_PART = (r"(?:examined|studied|reviewed|considered|looked into|assessed|analy[sz]ed|handed over|"
            r"forwarded|passed on|relayed|conveyed|submitted|delivered|transmitted|prepared|arranged|"
            r"organi[sz]ed|drafted|"
            r"worked out|continued|resumed|pursued|suspended|sent|dispatched|informed|briefed|set up|"
            r"established|appointed)")
_EN_ING = (r"(?:examining|studying|reviewing|considering|preparing|arranging|organi[sz]ing|drafting|working "
           r"(?:out|toward|towards)|handing over|forwarding|submitting|setting up)")
# papers a side examines or prepares (German nouns, in compounds)
_PAPERS_DE = (r"[\w-]*(?:Vorschl[aä]g\w*|Plan|Plans|Pläne\w*|Entw[uü]rf\w*|Antwort\w*|Memorand\w*|Liste\w*|"
              r"Papier\w*|Dokument\w*|Initiative\w*|Angebot\w*)")
# the nouns of talks (German, in compounds: "Gesprächsrunde", "Verhandlungen")
_TALKS_DE = (r"[\w-]*(?:Gespräch\w*|Verhandlung\w*|[Tt]reffen)|(?:Gesprächs|Verhandlungs|Friedens)?[Rr]unde"
             # (a bare "Runde" of something else is no talks: "eine neue Runde von Sanktionen")
             r"(?!\s+(?:von|der|an)\s+(?![\w-]*(?:Gespräch|Verhandlung)))")
# a continuation or resumption of talks ("Fortsetzung der Gespräche", not "der Angriffe")
_GOING_ON_DE = (r"(?:Fortsetzung|Fortführung|Wiederaufnahme)\s+(?:der|des|von)\s+(?:[\w-]+\s+)?"
                r"[\w-]*(?:Gespräch\w*|Verhandlung\w*|Dialog\w*|Konsultation\w*|Kontakt\w*)")
# a step announced by its noun ("kündigte eine Prüfung der Vorschläge an", "die Vorbereitung eines
# Treffens", "die Entsendung einer Delegation")
_STEP_NOUN_DE = (r"(?:Prüfung|Überprüfung|Übermittlung|Weiterleitung|Vorbereitung|Entsendung)\s+(?:der|des|"
                 r"eines|einer|ihrer|seiner)\s+(?:[\w-]+\s+)?(?:" + _PAPERS_DE + r"|\w*[Tt]reffens|Gipfel\w*|"
                 r"Gespräch\w*|Verhandlung\w*|Delegation)")
# the frames, each with the step verb after it
ANNOUNCED_STEP = re.compile(
    # German future or modal ("werde den Plan prüfen", "wollen die Gespräche fortsetzen"); a
    # Konjunktiv II only with a now/soon ("würden nun geprüft": reported speech for "werden")
    r"\b(?:werde|werden|wird|wolle|wollen|will|soll|sollen|würden?\s+(?:nun|jetzt|bald|umgehend|zeitnah|"
    r"demnächst))\b[^.;:?!]{0,70}?\b(?:" + _DE_INF + "|" + _DE_PART + r")\b|"
    # the same verb-final, in a subordinate clause ("dass Moskau die Gespräche fortsetzen werde",
    # "dass die Liste geprüft werden solle")
    r"\b" + _DE_INF + r"\s+(?:werde|werden|wird|wolle|wollen|will|solle|sollen|soll)\b|"
    r"\b" + _DE_PART + r"\s+(?:werde|werden\s+(?:solle|sollen|soll)|werden(?!\s+(?:sollte|müsste|"
    r"könnte|dürfte|würde|kann|können|muss|müssen|darf|dürfen)))\b|"
    # German zu-infinitive after deciding, instructing, readiness, agreeing, announcing, planning
    # ("habe sich entschieden, den Plan zu prüfen", "beauftragt, ... vorzubereiten", "bereit, sich
    # zu treffen"); also their nouns ("Entscheidung, ... auszusetzen", "Auftrag, ...")
    r"\b(?:entschied\w*|entschieden|beschloss\w*|beschlossen|entschlossen|beauftragt\w*|angewiesen|wies\b"
    r"[^.;]{0,40}\ban|bereit|gewillt|vereinbart\w*|kündigt\w*[^.;]{0,40}\ban|"
    r"angekündigt|versprach\w*|versprochen|zugesagt|plant|planen|beabsichtig\w*|Absicht|Entscheidung|Einigung|"
    r"Beschluss|Auftrag|Anweisung|für (?:angebracht|notwendig|erforderlich|geboten)|"
    # agreed between the sides ("einigten sich darauf, sich erneut zu treffen"; not negated:
    # "einigten sich nicht darauf", "haben sich nicht darauf geeinigt")
    r"einigt\w*\s+sich(?!\s+(?:noch\s+|bisher\s+|bislang\s+)?nicht\b)|"
    r"(?<!nicht )(?<!nicht darauf )(?<!nicht dazu )geeinigt)\b,?[^.;:?!]{0,80}?"
    r"\b(?:" + _DE_ZU + r")\b|"
    # English future, modal, decision, instruction, readiness, continuation with the step's base
    # ("will examine", "decided to suspend", "is ready to hand over", "continues to prepare")
    r"\b(?:will|would|shall|(?:is|are) going to|(?:is|are) to|(?:plans?|planned|intends?|intended|decided|"
    r"(?:is|are) expected|(?:consider|considers|deem|deems|find|finds) it (?:appropriate|necessary|advisable)"
    r"[^.;]{0,60}?|"
    r"decides|resolved|vowed|pledged|promised|agreed|(?:is|are|was|were) (?:ready|prepared|willing|set)|"
    r"stands? ready|continues|continued)\s+to)\s+(?:(?:now|also|soon|then|further|jointly|"
    r"immediately|unilaterally|continue to|start to|begin to)\s+)*" + _EN_STEP + r"\b|"
    # English instruction to someone ("instructed his team to work toward arranging a meeting")
    r"\b(?:instructed|ordered|tasked|directed|commissioned|asked)\s+(?:\w+\s+){1,4}?to\s+(?:(?:now|also|"
    r"immediately)\s+)?" + _EN_STEP + r"\b|"
    # English passive ahead ("the cases will now be examined", "are to be handed over")
    r"\b(?:will|would|shall|(?:is|are) to|(?:is|are) going to)\s+(?:now\s+|also\s+|soon\s+)?be\s+"
    r"(?:\w+ly\s+)?" + _EN_PART + r"\b|"
    # German present of examining or preparing, under way ("Kiew prüft den Vorschlag", "man bereite
    # eine Antwort vor", "arbeiten einen Entwurf aus")
    r"\b(?-i:prüf(?:t|e|en)|überprüf(?:t|e|en))\b[^.;]{0,40}\b(?:" + _PAPERS_DE + r")\b|"
    r"\b(?:bereite|bereiten|bereitet|arbeite|arbeiten|arbeitet)\b[^.;]{0,60}\b(?:" + _PAPERS_DE
    + r"|Treffen|Gipfel\w*|Gespräch\w*|Verhandlung\w*|Besuch)\b[^.;,]{0,50}\b(?:vor|aus)\b|"
    # under way ("we are preparing a meeting", "is working on a response", "looks forward to arranging")
    r"\b(?:is|are|am)\s+(?:now\s+|also\s+|currently\s+|already\s+)?" + _EN_ING + r"\b|"
    r"\blooks? forward to\s+" + _EN_ING.replace("(?:", "(?:arranging|", 1) + r"\b|"
    # talks announced by their noun: a continuation, a resumption, new talks ("kündigten eine
    # Fortsetzung der Gespräche an", "announced the resumption of talks", "announced new talks")
    r"\b(?:kündigt\w*|angekündigt)\b[^.;:?!]{0,60}?\b(?:" + _GOING_ON_DE + r"|" + _STEP_NOUN_DE + r"|"
    r"(?:neue|weitere|nächste|erneute)\w* (?:[\w-]+ )?(?:" + _TALKS_DE + r"))\b|"
    r"\b(?:" + _GOING_ON_DE + r"|(?:neue|weitere|nächste|erneute)\w* (?:[\w-]+ )?(?:" + _TALKS_DE + r"))\b"
    r"[^.;:?!]{0,60}?\bangekündigt\b(?!\s+(?:worden|wurde|war))|"
    # (of talks: "announced a new round of sanctions", "the resumption of strikes" are no talks)
    r"\bannounc(?:e|es|ed|ing)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+)?(?:review|examination|study|preparation)\s+of\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:proposals?|plan|draft|memorandum|response|meeting|"
    r"summit|talks|documents?)\b|"
    r"(?:a|the)\s+(?:continuation|resumption)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:talks|negotiations|consultations|dialogue|contacts|meetings?)\b|(?:(?:a|the)\s+)?(?:new|further|"
    r"fresh|another|next)\s+(?:round\s+of\s+)?(?:talks|negotiations|consultations|meetings?|"
    r"round\b(?!\s+of\b)))\b", IC)
# the actor doing the step may be a pronoun or "the side" ("wir", "die ukrainische Seite", "we",
# "the parties") when the sentence names no actor
_AGENT = re.compile(r"\b(?:(?-i:[Mm]an)|wir|we|unsere?|our|he|she|they|er|Seite|Seiten|side|sides|"
                    r"Parteien|parties|beide\w*|both|Delegation\w*|delegations?|Unterhändler|negotiators?|Regierung|government|"
                    r"Präsident\w*|President|Kreml\w*|Kremlin|Weißes Haus|White House|"
                    # an impersonal decision of the sides ("it was agreed to", "es wurde beschlossen")
                    r"it (?:was|has been) (?:agreed|decided)|es wurde (?:vereinbart|beschlossen))\b", IC)
# talks paused to a named time or resuming ("a pause until tomorrow", "bis morgen unterbrochen",
# "talks will continue tomorrow"): the next sitting is announced
TALKS_PAUSED = re.compile(
    r"\b(?:pause|break|recess)\b[^.;]{0,50}\b(?:talks|negotiations)\b[^.;]{0,20}\buntil\b|"
    r"\b(?:talks|negotiations)\b[^.;]{0,30}\b(?:paused|on pause|adjourned|suspended)\b[^.;]{0,30}\buntil\b|"
    r"\b(?:Pause|Unterbrechung)\b[^.;]{0,50}\b(?:Gespräch\w*|Verhandlung\w*)\b[^.;]{0,20}\bbis\b|"
    r"\b(?:Gespräch\w*|Verhandlung\w*)\b[^.;]{0,40}\b(?:unterbrochen|vertagt)\b[^.;]{0,10}\bbis\b|"
    r"\b(?:Gespräch\w*|Verhandlung\w*)\b[^.;]{0,40}\bbis\b[^.;]{0,30}\b(?:unterbrochen|vertagt)\b", IC)
# talks said to go on, or (in the Konjunktiv of reported speech) said to be planned, with no day
# ("die Diskussionen würden fortgesetzt", "es seien Verhandlungen über X geplant", "discussions will
# continue", "talks would resume"): the sides' next step, announced by whoever is reported
TALKS_GO_ON = re.compile(
    # (the talks the subject: not governed by a preposition, "Ohne Verhandlungen werde der Krieg
    # weitergehen", and no subject of its own after the modal)
    r"(?<!\bohne )(?<!\bnach )(?<!\btrotz )(?<!\bnach den )(?<!\bohne die )(?<!\btrotz der )"
    r"\b(?:Gespräch\w*|Verhandlung\w*|Diskussion\w*|Konsultation\w*|Dialog\w*)\b[^.;:?!]{0,60}?"
    r"\b(?:würden|werden|wird|werde|sollen|soll|solle|sollten)\b(?!\s+(?:der|ein|kein)\s+(?-i:[A-ZÄÖÜ]))"
    r"[^.;:?!]{0,40}?\b(?:fortgesetzt|fortgeführt|"
    r"weitergeführt|wiederaufgenommen|wieder aufgenommen|weitergehen)\b|"
    r"\b(?:sei|seien)\b\s+(?:\w+\s+){0,2}?(?:Gespräch\w*|Verhandlung\w*|Konsultation\w*|\w*[Tt]reffen)\b"
    r"[^.;:?!]{0,60}?\b(?:geplant|vorgesehen)\b|"
    r"\b(?:Gespräch\w*|Verhandlung\w*|Konsultation\w*|\w*[Tt]reffen)\b[^.;:?!]{0,60}?\b(?:sei|seien)\b"
    r"[^.;:?!]{0,30}?\b(?:geplant|vorgesehen)\b|"
    r"(?<!\bwithout )(?<!\bafter the )(?<!\bdespite the )"
    r"\b(?:talks|negotiations|discussions|consultations|dialogue|contacts)\b[^.;:?!]{0,60}?\b(?:will|would|"
    r"shall|are to|is to|are set to|is set to)\s+(?:\w+\s+)?(?:continue|resume|go on|carry on|proceed)\b|"
    # a next contact expected soon ("another call between the two presidents is expected soon", "ein
    # weiteres Telefonat wird in Kürze erwartet")
    r"\b(?:another|a new|a further|the next|ein weiteres|ein neues|das nächste|eine weitere|eine neue|"
    r"die nächste)\s+(?:[\w-]+\s+)?(?:conversation|call|meeting|round|talks|Gespräch|Telefonat|Treffen|"
    r"Runde)\b[^.;:?!]{0,80}?\b(?:(?:is|are) expected (?:soon|shortly|in the coming)|(?:wird|werde) "
    r"(?:bald|in Kürze|demnächst) erwartet)|"
    # (session 15) a next call or meeting said to follow, to be held or already arranged ("ein
    # weiteres Telefonat werde in Kürze folgen", "das nächste Telefongespräch soll bald stattfinden",
    # "ein neues Treffen sei vereinbart", "another phone call will follow soon", "a further call is
    # planned")
    r"\b(?:another|a new|a further|the next|a second|ein weiteres|ein neues|ein erneutes|ein zweites|"
    r"das nächste|eine weitere|eine neue|eine zweite|die nächste)\s+(?:[\w-]+\s+)?(?:(?:phone |telephone |"
    r"video )?(?:call|conversation)|\w*[Tt]elefonat|\w*[Tt]elefongespräch|\w*[Gg]espräch|\w*[Tt]reffen|"
    r"Video\w*|meeting)\b[^.;:?!]{0,80}?\b(?:(?:will|would|is to|is set to|is due to)\s+(?:\w+\s+)?"
    r"(?:follow|take place|be held)|(?:is|has been|was) (?:planned|scheduled|arranged|agreed)|"
    r"(?:werde|wird|solle|soll)\b[^.;:?!]{0,40}?\b(?:folgen|stattfinden)|"
    r"(?:sei|ist)\s+(?:\w+\s+){0,3}?(?:vereinbart|geplant|vorgesehen|verabredet))\b|"
    # (session 16) the next round or talks by their noun, further from the verb ("the next round of
    # negotiations on the settlement will take place within ten days", "Das nächste Treffen der
    # Berater ... wird später stattfinden", "new talks are to be held soon"), the verb first ("sei
    # das nächste Treffen bereits vereinbart"), or talks to come in reported speech ("In den
    # kommenden Tagen sollten die Beratungen dann stattfinden", "die Gespräche sollen bald stattfinden")
    r"\b(?:another|a new|a further|the next|a second|new|further|ein weiteres|ein neues|ein erneutes|"
    r"ein zweites|das nächste|eine weitere|eine neue|eine zweite|die nächste|neue|weitere)\s+(?:[\w-]+\s+)?"
    r"(?:round|talks|negotiations|consultations|meeting|\w*[Rr]unde|Gespräche|Verhandlungen|Beratungen|"
    r"Konsultationen|\w*[Tt]reffen)\b[^.;:?!]{0,120}?\b(?:(?:will|would|is to|are to|is set to|are set to|"
    r"is due to|are due to)\s+(?:\w+\s+)?(?:take place|be held)|(?:werde|wird|werden|solle|soll|sollen|"
    r"sollten)\b[^.;:?!]{0,40}?\bstattfinden)\b|"
    r"\b(?:sei|ist|seien|sind)\s+(?:\w+\s+){0,2}?(?:das nächste|ein weiteres|ein neues|eine weitere|"
    r"eine neue|die nächste|neue|weitere)\s+(?:[\w-]+\s+)?(?:\w*[Tt]reffen|\w*[Rr]unde|Gespräche|"
    r"Verhandlungen|Telefonat|\w*[Gg]espräch)\s+(?:\w+\s+){0,3}?(?:vereinbart|geplant|vorgesehen|"
    r"verabredet)\b|"
    r"\b(?:sollen|sollten|solle|soll)\s+(?:[\w-]+\s+){0,2}?(?:die\s+)?(?:Beratungen|Gespräche|"
    r"Verhandlungen|Konsultationen)\s+(?:[\w-]+\s+){0,3}?stattfinden\b|"
    r"(?<![Oo]hne )\b(?:Beratungen|Gespräche|Verhandlungen|Konsultationen)\s+(?:sollen|sollten|solle)\s+"
    r"(?:[\w-]+\s+){0,3}?stattfinden\b|"
    # talks said to begin ("negotiations are set to begin immediately", "talks will start soon")
    r"(?<!\bwithout )(?<!\bno )(?<!\bany )\b(?:talks|negotiations|consultations)\b[^.;:?!,]{0,40}?\s"
    r"(?:will|are to|are set to|are due to|would)\s+(?:\w+\s+)?(?:begin|start)\b", IC)
# (session 16) an exchange of prisoners said to come, with no agreement told ("Kyiv anticipates a
# prisoner exchange in the near future", "a new exchange of prisoners is being prepared", "rechnet mit
# einem baldigen Austausch von Gefangenen", "soll es später zu einem solchen Austausch kommen", "ein
# weiterer Austausch werde vorbereitet"): the sides' next step, announced
_EXCHANGE_WORD = (r"(?:(?:prisoner|POW|prisoner-of-war)\s+(?:exchange|swap)|exchange of (?:prisoners|POWs|"
                  r"captives)|(?:exchange|swap)|\w*[Gg]efangenenaustausch\w*|Austausch\w*)")
EXCHANGE_AHEAD = re.compile(
    r"\b(?:anticipates?|expects?|expected|rechnet\w*\s+mit|erwartet)\s+(?:a|an|another|a new|a further|"
    r"einem|einen|einen weiteren|einem weiteren|einem neuen|einen neuen)\s+(?:[\w-]+\s+){0,2}?"
    + _EXCHANGE_WORD + r"\b|"
    r"\b(?:a|another|the next|ein|eine|der nächste|ein weiterer|ein neuer)\s+(?:[\w-]+\s+){0,2}?"
    + _EXCHANGE_WORD + r"\b[^.;:?!]{0,60}?\b(?:is being prepared|(?:is|are) (?:now )?(?:being )?planned|"
    r"will take place|(?:wird|werde|werden)\s+(?:\w+\s+){0,2}?vorbereitet|(?:ist|sei)\s+(?:\w+\s+)?"
    r"(?:geplant|in Vorbereitung))\b|"
    r"\b(?:soll|solle|sollen|werde|wird)\s+es\b[^.;:?!]{0,50}?\bzu\s+(?:einem|einer)\s+(?:[\w-]+\s+){0,2}?"
    + _EXCHANGE_WORD + r"\s+kommen\b", IC)
# a deal suspended, left, or threatened with ending (convention 4: leaving a deal is a step)
SUSPEND_DEAL = re.compile(
    r"\b(?:setzt\w*|setzen)\b[^.;]{0,60}\b\w*(?:abkommen|vereinbarung|abmachung|teilnahme|beteiligung)\w*"
    r"\b[^.;]{0,20}\baus\b|\b\w*(?:abkommen|vereinbarung|abmachung|teilnahme|beteiligung)\w*\b[^.;]{0,50}"
    r"\bausgesetzt\b|\b(?:drohte\w*|gedroht|droht|drohen)\b[^.;]{0,40}\b(?:mit (?:einem |dem )?"
    r"(?:Aus|Ausstieg|Austritt|Ende)\b|aus\w* (?:dem )?(?:Abkommen|Vereinbarung)\w*)|"
    r"\bmit (?:einem |dem )?(?:Aus|Ausstieg|Austritt)\b[^.;]{0,40}\b(?:gedroht|drohte\w*|droht|drohen)\b|"
    # threatened or reserved with the verb of leaving ("droht damit, das Abkommen aufzukündigen",
    # "behält sich das Recht vor, aus der Waffenruhe auszusteigen")
    r"\b(?:drohte\w*|gedroht|droht|drohen|Recht vor)\b[^.;]{0,100}\b(?:aufzukündigen|zu kündigen|"
    r"auszusteigen|auszutreten|aufzuheben|platzen zu lassen)\b|"
    r"\b(?:threat(?:en|ens|ened)|reserves? the right)\s+to\s+(?:terminate|scrap|tear up|abandon|exit|"
    r"leave|quit|withdraw from|pull out of|walk away from)\b|"
    r"\b(?:suspend(?:s|ed|ing)?|halt(?:s|ed)?)\s+(?:its |their |the |his )?(?:\w+ ){0,3}?"
    r"(?:deal|agreement|accord|participation|initiative)\b|"
    r"\bthreat(?:en|ens|ened)\s+to\s+(?:leave|quit|exit|withdraw from|pull out of|suspend|walk away from)\b",
    IC)
# a threat or step told as made again and again: a standing position, no step of the day
_TIME_AND_AGAIN = re.compile(r"\b(?:repeatedly|time and again|again and again|wiederholt|mehrfach|"
                             r"immer wieder)\b", IC)
# a threat told with what the side will then do ("..., wird Russland dies nicht tun, drohte X",
# "threatened that Moscow would no longer respect the deal"): with a deal named, a step on it
THREAT_STEP = re.compile(r"\b(?:drohte\w*|droht|drohen|gedroht|threaten(?:s|ed)?)\b[^.;]{0,80}\b"
                         r"(?:wird|werde|werden|würde|würden|will|would)\b|\b(?:wird|werde|werden|würde|würden|will|would)\b"
                         r"[^.;]{0,120}\b(?:drohte\w*|droht|gedroht|threatened)\b", IC)


# a paper handed over or forwarded, also as told from before ("hatte ihre Vorschläge überreicht",
# "forwarded its proposals"): the handing over is the step (the corpus README: forwarding proposals)
_PAPERS = (r"(?:[\w-]*vorschl[aä]g\w*|[\w-]*angebot\w*|[\w-]*plan|[\w-]*pläne|[\w-]*entw[uü]rf\w*|"
           r"memorand\w*|antwort\w*|liste\w*|papier\w*|dokument\w*|proposals?|counter-?proposals?|plans?|drafts?|memorand\w*|"
           r"response|reply|answer|lists?|documents?|papers?)")
HANDED_OVER = re.compile(
    r"\b(?:überreicht\w*|überreichte\w*|übergab\w*|übermittelt\w*|übermittelte\w*|weitergeleitet|"
    r"leitete\w*|zukommen lassen|ließ\w*)\b[^.;]{0,80}?\b" + _PAPERS + r"\b(?:[^.;]{0,40}\bweiter\b|"
    r"[^.;]{0,40}\bzukommen\b)?|\b" + _PAPERS + r"\b[^.;]{0,80}?\b(?:überreicht|übergeben|übermittelt|"
    r"weitergeleitet|zukommen lassen)\b|"
    r"\b(?:handed|forwarded|passed on|transmitted|sent|delivered)\s+(?:over\s+)?(?:to\s+\w+\s+)?"
    r"(?:its|their|his|her|a|an|the|our)\s+(?:[\w-]+\s+){0,3}?" + _PAPERS + r"\b", IC)


# a step inside an open question is none announced ("will announce whether they will continue",
# "offen, ob man die Gespräche fortsetzen werde")
_OPEN_QUESTION = re.compile(r"(?:\b(?:whether|if|ob|wann|when|what)|,\s*was)\b[^.;,]{0,60}$", IC)


# continuing or preparing the war is no step of the talks ("dass Russland seine Aggression
# fortsetzen werde", "will continue its offensive")
_WAR_OBJECT = re.compile(r"\b(?:Aggression|Krieg(?:e|es|s)?|Angriff\w*|Kämpfe\w*|Offensive\w*|Beschuss|"
                         r"Bombardierung\w*|aggression|war|attacks?|strikes|fighting|offensive|shelling|"
                         r"bombing|assault)\b", IC)


def announced_step(s: Sentence) -> str | None:
    """What makes a sentence an actor's announced concrete step by its structure, else None: a
    deal suspended or threatened, talks paused to a named time, or a step verb in a frame of the
    future, a decision, an instruction, readiness or work under way, with an actor as agent."""
    t = s.text
    if (m := TALKS_PAUSED.search(t)) is not None:
        # (the talks are the sides': no agent needs naming)
        return f"talks paused to a named time ('{m.group(0)}')"
    if (m := TALKS_GO_ON.search(t)) is not None and not NO_STEP.search(t) \
            and not _OPEN_QUESTION.search(t[max(0, m.start() - 60):m.start()]) \
            and not _NEGATED_IN_STEP.search(m.group(0)) \
            and not _negated_before(t, m.start()):
        # (negated in the step, "eine weitere Runde werde nicht stattfinden", or before its noun in
        # its clause, "No new talks will take place until", review16 item 9)
        return f"talks said to go on or planned ('{m.group(0)}')"
    if not (s.actors() or _AGENT.search(t)):
        # no agent named: only a step in the Konjunktiv of reported speech ("Die Fälle würden nun
        # geprüft", "man werde ... vorlegen": someone is reported announcing it)
        m = ANNOUNCED_STEP.search(t)
        if m is None or not re.match(r"(?:würden?|werde)\b", m.group(0), IC) or NO_STEP.search(t):
            return None
        return f"a step announced in reported speech ('{m.group(0)}')"
    if (m := HANDED_OVER.search(t)) is not None:
        return f"a paper handed over ('{m.group(0)}')"
    if (m := EXCHANGE_AHEAD.search(t)) is not None and not NO_STEP.search(t) \
            and not _OPEN_QUESTION.search(t[max(0, m.start() - 60):m.start()]) \
            and not _NEGATED_IN_STEP.search(t[max(0, m.start() - 30):m.end()]) \
            and _of_prisoners(t, m):
        return f"an exchange said to come ('{m.group(0)}')"
    if (m := SUSPEND_DEAL.search(t)) is not None and _DEAL_WORD.search(t) and not _TIME_AND_AGAIN.search(t):
        # (not a threat made again and again: "has repeatedly threatened to quit the deal")
        return f"a deal suspended or left ('{m.group(0)}')"
    if (m := THREAT_STEP.search(t)) is not None and _DEAL_WORD.search(t) and not _TIME_AND_AGAIN.search(t):
        return f"a threat over a deal ('{m.group(0)}')"
    if (m := ANNOUNCED_STEP.search(t)) is not None and not NO_STEP.search(t) and not _HOLD_COURSE.search(t) \
            and not _OPEN_QUESTION.search(t[max(0, m.start() - 60):m.start()]) \
            and not _NEGATED_IN_STEP.search(m.group(0)) \
            and not _WAR_OBJECT.search(t[max(0, m.start() - 40):m.end()]):
        return f"a step announced ('{m.group(0)}')"
    return None


# (session 16) a step negated inside its own frame ("will sich nicht im Ausland mit X treffen", "would
# not send a delegation"): a refusal, a position, no step announced (leaving a deal or not
# extending it is read by the deal rules before)
_NEGATED_IN_STEP = re.compile(r"\b(?:nicht|nie|niemals|keine\w*|not|never|no longer)\b", IC)
_NO_BEFORE = re.compile(r"\b(?:no|kein\w*)\b", IC)
_CLAUSE_TURN = re.compile(r"[,;:]|\b(?:but|and|while|aber|und|doch|während)\b", IC)


def _negated_before(t: str, start: int) -> bool:
    """Whether the 30 characters before a match, from the last turn of clause on, negate it ("No
    new talks", "keine weiteren Gespräche"; not "did not attend, but new talks")."""
    before = t[max(0, start - 30):start]
    turns = list(_CLAUSE_TURN.finditer(before))
    before = before[turns[-1].end():] if turns else before
    return _NEGATED_IN_STEP.search(before) is not None or _NO_BEFORE.search(before) is not None


# an exchange of prisoners named ("of prisoners", "POWs", "Gefangenen", the bodies of the fallen);
# a bare exchange or swap with another complement is none ("an exchange of territory", "einen
# offenen Austausch mit Rubio über die Lage": a conversation, review16 item 9)
_PRISONER_WORD = re.compile(r"\b(?:prisoner\w*|POWs?|captives?|detainees?|bodies|\w*[Gg]efangen\w*|"
                            r"Häftling\w*|Leichen|sterbliche\w* Überreste|Gefallenen)\b", IC)
_BARE_EXCHANGE = re.compile(r"\b(?:exchange|swap|Austausch\w*)\b", IC)
_OTHER_COMPLEMENT = re.compile(r"\s+(?:of|von|mit|with|über|about|on|zwischen|between|der|des)\b", IC)
_TALK_ADJECTIVE = re.compile(r"\b(?:offen\w*|open|frank|ehrlich\w*|konstruktiv\w*|constructive|intensiv\w*|"
                             r"lively|regelmäßig\w*|regular|ständig\w*)\s+$", IC)


def _of_prisoners(t: str, m: re.Match[str]) -> bool:
    """Whether an exchange said to come is one of prisoners: a prisoner word in the sentence, or a
    bare exchange word with no complement and no adjective of talk ("zu einem weiteren Austausch
    kommen")."""
    if _PRISONER_WORD.search(t):
        return True
    words = list(_BARE_EXCHANGE.finditer(t, m.start(), m.end()))
    if not words:
        return True
    w = words[-1]
    return not _OTHER_COMPLEMENT.match(t, w.end()) \
        and not _TALK_ADJECTIVE.search(t[max(0, w.start() - 30):w.start()])


_DEAL_NAMED = re.compile(r"\b\w*(?:abkommen|vereinbarung|deal|agreement|accord|initiative)\w*\b", IC)
_TALKS_WORD = re.compile(r"\b(?:talks|negotiations|dialogue|consultations|Gespräch\w*|Verhandlung\w*|"
                         r"Dialog\w*|Konsultation\w*)\b", IC)
_DEAL_WORD = re.compile(r"\b(?:\w*abkommen|Vereinbarung\w*|Abmachung\w*|Teilnahme|Beteiligung|Initiative|"
                        r"\w*waffenruhe|\w*feuerpause|Moratorium|\w*deal|agreements?|accord|participation|"
                        r"initiative|truce|ceasefire|moratorium|Aus|Ausstieg|Austritt)\b", IC)


# (session 16) a return to a deal said to come ("would return to the agreement once its
# conditions were met", "will immediately resume implementation of the deal", "werde sofort zum Abkommen
# zurückkehren"): told with the exit it undoes, the same announcement
_RETURN_STEP = re.compile(r"\b(?:return|rejoin|resume|go back|zurückkehren|zurückzukehren|zurückkehre|"
                          r"zurückkehrt|wieder\s*aufnehmen|wiederaufzunehmen|wieder beitreten)\b", IC)


def _step_family(e: NewsEvent, text: str = "") -> str | None:
    """The family of a unilateral step whose retelling in an article is the same step: a deal
    suspended, left or threatened (or a return to it said to come, in a sentence `text` naming a
    deal), a paper handed over, a truce declared (by the cue that made it); else None."""
    cue = e.cue or ""
    if e.kind != "statement_of_intent":
        return None
    if any(w in cue for w in ("a deal suspended or left", "a threat over a deal",
                              "a deal left or not extended")):
        return "deal"
    if (q := re.search(r"'([^']*)'", cue)) is not None and _RETURN_STEP.search(q.group(1)) \
            and _DEAL_NAMED.search(text) and not _TALKS_WORD.search(text):
        return "deal"  # (not talks resumed: "will resume the talks on the deal" is a step of its own)
    if any(w in cue for w in ("a paper handed over", "memoranda handed over")):
        return "paper"
    if "a truce declared or ordered" in cue:
        return "truce"  # (session 14: a lead and the body telling one announced truce)
    return None


# (review 14) what tells one truce from another of the same side: its scope or occasion, and a word
# that adds a truce ("verkündete auch eine Feuerpause über Ostern", "announced another truce")
_TRUCE_SCOPES = {
    "energy": re.compile(r"\b(?:Energie\w*|energy|power\s+(?:plants?|grid|facilities|stations?))\b", IC),
    "easter": re.compile(r"\b(?:Oster\w*|Easter)\b", IC),
    "may9": re.compile(r"\b(?:9\.\s*Mai|May\s+9|9\s+May|Victory Day|Tag des Sieges)\b", IC),
    "christmas": re.compile(r"\b(?:Weihnacht\w*|Christmas)\b", IC),
    "sea": re.compile(r"\b(?:Schwarze\w* Meer|Black Sea|See\w*|maritime|naval)\b", IC),
    "span": re.compile(r"\b\d+[\s-]*(?:stündig\w*|tägig\w*)|\b\d+-(?:hour|day)\b|"
                       r"\b(?:für|for)\s+(?:\d+|\w+)\s+(?:Stunden|Tage|hours|days)\b", IC),
}
_ANOTHER_TRUCE = re.compile(r"\b(?:auch|ebenfalls|zudem|weitere\w*|also|another|further|second)\b[^.;]{0,40}"
                            r"(?:waffenruhe|feuerpause|waffenstillstand|truce|ceasefire)", IC)


def _truce_scopes(text: str) -> set[str]:
    """The scopes and occasions (`_TRUCE_SCOPES`) a sentence names for its truce."""
    return {k for k, p in _TRUCE_SCOPES.items() if p.search(text)}


def _another_truce(first: str, later: str) -> bool:
    """Whether the later sentence tells a truce of its own: scopes or occasions of both sentences
    and none shared (a headline with none, or a lead adding a span to the same occasion, tells the
    same truce), or a word that adds one ("auch", "another")."""
    fst, lat = _truce_scopes(first), _truce_scopes(later)
    return bool(_ANOTHER_TRUCE.search(later) or (fst and lat and not fst & lat))


RESTATED_WITHIN = 12
"""Sentences within which a step told again (a headline, its lead, a quote) is the first one."""


def _restated_steps(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """A deal suspended, left or threatened, or a paper handed over, told again within
    `RESTATED_WITHIN` sentences of its last telling by the same side (no other date, no other named
    speaker) is one step: the first record is read from the retelling too (one record per
    real-world occurrence, corpus README)."""
    import bisect

    starts = [x.start for x in sents]
    out: list[NewsEvent] = []
    seen: list[tuple[int, str, NewsEvent]] = []
    told: dict[int, int] = {}  # (the sentence of each first record, for a truce's scope)
    for e in events:
        k = bisect.bisect_right(starts, e.start) - 1
        fam = _step_family(e, sents[k].text if k >= 0 else "")
        if fam is None:
            out.append(e)
            continue
        n = next((n for n, (j, f, p) in enumerate(seen) if f == fam and k - j <= RESTATED_WITHIN
                  and (not p.parties or not e.parties or set(p.parties) & set(e.parties))
                  and (p.date_start is None or e.date_start is None or p.date_start == e.date_start)
                  # (two named speakers of the side, two statements: the spokesman announcing the
                  # exit, the ministry's spokeswoman telling of the objection sent the same day)
                  and not (p.participants and e.participants
                           and not set(p.participants) & set(e.participants))
                  and not (f == "truce" and _another_truce(sents[told.get(id(p), j)].text, sents[k].text))),
                 None)
        if n is not None:
            first = seen[n][2]
            first.absorb(e)
            first.cue = f"{first.cue}; told again in a later sentence"
            seen[n] = (k, fam, first)  # (the next retelling is counted from this one)
            continue
        seen.append((k, fam, e))
        told[id(e)] = k
        out.append(e)
    return out


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
