"""Who holds a stance: actor names in a sentence, the grammatical subject, the quoted or reported
speaker and the office behind them, attributions and the phrase-level bindings of an actor to a
position ("von Kyjiw angestrebte", "rote Linie für den Kreml"). Moved out of `accord.news.stances`
(`find_stances` there uses them)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from accord.news.facts import Mention, Stance
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence


IC = re.IGNORECASE
# the parties and members, then the further mediators and hosts of the corpus README's actor list:
# any of them holds a position the text attributes to it
ACTORS = ("RUS", "UKR", "USA", "EUR", "TUR", "NATO", "SAU", "ARE", "QAT", "VAT", "CHE", "BLR", "CHN", "UN")
MEDIATORS = ACTORS[6:]
PREPOSITION = re.compile(r"(?:\b(?:in|im|des|den|dem|auf|gegen|mit|zwischen|für|von|vom|aus|"
                         r"nach|über|zur|zum|gegenüber|an|bei|ohne|um|unter|vor|of|to|in|on|"
                         r"against|with|from|by|for|into|between|among)\s+"
                         # a relative pronoun after it opens a clause whose subject follows ("the
                         # talks, in which Russia demanded ...", "Gespräche, bei denen Kiew ...")
                         r"(?!(?:which|whom|denen|welche[mnrs]?)\s)(?:\w+\s+)?)$", IC)
# a person after a preposition and a chain of capitalised titles and first names ("bei einem Treffen
# mit Frankreichs Präsident Emmanuel Macron", "in a call with US President Donald Trump"): governed
# like a name right after it, not the clause's subject (a passive agent, "von"/"by", still holds the position)
# Only a preposition of talking with builds the chain: a time or place before a titled name ("On
# Friday President Vladimir Putin", "In Moskau Präsident ...") leaves the name the clause's subject.
TITLED_PREPOSITION = re.compile(r"\b(?i:mit|gegenüber|zwischen|with|between)\s+"
                                r"(?:(?i:dem|der|den|des|the)\s+)?(?:[A-ZÄÖÜ][\w.-]*\s+){1,3}$")
# "der" governs a feminine or plural name (der Ukraine, der Türkei, der USA) but opens a
# masculine subject (Der Kreml).
FEMININE = re.compile(r"(?:^|\s)der\s+$", IC)
FEMININE_NAMES = {"Ukraine", "Türkei", "Nato", "NATO", "EU", "USA", "Europäischen Union",
                  "Vereinigten Staaten", "Russischen Föderation", "Europäer", "Russen", "Ukrainer",
                  "Amerikaner"}
SUBJECT_NOUN = re.compile(r"\s+(?:Seite|Führung|Regierung|Delegation|Vertreter\w*|Amtsträger|"
                          r"Stellen|Militärs|Präsident\w*|Außenminister\w*|Verhandlungsführer|"
                          r"Regierungschefs|Staats- und Regierungschefs|Partner\w*|Staaten|"
                          r"Behörden|Unterhändler|Spitzenpolitiker\w*|Politiker\w*|Länder|Diplomaten|"
                          r"Verbündete\w*|allies|side|government|"
                          r"officials|leaders|delegation|diplomats|president|prime minister|"
                          r"(?:foreign|defen[cs]e) minist(?:er|ry)|ministry|leadership|negotiators?|envoys?|"
                          r"authorities)\b", IC)
ATTRIBUTION = re.compile(r"(?:aus (?P<a>\w+) Sicht|aus Sicht (?P<b>\w+)|nach (?P<c>\w+) Angaben|"
                         # "nach Angaben des Kremls", "nach Angaben aus Kiew", "nach Angaben der russischen
                         # Seite"
                         r"nach Angaben (?:des |der |von |aus (?:dem |der )?)?(?P<m>\w+)|"
                         # "von russischer Seite" as a source: opening a sentence or clause, or before a verb
                         r"(?:^\W*|(?<=[,;:]\s))von (?P<d>\w+) Seite|von (?P<h>\w+) Seite(?=\s+(?:hieß|hiess|"
                         r"verlautete|wurde|gab|kam|war|ist|sei|hatte|hat)\b)|"
                         r"die (?:Regierung|Führung) in (?P<e>\w+)|"
                         r"(?P<f>\w+) zufolge|laut (?:dem |der |des )?(?P<g>\w+)|"
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
# and in English as a compound of the side's name ("a U.S.-proposed 30-day ceasefire", "the
# Kremlin-backed plan", "a Ukrainian-drafted text"; not "brokered": a mediator holds no position)
LOCAL_PARTICIPLE_EN = re.compile(
    r"\b(?P<x>U[.\u2024]S[.\u2024]|US|American|Russian|Russia|Ukrainian|Ukraine|Kremlin|Kyiv|Kiev|Moscow|"
    r"Washington|EU|European|Trump|Putin|Zelensky|Zelenskyy)-(?P<p>proposed|drafted|backed|endorsed|"
    r"demanded|rejected)\b")
PARTICIPLE_POLARITY = {"geforderte": "demand", "vorgeschlagene": "propose", "abgelehnte": "reject",
                       "akzeptierte": "accept", "gebilligte": "accept", "unterstützte": "support",
                       "proposed": "propose", "drafted": "propose", "backed": "support",
                       "endorsed": "support", "demanded": "demand", "rejected": "reject"}
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
    r"(?:\d+-Punkte-)?(?:Friedens|Rahmen)?(?:plan|Plan|Entwurf|Vorschlag|Vorschläge)\w*|"
    r"\b(?:Plan|Entwurf|Vorschlag|Vorschläge|Friedensplan)\w* (?:der |des )?(?P<y>USA|US-Regierung|Trumps?|"
    r"Washingtons|Moskaus|Kiews|Europäer)\b|"
    r"\b(?P<z>U\.S\.|US|American|Russian|Ukrainian|European|Trump's|Moscow's|Kyiv's|Washington's|"
    r"Russia's|Ukraine's|Kremlin's)\s+(?:[\w-]+\s+){0,2}?(?:(?:plan|proposal|draft|framework)s?|proposed)\b")
# a sentence that tells what a plan provides ("Dem Plan zufolge sollte ...", "Under the plan,
# Ukraine would ...", "Der Entwurf sieht vor"): a proposal of the plan's owner
PLAN_PROVISION = re.compile(
    r"\bdem\s+(?:[\w-]+\s+){0,2}?(?:[\w-]*[Pp]lan|Entwurf|Vorschlag)\w*\s+zufolge\b|"
    r"\b(?:nach dem|laut dem|laut)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]*[Pp]lan|Entwurf)\w*\b|"
    r"\b(?:under|according to) the\s+(?:[\w.'-]+\s+){0,3}?(?:plan|proposal|draft|framework)\b|"
    r"\b(?:der|die|das|the)\s+(?:[\w.'-]+\s+){0,2}?(?:[\w-]*[Pp]lan|Entwurf|draft|"
    r"proposal|framework|road ?map|[\w-]*[Ff]ahrplan)\w*\s+(?:(?:to|for|of)\s+(?:peace|ending the war)\s+)?"
    r"(?:sieht|sah|would|calls for|calling for|envisages|envisions|provides|includes|including|"
    r"enthält|beinhaltet|fordert|verlangt|stipulates|requires|requiring)\b|"
    # "Under its terms, Ukraine would ...", "Under the plan's terms": the terms of the plan named before
    r"^\W*(?:under|according to) (?:its|their|the plan's|the draft's|the proposal's) terms\b", IC)
# a provision of the plan named just before, told with the reportive "soll" ("Die Ukraine soll sich
# ... zurückziehen", "Dazu soll Kiew auf den NATO-Beitritt verzichten", "Ein Waffenstillstand soll
# erst nach der Räumung gelten")
PLAN_SHALL = re.compile(r"\b(?:soll|sollen)\b(?!\s+(?:es|sich\s+\w+\s+)?\s*(?:nach (?:Angaben|Berichten)|"
                        r"laut|am|an diesem|in der kommenden|nächste))")
# the plan named before as a pronoun ("Es sieht ... vor", "It envisages ...")
PLAN_IT = re.compile(r"^\W*(?:Es|Er|It)\s+(?:sieht|sah)\b[^.]{0,160}\bvor\b|^\W*It\s+(?:envisages|"
                     r"envisions|provides for|includes|calls for|requires|stipulates)\b")
LOCAL_REJECT = re.compile(
    r"für (?:den |die |das )?(?P<x>\w+)(?: und seine \w+ Partner)?(?:\s+\S+){0,4}?\s+(?:ein |eine |"
    r"absolut |völlig |von vornherein )?\"?(?:No-Go|Tabu|rote Linie|rotes Tuch|inakzeptabel|"
    r"unannehmbar|nicht in Frage|nicht infrage|nicht verhandelbar|"
    r"nicht zur (?:Disposition|Debatte|Diskussion))|"
    r"(?:No-Go|Tabu|rote Linie|rotes Tuch|inakzeptabel|unannehmbar|red line|no-go)\"?"
    r"(?:\s+\S+){0,2}?\s+(?:für (?:den |die |das )?|for (?:the )?)(?P<y>\w+)", IC)
PRONOUN = re.compile(r"\b(?:er|sie|ihm|ihr|seinerseits|ihrerseits|he|she|his|her)\b")
REFERENCE = re.compile(r"\b(?:[Ss]ie|[Ee]r|[Hh]e|[Ss]he|die Länder|die Staaten|die Regierungen|"
                       r"[Tt]hey|the countries)\b")
DEMONSTRATIVE = re.compile(r"^\W*(?:\w+\s+){0,3}?(?:[Dd]ies\w*|[Bb]eides|[Dd]amit|[Ee]ine? solche\w*|"
                           r"[Ss]olche\w*|[Dd]iese[nrms]?|[Tt]his|[Tt]hese|[Ss]uch)\b")
BOTH_SIDES = re.compile(r"\bbeide(?:n|r)? (?:Seiten|Delegationen|Parteien|Länder)\b|"
                        r"\bboth (?:sides|delegations|parties|countries)\b|"
                        r"\b(?:die|den) (?:Kriegs|Konflikt)parteien\b|\bthe (?:two )?(?:parties|sides)\b", IC)
LOCAL_DEMAND = re.compile(r"(?:Kern)?[Ff]orderung\w* (?:des |der )?(?P<x>[A-ZÄÖÜ]\w+)|"
                          r"(?P<y>[A-ZÄÖÜ]\w+s) (?:Kern)?[Ff]orderung", 0)
OPENING_FOR = re.compile(r"^\W*(?:Für|For) (?:den |die |das |the )?(?P<x>\w+)\b")
PARTNERS = re.compile(r"gemeinsam mit [^.]{0,40}europäische\w* Partner|seine\w* europäische\w* "
                      r"Partner|together with [^.]{0,30}European partners|"
                      r"\b(?:and|und) (?:its|seine\w*|ihre\w*) (?:european|europäische\w*) "
                      r"(?:allies|partners|Partner\w*|Verbündete\w*)", IC)


# who speaks for an actor named after a preposition or in the genitive: "officials in Kyiv", "a
# spokesman for the Kremlin", "Vertreter der Ukraine", "ein Sprecher des Kremls", "Diplomaten aus Moskau"
SPEAKER_OF = re.compile(r"\b(?:Vertreter\w*|Sprecher\w*|Beamte\w*|Diplomaten|Unterhändler\w*|Gesandte\w*|"
                        r"officials?|representatives?|spokes(?:man|woman|person)|diplomats?|negotiators?|"
                        r"envoys?)\s+(?:in|aus|of|for|from|der|des|von)\s+(?:the\s+|der\s+|dem\s+|den\s+)?$",
                        IC)


def _actor_of_word(word: str, s: Sentence) -> str | None:
    """The actor a single word names, via the sentence's mentions (Moskauer, Kiews, Kreml)."""
    word = word.rstrip(".") or word  # a name closing the sentence ("... rejected by Moscow.")
    for m in s.mentions:
        if m.actor and (m.surface == word or m.surface.endswith(" " + word)
                        or m.surface.startswith(word)):
            return m.actor
    w = word.lower()
    for prefix, actor in (("russ", "RUS"), ("moskau", "RUS"), ("moscow", "RUS"), ("kreml", "RUS"),
                          ("ukrain", "UKR"),
                          ("kiew", "UKR"), ("kyjiw", "UKR"), ("kyiv", "UKR"), ("amerikan", "USA"),
                          ("us", "USA"), ("washington", "USA"), ("europ", "EUR"),
                          ("türk", "TUR"), ("chin", "CHN"), ("peking", "CHN"), ("beijing", "CHN"),
                          ("katar", "QAT"), ("qatar", "QAT"), ("saudi", "SAU"), ("vatikan", "VAT"),
                          ("vatican", "VAT"), ("schweiz", "CHE"), ("swiss", "CHE"), ("belarus", "BLR")):
        if w.startswith(prefix):
            return actor
    return None


