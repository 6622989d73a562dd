"""Events from sentences: negotiation rounds, partial agreements, postponements, pledges,
claims, polls and statements of intent, each coded with a PLOVER event type and CAMEO code.

Codes (PLOVER: Halterman et al. 2017; CAMEO: Gerner et al. 2002): round and postponement
CONSULT/046 (engage in negotiation), statement of intent CONSULT/036 (express intent to meet or
negotiate), partial agreement AGREE/057 (sign formal agreement), pledge AID/070-074 (provide
aid: 071 economic, 072 military, 074 humanitarian), claim of territorial gains ASSAULT/192
(occupy territory), a rebuttal ACCUSE/112, other claims and polls no PLOVER type (they are
statements, not interactions) with CAMEO 010 (make statement).
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Any

from accord.news.facts import NewsEvent
from accord.news.prefilter import focus, gate_patterns
from accord.news.stances import BOTH_SIDES

if TYPE_CHECKING:
    from accord.news.extract import Sentence
    from accord.news.facts import Mention

IC = re.IGNORECASE
# German compounds count ("Friedensgespräche", "Krisentreffen", "Ukraine-Verhandlungen": the
# meeting nouns are matched inside words)
MEETING = re.compile(r"(?:gespräch|verhandlung|beratung|konsultation|unterredung)\w*|"
                     r"(?:gipfel|spitzen|krisen|sonder|minister|arbeits)-?treffen|\b(?:treffen\w*|"
                     r"Begegnung\w*|Gipfel\w*|"
                     r"Sitzung|Runde|session|consultations|face-to-face|"
                     r"trafen sich|kamen\b[^.]{0,80}zusammen|telefoniert\w*|Telefonat|talks|meeting|"
                     r"negotiations|summit|met\b|phone call|verhandelt\w*|negotiated)", IC)
HAPPENED = re.compile(r"\b(?:trafen|fand\w* [^.]{0,120}statt|dauerte|endete|zu Ende gegangen|"
                      r"begannen|begann|begonnen|gestartet|starteten|eröffnet|aufgenommen|beendet|"
                      r"fortgesetzt|began|begun|started|opened|got under ?way|under ?way|kicked off|"
                      r"wrapped up|resumed|sat down|finished|ended\b|closed\b|convened|reconvened|"
                      r"abgeschlossen|zusammengekommen|(?:positiv|gut|konstruktiv|produktiv) verlaufen|"
                      r"gescheitert|abgehalten|kamen\b[^.]{0,80}zusammen|vermittelte\w*|getroffen|"
                      r"telefoniert|traf\b|met\b|held\b|ended\b|took place|concluded|broke up|lasted|"
                      r"failed|stattgefunden|verhandelt\w*|negotiated|trennten sich|berieten|abgebrochen|"
                      r"broke off|broken off|"
                      r"(?:nach|after|during|bei|während) (?:[\w-]+ ){0,4}?(?:Gesprächen|Gespräch|"
                      r"Verhandlungen|Treffen|talks|negotiations|meeting) (?:in|im|at)\b|"
                      # a call told as what came before something else ("nach einem Telefonat von X
                      # und Y", "followed a 1.5-hour phone call between X and Y")
                      r"(?:nach|after|following|followed) (?:\S+ ){0,3}?(?:Telefonat\w*|"
                      r"Telefongespräch\w*|Videoschalte|phone call|call|phone conversation|video call)"
                      r" (?:von|mit|zwischen|between|with)\b|"
                      # a summit named as the occasion of something ("understandings reached during a
                      # summit earlier this year between X and Y", "auf dem Gipfel in Alaska")
                      r"(?:during|at|bei|während|auf) (?:a|the|einem|dem) (?:[\w-]+ )?(?:summit|"
                      r"Gipfel(?:treffen)?)\b)", IC)
# a time reference to talks, not a report of them ("Before the talks began, X said", "vor Beginn
# der Verhandlungen sagte X"): its verb of beginning tells nothing happened in this sentence
AHEAD_OF_TALKS = re.compile(r"\b(?:before|ahead of|prior to)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:talks|"
                            r"negotiations|meeting|round)(?:\s+(?:began|begun|started|opened))?|"
                            r"\bvor (?:dem )?(?:Beginn|Start|Auftakt) (?:der|des)\s+(?:[\w-]+\s+)?"
                            r"(?:Gespräche|Verhandlungen|Treffens|Runde)", IC)


# delegations said to have agreed on something: they met ("delegations from the US, Ukraine and
# Russia agreed to exchange", "die Delegationen vereinbarten")
DELEGATIONS_AGREED = re.compile(r"\b(?:delegations|Delegationen|negotiators|Unterhändler)\b[^.;]{0,80}"
                                r"\b(?:agreed|vereinbart(?:en)?|einigten sich|verständigten sich)\b", IC)


def _happened(t: str) -> re.Match[str] | None:
    """A verb or phrase telling that talks took place, outside a mere time reference to them."""
    return HAPPENED.search(AHEAD_OF_TALKS.sub(lambda m: " " * len(m.group(0)), t))


_MOVED_TO = re.compile(r"\b(?:to|until|till|into|auf|bis(?: zum)?|but|sondern)\s+"
                       r"(?:on\s+|am\s+|den\s+|the\s+)?$", IC)
PLANNED = re.compile(r"\b(?:zusammenkommen|zusammentreffen|treffen will|"
                     r"(?:is|are) (?:expected|due|set|scheduled) to (?:travel|fly|visit)|"
                     r"(?:will|would) (?:travel|fly|visit)|"
                     # "a new round of talks is expected next week", "ein Treffen ist für ... geplant"
                     r"(?:round|talks|meeting|negotiations|Runde|Treffen|Gespräche)\b[^.;]{0,40}\b(?:is|are) "
                     r"(?:expected|planned|scheduled) (?:next|this|on|in|for|later)|"
                     r"(?:Runde|Treffen|Gespräche|Verhandlungen)\b[^.;]{0,20}\b(?:ist|sind)\b[^.;]{0,40}"
                     r"\b(?:geplant|angesetzt|vorgesehen)|"
                     r"(?:soll|sollen|will|wollen|wird|werden)\b[^.]{0,60}\breisen\b|"
                     r"(?:will|wollen|möchten|sollen)\b[^.]{0,60}\btreffen|"
                     r"sollen\b[^.]{0,60}\bstattfinden|soll\b[^.]{0,60}\bstattfinden|is due to meet|"
                     r"are due to meet|will meet|would meet|plan(?:s|ned)? to meet|"
                     r"(?:will|would|are to|are due to) (?:reconvene|meet again)|"
                     r"(?:is|are) to (?:continue|resume|take place|be held|begin|start)|"
                     r"(?:is|are) expected to (?:take place|be held|begin|start|resume)|"
                     r"will (?:take place|be held|begin|resume)|"
                     r"(?:is|are) expected to meet|sollen\b[^.]{0,60}\bbeginnen|soll\b[^.]{0,60}\bbeginnen|"
                     r"soll(?:en)?\b[^.]{0,60}\b(?:fortgesetzt werden|weitergehen)|"
                     r"(?:is|are) (?:due|set|scheduled) to (?:take place|be held|begin|start|resume|"
                     r"continue|reconvene))\b", IC)
RESUMED = re.compile(r"\b(?:resume|continue|reconvene|fortgesetzt werden|weitergehen)\b", IC)
FUTURE = re.compile(r"\b(?:geplant|planen|soll\w*|werden|will|wollen|nächste\w*|kommende\w*|"
                    r"planned|scheduled|to be held)\b", IC)
OUTCOME_NONE = re.compile(r"ohne\b[^.]{0,30}\b(?:Ergebnis\w*|Durchbruch|Einigung)|gescheitert|kein\w* "
                          r"(?:konkretes )?(?:Ergebnis|Durchbruch|Fortschritt)|ergebnislos|"
                          r"without\b[^.]{0,20}\b(?:result|breakthrough|agreement)|no progress|"
                          r"failed", IC)
OUTCOME_AGREE = re.compile(r"\b(?:geeinigt|einigten|Einigung erzielt|agreed|verständigt\w*)\b", IC)
VENUE = re.compile(r"\b(?:im|in der|in dem|at the|at)\s+((?:[A-ZÄÖÜ][\w-]*[- ])?(?:[A-ZÄÖÜ][\w-]*?)?"
                   r"(?:[Pp]alast|[Pp]alace|[Pp]alais|[Rr]esidenz|[Hh]otel|[Kk]anzleramt|[Ss]chloss|"
                   r"[Vv]illa))\b")
MEDIATION = re.compile(r"(?:von (?:der |den )?(?P<a>\S+(?: \S+)?) vermittelt|unter (?P<b>[\w-]+?)-?"
                       r"Vermittlung|Vermittlung (?:der |des |von )?(?P<c>\S+)|mediated by "
                       r"(?:the )?(?P<d>\S+))", IC)
HEADS = re.compile(r"angeführt|leitete|geleitet|Verhandlungsführer|Delegationsleiter|"
                   r"Delegationschef|led by|headed by|chief negotiator|\bled the\b|\bheaded the\b", IC)
_ORIGINALLY = re.compile(r"\beigentlich für\b|\boriginally (?:scheduled|planned|expected|set) for\b|"
                         # "die für Mittwoch geplante Runde ... verschoben", "planned for Thursday"
                         r"\bfür\b[^.;]{0,30}\b(?:geplant\w*|angesetzt\w*|vorgesehen\w*)\b|"
                         r"\b(?:planned|scheduled|set|slated|expected) for\b", IC)
POSTPONED = re.compile(r"\b(?:eigentlich für\b[^.]{0,40}\b(?:erwartet|geplant|angesetzt|vorgesehen)|"
                       r"originally (?:scheduled|planned|expected|set) for|verschoben|vertagt|verlegt|"
                       r"postponed|rescheduled|pushed back|"
                       r"delayed|(?:not|nicht)\b[^.;]{0,60}\b(?:as planned|as scheduled|wie geplant|"
                       r"wie vorgesehen)\b[^.;]{0,20}\b(?:but|sondern))\b", IC)
POLL = re.compile(r"\b(?:Umfrage|Befragten|Meinungsforsch\w*|survey|poll(?:ed|ster)?)\b", IC)
PLEDGE = re.compile(r"\b(?:zugesagt|sagte\w* [^.]{0,60}\bzu\b|in Aussicht|versprach|"
                    r"versprochen|mittragen|entsenden|bereitzustellen|bereitstellen|pledg\w*|"
                    r"promised|committed|"
                    # "agreed to ... resume security assistance"
                    r"agree(?:d|s)? to\b[^.]{0,80}\b(?:resume|provide|send|supply|deliver)\b)", IC)
CLAIM = re.compile(r"\b(?:eingenommen|erobert|durchgebrochen|eingekesselt|besetzt|befreit|"
                   r"kontrollieren|eingenommen|captured|seized|took control|liberated|"
                   r"zurückerobert|Rückeroberung|Einnahme|Eroberung|recaptured|retook|retaken|"
                   r"(?:taken|gained|seized|established) (?:full )?control|Kontrolle\b[^.]{0,40}übernommen|"
                   r"advanced|encircled|occupied|unter (?:russische|ukrainische)r? Kontrolle|"
                   # the noun told as what a side claims ("claimed the capture of X")
                   r"(?:capture|seizure|takeover) of|"
                   r"under (?:Russian|Ukrainian) control|"
                   # "its forces had taken Vovche", "had taken the village of X"
                   r"(?:had|has|have|hätten|haben|hat) (?:now |also )?taken(?= (?:the (?:village|town|"
                   r"city|settlement)s? of )?[A-ZÄÖÜ]))\b")
# a capture told as what a side says ("Russland hat nach eigenen Angaben ... eingenommen",
# "Russia said it had captured"): a claim also without a word for troops
ATTRIBUTED_CLAIM = re.compile(r"\b(?:nach eigenen Angaben|eigenen Angaben zufolge|according to|"
                              r"(?:said|says|claimed|claims|announced|reported) (?:on \w+ )?(?:that )?"
                              r"(?:its|it|their|they)\b|teilte\w* [^.]{0,40}mit|meldete|erklärte|"
                              # the verb of claiming itself ("claimed the capture of", "behauptet")
                              r"claimed|behauptet\w*)", IC)
# German compounds count ("eine tschetschenische Spezialeinheit", "Sabotagetrupps")
MILITARY = re.compile(r"\b(?:\w*(?:truppen|trupps|einheit|einheiten)|Armee\w*|Streitkräfte\w*|Militärs?|"
                      r"Soldaten|troops|forces|units|army|military|Generalstab\w*|general staff|"
                      r"Verteidigungsministerium|defen[cs]e ministry)\b", IC)
REBUTTAL = re.compile(r"\b(?:von einer Lüge|Lüge|dementiert\w*|bestritten|bestritt\w*|widersprach\w*|"
                      r"(?:wies|weist|weisen)\w*\b[^.]{0,60}\bzurück|zurückgewiesen|bestreitet|denied|denies|"
                      r"rejected|rejects|dismissed|dismisses|"
                      r"a lie|false)\b", IC)
CONFIRMED = re.compile(r"\bbestätigt\w*\b[^.]{0,80}\b(?:eingehalten|keine \w*\s?(?:Angriffe|Verstöße))|"
                       r"räumt\w* ein|confirmed\b", IC)
AGREEMENT = re.compile(r"\b(?:Vereinbarung über|einigten sich auf|vereinbart\w*|verständigten sich|"
                       r"näher\w* sich\b[^.]{0,80}\ban\b|angenähert|Annäherung|agree(?:d|ing) (?:on|to)|"
                       r"agreement on|deal on|reached (?:an |a )?(?:agreement|deal|understanding)|"
                       r"(?:agreement|deal|understanding) (?:was |had been |has been )?reached|"
                       r"(?:eine |die )?Einigung (?:erzielt|erreicht)|einigten sich|verständigt|geeinigt|"
                       # "die Vereinbarung war im Juli 2022 zustande gekommen"
                       r"(?:Vereinbarung|Abkommen|Einigung|Abmachung)\b[^.]{0,140}\bzustande gekommen)", IC)
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
# an exchange of prisoners or bodies carried out (not planned): the exchange word, a verb of
# completion in the past, and the people exchanged
EXCHANGED = re.compile(r"\b(?:ausgetauscht|freigelassen|freigekommen|in Freiheit gekommen|"
                       r"(?:ge)?tauscht(?:en)?|entließ\w*|entlassen|kehr\w*\b[^.]{0,60}\bzurück\b|"
                       r"(?:gab|gaben)\b[^.]{0,40}\bab\b|übergab(?:en|t|e)?\b|kamen\b[^.]{0,40}\bfrei\b|"
                       r"freed|handed over|swapped|came home|returned to (?:Ukraine|Russia)|"
                       r"kamen\b[^.]{0,60}\bin Freiheit|heimgekehrt|zurückgekehrt|"
                       r"(?:Gefangene\w*|Soldaten|Leichen|Leichname|Zivilisten)\b[^.,]{0,40}\b(?:übergeben|überstellt)|"
                       r"(?:Gefangenen)?[Aa]ustausch\w*\b[^.]{0,80}\b(?:abgeschlossen|vollzogen|stattgefunden|"
                       r"begonnen|durchgeführt)|(?:abgeschlossen|vollzogen|durchgeführt)\b[^.]{0,40}"
                       r"(?:Gefangenen)?[Aa]ustausch|exchanged|swapped|released|repatriated|returned home|"
                       r"(?:carried out|completed|conducted|held) (?:a |an |the |another |their )?"
                       r"(?:[\w-]+ ){0,3}(?:exchange|swap)|"
                       r"(?:exchange|swap) (?:took place|was completed))\b", IC)
EXCHANGE_OF = re.compile(r"Gefangen|Kriegsgefangen|Soldaten|Zivilist|Leiche|Leichnam|Menschen|Personen|"
                         r"[Vv]erletzte|wounded|prisoner|\bPOWs?\b|soldiers|servicem[ae]n|civilians|bodies|"
                         r"captives|people", IC)
NOT_DONE = re.compile(r"\b(?:soll\w*|sollen|will|wollen|werden|wird|planen|geplant|bereit|"
                      r"would|will|shall|plan(?:s|ned)?|preparing|expected|to exchange|to release|"
                      r"could|könnte\w*|if|wenn|"
                      # a habit, not one exchange: "have repeatedly exchanged prisoners"
                      r"immer wieder|in der Vergangenheit|wiederholt|repeatedly|in the past)\b", IC)
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


NAMED_PLACE = re.compile(r"\b(?:Dorf|Dorfes|(?:Grenz|Nachbar|Front)dorf(?:es)?|Dörfer|Ort|Ortes|Ortschaft\w*|"
                         r"Stadt|Kleinstadt|Siedlung\w*|"
                         r"villages?|towns?|city|settlements?)\s+(?:of\s+)?(?P<names>[A-ZÄÖÜ][\w'’-]+"
                         r"(?:(?:\s+(?:and|und)\s+|,\s*)[A-ZÄÖÜ][\w'’-]+)*)")
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
    for m in NAMED_PLACE.finditer(s.text):
        for name in re.split(r"\s+(?:and|und)\s+|,\s*", m.group("names")):
            if not re.fullmatch(r"[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?", name):
                continue
            pid = known.get(name) or known.get(name.split()[0]) or _place_id(name)
            if pid not in out:
                out.append(pid)
    return out


NEAR = re.compile(r"\b(?:nahe|near|bei|outside|close to|unweit|südlich|nördlich|östlich|westlich|"
                  r"south|north|east|west|südwestlich|nordöstlich|south-west|north-east)\s+(?:of\s+|von\s+)?$",
                  IC)
TAKEN = re.compile(r"\b(?:captured|seized|taken|took|liberated|retook|recaptured|taken control of)\s+"
                   r"(?P<names>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?(?:(?:\s+and\s+|,\s*)[A-ZÄÖÜ]"
                   r"[\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?)*)")


def _locates(s: Sentence, place: str) -> bool:
    """Whether `place`, in a sentence that names the places claimed by their kind or after the
    verb, is only named to locate them ("Wesele nahe Pokrowsk", "X and Y in Zaporizhzhia")."""
    return any(m.kind == "place" and m.entity == place
               and (NEAR.search(s.text[max(0, m.start - s.start - 20):m.start - s.start])
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
            hit = known.get(name) or known.get(name.split()[0])
            if hit is not None and hit.kind != "place":
                continue
            pid = hit.entity if hit is not None else _place_id(name)
            if pid and pid not in out:
                out.append(pid)
    return out


def _is_region_of(place: str, t: str) -> bool:
    return bool(re.search(r"(?:Region|Gebiet|Oblast|region|oblast)\s+" + re.escape(place[:4]), t, IC)
                or re.search(re.escape(place[:4]) + r"\w*\s+(?:region|oblast|Gebiet)", t, IC))


def _place_id(name: str) -> str:
    import unicodedata

    flat = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", flat).strip("_")


def _places(s: Sentence) -> list[str]:
    """Places an event happens at: named places, skipping a region named only as the setting of
    another place ("Liman in der Region Donezk", "(im Gebiet Charkiw)")."""
    out: list[str] = []
    for m in s.mentions:
        if m.kind != "place":
            continue
        if m.actor is not None and not re.search(
                r"(?:\b(?:in|im|nach|at|to|near|bei)\s+(?:the\s+)?)$",
                s.text[max(0, m.start - s.start - 10):m.start - s.start], IC):
            continue  # a capital standing for its government ("Moskau und Kiew vereinbarten")
        before = s.text[max(0, m.start - s.start - 14):m.start - s.start]
        after = s.text[m.end - s.start:m.end - s.start + 30]
        wide = s.text[max(0, m.start - s.start - 50):m.start - s.start]
        if _SEAT_OF.search(s.text[max(0, m.start - s.start - 30):m.start - s.start]):
            continue  # the seat of who speaks ("das Verteidigungsministerium in Moskau teilte mit")
        if not LOCATIVE.search(wide) and SUBJECT_VERB.match(after) and m.entity in SEATS:
            continue  # a capital standing for its government: "Paris sei bereit", "London said"
        if m.surface.endswith(("er", "ern")) and not LOCATIVE.search(wide) and not MEETING.match(
                after.lstrip()) and not re.match(r"\s*\S*(?:Palast|Palace|Gespräch|Verhandl|Runde|Treffen)",
                                                 after):
            continue  # a place adjective only places an event at it: "im Genfer ...", "Istanbuler Gespräche"
        if re.search(r"(?:Region|Gebiet|Oblast|region|oblast)\s+$", before) and any(
                x.kind == "place" and x.start < m.start for x in s.mentions):
            continue
        if m.entity not in out:
            out.append(m.entity)
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


def _date(s: Sentence, kind: str | None = None) -> tuple[str | None, str | None, str | None]:
    for d in s.dates:
        if kind == "claim" and _SINCE.search(s.text[max(0, d.start - s.start - 24):d.start - s.start]):
            continue  # "seit Anfang März unter Kontrolle": when a state began, not when it is claimed
        if kind == "partial_agreement" and _SINCE_START.search(
                s.text[max(0, d.start - s.start - 90):d.start - s.start]):
            continue  # "the largest swap since the start of the war in February 2022"
        if d.granularity in ("day", "range", "month", "week"):
            return d.first, d.last, d.basis
    return None, None, None


_SINCE = re.compile(r"\b(?:seit|since)\s+(?:dem\s+|der\s+|den\s+)?"
                    r"(?:(?:Anfang|Mitte|Ende|early|mid|late)\s+)?$", IC)
# "since the start of the full-scale war in", "seit Beginn des Krieges im": the start of a period
_SINCE_START = re.compile(r"\b(?:since|seit)\s+(?:the\s+)?(?:start|beginning|outbreak|Beginn|Anfang|"
                          r"Ausbruch)\b[^.;]{0,60}$", IC)


_FORCES_AFTER = re.compile(r"\s+(?:Truppen|Armee\w*|Streitkräfte\w*|Militärs?|Einheiten|"
                           r"Verteidigungsministerium|Generalstab|troops|forces|army|military|"
                           r"defence ministry|defense ministry)\b", IC)
# "das Verteidigungsministerium in Moskau", "the General Staff in Kyiv"
_SEAT_OF = re.compile(r"(?:ministerium|ministry|generalstab|general staff|kommando|command|regierung|"
                      r"government|behörden|authorities)\s+(?:in|of|aus)\s+$", IC)


_REPORTED_ON = re.compile(r"\b(?:berichtet\w*|gemeldet|bekanntgegeben|mitgeteilt|reported|announced)"
                          r"\s*,?\s+(?:dass|that)\b", IC)


def _reported_day_only(s: Sentence) -> bool:
    """Whether the sentence's only date is the day a report was made ("hatten am Dienstag
    berichtet, dass ...") and the event is told in the clause after it."""
    m = _REPORTED_ON.search(s.text)
    if m is None or len(s.dates) != 1:
        return False
    d = s.dates[0]
    return d.end - s.start <= m.start() and m.start() - (d.end - s.start) <= 30


