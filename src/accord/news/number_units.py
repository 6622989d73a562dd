"""Units of figures (moved from `numbers`): the counted nouns of the annotation scheme by lemma,
German and English (`NOUNS`, `COUNTED`), German compounds read by their last part, the unit
words that follow a number (`UNITS`), and the noun after a number that names its unit."""

from __future__ import annotations

import re

from accord.news.number_words import _NUMBER

# Counted nouns, by lemma (German and English), per unit of the annotation scheme (the corpus
# check.py's UNITS): the noun after a number names its unit. A key is a lemma or a lower-case
# surface form (English plurals whose singular is another word: "minors", "ukrainians"). Any other
# noun is its own unit (its lemma), which the scheme does not count (tonnes, strikes, tanks).
# Multi-word and abbreviated units ("prisoners of war", "UAVs", "km²", "Mrd. Euro") are in UNITS
# below; German compounds are read by their last part (`_DE_HEADS`).
NOUNS: dict[str, str] = {
    "prisoners": "gefangener gefangene kriegsgefangene kriegsgefangener zivilgefangene zivilgefangener "
                 "häftling inhaftierter inhaftierte internierter internierte "
                 "prisoner pow detainee captive internee "
                 # those come home from captivity
                 "heimkehrer rückkehrer freigelassene freigelassener returnee returnees",
    "bodies": "leiche leichnam body corpse",
    "civilians": "zivilist zivilistin zivilperson civilian civilians",
    "children": "kind child children minderjähriger minderjährige minors",
    "people": "person mensch people leute einwohner bewohner opfer flüchtling vertriebener "
              "verwundeter verwundete verletzter verletzte individual individuals refugee resident "
              "inhabitant victim casualty "
              # those polled ("1,031 respondents", "2000 Ukrainian adults", "2.000 Befragte")
              "respondent respondents befragter befragte adult adults erwachsener erwachsene "
              # people by their role at talks ("45 national security advisers", "zwölf Diplomaten")
              "berater beraterin adviser advisor advisers advisors diplomat diplomatin diplomats "
              "delegierter delegierte delegate delegates unterhändler unterhändlerin negotiator negotiators "
              # people by their office ("two Ukrainian officials", "seven African leaders", "2-3
              # Vertreter", "27 Staats- und Regierungschefs"; not "participants", often the states
              # at a conference)
              "official officials beamter beamte vertreter vertreterin representative representatives "
              "leader leaders regierungschef regierungschefin staatschef staatschefin "
              # (session 17) staff, volunteers; German participants ("sechs Teilnehmern", "500
              # Teilnehmende"; English "participants" are often the states at a conference)
              "employee employees mitarbeiter mitarbeiterin staff volunteer volunteers freiwilliger "
              "freiwillige teilnehmer teilnehmerin teilnehmende teilnehmender "
              # (session 18) veterans ("two American ex-servicemen, veterans who fought for Kyiv")
              "veteran veterans veteranin veteranen",
    "soldiers": "soldat soldatin soldier serviceman servicemen servicewoman servicemember "
                "kämpfer militärangehöriger militärangehörige verteidiger defender söldner "
                "wehrpflichtiger wehrpflichtige kombattant fighters conscript mercenary personnel "
                "militant militants krieger warrior nationalgardist guardsman guardsmen grenzschützer "
                "paratrooper marines "
                # by their rank ("33 officers and 17 sergeants were released", "40 Offiziere")
                "officer officers offizier offiziere unteroffizier unteroffiziere sergeant sergeants "
                # and by their command ("five commanders who led the defence", "zwei Kommandeure")
                "commander commanders kommandeur kommandeure kommandant kommandanten befehlshaber",
    "points": "punkt point",
    "steps": "etappe schritt stufe phase step stage",
    "regions": "region gebiet oblast provinz province territorium territory",
    "countries": "staat land nation country state powers",
    "settlements": "siedlung ortschaft dorf ort settlement village town locality hamlet",
    "rounds": "runde verhandlungsrunde treffen gespräch telefonat round meeting",
    "drones": "drohne drone uavs",
    "missiles": "rakete marschflugkörper missile rockets",
    "households": "haushalt household",
    "percent": "prozent percent",
    "hours": "stunde hour", "minutes": "minute", "days": "tag day", "weeks": "woche week",
    "months": "monat month", "years": "jahr year",
    # distances and areas written into a compound ("30-Kilometer-Zone", "a 15-km buffer")
    "km": "kilometer kilometre km", "km2": "quadratkilometer km²",
    # nationals counted ("230 Ukrainians", "five British nationals", "zwei Amerikaner"): prisoners
    # when released or exchanged (below), else people (English plural nouns only: "Ukrainian" or
    # "American" before a noun is an adjective)
    "nationals": "ukrainians russians ukrainer ukrainerin russe russin citizens bürger staatsbürger "
                 "landsleute compatriots nationals foreigners ausländer staatsangehörige staatsangehöriger "
                 "americans britons brits germans turks georgians belarusians moldovans canadians "
                 "australians swedes danes croatians moroccans israelis amerikaner brite türke franzose",
    # members: countries when of a club of states (`numbers`: "35 Mitglieder der Initiative", "the
    # five permanent members of the Security Council"), else no unit of the scheme
    "members": "mitglied member members",
    # the fallen: bodies when handed over (below), else no unit of the scheme
    "fallen": "gefallene gefallener",
    # homes and supply customers: households when the sentence is about power, heat or water
    # (below: "eine Million Häuser ohne Strom", "500,000 homes without power"), else no unit of the
    # scheme (English plural surface forms: "came home" is no count of homes)
    "homes": "haus wohnhaus wohnung homes houses apartments flats dwellings kunde verbraucher abnehmer "
             "customers consumers subscribers",
}
COUNTED = {w: unit for unit, words in NOUNS.items() for w in words.split()}
# English words that count people when nothing more specific follows: "12 killed", "40 wounded",
# but "40 wounded soldiers" counts soldiers
_WEAK = {"killed": "people", "dead": "people", "wounded": "people", "injured": "people"}
# German compounds are counted by their last part: "Nato-Mitgliedstaaten", "Kampfdrohnen",
# "Verhandlungsrunden", "Kriegsjahre" (lemma endings; a plural ending where the singular names
# something else: "Mitgliedsländer" but not "Bundesland", "Ausland")
_DE_HEADS = {"gefangene": "prisoners", "gefangener": "prisoners", "häftling": "prisoners",
             "treffen": "rounds", "gespräch": "rounds", "telefonat": "rounds",
             "soldat": "soldiers", "kämpfer": "soldiers",
             "befehlshaber": "soldiers", "kommandeur": "soldiers", "drohne": "drones", "rakete": "missiles",
             "flugkörper": "missiles", "staat": "countries", "länder": "countries", "nation": "countries",
             "runde": "rounds", "siedlung": "settlements", "ortschaft": "settlements",
             "dörfer": "settlements", "zivilist": "civilians", "region": "regions", "gebiet": "regions",
             "provinz": "regions", "leiche": "bodies", "leichnam": "bodies", "haushalt": "households",
             "kinder": "children", "jahre": "years", "tage": "days", "stunde": "hours", "woche": "weeks",
             "monat": "months", "minute": "minutes", "berater": "people", "diplomat": "people"}
