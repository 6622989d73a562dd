"""Figures: numbers with units and hedges in German and English news text.

Handles digits with German or English separators (`1.000`, `51,4`, `300,000`, `−20`), number
words (`tausend`, `anderthalb`, `zwei`, `fünfundzwanzig`, `twenty-five`), compounds
(`fünfstündig`, `24-stündige`), scale words (`Millionen`, `Mrd.`, `hundred`, `dozen`, `$90bn`),
hedges (`rund`, `etwa`, `bis zu`, `mehr als`, `fast`, `jeweils`), ranges (both ends) and rates
(`pro Monat`, `monatlich`, `pro Tag`). Calendar dates, years, ordinals, ages in brackets and
article numbers are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# Indefinite articles ("eine Stunde", "a week") are not numerals and are not listed.
WORDS = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
         "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
         "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
         "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
         "neunzig": 90, "hundert": 100, "tausend": 1000, "anderthalb": 1.5, "eineinhalb": 1.5,
         "zweieinhalb": 2.5, "dreieinhalb": 3.5, "halbe": 0.5, "one": 1, "two": 2, "three": 3,
         "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
         "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
         "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
         "thousand": 1000, "dozen": 12, "dutzend": 12,
         # a scale noun in the singular states its number ("eine Million Menschen", "a billion
         # dollars"); German "Billion" is 10^12 (below)
         "million": 1e6, "milliarde": 1e9, "billion": 1e9, "trillion": 1e12}
# compound number words: "twenty-five"; German compounds ("fünfundzwanzig", "zweihundertfünfzig",
# "dreitausendfünfhundert") are read by `_DE_NUMERAL` below
_DE_ONES = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
            "neun": 9}
_EN_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9}
for _o, _ov in _DE_ONES.items():
    # "viereinhalb", "zehneinhalb": a number and a half
    WORDS.setdefault(_o + "einhalb", _ov + 0.5)
for _o in ("zehn", "elf", "zwölf"):
    WORDS[_o + "einhalb"] = WORDS[_o] + 0.5
WORDS["halb"] = 0.5  # only fused: "halbstündig"
for _o, _ov in _EN_ONES.items():
    for _t in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"):
        WORDS[_t + "-" + _o] = WORDS[_t] + _ov
# German cardinals are written as one word: ones, teens, tens ("einundzwanzig"), hundreds
# ("zweihundertfünfzig", "hundertzwanzig") and thousands ("dreitausendfünfhundert")
_DE_TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
             "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
_DE_TENS = {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
            "achtzig": 80, "neunzig": 90}
_DE_1 = "(?:" + "|".join(_DE_ONES) + ")"
_DE_99 = ("(?:" + _DE_1 + "und(?:" + "|".join(_DE_TENS) + ")|" + "|".join(_DE_TENS) + "|"
          + "|".join(sorted(_DE_TEENS, key=len, reverse=True)) + "|" + _DE_1 + ")")
_DE_999 = "(?:" + _DE_1 + "?hundert(?:und)?" + _DE_99 + "?|" + _DE_99 + ")"
_DE_NUMERAL = "(?:" + _DE_999 + "?tausend(?:und)?" + _DE_999 + "?|" + _DE_999 + ")"


def _de_below_1000(w: str) -> float:
    value = 0.0
    if "hundert" in w:
        head, w = w.split("hundert", 1)
        value += 100 * (_DE_ONES[head] if head else 1)
        w = w.removeprefix("und")
    if not w:
        return value
    if w in _DE_TEENS:
        return value + _DE_TEENS[w]
    if w in _DE_TENS:
        return value + _DE_TENS[w]
    if "und" in w:
        one, ten = w.split("und", 1)
        return value + _DE_ONES[one] + _DE_TENS[ten]
    return value + _DE_ONES[w]


def number_word(word: str) -> float | None:
    """The value of a number word (`zwei`, `dreihundertzwölf`, `twenty-five`, `anderthalb`), else None."""
    w = word.lower()
    if w in WORDS:
        return WORDS[w]
    if not re.fullmatch(_DE_NUMERAL, w):
        return None
    if "tausend" in w:
        head, rest = w.split("tausend", 1)
        return (_de_below_1000(head) if head else 1) * 1000 + _de_below_1000(rest.removeprefix("und"))
    return _de_below_1000(w)


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
              "inhabitant victim casualty",
    "soldiers": "soldat soldatin soldier serviceman servicemen servicewoman servicemember "
                "kämpfer militärangehöriger militärangehörige verteidiger defender söldner "
                "wehrpflichtiger wehrpflichtige kombattant fighters conscript mercenary personnel "
                "krieger warrior nationalgardist guardsman guardsmen grenzschützer paratrooper marines",
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
             "soldat": "soldiers", "kämpfer": "soldiers", "drohne": "drones", "rakete": "missiles",
             "flugkörper": "missiles", "staat": "countries", "länder": "countries", "nation": "countries",
             "runde": "rounds", "siedlung": "settlements", "ortschaft": "settlements",
             "dörfer": "settlements", "zivilist": "civilians", "region": "regions", "gebiet": "regions",
             "provinz": "regions", "leiche": "bodies", "leichnam": "bodies", "haushalt": "households",
             "kinder": "children", "jahre": "years", "tage": "days", "stunde": "hours", "woche": "weeks",
             "monat": "months", "minute": "minutes"}
_DE_HEAD_RE = re.compile(r"(?i)(?P<stem>\w{3,}?)(?P<head>"
                         + "|".join(sorted(_DE_HEADS, key=len, reverse=True)) + r")(?:n|en|e|s|es|er)?$")
# compounds whose head is no count of the scheme although it ends like one
_NOT_HEADS = ("bundesstaat", "bundesländer", "kirchenstaat", "rechtsstaat", "feiertage", "jahrestage",
              "parteitage", "landtage", "bundestage", "vortage", "lebensjahre", "staatshaushalt",
              # people named after a land: "200 Ausländer", "zwei Niederländer"
              "ausländer", "inländer", "niederländer", "engländer", "holländer", "isländer",
              "neuseeländer", "grönländer", "hinterländer")
# "-stündig", "-tägig", "-wöchig" fuse a number and a duration: "dreitägige", "30-tägigen"
# and a number fused with a counted noun of a plan: "Dreistufenplan", "28-Punkteplan"
_FUSED = {"stündig": "hours", "tägig": "days", "wöchig": "weeks", "monatig": "months",
          "jährig": "years", "minütig": "minutes", "punkte": "points", "stufen": "steps",
          "phasen": "steps", "etappen": "steps"}
_FUSED_RE = "(?:" + "|".join(_FUSED) + ")"
SCALES = {"tausend": 1e3, "thousand": 1e3, "million": 1e6, "millionen": 1e6, "mio.": 1e6,
          "mio": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9,
          "billion": 1e9, "billionen": 1e12, "bn": 1e9, "trillion": 1e12, "tn": 1e12,
          "hundred": 1e2, "hundert": 1e2, "dozen": 12, "dutzend": 12}

# (unit id, regex of the unit words that follow the number). Order matters: first match wins.
UNITS: list[tuple[str, str]] = [
    ("percent", r"(?:Prozent|%|per\s?cent|percent)"),
    ("km2", r"(?:Quadratkilometern?|km²|km2|qkm\b|sq\.?\s?km\b|square\s+(?:kilomet(?:er|re)s?|km\b))"),
    ("km", r"(?:Kilometern?|km|kilomet(?:er|re)s?)\b"),
    ("degC", r"(?:Grad(?:\s+Celsius)?|°C?|degrees?)"),
    ("hours", r"(?:Stunden?|hours?|Std\.|hrs?\b)"),
    ("minutes", r"(?:Minuten?|minutes?|Min\.|mins?\b)"),
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
    ("EUR", r"-?(?:Euro|EUR|€)"),
    ("civilians", r"(?:Zivilist(?:en|innen)|civilians)\b"),
    ("people", r"(?:Menschen|(?-i:Toten?)\b|Todesopfer|Verletzte|people|individuals)"),
]
# a unit word follows its number on the same line or the next, never across a blank line
_GAP = r"[^\S\n]*\n?[^\S\n]*"
_UNIT_RE = [(u, re.compile(_GAP + r"(?:[\w-]+" + _GAP + r"(?<=\s)){0,2}?" + p, re.IGNORECASE))
            for u, p in UNITS]
_UNIT_TIGHT = [(u, re.compile(_GAP + p, re.IGNORECASE)) for u, p in UNITS]

_HEDGES = [
    ("up_to", r"(?:bis\s+zu|up\s+to|maximal|höchstens|as\s+many\s+as|at\s+most)"),
    ("more_than", r"(?:mehr\s+als|über|more\s+than|over|über\s+die|gut|gute|guten|a\s+good|well\s+over|"
                  r"upwards\s+of|in\s+excess\s+of)"),
    ("less_than", r"(?:weniger\s+als|unter|less\s+than|fewer\s+than|under)"),
    ("at_least", r"(?:mindestens|wenigstens|at\s+least|no\s+fewer\s+than|no\s+less\s+than)"),
    ("about", r"(?:rund|etwa|ungefähr|circa|zirka|ca\.|fast|knapp|nahezu|beinahe|annähernd|"
              r"schätzungsweise|about|around|nearly|almost|some|roughly|approximately|an\s+estimated)"),
]
_HEDGE_RE = [(h, re.compile(p + r"\s+$", re.IGNORECASE)) for h, p in _HEDGES]

def _trie(words: dict[str, float]) -> str:
    """One regex for all `words` as a prefix tree ("zwei|zweieinhalb|zwölf" -> "z(?:wei(?:einhalb)?
    |wölf)"): the same matches as their longest-first alternation, but the engine tries one
    branch per character instead of every word at every position."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