# "Kyiv said Tuesday that the delegations reached ... following talks held in Geneva": the day of
# the saying, not of the talks
_SAID_ON = re.compile(r"\b(?:said|says|told \w+|sagte|erklärte)\s+(?:on\s+|am\s+)?(?P<day>[\w ]{3,25}?)"
                      r"\s*,?\s+(?:that|dass)\b", IC)


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


def _event(kind: str, s: Sentence, **kw: object) -> NewsEvent:
    from accord.news.stances import BOTH_SIDES, _subjects

    ds, de, basis = _date(s, kind)
    if kind in ("round", "partial_agreement") and ds is not None and _reported_day_only(s):
        # "Medien hatten am Dienstag berichtet, dass ... sich getroffen hätten": the day of the
        # report, not of the meeting, which stays unknown
        ds = de = basis = None
    if kind == "round" and ds is not None and _announced_day_only(s):
        # "Washington hatte am Montag mitgeteilt, beide Seiten hätten in den Gesprächen ...":
        # the day of the announcement, the talks' day stays unknown
        ds = de = basis = None
    if kind == "round" and ds is not None and _said_day_only(s):
        ds = de = basis = None  # the day of the statement; the talks' day is told elsewhere
    if kind == "round" and ds is not None:
        # "the first meeting since the start of the invasion in February 2022": the start of a
        # period, not the day of the meeting; the first date no "seit"/"since" introduces
        own = [d for d in s.dates if d.granularity in ("day", "range", "month", "week")
               and not _SINCE.search(s.text[max(0, d.start - s.start - 70):d.start - s.start])]
        ds, de, basis = (own[0].first, own[0].last, own[0].basis) if own else (None, None, None)
    plover, cameo = _code(kind, s.text)
    participants: list[str] = []
    for m in s.mentions:
        if m.kind == "person" and m.actor and m.entity not in participants:
            participants.append(m.entity)
    # parties: the actors acting in the sentence (not "the war against Ukraine"); for a round,
    # also every person taking part
    persons = {m.actor for m in s.mentions if m.kind == "person" and m.actor in ACTORS}
    subjects = set(_subjects(s))
    if kind == "round":
        # everyone named, except what the talks are about ("the war against Ukraine")
        acting = {m.actor for m in s.mentions if m.actor in ACTORS and not re.search(
            r"\b(?:gegen|against|über|about|Angriffskrieg\w*)\s+(?:die\s+|the\s+|den\s+)?$",
            s.text[max(0, m.start - s.start - 25):m.start - s.start], IC)
            # a host country named as where the talks are ("ended Tuesday in Turkey") is no party
            and not (m.kind == "actor" and re.search(r"\b(?:in|im|in der)\s+(?:the\s+)?$",
                                                     s.text[max(0, m.start - s.start - 12):
                                                            m.start - s.start]))}
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