_DE_HEAD_RE = re.compile(r"(?i)(?P<stem>\w{3,}?)(?P<head>"
                         + "|".join(sorted(_DE_HEADS, key=len, reverse=True)) + r")(?:n|en|e|s|es|er)?$")
# compounds whose head is no count of the scheme although it ends like one
_NOT_HEADS = ("bundesstaat", "bundesländer", "kirchenstaat", "rechtsstaat", "feiertage", "jahrestage",
              "parteitage", "landtage", "bundestage", "vortage", "lebensjahre", "staatshaushalt",
              # people named after a land: "200 Ausländer", "zwei Niederländer"
              "ausländer", "inländer", "niederländer", "engländer", "holländer", "isländer",
              "neuseeländer", "grönländer", "hinterländer")

# (unit id, regex of the unit words that follow the number). Order matters: first match wins.
UNITS: list[tuple[str, str]] = [
    ("percent", r"(?:Prozent|%|per\s?cent|percent)"),
    ("km2", r"(?:Quadratkilometern?|km²|km2|qkm\b|sq\.?\s?km\b|square\s+(?:kilomet(?:er|re)s?|km\b))"),
    ("km", r"(?:Kilometern?|km|kilomet(?:er|re)s?)\b"),
    ("degC", r"(?:Grad(?:\s+Celsius)?|°C?|degrees?)"),
    ("hours", r"(?:Stunden?|hours?|Std\.|hrs?\b)"),
    ("minutes", r"(?:Minuten?\b|minutes?\b|Min\.|mins?\b)"),  # (whole words: "minutes ago" is relative)
    ("days", r"(?:Tagen?|days?)\b"),
    ("prisoners", r"(?:[\w-]*Gefangenen?|Kriegsgefangenen?|prisoners?(?:\s+of\s+war)?|POWs?)\b"),
    ("soldiers", r"(?:Soldat(?:en|innen)?\b|Mann\b|Truppen\b|troops|soldiers|(?:Armee)?[Aa]ngehörigen?\b|"
                 r"service\s?(?:wo)?men\b|service\s?members\b)"),
    # (a compound that starts with the unit counts something else: "drei Drohnenangriffe")
    ("drones", r"(?:[\w-]*Drohnen|drones|UAVs|unmanned\s+aerial\s+vehicles|"
               r"unbemannte[nr]?\s+(?:Flugkörper|Luftfahrzeuge|Fluggeräte|Flugobjekte)n?)\b"),
    ("missiles", r"(?:[\w-]*Raketen|[\w-]*[Ff]lugkörpern?|missiles|rockets)\b"),
    ("households", r"(?:[\w-]*Haushalten?\b|households)"),
    ("USD", r"-?(?:US-Dollar|Dollar|USD|\$)"),
    ("EUR", r"-?(?:Euros?\b|EUR\b|€)"),  # (not "24 europäische Staaten")
    ("civilians", r"(?:Zivilist(?:en|innen)|civilians)\b"),
    ("people", r"(?:Menschen|(?-i:Toten?)\b|Todesopfer|(?-i:Verletzte)|people|individuals|"
               # women, men and children counted together ("20 Frauen und Kinder", "300 women and
               # children"; "five women" alone is a part of a group told before)
               r"(?:Frauen|women|Männer|men)\s+(?:und|and)\s+(?:Kinder[n]?|children|Frauen|women|Männer|men)\b)"),
]
# a unit word follows its number on the same line or the next, never across a blank line
_GAP = r"[^\S\n]*\n?[^\S\n]*"
_UNIT_RE = [(u, re.compile(_GAP + r"(?:[\w-]+" + _GAP + r"(?<=\s)){0,2}?" + p, re.IGNORECASE))
            for u, p in UNITS]