# the further mediators and hosts the scenario's gazetteer does not name (China) or not in these
# forms (German inflections): they hold a position the text attributes to them ("China fordert
# ...", "der Heilige Stuhl bot an"). Read by the stance rules only, so the events (where a host or
# mediator is no party) and the kind model's features stay as they are.
THIRD_PARTIES = {
    "CHN": ("China", "Chinas", "Volksrepublik China", "Chinese", "chinesische", "chinesischen",
            "chinesischer", "Chinesische", "Chinesischen"),
    "VAT": ("Heilige Stuhl", "Heiligen Stuhl", "Heiligen Stuhls", "Papstes", "vatikanische",
            "vatikanischen", "Vatikanische"),
    "SAU": ("saudi-arabische", "saudi-arabischen", "Saudi-arabische"),
    # Russia written lower-case on purpose, as some Ukrainian outlets do ("russia continues to
    # reject ...", "the kremlin's position"), and "the aggressor country" for it: the gazetteer
    # knows only the capitalised names
    "RUS": ("russia", "russia's", "russian", "russians", "kremlin", "kremlin's", "aggressor country",
            "aggressor state"),
}
# English adjectives of THIRD_PARTIES with no adjective ending ("a Chinese proposal")
_ADJECTIVES = frozenset({"Chinese", "Swiss", "Saudi", "Qatari", "Emirati"})
_THIRD_OF = {name: actor for actor, names in THIRD_PARTIES.items() for name in names}
THIRD_PARTY = re.compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(n) for n in sorted(_THIRD_OF, key=len, reverse=True)) + r")(?![\w])")
# a capital or a country named as a place standing for its government ("Berlin lehnt ... ab",
# "Beijing called for ...", "the Vatican offered ..."): the gazetteer keeps these places (events
# are placed there), the stance rules read them as their actor where nothing makes them a place
# or a modifier
PLACE_ACTOR = {"berlin": "EUR", "paris": "EUR", "london": "EUR", "warsaw": "EUR", "brussels": "EUR",
               "beijing": "CHN", "vatican": "VAT", "riyadh": "SAU", "doha": "QAT", "abu_dhabi": "ARE",
               "minsk": "BLR", "uae": "ARE"}