def find_events(sents: list[Sentence], published: str | None, lang: str) -> list[NewsEvent]:
    from accord.news.kinds import sentence_families

    events: list[NewsEvent] = []
    last_round: tuple[int, NewsEvent] | None = None
    last_claim: NewsEvent | None = None
    for i, s in enumerate(sents):
        t = s.text
        focus(t)  # the cue prefilter: pieces of this sentence come next
        made: list[NewsEvent] = []
        places = _places(s)
        if POSTPONED.search(t) and (MEETING.search(t) or re.search(r"\bround\b", t, IC)):
            e = _event("postponement", s, outcome="postponed", place=places[0] if places else None)
            if not e.parties and last_round is not None:
                e.parties, e.mediators = list(last_round[1].parties), list(last_round[1].mediators)
            if _ORIGINALLY.search(t) and len(s.dates) == 1:
                # "war eigentlich für Donnerstag erwartet worden": that day was the old date
                e.moved_from = s.dates[0].first
                e.date_start = e.date_end = e.date_basis = None
            moved = re.search(r"\bauf (?:den )?|\bto\b|\bbut\b|\bsondern\b",
                              t[max(0, POSTPONED.search(t).start() - 60):])  # type: ignore[union-attr]
            if len(s.dates) >= 2 and moved:
                # the new date is the one after "to"/"auf"/"until"; the old one is the first other
                # date ("planned for June 2, pushed back to June 5, the ministry said on Friday")
                new = next((d for d in s.dates if _MOVED_TO.search(
                    t[max(0, d.start - s.start - 14):d.start - s.start])), s.dates[-1])
                e.moved_from = next(d for d in s.dates if d is not new).first
                e.date_start, e.date_end, e.date_basis = new.first, new.last, new.basis
                if e.date_start < e.moved_from and "resolved against publication" in (e.date_basis or ""):
                    # "von Montag auf Donnerstag verschoben": the Thursday after that Monday
                    import datetime as dt

                    later = dt.date.fromisoformat(e.date_start) + dt.timedelta(days=7)
                    e.date_start = e.date_end = later.isoformat()
                    e.date_basis += " (after the original date: a postponement)"
            made.append(e)
        elif (POLL.search(t) and any(f.unit == "percent" for f in s.figures)) or (
                events and events[-1].kind == "poll" and re.match(r"\s*\d[\d,.]*\s*(?:Prozent|%|per)", t)
                and any(f.unit == "percent" for f in s.figures)):
            q, u, _ = _quantity(s, ("percent",))
            made.append(_event("poll", s, parties=[], participants=[], quantity=q, unit=u,
                               topic="alliance.nato" if re.search(r"Nato|NATO", t) else None))
        elif (((BROKEN.search(t) or COMPLAINED.search(t))
               and (AGREEMENT.search(t) or _topic(t) is not None or DEAL.search(t)))
              or (KEPT.search(t) and (AGREEMENT.search(t) or DEAL.search(t)))) and not _if_or_will(t):
            # "Kiew wirft Moskau vor, die vereinbarte Energiepause gebrochen zu haben": a claim that
            # a deal was broken (or kept), never the deal itself; also without a word of breaking
            # ("Alle Vereinbarungen wurden eingehalten", "Russland hält die Waffenruhe nicht ein"),
            # but not a condition or a promise ("sollte die Ukraine verstoßen", "will respect")
            e = _event("claim", s, claim="compliance" if _kept(t) else "violation",
                       topic=_topic(t), place=next((p for p in places if p not in _CAPITALS), None))
            accused = _accused(s)
            e.parties = [p for p in e.parties if p not in accused] or e.parties
            e.against = accused or [_OTHER_SIDE[p] for p in e.parties if p in _OTHER_SIDE]
            e.cue = "rule: a deal reported broken or kept"
            made.append(e)
            last_claim = e
        elif (ACCUSATION.search(t) or DENIAL.search(t)) and s.actors() and not OPINION_CLAIM.search(t):
            # an accusation without a deal ("Moskau macht Kiew für ... verantwortlich") or the
            # denial of one: a claim of its speaker against the side it names; a mutual one
            # ("werfen sich gegenseitig vor") is one claim per side
            made.extend(_accusations(s, places))
            last_claim = made[-1]
        elif AGREEMENT.search(t) and (item := _agreed_item(t)) is not None and not (
                BROKEN.search(t) and _IF_OR_WILL.search(t)):  # (a threat over a breach agrees nothing)
            # an agreed item: an exchange of prisoners or bodies, an energy pause, a grain deal
            topic = item if item != "grain" else None
            q, u, ps = _quantity(s, ("prisoners", "bodies", "soldiers", "civilians", "people"))
            prev = last_round[1] if last_round and i - last_round[0] <= 15 else None
            made.append(_event("partial_agreement", s, outcome="agreement", topic=topic, quantity=q,
                               unit=u, per_side=ps,
                               place=places[0] if places else (prev.place if prev else None)))
            if not made[-1].parties and prev is not None:
                made[-1].parties = list(prev.parties)
            made[-1].cue = f"rule: {item.replace('humanitarian.', '').replace('ceasefire.', '')} agreed"
            if topic == "humanitarian.prisoners":
                # an exchange of prisoners is agreed between the two warring sides, also when the
                # sentence names one of them ("Zelensky said the two sides agreed to exchange")
                made[-1].parties = sorted(set(made[-1].parties) | {"RUS", "UKR"})
            if MEMORANDA.search(t):
                # "exchanged their drafts and agreed on new swaps": the papers are a step of their own
                e = _event("statement_of_intent", s, place=made[-1].place)
                e.cue = "rule: memoranda handed over"
                made.append(e)
            if (MEETING.search(t) and HAPPENED.search(t) and (places or s.dates)) or (
                    DELEGATIONS_AGREED.search(t) and s.dates and prev is None):
                # "met in Istanbul, agreeing to exchange prisoners", "Today, delegations from X, Y
                # and Z agreed to exchange ...": the round and its result
                r = _event("round", s, place=places[0] if places else None)
                _round_details(r, s)
                r.outcome = "partial"
                made.insert(0, r)
                last_round = (i, r)
            elif prev is not None and prev.outcome in (None, "none"):
                prev.outcome = "partial"
        elif EXCHANGED.search(t) and EXCHANGE_OF.search(t) and not NOT_DONE.search(t) \
                and not OFFERED.search(t) and not _running_total(t):
            # (a handover offered is not carried out; "have so far handed over 7,000" is a total)
            # an exchange carried out is an agreed item on prisoners, reported as done; each side
            # releasing people is a party to it (both sides when the text says "jeweils"/"each")
            q, u, ps = _quantity(s, ("prisoners", "bodies", "soldiers", "civilians", "people"))
            e = _event("partial_agreement", s, outcome="agreement", topic="humanitarian.prisoners",
                       quantity=q, unit=u, per_side=ps, place=places[0] if places else None)
            warring = [a for a in e.parties if a in ("RUS", "UKR")]
            if len(warring) < 2 and (re.search(r"\bjeweils\b|\beach\b|\bboth\b|\bbeide", t, IC)
                                     or {"RUS", "UKR"} <= set(s.actors())):
                e.parties = sorted(set(e.parties) | {"RUS", "UKR"})
            e.cue = "rule: exchange carried out"
            made.append(e)
        elif FUTURE_SWAP.search(t) and EXCHANGE_OF.search(t) and not HABIT_OR_HYPOTHESIS.search(t) \
                and not OFFERED.search(t) and (_per_side(s) or (
                    events and events[-1].kind == "partial_agreement"
                    and events[-1].start >= sents[max(0, i - 2)].start)):
            # the agreed exchange told as what is to come, with its number for each side ("jede
            # Seite soll 400 Gefangene freilassen", "will swap them on a 400 for 400 basis") or
            # right after the agreement ("auch Verwundete sollen freikommen")
            q, u, ps = _quantity(s, ("prisoners", "bodies", "soldiers", "civilians", "people"))
            e = _event("partial_agreement", s, outcome="agreement", topic="humanitarian.prisoners",
                       quantity=q, unit=u,
                       per_side=ps if ps is not None else (True if _per_side(s) else None),
                       place=places[0] if places else None)
            e.parties = sorted(set(e.parties) | {"RUS", "UKR"})
            e.cue = "rule: an agreed exchange still to come"
            made.append(e)
        elif (step := _unilateral_step(t)) is not None and (s.actors() or BOTH_SIDES.search(t)):
            # a truce declared or ordered by one side, a deal left or not extended, memoranda
            # handed over: an announced next step (never a claim)
            e = _event("statement_of_intent", s, place=places[0] if places else None,
                       topic=_topic(t))
            e.cue = f"rule: {step}"
            made.append(e)
        elif INTENT.search(t):
            made.append(_event("statement_of_intent", s, place=places[0] if places else None))
        elif (step := _next_step(t)) is not None and (s.actors() or BOTH_SIDES.search(t)) and not (
                PLANNED.search(t) and places):
            # an order given, a step agreed, an offer or proposal made, a plan or draft handed
            # over, a concrete act said to come ("Russia will hand over ...", "werde ... prüfen")
            e = _event("statement_of_intent", s, place=places[0] if places else None)
            e.cue = f"rule: {step}"
            if step == "a meeting announced as planned" and _BEFORE.search(t):
                # announced earlier ("hatte zuvor mitgeteilt, ein Treffen sei am Dienstag
                # geplant"): the day named is the meeting's, the announcement has no day
                e.date_start = e.date_end = e.date_basis = None
            made.append(e)
        elif PLEDGE.search(t) and s.actors() and not re.search(
                # (not negated, not a possibility: "könnten das Entsenden von Truppen ...")
                r"\b(?:nicht|kein\w*|not|no|könnte\w*|würde\w*|could|would|might|may)\b",
                t[:PLEDGE.search(t).start()], IC):  # type: ignore[union-attr]
            topics: list[str | None] = [tp for tp, rx in TOPICS if rx.search(t)] or [None]
            if not RESOURCES.search(t):
                # a promise to phone, meet or inform commits no resources: an announced step
                e = _event("statement_of_intent", s, place=places[0] if places else None)
                e.cue = "rule: a promise with no resources committed"
                made.append(e)
                topics = []
            for tp in topics:
                q, u, _ = _quantity(s)
                if u is None and re.search(r"Dollar|Euro|USD|EUR", t):
                    u = "USD" if "Dollar" in t or "USD" in t else "EUR"
                made.append(_event("pledge", s, topic=tp, quantity=q, unit=u,
                                   place=places[0] if places else None))
        elif (MILITARY.search(t) or CONTROL.search(t) or (
                ATTRIBUTED_CLAIM.search(t) and {"RUS", "UKR"} & set(s.actors())) or (
                REBUTTAL.search(t) and _reported_claim(s) is not None)) and CLAIM.search(t) and (
                places or NAMED_PLACE.search(t) or _taken_names(s)
                or any(f.unit in ("km2", "km") for f in s.figures)
                or _settlement_ref(s, sents, i, places) is not None):
            # a capital named as the source ("nach Angaben aus Moskau") is not what was taken
            own = [p for p in places if p not in _CAPITALS] or places
            named = _named_places(s)
            named = named or _taken_names(s)
            if not named and (ref := _settlement_ref(s, sents, i, own)) is not None:
                # "ein weiteres Dorf in Kursk ... Es handle sich um den Ort X", "Die Stadt ist
                # unter Kontrolle" (the town named just before): the settlement the text means;
                # the place of the claim just before is that claim told again (no place of its own)
                named = [ref] if last_claim is None or last_claim.place != ref else []
                own = own if named else []
            if named:
                # "the villages of X and Y (in the Donetsk region)": the places named by their kind,
                # more specific than the region around them and the town they lie near
                own = named + [p for p in own if p not in named and not _is_region_of(p, t)
                               and not _locates(s, p)]
            targets: list[str | None] = list(own) if own else [None]
            denied = REBUTTAL.search(t[:CLAIM.search(t).start()])  # type: ignore[union-attr]
            for p in targets:
                q, u, _ = _quantity(s, ("km2",)) if p is None else (None, None, None)
                made.append(_event("claim", s, place=p, quantity=q, unit=u, claim="capture",
                                   topic="territory.donbas" if re.search(r"Donezk|Luhansk|Donbas", t)
                                   and p is not None else None))
                made[-1].against = [_OTHER_SIDE[a] for a in made[-1].parties if a in _OTHER_SIDE]
                if denied is not None:
                    # "Kyiv denied that Russian troops had captured X": the denial of that claim
                    e = made[-1]
                    deniers = [a for a in s.actors() if a in ACTORS and a not in e.parties]
                    e.claim, e.against = "denial", list(e.parties)
                    e.parties = deniers[:1] or [_OTHER_SIDE[a] for a in e.parties if a in _OTHER_SIDE]
                    e.cue = "rule: denial of a capture claim"
            rebuttal = REBUTTAL.search(t, CLAIM.search(t).end())  # type: ignore[union-attr]
            if denied is None and rebuttal is not None:
                # "X says it has taken Y, a claim Kyiv rejects": the rebuttal is its own claim
                deniers = list(dict.fromkeys(m.actor for m in s.mentions if m.actor in ACTORS
                                             and m.start - s.start >= rebuttal.start() - 40))
                claimants = [a for a in made[-1].parties if a not in deniers]
                if deniers and claimants:
                    for c in made:
                        c.parties = [a for a in c.parties if a not in deniers] or c.parties
                        c.against = [_OTHER_SIDE[a] for a in c.parties if a in _OTHER_SIDE]
                    d = _event("claim", s, place=made[-1].place, topic=made[-1].topic, claim="denial")
                    d.parties, d.against = deniers[:1], sorted(claimants)
                    d.cue = "rule: rebuttal of the claim in the same sentence"
                    made.append(d)
                elif (told := _reported_claim(s)) is not None:
                    # "Kiew wies Moskaus Angaben über die Eroberung des Ortes zurück": the capture
                    # only told as the other side's statement, the sentence is the denial of it
                    for c in made:
                        c.claim, c.against = "denial", [told]
                        c.parties = [a for a in s.actors() if a in ACTORS and a != told][:1] or [
                            _OTHER_SIDE[told]]
                        c.cue = "rule: denial of a capture told as the other side's statement"
            last_claim = made[-1]
        elif REBUTTAL.search(t) and last_claim is not None and events and events[-1] is last_claim \
                and last_claim.end >= sents[max(0, i - 1)].start:
            # (a rebuttal answers the claim of the sentence right before it)
            other = {"RUS": "UKR", "UKR": "RUS"}
            e = _event("claim", s, place=last_claim.place, topic=last_claim.topic)
            if not e.date_start:
                e.date_start, e.date_end, e.date_basis = last_claim.date_start, last_claim.date_end, \
                    "date of the claim it answers"
            e.parties = e.parties or [other[p] for p in last_claim.parties if p in other]
            e.claim, e.against = "denial", list(last_claim.parties)
            made.append(e)
        elif ATTACKS.search(t) and ENERGY_SITE.search(t) and SAID_BY.search(t) and (
                {"RUS", "UKR"} & set(s.actors()) or (
                    _TOLD_ON.search(t) and last_claim is not None and last_claim.kind == "claim"
                    and last_claim.end >= sents[max(0, i - 2)].start)) and not _IF_OR_WILL.search(t):
            # "Kiew greife weiter Kraftwerke an, meldete das Ministerium in Moskau": attacks on
            # energy sites told by one side are its accusation against the other
            site = next((p for p in places if p not in _CAPITALS and not _is_region_of(p, t)), None)
            e = _event("claim", s, claim="accusation", topic="ceasefire.energy", place=site)
            e.against = [a for a in s.actors() if a in _OTHER_SIDE and a not in e.parties][:1] or [
                _OTHER_SIDE[a] for a in e.parties if a in _OTHER_SIDE]
            if not s.actors() and last_claim is not None:
                # "Einer der Angriffe traf demnach ...": the side that spoke just before
                e.parties, e.against = list(last_claim.parties), list(last_claim.against)
            e.cue = "rule: attacks on energy sites told by one side"
            made.append(e)
            last_claim = e
        elif (CONFIRMED.search(t) and (topic := _topic(t)) == "ceasefire.energy") or (
                CONFIRMED.search(t) and events and events[-1].topic == "ceasefire.energy"
                and events[-1].start >= sents[max(0, i - 4)].start):
            made.append(_event("claim", s, topic="ceasefire.energy", claim="compliance"))
        elif PLANNED.search(t) and (places or (
                # "the talks are set to resume on December 15": the talks just reported, again
                RESUMED.search(t) and s.dates and last_round is not None and i - last_round[0] <= 2)) \
                and (s.actors() or MEETING.search(t) or re.search(
                    r"\bmeet|\btreffen|\bround\b|\breconvene|\bdelegation|\bdiscussions\b", t, IC)):
            e = _event("round", s, place=places[0] if places else None, outcome="planned")
            _round_details(e, s)
            e.outcome = "planned"
            if (published and len(published) == 10 and e.date_start and len(e.date_start) == 10
                    and e.date_start < published
                    and e.date_basis and "resolved against publication" in e.date_basis):
                # a weekday named for a planned meeting is the next one, not the last one
                import datetime as dt

                shifted = (dt.date.fromisoformat(e.date_start) + dt.timedelta(days=7)).isoformat()
                e.date_start = e.date_end = shifted
                e.date_basis += " (the coming one: a planned meeting)"
            made.append(e)
        elif ((MEETING.search(t) and (_happened(t) or SIDE_TALK.search(t)) and (
                places or s.dates or len(s.actors()) >= 2 or re.search(r"telefon|phone", t, IC)
                or (SIDE_MEETING.search(t) and last_round is not None and i - last_round[0] <= 3)))
              or (SPOKE_WITH.search(t) and len(_spoke_sides(s)) >= 2)
              or (_received_person(s) and len(_spoke_sides(s)) >= 2)) and not POSTPONED.search(t):
            # "Trump sprach mit Putin", "spoke by phone with": a conversation between two sides
            e = _event("round", s, place=places[0] if places else None)
            _round_details(e, s)
            if _PHONE.search(t):
                e.place = None  # a call has no place ("spoke by phone about the talks in Geneva")
            side = SIDE_MEETING.search(t) is not None  # another meeting: never told again
            earlier = next((x for x in events if x.kind == "round" and x.place is not None
                            and x.place == e.place), None)
            if earlier is not None and not side and (not s.dates or earlier.date_start == e.date_start) \
                    and not (_PHONE.search(t) and _other_people(earlier, e)):
                # the round at that place told again (on the same day): one event over its sentences
                _merge(earlier, e)
                earlier.end = max(earlier.end, s.end)
                continue
            gap = _gap(sents, last_round[0], i) if last_round is not None else 99
            if last_round is not None and not side and (e.place is None or last_round[1].place in (
                    None, e.place)) and not (_PHONE.search(t) and _other_people(last_round[1], e)) and (
                    (gap <= 2 and (not s.dates or last_round[1].date_start in (None, e.date_start)))
                    # a little further on, the same sides on the same day: the same round again
                    or (gap <= 4 and e.date_start is not None and last_round[1].date_start == e.date_start
                        and last_round[1].parties == e.parties)):
                # the next sentence on the same talks: its date fills the round's when it had none
                _merge(last_round[1], e)
                last_round[1].end = max(last_round[1].end, s.end)
                last_round = (i, last_round[1])
                continue
            made.append(e)
            last_round = (i, e)
        elif last_round is not None and i - last_round[0] == 1 and (
                MEETING.search(t) or "meeting" in sentence_families(t, lang)):
            # the sentence after a round often adds its place, venue or duration
            e = _event("round", s, place=places[0] if places else None)
            _round_details(e, s)
            if not (_PHONE.search(t) and _other_people(last_round[1], e)):
                _merge(last_round[1], e)
                last_round[1].end = max(last_round[1].end, s.end)  # the event spans both sentences
                continue
        if not made and last_round is not None and i - last_round[0] <= 3 and HEADS.search(t) and \
                re.search(r"[Dd]elegation", t):
            # "Ukraine's delegation, headed by ...": heads named after the round's sentence
            _round_details(probe := _event("round", s), s)
            for a, p in probe.heads.items():
                last_round[1].heads.setdefault(a, p)
        if not made and events and events[-1].start >= sents[max(0, i - 1)].start and re.match(
                r"(?:Das|Dies|This|That)\s+(?:teilte|sagte|erklärte|bestätigte|gab|kündigte|"
                r"announced|said|confirmed)", t):
            for e in events:
                if e.start == events[-1].start:
                    follow = _event(e.kind, s, place=places[0] if places else None)
                    _merge(e, follow)
        if not made:
            made, merged = _learned(s, i, sents, published, lang, places, last_round)
            if merged is not None:
                last_round = (i, merged)
                continue
            for e in made:
                if e.kind in ("round", "summit"):
                    last_round = (i, e)
                elif e.kind == "claim":
                    last_claim = e
        else:
            for e in made:
                e.cue = e.cue or f"rule: {e.kind}"
        events.extend(made)
    for e in events:
        if e.kind == "round":
            text = "".join(x.text for x in sents if x.start <= e.start < x.end)
            if e.outcome != "planned" and SUMMIT_WORD.search(text) and not CALL.search(text):
                # a meeting the text calls a summit ("Gipfeltreffen", "summit"), not a call
                e.kind, e.cue = "summit", f"{e.cue}; summit word"
            elif not CALL.search(text) and (heads := _heads_of_state(e, sents, published)):
                # an in-person meeting of heads of state or government is a summit
                e.kind, e.cue = "summit", f"{e.cue}; heads of state or government: {', '.join(heads)}"
            elif not CALL.search(text) and (heads := _chaired_by_heads(e, sents, published)):
                # "... beraten am Donnerstag in Paris. Unter dem Vorsitz von Präsident Macron und
                # Premier Starmer ...": a meeting chaired by heads of government is a summit
                e.kind, e.cue = "summit", f"{e.cue}; chaired by heads of government: {', '.join(heads)}"
    # a meeting only said to be possible ("perhaps we can host X and Y for talks next week",
    # "vielleicht könnte man sich treffen") is neither held nor planned
    events = [e for e in events if not (e.kind in ("round", "summit") and _hedged(e, sents, published))]
    events = _merge_repeats(events, sents)
    events = _same_words_again(events, sents)
    events = _continued_claimants(events, sents)
    events = _restated_claims(events, sents)
    _context_place(events, sents)
    _results_of_talks(events, sents)
    for e in events:
        if e.kind in ("round", "summit") and e.date_start is None and e.outcome != "planned" and (
                year := _relative_year(_sentence_text(e, sents), published)) is not None:
            # "a summit earlier this year", "im vergangenen Jahr": that year is the interval
            e.date_start = e.date_end = year
            e.date_basis = "the year named relative to the article's ('this year', 'last year')"
        _default_date(e, sents, published, lang)
    _side_meeting_days(events, sents)
    return events


