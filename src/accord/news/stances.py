"""Stances from sentences: who (actor, and the speaking person where the text quotes or reports
one) takes which position (demand, reject, accept, support, propose, conditional) on which issue
of the taxonomy, with the option where the sentence makes it clear and whether the refusal is
marked as a red line.

Rules, in order:
1. The sentence must name an issue (cue patterns in `data/patterns.yaml`).
2. Sentences that are an author's or analyst's own reading, forecast or hypothesis, and sentences
   whose only speaker is a commentator (a person with no office), give no stance.
3. Phrase-level attributions bind an actor to a polarity inside the sentence: "von Kyjiw
   angestrebte" (support), "für Moskau ein No-Go", "rote Linie für den Kreml" (reject, red line).
4. Otherwise the actor is, in order: the quoted or reported speaker's actor (through the office
   held at the article date); an attribution ("Aus Moskauer Sicht", "Nach ukrainischen Angaben",
   "die Regierung in Kiew"); the grammatical subject approximated as the first actor name not
   governed by a preposition; for a sentence in reported speech (Konjunktiv IC) or with a pronoun
   and no actor of its own, the speaker of the sentence before.
5. The polarity is the first matching cue class (reject, conditional, propose, accept, support,
   demand); a negated accept/support ("nicht zustimmen", also inside the verb bracket: "stimmte
   ... nicht zu"; "without providing") is a reject.
6. Structure: a position noun with its owner ("Moscow's demand", "die Forderung Moskaus") is the
   owner's and never the cue of the clause naming it; a source adverbial ("laut X", "X zufolge")
   reports the subject's position; a condition has two slots (what is offered: conditional; the
   condition asked for: demand); an issue named only as the case or the topic of talks ("Für den
   Fall einer Waffenruhe", "In den Verhandlungen über X") takes no position.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from accord.news.facts import Mention, Stance
from accord.news.prefilter import focus, gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence

IC = re.IGNORECASE
ORDER = ("reject", "conditional", "propose", "accept", "support", "demand")
ACTORS = ("RUS", "UKR", "USA", "EUR", "TUR", "NATO")
PREPOSITION = re.compile(r"(?:\b(?:in|im|des|den|dem|auf|gegen|mit|zwischen|für|von|vom|aus|"
                         r"nach|über|zur|zum|gegenüber|an|bei|ohne|um|unter|vor|of|to|in|on|"
                         r"against|with|from|by|for|into)\s+(?:\w+\s+)?)$", IC)
# "der" governs a feminine or plural name (der Ukraine, der Türkei, der USA) but opens a
# masculine subject (Der Kreml).
FEMININE = re.compile(r"(?:^|\s)der\s+$", IC)
FEMININE_NAMES = {"Ukraine", "Türkei", "Nato", "NATO", "EU", "USA", "Europäischen Union",
                  "Vereinigten Staaten", "Russischen Föderation", "Europäer", "Russen", "Ukrainer",
                  "Amerikaner"}
SUBJECT_NOUN = re.compile(r"\s+(?:Seite|Führung|Regierung|Delegation|Vertreter\w*|Amtsträger|"
                          r"Stellen|Militärs|Präsident\w*|Außenminister\w*|Verhandlungsführer|"
                          r"Regierungschefs|Staats- und Regierungschefs|Partner\w*|Staaten|"
                          r"Behörden|Unterhändler|Spitzenpolitiker\w*|Politiker\w*|Länder|Diplomaten|side|government|"
                          r"officials|leaders|delegation|diplomats|president|prime minister|"
                          r"(?:foreign|defen[cs]e) minist(?:er|ry)|ministry|leadership|negotiators?|envoys?|"
                          r"authorities)\b", IC)
ATTRIBUTION = re.compile(r"(?:aus (?P<a>\w+) Sicht|aus Sicht (?P<b>\w+)|nach (?P<c>\w+) Angaben|"
                         # "von russischer Seite" as a source: opening a sentence or clause, or before a verb
                         r"(?:^\W*|(?<=[,;:]\s))von (?P<d>\w+) Seite|von (?P<h>\w+) Seite(?=\s+(?:hieß|hiess|"
                         r"verlautete|wurde|gab|kam|war|ist|sei|hatte|hat)\b)|"
                         r"die (?:Regierung|Führung) in (?P<e>\w+)|"
                         r"(?P<f>\w+) zufolge|laut (?P<g>\w+)|"
                         # "nach Ansicht Moskaus", "hieß es aus dem Kreml", "according to the Kremlin",
                         # "in the view of Kyiv": the source named by the attribution holds the position
                         r"nach (?:Ansicht|Auffassung|Darstellung|Überzeugung|Lesart|Worten) "
                         r"(?:der |des |von )?(?P<i>\w+)|"
                         r"(?:hieß|hiess) es (?:aus|in|im|vom) (?:dem |der |den )?(?P<j>\w+)|"
                         r"according to (?:the )?(?P<k>\w+)|in the view of (?:the )?(?P<l>\w+))", IC)
LOCAL_SUPPORT = re.compile(r"von (?:den |der |dem )?(?P<x>\w+) (?:\S+\s+){0,4}?(?:angestrebte|gewünschte|"
                           r"verfolgte)", IC)
# "die von Russland (für eine Waffenruhe) geforderten Gebietsabtretungen", "die von Kiew
# vorgeschlagene Feuerpause": the agent holds that position on what the participle qualifies
LOCAL_PARTICIPLE = re.compile(r"von (?:den |der |dem )?(?P<x>\w+) (?:\S+\s+){0,4}?(?P<p>geforderte|"
                              r"vorgeschlagene|abgelehnte|akzeptierte|gebilligte|unterstützte)\w*", IC)
PARTICIPLE_POLARITY = {"geforderte": "demand", "vorgeschlagene": "propose", "abgelehnte": "reject",
                       "akzeptierte": "accept", "gebilligte": "accept", "unterstützte": "support"}
# "Zusagen der ukrainischen Regierung", "die Zusage Moskaus": whose commitment it is
LOCAL_ACCEPT = re.compile(r"\bZusage\w* (?:der |des )?(?P<x>[A-ZÄÖÜ]\w+|[a-zäöü]+(?:ischen|ländischen) "
                          r"(?=Regierung|Führung|Seite))")
# a plan told as presented or handed over: its subject owns it
PLAN_PRESENTED = re.compile(
    r"\b(?:[\w-]*[Pp]lan|Entwurf|draft|proposal|framework)\w*\b[^.;]{0,80}\b(?:vorgelegt|vorgestellt|"
    r"ausgearbeitet|übergeben|übermittelt)\b|\b(?:presented|unveiled|drafted|submitted|put forward|legte|"
    r"stellte)\b[^.;]{0,60}\b(?:[\w-]*[Pp]lan|Entwurf|draft|proposal|framework)", IC)
# whose plan it is: "US-Friedensplan", "Trumps Plan", "der amerikanische Entwurf", "Plan der USA"
PLAN_OWNER = re.compile(
    r"\b(?P<x>US|USA|EU|Trumps?|Witkoffs?|Putins?|Selenskyjs?|amerikanische\w*|russische\w*|"
    r"ukrainische\w*|europäische\w*|Kremls?|Moskaus|Kiews|Kyjiws|Washingtons)[- ]"
    r"(?:\d+-Punkte-)?(?:Friedens|Rahmen)?(?:plan|Plan|Entwurf|Vorschlag)\w*|"
    r"\b(?:Plan|Entwurf|Vorschlag|Friedensplan)\w* (?:der |des )?(?P<y>USA|US-Regierung|Trumps?|"
    r"Washingtons|Moskaus|Kiews|Europäer)\b|"
    r"\b(?P<z>U\.S\.|US|American|Russian|Ukrainian|European|Trump's|Moscow's|Kyiv's|Washington's|"
    r"Russia's|Ukraine's|Kremlin's)\s+(?:[\w-]+\s+){0,2}?(?:plan|proposal|draft|framework)\b")
# a sentence that tells what a plan provides ("Dem Plan zufolge sollte ...", "Under the plan,
# Ukraine would ...", "Der Entwurf sieht vor"): a proposal of the plan's owner
PLAN_PROVISION = re.compile(
    r"\bdem\s+(?:[\w-]+\s+){0,2}?(?:[\w-]*[Pp]lan|Entwurf|Vorschlag)\w*\s+zufolge\b|"
    r"\b(?:nach dem|laut dem|laut)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]*[Pp]lan|Entwurf)\w*\b|"
    r"\b(?:under|according to) the\s+(?:[\w.'-]+\s+){0,3}?(?:plan|proposal|draft|framework)\b|"
    r"\b(?:der|die|das|the)\s+(?:[\w.'-]+\s+){0,2}?(?:[\w-]*[Pp]lan|Entwurf|draft|"
    r"proposal|framework)\w*\s+(?:sieht|sah|would|calls for|envisages|envisions|provides|includes|"
    r"enthält|beinhaltet|fordert|verlangt|stipulates|requires)\b", IC)
LOCAL_REJECT = re.compile(
    r"für (?:den |die |das )?(?P<x>\w+)(?: und seine \w+ Partner)?(?:\s+\S+){0,4}?\s+(?:ein |eine |"
    r"absolut |völlig |von vornherein )?\"?(?:No-Go|Tabu|rote Linie|rotes Tuch|inakzeptabel|"
    r"unannehmbar|nicht in Frage|nicht infrage|nicht verhandelbar|"
    r"nicht zur (?:Disposition|Debatte|Diskussion))|"
    r"(?:No-Go|Tabu|rote Linie|rotes Tuch|inakzeptabel|unannehmbar)\"?"
    r"(?:\s+\S+){0,2}?\s+für (?:den |die |das )?(?P<y>\w+)", IC)
# a negation right before an accept/support cue; English contractions (don't, can't, won't) and
# "cannot" too
NEGATION = re.compile(r"\b(?:nicht|kein\w*|niemals|nie|never|not|no|won't|will not|cannot|\w+n['’]t)\b"
                      r"[^.,;]{0,25}$", IC)
KONJUNKTIV = re.compile(r"\b(?:sei|seien|habe|müsse|werde|könne|solle|wolle|dürfe|gebe|zeige|"
                        r"liege|gehe|stehe|bleibe|komme|brauche|wisse|lasse|"
                        # third-person Konjunktiv I of the cue verbs ("Russland lehne ... ab")
                        r"lehne|verlange|fordere|akzeptiere|unterstütze|bestehe|schlage|strebe|"
                        r"weise|stimme|dränge|beharre|räume|verzichte|erkenne|toleriere)\b")
PRONOUN = re.compile(r"\b(?:er|sie|ihm|ihr|seinerseits|ihrerseits|he|she|his|her)\b")
REFERENCE = re.compile(r"\b(?:[Ss]ie|[Ee]r|die Länder|die Staaten|die Regierungen|[Tt]hey|the countries)\b")
DEMONSTRATIVE = re.compile(r"^\W*(?:\w+\s+){0,3}?(?:[Dd]ies\w*|[Bb]eides|[Dd]amit|[Ee]ine? solche\w*|"
                           r"[Ss]olche\w*|[Dd]iese[nrms]?|[Tt]his|[Tt]hese|[Ss]uch)\b")
BOTH_SIDES = re.compile(r"\bbeide(?:n|r)? (?:Seiten|Delegationen|Parteien|Länder)\b|"
                        r"\bboth (?:sides|delegations|parties|countries)\b|"
                        r"\b(?:die|den) (?:Kriegs|Konflikt)parteien\b|\bthe (?:two )?(?:parties|sides)\b", IC)
CONDITION = re.compile(r"\b(?:wenn|falls|sofern|if|unless)\b|(?:^|(?<=[,;:\"]\s)|(?<=^\")|(?<=^\W\s))"
                       r"[Ss]ollte(?:n)?\b(?=\s+(?:die|der|das|es|sie|er|man|\w+\s+Seite|[A-ZÄÖÜ]\w+)\b)", IC)
STRICT_IF = re.compile(r"falls|sofern|if|unless|sollten?", IC)  # not "wenn", which is also "when"
# a consequence announced for the case the condition names ("will", "would", "wird", a threat):
# the position holds only under that condition
CONSEQUENCE = re.compile(r"\b(?:will|would|wird|werde|werden|würde|würden|dro(?:ht|hte|hten|hen)\w*|"
                         r"threat\w*|behält\w* sich\b[^.;]{0,40}\bvor|reserves? the right)\b", IC)
LOCAL_DEMAND = re.compile(r"(?:Kern)?[Ff]orderung\w* (?:des |der )?(?P<x>[A-ZÄÖÜ]\w+)|"
                          r"(?P<y>[A-ZÄÖÜ]\w+s) (?:Kern)?[Ff]orderung", 0)
OPENING_FOR = re.compile(r"^\W*(?:Für|For) (?:den |die |das )?(?P<x>\w+)\b")
PARTNERS = re.compile(r"gemeinsam mit [^.]{0,40}europäische\w* Partner|seine\w* europäische\w* "
                      r"Partner|together with [^.]{0,30}European partners|"
                      r"\b(?:and|und) (?:its|seine\w*|ihre\w*) (?:european|europäische\w*) "
                      r"(?:allies|partners|Partner\w*|Verbündete\w*)", IC)


STRONG_CEASEFIRE = re.compile(r"(?:umfassend|vollständig|bedingungslos|sofortig|allgemein|full|complete|"
                              r"comprehensive|unconditional|immediate|general)\w*\s+(?:\w+\s+)?(?:Waffenruhe|"
                              r"Waffenstillstand|Feuerpause|ceasefire|truce)", IC)


# who speaks for an actor named after a preposition or in the genitive: "officials in Kyiv", "a
# spokesman for the Kremlin", "Vertreter der Ukraine", "ein Sprecher des Kremls", "Diplomaten aus Moskau"
SPEAKER_OF = re.compile(r"\b(?:Vertreter\w*|Sprecher\w*|Beamte\w*|Diplomaten|Unterhändler\w*|Gesandte\w*|"
                        r"officials?|representatives?|spokes(?:man|woman|person)|diplomats?|negotiators?|"
                        r"envoys?)\s+(?:in|aus|of|for|from|der|des|von)\s+(?:the\s+|der\s+|dem\s+|den\s+)?$",
                        IC)


def _actor_of_word(word: str, s: Sentence) -> str | None:
    """The actor a single word names, via the sentence's mentions (Moskauer, Kiews, Kreml)."""
    for m in s.mentions:
        if m.actor and (m.surface == word or m.surface.endswith(" " + word)
                        or m.surface.startswith(word)):
            return m.actor
    w = word.lower()
    for prefix, actor in (("russ", "RUS"), ("moskau", "RUS"), ("kreml", "RUS"), ("ukrain", "UKR"),
                          ("kiew", "UKR"), ("kyjiw", "UKR"), ("kyiv", "UKR"), ("amerikan", "USA"),
                          ("us", "USA"), ("washington", "USA"), ("europ", "EUR"),
                          ("türk", "TUR")):
        if w.startswith(prefix):
            return actor
    return None