# what makes a name a modifier or a compound ("the Minsk agreements", "Berlin-Besuch", "die
# Riad-Gespräche", "the Emirates Palace hotel"), or a dateline's place ("Paris/Kiew")
_NOT_METONYM_AFTER = re.compile(
    r"-|/|\s*\(|\s*[–—:]\s|\s+-\s|\s+(?:talks|meeting|summit|format|agreements?|accords?|declaration|"
    r"process|protocol|round|communiqu\w*|conference|negotiations|Palace|Gespräch\w*|Treffen|Gipfel\w*|"
    r"Format|Abkommen|Vereinbarung\w*|Erklärung|Prozess|Protokoll\w*|Runde|Konferenz|Verhandlungen|"
    r"Palast)\b")
# an agency dateline opening the sentence ("JEDDAH, Saudi Arabia, March 11 (Xinhua) --", "BERLIN
# (dpa) -"): the names in it say where the report was filed
# a place after a preposition of time or comparison ("Since Minsk, ...", "After Riyadh, ...", "Like
# Paris, ...", "seit Minsk"): the talks or the place, not its government speaking
_TIME_PREP = re.compile(r"\b(?:after|since|before|ahead of|until|following|like|unlike|seit|bis|wie|"
                        r"während|vor)\s+$", IC)
_DATELINE_HEAD = re.compile(r"^[^.()\"]{0,80}\([A-Za-z/ .-]{2,24}\)\s*(?:[-–—]{1,2}|/)")


def _stance_mentions(s: Sentence) -> Sentence:
    """`s` with the mediators and hosts it names as states (THIRD_PARTIES) as actor mentions, and
    a place that stands for its government (PLACE_ACTOR) given that actor, where no preposition
    governs it and it is not a modifier or an adjective; nothing in an opening dateline, nor who
    is thanked, nor a mediator as the host of the talks. `s` itself when nothing changes (one
    pass over the mentions)."""
    t = s.text
    head = _DATELINE_HEAD.match(t) if "(" in t[:100] else None
    after_head = head.end() if head else 0
    low = t.lower()
    thanks = "dank" in low or "thank" in low
    found = [Mention(s.start + hit.start(), s.start + hit.end(), hit.group(0), "actor",
                     _THIRD_OF[hit.group(0)], _THIRD_OF[hit.group(0)]) for hit in THIRD_PARTY.finditer(t)]
    if found:
        taken = [(m.start, m.end) for m in s.mentions]
        found = [m for m in found if not any(x < m.end and m.start < y for x, y in taken)]
    out: list[Mention] = []
    changed = bool(found)
    for m in (*s.mentions, *found) if found else s.mentions:
        rel = m.start - s.start
        actor = m.actor
        if actor is not None and rel < after_head:
            actor = None  # where the report was filed, not who speaks
        elif actor is None:
            place = PLACE_ACTOR.get(m.entity) if m.kind == "place" else None
            if place is not None and rel >= after_head and not m.surface.endswith(("er", "ern")) and not (
                    PREPOSITION.search(t[max(0, rel - 30):rel]) or _TIME_PREP.search(t[max(0, rel - 30):rel])
                    or _NOT_METONYM_AFTER.match(t, m.end - s.start)):
                actor = place
        if actor is not None and thanks and m.kind != "person" and THANKED.search(t[max(0, rel - 30):rel]):
            # "Selenskyj dankte Katar für die Vermittlung", "thanked Turkey for ...": who is thanked
            # takes no position by it (the thanks are the speaker's)
            actor = None
        elif actor in MEDIATORS and HOSTING.match(t, m.end - s.start):
            # "Saudi Arabia hosted talks at which Russia agreed ...", "Katar vermittelte die
            # Gespräche, in denen ...": the host or mediator of the talks is not who takes the
            # position told in them
            actor = None
        if actor != m.actor:
            m = replace(m, actor=actor)
            changed = True
        out.append(m)
    if not changed:
        return s
    return replace(s, mentions=sorted(out, key=lambda m: (m.start, m.end)) if found else out)


# a verb of thanking right before whom it thanks
THANKED = re.compile(r"\b(?:thank(?:s|ed|ing)?|dank(?:t|te|ten|en|e))\s+(?:(?:the|der|dem|den|die)\s+)?$", IC)
# the verb of hosting or mediating right after a mediator's name
HOSTING = re.compile(r"(?:\s+(?:has|had|have|hat|hatte|will|wird|also|auch|again|erneut|zuvor|earlier|"
                     r"successfully|erfolgreich))*\s+(?:host(?:s|ed|ing)?|mediat\w*|brokered|brokers|broker|"
                     r"facilitat\w*|arranged|organi[sz]ed|convened|vermittel\w*|vermittelt\w*|richtet\w*\s+(?:\w+\s+){0,3}?"
                     r"aus|empf(?:ing|ängt|angen)|lud\b|war Gastgeber|ist Gastgeber|was (?:the )?host|"
                     r"played host)\b", IC)


