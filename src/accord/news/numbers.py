"""Figures: numbers with units and hedges in German and English news text.

Handles digits with German or English separators (`1.000`, `51,4`, `300,000`, `−20`), number
words (`tausend`, `anderthalb`, `zwei`, `fünfundzwanzig`, `twenty-five`), compounds
(`fünfstündig`, `24-stündige`), scale words (`Millionen`, `Mrd.`, `hundred`, `dozen`, `$90bn`),
hedges (`rund`, `etwa`, `bis zu`, `mehr als`, `fast`, `jeweils`), ranges (both ends) and rates
(`pro Monat`, `monatlich`, `pro Tag`). Calendar dates, years, ordinals, ages in brackets and
article numbers are not figures. The number forms are in `number_words`, the counted nouns and
unit words in `number_units`, the numbers that are no figures in `number_exclusions`; this module
finds figures with them and resolves hedges, ranges, rates, sides and units from context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.news.dates import _scan
from accord.news.number_exclusions import (
    _AGO_BEFORE,
    _AGO_WAR_AFTER,
    _COUNTED_UNITS,
    _DURATIONS,
    _MONTH_AFTER,
    _MONTH_BEFORE,
    _NOT_FIGURE_AFTER,
    _RELATIVE_AFTER,
    _SPAN_BEFORE,
    _VAGUE_BEFORE,
    _counted_not_year,
    in_iso_date,
    is_age,
    not_figure_before,
    war_age_ago,
)
from accord.news.number_units import _KNOWN_UNITS, _NOT_NOUN, COUNTED, _unit
from accord.news.number_words import (
    _AND_A_HALF,
    _EN_MORE,
    _FUSED,
    _HALF_HOUR,
    _NUMBER,
    _SCALE,
    _WORD_RE,
    SCALES,
    WORDS,
    _trie,
    number_word,
    parse_number,
)
from accord.news.prefilter import canon, leading, required

_HEDGES = [
    ("up_to", r"(?:bis\s+zu|up\s+to|maximal|höchstens|as\s+many\s+as|at\s+most)"),
    ("more_than", r"(?:mehr\s+als|über|more\s+than|over|über\s+die|gut|gute|guten|a\s+good|well\s+over|"
                  r"upwards\s+of|in\s+excess\s+of)"),
    ("less_than", r"(?:weniger\s+als|unter|less\s+than|fewer\s+than|under)"),
    ("at_least", r"(?:mindestens|wenigstens|at\s+least|no\s+fewer\s+than|no\s+less\s+than)"),
    ("about", r"(?:rund|etwa|ungefähr|circa|zirka|ca\.|fast|knapp|nahezu|beinahe|annähernd|"
              r"schätzungsweise|about|around|nearly|almost|some|roughly|approximately|an\s+estimated)"),
]
# (a hedge is a word of its own: "darunter 57" is no "unter 57")
_HEDGE_RE = [(h, re.compile(r"(?<![\w-])" + p + r"\s+$", re.IGNORECASE)) for h, p in _HEDGES]


# a relation between parties named before ("relations between the two countries", "zwischen den
# zwei Staaten"): the number of countries right after it is no count
_BETWEEN_THE = re.compile(r"(?i)\b(?:between|zwischen)[^\S\n]+(?:the|these|those|den|diesen)[^\S\n]+$")
_STATE_NOUN = re.compile(r"(?i)[^\S\n]+(?:countries|nations|states|Ländern|Staaten|Nationen)\b")


# a branch of the armed forces after a number (with "of", "from", "von der"; a dash may stand
# before it in a list) or after a noun of membership: those counted are soldiers
_FORCE = (r"(?:Armed[^\S\n]+Forces|armed[^\S\n]+forces|[Aa]rmy|[Nn]avy|National[^\S\n]+Guard|"
          r"(?:State[^\S\n]+)?Border[^\S\n]+(?:Guard[^\S\n]+)?Service|[Bb]order[^\S\n]+[Gg]uards?|"
          r"Territorial[^\S\n]+Defen[cs]e(?:[^\S\n]+Forces)?|Marines|Streitkräfte\w*|Armee|Nationalgarde|"
          r"Grenzschutz\w*|Grenzdienst\w*|Grenztruppen|Marine|Territorialverteidigung)(?![\w'’])")
_OF_FORCE = re.compile(r"[^\S\n]*(?:[–—-][^\S\n]*)?(?:of|from|in|der|von[^\S\n]+der|aus[^\S\n]+der|vom|"
                       r"aus[^\S\n]+dem|des)[^\S\n]+(?:the[^\S\n]+)?(?:[A-ZÄÖÜ][\w-]*[^\S\n]+)?" + _FORCE)
_MEMBER_NOUN = re.compile(r"(?i)[^\S\n]+(?:members|Angehörige[n]?|Mitglieder[n]?)")


# a club of states: its members are states
_CLUB_WORDS = (r"(?:(?:UN-)?Sicherheitsrat\w*|(?:UN\s+)?Security\s+Council|NATO|Nato|EU|BRICS|G-?7|G-?20|"
               r"OPEC|"
               r"Europäischen\s+Union|European\s+Union|Vereinten\s+Nationen|United\s+Nations|"
               r"Allianz|[Aa]lliance|Bündnis\w*|Koalition\w*|[Cc]oalition|Initiative|[Ii]nitiative|[Bb]loc)")
_CLUB = re.compile(r"\b" + _CLUB_WORDS + r"\b")
# "members of" a club ending its noun phrase ("of the EU", not "of the EU delegation"); a bare
# coalition is a government's unless it is one of states ("coalition of the willing")
_OF_CLUB = re.compile(r"[^\S\n]+(?:of|in|im|der|des|in\s+der|in\s+dem)[^\S\n]+(?:the[^\S\n]+)?"
                      r"(?:[\w-]+[^\S\n]+)?(?:(?!Koalition|[Cc]oalition)" + _CLUB_WORDS
                      + r"|(?:Koalition|[Cc]oalition)[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?(?:willing|states|"
                      r"countries|nations)|der[^\S\n]+Willigen|von[^\S\n]+Staaten))\b"
                      r"(?![^\S\n]*-?(?:[Dd]elegation\w*|[Mm]ission\w*|staff|[Tt]eam\w*|[Kk]ommission\w*|"
                      r"[Cc]ommission\w*|[Pp]arlament\w*|[Pp]arliament\w*|[Bb]ehörde\w*|agency|[Bb]otschaft\w*|"
                      r"embassy|[Dd]elegations)\b)")
_PERMANENT = re.compile(r"(?i)\b(?:ständige[nr]?|permanent)\b")
# a military unit named by its number ("Brigade 155 der Marine", "Brigade 47 of the Army"): no count
_UNIT_NAMED_BEFORE = re.compile(r"(?i)\b(?:Brigade|Regiment|Bataillon|Battalion|Division|Korps|Corps|"
                                r"Einheit|Unit|Nr\.|No\.)[^\S\n]*$")


# people named by their office or part ("officials", "leaders", "Unterhändler") after a definite
# article and a number refer back to people already named ("the two leaders spoke by phone")
_THE_BEFORE = re.compile(r"(?i)\b(?:the|these|those|die|diese|den|der)[^\S\n]+$")
_PERCENT_AFTER = re.compile(r"(?i)[^\S\n]*(?:%|Prozent\b|percent\b|per[^\S\n]+cent\b)")
_ROLE_NEAR = re.compile(r"(?:[^\S\n]+[\w-]+){1,3}[^\S\n]*$")  # at most two words before the noun
_ROLE_NOUN = re.compile(r"(?i)\b(?:officials?|leaders?|representatives?|negotiators?|delegates?|"
                        r"Beamt\w*|Vertreter\w*|Unterhändler\w*|Delegierte\w*|[\w-]*chefs?|"
                        r"[\w-]*chefin(?:nen)?)\b")


def _last_words(pattern: str) -> tuple[str, ...]:
    """The last word of each alternative of `pattern` (a group of alternatives of words that
    `\\s+` separates, no group inside): what a text that a match ends must end with, in its
    `canon` form."""
    assert re.fullmatch(r"\(\?:[^()\[\]]*\)", pattern), pattern
    words = tuple(alt.split(r"\s+")[-1].replace(r"\.", ".").lower() for alt in pattern[3:-1].split("|"))
    assert all(re.fullmatch(r"[a-zäöüß.]+", w) for w in words), words
    return words


_HEDGE_ENDS = tuple(w for _, p in _HEDGES for w in _last_words(p))
"""What the text before the spaces before a number must end with for a hedge (`_HEDGE_RE`) to
end there (case-folded: `canon`)."""


def _hedge_before(text: str, end: int) -> tuple[str, int] | None:
    """The hedge (`_HEDGES`: "rund", "up to", ...) that ends right before `end` (it starts at most
    20 characters before), and where it starts; None when there is none."""
    # a hedge is its words, then spaces up to `end`: the text before those spaces ends with the
    # last word of one of the hedges (else the five searches below find nothing)
    low = canon(text[max(0, end - 20):end].rstrip())
    if low is not None and not low.endswith(_HEDGE_ENDS):
        return None
    for h, hp in _HEDGE_RE:
        hm = hp.search(text, max(0, end - 20), end)
        if hm is not None:
            if hm.group(0).strip().lower() == "over" and _PARTICLE_OVER.search(text, 0, hm.start()):
                return None  # the particle of a verb ("handed over 84 soldiers", "turned over 300 bodies")
            return h, hm.start()
    return None


# a verb whose particle is "over" ("hand over", "turn over"): the "over" right after it is no hedge.
# Not "take over": before a number "took over 300 soldiers prisoner" is far more often "more than"
# than the particle verb (review 15)
_PARTICLE_OVER = re.compile(r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning)\s+$",
                            re.IGNORECASE)


_RATE = [("_per_month", re.compile(r"\s*(?:pro|im|je|per|a)\s+Monat|\s*monatlich|\s*per\s+month|"
                                   r"\s*a\s+month", re.IGNORECASE)),
         ("_per_day", re.compile(r"\s*(?:pro|am|je|per|a)\s+(?:Tag|day)|\s*täglich|\s*daily",
                                 re.IGNORECASE))]
_MONTHLY_BEFORE = re.compile(r"(?:monatlich|pro\s+Monat|jeden\s+Monat|per\s+month|each\s+month|"
                             r"every\s+month)\b[^.;:]*$", re.IGNORECASE)
_DAILY_BEFORE = re.compile(r"(?:täglich|pro\s+Tag|jeden\s+Tag|per\s+day|every\s+day|daily)\b[^.;:]*$",
                           re.IGNORECASE)


@dataclass(frozen=True)
class RawFigure:
    start: int
    end: int
    value: float
    unit: str
    hedge: str
    per_side: bool | None
    text: str


_SMALL = r"(?:\d+(?:[.,]\d+)?|" + _trie(WORDS) + r")"  # (the words as a prefix tree: see _trie)
# the lower bound of a range right before a number: "zwei bis drei", "two to three", "2-3"; a
# compound cut short keeps its hyphen ("24- bis 48-stündige", "zwei- bis dreitägig", "24- to 48-hour")
_RANGE_BEFORE = re.compile(r"(?<![\w.,])(?P<low>" + _SMALL + r")(?:-?\s+(?:bis|to)\s+|\s?[-–]\s?)$"
                           r"|\b(?:zwischen|between)\s+(?P<blow>" + _SMALL + r")\s+(?:und|and)\s+$"
                           r"|\bvon\s+(?P<vlow>" + _SMALL + r")\s+auf\s+$",
                           re.IGNORECASE)
_RANGE_AFTER = re.compile(r"(?:-?\s+(?:bis|to)\s+|\s?[-–]\s?)" + _SMALL + r"(?![\w.,]\d)", re.IGNORECASE)
# "zwischen 1.000 und 1.200 Gefangene", "between two and three days": the lower end of a range
_BETWEEN_AFTER = re.compile(r"\s+(?:und|and|auf)\s+" + _SMALL + r"(?![\w.,]\d)", re.IGNORECASE)
# a loose range, said with a comma or "or": "zwei, drei Tage", "zwei oder drei Wochen", "two or
# three days", "2 or 3 weeks"; a range only when the first number is the smaller (else a list)
_LOOSE_BEFORE = re.compile(r"(?<![\w.,])(?P<low>" + _SMALL + r")(?:,[^\S\n]+|[^\S\n]+(?:oder|or)[^\S\n]+)$",
                           re.IGNORECASE)
_LOOSE_AFTER = re.compile(r"(?:,[^\S\n]+|[^\S\n]+(?:oder|or)[^\S\n]+)(?P<n>" + _SMALL + r")(?![\w.,]\d)",
                          re.IGNORECASE)


# a list of three or more numbers ("30, 40 oder 50 Jahre", "five, six or seven days", "10, 20,
# 30 Prozent") states each of them: no loose range (that is two numbers)
_LIST = re.compile(r"(?<![\w.,])" + _SMALL + r"(?:,[^\S\n]+" + _SMALL + r"){1,}"
                   r"(?:,?[^\S\n]+(?:oder|or|und|and)[^\S\n]+" + _SMALL + r"|(?:,[^\S\n]+" + _SMALL + r"))"
                   r"(?![\w.,]\d)", re.IGNORECASE)
_LOOSE_CUE = re.compile(r"(?i)(?:,|\bor|\boder|\band|\bund)[^\S\n]+$")


def _in_list(text: str, s: int, e: int) -> int | None:
    """Where the list of three or more numbers that holds the number at `text[s:e]` ends (the
    end of its last number), else None."""
    for m in _LIST.finditer(text, max(0, s - 60), min(len(text), e + 60)):
        if m.start() <= s and e <= m.end():
            return m.end()
    return None


# a loose range has ends of one size ("zwei, drei Tage", "30, 40 oder 50 Jahren"); two numbers
# far apart are a list or a date before a number ("on September 18, 1,000 bodies", "5, 200 Soldaten")
_LOOSE_SPREAD = 5

_RANGE_ENDS = ("bis", "to", "-", "–", "und", "and", "auf")
"""What a match of `_RANGE_BEFORE` ends with before its trailing spaces (case-folded)."""
_LOOSE_ENDS = (",", "oder", "or")
"""What a match of `_LOOSE_BEFORE` ends with before its trailing spaces (case-folded)."""


def _may_end(text: str, pos: int, end: int, ends: tuple[str, ...]) -> bool:
    """False when `text[pos:end]` without its trailing spaces does not end with one of `ends`
    (in its `canon` form, which folds what the case-insensitive patterns match): then neither
    window pattern above, anchored at `end`, can match there. The patterns tried at each of the
    30 positions before every number cost several microseconds each."""
    low = canon(text[pos:end].rstrip()[-4:])
    return low is None or low.endswith(ends)


def _small_value(w: str) -> float | None:
    """The value of a range end: digits or a number word."""
    w = w.lower()
    return float(WORDS[w]) if w in WORDS else parse_number(w) if w[:1].isdigit() else None


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_FROM_BEFORE_PREV = re.compile(r"(?i)\b(?:from|von)[^\S\n]+$")
_TO_BETWEEN = re.compile(r"(?i)[^\S\n]+(?:to|auf)[^\S\n]+(?:(?:just|only|nur|noch)[^\S\n]+)?")
_BETWEEN_LEAD = re.compile(r"\b(?:zwischen|between|von)\s+$", re.IGNORECASE)
_SIDE_AFTER = re.compile(r"\s+(?:on each side|on both sides|auf beiden Seiten|auf jeder Seite|pro Seite|"
                         r"je Seite)\b", re.IGNORECASE)
_PRISONERS_BEFORE = re.compile(r"(?:prisoners?|Gefangene\w*|POWs?)\b[^.;]{0,60}$", re.IGNORECASE)
_GROUP_OF = re.compile(r"\b(?:Group[^\S\n]+of|Gruppe[^\S\n]+der)[^\S\n]+$")
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
            if not compound and _YEAR_DIGITS.fullmatch(raw) and not _counted_not_year(text, s, e, lang):
                continue  # a year
            if in_iso_date(text, s, e):
                continue  # the month or day of "2026-02-15"
            if _CLOCK_BEFORE.search(text, max(0, s - 2), s) or _CLOCK_AFTER.match(text, e):
                continue  # a time of day ("12:33", page furniture "10:02 min"), a score ("3:1")
            if not compound and _NOT_FIGURE_AFTER.match(text, e):
                continue
            if _DAY_DIGITS.fullmatch(raw) and (
                    _MONTH_AFTER.match(text, e) or _MONTH_BEFORE.search(text, max(0, s - 12), s)):
                continue  # a day of a month: "1 February", "the February 1 meeting"
            if not_figure_before(before) and not (
                    before.rstrip().endswith("(") and _PERCENT_AFTER.match(text, e)):
                continue  # (a share in brackets is stated: "in the west (87%)", "im Osten (77 Prozent)")
            if _ORDINAL_DOT.match(text[e:e + 3]) and "." not in raw and not compound:
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
            if m.group("word")[0].isupper() and _GROUP_OF.search(text, max(0, s - 12), s):
                continue  # a name: "the Group of Seven", "die Gruppe der Zwanzig"
            if (word in SCALES or word == "hunderttausend") and _VAGUE_BEFORE.search(text, max(0, s - 20), s):
                continue  # a vague amount: "mehrere hundert", "einige Dutzend", "several thousand"
            value = number_word(word) or 0
            if word == "billion" and lang == "de":
                value = 1e12
        if is_age(text, s, e, compound):
            continue  # someone's age: "der 55-Jährige", "a 55-year-old envoy", "55 Jahre alt"
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
            # "an exchange of 1,000 for 1,000": one figure, prisoners, each side; of bodies when
            # the sentence exchanges the dead and no captives ("the bodies ... 6,000 for 6,000")
            skip_until = swap.end()
            unit2, ue2 = _unit(text, swap.end(), lang=lang)
            whom = unit2 if unit2 in ("prisoners", "bodies") else "prisoners"
            sent = _line(text, s, swap.end())
            if unit2 not in ("prisoners", "bodies") and _BODIES_WORD.search(sent) \
                    and not _CAPTIVES_WORD.search(sent):
                whom = "bodies"
            out.append(RawFigure(s + base, (ue2 if unit2 == whom else swap.end()) + base, value,
                                 whom, "exact", True, text[s:swap.end()]))
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
        listed = _in_list(text, s, e) if la is not None or _LOOSE_CUE.search(text, max(0, s - 8), s) else None
        if la is not None and listed is None and (hv := _small_value(la.group("n"))) is not None \
                and value < hv <= _LOOSE_SPREAD * value:
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
        if (unit is None or (lang != "de" and unit not in _KNOWN_UNITS)) \
                and (resp := _RESPECTIVELY.match(text, e)) is not None \
                and (nxt := _NUMBER.match(text, resp.end())) is not None and nxt.group("num"):
            # "1.067 bzw. 2.008 Befragte", "drei beziehungsweise vier Stunden", "440 gegen 6.600
            # Quadratkilometer", "440 versus 6,600 km2": the noun of the second number counts the
            # first too
            unit = _unit(text, nxt.end(), lang=lang)[0]
            ue = e
        if listed is not None and listed > e:
            # an item of a list of three or more numbers takes the last one's noun ("30, 40 oder
            # 50 Jahre", "five, six or seven days")
            unit, ue = _unit(text, listed, lang=lang)[0], e
        if unit is None and out and _FROM_BEFORE_PREV.search(text, max(0, out[-1].start - base - 8),
                                                             out[-1].start - base) \
                and _TO_BETWEEN.fullmatch(text, out[-1].end - base, s):
            # a change with the noun after its first state: "from 28 points to 19", "von 28
            # Punkten auf 19" (the second state counts the same noun)
            unit, ue = out[-1].unit, e
        if (((unit is None or unit not in _KNOWN_UNITS) and _OF_FORCE.match(text, e))
                or (unit in ("people", "members") and _MEMBER_NOUN.fullmatch(text, e, ue)
                    and _OF_FORCE.match(text, ue))) \
                and not _UNIT_NAMED_BEFORE.search(text, max(0, s - 25), s):
            # soldiers counted by the branch they serve in: "55 – of the National Guard", "40 von
            # der Nationalgarde" (a list of a swap's returnees by service), "five members of the
            # National Guard" (not "2-3 Vertreter der Armee" at talks: officials, people)
            unit, ue = "soldiers", ue if unit in ("people", "members") else e
        if unit is None and m.group("num") is not None:
            unit, ue = _unit_by_context(text, s, out, lang, base), e
        if unit is None:
            unit, ue = _unit_of_whole(text, s, e, value, out, base), e
        if unit is None and not (lang == "de" and value == 1):
            unit, ue = _unit_of_list(text, s, e, out, base), e
        if (unit is None or (lang != "de" and unit not in _KNOWN_UNITS)) \
                and not (lang != "de" and _own_plural_noun(text, e)) \
                and (ant := _ONE_OF_THE.search(text, max(0, s - 25), s)) is not None \
                and (group := _unit_of_antecedent(text, ant.start(), lang)) is not None:
            unit, ue = group, e
        elif lang != "de" and unit not in _KNOWN_UNITS and m.group("num") is not None and (
                ctx := _unit_by_context(text, s, out, lang, base)) is not None:
            unit, ue = ctx, e  # an English word after the number that is no counted noun ("120 had")
        if unit == "one" and lang != "de" and out and out[-1].unit in _PEOPLE \
                and _SAME_CLAUSE.match(text[out[-1].end - base:s]):
            unit = out[-1].unit  # "84 Ukrainian POWs and 84 Russian ones"
        if (rep := _TIMES_AFTER.match(text, e)) is not None:
            # a count of repetitions, never of a noun further on ("three times as many drones"):
            # of meetings when a verb of meeting says so ("met three times", "trafen sich drei Mal")
            unit, ue = ("rounds" if value >= 2 and _repeated_meeting(text, s, rep.end()) else None), rep.end()
        if unit is None:
            continue
        if unit == "members" and (_CLUB.search(text, s, ue) or _PERMANENT.search(text, e, ue)
                                               or _OF_CLUB.match(text, ue)):
            # the members of a club of states are states ("die fünf ständigen Mitglieder im
            # UN-Sicherheitsrat", "35 Mitglieder der Initiative", "three BRICS members", "the 32
            # members of NATO"), not the members of a delegation ("auf 14 Mitglieder erweitert")
            unit = "countries"
        if unit == "countries" and _BETWEEN_THE.search(text, max(0, s - 16), s) \
                and _STATE_NOUN.match(text, e):
            # "the war between the two countries", "talks between the three nations": the parties
            # of a relation, named before; no count (not "between the two nuclear powers")
            continue
        if unit == "people" and _ROLE_NOUN.search(text, e, ue) and (
                value == 1 or _THE_BEFORE.search(text, max(0, s - 8), s) or not _ROLE_NEAR.match(text[e:ue])):
            # "the two leaders", "die zwei Unterhändler": who was named before, no count; "one
            # official said": a source; "five commanders including leaders": not the noun counted
            continue
        if unit in _DURATIONS and (_RELATIVE_AFTER.match(text, ue)
                                   or (_AGO_BEFORE.search(text, max(0, s - 40), s)
                                       and not _AGO_WAR_AFTER.match(text, ue))) \
                and not (unit == "years" and war_age_ago(text, s, ue)):
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
        rng = _RANGE_BEFORE.search(text, max(0, s - 30), s) \
            if _may_end(text, max(0, s - 30), s, _RANGE_ENDS) else None
        low: float | None = None
        changed_from: float | None = None  # the first state of a change ("von 28 auf 20")
        loose = _LOOSE_BEFORE.search(text, max(0, s - 30), s) \
            if rng is None and listed is None and _may_end(text, max(0, s - 30), s, _LOOSE_ENDS) else None
        if loose is not None:
            low = _small_value(loose.group("low"))
            if low is not None and scale is not None:
                low *= SCALES[scale.group("s").lower()]
            if low is None or low >= value or value > _LOOSE_SPREAD * low:
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
            if low is not None and (rng.group("vlow") or (low > value and _FROM_BEFORE.search(
                    text, max(0, rng.start() - 8), rng.start()))):
                # a change, not a range: "von 28 auf 20 Punkte", "cut from 28 to 20 points" state
                # two numbers as they are
                hedge, changed_from = "exact", low
                low = None
        else:
            # (a scale word with its article: "über eine Million", "more than a million")
            art = _SCALE_ARTICLE.search(text, max(0, s - 8), s) if m.group("word") else None
            hend = art.start() if art is not None and m.group("word").lower() in SCALES else hs
            if (found := _hedge_before(text, hend)) is not None:
                hedge, hs = found
        if unit == "homes" and _SUPPLY.search(_sentence(text, s, ue)):
            unit = "households"  # homes cut off from power, heat or water
        if unit in (*_DEAD_UNITS, "nationals") and _dead_handed_over(text, s, ue):
            unit = "bodies"  # the dead handed over or returned: "3.000 Gefallene zurückgeben"
        elif unit in (*_DEAD_UNITS, "nationals") and _BODIES_OF.search(text, max(0, hs - 40), hs):
            unit = "bodies"  # "die Leichname von 1.000 Soldaten", "the remains of 757 servicemen"
        elif unit == "soldiers" and _DEFENDERS.search(text, s, ue) and not _OF_PLACE.match(text, ue) \
                and _RELEASED.search(_clause(text, s, ue)):
            # defenders brought home, returned or exchanged: freed captives (the release word in
            # the number's own clause: not "killed 50 defenders, ... while the exchange brought
            # home 100 prisoners", review 17 item 14)
            unit = "prisoners"
        elif unit == "nationals":
            # nationals of the two sides released or exchanged are prisoners ("230 Ukrainians were
            # freed"), else counted like a parallel clause before them ("6,000 POWs, while Kyiv
            # holds 1,300 Russians"), else people ("40 Ukrainians were killed"); foreigners and
            # nationals of a third country freed with them stay people ("10 foreigners, including
            # five British nationals", "zehn Ausländer": the gold 4 of 4 times)
            if _RELEASED.search(_sentence(text, s, ue)) and _side_nationals(text[e:ue]):
                unit = "prisoners"
            else:
                unit = (_unit_by_context(text, s, out, lang, base) if m.group("num") is not None else None) \
                    or "people"
        per_side = None
        if _ON_EACH_SIDE_BEFORE.search(text[max(0, hs - 30):hs]) or _EACH_SIDE_VERB.search(
                text[max(0, hs - 60):hs]) or _EACH_BEFORE.search(text[max(0, hs - 30):hs]) \
                or _EACH_SIDE_AFTER.match(text[end:end + 60]):
            per_side = True
        out.append(RawFigure(hs + base, end + base, value, unit, hedge, per_side, text[hs:end]))
        if changed_from is not None:
            out.append(RawFigure(hs + base, end + base, changed_from, unit, "exact", per_side, text[hs:end]))
        if low is not None and low < value:
            # a range states two numbers: its lower end is a figure too ("2-3 days"), after the
            # upper end and on the same span (a duration or a quantity takes the upper end)
            out.append(RawFigure(hs + base, end + base, low, unit, "at_least", per_side, text[hs:end]))
    halves = []
    lowered = canon(text)
    seen: dict[str | None, list[int]] = {}
    for m in _scan(_HALF_HOUR, _HALF_HOUR_NEED, _HALF_HOUR_LEAD, text, lowered, seen):
        # "half an hour", "an hour and a half": a fraction of an hour is a number as stated
        if _RELATIVE_AFTER.match(text, m.end()) \
                or _AGO_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # relative-date arithmetic: "an hour and a half later", "half an hour ago"
        hedge, hs = _hedge_before(text, m.start()) or ("exact", m.start())
        halves.append(RawFigure(hs + base, m.end() + base, 1.5 if m.group("and") else 0.5, "hours",
                                hedge, None, text[hs:m.end()]))
    for m in _scan(_TIMES, _TIMES_NEED, None, text, lowered, seen):
        # a repetition count in one word: "zweimal getroffen", "met twice", "3-mal telefoniert"
        w = m.group("w")
        times = number_word(w) if w is not None and not w[0].isdigit() else float(w) if w else (
            2.0 if m.group(0).lower() == "twice" else 3.0)
        if times is None or times < 2 or not _repeated_meeting(text, m.start(), m.end()):
            continue
        hedge, hs = _hedge_before(text, m.start()) or ("exact", m.start())
        halves.append(RawFigure(hs + base, m.end() + base, times, "rounds", hedge, None, text[hs:m.end()]))
    if halves:
        out = sorted(out + halves, key=lambda f: f.start)
    return out


# a count of repetitions in one word ("zweimal", "dreimal", "3-mal", "twice", "thrice")
_TIMES = re.compile(r"(?<![\w-])(?:twice|thrice|(?P<w>" + _WORD_RE + r"|\d+)-?mal)(?![\w-])",
                    re.IGNORECASE)
_HALF_HOUR_NEED = required(_HALF_HOUR.pattern, _HALF_HOUR.flags)
_HALF_HOUR_LEAD = leading(_HALF_HOUR.pattern, _HALF_HOUR.flags)
_TIMES_NEED = required(_TIMES.pattern, _TIMES.flags)
"""What every match of these contains or starts with (`prefilter`): each is scanned only where
it can match (`dates._scan`, the same matches). (`_TIMES` is tried at every position: its
matches start with any of many letters.)"""
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


_DEAD_UNITS = ("people", "soldiers", "civilians", "fallen")
# the counted are dead: a noun or adjective of death between the number and its noun
_DEAD = re.compile(r"(?i)\b(?:tot|tote[nmrs]?|Todesopfer|gefallen\w*|getötet\w*|verstorben\w*|dead|fallen|"
                   r"killed|slain|deceased)\b")
# the dead are handed over, returned, exchanged or repatriated
_HANDED_OVER = re.compile(
    r"(?i)über(?:zu)?(?:geb|gab|nehm|nahm|nomm|führ|stell)|Rückgabe|zurück(?:zu|ge)?(?:geb|gab)|"
    r"rück(?:zu)?führ|repatri|\bhand(?:s|ed|ing)?\s+(?:\w+\s+)?(?:over|back)\b|"
    r"\breturn|\btransfer|\bexchang|\bswap|austausch|ausgetauscht|\bzurück\b|\berhielt|\berhalten\b|"
    r"\bbek(?:am|ommen)\b|\breceiv")
_RELEASED = re.compile(
    r"(?i)\breleas|\bfree[ds]?\b|\bfreed\b|\bswap|\bexchang|captiv|\breturned\b|\bhome\b|"
    r"freigelassen|freilass|freikommen|\bfrei\b|Freiheit|Austausch|ausgetauscht|Gefangenschaft|heimgekehrt|"
    r"zurückgekehrt|übergeben|\bheim(?:kehr|gekommen|kam|kommen)|"
    # "nach Hause" only when let or brought home, not any trip home ("fuhren aus Polen nach Hause"),
    # and "heim" only as the verb's particle, lower-case, not a (care) home, "ein Heim" (review
    # 17, item 5)
    r"\b(?:durften|durfte|dürfen|darf|kamen|kehrten|holte|holten|brachte|brachten)\b[^.;!?]*\bnach\s+Hause\b|"
    r"\bnach\s+Hause\s+(?:gebracht|geholt|zurück|gekommen|kommen|kehren|holen|bringen|durften|durfte|"
    r"dürfen|darf|kamen|kehrten)|(?-i:\bheim\b)")


# nationals of the two sides of the war, or citizens with no nation named ("40 citizens came
# home", "Landsleute"), as opposed to foreigners and nationals of a third country ("British
# nationals", "Ausländer", "drei Briten", "zwei amerikanische Staatsbürger")
_SIDES = re.compile(r"(?i)ukrain|russ")
_CITIZENS = re.compile(r"(?i)citizens|nationals|[\w-]*bürger(?:innen|n)?|staatsangehörigen?|landsleuten?|"
                       r"compatriots")


_OWN_WORDS = frozenset({"of", "its", "their", "our", "own", "ihrer", "seiner", "unserer", "eigenen"})


def _side_nationals(counted: str) -> bool:
    """Whether the words after a number counting nationals (`counted`) name nationals of the two
    sides: Ukrainians or Russians, or citizens with no other word before them."""
    if _SIDES.search(counted):
        return True
    words = counted.split()
    # "citizens", or "of its citizens" (no other nation's word before the noun)
    return bool(words) and _CITIZENS.fullmatch(words[-1]) is not None \
        and all(w.lower() in _OWN_WORDS for w in words[:-1])


# Ukraine's "defenders" (Verteidiger) counted as they come home are freed captives ("230 defenders
# returned home", "brought home 230 defenders"), otherwise soldiers
_DEFENDERS = re.compile(r"(?i)\b(?:defenders?|Verteidiger(?:innen|n)?)\b")
# (the defenders of a place are its garrison, soldiers: "seven defenders of Snake Island", "die
# Verteidiger von Mariupol")
_OF_PLACE = re.compile(r"(?i)[^\S\n]+(?:of|von|des|der)[^\S\n]")


# bodies named before the number of the dead: "Leichen von", "sterbliche Überreste von", "bodies of"
_BODIES_OF = re.compile(r"(?i)\b(?:Leichen|Leichnamen?|Überresten?|Gebeine|bodies|remains|corpses)"
                        r"[^\S\n]+(?:von|of)[^\S\n]+(?:(?:mehr\s+als|über|rund|etwa|fast|nearly|about|"
                        r"more\s+than|over|some|almost|another|a\s+further|further|weiteren|weitere)[^\S\n]+)?$")


# the dead and the captives named in a sentence (an exchange "N for N" of bodies or of prisoners)
_BODIES_WORD = re.compile(r"(?i)\b(?:bodies|remains|corpses|dead|deceased|fallen|Leichen|Leichnam\w*|"
                          r"Überreste\w*|Gebeine|Gefallene\w*|Tote[n]?)\b")
_CAPTIVES_WORD = re.compile(r"(?i)prisoner|\bPOWs?\b|captiv|detainee|Gefangen|Häftling")


def _line(text: str, s: int, e: int) -> str:
    """The sentence around `text[s:e]` up to a line break too (a heading above it is no part)."""
    a = max(text.rfind(c, max(0, s - 300), s) for c in (". ", "! ", "? ", "; ", "\n"))
    ends = [i for i in (text.find(c, e, e + 300) for c in (". ", "! ", "? ", "; ", "\n")) if i >= 0]
    return text[max(a, 0):min(ends) if ends else min(len(text), e + 300)]


def _sentence(text: str, s: int, e: int) -> str:
    """The sentence around `text[s:e]` (bounded by '.', '!', '?', ';' or a blank line)."""
    a = max(text.rfind(c, max(0, s - 300), s) for c in (". ", "! ", "? ", "; ", "\n\n"))
    ends = [i for i in (text.find(c, e, e + 300) for c in (". ", "! ", "? ", "; ", "\n\n")) if i >= 0]
    return text[max(a, 0):min(ends) if ends else min(len(text), e + 300)]


def _clause(text: str, s: int, e: int) -> str:
    """The clause around `text[s:e]` (bounded by ',', ';', ':', '.', '!', '?' or a line break)."""
    a = max(text.rfind(c, max(0, s - 150), s) for c in ",;:.!?\n") + 1
    ends = [i for i in (text.find(c, e, e + 150) for c in ",;:.!?\n") if i >= 0]
    return text[a:min(ends) if ends else min(len(text), e + 150)]


def _dead_handed_over(text: str, s: int, ue: int) -> bool:
    """Whether the number at `s` (its unit ending at `ue`) counts the dead (`tote Soldaten`,
    `Gefallene`, `dead soldiers`) in a sentence about handing them over or returning them."""
    return _DEAD.search(text, s, ue) is not None and _HANDED_OVER.search(_sentence(text, s, ue)) is not None


# (the patterns of `find_figures` compiled once)
_CLOCK_BEFORE = re.compile(r"\d:$")
_CLOCK_AFTER = re.compile(r":\d\d?(?!\d)")
_YEAR_DIGITS = re.compile(r"(19|20)\d\d")
_DAY_DIGITS = re.compile(r"0?[1-9]|[12]\d|3[01]")
_ORDINAL_DOT = re.compile(r"\.\s*[a-zäöü]")
_SAME_CLAUSE = re.compile(r"[^.;]{0,60}$")
# a figure for each side: "auf jeder Seite 500", "each 90", "1,000 on both sides"
_ON_EACH_SIDE_BEFORE = re.compile(r"(?:auf|on|from|for)\s+(?:jeder|each|either)\s+(?:Seite|side)\s+$",
                                  re.IGNORECASE)
_EACH_BEFORE = re.compile(r"(?:jeweils|\bje|\beach|(?:jede|each) (?:Seite|side)\s+\w+)\s+(?:[a-z]\w+\s+)?$",
                          re.IGNORECASE)
_EACH_SIDE_AFTER = re.compile(r"[^.]{0,40}?(?:auf beiden Seiten|on (?:each|both) sides?|pro Seite|je Seite|"
                              r"(?:from|for|of) (?:each|either|both) sides?\b|von (?:jeder|beiden) Seiten?\b|"
                              r"für (?:jede|beide) Seiten?\b)"
                              r"|(?:\s+of war)?\s+(?:each|apiece)\b")

# each side as the subject a few words before the number: "Each side planned to release 90
# prisoners", "Jede Seite soll dann 500 Gefangene übergeben"
_EACH_SIDE_VERB = re.compile(r"(?i)\b(?:jede|each)\s+(?:Seite|side)\s+(?:[^\W\d_]+\s+){1,6}$")
# a number whose counted noun comes before it: "the number of prisoners ... rose to 1,400", "die
# Zahl der Gefangenen stieg auf 1.400"
_NUMBER_OF = re.compile(r"\b(?:number|total|Zahl|Gesamtzahl|Anzahl)\s+(?:of|der|an)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?P<noun>[^\W\d_]+)\b[^.;]{0,60}?\b(?:to|auf|bei|is|was|of|beträgt|betrug|lag)\s+"
                        r"(?:(?:now|already|currently|nun|jetzt|inzwischen|bereits|derzeit)\s+)?"
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
_WORD = re.compile(r"[^\W\d_]+")


def _unit_by_context(text: str, s: int, found: list[RawFigure], lang: str, base: int) -> str | None:
    """The unit of a number with no noun after it, from its sentence: the noun of 'the number
    of X ... to N', or the people counted in a parallel clause before it."""
    from accord.news.lemmas import lemma

    m = _NUMBER_OF.search(text, max(0, s - 160), s)
    if m is not None:
        # the counted noun may follow adjectives: "the number of signatory countries", "die Zahl
        # der ukrainischen Gefangenen" (up to a preposition or article: "the number of attacks on
        # civilians" counts attacks)
        for w in _WORD.finditer(text, m.start("noun"), min(m.end(), m.start("noun") + 60)):
            word = w.group(0)
            if _NOT_NOUN.match(word):
                break
            key = next((k for k in (lemma(word, lang), word.lower()) if k in COUNTED), None)
            if key is not None:
                return COUNTED[key]
            if w.start() > m.start("noun") + 40:
                break
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


