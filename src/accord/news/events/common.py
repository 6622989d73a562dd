"""What every event family shares: the cue patterns the coder and several families use (meeting
words, capture and rebuttal words, the future, topics), the actors and their adjectives, the
PLOVER/CAMEO coder (`_code`), places named in a sentence (`_places`, seats, named settlements,
captured names), the date of a sentence (`_date`, with the days that belong to a report or a
saying rather than to the event), and the record maker `_event`, `_topic` and `_quantity`.

Every family module imports from here; nothing here imports a family.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.facts import Mention, NewsEvent
from accord.news.prefilter import gate_patterns
from accord.news.tense import clause_tense

if TYPE_CHECKING:
    from accord.news.dates import DateMention
    from accord.news.extract import Sentence


IC = re.IGNORECASE
# German compounds count ("Friedensgespräche", "Krisentreffen", "Ukraine-Verhandlungen": the
# meeting nouns are matched inside words)
MEETING = re.compile(r"(?:gespräch|verhandlung|beratung|konsultation|unterredung)\w*|"
                     r"(?:gipfel|spitzen|krisen|sonder|minister|arbeits)-?treffen|\b(?:treffen\w*|"
                     r"Begegnung\w*|Gipfel\w*|"
                     r"Sitzung|Runde|session|consultations|face-to-face|"
                     r"trafen sich|(?:traf|trifft) sich|kamen\b[^.]{0,80}zusammen|came together with|"
                     r"telefoniert\w*|Telefonat|"
                     # views exchanged, talks as a direct dialogue ("tauschten sich ... aus", "exchanged
                     # views", "in direkten Dialogen", "direct dialogue")
                     r"tausch(?:en|t|te|ten)\s+sich\b[^.;]{0,120}?\baus\b|sich\b[^.;]{0,80}\bausgetauscht\b|"
                     r"exchanged views|(?:direkt|bilateral)\w*\s+Dialog\w*|direct dialogue|"
                     r"talks|meeting|"
                     # (session 17) a conversation with or between named sides ("after a conversation
                     # with President X"), talks held told by the German perfect of "beraten" or
                     # "tagen" ("haben zwei Tage lang in Abu Dhabi beraten", "hatte die Koalition in
                     # Paris getagt")
                     r"conversations?\s+(?:with|between)\b|"
                     r"\b(?:hat|hatte|haben|hatten)\b[^.;]{0,100}?\b(?:beraten|getagt)\b(?!\s+lassen)|"
                     # a conference of states on peace ("Friedenskonferenz", "peace conference",
                     # "hochrangige Konferenz zum Frieden"; not a security or press conference)
                     r"Friedenskonferenz\w*|peace conference|(?:hochrangig\w*|high-level)\s+(?:\w+\s+)?"
                     r"(?:Konferenz|conference)|Konferenz\s+(?:zum|für den|über den)\s+Frieden|"
                     r"conference\s+(?:on|for)\s+(?:peace|Ukraine)|"
                     r"negotiations|summit|met\b|phone call|verhandelt\w*|negotiated|"
                     # (session 14) a call as a conversation ("had a telephone conversation with")
                     r"(?:tele)?phone conversation|telephone call|"
                     # calls by video or phone as nouns ("eine Videoschalte", "a video call with")
                     r"Videoschalte\w*|Videokonferenz\w*|Videogespräch\w*|video ?calls?|video ?conference\w*|"
                     r"(?:a|the|their|his|her|an?\s+\w+)\s+call\s+(?:with|between)|"
                     # delegates sitting ("die Delegationen tagten", "tagten die Unterhändler")
                     r"(?:Delegation\w*|Unterhändler\w*|Verhandler\w*|Verhandlungsteams?|Gesandte\w*)\b"
                     r"[^.]{0,80}\b(?:tagt\w*|getagt)|\b(?:tagt\w*|getagt)\b[^.]{0,60}\b(?:Delegation\w*|"
                     r"Unterhändler\w*|Verhandler\w*))", IC)
FUTURE = re.compile(r"\b(?:geplant|planen|soll\w*|werden|wird|werde|will|wollen|nächste\w*|kommende\w*|"
                    # (reported speech of a meeting to come: "said a new round would be held soon")
                    r"would (?:be held|take place|meet|resume|reconvene|convene)|"
                    r"planned|scheduled|to be held)\b", IC)
CLAIM = re.compile(r"\b(?:eingenommen|erobert|durchgebrochen|eingekesselt|besetzt|befreit|"
                   # finite forms: "eroberte", "befreiten", "nahmen ... ein", "captures", "seizes"
                   r"eroberten?|befreiten?|(?:nahm|nahmen)\b[^.,;]{0,100}\bein|captures|seizes|"
                   r"kontrollieren|eingenommen|captured|seized|took (?:full )?control|liberated|"
                   # further general words of taking a place: overrunning, surrounding, bringing
                   # under control
                   r"overran|overrun|umzingelt|überrannt|unter (?:ihre|seine|die eigene) Kontrolle gebracht|"
                   r"brought under (?:its |their |full )?control|"
                   r"zurückerobert|Rückeroberung|Einnahme|Eroberung|recaptured|retook|retaken|"
                   r"(?:taken|gained|regained|seized|established|retaken) (?:full )?control|"
                   r"Kontrolle\b[^.]{0,40}übernommen|"
                   # control told without a side's adjective ("habe X vollständig unter Kontrolle
                   # gebracht", "unter ihre Kontrolle gebracht")
                   r"(?:vollständig|vollständige|komplett|ganz)\s+unter\s+(?:\w+\s+)?Kontrolle|"
                   r"unter (?:ihre|seine|die eigene) Kontrolle gebracht|"
                   # the other side driven out ("pushed Russian forces out of X", "aus X vertrieben")
                   r"(?:pushed|drove|driven|forced|ousted)\s+(?:[\w-]+\s+){0,3}?out of|"
                   r"(?-i:aus\s+(?:(?:dem|der)\s+)?(?:(?:Dorf|Ort|Stadt|Ortschaft)\s+)?[A-ZÄÖÜ][\w-]+\s+)"
                   r"(?:vertrieben|verdrängt|zurückgedrängt|hinausgedrängt)|"
                   # troops entering a place ("Russian forces had entered X", "in X eingedrungen")
                   r"(?-i:troops|forces|units|soldiers|Truppen|Einheiten|Soldaten|Streitkräfte)\s+"
                   r"(?:[\w-]+\s+){0,3}?(?:entered|eingedrungen|einmarschiert)|"
                   # "advanced" and "occupied" as verbs, not adjectives ("advanced weapons", "the
                   # occupied territories", "Russian-occupied Crimea": a state, no assertion)
                   r"advanced(?= (?:on|in|into|to|toward|towards|near|around|further|deeper|by|\d))|"
                   r"encircled|overr[au]n|eingekreist|"
                   # surrounding a place named ("units crossed the river and surrounded X"; not
                   # "surrounded by", "surrounded the talks")
                   r"surround(?:ed|s)(?=\s+(?:the\s+(?:town|city|village|settlement)\s+of\s+)?[A-ZÄÖÜ])|"
                   # control as a verb or a state told of a side ("its troops now control X", "are in
                   # full control of X")
                   # (not negated: "does not fully control any of them" asserts no capture)
                   r"(?<!not )(?<!n't )(?<!never )(?:now|fully|completely)\s+control(?:s|led)?|"
                   r"(?<!not )(?<!never )in (?:full|complete|total) control"
                   r"(?: of|[\"“”»«']?\s+(?:in|over)\b)|"
                   # taken over by a side ("claimed to have taken over most of X", "took over
                   # the village of X"): not an office or a task taken over
                   r"(?:taken|took) over(?= (?:(?:large |most |much |the |a )?(?:parts? |part |most |much |"
                   r"half )?of )?(?:(?:the |two |three |several )?(?:\w+ )?(?:village|town|city|settlement)s?"
                   r"(?: of)?\W{0,3})?[A-ZÄÖÜ])|"
                   r"(?<![-\w] )(?<!-)(?<!the )(?<!in )(?<!of )occupied(?! (?:territor|area|"
                   r"region|part|land|zone|cit|town|village|peninsula)\w*)|"
                   r"unter (?:russische|ukrainische)r? Kontrolle|"
                   # the noun told as what a side claims ("claimed the capture of X")
                   r"(?:capture|seizure|takeover) of|"
                   r"under (?:Russian|Ukrainian) control|"
                   # "its forces had taken Vovche", "had taken the village of X"
                   r"(?:(?:had|has|have|hätten|haben|hat) (?:now |also |reportedly |allegedly |already )?"
                   r"taken|took)(?= (?:the (?:village|town|"
                   r"city|settlement)s? of )?[A-ZÄÖÜ]))\b")
REBUTTAL = re.compile(r"\b(?:von einer Lüge|Lüge|dementiert\w*|bestritten|bestritt\w*|widersprach\w*|"
                      r"(?:wies|weist|weisen)\w*\b[^.]{0,60}\bzurück|zurückgewiesen|bestreitet|denied|denies|"
                      # the verb at the end of a side clause ("..., was Kiew zurückwies")
                      r"zurückw(?:ies|iesen|eist|eisen)|"
                      r"refuted|refutes|widerlegt\w*|"
                      r"rejected|rejects|dismissed|dismisses|"
                      # "the claim is not true", "die Behauptung sei nicht wahr / entspreche nicht der
                      # Wahrheit"
                      r"(?:claims?|reports?|statements?|assertions?|allegations?|Behauptung\w*|Angaben|"
                      r"Bericht\w*|Meldung\w*|Darstellung\w*)\b[^.;]{0,40}?\b(?:is|was|are|were|be|sei|"
                      r"ist|seien|sind|war|waren) (?:simply |absolutely |schlicht |einfach )?(?:not true|"
                      r"untrue|nicht wahr)|"
                      r"(?:entspricht|entspreche|entsprach|entsprechen) nicht der Wahrheit|"
                      # the verdict first ("Also untrue are statements that X was captured", "Falsch
                      # seien die Angaben über")
                      r"(?:not true|untrue|false|falsch|unwahr|nicht wahr)\s+"
                      r"(?:are|is|were|was|sind|ist|seien|sei|waren|war)\s+(?:also\s+|auch\s+)?(?:the\s+|die\s+|alle\s+)?(?:\w+\s+)?(?:claims?|reports?|"
                      r"statements?|assertions?|allegations?|Behauptung\w*|Angaben|Bericht\w*|Meldung\w*|"
                      r"Darstellung\w*)|"
                      # a bare denial in a quote ("This is not true.", "Das ist nicht wahr", "Das
                      # stimmt nicht")
                      r"(?<![\w,] )(?:This|That|It|Das|Dies|Es)(?: is|'s|’s| was| ist| sei| war)"
                      r" (?:simply |absolutely |completely |schlicht |einfach |völlig )?(?:not true|untrue|"
                      r"false|a lie|nicht wahr|falsch|gelogen|eine Lüge)|(?<![\w,] )(?:Das|Dies|Es) stimmt "
                      r"(?:so |einfach |schlicht )?nicht|"
                      r"a lie|false|für (?:falsch|unwahr|erfunden))\b", IC)
NOT_DONE = re.compile(r"\b(?:soll\w*|sollen|will|wollen|werden|wird|planen|geplant|bereit|"
                      # the Konjunktiv II of a future in reported speech ("beide Länder würden
                      # jeweils 500 Gefangene übergeben"), only where it governs the verb of the
                      # exchange (a side clause "..., was den Weg ... ebnen würde" leaves it done)
                      # (a passive "würden ... freigelassen werden" is caught by "werden"); in
                      # its own clause ("Kiew, das Gespräche begrüßen würde, hat ... übergeben" is
                      # done: review 15)
                      r"würden?\b[^.;,]{0,100}?\b(?:austauschen|tauschen|freilassen|übergeben|"
                      r"überstellen|zurückgeben)|"
                      r"would|will|shall|plan(?:s|ned)?|preparing|expected|to exchange|to release|"
                      r"could|könnte\w*|if|wenn|"
                      # a habit, not one exchange: "have repeatedly exchanged prisoners"
                      r"immer wieder|in der Vergangenheit|wiederholt|repeatedly|in the past|"
                      # a release demanded, not carried out: "called for all prisoners to be
                      # released", "fordert die Freilassung", "urged Moscow to free" (the demand
                      # with the release as its object: "..., urging Moscow to continue" after an
                      # exchange carried out leaves it done)
                      r"(?:call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|forder\w*|"
                      r"verlangt\w*|pocht\w*)\b[^.;]{0,60}?\b(?:release|free|freeing|return|exchange|swap|"
                      r"Freilassung|freizulassen|freilassen|freigelassen|Rückkehr|Rückgabe|Austausch)|"
                      r"to be (?:released|freed|exchanged|returned|swapped))\b", IC)
TOPICS = [
    ("humanitarian.prisoners", re.compile(r"Gefangen|prisoner|\bPOWs?\b", IC)),
    ("ceasefire.energy", re.compile(r"Energie|energy", IC)),
    ("military.army_size", re.compile(r"Armee von|Soldaten|army of", IC)),
    ("security.foreign_troops", re.compile(r"multinationale\w* Truppe|Friedenstruppe|"
                                           r"multinational force|peacekeep", IC)),
    ("alliance.nato", re.compile(r"Nato-Mitgliedschaft|NATO membership", IC)),
    ("territory.donbas", re.compile(r"Donezk|Luhansk|Donbas|Donetsk", IC)),
]
ACTORS = ("RUS", "UKR", "USA", "EUR", "TUR", "NATO")
HOSTS = ("SAU", "ARE", "QAT", "VAT", "CHE", "BLR", "CHN", "UN")
"""The further mediators and hosts of the corpus README (their people are parties of a meeting)."""
_CAPITALS = {"moscow", "kyiv", "washington", "ankara", "berlin", "brussels", "paris", "london"}
_ADJ_ACTOR = {"türk": "TUR", "us": "USA", "amerikan": "USA", "russ": "RUS", "ukrain": "UKR",
              "europ": "EUR", "nato": "NATO"}


def _actor_word(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower().strip(".,")
    for prefix, actor in _ADJ_ACTOR.items():
        if w.startswith(prefix):
            return actor
    return None


def _code(kind: str, text: str) -> tuple[str | None, str]:
    if kind in ("round", "postponement"):
        return "CONSULT", "046"
    if kind == "statement_of_intent":
        return "CONSULT", "036"
    if kind == "partial_agreement":
        return "AGREE", "057"
    if kind == "pledge":
        if re.search(r"Waffen|Munition|Truppe|Armee|Soldaten|weapons|troops|military", text, IC):
            return "AID", "072"
        if re.search(r"Investition|Wiederaufbau|Geld|Finanz|economic|reconstruction", text, IC):
            return "AID", "071"
        return "AID", "070"
    if kind == "claim":
        if REBUTTAL.search(text):
            return "ACCUSE", "112"
        if CLAIM.search(text):
            return "ASSAULT", "192"
        return None, "010"
    return None, "010"


LOCATIVE = re.compile(r"\b(?:in|im|nach|at|to|near|bei|vor|aus|from)\s+(?:[\w-]+\s+){0,3}$", IC)
SUBJECT_VERB = re.compile(r"\s+(?:sei|seien|ist|war|hat|habe|hatte|will|wolle|werde|wird|kann|könne|"
                          r"muss|müsse|solle|is|was|has|had|would|will|said|says|wants|sagte|erklärte|"
                          r"lehnt\w*|forder\w*|verlang\w*|kündigte|warnte|teilte|\w+te)\b")


# capitals that stand for their government as subjects ("Paris sei bereit", "London said"); a
# town named as a subject is itself what the sentence is about ("Kupiansk had been captured")
SEATS = frozenset({"moscow", "kyiv", "washington", "ankara", "berlin", "brussels", "paris", "london",
                   "warsaw", "minsk", "budapest", "vienna", "rome", "madrid", "lisbon", "the_hague",
                   "copenhagen", "stockholm", "oslo", "helsinki", "tallinn", "riga", "vilnius", "prague",
                   "bratislava", "bucharest", "sofia", "chisinau", "belgrade", "athens", "valletta",
                   "beijing", "tehran", "cairo", "new_delhi", "tokyo", "astana", "baku", "tbilisi",
                   "yerevan", "riyadh", "doha", "abu_dhabi"})


# a place name of one or two capitalised words ("Chasiv Yar", "Nowa Poltawka"); a second word that
# starts what follows the name ("die Stadt Pokrowsk Anfang Mai", "the town of Kupiansk On ...") is
# not part of it
_NAME_WORD = r"[A-ZÄÖÜ][\w'’-]+"
_NOT_NAME = (r"(?:Anfang|Ende|Mitte|Seit|Nach|Vor|Am|Im|In|On|At|The|Der|Die|Das|Den|Dem|Des|Ein|Eine|"
             r"Einen|Russland|Russia|Ukraine|Kiew|Kyiv|Moskau|Moscow|Montag|Dienstag|Mittwoch|Donnerstag|"
             r"Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Januar|"
             r"Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|"
             r"February|March|May|June|July|October|December|Truppen|Soldaten|Einheiten|Streitkräfte|"
             # a side's adjective or an office opening the next clause ("the village of X Ukrainian
             # officials said", "the city of X Mayor Y said")
             r"[A-ZÄÖÜ]\w*(?:ian|ean|can|ische[nmrs]?|isch)|Mayor|Governor|Bürgermeister\w*|Gouverneur\w*)\b")
# a name after the comma that a verb of saying follows is the source, not a further place ("the
# city of X, Moscow said")
_NOT_SPEAKER = (r"\b(?!\s+(?:said|says|say|claimed|claims|reported|reports|stated|announced|told|"
                r"added|insisted|sagte|sagt|erklärte|erklärt|meldete|meldet|behauptete|behauptet)\b)")
PLACE_NAME = _NAME_WORD + r"(?:\s+(?!" + _NOT_NAME + r")" + _NAME_WORD + r")?"
NAMED_PLACE = re.compile(r"\b(?:Dorf|Dorfes|(?:Grenz|Nachbar|Front)dorf(?:es)?|Dörfer|Ort|Ortes|Ortschaft\w*|"
                         r"Stadt|Kleinstadt|Siedlung\w*|"
                         r"villages?|towns?|city|settlements?)\s+(?:of\s+)?(?P<names>" + PLACE_NAME +
                         r"(?:(?:\s+(?:and|und)\s+|,\s*)" + PLACE_NAME + _NOT_SPEAKER + r")*)")
# a building or seat that places an event in its city ("im Kreml", "at the White House")
SEAT_PLACE = ((re.compile(r"\b(?:im|in the|at the) (?:Kreml|Kremlin)\b", IC), "moscow"),
              (re.compile(r"\b(?:im|in the|at the) (?:Weißen Haus|White House)\b", IC), "washington"),
              (re.compile(r"\b(?:im|in the|at the) (?:Élysée|Elysee)", IC), "paris"),
              (re.compile(r"\b(?:in|at) Downing Street\b", IC), "london"),
              (re.compile(r"\b(?:im|in the|at the) (?:Berliner )?Kanzleramt\b", IC), "berlin"))


def _named_places(s: Sentence) -> list[str]:
    """Places introduced by their kind ("das Dorf X", "the villages of X and Y"); a name the
    gazetteer knows keeps its id."""
    out: list[str] = []
    known = {m.surface: m.entity for m in s.mentions if m.kind == "place"}
    # a gazetteer place starting where a name starts wins with its whole extent ("Chasiv Yar",
    # not "chasiv"), an actor's name is no place
    at = {m.start - s.start: m for m in s.mentions}
    for m in NAMED_PLACE.finditer(s.text):
        if NEAR.search(s.text[max(0, m.start() - 24):m.start()]):
            continue  # "X near the city of Y": the town only locates the place named before it
        for part in re.finditer(PLACE_NAME, m.group("names")):
            name = part.group(0)
            hit = at.get(m.start("names") + part.start())
            if hit is not None and hit.kind == "place":
                pid = hit.entity
            elif hit is not None:
                continue
            else:
                pid = known.get(name) or known.get(name.split()[0]) or _place_id(name)
            if pid not in out:
                out.append(pid)
    return out


NEAR = re.compile(r"\b(?:nahe|near|bei|outside|close to|unweit|südlich|nördlich|östlich|westlich|"
                  r"south|north|east|west|südwestlich|nordöstlich|south-west|north-east)\s+(?:of\s+|von\s+)?"
                  # the town named with its kind ("near the city of X", "nahe der Stadt X")
                  r"(?:(?:the|der|dem|des)\s+)?(?:(?:city|town|Stadt|Kleinstadt)\s+(?:of\s+)?)?$",
                  IC)
# (a name after a comma that says something opens the source: "took Kupiansk, Moscow said")
TAKEN = re.compile(r"\b(?:captured|seized|taken|took|liberated|retook|recaptured|taken control of|overran)\s+"
                   r"(?P<names>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?(?:(?:\s+and\s+|,\s*)[A-ZÄÖÜ]"
                   r"[\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?" + _NOT_SPEAKER + r")*)")


def _locates(s: Sentence, place: str) -> bool:
    """Whether `place`, in a sentence that names the places claimed by their kind or after the
    verb, is only named to locate them ("Wesele nahe Pokrowsk", "X and Y in Zaporizhzhia")."""
    return any(m.kind == "place" and m.entity == place
               and (NEAR.search(s.text[max(0, m.start - s.start - 36):m.start - s.start])
                    or re.search(r"\b(?:in|im|in der|in the)\s+(?:(?:Region|Gebiet|Oblast|region|"
                                 r"oblast|province)\s+(?:of\s+)?)?$",
                                 s.text[max(0, m.start - s.start - 25):m.start - s.start]))
               for m in s.mentions)


def _taken_names(s: Sentence) -> list[str]:
    """The places named right after an English verb of capture ("its forces had taken Vovche",
    "captured Zelenyi Hai and Dobropillia"); a name the gazetteer knows keeps its id, an actor's
    name is never a place."""
    out: list[str] = []
    known = {m.surface: m for m in s.mentions}
    for m in TAKEN.finditer(s.text):
        for name in re.split(r"\s+and\s+|,\s*", m.group("names")):
            if re.search(r"['’]s?$", name):
                break  # a possessive opens the source ("captured X, Russia's ministry said")
            hit = known.get(name) or known.get(name.split()[0])
            if hit is not None and hit.kind != "place":
                continue
            pid = hit.entity if hit is not None else _place_id(name)
            if pid and pid not in out:
                out.append(pid)
    return out


# the letters of an English place id as German transliteration may write them ("kharkiv" ->
# "Charkiw", "zaporizhzhia" -> "Saporischschja", "kherson" -> "Cherson")
_SPELLED_GERMAN = (("kh", "(?:kh|ch|h)"), ("zh", "(?:zh|sch)"), ("ts", "(?:ts|z)"), ("z", "(?:z|s)"),
                   ("v", "(?:v|w)"), ("y", "(?:y|j)"))


def _stem_pattern(place: str) -> str:
    """The first four letters of a place id as a pattern that also matches their German
    transliteration."""
    stem, out = place[:4], ""
    while stem:
        for english, either in _SPELLED_GERMAN:
            if stem.startswith(english):
                out, stem = out + either, stem[len(english):]
                break
        else:
            out, stem = out + re.escape(stem[0]), stem[1:]
    return out


def _is_region_of(place: str, t: str) -> bool:
    """Whether `t` names `place` as a region ("Gebiet Charkiw", "the Kharkiv region")."""
    stem = _stem_pattern(place)
    return bool(re.search(r"(?:Region|Gebiet|Oblast|region|oblast)\s+" + stem, t, IC)
                or re.search(stem + r"\w*\s+(?:region|oblast|Gebiet)", t, IC))


# the German transliteration of a Ukrainian or Russian name (Duden: w, sch, tsch, schtsch, j,
# ch, z, ss) and the English one the ids use (corpus README: lower-case English exonyms): a name
# with a German mark (`_GERMAN_SPELLING`) is spelled anew (`_english_spelling`)
_GERMAN_SPELLING = re.compile(r"w|sch|j|zk\b")
# letter groups German transliteration of Ukrainian or Russian never writes (Polish rz, cz, sz;
# English wh, th)
_NOT_GERMAN_SPELLING = re.compile(r"rz|cz|sz|wh|th")
_GERMAN_TO_ENGLISH = (("schtsch", "\x02"), ("tsch", "\x01"), ("sch", "sh"), ("ch", "kh"),
                      ("\x01", "ch"), ("\x02", "shch"), ("w", "v"), ("z", "ts"))


def _english_spelling(name: str) -> str:
    """`name` (lower-case ASCII) in English transliteration when it is spelled the German way:
    "nowa poltawka" -> "nova poltavka", "tschassiw jar" -> "chasiv yar", "perwomajske" ->
    "pervomaiske", "donezk" -> "donetsk", "plechowo" -> "plekhovo"."""
    if not _GERMAN_SPELLING.search(name) or _NOT_GERMAN_SPELLING.search(name):
        return name  # (a Polish or English spelling is kept: "przewodow", "rzeszow")
    for german, english in _GERMAN_TO_ENGLISH:
        name = name.replace(german, english)
    name = re.sub(r"(?<=[aeiouy])ss(?=[aeiouy])", "s", name)  # a doubled s keeps it voiceless
    name = re.sub(r"(?<=[bcdfghklmnprstvz])j(?=[aeiou])", "i", name)  # after a consonant: -ia (Kamianka)
    name = re.sub(r"j(?=[aeiou])", "y", name)  # ja, je, ju, jo at the start or after a vowel: ya, ye, ...
    return re.sub(r"(?<=[aeiouy])j", "i", name).replace("j", "y")  # -aj-, -yj: ai, yi


def _place_id(name: str) -> str:
    import unicodedata

    flat = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", _english_spelling(flat)).strip("_")


# places the gazetteer lists that are whole countries: a country alone places no event (the
# annotation's rule), and its name inside a building's ("the Emirates Palace hotel in Abu Dhabi")
# must not stand before the city
COUNTRY_PLACES = frozenset({"uae"})


# a place visited, named as the verb's object ("visited Moscow", "will visit Kyiv on Friday",
# "besuchte am Dienstag Moskau", "bereist Kiew"): where the event is, not a government (not an
# infinitive, "is expected to visit Moscow": a visit only hoped for)
_VISITED = re.compile(r"\b(?<!\bto\s)(?<!\bzu\s)(?:visit|visits|visited|visiting|toured|"
                      r"besuch(?:t|te|ten|en|e)|bereist\w*)"
                      r"(?:\s+(?:am|on|this|next|last|an|diesem|kommenden|nächste\w*|[A-ZÄÖÜ]\w*tag|\d{1,2}\.?|"
                      r"[A-Z][a-z]+day)){0,3}\s+$", IC)

# ... not a visit denied ("did not visit Washington", "will never visit Moscow", "besuchte nicht"),
# nor one told in a clause of its own: after ";", or as what came before or after ("a week after
# Trump visited Kyiv", "nachdem X Moskau besucht hatte") (review16 item 5)
_VISIT_DENIED = re.compile(r"(?:\b(?:not|never|no longer|nicht|nie|niemals|keinesfalls)|n't)\s+"
                           r"(?:(?:yet|again|erneut|mehr|noch)\s+)?$", IC)
_VISIT_TOLD_BESIDE = re.compile(r"\b(?:after|before|since|until|nachdem|bevor|ehe|seit|seitdem)\s+"
                                r"[^,;:]{0,40}$", IC)


def _visited(s: Sentence, m: Mention) -> bool:
    """Whether the place `m` is named as the object of a verb of visiting (`_VISITED`) that tells
    the meeting: not denied and not in a clause of its own."""
    w0 = max(0, m.start - s.start - 40)
    v = _VISITED.search(s.text, w0, m.start - s.start)
    if v is None:
        return False
    at = v.start()
    if _VISIT_DENIED.search(s.text[max(0, at - 25):at]) or _VISIT_TOLD_BESIDE.search(
            s.text[max(0, at - 60):at]):
        return False
    k = s.text.rfind(";", 0, at)
    clause = s.text[k + 1:(e if (e := s.text.find(";", at)) >= 0 else len(s.text))]
    return ";" not in s.text or MEETING.search(clause) is not None or re.search(
        r"\b(?:met|meet|meets|talks|traf|trifft)\b", clause, IC) is not None


def _places(s: Sentence) -> list[str]:
    """Places an event happens at: named places, skipping a region named only as the setting of
    another place ("Liman in der Region Donezk", "(im Gebiet Charkiw)") and a whole country."""
    out: list[str] = []
    compounds: list[str] = []
    for m in s.mentions:
        if m.kind != "place" or m.entity in COUNTRY_PLACES:
            continue
        if m.actor is not None and not re.search(
                r"(?:\b(?:in|im|nach|at|to|near|bei)\s+(?:the\s+)?)$",
                s.text[max(0, m.start - s.start - 10):m.start - s.start], IC) and not _visited(s, m):
            continue  # a capital standing for its government ("Moskau und Kiew vereinbarten")
        before = s.text[max(0, m.start - s.start - 14):m.start - s.start]
        after = s.text[m.end - s.start:m.end - s.start + 30]
        wide = s.text[max(0, m.start - s.start - 50):m.start - s.start]
        w0 = max(0, m.start - s.start - 30)
        seat = _SEAT_OF.search(s.text[w0:m.start - s.start])
        if seat is not None and not _FOR_THE_TALKS.match(after) and not _MET_WITH.search(
                s.text[max(0, w0 + seat.start() - 60):w0 + seat.start()]):
            # the seat of who speaks ("das Verteidigungsministerium in Moskau teilte mit"), not
            # where they came for talks ("officials in Berlin for the talks")
            continue
        if not LOCATIVE.search(wide) and SUBJECT_VERB.match(after) and m.entity in SEATS:
            continue  # a capital standing for its government: "Paris sei bereit", "London said"
        if m.surface.endswith(("er", "ern")) and not LOCATIVE.search(wide) and not MEETING.match(
                after.lstrip()) and not re.match(r"\s*\S*(?:Palast|Palace|Gespräch|Verhandl|Runde|Treffen)",
                                                 after):
            continue  # a place adjective only places an event at it: "im Genfer ...", "Istanbuler Gespräche"
        if re.search(r"(?:Region|Gebiet|Oblast|region|oblast)\s+$", before) and any(
                x.kind == "place" and x.start < m.start for x in s.mentions):
            continue
        if _COMPOUND_HEAD.match(after) and not _COMPOUND_PLACING.match(after):
            compounds.append(m.entity)
            continue  # "der Vatikan-Gesandte ... in Moskau": who, not where (unless no other place)
        if m.entity not in out:
            out.append(m.entity)
    out += [c for c in compounds if c not in out]
    if not out:
        out = [pid for rx, pid in SEAT_PLACE if rx.search(s.text)][:1]
    lead = DATELINE.match(s.text)
    if lead is not None and len(out) > 1:
        # "MIAMI/KIEW (dpa) -", "Dubai:": where the report was filed, not where the event was;
        # a place named in the sentence itself comes first
        filed = {m.entity for m in s.mentions if m.kind == "place" and m.end - s.start <= lead.end()}
        out = [p for p in out if p not in filed] + [p for p in out if p in filed]
    return out


DATELINE = re.compile(r"^\W*[^\W\d][\w/ .'-]{1,60}?\s*(?:\([^)]{1,40}\)\s*[-–]|:\s|/TASS/)")


# a phrase of "seit"/"since" the date is inside ("seit Beginn der Waffenruhe am 8. März", "since the
# pause took effect on March 8")
_SINCE_PHRASE = re.compile(r"\b(?:seit|since)\b[^,.;:]{0,50}$", IC)


# the start of an item's term ("as of Nov. 19", "effective Monday", "ab dem 19. November", "gültig
# ab"): not the day the item was agreed
_TERM_FROM = re.compile(r"\b(?:as of|as from|effective(?: from)?|starting(?: from| on)?|beginning(?: on)?|"
                        r"ab(?: dem| Montag| Dienstag)?|gültig ab|mit Wirkung (?:vom|zum|ab))\s+$", IC)


# the start of the war or of the invasion, named to place something else in history ("since
# Russia's full-scale invasion in February 2022", "unleashed when Russia attacked Ukraine in February
# 2022", "seit Beginn des russischen Angriffskriegs am 24. Februar 2022", "seit Kriegsbeginn im
# Februar 2022", "the war that began with Russia's 2022 full-scale invasion"): never the day of a
# negotiation, a deal, a claim or a step
_WAR_START_BEFORE = re.compile(
    r"\b(?:invaded|invading|invasion|Einmarsch\w*|einmarschiert\w*|einfiel\w*|Überfall\w*|überfallen|"
    r"Angriffskrieg\w*|Kriegsbeginn\w*|Kriegsausbruch\w*|"
    r"(?:war|conflict|Krieg|Konflikt)\s+(?:began|begann|started|broke out|ausbrach|erupted)|"
    r"(?:start|beginning|outbreak|Beginn|Anfang|Ausbruch)\s+(?:of\s+(?:the\s+)?|des\s+|der\s+)?"
    r"(?:full-scale\s+|large-scale\s+|russischen\s+)?(?:war|Krieg\w*|invasion|conflict|Konflikt\w*|"
    r"Angriff\w*))(?:\s+[\w'’-]+){0,3}?\s+(?:in|im|on|am|vom|of)\s+(?:the\s+)?$", IC)
_WAR_START_AFTER = re.compile(r"^\s*(?:full-scale\s+|large-scale\s+|russische[nr]?\s+)?"
                              r"(?:invasion|Invasion|Einmarsch|Angriffskrieg|Überfall)\b", IC)


def war_start(text: str, a: int, b: int) -> bool:
    """Whether the date at `a:b` of `text` names when the war or the invasion began (see
    `_WAR_START_BEFORE`), not when the event told in the sentence took place."""
    return _WAR_START_BEFORE.search(text[max(0, a - 90):a]) is not None \
        or _WAR_START_AFTER.match(text[b:b + 40]) is not None


def _date(s: Sentence, kind: str | None = None) -> tuple[str | None, str | None, str | None]:
    for d in s.dates:
        if war_start(s.text, d.start - s.start, d.end - s.start):
            continue  # "since Russia's full-scale invasion started in February 2022": history
        if kind == "claim" and (_SINCE.search(s.text[max(0, d.start - s.start - 24):d.start - s.start])
                                or _SINCE_PHRASE.search(
                                    s.text[max(0, d.start - s.start - 60):d.start - s.start])):
            # "seit Anfang März unter Kontrolle", "seit Beginn der Waffenruhe am 8. März": when a
            # state or a period began, not when it is claimed
            continue
        if kind == "partial_agreement" and _SINCE_START.search(
                s.text[max(0, d.start - s.start - 90):d.start - s.start]):
            continue  # "the biggest exchange since the war began in February 2022"
        if kind == "partial_agreement" and (
                _UNTIL.search(s.text[max(0, d.start - s.start - 24):d.start - s.start])
                or re.match(r"(?:bis|until|till|through)\b", s.text[d.start - s.start:], IC)):
            continue  # "einer Feuerpause bis Sonntag zugestimmt": when the item ends, not when it was made
        if kind == "partial_agreement" and _TERM_FROM.search(
                s.text[max(0, d.start - s.start - 24):d.start - s.start]):
            continue  # "prolonged by 60 days as of March 2": when the term starts, not when it was agreed
        if kind == "statement_of_intent" and clause_tense(
                s.text, d.start - s.start, d.end - s.start) == "future":
            continue  # "will send a delegation on Friday": the day of the step, not of its announcement
        if kind == "statement_of_intent" and (re.search(r"\b(?:until|till|bis(?: zum| zur)?)\s+$", s.text[
                max(0, d.start - s.start - 12):d.start - s.start], IC) or re.match(
                r"(?:until|till|bis)\b", s.text[d.start - s.start:d.end - s.start], IC)):
            continue  # "a pause until tomorrow": the day the step ends, not of its announcement
        if kind in ("round", "summit") and deadline(s, d):
            continue  # "waiting for a response by the end of June": when something else is due
        if d.granularity in ("day", "range", "month", "week"):
            return d.first, d.last, d.basis
    return None, None, None


# a day something is due by ("by the end of June", "by June 20", "no later than Friday", "bis Ende
# Juni", "spätestens am Freitag"), in a sentence telling no meeting still to come
_DUE_BY = re.compile(r"\b(?:by|no later than|not later than|spätestens(?:\s+(?:am|bis))?)\s+(?:the\s+)?"
                     r"(?:(?:end|middle|beginning|start)\s+of\s+)?$", IC)
_DUE_PART = re.compile(r"^(?:the\s+)?(?:end|middle|beginning|start)\s+of\b|^(?:Ende|Mitte|Anfang)\b", IC)
_BIS_PART = re.compile(r"\bbis\s+$", IC)
_TO_COME = re.compile(r"\b(?:will|would|shall|is to|are to|is expected to|are expected to|plan\w*|soll\w*|"
                      r"wird|werden|würde\w*|geplant\w*|vorgesehen|"
                      # (or lasting until then: "dauerten bis Ende Juni", "ran until the end of")
                      r"dauer\w*|andauer\w*|lief|liefen|läuft|laufen|lasted|last|ran|runs?)\b", IC)


def deadline(s: Sentence, d: DateMention) -> bool:
    """Whether date `d` of sentence `s` is only a day something is due by (`_DUE_BY`; "bis" before
    the end, middle or start of a period), not the day of a meeting held: the sentence tells no
    meeting still to come."""
    before = s.text[max(0, d.start - s.start - 24):d.start - s.start]
    own = s.text[d.start - s.start:d.end - s.start]
    due = _DUE_BY.search(before) is not None or (
        _BIS_PART.search(before) is not None and _DUE_PART.match(own) is not None) or (
        re.match(r"bis\s+(?:Ende|Mitte|Anfang)\b", own, IC) is not None)
    return due and not _TO_COME.search(s.text)


# A past told with no day of its own, only as before the report or as lasting up to it ("in den
# vergangenen Tagen", "seit Wochen", "stets", "in recent days", "has long", "has continued to"):
# convention 7, the event gets no date (not the article's)
UNDATED_PAST = re.compile(
    r"\b(?:in den (?:vergangenen|letzten|zurückliegenden) (?:Tagen|Wochen|Monaten|Jahren)|"
    r"(?:seit|schon seit) (?:Tagen|Wochen|Monaten|Jahren)|stets|"
    r"in (?:the )?(?:recent|past|last) (?:few )?(?:days|weeks|months|years)|"
    r"(?:over|for) the (?:past|last) (?:few )?(?:days|weeks|months|years)|"
    r"for (?:days|weeks|months|years)|"
    r"(?:has|have|had) (?:long|continued to|repeatedly|consistently|always)|"
    r"(?:has|have) (?:been \w+ing)|"
    # some days ago, with no day ("vor mehreren Tagen", "a few days ago", "days after"): only
    # before the report or another event (convention 7: "on or before X" is undated)
    r"vor (?:mehreren|einigen|wenigen|ein paar) (?:Tagen|Wochen|Monaten)|"
    r"(?:several|a few|some) (?:days|weeks|months) (?:ago|earlier|before)|"
    r"(?:wenige|einige|mehrere|ein paar) (?:Tage|Wochen) (?:nach|später|zuvor|davor)|"
    # ("days after" with no number: "was in Kyiv days after travelling to Moscow"; "three weeks
    # after the first round on February 17" is counted from its day)
    + "".join(rf"(?<!\b{w} )" for w in ("one", "two", "six", "ten", "few"))
    + r"(?<!\d )(?<!three )(?<!\bfour )(?<!\bfive )(?<!seven )(?<!eight )(?<!\bnine )(?<!eleven )"
    r"(?<!twelve )(?<!\ba )days after)\b", IC)
# a relative clause between commas ("Russland, das seit Monaten ... angreift, wirft nun ... vor")
# tells about a noun, not the event of the sentence
_RELATIVE = re.compile(r",\s*(?:das|die|der|dem|den|deren|dessen|which|who|whose|where|wo)\b[^,;]*(?:,|$)",
                       IC)


# the first time after a gap ("erstmals seit Monaten", "zum ersten Mal seit Wochen"): the event is
# of now, the span only the gap before it
_FIRST_SINCE = re.compile(r"\b(?:erstmals|zum ersten Mal|das erste Mal)\s+seit\s+(?:Tagen|Wochen|Monaten|"
                          r"Jahren)\b", IC)


# a span that qualifies a noun, not the event ("der seit Monaten umkämpften Stadt", "den seit Jahren
# andauernden Krieg"): between an article and the participle or adjective before its noun
_ATTRIBUTIVE_SINCE = re.compile(r"\b(?i:der|die|das|den|dem|des|eine[nmrs]?|ihre[nmrs]?|seine[nmrs]?|"
                                r"diese[nmrs]?)\s+(?i:schon\s+)?(?i:seit)\s+(?i:Tagen|Wochen|Monaten|Jahren)\s+"
                                r"[a-zäöüß]{2,}(?:en|em|er|es|e)\s+(?=[A-ZÄÖÜ])")


def _undated_past(t: str) -> bool:
    """Whether the clauses of `t` that tell its event place it only before the report (see
    UNDATED_PAST), relative clauses, the gap before a first time and a span qualifying a noun
    aside."""
    t = _ATTRIBUTIVE_SINCE.sub(" ", _FIRST_SINCE.sub(" ", _RELATIVE.sub(",", t)))
    return UNDATED_PAST.search(t) is not None


_UNTIL = re.compile(r"\b(?:bis(?: zum| zur| einschließlich)?|until|till|through|to last until)\s+"
                    r"(?:(?:Anfang|Mitte|Ende|early|mid|late)\s+|[A-Z]\w+(?:tag|day|woch|abend),?\s+)?$")
_SINCE = re.compile(r"\b(?:seit|since)\s+(?:dem\s+|der\s+|den\s+)?"
                    r"(?:(?:Anfang|Mitte|Ende|early|mid|late)\s+)?$", IC)
# "since the full-scale war started in", "seit Beginn des Krieges im": the start of a period
_SINCE_START = re.compile(r"\b(?:since|seit)\s+(?:the\s+)?(?:start|beginning|outbreak|Beginn|Anfang|"
                          r"Ausbruch)\b[^.;]{0,60}$", IC)


_FORCES_AFTER = re.compile(r"\s+(?:Truppen|Armee\w*|Streitkräfte\w*|Militärs?|Einheiten|"
                           r"Verteidigungsministerium|Generalstab|troops|forces|army|military|"
                           r"defence ministry|defense ministry)\b", IC)
# where people came for talks ("officials in Berlin for the talks", "Delegationen in Genf zu den
# Gesprächen"): the place of the talks, not the seat of who speaks
_FOR_THE_TALKS = re.compile(r"\s*(?:for|to attend|zu|für)\s+(?:the\s+|den\s+|die\s+|dem\s+)?(?:[\w-]+\s+)?"
                            r"(?:talks|negotiations|meeting|summit|round|consultations|Gespräch\w*|"
                            r"Verhandlung\w*|Treffen|Gipfel\w*|Beratung\w*)\b", IC)
# "das Verteidigungsministerium in Moskau", "the General Staff in Kyiv", "officials in Kyiv said"
# a verb of meeting before "officials in X" ("met Russian officials in Kaliningrad", "traf sich mit
# Beamten in X"): where they met, not only the seat of who speaks
_MET_WITH = re.compile(r"\b(?:met|meets|meet|meeting|talks|held talks|traf\w*|trifft|treffen|empf\w+|"
                       r"received|receives|spoke|speaks|sprach|spricht|verhandelt\w*|negotiat\w+)\b"
                       r"(?:\s+(?:with|mit|sich mit))?\s+(?:\S+\s+){0,3}$", IC)
# a place as the first part of a hyphenated compound ("der Vatikan-Gesandte", "Kiew-Besuch"): it
# places an event only as a meeting, visit or venue ("Istanbul-Gespräche", "Moskau-Reise"), else
# it yields to the other places the sentence names
_COMPOUND_HEAD = re.compile(r"-[A-ZÄÖÜ]")
_COMPOUND_PLACING = re.compile(r"-(?:[\w-]*(?:Gespräch|Verhandlung|Runde|Treffen|Gipfel|Konferenz|Besuch|"
                               r"Reise|Palast|Format|Formel|Beratung|Talks|Summit|Visit|Trip|Meeting))", IC)
_SEAT_OF = re.compile(r"(?:ministeriums?|ministry|generalstabs?|general staff|kommandos?|command|regierung|"
                      r"government|behörden|authorities|officials|Beamte|sources|Kreise)\s+(?:in|of|aus)\s+$",
                      IC)


REPORT_DAY_ONLY = "no date: the day named is that of the report, the event's own day is not given"
UNDATED_CHARGE = "no date: a charge or its denial told in the past with no day named (convention 7)"
_REPORTED_ON = re.compile(r"\b(?:berichtet\w*|gemeldet|bekanntgegeben|mitgeteilt|reported|announced)"
                          # (the day may follow the verb: "reported on Tuesday that")
                          r"(?:\s+(?:on|late|early)?\s*[A-Z]\w+(?:\s+(?:morning|evening|night))?)?"
                          r"\s*,?\s+(?:dass|that)\b", IC)


def _reported_day_only(s: Sentence) -> bool:
    """Whether the sentence's only date is the day a report was made ("hatten am Dienstag
    berichtet, dass ...") and the event is told in the clause after it."""
    m = _REPORTED_ON.search(s.text)
    if m is None or len(s.dates) != 1:
        return False
    d = s.dates[0]
    return d.end - s.start <= m.end() and m.start() - (d.end - s.start) <= 30