def _subjects(s: Sentence) -> list[str]:
    """Actors that plausibly act in the sentence: names not governed by a preposition, and
    adjectives heading 'Seite', 'Führung', 'Vertreter' ..."""
    out: list[str] = []
    t = s.text
    if not _KNOWN:
        from accord.news.gazetteer import default

        _KNOWN.update(default().surfaces)
        _KNOWN.update(_THIRD_OF)
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
            re.fullmatch(r"\w*(?:isch|ische|ischen|ischer|isches|ian|can)", m.surface, IC)
            or m.surface in _ADJECTIVES)
        if (m.actor in ("NATO", "EU") or (m.actor == "EUR" and m.surface in (
                "EU", "Europäischen Union", "Europäische Union"))) and re.search(
                r"Mitglied|Beitritt|beitreten|Integration|member|accession|\bjoin|"
                r"\bin (?:die |der )?(?:Nato|NATO)",
                t, IC):
            continue  # the alliance is what the sentence is about, not who speaks
        if is_adjective:
            if m.surface.endswith("en") and re.search(r"\b(?:der|des|dem)\s+$", before):
                continue  # a genitive or dative: "Garantien der europäischen Verbündeten"
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
        if m.kind == "person" and TITLED_PREPOSITION.search(t[max(0, rel - 50):rel]):
            continue  # "mit US-Präsident Donald Trump": the person talked with
        if SOURCE_ONLY_BEFORE.search(before) or SOURCE_AFTER.match(t, m.end - s.start):
            continue  # "laut Kiew", "Kiew zufolge": the source of a report, not its subject
        if _addressed(s, m):
            continue  # "urged Moscow to ...", "er habe Putin gebeten": who is asked
        out.append(m.actor)
    return list(dict.fromkeys(out))


_KNOWN: set[str] = set()


def _coordinated(s: Sentence, a: str, b: str) -> bool:
    """Whether actors `a` and `b` are named side by side ("Moskau und Kiew", "Kiew – gemeinsam
    mit ... europäischer Partner"), by any of their names not governed by a preposition ("Putin
    sagte, Russland und die Ukraine wollten ...": Russia's second name; "Trump und Kreml-Chef
    Putin": the person and the office)."""
    t = s.text

    def free(m: Mention) -> bool:
        rel = m.start - s.start
        return not PREPOSITION.search(t[max(0, rel - 30):rel])

    mas = [m for m in s.mentions if m.actor == a]
    mbs = [m for m in s.mentions if m.actor == b]
    if not mas or not mbs:
        return False
    pairs = [(mas[0], mbs[0])] + [(x, y) for x in mas for y in mbs
                                  if (x, y) != (mas[0], mbs[0]) and free(x) and free(y)]
    return any(_side_by_side(s, ma, mb) for ma, mb in pairs)


def _side_by_side(s: Sentence, ma: Mention, mb: Mention) -> bool:
    """Whether two names stand joined by a conjunction or a comma of a list (at most an article
    between)."""
    first, second = (ma, mb) if ma.start < mb.start else (mb, ma)
    if first.end > second.start:
        return False
    between = s.text[first.end - s.start:second.start - s.start]
    if re.fullmatch(r"\s*,\s*(?:die\s+|der\s+|the\s+)?", between) and OBLIGED.match(
            s.text, second.end - s.start):
        return False  # "fordert Moskau, die Ukraine müsse ...": a clause of what the other must do
    return bool(re.fullmatch(r"\s*(?:und|and|sowie|,|als auch|wie auch|as well as)\s*(?:auch\s+)?"
                             r"(?:die\s+|der\s+|the\s+)?", between))


# the finite verb of a reported obligation right after its subject ("..., Kiew müsse ...",
# "..., die Ukraine solle ..."): that side is what is asked of, not a second holder
OBLIGED = re.compile(r"\s+(?:müsse|müssten?|solle|sollten?|dürfe|must|should)\b", IC)


def _speaker(s: Sentence, P: dict[str, Any]) -> tuple[Mention | None, bool]:
    """The person quoted or reported in `s`, and whether a commentator (no office) speaks."""
    if not any(p.search(s.text) for p in P["speech"]):
        # no verb of saying: a person holding an office who is the subject of the cue verb
        # ("Lavrov insisted ...", "lehnte Putin ... ab") speaks for the actor
        for m in s.mentions:
            rel = m.start - s.start
            if m.kind == "person" and m.actor and not PREPOSITION.search(s.text[max(0, rel - 30):rel]) \
                    and not TITLED_PREPOSITION.search(s.text[max(0, rel - 50):rel]) \
                    and not s.text[m.end - s.start:].startswith(("s ", "'s ")) and not (
                        m.surface.endswith("s") and m.surface[:-1] in _KNOWN) \
                    and not _object_person(s, m) and not _addressed(s, m):
                return m, False
        return None, False
    persons = [m for m in s.mentions if m.kind == "person"]
    with_actor = [m for m in persons if m.actor]
    if with_actor:
        speaking = [m for m in with_actor if not _addressed(s, m)]
        # a person talked with ("in einem Gespräch mit Präsident Trump erklärt", "after a call with
        # US President Donald Trump, ... said") is not the one who speaks
        free = [m for m in speaking if not _talked_with(s, m)]
        return (free[0] if free else None), False
    return None, bool(persons)


# a state, church or body that is no side of the taxonomy and no mediator it codes (Indonesia,
# South Africa, Brazil, India, a patriarch, the nuclear agency, the Red Cross), named as who acts:
# its proposal or call is nobody's position here, and the sides it names are who it addresses
OUTSIDER = re.compile(r"\b(?:Indonesia\w*|Indonesien\w*|Prabowo|South Africa\w*|Südafrika\w*|"
                      r"African|afrikanische\w*|Afrika\w*|Brazil\w*|Brasilien\w*|Lula|India|Indian|"
                      r"Indiens?|indische\w*|Modi|Patriarch\w*|Kirill|Kyrill|IAEA|IAEO|Grossi|Red Cross|"
                      r"Roten? Kreuz\w*|"
                      r"ICRC|IKRK|Mexico|Mexiko)\b")

# a comparison before an outsider ("like India", "wie Indien", "as Brazil did")
_LIKE = re.compile(r"\b(?:like|unlike|as|wie|ähnlich wie|anders als)\s+(?:\w+\s+)?$", re.I)