_UNIT_TIGHT = [(u, re.compile(_GAP + p, re.IGNORECASE)) for u, p in UNITS]
# the same as one pattern: the first unit of `_UNIT_TIGHT` that matches at a position is the one
# this alternation matches there (each unit opens with a character that is no space, so the gap
# before it is all the spaces there in either: the units are tried in order after the same gap),
# named by its group (`lastgroup`): one search instead of one per unit
assert all(re.compile(p).groups == 0 for _, p in UNITS)
_UNIT_TIGHT_ONE = re.compile(_GAP + "(?:" + "|".join(f"(?P<{u}>{p})" for u, p in UNITS) + ")",
                             re.IGNORECASE)


_KNOWN_UNITS = frozenset(COUNTED.values()) | {u for u, _ in UNITS}
# words that may stand between a number and its counted noun: adjectives and participles
# ("1.000 russische und ukrainische Soldaten", "3,000 more bodies")
# never across a blank line; a quoted noun counts ('two "great powers"', 'zwei „Großmächte“')
_NOUN = re.compile(r"(?:(?=\s)[^\S\n]*\n?[^\S\n]*|-)[\"“„«‘']?(?P<w>[^\W\d_]+)")
_NOT_NOUN = re.compile(r"^(?:von|vor|nach|bis|für|mit|aus|bei|seit|um|in|im|am|an|auf|zu|zum|zur|der|die|das|"
                       r"über|unter|gegen|ohne|durch|"
                       r"den|dem|des|of|for|to|from|with|by|at|on|in|the|als|than|uhr|"
                       r"over|under|against|without|across|into|"
                       # (session 16) a verb right after the number: the number stands for a noun
                       # named before ("Of the 150 drones, 118 were shot down", "30 were intercepted
                       # and 12 hit"), it is not counted by what follows ("eleven are officers" is)
                       r"were|was|been|have|has|had|will|would|could|can|may|might|must|"
                       r"remain|remained|remains|hit|did|do|does)$", re.IGNORECASE)


