"""Number forms of figures (moved from `numbers`): number words and German compounds
(`zwei`, `fünfundzwanzig`, `twenty-five`, `anderthalb`), scale words (`Millionen`, `Mrd.`,
`bn`), numbers fused with a duration or a plan's parts (`dreitägig`, `28-Punkte`), digits with
German or English separators, and the regex that finds a number in text."""

from __future__ import annotations

import re
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
            "achtzig": 80, "neunzig": 90,
            # Swiss spelling, which writes no ß ("dreissig", "fünfunddreissig")
            "dreissig": 30}
WORDS["dreissig"] = 30
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


# "-stündig", "-tägig", "-wöchig" fuse a number and a duration: "dreitägige", "30-tägigen"
# and a number fused with a counted noun of a plan: "Dreistufenplan", "28-Punkteplan"
_FUSED = {"stündig": "hours", "tägig": "days", "wöchig": "weeks", "monatig": "months",
          "jährig": "years", "minütig": "minutes", "punkte": "points", "stufen": "steps",
          "phasen": "steps", "etappen": "steps",
          # a group by its heads: "die zwölfköpfige Delegation", "eine 20-köpfige Gruppe"
          "köpfig": "people"}
_FUSED_RE = "(?:" + "|".join(_FUSED) + ")"
SCALES = {"tausend": 1e3, "thousand": 1e3, "million": 1e6, "millionen": 1e6, "mio.": 1e6,
          "mio": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9,
          "billion": 1e9, "billionen": 1e12, "bn": 1e9, "trillion": 1e12, "tn": 1e12,
          "hundred": 1e2, "hundert": 1e2, "dozen": 12, "dutzend": 12}


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
    # a number after a hyphen only as the upper end of a range ("2-3 day"); (the lookahead
    # first, which every such match passes, so that most positions are ruled out by one test)
    r"(?=[-−\d])"
    r"(?:(?<![\w.,/-])|(?<=\d[-–]))(?P<sign>[-−])?(?P<num>\d{1,3}(?:[.,  ']\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
    r"(?P<stuendig>-?" + _FUSED_RE + r"\w*)?(?P<glued>bn|tn|m)?(?P<gkm>km²|km2|qkm|km)?(?![\w/])"
    r"|(?<![\w])(?P<word>" + _WORD_RE + r")"
    r"(?P<wstuendig>" + _FUSED_RE + r"\w*)?(?![\w])",
    re.IGNORECASE)
_SCALE = re.compile(r"(?:\s*|-)(?P<s>" + "|".join(re.escape(s) for s in sorted(SCALES, key=len, reverse=True))
                    + r")(?![\w])", re.IGNORECASE)


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


# the rest of an English cardinal after "hundred" or "thousand"
_EN_MORE = re.compile(r"(?:\s+and)?\s+(?P<w>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                      r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|"
                      r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                      r"eighteen|nineteen)(?![\w-])", re.IGNORECASE)
# ("a half hour"; German "einer halben Stunde", as "eine halbe Stunde" is read by its number word)
_HALF_HOUR = re.compile(r"(?<![\w-])(?:half\s+an\s+hour|half-hour|(?<=a\s)half\s+hour|halben\s+Stunde|"
                        r"an\s+hour\s+(?P<and>and\s+a\s+half))\b",
                        re.IGNORECASE)
_AND_A_HALF = re.compile(r"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half\b", re.IGNORECASE)  # "three-and-a-half-year"