def outsider_acts(s: Sentence, speaker: Mention | None, subjects: list[str]) -> bool:
    """Whether `s` names an outsider (OUTSIDER) before its first side and before any speaker of a
    side: the proposal, call or plan is the outsider's ("Indonesia's defence minister proposed a
    plan calling for a UN referendum", "the patriarch called on both sides to ...")."""
    # (not one named only as a place or a comparison: "Nach einem Besuch in Indien lehnte der
    # Kreml ... ab", "At the G20 summit in South Africa, Moscow ...", "Like India, Russia ...";
    # an agent's preposition keeps it: "a plan by Brazil", "der Vorschlag des Patriarchen")
    hit = next((h for h in OUTSIDER.finditer(s.text) if not (
        (p := PREPOSITION.search(s.text[max(0, h.start() - 30):h.start()])) is not None
        and not re.match(r"(?:by|von|vom|from|of|des|durch)\b", p.group(0), re.I))
        and not _LIKE.search(s.text[max(0, h.start() - 30):h.start()])), None)
    if hit is None or (speaker is not None and speaker.actor in ACTORS):
        return False
    first = next((m for m in s.mentions if m.actor in ACTORS
                  and not PREPOSITION.search(s.text[max(0, m.start - s.start - 30):m.start - s.start])), None)
    return first is None or hit.start() < first.start - s.start


TALKED_WITH = re.compile(r"\b(?i:mit|with|gegenüber)\s+(?:(?i:dem|der|den|the)\s+)?"
                         r"(?:[A-ZÄÖÜ][\w.-]*\s+){0,3}$")


def _talked_with(s: Sentence, person: Mention) -> bool:
    """Whether `person` follows "mit"/"with"/"gegenüber" (and titles or first names): the one
    talked with, not the one speaking."""
    rel = person.start - s.start
    before = s.text[max(0, rel - 50):rel]
    return bool(TALKED_WITH.search(before))


# who is asked or thanked: the object of an English verb right before ("asked Putin to", "urged
# President Xi", "thanked the UN Secretary-General, Guterres,"; German verb-second puts the subject
# there: "Zudem bat Selenskyj um ..."), or in a German perfect between the auxiliary and the
# participle ("er habe Putin gebeten", "hat Selenskyj aufgefordert")
ADDRESSED_BEFORE = re.compile(r"\b(?i:asked|asks|ask|urged?|urges|urging|thank(?:s|ed|ing)?|called on|"
                              r"calls on|appealed to|appeals to)\s+(?:(?:the|den|die|der|dem)\s+)?"
                              r"(?:(?:[\w-]+\s+){0,3}|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*,\s+)$")
PERFECT_BEFORE = re.compile(r"\b(?:habe|hat|hatte|hätte|haben|hatten)\s+(?:(?:den|die|der|dem)\s+)?"
                            r"(?:[\w-]+\s+){0,2}$")
ADDRESSED_AFTER = re.compile(r"(?:\s+[^\s,.;:]+){0,6}?\s+(?:gebeten|aufgefordert|ersucht|gedankt)\b")


def _addressed(s: Sentence, person: Mention) -> bool:
    """Whether `person` is who the sentence's speaker asks or thanks (ADDRESSED_BEFORE, or a
    German perfect of asking around the name): not the speaker."""
    rel, end = person.start - s.start, person.end - s.start
    before = s.text[max(0, rel - 60):rel]
    return bool(ADDRESSED_BEFORE.search(before) or (
        PERFECT_BEFORE.search(before) and ADDRESSED_AFTER.match(s.text, end)))


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


# a relative clause after a side's name ("opposition from Russia, which has demanded that ...",
# "Russland, das einen Verzicht fordert"): its verb is that side's
# ("Russland, die Ukraine und ..." is a list: an article before a name opens no relative clause)
RELATIVE = re.compile(r"\s*,\s*(?:which|who|(?:das|der|die)(?=\s+(?:[^A-ZÄÖÜ\s]|$)))\s+[^,;:\"“”]{0,100}$")


def _relative_holder(s: Sentence, words: str) -> str | None:
    """The side whose relative clause holds the deciding cue ("a veto from Moscow, which insists
    that NATO stop growing eastward"): the name right before the relative
    pronoun, with no clause break between the pronoun and the cue."""
    if not words:
        return None
    t = s.text
    cue = t.lower().find(words.lower())
    if cue < 0:
        return None
    for m in reversed(s.mentions):
        end = m.end - s.start
        if m.actor in ACTORS and end <= cue and RELATIVE.match(t[:cue], end) is not None:
            return m.actor
    return None


# a verb of saying between a speaker and what another side did ("a Ukrainian negotiator said
# Russia demanded ...")
SAID = re.compile(r"\b(?:said|says|told|stated|added|announced|confirm(?:s|ed)|bestätigt\w*|sagte|sagten|"
                  r"erklärte\w*|betonte\w*|"
                  r"teilte\w* mit|bekanntgegeben|bekannt gegeben|gab\w* bekannt|mitgeteilt)\b", IC)


# a verb of wanting as the deciding cue (a wish that another act reads as a demand)
# a verb of saying beside a speaker named after what is said ("..., sagte Selenskyj", "..., so
# Selenskyj", "..., Zelensky said", "..., said Zelensky")
POSTPOSED_SAID = re.compile(r"\b(?:said|says|told|added|stressed|wrote|claimed|sagte|sagt|erklärte|"
                            r"betonte|schrieb|meinte|behauptete|so)\b", IC)
# a verb of the subject's own attitude (wanting, demanding, refusing, accepting, offering), not
# what is said of the subject ("Die Ukraine könne kein Mitglied der Nato werden, sagte Peskow": the
# speaker's refusal)
ATTITUDE_VERB = re.compile(r"\b(?:wants?|wanted|wolle\w*|will|wollte\w*|möchte\w*|demand\w*|insist\w*|"
                           r"forder\w*|verlang\w*|besteh\w*|reject\w*|refus\w*|oppos\w*|dismiss\w*|"
                           r"lehn\w*|zurück\w*|weiger\w*|accept\w*|agree\w*|akzeptier\w*|stimm\w*|"
                           r"propos\w*|offer\w*|schl(?:ug|ägt|age|agen)\w*|bot|biet\w*)\b", IC)
WANTS = re.compile(r"wants?|wanted|wolle|wollen|wollte|wollten|will|möchte|möchten", IC)