# English: a singular noun of people or weapons before a plural noun is a modifier, and the plural
# noun is what is counted ("three prisoner exchanges", "two drone strikes"; "a 1,000-prisoner swap"
# and "a 30-day pause" keep their unit)
_MODIFIER_HEAD = re.compile(r"[^\S\n]+(?P<w>[a-z]{3,}[^s\W]s)\b")
_SINGULAR_MODIFIERS = ("prisoner", "soldier", "drone", "missile", "civilian", "household", "body",
                       "child", "person", "region", "settlement", "village", "country", "state",
                       "personnel",  # ("17 armoured personnel carriers" count vehicles)
                       "member")  # ("27 member states", "three member countries")


def _unit(text: str, pos: int, known_only: bool = False, lang: str = "de") -> tuple[str | None, int]:
    """The unit of the number ending at `pos` (see `_unit_word`), unless, in English, it is a
    singular modifier of a plural noun: then that noun's lemma."""
    unit, end = _unit_word(text, pos, known_only, lang)
    if unit is not None and lang != "de":
        word = re.search(r"[^\W\d_]+$", text[pos:end])
        head = _MODIFIER_HEAD.match(text, end)
        if word is not None and word.group(0).lower() in _SINGULAR_MODIFIERS and head is not None:
            from accord.news.lemmas import lemma

            w = lemma(head.group("w"), "en")
            return (None, pos) if known_only and w not in COUNTED else (COUNTED.get(w, w), head.end())
    return unit, end