def _gap(sents: list[Sentence], a: int, b: int) -> int:
    """How many sentences on sentence `b` is from sentence `a`, not counting the headings and page
    furniture between them (lines that end without a full stop: "Turkey Russia Ukraine War",
    "Posted at 6:28 AM")."""
    return 1 + sum(1 for x in sents[a + 1:b] if x.text.rstrip().endswith((".", "!", "?", '"', "'")))


CHAIRED = re.compile(r"\b(?:unter (?:dem )?(?:gemeinsamen )?Vorsitz|(?:co-)?chaired by|under the "
                     r"(?:joint )?chairmanship of)\b", IC)


def _chaired_by_heads(e: NewsEvent, sents: list[Sentence], published: str | None) -> list[str]:
    """Heads of state or government the next sentence names as chairing or hosting the meeting
    of a round's sentence, else []."""
    k = next((n for n, x in enumerate(sents) if x.start <= e.start < x.end), None)
    if k is None or k + 1 >= len(sents) or not CHAIRED.search(sents[k + 1].text):
        return []
    from accord.news.gazetteer import default

    g = default()
    if not _PERSONS:
        _PERSONS.update({x.entity: x for x in g.surfaces.values() if x.kind == "person"})
    chairs: list[str] = []
    for m in sents[k + 1].mentions:
        entry = _PERSONS.get(m.entity) if m.kind == "person" else None
        office = g.office_of(entry, e.date_start or published) if entry is not None else None
        if office is not None and office.title and HEAD_TITLE.fullmatch(office.title) \
                and m.entity not in chairs:
            chairs.append(m.entity)
    return chairs


def _sentence_text(e: NewsEvent, sents: list[Sentence]) -> str:
    """The text of the sentence an event starts in."""
    return next((x.text for x in sents if x.start <= e.start < x.end), "")