# "Kyiv said Tuesday that the delegations reached ... following talks held in Geneva": the day of
# the saying, not of the talks
_SAID_ON = re.compile(r"\b(?:said|says|told \w+|sagte|erklärte)\s+(?P<day>(?:on\s+|am\s+)?[\w ]{3,25}?)"
                      r"\s*,?\s+(?:that|dass)\b", IC)


_UNTIL = re.compile(r"\b(?:bis(?: zum| zur| einschließlich)?|until|till|through|to last until)\s+"
                    r"(?:(?:Anfang|Mitte|Ende|early|mid|late)\s+|[A-Z]\w+(?:tag|day|woch|abend),?\s+)?$")
_SINCE = re.compile(r"\b(?:seit|since)\b(?![^.;]*\b(?:und|and|als|as|when|wo)\b)[^.;]*$", IC)


_ANNOUNCED_ON = re.compile(r"\b(?:berichtet\w*|gemeldet|bekanntgegeben|mitgeteilt|erklärt|reported|"
                           r"announced)\s*,\s+(?!dass\b|that\b)", IC)


def _announced_day_only(s: Sentence) -> bool:
    """Whether the sentence's only date is the day of an announcement whose content follows as
    reported speech without 'dass' ("hatte am Montag mitgeteilt, beide Seiten hätten ...")."""
    m = _ANNOUNCED_ON.search(s.text)
    if m is None or len(s.dates) != 1:
        return False
    d = s.dates[0]
    return d.end - s.start <= m.start() and m.start() - (d.end - s.start) <= 30