# a part of a whole just counted, with the noun left out: "92 Staaten nahmen teil, darunter 57 auf
# Ebene der Staatschefs", "including 12 from Africa", "40 of them in the south", "30 davon"
_SUBSET_BEFORE = re.compile(r"(?i)(?:\b(?:darunter|davon|unter\s+ihnen|including|among\s+them|of\s+which|"
                            r"of\s+whom)|\(|[–—-])[^\S\n]+(?:(?:rund|etwa|fast|mehr\s+als|über|mindestens|"
                            r"about|nearly|almost|more\s+than|over|at\s+least|some)[^\S\n]+)?$")
_SUBSET_AFTER = re.compile(r"(?i)[^\S\n]+(?:of[^\S\n]+(?:them|those|these)|davon)\b")


# the whole named first in a clause of its own, then the part ("Of the 150 drones, 118 were shot
# down", "Von den 80 Drohnen wurden 61 abgeschossen", "Of the 1,000 prisoners, about 300 are
# civilians"): people and weapons only ("Of the 28 points, 20 remain open" counts no points)
_OF_THE_WHOLE = re.compile(r"(?i)\b(?:of|von)[^\S\n]+(?:the|these|those|all|den|diesen|allen|insgesamt)"
                           r"[^\S\n]+(?:(?:about|some|rund|etwa)[^\S\n]+)?$")