def _subjects(s: Sentence) -> list[str]:
    """Actors that plausibly act in the sentence: names not governed by a preposition, and
    adjectives heading 'Seite', 'Führung', 'Vertreter' ..."""
    out: list[str] = []
    t = s.text
    if not _KNOWN:
        from accord.news.gazetteer import default

        _KNOWN.update(default().surfaces)
    for m in s.mentions:
        if not m.actor or m.actor not in ACTORS:
            continue
        rel = m.start - s.start
        before = t[max(0, rel - 30):rel]
        after = t[m.end - s.start:m.end - s.start + 40]
        if after.startswith("-") and not re.match(
                r"-(?:Regierung|Führung|Präsident|Delegation|Plan|Staaten|Länder|Mitglied(?:s)?(?:staaten|länder)|"
                r"Kommission|Außenminister|Friedensplan|Vorschlag|Entwurf|Sprecher|Chef|Berater|"
                r"Seite|Unterhändler|Gesandte|plan|proposal|draft)", after):
            continue  # a compound: Nato-Mitgliedschaft, US-Vermittlung
        via = SPEAKER_OF.search(before)
        if via is not None:
            head = rel - (len(before) - via.start())
            if not PREPOSITION.search(t[max(0, head - 30):head]):
                out.append(m.actor)  # "officials in Kyiv", "ein Sprecher des Kremls" speak for it
            continue
        is_adjective = m.kind == "actor" and bool(
            re.fullmatch(r"\w*(?:isch|ische|ischen|ischer|isches|ian|can)", m.surface, IC))
        if (m.actor in ("NATO", "EU") or (m.actor == "EUR" and m.surface in (
                "EU", "Europäischen Union", "Europäische Union"))) and re.search(
                r"Mitglied|Beitritt|Integration|member|accession|\bin (?:die |der )?(?:Nato|NATO)", t, IC):
            continue  # the alliance is what the sentence is about, not who speaks
        if is_adjective:
            if SUBJECT_NOUN.match(after) and (not PREPOSITION.search(before) or re.search(
                    r"(?:Reihe|Gruppe|Mehrheit) von\s+$", before)):
                out.append(m.actor)
            continue
        if m.surface.endswith("s") and m.kind != "person" and m.surface[:-1] in _KNOWN:
            continue  # a genitive attribute: "Moskaus Forderungen", "Verzicht Kiews"
        if FEMININE.search(before) and m.surface in FEMININE_NAMES:
            continue
        if PREPOSITION.search(before) and not re.search(r"(?:Reihe|Gruppe|Mehrheit) von\s+$", before):
            continue
        out.append(m.actor)
    return list(dict.fromkeys(out))


_KNOWN: set[str] = set()


def _coordinated(s: Sentence, a: str, b: str) -> bool:
    """Whether actors `a` and `b` are named side by side ("Moskau und Kiew", "Kiew – gemeinsam
    mit ... europäischer Partner")."""
    ma = next((m for m in s.mentions if m.actor == a), None)
    mb = next((m for m in s.mentions if m.actor == b), None)
    if ma is None or mb is None:
        return False
    first, second = (ma, mb) if ma.start < mb.start else (mb, ma)
    between = s.text[first.end - s.start:second.start - s.start]
    return bool(re.fullmatch(r"\s*(?:und|and|sowie|,|als auch|wie auch|as well as)\s*(?:auch\s+)?"
                             r"(?:die\s+|der\s+|the\s+)?", between))