# the day a meeting still to come was told, at the end of the sentence or before its content ("a new
# round will be held soon, the ministry said on Friday", "confirmed on Thursday that a meeting will
# take place", "bestätigte am Donnerstag, dass", "teilte am Montag mit, dass"): the statement's day,
# not the meeting's (`said_day`)
_SAID_ON_PLAN = re.compile(r"\b(?:said|says|told \w+|confirmed|announced|stated|added|sagte|erklärte|"
                           r"bestätigte|teilte|kündigte)\s+(?P<day>(?:on\s+|am\s+)?[\w ]{3,25}?)\s*"
                           r"(?:\s(?:mit|an))?\s*,?\s+(?:that|dass)\b|"
                           r"\b(?:said|says|told \w+|confirmed|announced|stated|added)\s+"
                           # (a bare date phrase only, never a clause with its own verb: "said
                           # talks would resume Monday" tells the meeting's day)
                           r"(?P<end>(?:late\s+|early\s+)?(?:on\s+)?(?:last\s+|this\s+)?(?:(?:mon|tues|wednes|thurs|"
                           r"fri|satur|sun)day|yesterday|today|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+"
                           r"\d{1,2}(?:st|nd|rd|th)?|week|weekend)(?:\s+(?:morning|afternoon|evening|night))?)"
                           r"\s*[.!]?[\"”’']?\s*$|"
                           # ("..., teilte der Kreml am Donnerstag mit.")
                           r"\b(?:teilte|sagte|erklärte|bestätigte|kündigte|gab)\w*\s+(?:[\w-]+\s+){0,4}?"
                           r"(?P<de>am\s+[\w ]{3,25}?)(?:\s+(?:mit|an|bekannt))?\s*[.!]?\s*$|"
                           # ("On Friday, the foreign ministry said ...", "Am Montag teilte X mit, ...")
                           r"^\W*(?P<lead>(?:On|Am)\s+\w+),?\s+(?:[^.;,]{0,60}?\s)?(?:said|says|announced|"
                           r"confirmed|stated|told|sagte|erklärte|bestätigte|teilte|kündigte)\b", IC)