def _unit_word(text: str, pos: int, known_only: bool = False, lang: str = "de") -> tuple[str | None, int]:
    """The unit of the number ending at `pos`: a listed unit word, else the counted noun (its
    lemma, mapped through COUNTED) after at most three modifiers or a hyphen
    ("28-Punkte-Plan", "20-point plan"). Number words take only mapped units."""
    m = _UNIT_TIGHT_ONE.match(text, pos)  # (the first of `_UNIT_TIGHT` that matches)
    if m is not None:
        u = m.lastgroup
        if u == "prisoners" and lang == "de" and (head := _captive_head(text, m)):
            return head  # "157 gefangene ukrainische Soldaten": soldiers, who are captives
        if u in ("soldiers", "prisoners") and (mixed := _AND_OTHERS.match(text, m.end())) is not None:
            return "people", mixed.end()  # a mixed group: "1,200 service members and civilians"
        return u, m.end()
    if (strong := _STRONG.match(text, pos)) is not None:
        return "soldiers", strong.end()  # "a 30,000-strong force": troops counted
    if (head_of := _HEAD_OF.match(text, pos)) is not None:
        # the noun right after the number is counted, not the one after its "of": "845 bodies of
        # servicemen", "640 Leichen von Soldaten", "40 children of soldiers"
        from accord.news.lemmas import lemma

        word = head_of.group("w")
        key = next((k for k in (lemma(word, lang), word.lower()) if k in COUNTED), None)
        if key is not None and COUNTED[key] not in ("nationals", "fallen", "homes"):
            return COUNTED[key], head_of.end("w")
    for u, rx in _UNIT_RE:
        m = rx.match(text, pos)
        if m is not None and u == "prisoners" and lang == "de" and (head := _captive_head(text, m)):
            return head
        if m is not None and u == "civilians" and re.search(r"\b(?:and|und|or|oder)\b", m.group(0)):
            return "people", m.end()  # civilians with others ("200 soldiers and civilians")
        if m is not None and u not in ("percent", "degC", "km", "km2", "hours", "minutes", "days", "USD",
                                        "EUR"):
            return u, m.end()
    from accord.news.lemmas import lemma

    if lang == "de" and (ext := _EXT_ATTR.match(text, pos)) is not None:
        # a German attribute before the noun: "acht mit den Gesprächen vertraute Personen"
        word = ext.group("w")
        key = next((k for k in (lemma(word, lang), word.lower()) if k in COUNTED), None)
        unit = COUNTED[key] if key is not None else _de_head(word)
        if unit is not None:
            return unit, ext.end()
    at, last = pos, None
    if (of := (_OF_THE if lang != "de" else _DER).match(text, pos)) is not None \
            and not _ONE.search(text, max(0, pos - 6), pos):
        # "62 of its captured servicemen", "two of the children", "zwei der Kinder", "40 von den
        # Gefangenen" (a noun of the scheme only); "75 of the 248 servicemen" counts servicemen
        # twice, like "drei der 40 Gefangenen" (the whole is a figure of its own)
        whole = _NUMBER.match(text, of.end() + 1)
        if whole is None:
            at, known_only = of.end(), True
        elif whole.group("num") is not None:
            at, known_only = whole.end(), True
    for _ in range(4):
        if lang != "de" and (abbr := _DOTTED.match(text, at)) is not None:
            at = abbr.end()  # a dotted abbreviation as a modifier: "two U.S. military veterans"
            continue
        n = _NOUN.match(text, at)
        if n is None or _NOT_NOUN.match(n.group("w")) or (n.group(0)[0] == "-" and at != pos):
            break
        word = n.group("w")
        key = next((k for k in (lemma(word, lang), word.lower()) if k in COUNTED), None)
        if key is not None and lang == "de" and word[0].islower() and _NOUN.match(text, n.end()):
            key = None  # a German participle before its noun: "23 schwer verletzte Soldaten"
        if lang == "de" and word[0].isupper() and (cut := _TRUNCATED.match(text, n.end())) is not None:
            # "Industrie- und Schwellenländer": the last compound names the unit, also when the
            # first part is a counted noun itself ("Staats- und Regierungschefs" are people)
            at = cut.end()
            continue
        if key is not None:
            return COUNTED[key], n.end()
        if lang == "de" and word[0].isupper():
            # a German compound is counted by its last part ("EU-Staaten", "Mitgliedsländer")
            compound = _COMPOUND.match(text, n.start("w"))
            if compound is not None and (unit := _de_head(compound.group(0))) is not None:
                return unit, compound.end()
            # a German noun (capitalised) not in the mapping: its lemma is the unit
            if known_only or len(word) < 3 or text[n.end():n.end() + 1] == "-":
                return None, pos
            return lemma(word, "de"), n.end()
        if text[at] == "-":
            return None, pos
        if lang != "de":
            if word.lower() in _WEAK:
                # "40 wounded", but "40 wounded soldiers" (a counted noun right after it)
                nxt = _NOUN.match(text, n.end())
                if nxt is not None:
                    nw = nxt.group("w")
                    k = next((k for k in (lemma(nw, lang), nw.lower()) if k in COUNTED), None)
                    if k is not None:
                        return COUNTED[k], nxt.end()
                return _WEAK[word.lower()], n.end()
            last = n  # English: a modifier, or the noun when nothing follows
        at = n.end()
    if last is not None and not known_only and last.group("w").islower():
        return lemma(last.group("w"), "en"), last.end()
    return None, pos


# a German extended attribute between a number and its noun: a phrase with a preposition, then an
# inflected participle or adjective ("200 nach Russland verschleppte Kinder", "1.000 in
# Gefangenschaft geratene Soldaten", "drei an den Gesprächen beteiligte Staaten"), which may hold
# a year ("drei von Russland 2022 besetzte Gebiete", "zwei seit 2014 umkämpfte Regionen");
# only a noun of the scheme is taken
_EXT_ATTR = re.compile(r"[^\S\n]+(?:mit|von|vom|nach|aus|in|im|an|am|auf|bei|für|gegen|unter|über|zu|zum|zur|"
                       r"durch|seit|vor|wegen)[^\S\n]+(?:(?:[^\W\d_][\w-]*|(?:19|20)\d\d)[^\S\n]+){0,4}?"
                       r"(?!(?:de[mnrs]|die|das|(?:k|m|d|s)?eine[mnrs]?|ihre[mnrs]?|unsere[mnrs]?|euere[mnrs]?|"
                       r"diese[mnrs]?|jene[mnrs]?|welche[mnrs]?|alle[mnrs]?|viele[nmrs]?)\b)"
                       r"[a-zäöüß][\w-]{2,}(?:e|en|er|es|em)[^\S\n]+(?P<w>[A-ZÄÖÜ][\w-]*)(?![\w-])")