_WHOLE_THEN_PART = re.compile(r"(?i)[^.;:!?\n,]{0,60}(?:,[^\S\n]*|[^\S\n]+(?=(?:wurden|waren|sind|seien)\b))"
                              r"(?:(?:wurden|waren|sind|seien|rund|etwa|fast|mehr\s+als|über|mindestens|about|"
                              r"nearly|almost|more\s+than|over|at\s+least|some|only|nur)[^\S\n]+){0,2}")


def _unit_of_whole(text: str, s: int, e: int, value: float, found: list[RawFigure], base: int) -> str | None:
    """The unit of a number with no noun of its own that counts part of the figure just before
    it in the same sentence: "darunter 57", "including 12", "40 of them" (smaller than the whole)."""
    prev = found[-1] if found else None
    if prev is None or not value < prev.value or s - (prev.end - base) > 120 \
            or re.search(r"[.;:!?\n]", text[prev.end - base:s]):
        return None
    if _SUBSET_BEFORE.search(text, max(0, s - 30), s) is None and _SUBSET_AFTER.match(text, e) is None \
            and not (prev.unit in _COUNTED_UNITS
                     and _OF_THE_WHOLE.search(text, max(0, prev.start - base - 24), prev.start - base)
                     and _WHOLE_THEN_PART.fullmatch(text, prev.end - base, s)):
        return None
    return prev.unit.removesuffix("_per_month").removesuffix("_per_day")