def said_day(s: Sentence, first: str) -> bool:
    """Whether the sentence's date that starts on `first` is the day a meeting still to come was
    told (`_SAID_ON_PLAN`), not the meeting's day."""
    for m in _SAID_ON_PLAN.finditer(s.text):
        a, b = m.span(next(g for g in ("day", "end", "de", "lead") if m.group(g) is not None))
        if any(d.first == first and a <= d.start - s.start and d.end - s.start <= b for d in s.dates):
            return True
    return False


def _said_day_only(s: Sentence) -> bool:
    """Whether the sentence's only date is the day something was said about talks told in the
    clause after it ("X said Tuesday that ...")."""
    m = _SAID_ON.search(s.text)
    if m is None or len(s.dates) != 1:
        return False
    d = s.dates[0]
    return m.start("day") <= d.start - s.start and d.end - s.start <= m.end("day")


RELATIVE_YEAR = re.compile(r"\b(?P<this>(?:earlier |later )?this year|(?:Anfang |Mitte |Ende )?dieses "
                           r"Jahres|in diesem Jahr|diesjährig\w*)\b|\b(?P<last>last year|im (?:vergangenen|"
                           r"letzten|vorigen) Jahr|vergangenen Jahres|letzten Jahres)\b", IC)


def _relative_year(t: str, published: str | None) -> str | None:
    """The year a sentence names relative to the article's date ("earlier this year", "im
    vergangenen Jahr"), else None."""
    m = RELATIVE_YEAR.search(t)
    if m is None or not published or len(published) < 4 or not published[:4].isdigit():
        return None
    return published[:4] if m.group("this") else str(int(published[:4]) - 1)