def _speaker(s: Sentence, P: dict[str, Any]) -> tuple[Mention | None, bool]:
    """The person quoted or reported in `s`, and whether a commentator (no office) speaks."""
    if not any(p.search(s.text) for p in P["speech"]):
        # no verb of saying: a person holding an office who is the subject of the cue verb
        # ("Lavrov insisted ...", "lehnte Putin ... ab") speaks for the actor
        for m in s.mentions:
            rel = m.start - s.start
            if m.kind == "person" and m.actor and not PREPOSITION.search(s.text[max(0, rel - 30):rel]) \
                    and not s.text[m.end - s.start:].startswith(("s ", "'s ")) and not (
                        m.surface.endswith("s") and m.surface[:-1] in _KNOWN) \
                    and not _object_person(s, m):
                return m, False
        return None, False
    persons = [m for m in s.mentions if m.kind == "person"]
    with_actor = [m for m in persons if m.actor]
    if with_actor:
        return with_actor[0], False
    return None, bool(persons)


def _object_person(s: Sentence, person: Mention) -> bool:
    """Whether `person` follows the clause's subject, an actor named before it ("The Kremlin
    insists Zelensky is illegitimate", "Der Kreml bezeichnete Selenskyj als illegitim"): a verb
    (a lower-case word) and no comma between them; a title or apposition ("Kremlchef Putin",
    "Russia's President Vladimir Putin") has no lower-case word between."""
    for m in s.mentions:
        if m.start >= person.start or m.kind == "person" or m.actor not in ACTORS:
            continue
        rel = m.start - s.start
        if PREPOSITION.search(s.text[max(0, rel - 30):rel]) or re.fullmatch(
                r"\w*(?:isch|ische|ischen|ischer|isches|ian|can)", m.surface, IC) or (
                m.surface.endswith("s") and m.surface[:-1] in _KNOWN):
            continue
        between = s.text[m.end - s.start:person.start - s.start]
        if "," not in between and not between.startswith("-") and re.search(r"\b[a-zäöüß]{2,}\b", between):
            return True
    return False


MODAL = re.compile(r"\b(?:must|should|need(?:s|ed)? to|has to|have to|muss|müsse|müssen|müssten?|sollte\w*|"
                   r"solle|sollen)\b", IC)


def _clause_subject(s: Sentence, subjects: list[str], words: str) -> str | None:
    """The subject of a later clause that holds the polarity cue ("NATO has said Ukraine is on a
    path to membership, while Russia demanded neutrality"): the nearest subject before the cue
    with a clause break between the sentence's first subject and it; never for a modal ("Moscow
    said, ... Kyiv must withdraw": what one side says another must do is the speaker's)."""
    if not words or MODAL.search(words):
        return None
    t = s.text
    cue = t.lower().find(words.lower())
    firsts = [m for m in s.mentions if m.actor == subjects[0]]
    if cue < 0 or not firsts:
        return None
    # names inside a compound or governed by a preposition ("unter US-Vermittlung") are no subjects
    before = [m for m in s.mentions if m.actor in subjects and m.end - s.start <= cue
              and not t[m.end - s.start:].startswith("-")
              and not PREPOSITION.search(t[max(0, m.start - s.start - 30):m.start - s.start])]
    if not before or before[-1].actor == subjects[0]:
        return None
    near = before[-1]
    between = (firsts[0].end - s.start, near.start - s.start)
    if not CLAUSE_BREAK.search(t, *between) and not SAID.search(t, *between):
        return None
    return near.actor


# a verb of saying between a speaker and what another side did ("a Ukrainian negotiator said
# Russia demanded ...")
SAID = re.compile(r"\b(?:said|says|told|stated|added|announced|sagte|sagten|erklärte\w*|betonte\w*|"
                  r"teilte\w* mit|bekanntgegeben|bekannt gegeben|gab\w* bekannt|mitgeteilt)\b", IC)


def _reported_holder(s: Sentence, speaker: Mention | None, subjects: list[str], polarity: str,
                     words: str) -> str | None:
    """The actor whose attitude a speaker of another side reports ("Zelensky said Putin does not
    want a ceasefire", "Selenskyj: Putin will keine Waffenruhe"): the subject named after the
    speaker and at most 60 characters before the cue, for attitudes (refusing, accepting,
    wanting, proposing) and for that side's own verb of demanding ("Zelensky said Russia demands
    ..."), never for an obligation (what one side says another must do is the speaker's own
    demand)."""
    if speaker is None or not speaker.actor or not words or (polarity == "demand" and (
            MODAL.search(words) or not DEMAND_VERB.search(words))):
        return None  # an obligation told of another side ("Russia must withdraw") stays the speaker's
    cue = s.text.lower().find(words.lower())
    if cue < 0:
        return None
    sp0, sp1 = speaker.start - s.start, speaker.end - s.start
    if SOURCE_BEFORE.search(s.text[max(0, sp0 - 40):sp0]) or SOURCE_AFTER.match(s.text, sp1):
        # the speaker is only the source ("Laut Selenskyj verlangen die USA, dass ...",
        # "according to Zelensky, Washington demands"): the subject right after the verb (German
        # verb-second) or before it holds the position, a demand by its own verb too
        clause_end = min([i for i in (s.text.find(",", cue + len(words)), s.text.find(" dass ", cue),
                                      s.text.find(" that ", cue)) if i > 0] or [len(s.text)])
        after = [m for m in s.mentions if m.actor in ACTORS and m.actor in subjects
                 and m.actor != speaker.actor and m.start >= speaker.end
                 and cue <= m.start - s.start <= clause_end]
        if after:
            return after[0].actor
    near = [m for m in s.mentions if m.actor in ACTORS and m.actor in subjects
            and m.actor != speaker.actor and m.start >= speaker.end
            # before the cue, or inside it in German verb-second order ("lehnt Russland ... ab")
            and -len(words) <= cue - (m.end - s.start) <= 60
            # a demand only in reported speech ("said Russia demands", "sagte, Russland fordere"),
            # not of an object ("Putin nannte Selenskyj illegitim und verlangte ...")
            and (polarity != "demand" or bool(SAID.search(s.text, speaker.end - s.start, m.start - s.start))
                 or "," in s.text[speaker.end - s.start:m.start - s.start])]
    return near[-1].actor if near else None


SOURCE_BEFORE = re.compile(r"\b(?:laut|nach (?:Angaben|Worten|Darstellung)(?: von)?|according to)\s+"
                           r"(?:[\w-]+\s+){0,3}$", IC)
SOURCE_AFTER = re.compile(r"s?\s+zufolge\b", IC)


# a verb or noun by which the named side itself demands ("Zelensky said Russia demands ...",
# "Selenskyj sagte, Russland fordere ..."), unlike a modal of obligation
DEMAND_VERB = re.compile(r"\b(?:demand\w*|insist\w*|forder\w*|verlang\w*|besteh\w*|bestand\w*|beharr\w*|"
                         r"poch\w*|call(?:s|ed|ing)? for|push\w* for|press\w* for)", IC)


# asking someone to act: of the other side it is a proposal ("bat Putin, ..."), of one's own
# partners a demand ("hat den Westen dazu aufgefordert, den Druck hochzuhalten")
ASKED = re.compile(r"\b(?:aufgefordert|forderte\w*|fordert|gebeten|bat|baten|asked|asks|urged?)\b", IC)
OWN_SIDE_WORDS = re.compile(r"\b(?:Westen|West|Verbündete\w*|allies|Partner\w*|partners|Europäer|"
                            r"Unterstützer\w*|backers)\b", IC)
BLOC = {"UKR": "west", "USA": "west", "EUR": "west", "NATO": "west", "RUS": "east"}


def _asks_own_side(s: Sentence, subjects: list[str]) -> bool:
    """Whether the sentence's asking verb addresses the asker's own side: its partners by a
    word ("den Westen", "allies") or an actor of the same bloc named right around the verb."""
    ask = ASKED.search(s.text)
    if ask is None:
        return False
    window = s.text[max(0, ask.start() - 40):ask.end() + 30]
    if OWN_SIDE_WORDS.search(window):
        return True
    asker = BLOC.get(subjects[0]) if subjects else None
    near = [m.actor for m in s.mentions if m.actor and m.actor != (subjects[0] if subjects else None)
            and ask.start() - 40 <= m.start - s.start <= ask.end() + 30]
    return asker is not None and bool(near) and all(BLOC.get(a) == asker for a in near)