# a list whose later items leave the noun out: "60 bodies from the east, 14 from the south and three
# from the north", "fünf Personen aus Polen, zwei aus Kanada": a number right before a preposition
# of place, after a comma or "and" that follows a count of people in the same sentence
_LIST_ITEM_AFTER = re.compile(r"(?i)[^\S\n]+(?:from|in|at|near|aus|im|bei)[^\S\n]")
_LIST_ITEM_BEFORE = re.compile(r"[^.;:!?\n]{0,120}?(?:,[^\S\n]*(?:(?:and|und)[^\S\n]+)?"
                               r"|[^\S\n]+(?:and|und)[^\S\n]+)", re.IGNORECASE)


def _unit_of_list(text: str, s: int, e: int, found: list[RawFigure], base: int) -> str | None:
    """The unit of a number with no noun of its own that continues a list of people counted by
    place ("..., two from Odesa", "..., zwei aus den USA"): the unit of the figure before it."""
    prev = found[-1] if found else None
    if prev is None or prev.unit not in _PEOPLE or not 0 < s - (prev.end - base) <= 120:
        return None
    if _LIST_ITEM_AFTER.match(text, e) is None \
            or _LIST_ITEM_BEFORE.fullmatch(text, prev.end - base, s) is None:
        return None
    return prev.unit