# who presses a side or where someone came from names no side at the table: "under pressure
# from Trump", "auf Druck aus Washington", "arrived from Poland", "aus Polen angereist"
_PRESSURE_FROM = re.compile(r"\b(?:pressure|Druck)\s+(?:from|by|of|aus|von|seitens)\s+(?:(?:the\s+)?"
                            r"(?:U\.?S\.?|US-?|American|amerikanischen)?\s*(?:President|Präsident(?:en)?)\s+)?"
                            r"(?:(?-i:[A-Z]\w+)\s+)?$", IC)
_FROM_BEFORE = re.compile(r"\b(?:arrived|arriving|came|coming|flew in|flying in|returned|returning|"
                          r"travell?ed|back)\s+(?:here\s+)?from\s+$", IC)
_ORIGIN_AFTER = re.compile(r"\s+(?:kommend|angereist|eingetroffen|zurückgekehrt|zurück)\b", IC)
# a government or side named as the source of the report ("according to the Turkish government",
# "nach Angaben der türkischen Regierung", "laut dem Kreml", "der türkischen Regierung zufolge",
# "citing the Turkish foreign ministry"): the teller, not a side at the table
_SOURCE_BEFORE = re.compile(r"\b(?:according to|citing|quoting|laut|nach (?:Angaben|Informationen|"
                            r"Darstellung|Auskunft|Aussagen?)(?:\s+(?:de[rs]|von))?)\s+(?:(?:the|de[mnrs]|die|das|"
                            r"a|an|ein\w*)\s+)?$", IC)