def _polarity(t: str, P: dict[str, Any], lang: str = "de") -> tuple[str | None, int, str]:
    """The polarity of `t`: the cue of the main clause, approximated as the earliest cue (a
    verb of demanding or proposing governs the clause it opens: "verlangt, dass Kiew auf X
    verzichtet" is a demand), except that a refusal or a condition anywhere wins."""
    found: list[tuple[int, int, str, str]] = []  # position, rank, polarity, cue words
    # "unacceptable demands": the speaker's judgement of the demands, not a refusal by the one
    # who makes them (blanked, offsets kept)
    t = EVALUATIVE.sub(lambda m: " " * len(m.group(0)), t)
    for name in ORDER:
        for rx in P["polarity"][name]:
            m = rx.search(t)
            if m is None:
                continue
            if name == "reject" and PROPOSED_REFUSAL.search(t, 0, m.start()) and re.match(
                    r"refusal|renunciation|Verzicht", t[m.start():], IC):
                continue  # "proposed a mutual refusal to strike": the refusal is what is proposed
            if NON_SIDE_AGENT.match(t, m.end()) and m.group(0).lower().endswith(("ed", "t")):
                continue  # "elections dismissed by most of the world": a passive of no side
            pol = name
            if name in ("accept", "support") and (NEGATION.search(t[max(0, m.start() - 30):m.start()])
                                                  or _bracket_negated(m.group(0))):
                if COMPLIANCE.search(m.group(0)):
                    break  # "has not complied with the truce": an accusation, not a refusal
                pol = "reject"
            elif name in ("accept", "support", "propose") and WITHOUT.search(
                    t[max(0, m.start() - 40):m.start()]):
                pol = "reject"  # "without providing guarantees", "ohne ... zuzustimmen": withheld
            found.append((m.start(), ORDER.index(pol), pol, m.group(0)))
            break
    if not found and lang == "de":
        # German "will"/"wollen" is a wish (in English "will" is the future): the weakest cue
        m = WANT_DE.search(t)
        if m is not None:
            found.append((m.start(), ORDER.index("support"), "support", m.group(0)))
    if not found:
        return None, -1, ""
    if (held := INSIST.search(t)) is not None:
        return "demand", ORDER.index("demand"), held.group(0)
    if len(found) > 1:
        # a proposal named as a noun ("dem US-Vorschlag zugestimmt") is what is accepted or
        # refused, not the sentence's own cue
        found = [f for f in found if not PROPOSAL_NOUN.fullmatch(f[3])] or found
    strong = [f for f in found if f[2] in STRONG]
    at, rank, pol, words = min(strong, key=lambda f: f[1]) if strong else min(found)
    if pol == "support" and re.search(r"forderung|demands", words, IC):
        pol, rank = "demand", ORDER.index("demand")  # holding on to demands ("hält an ... Forderungen fest")
    elif pol == "accept" and READINESS.search(words) and GIVING.match(t, at, at + len(words) + 100):
        # readiness to give or send something is a commitment, not a concession ("bereit, der
        # Ukraine Sicherheitsgarantien zu geben", "Bereitschaft zu militärischer Unterstützung")
        pol, rank = "support", ORDER.index("support")
    return pol, rank, words


READINESS = re.compile(r"bereit|ready|willing|prepared|readiness", IC)
GIVING = re.compile(r"[^.;:]*?\b(?:zu geben|zu leisten|zu gewähren|bereitzustellen|zu liefern|zu entsenden|"
                    r"zu schicken|zu stationieren|zu unterstützen|Unterstützung|to (?:provide|give|send|"
                    r"deploy|contribute|supply|station|support|back|fund)|(?:military )?support)\b", IC)


STRONG = ("reject", "conditional")
# the agent of a passive participle that is no side: lower case and not both sides ("dismissed by
# most of the world", "von vielen Staaten abgelehnt" is read by the German participle rules)
PROPOSED_REFUSAL = re.compile(r"\b(?:propos\w*|suggest\w*|call(?:s|ed|ing)? for|urg\w*|offer\w*)\s+"
                              r"(?:a|an|the)\s+(?:\w+\s+)?$", IC)
NON_SIDE_AGENT = re.compile(r"\s+by\s+(?!the\s+[A-Z]|both\b|the two\b|all sides\b|each other\b|"
                            r"the (?:two )?sides\b)[a-z]")
# a refusal to retreat from a demand or position is insisting on it ("not prepared to back down
# from its demand", "refuses to drop the condition", "nicht bereit, von der Forderung abzurücken",
# "weigert sich, auf die Bedingung zu verzichten")
_HELD = (r"(?:#{3,}|demands?|conditions?|preconditions?|claims?|position|stance|insistence|Forderung\w*|"
         r"Bedingung\w*|Vorbedingung\w*|Anspr\w+|Position\w*|Haltung)")
INSIST = re.compile(
    r"\b(?:not|never|no|refus\w*|won't|will not|unwilling|nicht|nie|niemals|kein\w*|weiger\w*)\b[^.;]{0,40}?"
    r"\b(?:back(?:ing)? down|back away|retreat\w*|step(?:ping)? back|walk(?:ing)? back|budg\w*|drop\w*|"
    r"abandon\w*|give up|giving up|soften\w*|withdraw\w*)\s+(?:from|on)?\s*(?:[\w'’]+\s+){0,3}?"
    + _HELD + r"|"
    r"\b(?:nicht|nie|niemals|kein\w*|weiger\w*)\b[^.;]{0,40}?\b(?:von|auf)\s+(?:\w+\s+){0,3}?" + _HELD +
    r"\b[^.;,]{0,80}?\b(?:abzurücken|abrücken|abzuweichen|abweichen|zu verzichten|verzichten|"
    r"abgerückt|zurückzuweichen)\b|"
    r"\b(?:nicht|nie|niemals|kein\w*|weiger\w*)\b[^.;]{0,40}?\b" + _HELD + r"\b[^.;,]{0,80}?\b"
    r"(?:aufzugeben|aufgeben|fallen ?zu ?lassen|fallenlassen|aufzuweichen|aufweichen)\b", IC)
# a negation inside a German verb bracket, between the finite verb and its particle ("stimmte dem
# Plan nicht zu", "lässt sich auf keinen Verzicht ein", "hält sich nicht an"); cues whose own
# wording is a negation ("schließt ... nicht aus", "nichts dagegen", "keine Einwände") aside
INNER_NEGATION = re.compile(r"\b(?:nicht|kein\w*|niemals|nie)\b", IC)
NEGATION_CUE = re.compile(r"\bnicht aus\w*|\bkeine\w* einwände|\bnichts dagegen|\bnicht (?:dazu )?bereit", IC)


def _bracket_negated(words: str) -> bool:
    return bool(INNER_NEGATION.search(words)) and not NEGATION_CUE.search(words)


# "ohne/without" governing the cue verb: what is done without it is withheld ("without providing
# security guarantees", "ohne einer Waffenruhe zuzustimmen"); not across a clause break
WITHOUT = re.compile(r"\b(?:without|ohne)\b[^.,;:]{0,30}$", IC)
PROPOSAL_NOUN = re.compile(r"(?:gegen)?vorschlag|(?:counter-?)?proposal|angebot", IC)
# keeping to a deal ("halten sich an", "complied with"): negated it is an accusation, no position
COMPLIANCE = re.compile(r"\b(?:h(?:ält|alten|ielt|ielten|alte)\b[^.,;]{0,20}\bsich|sich an|abid\w*|"
                        r"adher\w*|compl(?:y|ies|ied|ying)|befolg\w*|einzuhalten|hält|respect\w*)\b", IC)
OWNED_POSITION = re.compile(r"\b(?P<x>U[.\u2024]S[.\u2024]|US|American|Russian|Ukrainian|European|"
                            r"Moscow's|Kyiv's|"
                            r"Kiev's|Washington's|Russia's|Ukraine's|Kremlin's|Europe's|Moscow’s|"
                            r"Kyiv’s|Russia’s|Ukraine’s|Kremlin’s|Washington’s)\s+(?:peace\s+|new\s+|"
                            r"latest\s+|own\s+)?(?P<n>proposals?|offers?|plans?|demands?)\b")
# a position named as a noun with its owner in the genitive: after it ("die Weigerung Moskaus",
# "die Ablehnung der Ukraine"), before it ("Kiews Zustimmung"), English "X's refusal"
_POSITION_NOUNS_DE = (r"Weigerung|Ablehnung|Absage|Widerstand|Zustimmung|Einverständnis|Bereitschaft|"
                      r"Forderung(?:en)?|Beharren|Angebot|Vorschlag|Unterstützung|Anspr(?:uch|üche)(?= auf)")
NOUN_OWNER = re.compile(
    r"\b(?P<n>" + _POSITION_NOUNS_DE + r")\s+(?:des\s+|der\s+)?(?P<x>[A-ZÄÖÜ][\w-]*)\b|"
    r"\b(?P<y>[A-ZÄÖÜ][\w-]*s)\s+(?:[a-zäöü]\w*\s+)?(?P<m>" + _POSITION_NOUNS_DE + r")\b|"
    r"\b(?P<z>[A-Z][\w.-]*(?:'s|’s))\s+(?:[a-z]\w*\s+)?(?P<e>refusal|rejection|opposition|veto|"
    r"acceptance|consent|readiness|willingness|insistence|support|backing|offer|proposal|demands?|"
    r"claims?(?= (?:of sovereignty|to|over|on)\b))\b")