def _reported_holder(s: Sentence, speaker: Mention | None, subjects: list[str], polarity: str,
                     words: str) -> str | None:
    """The actor whose attitude a speaker of another side reports ("Zelensky said Putin does not
    want a ceasefire", "Selenskyj: Putin will keine Waffenruhe"): the subject named after the
    speaker and at most 60 characters before the cue, for attitudes (refusing, accepting,
    wanting, proposing) and for that side's own verb of demanding ("Zelensky said Russia demands
    ..."), never for an obligation (what one side says another must do is the speaker's own
    demand)."""
    if speaker is None or not speaker.actor or not words or (polarity == "demand" and (
            MODAL.search(words) or not (DEMAND_VERB.search(words) or WANTS.fullmatch(words.strip())))):
        return None  # an obligation told of another side ("Russia must withdraw") stays the speaker's
        # (what another side is told to want of a third, "said Putin wants Ukraine to cede ...",
        # "sagte, Moskau wolle, dass Kiew ...", is that side's own demand)
    if ASKED.fullmatch(words.strip()):
        return None  # "Trump sagte, er habe Putin gebeten, ...": who is asked holds no position by it
    cue = s.text.lower().find(words.lower())
    if cue < 0:
        return None
    sp0, sp1 = speaker.start - s.start, speaker.end - s.start
    if sp0 > cue + len(words) and "," in s.text[cue + len(words):sp0] and ATTITUDE_VERB.search(words) and \
            POSTPOSED_SAID.search(s.text[max(0, sp0 - 40):sp1 + 25]):
        # the speaker named after what is said ("Moskau wolle, dass ..., sagte Selenskyj",
        # "Russia rejects any truce, Zelensky said"): the side that opens the reported clause holds
        # the attitude (its own verb of wanting, demanding, refusing, accepting or offering)
        from accord.news.stance_clauses import _condition_first

        main = _condition_first(s.text) or 0  # (not a side named in an opening condition)
        before = [m for m in s.mentions if m.actor in ACTORS and m.actor in subjects
                  and m.start - s.start >= main
                  and m.actor != speaker.actor and m.end - s.start <= cue + len(words)
                  and -len(words) <= cue - (m.end - s.start) <= 60
                  and not PREPOSITION.search(s.text[max(0, m.start - s.start - 30):m.start - s.start])
                  and not _object_of_german_clause(s, m)]
        if before and before[0].start - s.start <= 30:
            return before[0].actor
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
                 or "," in s.text[speaker.end - s.start:m.start - s.start])
            # (a name governed by a preposition is no subject: "schlug eine Waffenruhe in der
            # Ukraine vor", "proposed talks with Kyiv")
            and not PREPOSITION.search(s.text[max(0, m.start - s.start - 30):m.start - s.start])
            and not _object_of_german_clause(s, m)]
    return near[-1].actor if near else None


# what stands between a German clause's subject and a person or side that is its object ("Putin hat
# Witkoff ... vorgeschlagen", "dass Kiew Trump gegenüber ... abgelehnt habe", "Russland habe Umerow
# ... genannt"): nothing, or the finite auxiliary or modal of a verb-final clause
_AUX_BETWEEN = re.compile(r"\s+(?:(?:hat|habe|hatte|hätte|haben|hatten|hätten|wird|werde|würde|werden|"
                          r"will|wolle|wollte|soll|solle|sollte|kann|könne|konnte)\s+)?")


def _object_of_german_clause(s: Sentence, m: Mention) -> bool:
    """Whether the side or person `m` is the object of a German clause whose subject, another
    name of a side, stands right before it with at most an auxiliary between ("Putin hat Witkoff
    einen Waffenstillstand vorgeschlagen": Witkoff is offered it, Putin offers)."""
    t = s.text
    return any(x.actor in ACTORS and x.end <= m.start and x.actor != m.actor
               and _AUX_BETWEEN.fullmatch(t, x.end - s.start, m.start - s.start) is not None
               and not PREPOSITION.search(t[max(0, x.start - s.start - 30):x.start - s.start])
               for x in s.mentions)


SOURCE_BEFORE = re.compile(r"\b(?:laut|nach (?:Angaben|Worten|Darstellung)(?: von)?|according to)\s+"
                           r"(?:[\w-]+\s+){0,3}$", IC)
SOURCE_AFTER = re.compile(r"s?\s+zufolge\b", IC)
# a German source preposition right before a name ("laut Kiew", "laut dem Kreml")
SOURCE_ONLY_BEFORE = re.compile(r"\blaut\s+(?:dem\s+|der\s+|des\s+)?$", IC)


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
# a finite verb of a position (present or past) that can open a second verb phrase of the same
# subject after "und"/"and"
_SECOND_VERB = (r"wants|wanted|seeks|sought|demands|demanded|calls for|called for|insists|insisted|"
                r"rejects|rejected|refuses|refused|opposes|opposed|supports|supported|backs|backed|"
                r"welcomes|welcomed|proposes|proposed|offers|offered|accepts|accepted|urges|urged|"
                r"hopes|hoped|rules out|ruled out|dismisses|dismissed|favou?rs|favou?red|"
                r"fordert|forderte|forderten|fordern|verlangt|verlangte|verlangten|verlangen|will|wollte|"
                r"wollen|wollten|lehnt|lehnte|lehnten|lehnen|strebt|strebte|strebten|streben|setzt|setzte|"
                r"setzen|bietet|bot|boten|bieten|schlägt|schlug|schlugen|schlagen|besteht|bestand|"
                r"bestehen|pocht|pochte|pochen|drängt|drängte|drängen|begrüßt|begrüßte|begrüßen|"
                r"unterstützt|unterstützte|unterstützen|akzeptiert|akzeptierte|akzeptieren|stimmt|"
                r"stimmte|stimmen|hofft|hoffte|hoffen|plädiert|plädierte|weist|wies")
# a plural noun of the kind of the plural nouns among them ("offers and demands"), before "and"
_NOUN_BEFORE_AND = "".join(f"(?<!{w})" for w in (
    "offers", "proposals", "demands", "calls", "requests", "hopes", "wishes"))