def _no_party_here(s: Sentence, m: Mention) -> bool:
    """Whether the actor mention `m` names no party of a meeting: the country of a place named
    just before it ("in Istanbul, Turkey", "in Genf (Schweiz)"), a presser ("under pressure
    from Trump") or where someone came from ("aus Polen angereist", "arrived from Poland")."""
    before = s.text[max(0, m.start - s.start - 60):m.start - s.start]
    if m.kind == "actor" and any(x.kind == "place" and 0 <= m.start - x.end <= 3
                                 and re.fullmatch(r"\s*[,(]\s*", s.text[x.end - s.start:m.start - s.start])
                                 for x in s.mentions):
        return True
    if _PRESSURE_FROM.search(before):
        return True
    if m.kind == "actor" and _told_by(s, m):
        return True
    came = _FROM_BEFORE.search(before)
    if came is not None:
        return not _DELEGATES.search(before, 0, came.start())
    came = re.search(r"\baus\s+$", before) if m.kind == "actor" else None
    return came is not None and _ORIGIN_AFTER.match(s.text, m.end - s.start) is not None and \
        not _DELEGATES.search(before, 0, came.start())


# what joins two heads meeting ("Putin met Xi", "Xi und Putin", "Putin traf den belarussischen
# Präsidenten Lukaschenko", "held talks with"): a conjunction or a verb of meeting, then at most
# titles; not a head who comments on the meeting ("Xi welcomed the summit between X and Y")
# (session 16: a day or a place may stand between the verb and the other side, "traf am Dienstag
# in Moskau Präsident X", "sprach am Dienstag in Genf mit X", and a clause of the first name's
# before the verb, "Zuppi was in Kyiv days after travelling to Russia and met with Zelensky")
# (the words before "with" or the verb deny or refuse nothing: "Xi refused to hold any talks with
# Zelensky", "did not meet", "hat nie mit X gesprochen" join no one; review16 item 11)
_LINK_WORD = (r"(?:(?!(?:not|never|no|nor|neither|refus\w*|reject\w*|declin\w*|avoid\w*|nicht|nie|niemals|"
              r"kein\w*|weder|lehnt\w*|ablehn\w*|verweiger\w*|\w+n't)(?![\w']))[^\s,;:.!?]+\s+)")