_NEXT_WORDS = re.compile(r"(?:[^\S\n]+([a-z]+)){1,3}")


def _own_plural_noun(text: str, e: int) -> bool:
    """Whether one of the three English words after the number at `e` is a plural noun ("one of
    the two biggest cities"): the number counts it, not a group named before ("one of the 12 that")."""
    from accord.news.lemmas import lemma

    m = _NEXT_WORDS.match(text, e)
    if m is None:
        return False
    for w in m.group(0).split():
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss") \
                and lemma(w, "en") in (w[:-1], w[:-2], w[:-3] + "y"):
            return True
    return False


# "bzw." between two numbers, or a comparison ("gegen", "versus"): the second one's noun counts both
_RESPECTIVELY = re.compile(r"[^\S\n]+(?:bzw\.|beziehungsweise|respektive|gegen|versus|vs\.?)[^\S\n]+",
                           re.IGNORECASE)


# one of a group counted by a noun said before in the sentence: "Der Ort zählt nicht zu den
# sieben, die ...", "the town is one of the 12 that ..." (the noun is not repeated)
_ONE_OF_THE = re.compile(r"(?i)\b(?:zu|von|unter|eine[rs]?|keine[rs]?)[^\S\n]+(?:den|der)[^\S\n]+$"
                         r"|\b(?:one|none|any|each)[^\S\n]+of[^\S\n]+the[^\S\n]+$")
_GROUP_UNITS = ("regions", "countries", "settlements", "points", "steps", "rounds")


def _unit_of_antecedent(text: str, at: int, lang: str) -> str | None:
    """The unit of the nearest counted noun of a group (regions, countries, settlements, points,
    steps, rounds) before `at` in the same sentence, else None."""
    from accord.news.lemmas import lemma

    start = max(text.rfind(c, max(0, at - 150), at) for c in ".;:!?\n") + 1
    for w in reversed(list(_WORD.finditer(text, start, at))):
        word = w.group(0)
        key = next((k for k in (lemma(word, lang), word.lower()) if k in COUNTED), None)
        if key is not None:
            return COUNTED[key] if COUNTED[key] in _GROUP_UNITS else None
    return None


_FOR_SAME = re.compile(r"(?:\s*[-–]?\s*(?:for|gegen|für|zu)\s*[-–]?\s*|\s*[-–:]\s*)"
                       r"(?P<n>\d[\d.,]*\d|\d)(?![\w])")
_EXCHANGE = re.compile(r"(?i)exchang|swap|austausch|tausch|format|repatri|rückführ")