NOUN_POLARITY = (("weigerung", "reject"), ("ablehnung", "reject"), ("absage", "reject"),
                 ("widerstand", "reject"), ("refusal", "reject"), ("rejection", "reject"),
                 ("opposition", "reject"), ("veto", "reject"), ("zustimmung", "accept"),
                 ("einverständnis", "accept"), ("bereitschaft", "accept"), ("acceptance", "accept"),
                 ("consent", "accept"), ("readiness", "accept"), ("willingness", "accept"),
                 ("forderung", "demand"), ("beharren", "demand"), ("insistence", "demand"),
                 ("demand", "demand"), ("angebot", "propose"), ("vorschlag", "propose"),
                 ("offer", "propose"), ("proposal", "propose"), ("unterstützung", "support"),
                 ("support", "support"), ("backing", "support"), ("claim", "demand"),
                 ("anspr", "demand"))
OWNED_POLARITY = {"proposal": "propose", "offer": "propose", "plan": "propose", "demand": "demand"}
BATTLEFIELD = re.compile(r"\b(?:captured|capture|seized|advanc\w*|encircl\w*|fighting|battles?|"
                         r"frontline positions|troops (?:continue to )?hold|eingenommen|erobert|"
                         r"Einnahme|Eroberung|vorgerückt|rück\w* vor|eingekesselt|Kämpfe\w*|"
                         r"Gefecht\w*)\b", IC)
NEGOTIATING = re.compile(r"\b(?:cede|ceding|cession|withdraw\w*|pull\w* (?:out|back)|concession\w*|"
                         r"recogni\w*|deal|settlement|peace|negotiat\w*|talks|demand\w*|"
                         r"abtret\w*|abzutreten|Abzug|Rückzug|zurückzieh\w*|Zugeständnis\w*|anerkenn\w*|"
                         r"Abkommen|Frieden\w*|Verhandl\w*|Gespräch\w*|Forderung\w*|forder\w*)\b", IC)
EVALUATIVE = re.compile(r"\b(?:dank\w*|thank\w*)\b[^.;]{0,40}?\b(?:für|for)\s+(?:ihre|eure|seine|deren|"
                        r"their|your|his|her|the)\s+(?:\w+\s+)?(?:Unterstützung|Hilfe|support|help|backing)\b|"
                        # thanks for others' support, evidence that would support a claim: no position
                        r"\b(?:evidence|proof|Beweise?)\s+(?:to\s+|zur\s+|für\s+)?(?:support|back|Stützung|"
                        r"Untermauerung)\w*|"
                        r"\b(?:public|popular|broad|wide|öffentliche\w*|breite\w*|gesellschaftliche\w*)\s+"
                        r"(?:acceptance|support|backing|approval|Akzeptanz|Zustimmung|Unterstützung|"
                        r"Rückhalt)\b|"
                        r"\b(?:unacceptable|inakzeptabl\w*|unannehmbar\w*|absurd\w*|maximalist\w*|"
                        r"unrealisti\w*|überzogen\w*|excessive|unreasonable|impossible|unmögliche\w*)"
                        r"\s+(?=(?:new\s+|neue\w*\s+|\w+\s+)?(?:demands?\b|forderung|conditions\b|"
                        r"bedingungen\b|ultimat|claims?\b|ansprüche\b|terms\b))"
                        # rejecting an accusation or a report is no refusal of what it is about
                        r"|\b(?:wies|weist|wiesen|weisen)\b[^.;]{0,40}?\b(?:Vorw[üu]rf|Anschuldigung|Behauptung|"
                        r"Darstellung|Bericht)\w*\s+(?:\w+\s+){0,3}?zurück\b|\b(?:Vorw[üu]rf|Anschuldigung|"
                        r"Behauptung|Bericht)\w*\s+(?:\w+\s+){0,3}?(?:zurückgewiesen|zurückzuweisen)\b|"
                        r"\b(?:reject\w*|dismiss\w*|rebuff\w*)\s+(?:the\s+|these\s+|such\s+|all\s+)?(?:[\w']+\s+)?"
                        r"(?:accusations?|allegations?|claims?|reports?)\b"
                        # a source's anonymity is no condition on a position
                        r"|\bon (?:the )?condition (?:of|that (?:he|she|they) not be named)\b[^.,;]*|"
                        # declining to comment is no position on what was asked about
                        r"\b(?:refus\w*|declin\w*) to (?:comment|discuss|say|disclose|elaborate|answer|"
                        r"confirm|specify|give details)\b|\blehnt\w* (?:einen|jeden|jede) "
                        r"(?:Kommentar|Stellungnahme)\w* ab\b|\bwollte\w* sich nicht (?:dazu )?äußern\b|"
                        r"\bunter (?:der )?(?:bedingung|zusicherung) der anonymität\b", IC)
WANT_DE = re.compile(r"\b(?:will|wollen|wolle|wollte|wollten|möchte|möchten)\b")
# clause boundaries: a comma before a conjunction that opens a clause of its own, a semicolon,
# a dash between spaces
CLAUSE_BREAK = re.compile(r",\s+(?:as|while|but|whereas|although|though|and|aber|während|doch|"
                          r"jedoch|und|sowie|weil|because|zumal|wobei|whilst)\b|;|\s[–-]\s|"
                          # a second verb phrase of its own: "lehnt X ab und fordert stattdessen Y"
                          r"\s(?:und|and)\s+(?=(?:\w+\s+)?(?:stattdessen|instead|vielmehr)\b)|"
                          r"\s(?:but|yet)\s", IC)
PASSIVE_AGENT = re.compile(r"\b(?:opposed|rejected|refused|demanded|proposed|backed|supported|"
                           r"sought|ruled out)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?(?P<x>[A-Z][\w.]*)|"
                           # German: the agent comes before the participle ("von den USA abgelehnt")
                           r"\bvon\s+(?:den\s+|der\s+|dem\s+)?(?P<y>[A-ZÄÖÜ][\w.]*)\s+(?:\w+\s+){0,2}?"
                           r"(?:abgelehnt|gefordert|vorgeschlagen|unterstützt|zurückgewiesen)\b")


# a contrast between two clauses, each with its own side and cue ("Moscow is ready for X, but Kyiv
# has refused", "Russland will X, während Kiew auf Y besteht")
CONTRAST = re.compile(r",\s+(?:but|while|whereas|aber|doch|jedoch|während|wohingegen)\s|;\s", IC)


def _contrasted(s: Sentence, subjects: list[str], speaker: Mention | None, issues: list[str],
                P: dict[str, Any], lang: str, produced: list[tuple[str, str, str | None]],
                owned: dict[str, str]) -> dict[str, list[str]]:
    """Positions of two contrasted clauses with different sides: each clause's first subject (or
    the speaker quoted in it) takes the clause's own cue, on the issues the clause names (on all
    of the sentence's issues when it names none). Appends to `produced` and `owned`; returns the
    issues each actor's position is on."""
    cut = CONTRAST.search(s.text)
    if cut is None:
        return {}
    parts = ((0, cut.start()), (cut.end(), len(s.text)))
    found: list[tuple[str, str, str, list[str], str | None]] = []
    for a, b in parts:
        piece = s.text[a:b]
        pol, words = _masked(piece, P, lang)
        if pol is None:
            return {}
        holder: str | None = None
        who: str | None = None
        if speaker is not None and speaker.actor in ACTORS and a <= speaker.start - s.start < b \
                and not any(a <= m.start - s.start < b and m.actor in subjects and m.actor != speaker.actor
                            and m.kind != "person" for m in s.mentions):
            holder, who = speaker.actor, speaker.entity
        else:
            holder = next((m.actor for m in s.mentions if a <= m.start - s.start < b
                           and m.actor in subjects), None)
        if holder is None:
            return {}
        named = [i for i in issues if any(rx.search(piece) for rx in P["issues"][i]["cues"])]
        found.append((holder, pol, words, named, who))
    if found[0][0] == found[1][0]:
        return {}
    on: dict[str, list[str]] = {}
    for holder, pol, words, named, who in found:
        if any(x == holder for x, _, _ in produced):
            continue
        produced.append((holder, pol, who))
        owned[holder] = words
        on[holder] = named or list(issues)
    return on


# the case or the talks an issue is named in, as an adverbial frame: "Für den Fall einer
# Waffenruhe", "im Falle eines Abkommens", "in the event of a ceasefire"; opening a sentence or
# clause, "In den Verhandlungen über X", "Bei Gesprächen zur X", "In talks on X"
FRAME = re.compile(
    r"\b(?:für den fall|im falle?|in the event of|in case of)\s+(?:\w+\s+)?(?:[a-zäöü][\w-]*\s+)?[\w-]+|"
    r"(?:^\W*|[,;:]\s+)(?:in|bei|während|vor|nach)\s+(?:den\s+|der\s+|dem\s+)?(?:\w+\s+)?(?:Verhandlungen|"
    r"Gesprächen|Beratungen|Friedensgesprächen|Friedensverhandlungen)\s+(?:über|zu|zur|zum|um)\s+"
    r"(?:\w+\s+)?(?:[a-zäöü][\w-]*\s+)?[\w-]+|"
    r"(?:^\W*|[,;:]\s+)(?:in|during|at|ahead of|before|after)\s+(?:the\s+)?(?:\w+\s+)?(?:talks|negotiations|"
    r"discussions)\s+(?:on|about|over)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?[\w-]+", IC)