# every German cardinal below 1000 as one prefix tree with the other number words (one branch per
# character: fast on the words that are no numbers), then an optional "-tausend-" part
_DE_BELOW_100 = [*_DE_ONES, *_DE_TEENS, *_DE_TENS, *(o + "und" + t for o in _DE_ONES for t in _DE_TENS)]
_DE_BELOW_1000 = {w: _de_below_1000(w) for w in
                  [*_DE_BELOW_100, *(p + "hundert" + u + r for p in ("", *_DE_ONES) for u in ("", "und")
                                     for r in ("", *_DE_BELOW_100) if r or not u)]}
_DE_TAIL = "tausend(?:und)?(?:" + _trie(_DE_BELOW_1000) + ")?"
_WORD_RE = "(?:(?:" + _trie({**WORDS, **_DE_BELOW_1000}) + ")(?:" + _DE_TAIL + ")?|" + _DE_TAIL + ")"
_NUMBER = re.compile(
    # a number after a hyphen only as the upper end of a range ("2-3 day")
    r"(?:(?<![\w.,/-])|(?<=\d[-–]))(?P<sign>[-−])?(?P<num>\d{1,3}(?:[.,  ']\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
    r"(?P<stuendig>-?" + _FUSED_RE + r"\w*)?(?P<glued>bn|tn|m)?(?P<gkm>km²|km2|qkm|km)?(?![\w/])"
    r"|(?<![\w])(?P<word>" + _WORD_RE + r")"
    r"(?P<wstuendig>" + _FUSED_RE + r"\w*)?(?![\w])",
    re.IGNORECASE)
_SCALE = re.compile(r"(?:\s*|-)(?P<s>" + "|".join(re.escape(s) for s in sorted(SCALES, key=len, reverse=True))
                    + r")(?![\w])", re.IGNORECASE)
_RATE = [("_per_month", re.compile(r"\s*(?:pro|im|je|per|a)\s+Monat|\s*monatlich|\s*per\s+month|"
                                   r"\s*a\s+month", re.IGNORECASE)),
         ("_per_day", re.compile(r"\s*(?:pro|am|je|per|a)\s+(?:Tag|day)|\s*täglich|\s*daily",
                                 re.IGNORECASE))]
