"""Statements of intent (CONSULT/036): a readiness to talk or meet (`INTENT`), a concrete next
step announced by a verb of announcing with a planned act after it (`_intent`, `INTENT_VERBS`,
`_NEXT_STEP`), what does not count (an aim only, holding a course: `NO_STEP`, `_HOLD_COURSE`,
`_noun_only`), and the merge of an intent or pledge printed twice word for word
(`_same_words_again`). `_SAID_HAD` and `_BEFORE` tell a step reported as already taken; a paper
sent (`paper_sent`) and contact to be kept (`contact_to_be_kept`) are steps. What is not a step
(`no_step`) lives in `no_step`, a step announced by its structure and a step told again
(`announced_step`, `_restated_steps`) in `announced_steps`.
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
# "forwarding proposals"), as a paper handed over (`agreed_steps.PRESENTED`)
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


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