# a lead-in before a colon (not a speaker's "Name: ...", which names a side)
LEAD_IN = re.compile(r"^[^:\"]{12,}?:\s")
# a "wenn" clause that is what is accepted, not a condition ("hat nichts dagegen, wenn ...",
# "begrüßt es, wenn ...", "keine Einwände, wenn ...")
CONTENT_WENN = re.compile(r"\b(?:dagegen|es|einwände|einwand|einzuwenden)\s*,\s*$", IC)
COND_NEXT = re.compile(r"\s*[,;–—-]?\s*(?:\w+\s+)?(?:wenn|falls|sofern|if|unless|provided)\b", IC)


def _issue_clause(t: str, spec: dict[str, Any]) -> tuple[int, int]:
    """The clause of `t` that holds an issue: the first clause with one of its cues (and, for an
    issue that requires context, that context too); the whole sentence when it has one clause."""
    breaks = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(t)]
    if not breaks:
        return 0, len(t)
    first: tuple[int, int] | None = None
    for rx in spec["cues"]:
        for hit in rx.folded.finditer(t):
            a = max((e for _, e in breaks if e <= hit.start()), default=0)
            b = min((st for st, _ in breaks if st >= hit.end()), default=len(t))
            if not spec["requires"] or any(r.search(t[a:b]) for r in spec["requires"]):
                return a, b
            first = first or (a, b)
    return first or (0, len(t))


# two slots of a condition: what is offered or sought (A) and the condition asked of the other
# side for it (B): "knüpft A an B", "macht A von B abhängig", "ties/links A to B", "makes A
# conditional on B", "verlangt für A B", "B als Bedingung für A", "B as a precondition for A",
# "A im Gegenzug für B", "A in exchange for B"
_NP_DE = r"(?:\w+\s+)?(?:[a-zäöü][\w-]*\s+)?[A-ZÄÖÜ][\w-]*"
_NP_EN = r"(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+){0,2}?[\w-]+"
LINKS = (
    re.compile(r"\bknüpf\w*\b(?P<a>[^.;]{1,100}?)\ban\b(?P<b>[^.;,]{1,100})", IC),
    re.compile(r"\bmach\w*\b(?P<a>[^.;]{1,100}?)\bvon\b(?P<b>[^.;]{1,100}?)\babhängig\b", IC),
    re.compile(r"\b(?:ties|tied|tying|tie|links|linked|linking|link)\b(?P<a>\s+\w[^.;]{2,100}?)\bto\b"
               r"(?P<b>[^.;,]{1,100})", IC),
    re.compile(r"\b(?:make|makes|making|made)\b(?P<a>[^.;]{1,100}?)\b(?:conditional|contingent|dependent)\s+(?:on|upon)\b"
               r"(?P<b>[^.;,]{1,100})", IC),
    re.compile(r"\b(?:verlang|forder)\w*\s+für\s+(?P<a>" + _NP_DE + r")\s+(?P<b>[^.;]{1,100})"),
    re.compile(r"(?P<b>^[^;]*?)\b(?:als|as an?)\s+(?:Vor|pre)?(?:[Bb]edingung|condition)\w*\s+(?:für|for)\s+"
               r"(?P<a>" + _NP_DE + r"|" + _NP_EN + r")", IC),
    re.compile(r"(?P<a>^[^;]*?)\b(?:im Gegenzug (?:für|zu)|in (?:exchange|return) for)\s+"
               r"(?P<b>[^.;,]{1,100})", IC),
)