def _side_meeting_days(events: list[NewsEvent], sents: list[Sentence]) -> None:
    """A meeting told as held just before the talks reported above it ("Zuvor hatten sich die
    Chefunterhändler getroffen", "Before the full meeting, the heads had a one-on-one
    conversation") names no day of its own: it was held on the day of those talks (the nearest
    dated round, summit or agreement in the eight sentences before it), at their place."""
    import bisect

    starts = [x.start for x in sents]
    for n, e in enumerate(events):
        if e.kind != "round" or e.date_start is not None:
            continue
        k = bisect.bisect_right(starts, e.start) - 1
        if not SIDE_MEETING.search(sents[k].text):
            continue
        before = next((x for x in reversed(events[:n]) if x.kind in ("round", "summit", "partial_agreement")
                       and x.date_start is not None and len(x.date_start) == 10
                       and k - (bisect.bisect_right(starts, x.start) - 1) <= 8), None)
        if before is not None:
            e.date_start = e.date_end = before.date_start
            e.date_basis = "the day of the talks reported just before: a meeting held before them"
            e.place = e.place or before.place


# a settlement named by its kind only: indefinite ("ein weiteres Dorf", "eines Dorfes", "a
# village"), its name told in the next sentences; definite ("Die Stadt", "the town"), the one
# named just before
_SETTLEMENT = r"(?:Dorf|Dorfes|Ort|Ortes|Ortschaft|Siedlung|Stadt|Kleinstadt|village|town|city|settlement)"
_SOME_SETTLEMENT = re.compile(r"\b(?:ein|eines|einem|einen|a|another)\s+(?:weiter\w*\s+|\w+en\s+|small\s+)?"
                              + _SETTLEMENT + r"\b(?!\s+(?:of\s+)?[A-ZÄÖÜ])")
_THE_SETTLEMENT = re.compile(r"\b(?:[Dd]ie|[Dd]as|[Dd]er|[Dd]em|[Tt]he)\s+" + _SETTLEMENT
                             + r"\b(?!\s+(?:of\s+)?[A-ZÄÖÜ])")


def _settlement_ref(s: Sentence, sents: list[Sentence], i: int, own: list[str]) -> str | None:
    """The place a settlement named only by its kind stands for: for "ein Dorf (in Kursk)", the
    first place introduced by its kind in the two sentences after ("die Ortschaft X"); for "die
    Stadt" in a sentence that names no place (`own`), the last town named in the sentence before
    (not a region, not a capital)."""
    if _SOME_SETTLEMENT.search(s.text) and all(_is_region_of(p, s.text) or _locates(s, p) for p in own):
        for nxt in sents[i + 1:i + 3]:
            named = _named_places(nxt)
            if named:
                return named[0]
        return None
    if _THE_SETTLEMENT.search(s.text) and i > 0 and not own:
        prev = sents[i - 1]
        towns = [m.entity for m in prev.mentions if m.kind == "place" and m.actor is None
                 and m.entity not in _CAPITALS and not _is_region_of(m.entity, prev.text)]
        return towns[-1] if towns else None
    return None