# a German compound cut short before a conjunction ("Industrie- und Schwellenländer", "Nato-, EU-
# und G7-Staaten"): the compounds share the last one's head
_TRUNCATED = re.compile(r"-(?:,[^\S\n]*[^\W\d_][\w-]*-)*[^\S\n]+(?:und|oder|sowie|bzw\.)(?=[^\S\n])")
# others counted with soldiers or prisoners in one number: the group is people ("1,200 service
# members and civilians", "300 Soldaten und Zivilisten", "40 prisoners and children")
_AND_OTHERS = re.compile(r"(?i)[^\S\n]+(?:and|und|sowie)[^\S\n]+(?:civilians|Zivilist(?:en|innen)|"
                         r"Zivilpersonen|children|Kinder[n]?|women|Frauen)\b")
_STRONG = re.compile(r"-strong(?=\s+(?:[\w-]+\s+)?(?:force|contingent|army|mission|troops?|deployment|"
                     r"brigade|corps|garrison)\b)", re.IGNORECASE)
_HEAD_OF = re.compile(r"[^\S\n]+(?P<w>[^\W\d_]{3,})[^\S\n]+(?:of|von)[^\S\n]",
                      re.IGNORECASE)
_OF_THE = re.compile(r"[^\S\n]+of[^\S\n]+(?:the|its|their|his|her|our|those|these)(?=[^\S\n])", re.IGNORECASE)
_ONE = re.compile(r"(?<![\w-])(?:one|eine[rsm]?|eins|1)$", re.IGNORECASE)  # ("one of the children": no count)
_DER = re.compile(r"[^\S\n]+(?:der|von[^\S\n]+den)(?=[^\S\n])")
_DOTTED = re.compile(r"[^\S\n]+(?:[A-Z]\.){2,3}(?=[^\S\n]+[^\W\d_])")
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


# a German adjective of captivity before its noun ("gefangene", "kriegsgefangenen"): the noun
# after it, past at most two more adjectives, is what is counted
_CAPTIVE_ADJ = re.compile(r"[\w-]*gefangene[nmrs]?$")
_ADJ_THEN_NOUN = re.compile(r"(?:[^\S\n]+[a-zäöüß][\w-]*(?:e|en|er|es|em)){0,2}"
                            r"[^\S\n]+(?P<w>[A-ZÄÖÜ][\w-]*)(?![\w-])")


def _captive_head(text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """The unit of the German noun after a lower-case adjective of captivity matched as a unit
    word (`m`): "150 gefangene Soldaten" counts soldiers, "40 gefangene Zivilisten" civilians, as
    the noun says (the scheme counts the head noun); None when no noun of the scheme follows
    ("300 Gefangene", "200 gefangene Marineinfanteristen" stay prisoners)."""
    word = m.group(0).split()[-1] if m.group(0).split() else ""
    if not word[:1].islower() or _CAPTIVE_ADJ.search(word) is None:
        return None
    n = _ADJ_THEN_NOUN.match(text, m.end())
    if n is None:
        return None
    from accord.news.lemmas import lemma

    noun = n.group("w")
    key = next((k for k in (lemma(noun, "de"), noun.lower()) if k in COUNTED), None)
    unit = COUNTED[key] if key is not None else _de_head(noun)
    if unit is None or unit in ("prisoners", "nationals", "fallen", "homes"):
        return None
    return unit, n.end()


def _de_head(word: str) -> str | None:
    """The unit of a German compound noun by its last part: `Nato-Mitgliedstaaten` -> countries,
    `Verhandlungsrunden` -> rounds, `Kriegsjahre` -> years; None when no part counts."""
    from accord.news.lemmas import lemma

    last = word.rsplit("-", 1)[-1]
    if last != word and last[:1].isupper():
        key = next((k for k in (lemma(last, "de"), last.lower()) if k in COUNTED), None)
        if key is not None:
            return COUNTED[key]
    low = last.lower()
    if low.startswith(_NOT_HEADS):
        return None
    for form in (low, lemma(last, "de")):
        m = _DE_HEAD_RE.match(form)
        if m is not None:
            return _DE_HEADS[m.group("head").lower()]
    return None