def _links(t: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    out = []
    for rx in LINKS:
        for m in rx.finditer(t):
            out.append((m.span("a"), m.span("b")))
    return out


def _if_role(t: str, spec: dict[str, Any], P: dict[str, Any], lang: str) -> str | None:
    """For an issue named only in the "if" clause of a conditional position ("bietet X an, falls
    Kiew sich aus dem Donbass zurückzieht", "will accept X if Russia withdraws from Y"): the
    condition asked of the other side, a proposal where the main clause offers, else a demand."""
    cond = CONDITION.search(t)
    if cond is None:
        return None
    first = _condition_first(t)
    if first is not None:
        slot, main = (cond.start(), first), t[first:]
    else:
        end = re.search(r"[,;:–—]|\s-\s", t[cond.end():])
        slot, main = (cond.start(), cond.end() + end.start() if end else len(t)), t[:cond.start()]
    hits = [h.start() for rx in spec["cues"] for h in rx.folded.finditer(t)]
    if not hits or not all(slot[0] <= x < slot[1] for x in hits) or CONTENT_WENN.search(t[:cond.start()]):
        return None
    return "propose" if _polarity(main, P, lang)[0] == "propose" else "demand"


def _link_role(t: str, spec: dict[str, Any],
               links: list[tuple[tuple[int, int], tuple[int, int]]]) -> str | None:
    """`conditional` for an issue named in what is offered under a condition, `demand` for one
    named only in the condition; None where the sentence links nothing or the issue is outside."""
    hits = [h.span() for rx in spec["cues"] for h in rx.folded.finditer(t)]
    for (a0, a1), (b0, b1) in links:
        in_a = any(a0 <= x < a1 for x, _ in hits)
        in_b = any(b0 <= x < b1 for x, _ in hits)
        if in_a:
            return "conditional"
        if in_b:
            return "demand"
    return None


def _option(issue: str, t: str, s: Sentence, P: dict[str, Any]) -> str | float | None:
    if issue == "military.army_size":
        for f in s.figures:
            if f.unit == "soldiers":
                return f.value
        return None
    for opt, rxs in P["issues"][issue]["options"].items():
        if any(rx.search(t) for rx in rxs):
            return str(opt)
    return None


def _polarity_masked(t: str, P: dict[str, Any], lang: str) -> str | None:
    """The polarity of the main clause: cues inside a condition ("wenn die Russen ... ablehnen")
    do not count, except the condition itself."""
    return _masked(t, P, lang)[0]


def _condition_first(t: str) -> int | None:
    """Where the main clause starts when the sentence opens with its condition ("Wenn Moskau
    zustimmt, ...", "If Russia agrees, ..."), else None."""
    cond = CONDITION.search(t)
    if cond is None or re.search(r"\w{3,}", t[:cond.start()].replace("dann", "")):
        return None
    comma = t.find(",", cond.end())
    return comma + 1 if comma > 0 else None


# an opening adverbial clause up to its comma: a conjunction, not a preposition before an article
# ("Während der Gespräche lehnte Moskau ... ab" opens no clause)
OPENING_CLAUSE = re.compile(r"^\W*(?:As|While|When|After|Before|Although|Though|Since|Once|Whereas|"
                            r"Während|Nachdem|Bevor|Obwohl|Seitdem|Sobald|Wohingegen)\b"
                            r"(?!\s+(?:der|den|dem|des|einer|einem|eines|the|a|an)\b)[^,;:\"]{3,160},")


def _main_clause_first(s: Sentence, subjects: list[str]) -> list[str]:
    """`subjects` with those of the main clause first when the sentence opens with a condition
    (the actor of "Wenn Russland angreift, ist die Ukraine bereit" is Ukraine)."""
    main = _condition_first(s.text)
    if main is None and (opening := OPENING_CLAUSE.match(s.text)) is not None:
        main = opening.end()  # "As talks between X and Y began, Moscow said ...": scene, not holder
    if main is None:
        return subjects
    after = [m.actor for m in s.mentions if m.start - s.start >= main and m.actor in subjects]
    return list(dict.fromkeys([a for a in after if a is not None] + subjects))


def _masked(t: str, P: dict[str, Any], lang: str) -> tuple[str | None, str]:
    """:func:`_polarity_masked` with the cue words that decided it."""
    t = EVALUATIVE.sub(lambda m: " " * len(m.group(0)), t)
    cond = CONDITION.search(t)
    if cond is None:
        pol, _, words = _polarity(t, P, lang)
        return pol, words
    first = _condition_first(t)
    if first is not None:
        # the condition comes first ("Wenn Moskau zustimmt, ist Kiew bereit ...", "If Russia
        # agrees, Ukraine will ..."): the main clause follows it
        main, _, words = _polarity(t[first:], P, lang)
        if main in ("accept", "propose", "support"):
            return "conditional", f"{cond.group(0)} ... {words}"
        if main is not None:
            return main, words
    main, _, words = _polarity(t[:cond.start()], P, lang)
    if any(rx.search(t) for rx in P["polarity"]["conditional"]):
        if main in (None, "demand", "support", "accept"):
            return "conditional", _polarity(t, P, lang)[2] if main is None else words
        return main, words
    if main in ("accept", "propose", "support") and (STRICT_IF.match(cond.group(0)) or (
            main in ("accept", "propose") and re.search(r"[,–—-]\s*(?:\w+\s+)?$", t[:cond.start()])
            and not CONTENT_WENN.search(t[:cond.start()]))):
        # an acceptance or an offer followed by its "wenn" clause ("Kiew sei bereit zu X – wenn
        # Russland ..."): German "wenn" after the main clause states its condition
        return "conditional", f"{words} ... {cond.group(0)}"  # acceptance or an offer only if
    if main is None and STRICT_IF.match(cond.group(0)) and (then := CONSEQUENCE.search(t)):
        # a consequence announced for a case ("will exit the truce should Kyiv break it",
        # "Sollte Kiew ..., wird Moskau ebenfalls ..."): the position holds under that condition
        return "conditional", f"{cond.group(0)} ... {then.group(0)}"
    return main, words


def _owned_nouns(s: Sentence) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The position nouns of `s` named with an owner (OWNED_POSITION, NOUN_OWNER): those of any
    owner, and those of a named owner that is none of the sides (a third country's proposal)."""
    t = s.text
    every: list[tuple[int, int]] = []
    other: list[tuple[int, int]] = []
    for m in OWNED_POSITION.finditer(t):
        every.append(m.span("n"))
    for m in NOUN_OWNER.finditer(t):
        word = (m.group("x") or m.group("y") or m.group("z")).replace("’", "'").removesuffix("'s")
        noun = "n" if m.group("n") else "m" if m.group("m") else "e"
        actor = _actor_of_word(word, s)
        if actor in ACTORS:
            every.append(m.span(noun))
        elif m.group("z") and actor is None:
            every.append(m.span(noun))
            other.append(m.span(noun))
    return every, other


def _named_after(t: str, end: int, issues: list[str], P: dict[str, Any]) -> list[str]:
    """The issues named in the complement of a position noun ending at `end` ("Moscow's demand
    that Ukraine withdraw from X", "die Forderung Moskaus nach X"): up to the clause's end."""
    stop = re.search(r"[;.]|,\s+(?:and|but|while|und|aber|während)\b", t[end:])
    window = t[end:end + (stop.start() if stop else 150)][:150]
    return [i for i in issues if any(rx.search(window) for rx in P["issues"][i]["cues"])]


# what stands in for a blanked owned position noun: no cue matches it, but a verb governing it
# ("criticised Moscow's ###", "not prepared to back down from Putin's ###") still sees a noun
OWNED_FILL = "#"
BLANKS = re.compile(r" {2,}|#+")  # blanked words, shown as an ellipsis in the cue


def _blank(t: str, spans: list[tuple[int, int]], fill: str = " ") -> str:
    for a, b in spans:
        t = t[:a] + fill * (b - a) + t[b:]
    return t


def find_stances(sents: list[Sentence], published: str | None, lang: str) -> list[Stance]:
    from accord.news.extract import patterns

    P = patterns()
    if not _KNOWN:
        from accord.news.gazetteer import default

        _KNOWN.update(default().surfaces)
    out: list[Stance] = []
    prev_speaker: Mention | None = None
    prev_subject: list[str] = []
    prev_issues: list[str] = []
    prev_text = ""
    since_stance = 99
    plan_owner: str | None = None  # the actor whose plan the article last named
    for s in sents:
        t = s.text
        focus(t)  # the cue prefilter: pieces of this sentence come next
        since_stance += 1
        speaker, commentator = _speaker(s, P)
        for m in PLAN_OWNER.finditer(t):
            word = (m.group("x") or m.group("y") or m.group("z")).replace("'s", "")
            owner = _actor_of_word(re.sub(r"[.]", "", word), s)
            if owner in ACTORS:
                plan_owner = owner
        if PLAN_PRESENTED.search(t) and (presenters := _subjects(s)):
            plan_owner = presenters[0]
        provision = PLAN_PROVISION.search(t) if plan_owner is not None else None
        issues = [iid for iid, spec in P["issues"].items()
                  if any(rx.search(t) for rx in spec["cues"])
                  and (not spec["requires"] or any(rx.search(t) for rx in spec["requires"]))
                  ] if any(rx.search(t) for rx in P["any_issue"]) else []
        if issues and (frames := [m.span() for m in FRAME.finditer(t)]):
            # an issue named only as the case or the topic of talks ("Für den Fall einer
            # Waffenruhe ...", "In den Verhandlungen über X ...") takes no position
            issues = [i for i in issues if not all(
                any(a <= h.start() < b for a, b in frames)
                for rx in P["issues"][i]["cues"] for h in rx.folded.finditer(t))]
        # polarity cues are the costlier search and matter only where an issue is named or
        # referred back to
        # a position noun with its owner ("Moscow's demand", "die Forderung Russlands") is the
        # owner's, never the cue of the clause that names it ("criticised Moscow's demand"); a
        # third party's ("China's proposal") is nobody's here
        tp = t
        polarity = None
        if issues or (prev_issues and since_stance <= 2):
            owned_any, owned_other = _owned_nouns(s)
            base = t
            if (lead := LEAD_IN.match(t)) is not None and '"' not in lead.group(0) and not any(
                    m.actor in ACTORS and m.start - s.start < lead.end() for m in s.mentions):
                # a lead-in with no side before a colon ("Harte Forderungen stehen im Raum: ...")
                # frames what follows; the position is after the colon
                base = _blank(t, [lead.span()])
            tp = _blank(base, owned_any, OWNED_FILL)
            polarity = _polarity_masked(tp, P, lang)
            if polarity is None and owned_any:
                tp = _blank(base, owned_other, OWNED_FILL)  # the owner's own noun is the cue
                polarity = _polarity_masked(tp, P, lang)
        if polarity is None and issues and (pledged := LOCAL_ACCEPT.search(t)) and _actor_of_word(
                pledged.group("x"), s) in ACTORS:
            polarity = "accept"  # "Zusagen der ukrainischen Regierung zur Einstellung ...": its word given
        if provision is not None and issues and polarity in (None, "demand", "support", "propose", "accept"):
            polarity = "propose"  # what a plan provides is its owner's proposal
        issues = issues if polarity else []
        if issues and BATTLEFIELD.search(t) and not NEGOTIATING.search(t):
            # a report from the front ("denied that Russian forces captured X in the Donetsk
            # region, insisting its troops hold"): no position on who should have the land
            issues = [i for i in issues if not i.startswith("territory.")]
        inherited = False
        if polarity and prev_issues and ((since_stance <= 2 and DEMONSTRATIVE.search(t)) or (
                since_stance <= 1 and not issues and re.search(r"\b(?:damit|dies|das|es)\b", t))):
            issues = list(dict.fromkeys(issues + prev_issues))
            inherited = True
        opinion = any(rx.search(t) for rx in P["opinion"]) or (
            t.rstrip().endswith("?") and '"' not in t)  # the author's question takes no position
        subjects = _main_clause_first(s, _subjects(s))
        own_ask = _asks_own_side(s, subjects)
        if polarity == "propose" and own_ask:
            polarity = "demand"  # urging one's own partners ("forderte den Westen auf") is a demand
        if not issues or opinion or commentator or polarity is None:
            if opinion or commentator:
                prev_speaker, prev_subject = None, []
            elif speaker is not None:
                prev_speaker, prev_subject = speaker, [speaker.actor or ""]
            elif subjects:
                prev_speaker, prev_subject = None, subjects[:1]
            elif not KONJUNKTIV.search(t):
                prev_speaker = None
            continue
        if "ceasefire.energy" in issues and "ceasefire.sequence" in issues and not STRONG_CEASEFIRE.search(t):
            issues.remove("ceasefire.sequence")  # a pause on energy strikes, not the general ceasefire
        if "military.army_size" in issues and re.search(r"demilitari|entmilitari", t, IC):
            issues = [i for i in issues if i != "military.weapons_caps"] + ["military.weapons_caps"]
        date = s.dates[0].first if s.dates and s.dates[0].granularity in ("day", "range") else published
        red = any(rx.search(t) for rx in P["red_line"])
        produced: list[tuple[str, str, str | None]] = []  # actor, polarity, speaker
        owned: dict[str, str] = {}  # actor -> the words that make the position its own
        for m in LOCAL_SUPPORT.finditer(t):
            actor = _actor_of_word(m.group("x"), s)
            if actor:
                produced.append((actor, "support", None))
        for m in LOCAL_REJECT.finditer(t):
            actor = _actor_of_word(m.group("x") or m.group("y"), s)
            if actor:
                produced.append((actor, "reject", speaker.entity if speaker else None))
                if PARTNERS.search(t) and actor != "EUR":
                    produced.append(("EUR", "reject", None))
        for m in LOCAL_DEMAND.finditer(t):
            actor = _actor_of_word(m.group("x") or m.group("y"), s)
            if actor and polarity == "demand":
                produced.append((actor, "demand", None))
        for m in LOCAL_ACCEPT.finditer(t):
            actor = _actor_of_word(m.group("x"), s)
            if actor in ACTORS and polarity == "accept" and not any(x == actor for x, _, _ in produced):
                produced.append((actor, "accept", None))
                owned[actor] = m.group(0)
        only: dict[str, list[str]] = {}  # actor -> the issues its phrase-level position is on
        for m in LOCAL_PARTICIPLE.finditer(t):
            actor = _actor_of_word(m.group("x"), s)
            if actor in ACTORS and not any(x == actor for x, _, _ in produced):
                # the position is on what follows the participle ("geforderten Gebietsabtretungen")
                after = t[m.end():m.end() + 60]
                on = [i for i in issues if any(rx.search(after) for rx in P["issues"][i]["cues"])]
                if on:
                    produced.append((actor, PARTICIPLE_POLARITY[m.group("p").lower()], None))
                    only[actor] = on
                    owned[actor] = m.group(0)
        cue_words = _polarity(tp, P, lang)[2]  # the sentence's deciding cue, searched once
        if provision is not None and plan_owner is not None and polarity == "propose":
            produced.append((plan_owner, "propose", None))
            owned[plan_owner] = provision.group(0)
        for m in OWNED_POSITION.finditer(t):
            # "rejected a U.S. proposal to ...", "Russia's demands": the owner holds that position
            word = m.group("x").replace("’", "'").removesuffix("'s")
            actor = _actor_of_word(re.sub(r"[.\u2024]", "", word), s)
            pol = OWNED_POLARITY[m.group("n").lower().rstrip("s")]
            if actor in ACTORS and not any(x == actor for x, _, _ in produced):
                produced.append((actor, pol, None))
                owned[actor] = m.group(0)
                if on := _named_after(t, m.end(), issues, P):
                    only[actor] = on  # the demand is on what its complement names
        for m in NOUN_OWNER.finditer(t):
            # "die Weigerung Moskaus", "Kiews Zustimmung", "Zelensky's opposition": a position
            # named as a noun belongs to its genitive owner
            word = (m.group("x") or m.group("y") or m.group("z")).replace("’", "'").removesuffix("'s")
            actor = _actor_of_word(word, s)
            noun = (m.group("n") or m.group("m") or m.group("e")).lower()
            pol = next(p for stem, p in NOUN_POLARITY if noun.startswith(stem))
            if polarity == "conditional" and pol in ("accept", "support", "propose"):
                pol = "conditional"  # "Kyiv's backing for X is contingent on Y"
            if actor in ACTORS and not any(x == actor for x, _, _ in produced):
                produced.append((actor, pol, None))
                owned[actor] = m.group(0)
                if on := _named_after(t, m.end(), issues, P):
                    only[actor] = on
        for m in PLAN_OWNER.finditer(t):
            if m.group("z"):
                continue  # English owners are read by OWNED_POSITION
            word = m.group("x") or m.group("y")
            actor = _actor_of_word(word, s)
            if actor in ACTORS and polarity != "propose" and not any(x == actor for x, _, _ in produced):
                produced.append((actor, "propose", None))  # "dem US-Vorschlag zugestimmt"
                owned[actor] = m.group(0)
        actors: list[str] = []
        who: str | None = None
        only.update(_contrasted(s, subjects, speaker, issues, P, lang, produced, owned))
        if not any(p == polarity for _, p, _ in produced):
            att = ATTRIBUTION.search(t) or OPENING_FOR.search(t)
            reported = _reported_holder(s, speaker, subjects, polarity, cue_words)
            if reported is not None:
                actors = [reported]  # "Selenskyj: Putin will keine Waffenruhe"
                actors += [a for a in subjects if a not in actors and speaker is not None
                           and a != speaker.actor and _coordinated(s, reported, a)]
            elif speaker is not None and speaker.actor:
                actors, who = [speaker.actor], speaker.entity
            elif att:
                word = next(g for g in att.groups() if g)
                actor = _actor_of_word(word, s)
                source_only = any(att.groupdict().get(g) for g in "ijkl")
                if actor and source_only and subjects and subjects[0] != actor and polarity != "demand":
                    actor = None  # "Russland stelle Bedingungen, hieß es aus Kiew": the source
                    # reports what the clause's own subject holds (a demand on another side stays
                    # the source's: "according to the Kremlin, Ukraine must withdraw")
                if actor:
                    actors = [actor]
                elif prev_speaker is not None and re.match(r"(?i)ihm|ihr", word):
                    actors, who = [prev_speaker.actor or ""], prev_speaker.entity
            both_at = BOTH_SIDES.search(t)
            first_subject = next((m for m in s.mentions if m.actor in subjects), None)
            if not actors and both_at and (first_subject is None
                                           or both_at.start() + s.start < first_subject.start):
                actors = ["RUS", "UKR"]
            elif actors and polarity == "accept" and (both := BOTH_SIDES.search(t)) and (
                    speaker is None or both.start() + s.start > speaker.end):
                # "Zelensky said the two sides agreed to ...": both sides accept, the speaker's
                # side in its own words
                actors += [a for a in ("RUS", "UKR") if a not in actors]
            if not actors:
                ref = REFERENCE.search(t)
                first = next((m for m in s.mentions if m.actor in subjects), None)
                if ref and prev_subject and (first is None or ref.start() + s.start < first.start):
                    actors = list(prev_subject)
                    if prev_speaker is not None and prev_speaker.actor in actors:
                        who = prev_speaker.entity
            if not actors and subjects and subjects[0] in owned and len(subjects) > 1 and \
                    subjects[1] not in owned:
                actors = subjects[1:2]  # "Trumps Vorschlag ... lehnte Kiew ab": the owner of the
                # named position is not the one whose verb decides the sentence
            if not actors and subjects:
                actors = subjects[:1]
                if len(subjects) > 1 and _coordinated(s, subjects[0], subjects[1]):
                    actors = subjects[:2]
                elif (later := _clause_subject(s, subjects, cue_words)) is not None:
                    actors = [later]  # "NATO said ..., while Russia demanded ...": that clause's
                    actors += [a for a in subjects if a != later and a != subjects[0]
                               and _coordinated(s, later, a)]
            if not actors and (KONJUNKTIV.search(t) or since_stance <= 2 or inherited):
                if prev_speaker is not None and prev_speaker.actor:
                    actors, who = [prev_speaker.actor], prev_speaker.entity
                elif prev_subject and (since_stance <= 2 or KONJUNKTIV.search(t)):
                    actors = list(prev_subject)
            if actors and PARTNERS.search(t) and "EUR" not in actors:
                actors.append("EUR")
            for actor in actors:
                if actor in ACTORS and not any(x == actor for x, _, _ in produced):
                    produced.append((actor, polarity, who))
        clause_of = {issue: _issue_clause(t, P["issues"][issue]) for issue in issues}
        links = _links(t) if len(issues) > 1 else []
        for a, b in list(clause_of.values()):
            agent = PASSIVE_AGENT.search(t[a:b])
            actor = _actor_of_word(agent.group("x") or agent.group("y"), s) if agent else None
            if actor in ACTORS and not any(x == actor for x, _, _ in produced):
                # "membership remains opposed by the United States": the agent holds that position
                produced.append((actor, "", None))
        for actor, pol, speaker_id in produced:
            for issue in issues:
                a, b = clause_of[issue]
                agent = PASSIVE_AGENT.search(t[a:b])
                agent_actor = _actor_of_word(agent.group("x") or agent.group("y"), s) if agent else None
                if agent_actor in ACTORS and actor != agent_actor:
                    continue  # the clause says whose position it is
                if not pol and agent_actor != actor:
                    continue
                if actor in only and issue not in only[actor]:
                    continue  # a phrase-level position on one thing the sentence names
                pol_i, words = pol or polarity, owned.get(actor, cue_words)
                if (a, b) != (0, len(t)) and actor not in owned:
                    # the issue sits in one clause of several: that clause's own cue decides
                    # (a cue inside a condition of that clause does not count either)
                    c_pol, c_words = _masked(tp[a:b], P, lang)
                    if c_pol == "propose" and own_ask:
                        c_pol = "demand"
                    if c_pol in ("accept", "propose") and polarity == "conditional" and COND_NEXT.match(t, b):
                        c_pol = "conditional"  # the clause's own condition follows it ("bereit – wenn ...")
                    if c_pol is not None:
                        pol_i, words = c_pol, c_words
                role = _link_role(t, P["issues"][issue], links) if pol_i in ("conditional", "demand") \
                    and actor not in owned else None
                if role is None and pol_i == "conditional" and len(issues) >= 1 and actor not in owned:
                    role = _if_role(tp, P["issues"][issue], P, lang)
                if role is not None:
                    pol_i = role  # what is offered under a condition, or the condition asked for
                elif issue == "ceasefire.sequence" and re.search(r"Bedingung", t):
                    pol_i = "conditional"
                elif pol == "conditional" and issue != "ceasefire.sequence" and re.search(
                        r"als Bedingung für", t, IC) and re.search(r"\bforder", t, IC):
                    pol_i = "demand"
                text_for_option = t + (" " + prev_text if inherited else "")
                out.append(Stance(start=s.start, end=s.end, actor=actor, issue=issue,
                                  polarity=pol_i, option=_option(issue, text_for_option, s, P),
                                  red_line=bool(red and pol_i == "reject"), speaker=speaker_id,
                                  date=date, reported=bool(KONJUNKTIV.search(t) or speaker_id),
                                  cue=f"{pol_i}: {BLANKS.sub(' … ', words)!r}" if words else pol_i))
        if produced:
            since_stance = 0
            # a condition ("Als Bedingung für eine Waffenruhe ...") is not what "this" refers to
            prev_issues = [i for i in issues if not (i == "ceasefire.sequence" and re.search(
                r"Bedingung", t))]
            prev_text = t
            prev_subject = list(dict.fromkeys(a for a, _, _ in produced))[:2]
        if speaker is not None:
            prev_speaker = speaker
        elif not KONJUNKTIV.search(t) and not who:
            prev_speaker = None
    return out


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