_HOST_LINK = re.compile(r"\s+(?:" + _LINK_WORD + r"{0,10}?(?:with|mit)|and|und|" + _LINK_WORD + r"{0,10}?"
                        r"(?:met|meets|traf|trifft|empfing|empfängt|received|receives|hosted|hosts|welcomed|"
                        r"welcomes|begrüßte|begrüßt)"
                        # (after the verb only a day or a place: "traf am Dienstag in Moskau X";
                        # not "welcomed the summit between X and Y")
                        r"(?:\s+(?:am|an|on|in|im|at|dort|there|bereits|already|zuvor|earlier|"
                        r"(?-i:[A-ZÄÖÜ])[\w.-]*|\d{1,2}\.?)){0,4}?)\s+"
                        r"(?:(?:(?-i:[A-ZÄÖÜ])[\w.-]*|the|den|dem|der|seinen?|his|her|\w+isch\w*)\s+){0,3}",
                        IC)


def _host_joined(s: Sentence, m: Mention) -> bool:
    """Whether the head of a host or mediator `m` is joined to the head of another side by a
    conjunction or a verb of meeting (`_HOST_LINK`, either order)."""
    t = s.text
    for x in s.mentions:
        if x.kind != "person" or not x.actor or x.actor == m.actor:
            continue
        a, b = (x, m) if x.end <= m.start else (m, x)
        if any(y.kind == "person" and a.end <= y.start and y.end <= b.start for y in s.mentions):
            continue  # (another person between them: "X warned that Y met Z" joins Y and Z)
        if b.start >= a.end and _HOST_LINK.fullmatch(t, a.end - s.start, b.start - s.start):
            return True
    return False


def _told_by(s: Sentence, m: Mention) -> bool:
    """Whether the actor mention `m` names who tells the report, not who met: a source phrase
    before it ("according to the Turkish government", "nach Angaben der türkischen Regierung",
    "laut Kreml") or "zufolge" after it ("der türkischen Regierung zufolge")."""
    rel, end = m.start - s.start, m.end - s.start
    t = s.text
    if _SOURCE_BEFORE.search(t[max(0, rel - 40):rel]) is not None:
        # the source itself, or a government, ministry or officials of the side named by it
        return not re.match(r"\s+(?:delegations?|negotiators?|Delegation\w*|Unterhändler\w*)\b", t[end:], IC)
    return re.match(r"(?:\s+[\w-]+){0,3}?\s+zufolge\b", t[end:end + 60], IC) is not None


# the delegates of a side just before where they came from ("delegations arriving from Moscow
# and Kyiv", "die Unterhändler, die aus Moskau angereist waren"): that side is at the table
_DELEGATES = re.compile(r"\b(?:delegations?|negotiators?|envoys?|teams?|representatives?|Delegation(?:en)?|"
                        r"Unterhändler\w*|Vertreter\w*|Verhandler\w*|Emissär\w*)\b[^.;]{0,25}$", IC)


def _event(kind: str, s: Sentence, **kw: object) -> NewsEvent:
    from accord.news.stances import BOTH_SIDES, _subjects

    ds, de, basis = _date(s, kind)
    if kind in ("round", "summit") and ds is not None and _reported_day_only(s):
        # "Medien hatten am Dienstag berichtet, dass ... sich getroffen hätten": the day of the
        # report, not of the meeting, which stays unknown (on or before it: no date, convention
        # 7); an agreed item is dated by the day it was made public
        ds = de = None
        basis = REPORT_DAY_ONLY
    if kind == "round" and ds is not None and _announced_day_only(s):
        # "Washington hatte am Montag mitgeteilt, beide Seiten hätten in den Gesprächen ...":
        # the day of the announcement, the talks' day stays unknown (on or before it: no date,
        # convention 7, and not the article's date either)
        ds = de = None
        basis = REPORT_DAY_ONLY
    if kind == "round" and ds is not None and _said_day_only(s):
        ds = de = None  # the day of the statement; the talks' day is told elsewhere or not at all
        basis = REPORT_DAY_ONLY
    if kind == "round" and ds is not None:
        # "the first meeting since the start of the invasion in February 2022": the start of a
        # period, not the day of the meeting; the first date no "seit"/"since" introduces
        own = [d for d in s.dates if d.granularity in ("day", "range", "month", "week")
               and not _SINCE.search(s.text[max(0, d.start - s.start - 70):d.start - s.start])]
        # "X said on Thursday that a meeting is expected on Saturday": the day of the saying
        # yields to the meeting's own day named after it
        said = _SAID_ON.search(s.text)
        if said is not None and len(own) > 1 and said.start("day") <= own[0].start - s.start \
                and own[0].end - s.start <= said.end("day"):
            own = own[1:]
        ds, de, basis = (own[0].first, own[0].last, own[0].basis) if own else (None, None, None)
    plover, cameo = _code(kind, s.text)
    participants: list[str] = []
    for m in s.mentions:
        if m.kind == "person" and m.actor and m.entity not in participants:
            participants.append(m.entity)
    # parties: the actors acting in the sentence (not "the war against Ukraine"); for a round,
    # also every person taking part
    persons = {m.actor for m in s.mentions if m.kind == "person" and m.actor in ACTORS}
    subjects = set(_subjects(s)) & set(ACTORS)  # the stance rules also read mediators and hosts
    if kind == "round":
        # everyone named, except what the talks are about ("the war against Ukraine")
        acting = {m.actor for m in s.mentions if m.actor in ACTORS and not re.search(
            r"\b(?:gegen|against|über|about|Angriffskrieg\w*)\s+(?:die\s+|the\s+|den\s+)?$",
            s.text[max(0, m.start - s.start - 25):m.start - s.start], IC)
            # a host country named as where the talks are ("ended Tuesday in Turkey") is no party
            and not (m.kind == "actor" and re.search(r"\b(?:in|im|in der)\s+(?:the\s+)?$",
                                                     s.text[max(0, m.start - s.start - 12):
                                                            m.start - s.start]))
            and not _no_party_here(s, m)}
        # a head of state of a host or mediator joined to the meeting ("Putin met Xi", "Putin traf
        # Lukaschenko"): that side is at the table too
        acting |= {m.actor for m in s.mentions
                   if m.kind == "person" and m.actor in HOSTS and _host_joined(s, m)}
    elif kind == "claim":
        acting = {m.actor for m in s.mentions if m.actor in ACTORS and (
            _FORCES_AFTER.match(s.text[m.end - s.start:m.end - s.start + 25])
            or _SEAT_OF.search(s.text[max(0, m.start - s.start - 30):m.start - s.start]))
            } or subjects or persons
    else:
        acting = subjects or persons
    if not acting and BOTH_SIDES.search(s.text):
        acting = {"RUS", "UKR"}
    parties = sorted(a for a in acting if a is not None)
    e = NewsEvent(start=s.start, end=s.end, kind=kind, date_start=ds, date_end=de, date_basis=basis,
                  parties=parties, participants=participants, plover=plover, cameo=cameo)
    for k, v in kw.items():
        setattr(e, k, v)
    return e


