"""Where an event took place (split from `common`): `_places`, the places a sentence names for its
event (seats of governments `SEATS`, `SEAT_PLACE`, named settlements `_named_places`, captured names
`_taken_names`, German spellings and regions, places visited `_visited`, the dateline `DATELINE`),
what places an event only as the seat of who speaks or where people came for talks (`_SEAT_OF`,
`_FOR_THE_TALKS`, `_MET_WITH`, compounds), and places named only as where people come from or were
captured (`_not_origin`). Used by the record maker (`event_records`) and most family modules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.common import IC, MEETING
from accord.news.facts import Mention
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence


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