# clause boundaries: a comma before a conjunction that opens a clause of its own, a semicolon,
# a dash between spaces
CLAUSE_BREAK = re.compile(r",\s+(?:as|while|but|whereas|although|though|and|aber|während|doch|"
                          r"jedoch|und|sowie|weil|because|zumal|wobei|whilst)\b|;|\s[–-]\s|"
                          # a second verb phrase of its own: "lehnt X ab und fordert stattdessen Y"
                          r"\s(?:und|and)\s+(?=(?:\w+\s+)?(?:stattdessen|instead|vielmehr)\b)|"
                          # or a finite verb of position of the same subject after "und"/"and" ("hat X
                          # abgelehnt und fordert Y", "strebt X an und fordert Y", "has rejected X
                          # and wants Y"): each verb decides its own clause
                          # (not a plural noun that looks like a verb, "rejected Kyiv's offers and
                          # demands for a ceasefire", "the proposals and offers of guarantees":
                          # no "of/for/from/by" after it and no noun of its kind before "and")
                          + _NOUN_BEFORE_AND +
                          r"\s(?:und|and)\s+(?=(?:(?:has|have|had|is|also|now|still|auch|zudem|nun|"
                          r"zugleich|gleichzeitig)\s+){0,2}(?:" + _SECOND_VERB + r")\b"
                          r"(?!\s+(?:of|for|from|by)\b))|"
                          r"\s(?:but|yet)\s", IC)



def clause_span(t: str, at: int, breaks: re.Pattern[str] = CLAUSE_BREAK) -> tuple[int, int]:
    """The clause of `t` that holds offset `at`: from the end of the last match of `breaks` that
    ends at or before `at` to the start of the first that starts after it (the stance rules use
    `CLAUSE_BREAK`; a pledge's own clause `events.pledges.CLAUSE_END`)."""
    spans = [m.span() for m in breaks.finditer(t)]
    a = max((e for _, e in spans if e <= at), default=0)
    b = min((st for st, _ in spans if st > at), default=len(t))
    return a, b

# the member of the European side a name or an office names (the corpus README's member codes:
# a German, French, British or Polish government, or the EU's institutions, as the text says)
MEMBER_NAMES = (
    ("DEU", re.compile(r"(?:Deutschland\w*|Germany|German|deutsch\w*|Bundesregierung|Bundeskanzler\w*|"
                       r"Berlin|Auswärtige\w* Amt\w*)", IC)),
    ("FRA", re.compile(r"(?:Frankreich\w*|France|French|französisch\w*|Paris|[ÉE]lys[ée]e\S*|"
                       r"Quai d'Orsay)", IC)),
    ("GBR", re.compile(r"(?:Großbritannien\w*|Britain|British|britisch\w*|London|Downing Street|"
                       r"Foreign Office|"
                       r"UK|Vereinigte\w* Königreich\w*|United Kingdom)", IC)),
    ("POL", re.compile(r"(?:Polen\w*|Poland|Polish|polnisch\w*|Warsaw|Warschau)", IC)),
    ("EU", re.compile(r"(?:EU|Europäische\w* Union|European Union|EU-Kommission|Brussels|Brüssel|"
                      r"EU (?:Commission|Council)\b.*|European Council\b.*|European Commission\b.*)", IC)),
)
_PERSONS: dict[str, Any] = {}


def _member_of(surface: str) -> str | None:
    """The member code a name or an office title names in full ("Frankreich", "the German",
    "German chancellor"), else None (Europe as a whole: "Europäer", "European")."""
    for code, rx in MEMBER_NAMES:
        if rx.fullmatch(surface) or (" " in surface and rx.fullmatch(surface.split(" ", 1)[0])):
            return code
    return None


def member_actor(s: Sentence, actor: str, who: str | None, date: str | None) -> str:
    """`actor`, or for the European side the member the sentence itself names as the holder:
    the one member that every European name able to hold a position names, a person through
    the office held at `date` ("Frankreich unterstützt ..., sagte Macron", "The German
    government opposes ...", "Merz said ..."); EUR where Europe is named as a whole, several
    members are, or the holder is only carried over from the sentence before ("Darin bekennen
    sie sich ..."). (`who`, the speaker the rules found, is one of those names or carried over.)"""
    if actor != "EUR":
        return actor
    from accord.news.gazetteer import default

    gaz = default()
    if not _PERSONS:
        _PERSONS.update({e.entity: e for e in gaz.surfaces.values() if e.kind == "person"})
    t = s.text
    if any(m.actor == "EUR" and m.kind != "person" and _member_of(m.surface) is None
           and not PREPOSITION.search(t[max(0, m.start - s.start - 30):m.start - s.start])
           and not re.fullmatch(r"\w*(?:isch|ische|ischen|ischer|isches|ean|ian)", m.surface, IC)
           for m in s.mentions):
        return "EUR"  # Europe named as a whole as the holder ("Die Europäer fordern ..., sagte Macron")
    codes: set[str | None] = set()
    for m in s.mentions:
        if m.actor != "EUR":
            continue
        rel, end = m.start - s.start, m.end - s.start
        if PREPOSITION.search(t[max(0, rel - 30):rel]) or t[end:].startswith("-") or (
                m.surface.endswith("s") and m.surface[:-1] in _KNOWN) or (
                re.fullmatch(r"\w*(?:isch|ische|ischen|ischer|isches|ean|ian)|French|British|Polish|German",
                             m.surface, IC)
                and not SUBJECT_NOUN.match(t, end)):
            continue  # not a holder: governed, a compound or genitive, an adjective of something else
        if m.kind == "person" and (entry := _PERSONS.get(m.entity)) is not None:
            office = gaz.office_of(entry, date)
            codes.add(_member_of(office.title) if office is not None and office.title else None)
        else:
            codes.add(_member_of(m.surface))
    if len(codes) == 1 and (code := codes.pop()) is not None:
        return code
    return "EUR"


# states named as possible guarantors ("Russia, the US and Britain could also provide guarantees",
# "Als Garantiestaaten kämen Polen und Kanada in Frage", "Hauptgarant könne die Türkei sein"): a
# word of guaranteeing and a word of what may be
GUARANTOR = re.compile(r"\b(?:(?:Haupt)?[Gg]arant(?:en|in)?\b|Garantie(?:staat|mächt|macht|land|länder)\w*|"
                       r"guarantors?\b|guarantor (?:states|countries|nations|powers)|"
                       r"(?:provide|give|offer|extend)\w* (?:(?:such|the|these|those|security)\s+)?"
                       r"guarantees|(?:Sicherheits)?[Gg]arantien (?:zu )?(?:geben|stellen|bieten|übernehmen|"
                       r"gewähren))", IC)
HYPOTHETICAL = re.compile(r"\b(?:could|might|may|possibly|potential\w*|possible|könnte\w*|könne\w*|"
                          r"käme\w*|kommen|in Frage|infrage|mögliche\w*|potenzielle\w*|etwa)\b", IC)
FURTHER = re.compile(r"\b(?:weitere\w*|other|further|also|auch|ebenfalls)\b", IC)
PARTIES = ("RUS", "UKR")