def _topic(text: str) -> str | None:
    found = [t for t, rx in TOPICS if rx.search(text)]
    return found[0] if len(found) == 1 else (found[0] if found else None)


def _quantity(s: Sentence, units: tuple[str, ...] | None = None) -> tuple[float | None, str | None,
                                                                            bool | None]:
    for f in s.figures:
        if units is None or f.unit in units:
            return f.value, f.unit, f.per_side
    return None, None, None


def _sentence_text(e: NewsEvent, sents: list[Sentence]) -> str:
    """The text of the sentence an event starts in."""
    return next((x.text for x in sents if x.start <= e.start < x.end), "")


# A claim is an ATTRIBUTED assertion (corpus README): told as what a side says, not as the
# reporter's account of the fighting. Attribution in German and English: a verb of saying or
# asserting in any tense ("teilte ... mit", "meldete", "behauptete", "said", "claimed",
# "announced"), a source phrase ("laut", "zufolge", "nach Angaben", "hieß es", "according to"),
# reported speech in the Konjunktiv ("habe ... erobert", "seien ... eingenommen") or as hearsay
# ("sollen ... eingenommen haben", "reportedly", "allegedly", "said to have"), a verb of
# accusing, threatening or denying, a headline "Speaker: ..." or a quotation.
ATTRIBUTION = re.compile(
    r"\b(?:sag(?:t|te|ten|en)|gesagt|erklär\w*|teilt\w*\b[^.]{0,80}\bmit|mitgeteilt|mitteilt\w*|"
    r"meld(?:et|ete|eten|en)|(?:nach|laut) (?:\w+ ){0,2}Darstellung|charg(?:es|ed) that|"
    r"gemeldet|bericht\w*|behaupt\w*|betont\w*|bestätigt\w*|versichert\w*|verkündet\w*|"
    r"(?:gab|gaben|gibt|geben)\b[^.]{0,40}\ban|angegeben|hieß es|heißt es|demnach|laut|zufolge|"
    r"nach (?:\w+ ){0,2}Angaben|wirf\w*|warf\w*|vorgeworfen|beschuldigt\w*|(?:ge)?droh(?:t|te|ten|en)|"
    r"Drohung\w*|begründet\w*|kritisiert\w*|beklagt\w*|dementiert\w*|bestritt\w*|bestreit\w*|"
    r"wies\b[^.]{0,80}\bzurück|zurückgewiesen|habe|hätten|hätte|seien|sei|"
    r"soll(?:en|te|ten)?\b[^.]{0,100}\b(?:haben|sein)|reportedly|allegedly|purportedly|said to have|"
    r"said|says|claim(?:s|ed|ing)?|stated|announc(?:ed|es|ing)|report(?:s|ed|ing)?|told|tells|"
    r"added|adds|insist(?:s|ed)|assert(?:s|ed)|alleg(?:es|ed|edly|ation)|accus\w*|blam\w*|denie[sd]|deny|"
    r"reject(?:s|ed)|dismiss(?:es|ed)|confirm(?:s|ed)|according to|complain(?:s|ed)|critici[sz](?:es|ed)|"
    r"warn(?:s|ed)|threaten(?:s|ed)|noted|explained|stressed|emphasi[sz]ed|argued|maintain(?:s|ed)|"
    r"acknowledged|admitted|warnt\w*|räumt\w*\b[^.]{0,60}\bein|unterstrich\w*|bekräftigt\w*|"
    r"hob\b[^.]{0,60}\bhervor|als\b[^.,;]{0,40}\bbezeichne\w*|"
    r"bezeichne\w*\b[^.;]{0,60}\bals|(?<!,\s)describ(?:ed|es)\b[^.;]{0,60}\bas)\b|"
    # the German source after a comma ("..., so das Verteidigungsministerium")
    r",\s+so\s+(?!dass\b)(?:der|die|das|(?-i:[A-ZÄÖÜ])\w+)\b|"
    r"^\W*[A-ZÄÖÜ][\w.-]*(?: [\w.-]+){0,3}:\s|[\"“”„«»]", IC)


def _attributed(t: str) -> bool:
    """Whether a sentence tells its assertion as what someone says (see ATTRIBUTION)."""
    return ATTRIBUTION.search(t) is not None


# the next sentence naming the source of the one before ("Das teilte das Ministerium mit", "This
# was announced by", "so das Ministerium")
_SOURCE_NEXT = re.compile(r"^\W*(?:Das|Dies|This|That|It)\b[^.]{0,40}\b(?:teilte|sagte|erklärte|meldete|"
                          r"bestätigte|gab|said|announced|reported|confirmed|claimed)\b", IC)


def _attributed_at(sents: list[Sentence], i: int) -> bool:
    """Whether sentence `i` is told as what someone says: by itself, by the next sentence naming
    its source ("Das teilte ... mit"), or, for a headline (no final punctuation), by one of the
    two sentences after it (the lead that gives the source)."""
    t = sents[i].text
    if _attributed(t):
        return True
    after = sents[i + 1:i + 3]
    if after and _SOURCE_NEXT.match(after[0].text):
        return True
    heading = not t.rstrip().endswith((".", "!", "?", '"', ":"))
    return heading and any(_attributed(x.text) for x in after)


# a place named as where people come from, not where an exchange was made ("defenders of
# Mariupol", "prisoners from Kursk", "Soldaten aus Mariupol", "Verteidiger von Mariupol")
_OF_ORIGIN = re.compile(r"\b(?:of|from|von|aus)\s+(?:the\s+)?$", IC)


# where people were taken prisoner ("die bei Kursk in Gefangenschaft gerieten", "soldiers
# captured in Kursk"): where they come from, not where they are exchanged
# (right after the place, or after a second place joined by "und"/"and": "in Istanbul after troops
# captured near Sumy" names Istanbul as no origin)
_CAPTURED_AFTER = re.compile(r"(?:\s*(?:,|\s(?:und|and|oder|or)\b)\s*(?-i:[A-ZÄÖÜ])[\w-]*)?\W*"
                             r"(?:gefangen genommen|gefangengenommen|in Gefangenschaft geraten|captured|"
                             r"taken prisoner)\b", IC)
_CAPTURED_BEFORE = re.compile(r"\b(?:captured|taken prisoner|gefangen genommen)\s+(?:in|near|at|im|in der|"
                              r"bei)\s+(?:the\s+)?(?:\w+\s+)?$", IC)


def _not_origin(s: Sentence, places: list[str]) -> list[str]:
    """`places` without those the sentence names only as where people come from (or where they
    were taken prisoner)."""
    origin = {m.entity for m in s.mentions if m.kind == "place"
              and (_OF_ORIGIN.search(s.text[max(0, m.start - s.start - 12):m.start - s.start])
                   or _CAPTURED_AFTER.match(s.text, m.end - s.start)
                   or _CAPTURED_BEFORE.search(s.text[max(0, m.start - s.start - 40):m.start - s.start]))}
    located = {m.entity for m in s.mentions if m.kind == "place" and m.entity not in origin}
    return [p for p in places if p not in origin or p in located]


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