def _continued_claimants(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """A capture claim in the two sentences after another continues it: without a claimant it
    has that claim's ("The ministry said its forces had taken X"); without a place of its own
    it is the same claim told again ("die Truppen hätten die Ortschaft unter Kontrolle"), whose
    span then grows to cover it."""
    import bisect

    starts = [x.start for x in sents]
    out: list[NewsEvent] = []
    last: tuple[int, NewsEvent] | None = None
    for e in events:
        if e.kind != "claim" or e.claim not in (None, "capture"):
            out.append(e)
            continue
        k = bisect.bisect_right(starts, e.start) - 1
        near = last is not None and 0 < k - last[0] <= 2
        if near and last is not None and not e.parties:
            e.parties, e.against = list(last[1].parties), list(last[1].against)
        if near and last is not None and e.date_start is None and last[1].date_start is not None \
                and e.parties == last[1].parties and _ALSO.search(sents[k].text):
            # "Gerasimov also claimed ...": told at the same briefing as the claim before
            e.date_start, e.date_end = last[1].date_start, last[1].date_end
            e.date_basis = "date of the claim it continues"
        if near and last is not None and e.place is None and last[1].place is not None \
                and e.parties == last[1].parties:
            last[1].end = max(last[1].end, e.end)
            last = (k, last[1])
            continue
        out.append(e)
        if e.parties:
            last = (k, e)
    return out


# a capture told as a side's statement ("russische Erklärungen zur Einnahme", "Russia's claims
# of the capture", "Moscow's reports that")
_STATEMENT_NOUN = re.compile(r"\b(?:Erklärung\w*|Angaben|Behauptung\w*|Bericht\w*|Darstellung\w*|Meldung\w*|"
                             r"claims?|reports?|assertions?|statements?)\b", IC)


def _reported_claim(s: Sentence) -> str | None:
    """The side whose statement a capture is told as: the actor named right before a noun of
    statement ("russische Erklärungen", "Russia's claims") that comes before the verb of capture."""
    m = CLAIM.search(s.text)
    if m is None:
        return None
    for n in _STATEMENT_NOUN.finditer(s.text, 0, m.start()):
        if m.start() - n.end() > 40:
            continue
        for x in s.mentions:
            rel = x.start - s.start
            if x.actor in ("RUS", "UKR") and 0 <= n.start() - (x.end - s.start) <= 3 and rel < n.start():
                return x.actor
    return None


def _restated_claims(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """A claim of violation, compliance or accusation told again in the next three sentences
    (the lead and the quote it rests on, "the Ukrainians violated it several hundred times"
    after "a list of violations"): the same claim about the same place (and topic, when the
    repeat names one) is one record, the first."""
    import bisect

    starts = [x.start for x in sents]
    out: list[NewsEvent] = []
    for e in events:
        k = bisect.bisect_right(starts, e.start) - 1
        if e.kind == "claim" and e.claim in ("violation", "compliance", "accusation") and any(
                x.kind == "claim" and x.claim == e.claim and x.place == e.place and e.topic in (None, x.topic)
                and 0 < k - (bisect.bisect_right(starts, x.start) - 1) <= 3
                and not (e.claim == "accusation" and set(e.against) & set(x.parties)) for x in out) \
                and not _IN_TURN.search(sents[k].text):
            continue
        out.append(e)
    return out


ATTACKS = re.compile(r"\b(?:Angriff\w*|angegriffen|Attacke\w*|Beschuss|beschossen|attack(?:s|ed)|"
                     r"struck|strikes? (?:on|against))\b", IC)
ENERGY_SITE = re.compile(r"Energie\w*|energy|Raffinerie\w*|refiner(?:y|ies)|Kraftwerk\w*|"
                         r"power (?:plant|station)s?|Gas\w*station\w*", IC)
# told as what a side says (not what the reporter saw)
SAID_BY = re.compile(r"\b(?:teilte\w*\b[^.]{0,60}\bmit|erklärte\w*|hieß es|demnach|"
                     r"nach (?:russischen|ukrainischen) Angaben|said|says|according to|claimed|"
                     r"accused)\b", IC)
# what would or could be, or is meant to be: no assertion of what happened
_HYPOTHETICAL = re.compile(r"\b(?:wäre|wären|würde|würden|könnte|könnten|soll|sollen|sollte|sollten|kann|"
                           r"können|would|could|might|should)\b", IC)
# a sentence that goes on with what the speaker before said ("demnach", "hieß es weiter")
_TOLD_ON = re.compile(r"\b(?:demnach|hieß es weiter|zufolge dessen|the ministry added|it added)\b", IC)
# the other side's answer, not a repeat ("Moskau machte wiederum Kiew verantwortlich")
_IN_TURN = re.compile(r"\b(?:wiederum|seinerseits|ihrerseits|im Gegenzug|in turn|for its part|"
                      r"countered|in return)\b", IC)
_ALSO = re.compile(r"\b(?:also|auch|zudem|außerdem|ebenfalls|further)\b", IC)


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


def _merge_repeats(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """A partial agreement told again within the next `REPEAT_WITHIN` sentences (a headline and its
    lead, a lead and a quote: same topic, no other date, no other number) is one agreement: the first
    record takes the details of the repeat and its span grows to cover it."""
    import bisect

    starts = [x.start for x in sents]
    out: list[NewsEvent] = []
    last: dict[str, list[tuple[int, NewsEvent]]] = {}
    for e in events:
        k = bisect.bisect_right(starts, e.start) - 1
        # the latest earlier agreement on the topic it can be (another one may lie between)
        prev = next((p for p in reversed(last.get(e.topic or "", [])) if k - p[0] <= REPEAT_WITHIN
                     and _same_item(p[1], e)), None) if e.kind == "partial_agreement" and e.topic else None
        if prev is not None:
            into = prev[1]
            _merge(into, e)
            for name in ("quantity", "unit", "per_side"):
                if getattr(into, name) is None:
                    setattr(into, name, getattr(e, name))
            into.end = max(into.end, e.end)
            into.cue = f"{into.cue}; told again in a later sentence" if into.cue else into.cue
            last[e.topic or ""].remove(prev)
            last[e.topic or ""].append((k, into))
            continue
        if e.kind == "partial_agreement" and e.topic:
            last.setdefault(e.topic, []).append((k, e))
        out.append(e)
    return out


REPEAT_WITHIN = 12
"""Sentences within which a partial agreement told again is the first one: a headline, its lead
and the quote that gives the numbers are often several sentences apart (bylines, captions)."""


def _same_item(a: NewsEvent, b: NewsEvent) -> bool:
    """Whether two partial agreements can be the same one: no conflicting date, place, number
    or unit."""
    return all(x is None or y is None or x == y for x, y in (
        (a.date_start, b.date_start), (a.place, b.place), (a.quantity, b.quantity),
        (a.unit, b.unit)))


SPOKE_WITH = re.compile(r"\b(?:spoke|speaks|talked)\b[^.]{0,30}\b(?:with|to)\b|"
                        r"\b(?:spoke|talked|have spoken|had spoken)\s+(?:by|over the) (?:tele)?phone\b|"
                        r"\b(?:hatten|haben|hat|hätten)\b[^.]{0,120}\bgesprochen\b|"
                        r"\b(?:hatten|haben|hat|hätten)\b[^.]{0,120}\bgesprochen\b|"
                        r"\b(?:sprach|sprachen|spricht|telefonierte\w*)\b[^.]{0,30}\bmit\b", IC)


RECEIVED = re.compile(r"\b(?:received|hosted|welcomed|empfing|empfängt|empfangen)\s+", IC)


def _received_person(s: Sentence) -> bool:
    """Whether someone received or hosted a named person of a side ("Putin received Witkoff at the
    Kremlin", "Putin empfing Witkoff"): a meeting, not a delivery ("Ukraine received weapons")."""
    for m in RECEIVED.finditer(s.text):
        if any(x.kind == "person" and x.actor and 0 <= x.start - s.start - m.end() <= 30
               and not re.search(r"[,.;]", s.text[m.end():x.start - s.start]) for x in s.mentions):
            return True
    return False


def _spoke_sides(s: Sentence) -> set[str]:
    """Sides of the persons or governments named in a sentence of conversation (no journalists,
    no commentators)."""
    return {m.actor for m in s.mentions if m.actor in ACTORS and (
        m.kind in ("person", "actor") or (
            # a capital standing for its government ("Vertreter Moskaus und Kiews")
            m.kind == "place" and m.entity in SEATS
            and not LOCATIVE.search(s.text[max(0, m.start - s.start - 40):m.start - s.start])))}


# the title itself, with at most a nationality before it ("French president"; not "vice president",
# "special envoy of the president")
HEAD_TITLE = re.compile(r"(?!vice\b|deputy\b)(?:\w+ )?(?:president|chancellor|prime minister)", IC)
HEADS_WORDS = re.compile(r"\bStaats- und Regierungschef\w*|\bRegierungschef\w*|"
                         r"\bheads of (?:state|government)\b", IC)


_PERSONS: dict[str, Any] = {}
HYPOTHETICAL = re.compile(r"possib\w*|potential\w*|möglich\w*|eventuell\w*|could|könnte\w*|would|würde", IC)
# the words between two heads that join them in one meeting: at most four words, a joining word,
# at most four words ("hatte am Dienstag mit seinem türkischen Kollegen")
JOINED = re.compile(r"^\s*(?:\S+\s+){0,4}(?:und|and|mit|with|von|by|zwischen|between|met|traf\w*|"
                    r"empf\w*|hosted)\s+(?:\S+\s+){0,4}$", IC)


def _heads_of_state(e: NewsEvent, sents: list[Sentence], published: str | None) -> list[str]:
    """Persons of two or more actors in the round's sentence who hold the office of president,
    chancellor or prime minister at its date (or the words 'heads of state or government')."""
    from accord.news.gazetteer import default

    g = default()
    if not _PERSONS:
        _PERSONS.update({x.entity: x for x in g.surfaces.values() if x.kind == "person"})
    text = "".join(x.text for x in sents if x.start <= e.start < x.end)
    if HEADS_WORDS.search(text):
        return ["heads of state or government named"]
    date = e.date_start or published
    found: list[tuple[Mention, str]] = []  # head mentions with their actor
    for x in sents:
        if not (x.start <= e.start < x.end):
            continue
        for m in x.mentions:
            entry = _PERSONS.get(m.entity) if m.kind == "person" else None
            office = g.office_of(entry, date) if entry is not None else None
            genitive = m.surface.endswith("s") and not m.surface.lower().endswith(m.entity[-3:])
            if office is not None and office.title and HEAD_TITLE.fullmatch(office.title) \
                    and not genitive:  # "Trumps Schwiegersohn" names another person
                found.append((m, office.actor))
        # two heads of different actors joined in one phrase ("Putin mit seinem Kollegen
        # Erdogan", "between Trump and Putin"), not merely named in the same sentence
        for (a, actor_a), (b, actor_b) in itertools.pairwise(found):
            between = x.text[a.end - x.start:b.start - x.start]
            before = x.text[max(0, a.start - x.start - 40):a.start - x.start]
            if actor_a != actor_b and len(between) <= 60 and JOINED.match(between) \
                    and not re.search(r"[,;:()]", between) and not HYPOTHETICAL.search(before) \
                    and not any(m.kind == "person" and a.end <= m.start < b.start for m in x.mentions):
                return sorted({a.entity, b.entity})
    return []


_OTHER_SIDE = {"RUS": "UKR", "UKR": "RUS"}
SUMMIT_WORD = re.compile(r"(?i)\b(?:gipfel(?:treffen|gespräch)?\w*|summit\w*)\b")
CALL = re.compile(r"(?i)telefon\w*|\bphone|\bcall\b|video\w*|online")

CONTROL = re.compile(r"\b(?:unter (?:russische|ukrainische)r? Kontrolle|"
                     r"under (?:Russian|Ukrainian) control|(?:taken|took|gained|seized|established) "
                     r"(?:full )?control|Kontrolle\b[^.]{0,40}übernommen)\b", IC)
BROKEN = re.compile(r"\b(?:wirf\w*|warf\w*|vorgeworfen|beschuldig\w*|verletz\w*|gebrochen|brach\w*|"
                    r"missacht\w*|bricht|Verstoß\w*|Verstöße\w*|verstoßen|verstieß\w*|Bruch|torpediert\w*|"
                    r"accus\w*|violat\w*|breach\w*|broke|broken|breaking|flout\w*|"
                    # what one side did said not to match the deal ("Listen, die nicht der
                    # Vereinbarung entsprächen", "contrary to the agreement")
                    r"nicht (?:der|dem|den) (?:\w+ )?(?:Vereinbarung|Abkommen|Abmachung)\w*(?: \w+){0,3} "
                    r"entspr\w*|entgegen (?:der|dem|den) (?:\w+ )?(?:Vereinbarung|Abkommen|Abmachung)\w*|"
                    r"(?:contrary to|not in line with) the (?:\w+ )?(?:agreement|deal|accord))\b", IC)


# a side complaining the other acted outside the deal ("kritisierte, dass der Zeitpunkt nicht
# vereinbart gewesen, sondern eigenmächtig festgelegt worden sei", "complained ... unilaterally")
COMPLAINED = re.compile(r"\b(?:kritisiert\w*|beklagt\w*|bemängelt\w*|complain\w*|critici[sz]\w*)\b[^.]{0,80}"
                        r"\b(?:nicht vereinbart|nicht abgesprochen|eigenmächtig|einseitig|not agreed|"
                        r"unilateral\w*)\b", IC)


def _kept(t: str) -> bool:
    """Whether a sentence says a deal was kept: a verb of keeping not negated ("had not
    respected the truce", "nicht eingehalten", "hält die Waffenruhe nicht ein" tell a
    violation), or a verb of breaking negated ("never violated this commitment")."""
    return any(not _NEGATED.search(t[max(0, m.start() - 25):m.start()])
               and not re.search(r"\b(?:nicht|nie|kein\w*)\b", m.group(0), IC)
               for m in KEPT.finditer(t)) or any(
        _NEGATED.search(t[max(0, m.start() - 25):m.start()]) for m in BROKEN.finditer(t))


_NEGATED = re.compile(r"\b(?:not|never|n't|nicht|nie|kein\w*)\s+(?:\w+\s+)?$", IC)
KEPT = re.compile(r"\b(?:eingehalten|einhalten|hält sich|halten sich|erfüllt|complied|comply|"
                  r"honou?red|kept|respected|abided by|adhered to|"
                  # the separable verb: "hält die Waffenruhe (nicht) ein"
                  r"(?:hält|halten|hielt|hielten)\b[^.,;]{0,120}\bein)\b", IC)
DEAL = re.compile(r"\b(?:Abkommen|Vereinbarung(?:en)?|Waffenruhe|Feuerpause|Pause|Moratorium|"
                  r"Abmachung(?:en)?|deals?|agreements?|truce|ceasefire|pause|moratorium|accord|"
                  r"commitments?)\b", IC)
# a condition, a promise or a plan: what a side would do, not what it says was done
_IF_OR_WILL = re.compile(r"\b(?:sollte|sollten|falls|wenn|if|unless|should|werde|werden|wird|will|would|"
                         r"würde|würden|must|muss|müsse|müssen|einzuhalten|to comply|to respect|"
                         r"to honou?r|to abide)\b", IC)
_PARTICIPLE = r"(?:eingehalten|erfüllt|verletzt|gebrochen|missachtet|respektiert|umgesetzt)"
_PASSIVE = re.compile(r"\b" + _PARTICIPLE + r"\s+(?:werde|werden|wird|würden?)\b|"
                      r"\b(?:werde|werden|wird|würden?)\b(?=[^.,;]{0,60}\b" + _PARTICIPLE + r"\b)", IC)


def _if_or_will(t: str) -> bool:
    """A condition, promise or plan in `t`; a German passive is none ("dass die Forderungen nicht
    erfüllt würden": the auxiliary of what is said to happen)."""
    return _IF_OR_WILL.search(_PASSIVE.sub(" ", t)) is not None


ACCUSATION = re.compile(r"\b(?:wirft|warf|werfen|warfen)\b[^.]{0,100}\bvor\b|\bvorgeworfen\b|"
                        r"\bbeschuldig\w*|\bbezichtig\w*|\bverantwortlich gemacht\b|"
                        r"\bmach(?:t|te|en|ten)\b[^.]{0,80}\bverantwortlich\b|\baccus(?:e|es|ed|ing)\b|"
                        r"\bblam(?:e|es|ed|ing)\b|\bheld\b[^.]{0,30}\bresponsible\b|"
                        # "Moskau sei verantwortlich für den Angriff": the side named just before
                        r"\b(?:sei|seien|ist|is|was|were)\s+(?:\w+\s+)?(?:verantwortlich|responsible)\s+(?:für|for)\s+"
                        r"(?:den\s+|die\s+|das\s+|the\s+)?(?:\w+\s+)?(?:Angriff\w*|Anschlag\w*|Beschuss|"
                        r"Explosion\w*|attacks?|strikes?|shelling|explosions?)", IC)
DENIAL = re.compile(r"\b(?:Vorw[üu]rf\w*|Anschuldigung\w*|accusations?|allegations?)\b[^.]{0,80}"
                    r"\b(?:zurückgewiesen|zurückzuweisen|bestritten|dementiert|denied|rejected|dismissed)\b|"
                    r"\b(?:wies|weist|wiesen|weisen)\b[^.]{0,80}\b(?:Vorw[üu]rf\w*|Anschuldigung\w*)[^.]{0,80}"
                    r"\bzurück\b|\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)\b[^.]{0,40}"
                    r"\b(?:accusations?|allegations?|charges?)\b", IC)
MUTUAL = re.compile(r"\bgegenseitig\b|\beach other\b|\bone another\b", IC)
# an accusation inside a question, a hypothesis or a report about accusations in general
OPINION_CLAIM = re.compile(r"\b(?:könnte|würde|would|could|might)\b[^.]{0,40}\b(?:vorwerfen|accuse)\b", IC)


def _accusations(s: Sentence, places: list[str]) -> list[NewsEvent]:
    t = s.text
    denial = DENIAL.search(t) is not None
    place = next((p for p in places if p not in _CAPITALS), None)
    base = _event("claim", s, place=place, topic=_topic(t), claim="denial" if denial else "accusation")
    warring = [a for a in s.actors() if a in ("RUS", "UKR")]
    if MUTUAL.search(t) and len(set(warring) | set(base.parties)) >= 1:
        sides = sorted(set(warring) | ({"RUS", "UKR"} if len(set(warring)) < 2 else set()))
        out = []
        for side in sides:
            e = _event("claim", s, place=place, topic=base.topic, claim="accusation")
            e.parties, e.against = [side], [x for x in sides if x != side]
            e.cue = "rule: mutual accusation"
            out.append(e)
        return out
    accused = _accused_by(s)
    base.parties = [a for a in base.parties if a not in accused] or [
        a for a in s.actors() if a in ACTORS and a not in accused][:1]
    base.against = accused or [_OTHER_SIDE[a] for a in base.parties if a in _OTHER_SIDE]
    base.cue = "rule: denial of an accusation" if denial else "rule: accusation"
    return [base]


def _accused_by(s: Sentence) -> list[str]:
    """Actors named right after the accusation verb, or before 'verantwortlich'/'responsible'."""
    m = ACCUSATION.search(s.text)
    if m is None:
        return []
    out: list[str] = []
    before = m.group(0).split()[0].lower() in ("sei", "seien", "ist", "is", "was", "were")
    for x in s.mentions:
        rel, end = x.start - s.start, x.end - s.start
        if x.actor in ACTORS and x.actor not in out and (
                m.start() < rel < m.end() + 25 or (before and 0 <= m.start() - end <= 2)):
            out.append(x.actor)
    return out


# what a pledge commits: money, arms, troops, aid
RESOURCES = re.compile(r"Dollar|Euro|\bUSD\b|\bEUR\b|Milliard|Million|billion|million|Waffe|Munition|"
                       r"Luftabwehr|Flugabwehr|Panzer|Rakete|Drohne|Truppe|Soldat|Hilfe|Hilfspaket|Paket|"
                       r"Finanz|Kredit|Unterstützung|Ausbildung|weapon|arms\b|ammunition|air defen|tank|"
                       r"missile|drone|troop|soldier|\baid\b|assistance|package|funding|fund|loan|"
                       r"support|training|equipment|Ausrüstung|Garantie|guarantee|Investition|investment|"
                       r"Wiederaufbau|reconstruction", IC)
TRUCE_WORD = re.compile(r"(?:waffenruhe|waffenstillstand|feuerpause|truce|ceasefire)", IC)
TRUCE_ORDER = re.compile(r"\b(?:verkündet\w*|verkündigt\w*|ausgerufen|ausrufen|rief\w*\b[^.]{0,60}\baus\b|"
                         r"ordnete\w*\b[^.]{0,80}\ban\b|angeordnet|announc(?:e|es|ed|ing)|"
                         r"declar(?:e|es|ed|ing)|order(?:s|ed)?)\b", IC)
LEAVE_DEAL = re.compile(r"\bnicht\b[^.]{0,30}\bverlänger\w*|\bnot\b[^.]{0,20}\bextend\w*|\bwon't extend|"
                        r"\bstieg\w*\b[^.]{0,60}\baus\b|\baufgekündigt\b|"
                        r"\bkündigte\w*\b[^.]{0,60}\bauf\b|\bquit(?:s|ting)?\b|"
                        r"\b(?:withdr[ae]w|withdrawing|pull(?:s|ed|ing)? out)\s+(?:from|of)\b|"
                        r"\bsuspend(?:s|ed|ing)?\b[^.]{0,30}\bparticipation\b", IC)
MEMORANDA = re.compile(r"\bmemorand\w*\b[^.]{0,80}\b(?:übergeben|ausgetauscht|vorgelegt|exchanged|"
                       r"handed|presented|submitted)|\b(?:übergeben|ausgetauscht|vorgelegt|exchanged|"
                       r"handed over|presented|submitted)\b[^.]{0,80}\bmemorand|"
                       # "exchanged settlement documents", "tauschten ihre Entwürfe aus"
                       r"\b(?:exchanged|swapped) (?:their |the |draft |settlement |peace )*"
                       r"(?:documents|drafts|papers|proposals)\b|\b(?:tauschten|tauschen)\b[^.]{0,60}\b(?:Dokumente|Entwürfe|"
                       r"Papiere)\b[^.]{0,20}\baus\b", IC)
# an exchange of people named without the word prisoner ("agreed to exchange soldiers and
# civilians", "der vereinbarte Austausch von jeweils 250 Personen")
EXCHANGE_WORD = re.compile(r"\b(?:\w*austausch\w*|\w*tausch\w*|exchang\w*|swap\w*|übergabe|rückgabe|"
                           r"handover|hand over)\b", IC)
GRAIN = re.compile(r"getreide\w*|\bgrain\b", IC)
# a running total, not one exchange ("hat bisher rund 7.000 Leichen übergeben", "so far freed")
RUNNING_TOTAL = re.compile(r"\b(?:bisher|bislang|insgesamt|so far|to date|in total|total number)\b", IC)
_SUPERLATIVE = re.compile(r"^\s+\w+(?:st|ßt)(?:e|en|er|es|em)?\b|\b(?:\w+est|most|first)\b[^.]{0,40}$", IC)


def _running_total(t: str) -> bool:
    """Whether a sentence tells a running total of people handed over ("hat bisher rund 7.000
    Leichen übergeben", "has freed 2,000 so far"), not one exchange; "the largest exchange so
    far", "den bisher größten Austausch" rank one exchange and are no total."""
    for m in RUNNING_TOTAL.finditer(t):
        word = m.group(0).lower()
        if word in ("bisher", "bislang") and _SUPERLATIVE.match(t[m.end():m.end() + 30]):
            continue
        if word in ("so far", "to date") and _SUPERLATIVE.search(t[max(0, m.start() - 50):m.start()]):
            continue
        return True
    return False


# an exchange still to come: "Es sollen ... übergeben werden", "will exchange", "are to be freed"
FUTURE_SWAP = re.compile(r"\b(?:will|shall|are to|is to|are set to|is set to)\s+(?:\w+\s+){0,2}?"
                         r"(?:exchange|swap|release|free|hand over|return)\b|"
                         r"\b(?:sollen|soll|werden)\b[^.]{0,100}\b(?:ausgetauscht|übergeben|freigelassen|"
                         r"getauscht|überstellt)\s+werden\b", IC)
# exchanges in general, a hypothesis: no one agreed exchange
HABIT_OR_HYPOTHESIS = re.compile(r"\b(?:previous|earlier|frühere\w*|bisherige\w*|in the past|repeatedly|"
                                 r"wiederholt|immer wieder|in der Vergangenheit|would|würde\w*|could|"
                                 r"könnte\w*|if|wenn|falls)\b", IC)
PER_SIDE = re.compile(r"\bjeweils\b|\bauf (?:jeder|beiden) Seiten?\b|\beach side\b|\bfrom each\b|"
                      r"\bon each side\b|\beach\b|\b\d[\d.,]*\s*(?:for|für|gegen|-for-)\s*\d", IC)


def _per_side(s: Sentence) -> bool:
    """Whether the number of a sentence is given for each side."""
    return any(f.per_side for f in s.figures) or bool(PER_SIDE.search(s.text))


def _agreed_item(t: str) -> str | None:
    """The item of a sentence with a word of agreement: prisoners or bodies to be exchanged
    (also named as soldiers, civilians, people), an energy pause, a grain deal; else None."""
    topic = _topic(t)
    if topic in ("humanitarian.prisoners", "ceasefire.energy"):
        return topic
    if EXCHANGE_WORD.search(t) and EXCHANGE_OF.search(t):
        return "humanitarian.prisoners"
    if topic is None and GRAIN.search(t):
        return "grain"
    return None


def _unilateral_step(t: str) -> str | None:
    """What makes a sentence an announced unilateral step, else None."""
    if TRUCE_WORD.search(t) and TRUCE_ORDER.search(t) and not BROKEN.search(t):
        return "a truce declared or ordered"
    if LEAVE_DEAL.search(t) and DEAL.search(t):
        return "a deal left or not extended"
    if MEMORANDA.search(t):
        return "memoranda handed over"
    return None


# an order given to the forces ("gave the appropriate command to the military", "ordnete ... an")
ORDER_GIVEN = re.compile(r"\bgave (?:the |an |his |its )?(?:[\w-]+ ){0,3}?(?:the )?"
                         r"(?:appropriate |corresponding |necessary |relevant )?(?:orders?|commands?|"
                         r"instructions?)\b|\bordered (?:the |his |its )?(?:\w+ )?"
                         r"(?:military|army|troops|forces)\b|\b(?:erteilte|gab)\w*\b[^.]{0,50}\b(?:Befehl|Anweisung|"
                         r"Anordnung)\w*|\bbefahl\w*\b|\bangesetzte\w* (?:Waffenruhe|Feuerpause)", IC)
# a further step agreed ("agreed to begin negotiations", "vereinbarten, Arbeitsgruppen zu bilden")
AGREED_STEP = re.compile(r"\bagree(?:d|s)? to (?:immediately )?(?:begin|start|launch|continue|resume|pursue|"
                         r"finali[sz]e|appoint|create|establish|set up|form|prepare|draft|develop|work "
                         r"(?:on|out|toward)|negotiate)\b|"
                         r"\b(?:vereinbart\w*|verständigt\w*|einigten sich|geeinigt)\b[^.]{0,80}"
                         r"\b(?:zu (?:beginnen|bilden|schaffen|gründen|erarbeiten|prüfen|starten)|"
                         r"aufzunehmen|einzurichten|auszuarbeiten|einzusetzen)\b", IC)
# an offer or proposal made ("offered Kyiv to transfer", "made a proposal for", "die Rückgabe ...
# angeboten", "schlug ... vor")
OFFERED = re.compile(r"\b(?:offer(?:s|ed)?|propos(?:es|ed)|suggest(?:s|ed))\s+(?:\w+\s+){0,2}?to\s+"
                     r"(?!the\b|a\b|an\b|its\b|his\b|her\b|their\b)[a-z]+|"
                     r"\b(?:made|submitted|put forward|tabled) (?:a |an )?(?:\w+ )?(?:proposal|offer)\b|"
                     r"\bangeboten\b|\bbot\b[^.]{0,60}\ban\b|\b(?:schlug|schlagen|schlägt)\b[^.]{0,80}\bvor\b|"
                     r"\bvorgeschlagen\b|\bVorschlag\b[^.]{0,40}\b(?:gemacht|unterbreitet)\b", IC)
# a plan, draft or answer handed over or presented ("stellte den 20-Punkte-Plan vor", "presented
# its plan", "einen 28-Punkte-Plan vorgelegt")
_PAPER = (r"(?:[\w-]*(?:plan|pläne)(?:s|es|e|en)?|[\w-]*entw[uü]rf\w*|[\w-]*vorschl[aä]g\w*|memorand\w*|"
          r"proposals?|counter-?proposals?|drafts?|response|answer|antwort)")
PRESENTED = re.compile(r"\b(?:presented|unveiled|submitted|handed over|put forward|tabled|delivered)\s+"
                       r"(?:[\w-]+\s+){0,4}?" + _PAPER + r"\b|"
                       r"\b(?:legte\w*|stellte\w*|legen|stellen|legt|stellt)\b[^.]{0,80}\b" + _PAPER
                       + r"\b[^.]{0,60}\bvor\b|\b" + _PAPER + r"\b[^.]{0,60}\b(?:vorgelegt|vorgestellt|"
                       r"übergeben|übermittelt)\b|\bbereite\w*\b[^.]{0,60}\b(?:Antwort|Entwurf|Vorschl[aä]g\w*)\b"
                       r"[^.]{0,40}\bvor\b", IC)


def _next_step(t: str) -> str | None:
    """What makes a sentence an announced concrete step of an actor, else None."""
    if ORDER_GIVEN.search(t):
        return "an order given"
    if AGREED_STEP.search(t):
        return "a further step agreed"
    if PRESENTED.search(t):
        return "a plan, draft or answer presented"
    if OFFERED.search(t) and not re.search(r"\b(?:nicht|kein\w*|not|no|never|nie)\b", t[:OFFERED.search(t)
                                                                                    .start()], IC):  # type: ignore[union-attr]
        return "an offer or proposal made"
    if (m := _NEXT_STEP.search(t)) is not None:
        return f"a concrete step said to come ('{m.group(0)}')"
    if PLANNED_MEETING.search(t) and not _ORIGINALLY_PLANNED.search(t):
        return "a meeting announced as planned"
    return None


_ORIGINALLY_PLANNED = re.compile(r"\b(?:ursprünglich|eigentlich|originally|initially)\b", IC)
# a meeting said to be planned ("ein Zusammenkommen sei am Dienstag geplant", "bestätigte ein
# geplantes Treffen", "a planned meeting"); with a place it is a planned round instead
PLANNED_MEETING = re.compile(r"\b(?:geplant\w*|vorgesehen\w*|planned|scheduled)\b[^.]{0,40}\b(?:\w*treffen|"
                             r"Zusammenkommen|Zusammenkunft|Gespräch\w*|Verhandlungsrunde|meeting|talks|"
                             r"summit)\b|\b(?:\w*treffen|Zusammenkommen|Zusammenkunft|Gespräch\w*|"
                             r"Verhandlungsrunde|meeting|talks)\b[^.]{0,60}\b(?:geplant|vorgesehen|planned|"
                             r"scheduled)\b", IC)


def _accused(s: Sentence) -> list[str]:
    """Actors named right after an accusation verb ("wirft Russland vor", "accused Russia of")."""
    m = BROKEN.search(s.text)
    if m is None:
        return []
    out = []
    for x in s.mentions:
        rel = x.start - s.start
        if x.actor and m.end() <= rel <= m.end() + 25 and x.actor not in out:
            out.append(x.actor)
    return out
# A learned kind needs the cue families that define it (any one of the listed combinations): the
# model weighs the evidence, these say what the kind is about.
_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "round": (("meeting",), ("meet_verb",)), "summit": (("summit",), ("head_of_state", "meeting")),
    "partial_agreement": (("agree",), ("exchange", "prisoner")),
    "claim": (("capture",), ("accuse",), ("deny",), ("comply", "agree")),
    "statement_of_intent": (("intent", "future"), ("intent", "meeting"), ("exit",)),
    "pledge": (("pledge",),), "postponement": (("postpone",),), "poll": (("poll",),)}


def _learned(s: Sentence, i: int, sents: list[Sentence], published: str | None, lang: str,
             places: list[str], last_round: tuple[int, NewsEvent] | None
             ) -> tuple[list[NewsEvent], NewsEvent | None]:
    """Events the kind model finds in a sentence no rule matched; a round in the sentence right
    after a round at a compatible place adds to it (the returned round) instead."""
    from accord.news.kinds import families, features, predict, sentence_families, sentence_lemmas

    made: list[NewsEvent] = []
    fams = sentence_families(s.text, lang)
    possible = any(all(f in fams for f in need) for needs in _NEEDS.values() for need in needs)
    # a sentence without the families any kind needs is not scored (most sentences: cheaper)
    for kind, _p, why in predict(features(s, lang, published))[:2] if possible else []:
        if not any(all(f in fams for f in need) for need in _NEEDS[kind]):
            continue
        place = places[0] if places else None
        if kind in ("round", "summit"):
            e = _event(kind, s, place=place)
            _round_details(e, s)
            if kind == "summit" and e.outcome == "planned":
                e.outcome = "planned"
            gap = _gap(sents, last_round[0], i) if last_round is not None else 99
            prev = last_round[1] if last_round is not None and (gap <= 2 or (
                # a little further on, the same sides on the same day are the same round told again
                gap <= 4 and e.date_start is not None
                and last_round[1].date_start == e.date_start and last_round[1].parties == e.parties)) \
                else None
            if prev is not None and prev.kind == kind and (place is None or prev.place in (None, place)) \
                    and not SIDE_MEETING.search(s.text) \
                    and (not s.dates or prev.date_start is None or prev.date_start == e.date_start):
                # one round told over several sentences: one event whose span covers them
                _merge(prev, e)
                prev.end = max(prev.end, s.end)
                return [], prev
            e.cue = why
            made.append(e)
        elif kind == "claim":
            if _HYPOTHETICAL.search(s.text):
                continue  # "wäre unsinnig, ... zuzustimmen", "soll dienen, ... umfassen kann": no assertion
            own: list[str | None] = [p for p in places if p not in _CAPITALS]
            claim = ("denial" if "deny" in fams else "capture" if "capture" in fams and "military" in fams
                     else "compliance" if "comply" in fams and "accuse" not in fams
                     else "violation" if "agree" in fams or "energy_pause" in fams else "accusation")
            for p in own or [None]:
                e = _event("claim", s, place=p, claim=claim, topic=_topic(s.text))
                e.against = sorted({a for a in s.actors() if a not in e.parties and a in ACTORS}
                                   or {_OTHER_SIDE[a] for a in e.parties if a in _OTHER_SIDE})
                e.cue = why
                made.append(e)
        elif kind == "partial_agreement":
            if _running_total(s.text) or HABIT_OR_HYPOTHESIS.search(s.text):
                continue  # exchanges in general, a total so far, one that would or could come
            q, u, ps = _quantity(s, ("prisoners", "bodies", "soldiers", "civilians"))
            topic = _topic(s.text) or ("humanitarian.prisoners" if "exchange" in fams else None)
            e = _event(kind, s, place=place, outcome="agreement", topic=topic, quantity=q,
                       unit=u, per_side=ps)
            if topic == "humanitarian.prisoners" and len(e.parties) < 2:
                e.parties = ["RUS", "UKR"]  # an exchange of prisoners has the two warring sides
            e.cue = why
            made.append(e)
        elif kind in ("statement_of_intent", "pledge", "postponement", "poll"):
            if kind == "statement_of_intent" and "exit" not in fams and not (
                    sentence_lemmas(s.text, lang) & families()["intent"] - _noun_only(s.text, lang)):
                continue  # its intent cue is only a noun ("the peace plan"): no step announced
            if kind == "statement_of_intent" and NO_STEP.search(s.text):
                continue  # an aim or a condition ("unsere Priorität ist es", "bis Russland bereit ist")
            e = _event(kind, s, place=place, outcome="postponed" if kind == "postponement" else None)
            e.cue = why
            made.append(e)
        if made and made[-1].kind == kind and kind != "partial_agreement":
            break  # the most probable kind; a partial agreement may come with its round
    intent = _intent(s, lang) if not made else None
    if intent is not None:
        e = _event("statement_of_intent", s, place=places[0] if places else None)
        e.cue = f"rule: intent verb '{intent}' with a planned act"
        made.append(e)
    return made, None


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
    found = sentence_lemmas(s.text, lang) & INTENT_VERBS - _noun_only(s.text, lang)
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


_PLACED_BY_CONTEXT = ("round", "partial_agreement", "statement_of_intent", "postponement", "summit",
                      "pledge")


def _title_place(sents: list[Sentence]) -> str | None:
    """The one place a headline about talks names ("Gespräche in Istanbul"): where the rounds
    of the first sentences happen when they name no place themselves."""
    for s in sents[:2]:
        if s.text.rstrip().endswith((".", "!", "?", '"', ":")) or not MEETING.search(s.text):
            continue
        places = {m.entity for m in s.mentions if m.kind == "place" and LOCATIVE.search(
            s.text[max(0, m.start - s.start - 20):m.start - s.start])}
        if len(places) == 1:
            return places.pop()
    return None


def _context_place(events: list[NewsEvent], sents: list[Sentence]) -> None:
    """An event whose sentence names no place happens where the round reported just before it
    (within six sentences) took place: "Istanbul ... Die Delegationen vereinbarten ...", or,
    before any other place of talks, where the headline puts the talks."""
    starts = [x.start for x in sents]
    import bisect

    last: tuple[int, str] | None = None
    agreed: tuple[int, str] | None = None
    title = _title_place(sents)
    for e in events:
        k = bisect.bisect_right(starts, e.start) - 1
        if e.place is None and e.kind in _PLACED_BY_CONTEXT and last is not None and k - last[0] <= 6:
            e.place = last[1]
        elif e.place is None and e.kind in ("round", "summit") and k > 0 and not _PHONE.search(
                sents[k].text) and MEETING.search(sents[k - 1].text) and len(
                near := _places(sents[k - 1])) == 1 and (
                e.date_start is None or not sents[k - 1].dates
                or any(d.first == e.date_start for d in sents[k - 1].dates)):
            # the sentence just before speaks of the talks and places them ("nach Gesprächen ...
            # im Kreml ... Das Treffen ... endete nach fünf Stunden")
            e.place = near[0]
        elif e.place is None and e.kind in _PLACED_BY_CONTEXT and title is not None and (
                last is None or last[1] == title) and not _PHONE.search(sents[k].text):
            e.place = title  # the talks the headline places ("Gespräche in Istanbul")
        elif e.place is None and e.kind == "round" and agreed is not None and k - agreed[0] <= 6 \
                and not _PHONE.search(sents[k].text):
            # no round placed yet: the talks of the day are where the item agreed just before was
            # reached ("a prisoner exchange mediated in Abu Dhabi ... officials met face to face")
            e.place = agreed[1]
        if e.kind in ("round", "summit") and e.place is not None:
            last = (k, e.place)
        if e.kind == "partial_agreement" and e.place is not None and last is None:
            agreed = (k, e.place)


# a result told as reached at the talks ("During the meeting, the parties agreed ...", "bei den
# Gesprächen vereinbarten")
AT_THE_TALKS = re.compile(r"\b(?:during|at|in the course of|bei|während|auf)\s+"
                          r"(?:the\s+|den\s+|dem\s+|der\s+)?(?:[\w-]+\s+)?(?:meeting|talks|negotiations|session|Treffen\w*|Gespräch\w*|"
                          r"Verhandlung\w*|Sitzung)\b", IC)


def _results_of_talks(events: list[NewsEvent], sents: list[Sentence]) -> None:
    """Agreed items and announced steps with no date of their own, told as results of a dated
    round reported just before (within six sentences, at its place): "During the meeting, the
    parties agreed ..." and the statements right after it (one a sentence) happened that day,
    not on the day of the report."""
    import bisect

    starts = [x.start for x in sents]
    last: tuple[int, NewsEvent] | None = None
    chain: int | None = None
    for e in events:
        k = bisect.bisect_right(starts, e.start) - 1
        if e.kind in ("round", "summit"):
            if e.outcome != "planned" and e.date_start is not None:
                last, chain = (k, e), None
            continue
        if e.kind not in ("partial_agreement", "statement_of_intent") or e.date_start is not None \
                or (last is not None and e.place not in (None, last[1].place)):
            continue
        if last is None or k - last[0] > 6:
            continue
        if AT_THE_TALKS.search(sents[k].text) or (chain is not None and 0 <= k - chain <= 1):
            e.date_start, e.date_end = last[1].date_start, last[1].date_end
            e.date_basis = "the day of the talks it is reported from"
            chain = k


def _default_date(e: NewsEvent, sents: list[Sentence], published: str | None, lang: str) -> None:
    """An event whose sentence names no date is dated by the article when it is reported as
    current (not in the pluperfect or with "zuvor"/"earlier", not a planned round): news reports
    what happened on the day of the report."""
    if e.date_start is not None or published is None or len(published) != 10:
        return
    if e.outcome == "planned" or (e.kind == "postponement" and e.moved_from is None):
        return  # (a postponement whose old date alone is named happens when reported)
    s = next((x for x in sents if x.start <= e.start < x.end), None)
    if s is None:
        return
    if e.kind in ("round", "summit") and MULTI_DAY.search(s.text):
        return  # talks over several days ("die dreitägigen Verhandlungen"): no one day to give
    before = _BEFORE.search(s.text)
    if before is not None and e.kind == "claim" and before.group(0).lower() in ("bereits", "already"):
        before = _BEFORE.search(s.text, before.end())  # "ist bereits unter Kontrolle": claimed now
    if before is not None and not (before.group(0).lower() == "had" and _SAID_HAD.search(s.text)):
        return  # (an English "said ... had taken" is reported speech of the day, not an earlier act)
    e.date_start = e.date_end = published
    e.date_basis = "the article's date: reported as current, no date in the sentence"


MULTI_DAY = re.compile(r"(?:\b(?:zwei|drei|vier|fünf|mehr|\d+)-?tägig\w*|"
                       r"\b(?:two|three|four|five|multi|\d+)-day)\s+(?:[\w-]+\s+)?(?:Verhandlung\w*|"
                       r"Gespräch\w*|Treffen|Beratung\w*|Gipfel\w*|talks|negotiations|meeting|summit|"
                       r"consultations)\b|\b(?:two|three|four|five|several) days of "
                       r"(?:talks|negotiations|meetings|consultations)\b", IC)


AN_HOUR = re.compile(r"\b(?:eine|einer|an|one)\s+(halbe\s+|half\s+)?(?:Stunde|hour)\b", IC)


def _round_details(e: NewsEvent, s: Sentence) -> None:
    t = s.text
    if OUTCOME_NONE.search(t):
        e.outcome = "none"
    elif OUTCOME_AGREE.search(t):
        e.outcome = "agreement"
    v = VENUE.search(t)
    if v:
        e.venue = v.group(1)
    minutes = 0.0
    spans: set[tuple[int, int]] = set()
    for f in s.figures:
        if (f.start, f.end) in spans:
            continue  # the lower end of a range ("zwei bis drei Stunden"): the upper end counts
        spans.add((f.start, f.end))
        if f.unit == "hours":
            minutes += f.value * 60
        elif f.unit == "minutes" and f.value < 600:
            minutes += f.value
    hour = AN_HOUR.search(t)
    if not minutes and hour:
        # "eine Stunde", "an hour": an indefinite article is no figure, but it is a duration
        minutes = 30.0 if hour.group(1) else 60.0
    if minutes:
        e.duration_minutes = round(minutes)
    mediators: list[str] = []
    for m in MEDIATION.finditer(t):
        word = next((g for g in m.groups() if g), None)
        actor = _actor_word(word)
        if actor is None:
            # "von der Türkei vermittelt": the actor named right there
            span = (m.start() + s.start, m.end() + s.start)
            actor = next((x.actor for x in s.mentions if span[0] <= x.start < span[1] and x.actor),
                         None)
        if actor and actor not in mediators:
            mediators.append(actor)
    e.mediators = sorted(mediators)
    e.parties = [p for p in e.parties if p not in mediators]
    persons = [x for x in s.mentions if x.kind == "person" and x.actor]
    for h in HEADS.finditer(t):
        # the person named closest to "angeführt", "leitete", "led the" heads that delegation
        cue = h.start() + s.start
        if persons:
            x = min(persons, key=lambda p: min(abs(p.start - cue), abs(p.end - cue)))
            assert x.actor is not None
            e.heads.setdefault(x.actor, x.entity)
    if FUTURE.search(t) and not HAPPENED.search(t):
        e.outcome = "planned"


# a meeting told as held before (or beside) the one just reported: the heads' talk before the
# plenary ("Zuvor hatten sich die Chefunterhändler ... getroffen", "Before the full meeting, the
# heads of the delegations had a one-on-one conversation"); its own event, on that day
SIDE_TALK = re.compile(r"\bVieraugengespräch\w*|\bunter vier Augen\b|\bone-on-one\b|\btête-à-tête\b|"
                       r"\btete-a-tete\b", IC)
SIDE_MEETING = re.compile(r"^\W*(?:Zuvor|Davor|Vorher|Before the (?:[\w-]+ )?(?:meeting|talks|"
                          r"negotiations|plenary|session)|(?:Shortly|Soon|Kurz|Unmittelbar|Gleich) "
                          r"(?:after|before|nach|vor)(?! (?:the|dem|den|der) (?:[\w-]+ )?(?:meeting|talks|"
                          r"negotiations|Treffen|Gespräch\w*|Verhandlung\w*)\b))\b|" + SIDE_TALK.pattern, IC)


HEDGED_PLAN = re.compile(r"\b(?:(?-i:may|might)|perhaps|maybe|vielleicht|möglicherweise|eventuell|"
                         r"könnte\w*)\b[^.;]{0,80}\b(?:hold|meet|talk|talks|treffen|zusammenkommen|"
                         r"Gespräch\w*|Treffen)\b", IC)


def _hedged(e: NewsEvent, sents: list[Sentence], published: str | None) -> bool:
    """Whether a round is only said to be possible ("Perhaps we can host X and Y for talks next
    week", "Vielleicht könnten sich X und Y treffen"): a hedge before the meeting word, nothing
    told as held, no past day."""
    t = _sentence_text(e, sents)
    if not HEDGED_PLAN.search(t) or _happened(t):
        return False
    return e.outcome == "planned" or e.date_start is None or published is None \
        or (e.date_end or e.date_start)[:10] >= published


_PHONE = re.compile(r"\btelefon\w*|\bby phone\b|\bphone (?:call|conversation)|\bphoned\b", IC)


def _other_people(a: NewsEvent, b: NewsEvent) -> bool:
    """Whether two rounds are told about different people ("Trump und Putin telefonierten ...
    Merz hat mit Selenskyj telefoniert"): both name people and none in common (used for
    calls only: one meeting is often told person by person)."""
    return bool(a.participants) and bool(b.participants) and not set(a.participants) & set(
        b.participants)


def _merge(into: NewsEvent, other: NewsEvent) -> None:
    """Fill what the first sentence about a round left open from the next one."""
    for name in ("place", "venue", "duration_minutes", "date_start", "date_end", "date_basis"):
        if getattr(into, name) is None and getattr(other, name) is not None:
            setattr(into, name, getattr(other, name))
    if into.outcome is None:
        into.outcome = other.outcome
    into.mediators = sorted(set(into.mediators) | set(other.mediators))
    into.parties = sorted((set(into.parties) | set(other.parties)) - set(into.mediators))
    for a, p in other.heads.items():
        into.heads.setdefault(a, p)
    for p in other.participants:
        if p not in into.participants:
            into.participants.append(p)


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