def guarantor_candidates(s: Sentence, after_guarantors: bool = False) -> set[str]:
    """The states `s` names only as possible guarantors (GUARANTOR with HYPOTHETICAL, or right
    after a sentence that named some, FURTHER with HYPOTHETICAL: "Als weitere Länder kämen ...
    in Frage"): every state but the two parties, and a party listed among them ("Russia, the US,
    Britain ... could also provide guarantees"); they take no position by being named so."""
    t = s.text
    if not HYPOTHETICAL.search(t) or not (GUARANTOR.search(t) or (after_guarantors and FURTHER.search(t))):
        return set()
    third = [m for m in s.mentions if m.actor in ACTORS and m.actor not in PARTIES]
    out = {m.actor for m in third if m.actor}
    out |= {m.actor for m in s.mentions if m.actor in PARTIES and any(
        _side_by_side(s, m, x) for x in third)}
    return out


# Russia's troops to leave: Russia or its troops as the subject of a verb of withdrawing under an
# obligation ("Russland müsse die besetzten Gebiete verlassen", "Russia must leave", "dass Russland
# ... abziehen müsse") or in the subjunctive ("demanded that Russia withdraw"; not "offered to
# withdraw", "said that Russia would withdraw": its own offer), asked of Russia ("von Russland den
# Abzug ... fordert"), or a withdrawal of Russian troops ("den Abzug der russischen Truppen",
# "Russia's withdrawal")
_GO = (r"(?:abzieh\w*|abzöge\w*|zurückzieh\w*|verlass(?:en|e)|verlässt|verließe\w*|räum(?:en|e|t)|"
       r"withdraw(?:s|n)?|withdrew|leave|leaves|pull(?:s|ed)? (?:out|back))")
_RUSSIA = (r"(?:Russland|Moskau|Russia|Moscow|der Kreml|the Kremlin|die russischen (?:Truppen|Soldaten|"
           r"Streitkräfte)|Russian (?:troops|forces|soldiers))")
RUSSIAN_WITHDRAWAL = re.compile(
    rf"\b{_RUSSIA}\s+(?:\w+\s+){{0,2}}?(?:müsse|muss|müssten?|solle|soll|sollten?|must|should|has to|"
    rf"would have to|needs? to)\s+(?:\w+\s+){{0,6}}?{_GO}\b"
    rf"|\bthat\s+{_RUSSIA}\s+(?:(?:first|immediately|fully|completely)\s+)?(?:withdraw|leave|pull out)\b"
    rf"|\bdass\s+{_RUSSIA}\s+(?:[\w-]+\s+){{0,8}}?{_GO}\s+(?:müsse|muss|müssten?|solle|soll|sollten?)\b"
    rf"|\bvon (?:Russland|Moskau)\s+(?:\w+\s+){{0,3}}?(?:den\s+)?(?:Abzug|Rückzug)\b"
    rf"|\b(?:Abzug|Rückzug|withdrawal|pullout)\s+(?:(?:aller|der|all|of|the|its)\s+){{0,3}}(?:russisch\w*|"
    rf"Russian)\s+(?:Truppen|Soldaten|Streitkräfte|Armee|troops|forces|soldiers|army)\b"
    rf"|\b(?:Russia|Moscow)(?:'s|’s)\s+(?:full\s+|complete\s+)?withdrawal\s+from\s+(?!(?:the\s+)?(?:grain|Black|"
    rf"deal|agreement|accord|treaty|talks|negotiations|initiative)\b)", IC)
# Russia itself named demanding in the sentence ("Moscow demands that Kyiv ...", "Der Kreml fordert
# ..."): its demand there is its own, whatever else the sentence asks of Russia
RUSSIA_DEMANDS = re.compile(
    rf"\b(?:{_RUSSIA}|Putin|Peskow|Peskov|Lawrow|Lavrov)\s+(?:\w+\s+)?(?:fordert\w*|forderte\w*|verlangt\w*|"
    rf"besteht|bestand|pocht\w*|demand\w*|insist\w*|call(?:s|ed)? for|wants?|wanted)\b", IC)
# a Russian demand or condition on one of these issues can be the withdrawal asked of Russia
_WITHDRAWAL_ISSUES = ("territory.", "ceasefire.", "security.")
# a withdrawal of Ukraine's troops named in the same sentence (no Russia between Ukraine and the
# verb: not "Kyiv demanded that Russia withdraw"): the sentence may hold Russia's demand
UKRAINIAN_WITHDRAWAL = re.compile(
    r"\b(?:Ukraine|Kiew|Kyiv|Kyjiw|Kiev)\b(?:(?!Russ|Moskau|Moscow|Kreml)[^.;]){0,40}?\b(?:abzieh\w*|zurückzieh\w*|räum\w*|withdraw\w*|"
    r"pull\w* (?:out|back))\b|\b(?:Abzug|Rückzug|withdrawal)\s+(?:\w+\s+){0,2}?(?:ukrainisch\w*|Ukraine's|"
    r"Ukrainian|Kyiv's)|\b(?:ukrainisch\w*|Ukrainian)\s+(?:Truppen|Soldaten|Streitkräfte|Armee|troops|forces|"
    r"soldiers|army)\b", IC)


def withdrawal_holder(stances: list[Stance], sents: list[Sentence]) -> list[Stance]:
    """`stances` with Russia's demand or condition in a sentence that asks Russia to withdraw its
    troops (`RUSSIAN_WITHDRAWAL`, with no withdrawal of Ukraine's named) given to the side that asks
    it: the first other side the sentence names, else Ukraine. Russia asking for its own withdrawal
    is no reading of any report; the clause walk took Russia, the subject of the withdrawal, for the
    holder ("Die Ukraine fordert ... den Abzug der russischen Truppen", "Kyiv, which has demanded
    that Russia withdraw ...", "Russland müsse erst die besetzten Gebiete verlassen, hieß es")."""
    by_start = {s.start: s for s in sents}
    out: list[Stance] = []
    seen: set[tuple[int, str, str, str]] = set()
    for st in stances:
        s = by_start.get(st.start)
        if st.actor == "RUS" and st.polarity in ("demand", "conditional") and s is not None and \
                st.issue.startswith(_WITHDRAWAL_ISSUES) and RUSSIAN_WITHDRAWAL.search(s.text) and \
                not UKRAINIAN_WITHDRAWAL.search(s.text) and not RUSSIA_DEMANDS.search(s.text):
            other = next((m.actor for m in s.mentions if m.actor in ACTORS and m.actor != "RUS"), "UKR")
            st = replace(st, actor=other, speaker=None,
                         cue=st.cue + " (Russia's withdrawal asked: not its own)")
        key = (st.start, st.actor, st.issue, st.polarity)
        if key not in seen:
            seen.add(key)
            out.append(st)
    return out


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