_MONTHLY_BEFORE = re.compile(r"(?:monatlich|pro\s+Monat|jeden\s+Monat|per\s+month|each\s+month|"
                             r"every\s+month)\b[^.;:]*$", re.IGNORECASE)
_DAILY_BEFORE = re.compile(r"(?:täglich|pro\s+Tag|jeden\s+Tag|per\s+day|every\s+day|daily)\b[^.;:]*$",
                           re.IGNORECASE)
_NOT_FIGURE_AFTER = re.compile(r"\s*(?:\.\s*(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)|"
                               r"\.?\s*(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|"
                               r"Oktober|November|Dezember)\b|\)|/\d|"
                               # "3 min read" is page furniture
                               r"[\s-]*min(?:ute)?s?\.?\s+read\b)", re.IGNORECASE)
# a day after or before an English month name, or an Austrian one: "1 February", "3 Feb.", "the
# February 1 meeting", "Sept. 21", "3. Jänner" (case-sensitive: "may", "march" are verbs; a German
# month before a number is no date: "Ende Februar 30 Drohnen")
_MONTHS_EN = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
              r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?)")
_MONTH_AFTER = re.compile(r"(?:st|nd|rd|th)?\.?[^\S\n]*(?:Jänner|Feber|" + _MONTHS_EN + r")(?![^\W\d_])")
# (not when the month has its day before it: "am 3. Jänner 2 Treffen")
_MONTH_BEFORE = re.compile(r"(?<![\w.])(?<!\d[\s.])" + _MONTHS_EN + r"[^\S\n]*$")
# a page ("Seite 12"), not a side ("auf jeder Seite 1200")
_NOT_FIGURE_BEFORE = re.compile(r"(?:Artikel|Article|Art\.|Punkt|Nummer|Nr\.|No\.|Paragra(?:ph|f)|Absatz|"
                                r"Abs\.|Ziffer|Section|Clause|Klausel|Resolution|"
                                r"(?<!jeder\s)(?<!\bje\s)(?<!pro\s)(?<!beiden\s)(?<!einer\s)Seite|Kapitel|"
                                r"im\s+Jahr|Jahr|\(|/)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class RawFigure:
    start: int
    end: int
    value: float
    unit: str
    hedge: str
    per_side: bool | None
    text: str


def parse_number(raw: str) -> float:
    """`1.000` -> 1000, `51,4` -> 51.4, `300,000` -> 300000, `1.5` -> 1.5."""
    s = raw.replace(" ", "").replace(" ", "").replace("'", "")  # "1 000", Swiss "1'000"
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", s):
        return float(s.replace(".", "").replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d+", s):
        return float(s.replace(",", ""))
    return float(s.replace(",", "."))


_SMALL = r"(?:\d+(?:[.,]\d+)?|" + _trie(WORDS) + r")"  # (the words as a prefix tree: see _trie)
# the lower bound of a range right before a number: "zwei bis drei", "two to three", "2-3"
_RANGE_BEFORE = re.compile(r"(?<![\w.,])(?P<low>" + _SMALL + r")(?:\s+(?:bis|to)\s+|\s?[-–]\s?)$"
                           r"|\b(?:zwischen|between)\s+(?P<blow>" + _SMALL + r")\s+(?:und|and)\s+$"
                           r"|\bvon\s+(?P<vlow>" + _SMALL + r")\s+auf\s+$",
                           re.IGNORECASE)
_RANGE_AFTER = re.compile(r"(?:\s+(?:bis|to)\s+|\s?[-–]\s?)" + _SMALL + r"(?![\w.,]\d)", re.IGNORECASE)
# "zwischen 1.000 und 1.200 Gefangene", "between two and three days": the lower end of a range
_BETWEEN_AFTER = re.compile(r"\s+(?:und|and|auf)\s+" + _SMALL + r"(?![\w.,]\d)", re.IGNORECASE)
# a loose range, said with a comma or "or": "zwei, drei Tage", "zwei oder drei Wochen", "two or
# three days", "2 or 3 weeks"; a range only when the first number is the smaller (else a list)
_LOOSE_BEFORE = re.compile(r"(?<![\w.,])(?P<low>" + _SMALL + r")(?:,[^\S\n]+|[^\S\n]+(?:oder|or)[^\S\n]+)$",
                           re.IGNORECASE)
_LOOSE_AFTER = re.compile(r"(?:,[^\S\n]+|[^\S\n]+(?:oder|or)[^\S\n]+)(?P<n>" + _SMALL + r")(?![\w.,]\d)",
                          re.IGNORECASE)


def _small_value(w: str) -> float | None:
    """The value of a range end: digits or a number word."""
    w = w.lower()
    return float(WORDS[w]) if w in WORDS else parse_number(w) if w[:1].isdigit() else None


_BETWEEN_LEAD = re.compile(r"\b(?:zwischen|between|von)\s+$", re.IGNORECASE)
_SIDE_AFTER = re.compile(r"\s+(?:on each side|on both sides|auf beiden Seiten|auf jeder Seite|pro Seite|"
                         r"je Seite)\b", re.IGNORECASE)
_PRISONERS_BEFORE = re.compile(r"(?:prisoners?|Gefangene\w*|POWs?)\b[^.;]{0,60}$", re.IGNORECASE)


# a quantifier that makes a scale word vague (no numeral: "mehrere hundert Drohnen")
_VAGUE_BEFORE = re.compile(r"(?i)\b(?:einige[n]?|mehrere[n]?|etliche[n]?|ein\s+paar|wenige[n]?|viele[n]?|"
                           r"several|a\s+few|few|many)[^\S\n]+$")
_MINUS_BEFORE = re.compile(r"(?i)(?<![\w-])minus[^\S\n]+$")
_SCALE_ARTICLE = re.compile(r"(?i)(?<![\w-])(?:eine[rmn]?|a)[^\S\n]+$")
# a sentence about the supply of power, heat or water
_SUPPLY = re.compile(r"(?i)\bStrom\w*|\w+strom(?:ausfall|ausfälle|versorgung|netz|sperre)\w*|"
                     r"\w*(?:heizung|wärme)\w*|\bheiz\w*|elektrizität|energieversorgung|wasserversorgung|\bohne\s+wasser|blackout|"
                     r"\bpower\b|electricity|\bheat(?:ing)?\b|outages?\b|\bgrid\b|without\s+water")
_CURRENCY_BEFORE = re.compile(r"(?:US\$\s?|\$\s?|USD\s?|€\s?|EUR\s?)$")


def find_figures(text: str, base: int = 0, lang: str = "de") -> list[RawFigure]:
    """Figures in `text` with their spans (plus `base`)."""
    out: list[RawFigure] = []
    skip_until = -1
    consumed = -1  # the end of the last number with its scale word ("two hundred": no "hundred")
    for m in _NUMBER.finditer(text):
        s, e = m.span()
        if s < consumed:
            continue
        before = text[max(0, s - 40):s]
        if m.group("num") is not None:
            raw = m.group("num")
            value = parse_number(raw)
            if m.group("sign"):
                value = -value
            compound = m.group("stuendig")
            if not compound and re.fullmatch(r"(19|20)\d\d", raw) and not _counted_not_year(text, s, e, lang):
                continue  # a year
            if not compound and _NOT_FIGURE_AFTER.match(text, e):
                continue
            if re.fullmatch(r"0?[1-9]|[12]\d|3[01]", raw) and (
                    _MONTH_AFTER.match(text, e) or _MONTH_BEFORE.search(text, max(0, s - 12), s)):
                continue  # a day of a month: "1 February", "the February 1 meeting"
            if _NOT_FIGURE_BEFORE.search(before):
                continue
            if re.match(r"\.\s*[a-zäöü]", text[e:e + 3]) and "." not in raw and not compound:
                continue  # an ordinal: "am 5. des Monats"
            glued = m.group("glued")
            if glued is not None:
                # a scale glued to the number: "$90bn", "€1.5tn"; "m" is a million only after a
                # currency sign ("$300m") or before people or things counted ("6.5m refugees",
                # "1.2m homes"), else it may be metres
                if glued == "m" and _CURRENCY_BEFORE.search(text, max(0, s - 5), s) is None \
                        and _unit(text, e, known_only=True, lang=lang)[0] not in (*_COUNTED_UNITS, "homes"):
                    continue
                value *= {"bn": 1e9, "tn": 1e12, "m": 1e6}[glued]
        else:
            word = m.group("word").lower()
            compound = m.group("wstuendig")
            if word in ("ein", "halb") and not compound:
                continue  # an indefinite article ("ein Jahr"), but "einstündig", "halbstündig"
            if (word in SCALES or word == "hunderttausend") and _VAGUE_BEFORE.search(text, max(0, s - 20), s):
                continue  # a vague amount: "mehrere hundert", "einige Dutzend", "several thousand"
            value = number_word(word) or 0
            if word == "billion" and lang == "de":
                value = 1e12
        if m.group("num") is not None and text.startswith("+", e) and not text[e + 1:e + 2].isdigit():
            e += 1  # "1,000+ prisoners"
        half = _AND_A_HALF.match(text, e)
        if half is not None:
            value, e = value + 0.5, half.end()  # "one and a half hours"
        scale = _SCALE.match(text, e)
        if scale is not None:
            value *= SCALES[scale.group("s").lower()]
            e = consumed = scale.end()
            if m.group("word") is not None:
                # English writes a cardinal in words: "one hundred and fifty", "three thousand
                # five hundred", "two hundred twenty-five"
                top = SCALES[scale.group("s").lower()]
                while (more := _EN_MORE.match(text, e)) is not None:
                    part, pe = float(WORDS[more.group("w").lower()]), more.end()
                    sub = _SCALE.match(text, pe)
                    if sub is not None and SCALES[sub.group("s").lower()] in (100, 1000) \
                            and SCALES[sub.group("s").lower()] < top:
                        part, pe = part * SCALES[sub.group("s").lower()], sub.end()
                    if part >= top:
                        break
                    value, e, consumed = value + part, pe, pe
                    top = part
        unit: str | None
        swap = _FOR_SAME.match(text, e)
        if swap is not None and swap.group("n") == (m.group("num") or "") and _EXCHANGE.search(
                text[max(0, s - 120):swap.end() + 80]):
            # "an exchange of 1,000 for 1,000": one figure, prisoners, each side
            skip_until = swap.end()
            unit2, ue2 = _unit(text, swap.end(), lang=lang)
            out.append(RawFigure(s + base, (ue2 if unit2 == "prisoners" else swap.end()) + base, value,
                                 "prisoners", "exact", True, text[s:swap.end()]))
            continue
        if swap is not None and m.group("num") is not None and re.search(r"(?i)for|gegen|für",
                                                                         swap.group(0)) \
                and _EXCHANGE.search(text[max(0, s - 120):swap.end() + 80]):
            # "a 230-for-248 swap": two numbers of prisoners, one for each side's released
            skip_until = swap.end()
            ns = swap.start("n")
            out.append(RawFigure(s + base, e + base, value, "prisoners", "exact", None, text[s:e]))
            out.append(RawFigure(ns + base, swap.end() + base, parse_number(swap.group("n")), "prisoners",
                                 "exact", None, text[ns:swap.end()]))
            continue
        if s < skip_until:
            continue
        if _RANGE_AFTER.match(text, e) or (_BETWEEN_AFTER.match(text, e)
                                           and _BETWEEN_LEAD.search(text, max(0, s - 12), s)):
            continue  # the lower end of a range: given with the upper end ("1000 bis 1200 Gefangene")
        la = _LOOSE_AFTER.match(text, e)
        if la is not None and (hv := _small_value(la.group("n"))) is not None and hv > value:
            continue  # the lower end of a loose range ("zwei, drei Tage", "two or three days")
        if compound:
            unit, ue = _FUSED[next(k for k in _FUSED if k in compound.lower())], e
        elif m.group("num") is not None and m.group("gkm"):
            unit, ue = ("km" if m.group("gkm").lower() == "km" else "km2"), e  # "a 40km buffer zone"
        else:
            unit, ue = _unit(text, e, known_only=m.group("word") is not None, lang=lang)
        if unit is None and _SIDE_AFTER.match(text, e) and _PRISONERS_BEFORE.search(text, max(0, s - 80), s):
            unit, ue = "prisoners", e  # "prisoners of war, at least 1,000 on each side"
        if (cur := _CURRENCY_BEFORE.search(text, max(0, s - 5), s)) is not None:
            # money with its sign or code first ("$100 billion", "€90 billion loan")
            unit, ue = ("EUR" if cur.group(0).strip() in ("€", "EUR") else "USD"), e
        if unit is None and m.group("num") is not None:
            unit, ue = _unit_by_context(text, s, out, lang, base), e
        elif lang != "de" and unit not in _KNOWN_UNITS and m.group("num") is not None and (
                ctx := _unit_by_context(text, s, out, lang, base)) is not None:
            unit, ue = ctx, e  # an English word after the number that is no counted noun ("120 had")
        if unit == "one" and lang != "de" and out and out[-1].unit in _PEOPLE \
                and re.match(r"[^.;]{0,60}$", text[out[-1].end - base:s]):
            unit = out[-1].unit  # "84 Ukrainian POWs and 84 Russian ones"
        if (rep := _TIMES_AFTER.match(text, e)) is not None:
            # a count of repetitions, never of a noun further on ("three times as many drones"):
            # of meetings when a verb of meeting says so ("met three times", "trafen sich drei Mal")
            unit, ue = ("rounds" if value >= 2 and _repeated_meeting(text, s, rep.end()) else None), rep.end()
        if unit is None:
            continue
        if unit in _DURATIONS and (_RELATIVE_AFTER.match(text, ue)
                                   or _AGO_BEFORE.search(text, max(0, s - 40), s)):
            continue  # relative-date arithmetic: "vier Tage später", "vor drei Tagen", "two weeks ago"
        if unit == "days" and re.fullmatch(r"(?i)one", m.group("word") or "") and re.fullmatch(
                r"\s+day", text[e:ue]) and not _SPAN_BEFORE.search(text, max(0, s - 20), s):
            continue  # "could one day join": an idiom, not a span of one day ("for one day")
        end = ue
        rate = None
        for suffix, rp in _RATE:
            r = rp.match(text, ue)
            if r is not None:
                rate, end = suffix, r.end()
                break
        if rate is None and unit in ("drones", "missiles"):
            window = text[max(0, s - 80):s]
            if _MONTHLY_BEFORE.search(window):
                rate = "_per_month"
            elif _DAILY_BEFORE.search(window):
                rate = "_per_day"
        if unit in ("drones", "missiles"):
            unit = unit + (rate or "")
        hedge = "exact"
        hs = s
        if unit == "degC" and (neg := _MINUS_BEFORE.search(text, max(0, s - 10), s)) is not None:
            value, hs = -value, neg.start()  # "minus 30 Grad", "minus five degrees"
        rng = _RANGE_BEFORE.search(text, max(0, s - 30), s)
        low: float | None = None
        loose = _LOOSE_BEFORE.search(text, max(0, s - 30), s) if rng is None else None
        if loose is not None:
            low = _small_value(loose.group("low"))
            if low is not None and scale is not None:
                low *= SCALES[scale.group("s").lower()]
            if low is None or low >= value:
                loose, low = None, None
        if loose is not None:
            hedge, hs = "up_to", loose.start()  # "zwei, drei Tage", "two or three days": at most
        elif rng is not None:
            hedge, hs = "up_to", rng.start()  # "two to three days", "zwei bis drei Tage": at most
            w = (rng.group("low") or rng.group("blow") or rng.group("vlow")).lower()
            if w:
                low = float(WORDS[w]) if w in WORDS else parse_number(w) if w[0].isdigit() else None
                if low is not None and scale is not None:
                    low *= SCALES[scale.group("s").lower()]  # "2 bis 3 Millionen": both in millions
        else:
            # (a scale word with its article: "über eine Million", "more than a million")
            art = _SCALE_ARTICLE.search(text, max(0, s - 8), s) if m.group("word") else None
            hend = art.start() if art is not None and m.group("word").lower() in SCALES else hs
            for h, hp in _HEDGE_RE:
                hm = hp.search(text, max(0, hend - 20), hend)
                if hm is not None:
                    hedge, hs = h, hm.start()
                    break
        if unit == "homes" and _SUPPLY.search(_sentence(text, s, ue)):
            unit = "households"  # homes cut off from power, heat or water
        if unit in _DEAD_UNITS and _dead_handed_over(text, s, ue):
            unit = "bodies"  # the dead handed over or returned: "3.000 Gefallene zurückgeben"
        elif unit in (*_DEAD_UNITS, "nationals") and _BODIES_OF.search(text, max(0, hs - 40), hs):
            unit = "bodies"  # "die Leichname von 1.000 Soldaten", "the remains of 757 servicemen"
        elif unit == "nationals":
            # nationals released or exchanged are prisoners ("230 Ukrainians were freed"), else
            # counted like a parallel clause before them ("6,000 POWs, while Kyiv holds 1,300
            # Russians"), else people ("40 Ukrainians were killed")
            if _RELEASED.search(_sentence(text, s, ue)):
                unit = "prisoners"
            else:
                unit = (_unit_by_context(text, s, out, lang, base) if m.group("num") is not None else None) \
                    or "people"
        per_side = None
        if re.search(r"(?:auf|on|from|for)\s+(?:jeder|each|either)\s+(?:Seite|side)\s+$",
                     text[max(0, hs - 30):hs], re.IGNORECASE) or _EACH_SIDE_VERB.search(
                text[max(0, hs - 60):hs]) or re.search(
                r"(?:jeweils|\bje|\beach|(?:jede|each) (?:Seite|side)\s+\w+)\s+(?:[a-z]\w+\s+)?$",
                     text[max(0, hs - 30):hs],
                     re.IGNORECASE) or re.match(
                r"[^.]{0,40}?(?:auf beiden Seiten|on (?:each|both) sides?|pro Seite|je Seite|"
                r"(?:from|for|of) (?:each|either|both) sides?\b|von (?:jeder|beiden) Seiten?\b|"
                r"für (?:jede|beide) Seiten?\b)"
                r"|(?:\s+of war)?\s+(?:each|apiece)\b",
                text[end:end + 60]):
            per_side = True
        out.append(RawFigure(hs + base, end + base, value, unit, hedge, per_side, text[hs:end]))
        if low is not None and low < value:
            # a range states two numbers: its lower end is a figure too ("2-3 days"), after the
            # upper end and on the same span (a duration or a quantity takes the upper end)
            out.append(RawFigure(hs + base, end + base, low, unit, "at_least", per_side, text[hs:end]))
    halves = []
    for m in _HALF_HOUR.finditer(text):
        # "half an hour", "an hour and a half": a fraction of an hour is a number as stated
        hedge, hs = "exact", m.start()
        for h, hp in _HEDGE_RE:
            hm = hp.search(text, max(0, m.start() - 20), m.start())
            if hm is not None:
                hedge, hs = h, hm.start()
                break
        halves.append(RawFigure(hs + base, m.end() + base, 1.5 if m.group("and") else 0.5, "hours",
                                hedge, None, text[hs:m.end()]))
    for m in _TIMES.finditer(text):
        # a repetition count in one word: "zweimal getroffen", "met twice", "3-mal telefoniert"
        w = m.group("w")
        times = number_word(w) if w is not None and not w[0].isdigit() else float(w) if w else (
            2.0 if m.group(0).lower() == "twice" else 3.0)
        if times is None or times < 2 or not _repeated_meeting(text, m.start(), m.end()):
            continue
        hedge, hs = "exact", m.start()
        for h, hp in _HEDGE_RE:
            hm = hp.search(text, max(0, m.start() - 20), m.start())
            if hm is not None:
                hedge, hs = h, hm.start()
                break
        halves.append(RawFigure(hs + base, m.end() + base, times, "rounds", hedge, None, text[hs:m.end()]))
    if halves:
        out = sorted(out + halves, key=lambda f: f.start)
    return out


# a count of repetitions in one word ("zweimal", "dreimal", "3-mal", "twice", "thrice")
_TIMES = re.compile(r"(?<![\w-])(?:twice|thrice|(?P<w>" + _WORD_RE + r"|\d+)-?mal)(?![\w-])",
                    re.IGNORECASE)
_TIMES_AFTER = re.compile(r"[^\S\n]+(?:times|Mal)\b", re.IGNORECASE)
# a verb of meeting or talking in the clause of a repetition count: the count is of meetings
# (convention 6: "met three times" -> 3 rounds); a multiplier ("three times as many", "dreimal so
# viele", "zweimal mehr") compares amounts
_MET = re.compile(r"(?i)\b(?:met|meet|meets|have\s+met|talked|spoke|spoken|conferred|negotiated|phoned|"
                  r"held\s+(?:talks|meetings|negotiations)|sat\s+down|"
                  r"getroffen|trafen|treffen|zusammen(?:ge)?(?:kommen|kamen|getroffen|trafen)|kamen\b[^.;]*\bzusammen|"
                  r"verhandel\w*|gesprochen|sprachen|telefonier\w*|beraten|berieten|konferier\w*)\b")
_MULTIPLIER = re.compile(r"(?i)[^\S\n]*(?:as|so|more|mehr|weniger|less|fewer|higher|larger|bigger|greater|"
                         r"größer|höher|the\s+(?:number|amount|size|level))\b")


def _repeated_meeting(text: str, s: int, e: int) -> bool:
    """Whether the repetition count at `text[s:e]` counts meetings: a verb of meeting in its
    clause (up to a comma or the sentence's end, either side) and no comparison after it."""
    if _MULTIPLIER.match(text, e) is not None:
        return False
    a = max(text.rfind(c, max(0, s - 150), s) for c in ",;:.!?\n") + 1
    ends = [i for i in (text.find(c, e, e + 150) for c in ",;:.!?\n") if i >= 0]
    return _MET.search(text, a, min(ends) if ends else min(len(text), e + 150)) is not None


# the rest of an English cardinal after "hundred" or "thousand"
_EN_MORE = re.compile(r"(?:\s+and)?\s+(?P<w>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                      r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|"
                      r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                      r"eighteen|nineteen)(?![\w-])", re.IGNORECASE)
_HALF_HOUR = re.compile(r"(?<![\w-])(?:half\s+an\s+hour|half-hour|an\s+hour\s+(?P<and>and\s+a\s+half))\b",
                        re.IGNORECASE)


_KNOWN_UNITS = frozenset(COUNTED.values()) | {u for u, _ in UNITS}
_DEAD_UNITS = ("people", "soldiers", "civilians", "fallen")
# the counted are dead: a noun or adjective of death between the number and its noun
_DEAD = re.compile(r"(?i)\b(?:tot|tote[nmrs]?|Todesopfer|gefallen\w*|getötet\w*|dead|fallen|killed|slain)\b")
# the dead are handed over, returned, exchanged or repatriated
_HANDED_OVER = re.compile(
    r"(?i)über(?:zu)?(?:geb|gab|nehm|nahm|nomm|führ|stell)|Rückgabe|zurück(?:zu|ge)?(?:geb|gab)|"
    r"rück(?:zu)?führ|repatri|\bhand(?:s|ed|ing)?\s+(?:\w+\s+)?(?:over|back)\b|"
    r"\breturn|\btransfer|\bexchang|\bswap|austausch|ausgetauscht|\bzurück\b|\berhielt|\berhalten\b|"
    r"\bbek(?:am|ommen)\b|\breceiv")
_RELEASED = re.compile(
    r"(?i)\breleas|\bfree[ds]?\b|\bfreed\b|\bswap|\bexchang|captiv|\breturned\b|\bhome\b|"
    r"freigelassen|freilass|freikommen|\bfrei\b|Freiheit|Austausch|ausgetauscht|Gefangenschaft|heimgekehrt|"
    r"zurückgekehrt|übergeben")


# bodies named before the number of the dead: "Leichen von", "sterbliche Überreste von", "bodies of"
_BODIES_OF = re.compile(r"(?i)\b(?:Leichen|Leichnamen?|Überresten?|Gebeine|bodies|remains|corpses)"
                        r"[^\S\n]+(?:von|of)[^\S\n]+(?:(?:mehr\s+als|über|rund|etwa|fast|nearly|about|"
                        r"more\s+than|over|some|almost)[^\S\n]+)?$")


def _sentence(text: str, s: int, e: int) -> str:
    """The sentence around `text[s:e]` (bounded by '.', '!', '?', ';' or a blank line)."""
    a = max(text.rfind(c, max(0, s - 300), s) for c in (". ", "! ", "? ", "; ", "\n\n"))
    ends = [i for i in (text.find(c, e, e + 300) for c in (". ", "! ", "? ", "; ", "\n\n")) if i >= 0]
    return text[max(a, 0):min(ends) if ends else min(len(text), e + 300)]


def _dead_handed_over(text: str, s: int, ue: int) -> bool:
    """Whether the number at `s` (its unit ending at `ue`) counts the dead (`tote Soldaten`,
    `Gefallene`, `dead soldiers`) in a sentence about handing them over or returning them."""
    return _DEAD.search(text, s, ue) is not None and _HANDED_OVER.search(_sentence(text, s, ue)) is not None


# a four-digit number that looks like a year but counts people or weapons: "2000 Gefangene", "1950
# soldiers" (not "seit 2014 Soldaten ...", "in 2023 drones ...")
_MONTH_NAMES = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                "November", "Dezember", "January", "February", "March", "June", "July", "October",
                "December")
_YEAR_BEFORE = re.compile(r"(?i)(?:\b(?:in|im|seit|since|bis|until|till|by|from|vom|to|zum|and|und|or|oder|"
                          r"Jahr|Jahre|"
                          r"Jahres|year|Anfang|Ende|Mitte|early|late|mid|Frühjahr|Sommer|Herbst|Winter|"
                          r"spring|summer|autumn|fall|winter|" + "|".join(_MONTH_NAMES) + r")|[,(/–-])\s*$")
_COUNTED_UNITS = ("prisoners", "soldiers", "people", "civilians", "drones", "missiles", "households",
                  "bodies", "children", "settlements")


def _counted_not_year(text: str, s: int, e: int, lang: str) -> bool:
    """Whether a year-like number at `text[s:e]` counts a noun of people or weapons right after it."""
    if _YEAR_BEFORE.search(text, max(0, s - 25), s):
        return False
    nxt = re.match(r"[^\S\n]+([^\W\d_]+)", text[e:e + 40])
    if nxt is None:
        return False
    from accord.news.lemmas import lemma

    word = nxt.group(1)
    key = next((k for k in (lemma(word, lang), word.lower()) if k in COUNTED), None)
    if key is not None:
        return COUNTED[key] in _COUNTED_UNITS
    return any(u in _COUNTED_UNITS and rx.match(text, e) for u, rx in _UNIT_TIGHT)


# each side as the subject a few words before the number: "Each side planned to release 90
# prisoners", "Jede Seite soll dann 500 Gefangene übergeben"
_EACH_SIDE_VERB = re.compile(r"(?i)\b(?:jede|each)\s+(?:Seite|side)\s+(?:[^\W\d_]+\s+){1,6}$")
_AND_A_HALF = re.compile(r"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half\b", re.IGNORECASE)  # "three-and-a-half-year"
# a number whose counted noun comes before it: "the number of prisoners ... rose to 1,400", "die
# Zahl der Gefangenen stieg auf 1.400"
_NUMBER_OF = re.compile(r"\b(?:number|total|Zahl|Gesamtzahl|Anzahl)\s+(?:of|der|an)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?P<noun>[^\W\d_]+)\b[^.;]{0,60}?\b(?:to|auf|bei|is|was|of|beträgt|betrug|lag)\s+"
                        r"(?:(?:rund|etwa|fast|mehr als|über|about|nearly|almost|more than|over)\s+)?$",
                        re.IGNORECASE)
# a part of a group of people named before it: "Von den Heimkehrern seien 273 ...", "Of the
# returnees, 120 ...", "Unter den Freigelassenen sind 40 ..."
_PARTITIVE = re.compile(r"(?:^|(?<=[.;:!?\n]\s)|(?<=\n))\s*(?:Von|Unter|Of|Among)\s+(?:den|the|those)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?P<noun>[^\W\d_]+)\b[^.;:\d]{0,80}$")
# a parallel clause that leaves the noun out: "Russia holds 6,000 prisoners, while Ukraine holds 1,300"
_PARALLEL = re.compile(r"^[^.;]{0,80}\b(?:while|whereas|während|wohingegen)\b[^.;]{0,60}$"
                       # or a gapped clause: "1.000 Gefangene übergeben, Russland 1.000", "and Kyiv 800"
                       r"|^[^.;]{0,80}(?:,|\bund\b|\band\b)\s+(?:(?:die|der|das|the)\s+)?[A-ZÄÖÜ][\w-]+\s+$",
                       re.IGNORECASE)
_PEOPLE = ("prisoners", "soldiers", "bodies", "civilians", "people", "children")


def _unit_by_context(text: str, s: int, found: list[RawFigure], lang: str, base: int) -> str | None:
    """The unit of a number with no noun after it, from its sentence: the noun of 'the number
    of X ... to N', or the people counted in a parallel clause before it."""
    from accord.news.lemmas import lemma

    m = _NUMBER_OF.search(text, max(0, s - 160), s)
    if m is not None:
        word = m.group("noun")
        key = next((k for k in (lemma(word, lang), word.lower()) if k in COUNTED), None)
        if key is not None:
            return COUNTED[key]
    part = _PARTITIVE.search(text, max(0, s - 120), s)
    if part is not None:
        word = part.group("noun")
        key = next((k for k in (lemma(word, lang), word.lower()) if k in COUNTED), None)
        if key is not None and COUNTED[key] in _PEOPLE:
            return COUNTED[key]
    prev = found[-1] if found else None
    if prev is not None and prev.unit in _PEOPLE and 0 < s - (prev.end - base) < 140 \
            and _PARALLEL.match(text[prev.end - base:s]):
        return prev.unit
    return None


_FOR_SAME = re.compile(r"(?:\s*[-–]?\s*(?:for|gegen|für|zu)\s*[-–]?\s*|\s*[-–:]\s*)"
                       r"(?P<n>\d[\d.,]*\d|\d)(?![\w])")
_EXCHANGE = re.compile(r"(?i)exchang|swap|austausch|tausch|format")
_DURATIONS = ("days", "weeks", "months", "years", "hours", "minutes")
_RELATIVE_AFTER = re.compile(r"[^\S\n]+(?:später|danach|zuvor|davor|früher|later|earlier|ago|before|"
                             # "after" or "into" the war counts the war's years ("three years after
                             # the invasion", "one year into Russia's war", like "drei Jahre nach der
                             # Invasion"); "two hours into the talks" is a point in time
                             r"(?:after|into)(?![^\S\n]+(?:the[^\S\n]+)?(?:start[^\S\n]+of[^\S\n]+the[^\S\n]+)?"
                             r"(?:[\w'’-]+[^\S\n]+){0,2}?(?:invasion|war|conflict)\b)|"
                             r"from\s+now|vor\s+(?:dem|der|den|Beginn|Ablauf))\b|'s?\s+time\b",
                             re.IGNORECASE)
_SPAN_BEFORE = re.compile(r"(?i)\b(?:for|within|than|only|just|last(?:s|ed|ing)?|about|around|nearly|almost|"
                         r"over|under|least|after|in)\s+$")
# "vor drei Tagen", "vor gut zwei Jahren": German "ago" stands before the number
_AGO_BEFORE = re.compile(r"\b[Vv]or[^\S\n]+(?:(?:rund|etwa|gut|knapp|fast|mehr\s+als|über|weniger\s+als|"
                         r"ungefähr|genau|nur|erst|bereits|schon|mindestens)[^\S\n]+)?$")
# words that may stand between a number and its counted noun: adjectives and participles
# ("1.000 russische und ukrainische Soldaten", "3,000 more bodies")
# never across a blank line; a quoted noun counts ('two "great powers"', 'zwei „Großmächte“')
_NOUN = re.compile(r"(?:(?=\s)[^\S\n]*\n?[^\S\n]*|-)[\"“„«‘']?(?P<w>[^\W\d_]+)")
_NOT_NOUN = re.compile(r"^(?:von|vor|nach|bis|für|mit|aus|bei|seit|um|in|im|am|an|auf|zu|zum|zur|der|die|das|"
                       r"den|dem|des|of|for|to|from|with|by|at|on|in|the|als|than|uhr)$", re.IGNORECASE)


# English: a singular noun of people or weapons before a plural noun is a modifier, and the plural
# noun is what is counted ("three prisoner exchanges", "two drone strikes"; "a 1,000-prisoner swap"
# and "a 30-day pause" keep their unit)
_MODIFIER_HEAD = re.compile(r"[^\S\n]+(?P<w>[a-z]{3,}[^s\W]s)\b")
_SINGULAR_MODIFIERS = ("prisoner", "soldier", "drone", "missile", "civilian", "household", "body",
                       "child", "person", "region", "settlement", "village", "country", "state")


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
    for u, rx in _UNIT_TIGHT:
        m = rx.match(text, pos)
        if m is not None:
            return u, m.end()
    if (strong := _STRONG.match(text, pos)) is not None:
        return "soldiers", strong.end()  # "a 30,000-strong force": troops counted
    for u, rx in _UNIT_RE:
        m = rx.match(text, pos)
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
    if lang != "de" and not known_only and (of := _OF_THE.match(text, pos)) is not None \
            and not _NUMBER.match(text, of.end() + 1):
        # "62 of its captured servicemen", but "150 of the 300 prisoners" counts the 300
        at, known_only = of.end(), True
    for _ in range(4):
        n = _NOUN.match(text, at)
        if n is None or _NOT_NOUN.match(n.group("w")) or (n.group(0)[0] == "-" and at != pos):
            break
        word = n.group("w")
        key = next((k for k in (lemma(word, lang), word.lower()) if k in COUNTED), None)
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
# Gefangenschaft geratene Soldaten", "drei an den Gesprächen beteiligte Staaten"); only a noun of
# the scheme is taken
_EXT_ATTR = re.compile(r"[^\S\n]+(?:mit|von|vom|nach|aus|in|im|an|am|auf|bei|für|gegen|unter|über|zu|zum|zur|"
                       r"durch|seit|vor|wegen)[^\S\n]+(?:[^\W\d_][\w-]*[^\S\n]+){0,4}?"
                       r"(?!(?:de[mnrs]|die|das|(?:k|m|d|s)?eine[mnrs]?|ihre[mnrs]?|unsere[mnrs]?|euere[mnrs]?|"
                       r"diese[mnrs]?|jene[mnrs]?|welche[mnrs]?|alle[mnrs]?|viele[nmrs]?)\b)"
                       r"[a-zäöüß][\w-]{2,}(?:e|en|er|es|em)[^\S\n]+(?P<w>[A-ZÄÖÜ][\w-]*)(?![\w-])")
_STRONG = re.compile(r"-strong(?=\s+(?:[\w-]+\s+)?(?:force|contingent|army|mission|troops?|deployment|"
                     r"brigade|corps|garrison)\b)", re.IGNORECASE)
_OF_THE = re.compile(r"[^\S\n]+of[^\S\n]+(?:the|its|their|his|her|our|those|these)(?=[^\S\n])", re.IGNORECASE)
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


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
