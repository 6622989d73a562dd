"""Who tells a claim, and whether it is told as what happened. The speaker (`_claimant`): the
source named ("nach ukrainischen Angaben", "according to Moscow", "Kiew zufolge"; `_SOURCE`,
`_SOURCE_AFTER`, a source that speaks for no side `_NO_SIDE_SOURCE`), else the subject of the first
verb of saying, claiming, accusing or denying (`_SPEECH`, `_SAYING`; `_subject`, with the clause
limits `_CLAUSE_BREAK`, `_CLAUSE_START`, `_GOVERNED`, `_SEAT`), and reported speech that goes on
from the speaker before (`_REPORTED`, `_TOLD_ON`); the parts of a sentence before and after a
point (`_head`, `_tail`). The mood: what would or could be (`_HYPOTHETICAL`), a condition, promise
or plan (`_IF_OR_WILL`, `_if_or_will`). Used by the claim rules (`claims`), attack reports
(`attacks`) and disputed assertions (`disputes`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.common import ACTORS, IC
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence


# what would or could be, or is meant to be: no assertion of what happened
_HYPOTHETICAL = re.compile(r"\b(?:wäre|wären|würde|würden|könnte|könnten|soll|sollen|sollte|sollten|kann|"
                           r"können|would|could|might|should)\b", IC)
# a sentence that goes on with what the speaker before said ("demnach", "hieß es weiter")
_TOLD_ON = re.compile(r"\b(?:demnach|hieß es weiter|zufolge dessen|the ministry added|it added)\b", IC)
# a condition, a promise or a plan: what a side would do, not what it says was done
_IF_OR_WILL = re.compile(r"\b(?:sollte|sollten|falls|wenn|if|unless|should|werde|werden|wird|will|would|"
                         r"würde|würden|must|muss|müsse|müssen|einzuhalten|to comply|to respect|"
                         r"to honou?r|to abide)\b", IC)
_PARTICIPLE = r"(?:eingehalten|erfüllt|verletzt|gebrochen|missachtet|respektiert|umgesetzt)"
_PASSIVE = re.compile(r"\b" + _PARTICIPLE + r"\s+(?:werde|werden|wird|würden?)\b|"
                      r"\b(?:werde|werden|wird|würden?)\b(?=[^.,;]{0,60}\b" + _PARTICIPLE + r"\b)", IC)



# a side named as the owner of the claim spoken about ("said Moscow's claim was not true"): not
# the speaker
_OWNS_CLAIM = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:claims?|assertions?|statements?|reports?|"
                         r"allegations?)\b", re.IGNORECASE)

def _if_or_will(t: str) -> bool:
    """A condition, promise or plan in `t`; a German passive is none ("dass die Forderungen nicht
    erfüllt würden": the auxiliary of what is said to happen)."""
    return _IF_OR_WILL.search(_PASSIVE.sub(" ", t)) is not None


# -- who tells a claim ----------------------------------------------------------------------------

# the source a claim is told from ("nach ukrainischen Angaben", "laut Moskau", "according to
# officials in Kyiv", "citing the Russian ministry")
_SOURCE = re.compile(r"\b(?:nach (?:\w+\s+){0,2}(?:Angaben|Darstellung)|laut|according to|citing)\b", IC)
_SOURCE_AFTER = re.compile(r"\bzufolge\b", IC)
# a source that is a pronoun ("According to him, ...", "Ihm zufolge ...", "nach seinen Angaben"):
# reported speech going on from the speaker named just before, whom the sentence does not name
PRONOUN_SOURCE = re.compile(r"\b(?:according to (?:him|her|them|it)|(?:ihm|ihr|ihnen) zufolge|"
                            r"nach (?:seinen|ihren|dessen|deren) (?:eigenen )?Angaben|"
                            r"laut (?:ihm|ihr|ihnen))\b", IC)
# a source that speaks for no side: analysts, observers, a mapping project
_NO_SIDE_SOURCE = re.compile(r"\W*(?:\w+\s+){0,2}(?:Analyst\w*|Analytiker\w*|Expert\w*|Beobachter\w*|"
                             r"Militärblogger\w*|Institut\w*|Denkfabrik\w*|think tanks?|analysts?|"
                             r"experts?|observers?|monitors?|bloggers?|ISW|DeepState)\b", IC)
# a verb of saying, claiming, accusing or denying: its subject is the claimant
_SPEECH = re.compile(r"\b(?:sagt\w*|erklärt\w*|teilt\w*|behauptet\w*|bestätigt\w*|betont\w*|kritisiert\w*|"
                     r"beklagt\w*|meldet\w*|berichtet\w*|warnt\w*|wies|weist|wiesen|weisen|warf|wirft|"
                     r"werfen|warfen|beschuldigt\w*|bezichtigt\w*|bestritt\w*|bestreitet|bestreiten|"
                     r"dementiert\w*|räumt\w*|macht|machte|machen|machten|sprach\w*|schrieb\w*|schreibt|"
                     r"said|says|say|stated|stressed|insisted|claimed|claims|told|reported|announced|"
                     r"denied|denies|deny|rejected|rejects|dismissed|accused|accuses|accuse|blamed|"
                     r"blames|blame|charged|charges|confirmed|complained|added|alleged|wrote|writes|posted|assured|assures|"
                     r"versicherte\w*|versichert)\b", IC)
# verbs of saying whose subject may follow them ("..., erklärte der Sprecher in Kiew")
_SAYING = re.compile(r"(?:sagt|erklärt|teilt|betont|meldet|berichtet|bestätigt|schrieb|schreibt|said|says|"
                     r"stated|stressed|told|added|announced|confirmed|reported|wrote|writes|posted)", IC)
_SAYING_DE = re.compile(r"(?:sagt|erklärt|teilt|betont|meldet|berichtet|bestätigt|schrieb|schreibt)", IC)
# a side named inside a phrase a preposition governs is not the subject ("nach dem Angriff auf Kiew")
_GOVERNED = re.compile(r"\b(?:auf|gegen|in|im|nach|über|für|mit|against|on|at|for|with|into|toward|"
                       r"unlike|anders als|wie)\s+(?-i:[a-zäöüß]\w*\s+){0,2}$", IC)
# ... except an institution and its seat ("der Stab in Kiew", "the government in Moscow")
_SEAT = re.compile(r"(?:stab|ministerium|ministry|regierung|government|behörden|authorities|officials|"
                   r"führung|kommando|command|generalstab|general staff)\s+(?:in|aus|of)\s+$", IC)
# what ends the clause of a subject: a subordinate clause, a quote, a coordinated clause
_CLAUSE_BREAK = re.compile(r"\b(?:dass|that|ob|whether)\b|[„“\"»«;:]|,\s*(?:und|and|aber|but|doch|while|"
                           r"während|sondern)\b", IC)
_CLAUSE_START = re.compile(r"(?:^|[,;:„“”\"'»«–-])\s*$")
# reported speech with no verb of saying (Konjunktiv I, "demnach"): the speaker before goes on
_REPORTED = re.compile(r"\b(?:habe|sei|seien|hätten|demnach)\b", IC)


def _tail(s: Sentence, k: int) -> Sentence:
    """The part of `s` after character `k` (its mentions with it), to read a clause inside."""
    from accord.news.extract import Sentence as _Sentence

    return _Sentence(start=s.start + k, end=s.end, text=s.text[k:],
                     mentions=[m for m in s.mentions if m.start >= s.start + k])


def _head(s: Sentence, k: int) -> Sentence:
    """The part of `s` before character `k` (its mentions with it)."""
    from accord.news.extract import Sentence as _Sentence

    return _Sentence(start=s.start, end=s.start + k, text=s.text[:k],
                     mentions=[m for m in s.mentions if m.end <= s.start + k])


def _subject(s: Sentence, v: re.Match[str]) -> str | None:
    """The side that is the subject of the verb matched at `v`: named before it in its clause and
    governed by no preposition ("Kiew zog in Zweifel"), else right after it ("Am Montag bestritt
    Moskau")."""
    t = s.text
    before = [m for m in s.mentions if _side(m.actor) and m.end - s.start <= v.start()
              and v.start() - (m.end - s.start) <= 60
              and not _CLAUSE_BREAK.search(t, m.end - s.start, v.start())
              and "," not in t[m.end - s.start:v.start()]
              and not re.match(r"[’']s\b", t[m.end - s.start:])
              and not _GOVERNED.search(t, max(0, m.start - s.start - 30), m.start - s.start)]
    if before:
        return before[0].actor
    after = [m for m in s.mentions if _side(m.actor) and 0 <= m.start - s.start - v.end() <= 30
             and not re.search(r"\b(?:dass|that)\b|[,;]", t[v.end():m.start - s.start], IC)
             and not _GOVERNED.search(t, max(0, m.start - s.start - 30), m.start - s.start)
             and not re.match(r"[’']s\b", t[m.end - s.start:])]
    return after[0].actor if after and v.start() < 40 else None


def _side(actor: str | None) -> bool:
    return actor is not None and actor in ACTORS


def _claimant(s: Sentence) -> tuple[str | None, str] | None:
    """The side that makes the claim told in `s`, with how it was found: the source named
    ("nach Angaben aus Kiew", "according to Moscow"), else the subject of the first verb of
    saying, claiming, accusing or denying ("Peskov said", "Russland, das ..., wirft Kiew vor",
    "..., teilte das russische Ministerium mit"). `(None, how)` when the source speaks for no
    side (analysts); None when the sentence names no speaker."""
    t = s.text
    if (head := re.match(r"\W*([A-ZÄÖÜ][\w-]*):\s", t)) is not None and (
            lead := next((m for m in s.mentions
                          if _side(m.actor) and m.start - s.start == head.start(1)), None)):
        return lead.actor, f"the headline's speaker '{head.group(1)}'"  # "Kiew: Russland verstieß ..."
    verb = _SPEECH.search(t)
    for src in _SOURCE.finditer(t):
        if PRONOUN_SOURCE.match(t, src.start()):
            continue  # "According to him, Russian drones ...": the side after it is what was said
        if verb is not None and verb.end() < src.start() and (
                by_verb := _claimant(_head(s, src.start()))) is not None and by_verb[0] is not None:
            # "Trump hatte behauptet, ... – laut ukrainischem Wetterbericht": the speaker of the
            # clause before the source
            return by_verb
        if _NO_SIDE_SOURCE.match(t, src.end()):
            return None, f"the source speaks for no side ('{src.group(0)}')"
        for m in s.mentions:
            rel = m.start - s.start
            if _side(m.actor) and src.start() <= rel <= src.end() + 30:
                return m.actor, f"source '{t[src.start():m.end - s.start]}'"
    for src in _SOURCE_AFTER.finditer(t):
        # "Kiew zufolge", "ukrainischen Angaben zufolge": the side named just before
        near = [m for m in s.mentions if _side(m.actor) and 0 <= src.start() - (m.end - s.start) <= 25]
        if near:
            return near[-1].actor, f"source '{t[near[-1].start - s.start:src.end()]}'"
    for v in _SPEECH.finditer(t):
        if v.group(0).lower() in ("claims", "reports", "says", "blame") and re.search(
                r"[’']s\s+$|\b(?:the|its|their|his|her)\s+$", t[max(0, v.start() - 7):v.start()], IC):
            continue  # a noun ("Moscow's claims", "the reports"), not a verb of saying
        word = v.group(0)
        passive = _PASSIVE_ACCUSED.match(t, v.end()) if re.search(r"(?:accus|blam|charg)\w*$", word, IC) \
            else None
        aux = _PASSIVE_AUX_DE.search(t, 0, v.start()) if re.match(r"(?:beschuldigt|bezichtigt)$", word, IC) \
            else None
        if aux is not None and any(
                _side(m.actor) and re.fullmatch(r"\s+(?:\w+\s+)?", t[v.end():m.start - s.start])
                for m in s.mentions if m.start - s.start >= v.end()):
            aux = None  # "beschuldigt Moskau": an object right after the verb, so active
        if passive is not None or aux is not None:
            # "Ukraine accused of violating the truce", "Russia was accused by Kyiv of ...", "Die
            # Ukraine wurde von Moskau beschuldigt": the side named before is the accused; the
            # claimant is the one after "by"/"von", if any
            if passive is not None:
                lo, hi = (passive.start(), passive.end() + 30) if passive.group("by") else (0, -1)
            elif aux is not None:
                by = re.search(r"\bvon\s+", t[aux.start():v.start()])
                lo, hi = (aux.start() + by.end(), v.start()) if by else (0, -1)
            agent = [m for m in s.mentions if _side(m.actor) and lo <= m.start - s.start < hi]
            if agent:
                return agent[0].actor, f"agent of the passive '{v.group(0)}'"
            accused = [m for m in s.mentions if m.actor in ("RUS", "UKR") and m.end - s.start <= v.start()]
            if accused and hi < 0:
                # a warring side accused with no accuser named: by the other warring side
                other = "UKR" if accused[0].actor == "RUS" else "RUS"
                return other, f"the other side of the one '{v.group(0)}'"
            continue
        if _CLAUSE_START.search(t, 0, v.start()) and _SAYING.match(v.group(0)):
            # "..., erklärte der Sprecher in Kiew", "„...“, sagte Peskow": the subject follows
            after = [m for m in s.mentions if _side(m.actor) and 0 <= m.start - s.start - v.end() <= 60
                     and not re.search(r"\b(?:dass|that)\b|[,;]", t[v.end():m.start - s.start], IC)
                     and not _OWNS_CLAIM.match(t, m.end - s.start)]
            if after:
                return after[0].actor, f"speaker after '{v.group(0)}'"
            relative = [m for m in s.mentions if _side(m.actor) and m.end - s.start < v.start()
                    and _LEAD_WORDS.fullmatch(t, 0, m.start - s.start)
                    and _RELATIVE_BETWEEN.fullmatch(t, m.end - s.start, v.start())]
            if relative:
                # "Moscow, which demands that Kyiv withdraw from X, said ...": the subject is the
                # side the relative clause is about, before it
                return relative[0].actor, f"speaker before the relative clause and '{v.group(0)}'"
            continue
        # the subject: the first side named in the clause before the verb that no preposition
        # governs ("Russland, das ukrainische Städte angreift, wirft Kiew vor": Russland)
        before = [m for m in s.mentions if _side(m.actor) and m.end - s.start <= v.start()
                  and v.start() - (m.end - s.start) <= 90
                  and not _CLAUSE_BREAK.search(t, m.end - s.start, v.start())
                  and (not _GOVERNED.search(t, max(0, m.start - s.start - 30), m.start - s.start)
                       or _SEAT.search(t, max(0, m.start - s.start - 30), m.start - s.start))]
        if not before and _SAYING.match(v.group(0)) and _SAYING_DE.match(v.group(0)):
            # "Am Morgen meldete die Ukraine, dass", "Allerdings berichtete die Ukraine von":
            # the subject after the verb when the clause names none before it (German word
            # order only: in "The mayor said Russian troops ..." the subject is before the verb)
            after = [m for m in s.mentions if _side(m.actor) and 0 <= m.start - s.start - v.end() <= 40
                     and not re.search(r"\b(?:dass|that)\b|[,;]", t[v.end():m.start - s.start], IC)
                     and not _GOVERNED.search(t, max(0, m.start - s.start - 30), m.start - s.start)
                     and not _OWNS_CLAIM.match(t, m.end - s.start)]
            if after:
                return after[0].actor, f"speaker after '{v.group(0)}'"
        comma = t.rfind(",", 0, v.start())
        if comma >= 0 and (tail := [m for m in before if m.start - s.start > comma]):
            # "..., the Ukrainian military said": the subject is in the clause right before the verb
            before = tail
        elif comma >= 0 and _SAYING.match(v.group(0)) and _ATTRIBUTION_END.fullmatch(t, v.end()) \
                and _POSTPOSED_SPEAKER.fullmatch(t, comma + 1, v.start()):
            # "Russian troops attacked the village, the General Staff said": the speaker is the
            # phrase after the comma and names no side; the sides before it are what was said
            before = []
        if before:
            return before[0].actor, f"speaker of '{v.group(0)}'"
    return None


# a speaker phrase after the comma of a postposed attribution ("..., the General Staff said",
# "..., officials told reporters", "..., a spokesman for the army said"): a noun phrase, no clause
_POSTPOSED_SPEAKER = re.compile(r"\s*(?:the|a|an|its|his|her|their|der|die|das|ein|eine)?\s*"
                                r"(?!(?:which|who|that|whom|where|when|while|as|if|and|but|der|die|das|"
                                r"welche\w*)\b)[\w'’. -]{2,60}?\s*")
# what may follow the verb of such an attribution up to the sentence's end ("said on Tuesday.",
# "told reporters in Kyiv.", "said in a statement"): no clause of what was said
# (a participle clause of what the attack did may follow: "..., the governor said, wounding four
# people")
_ATTRIBUTION_END = re.compile(r"(?!\s+(?:that|dass)\b)[^,;:\"“”„]{0,50}(?:,\s*(?:killing|wounding|injuring|"
                              r"damaging|destroying|leaving)\b[^,;:\"“”„]{0,80})?[.!?]?\s*", IC)

# a relative clause between a subject and its verb ("Moscow, which ..., said", "Russia's defence
# ministry, which ..., said", "Kiew, das ..., erklärte") and the few words that may open the
# sentence before that subject
_RELATIVE_BETWEEN = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,3}?\s*,\s*"
                               r"(?:which|who|das|die|der|welche[rsmn]?)\b[^;:„“\"»«]*,\s*", IC)
_LEAD_WORDS = re.compile(r"\W*(?:[\w-]+\s+){0,3}")

# a passive of accusing: "accused of", "accused by X of", "blamed for"
_PASSIVE_ACCUSED = re.compile(r"\s+(?:(?P<by>by)\s+|of\b|for\b)", IC)
# (within one clause: "wurde gebrochen und Kiew beschuldigt Moskau" is active)
_PASSIVE_AUX_DE = re.compile(r"\b(?:wird|wurde|wurden|werden|worden)\b"
                             r"(?:(?!\b(?:und|aber|oder|sondern)\b)[^,.;]){0,60}$")


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
