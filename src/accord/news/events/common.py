"""What every event family shares: the cue patterns the coder and several families use (meeting
words, capture and rebuttal words, the future, topics), the actors and their adjectives, and the
PLOVER/CAMEO coder (`_code`). Places named in a sentence (`_places`) live in `event_places`, the
date of a sentence (`_date`, `said_day`, `deadline`) in `event_dates`, the record maker (`_event`,
`_topic`, `_quantity`, `ATTRIBUTION`) in `event_records`.

Every family module imports from here; nothing here imports a family.
"""

from __future__ import annotations

import re

from accord.news.prefilter import gate_patterns

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


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
