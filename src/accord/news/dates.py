"""Dates in news text, absolute and relative, resolved against the article's publication date.

A resolved date has a granularity: `day` (2025-05-16), `range` (two days given: 23 and 24
January), `week`, `month` (2025-11) or `year`. Relative expressions (`am Freitag`, `am
Dienstagabend`, `vergangene Woche`, `gestern`, `vier Tage später`) need the publication date to
the day; with only a month or no date they stay unresolved rather than guessed. Seasons ("im
Sommer 2022", "this spring": their three months) and parts of a month or year named relative to
publication ("early next month", "Ende 2025": a third of it) are ranges; a winter with a year,
or "Ende des Monats" with no month, stays unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from accord.news.prefilter import Lookup, canon, leading, required, required_each
from accord.news.tense import clause_tense

MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    "december": 12,
}
WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
            "samstag": 5, "sonnabend": 5, "sonntag": 6, "monday": 0, "tuesday": 1,
            "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBER_WORDS = {"ein": 1, "einen": 1, "eine": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4,
                "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
                "zwölf": 12, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10}

# abbreviated months, only with their full stop ("Oct. 2", "Jan. 23-24", "Sept. 30", "5. Okt.")
ABBREVIATED = {"jan.": 1, "feb.": 2, "febr.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7,
               "aug.": 8, "sep.": 9, "sept.": 9, "oct.": 10, "okt.": 10, "nov.": 11, "dec.": 12,
               "dez.": 12}
_A = "|".join(re.escape(a[:-1]) + r"\." for a in sorted(ABBREVIATED, key=len, reverse=True))
# wire style writes English months abbreviated without the stop before the day ("on Dec 11",
# "KYIV, Nov 21 (Reuters)"): capitalised, and only right before a day number
_A += r"|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s\d)"
_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_W = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_N = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))

# a day of the month right after a weekday ("Montag, 6. Februar", "Monday 3 March", "16.05."): not
# a count that follows it ("am Montag 6.000 Leichen", "on Monday 909 bodies")
_DAY_NO = r"\d{1,2}(?!\d|[.,]\d{3}\b)"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("numeric", re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b")),
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("de_range", re.compile(
        rf"\b(?P<d1>\d{{1,2}})\.\s*(?:(?P<m1>{_M})\s+)?(?:und|bis|–|-)\s*(?P<d2>\d{{1,2}})\.\s*"
        rf"(?P<m>{_M})(?:\s+(?P<y>\d{{4}}))?\b", re.IGNORECASE)),
    ("de_day", re.compile(rf"\b(?P<d>\d{{1,2}})\.\s*(?P<m>{_M})(?:\s+(?P<y>\d{{4}}))?\b",
                          re.IGNORECASE)),
    ("en_range", re.compile(rf"\b(?P<m>{_M}|april|august|september|november|{_A})\s*(?P<d1>\d{{1,2}})"
                            rf"(?:st|nd|rd|th)?\s*(?:-|–|to|and|through)\s*(?:(?P<m2>{_M}|april|august|"
                            rf"september|november|{_A})\s*)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
                            rf"(?:,?\s+(?P<y>\d{{4}}))?(?![\d.,]*\d)", re.IGNORECASE)),
    ("en_range2", re.compile(rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*"
                             rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_M}|april|august|"
                             rf"september|november|{_A})(?:,?\s+(?P<y>\d{{4}}))?(?:\b|(?<=\.))",
                             re.IGNORECASE)),
    ("en_day", re.compile(rf"\b(?P<m>{_M}|april|august|september|november|{_A})\s*(?P<d>\d{{1,2}})"
                          rf"(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?\b", re.IGNORECASE)),
    ("en_day2", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?P<m>{_M}|april|august|"
                           rf"september|november|{_A})(?:,?\s+(?P<y>\d{{4}}))?(?:\b|(?<=\.))",
                           re.IGNORECASE)),
    # two days named as one span: "am Dienstag und Mittwoch", "von Montag bis Mittwoch", "on
    # Tuesday and Wednesday", "from Monday to Wednesday"
    ("weekday_range", re.compile(
        rf"\b(?:am|on|von|vom|from|zwischen|between|für|for)\s+(?P<w1>{_W})\s+(?:und|bis|and|to|through|-|–)\s+"
        rf"(?:(?:am|zum)\s+)?(?P<w2>{_W})\b(?!\s*,?\s*(?:den\s+)?(?:\d|{_M}))", re.IGNORECASE)),
    # a night named by the day it runs into: "in der Nacht zu/auf Sonntag", "overnight into
    # Sunday" (the day named; "auf" here says nothing of the future)
    ("night", re.compile(rf"\b(?:in der Nacht|über Nacht|overnight|in the night|during the night)\s+"
                         rf"(?:zu|zum|auf|into|to|before)\s+(?:dem\s+|den\s+)?(?P<w>{_W})\b",
                         re.IGNORECASE)),
    # the day of a week named with it ("am Mittwoch kommender Woche", "on Monday of next week")
    ("weekday_of_week", re.compile(
        rf"\b(?:am|on)?\s*(?P<w>{_W})(?:abend|morgen|nachmittag|vormittag|mittag)?\s+(?:(?:der|of)\s+)?"
        rf"(?P<r>vergangener|letzter|dieser|kommender|nächster|last|this|next)\s+(?:Woche|week)\b",
        re.IGNORECASE)),
    # a part of a month: "Anfang März", "Mitte Februar 2025", "Ende vergangenen Jahres" (not
    # here), "early March", "mid-May", "in late April"
    ("part_month", re.compile(
        rf"\b(?P<part>Anfang|Mitte|Ende|early|mid|late)\s*-?\s*(?P<m>{_M}|april|august|september|"
        rf"november)(?:\s+(?P<y>\d{{4}}))?\b", re.IGNORECASE)),
    # a part of a month named relative to publication: "Anfang nächsten Monats", "Ende dieses
    # Monats", "early next month", "later this month", "at the end of last month"
    ("part_relmonth", re.compile(
        r"\b(?P<part>Anfang|Mitte|Ende|early|mid|late|earlier|later|(?:at\s+|by\s+)?the\s+(?:start|"
        r"beginning|end|middle)\s+of)\s*-?\s*(?P<r>vergangenen|letzten|diesen|dieses|kommenden|"
        r"nächsten|last|this|next)\s+(?:Monats?|month)\b", re.IGNORECASE)),
    # a part of a year: "Anfang 2026", "Ende vergangenen Jahres", "mid-2025", "late next year"
    # (not "Ende des Jahres" alone: which year it means is the text's, not publication's)
    ("part_year", re.compile(
        r"\b(?P<part>Anfang|Mitte|Ende|early|mid|late|(?:at\s+|by\s+)?the\s+(?:start|beginning|end|"
        r"middle)\s+of)\s*-?\s*(?:(?P<r>vergangenen|letzten|diesen|dieses|kommenden|nächsten|last|"
        r"this|next)\s+(?:Jahres|year)\b|(?:des\s+Jahres\s+|the\s+year\s+)?(?P<y>(?:19|20)\d\d)\b(?![.,]?\d))",
        re.IGNORECASE)),
    # a season: "im Sommer 2022", "the summer of 2023", "im kommenden Frühjahr", "this spring",
    # "last autumn", "in the fall" (with a year, a season word or a determiner that makes it one)
    ("season", re.compile(
        r"\b(?:(?P<r>(?i:diesen|diesem|vergangenen|letzten|kommenden|nächsten|this|last|next|coming|"
        r"past))\s+|(?P<pre>(?i:im|in the|in|during the|im Laufe des))\s+(?:(?P<r2>vergangenen|letzten|"
        r"kommenden|nächsten|coming|past)\s+)?|(?=(?:Frühjahr|Frühling|Sommer|Herbst|Winter|spring|"
        r"summer|autumn|fall)\s+(?:of\s+)?(?:19|20)\d\d\b))"
        r"(?P<s>Frühjahr|Frühling|Sommer|Herbst|Winter|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
        r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b)?(?![\w-])(?!\s+of\s)")),
    # a part of a week: "Anfang der Woche", "Ende vergangener Woche", "early next week",
    # "earlier this week", "later this week", "at the end of last week", "earlier in the week"
    ("part_week", re.compile(
        r"\b(?P<part>Anfang|Mitte|Ende|early|mid|late|earlier|later|(?:at\s+)?the\s+(?:start|"
        r"beginning|end|middle)\s+of)\s*-?\s*(?:in\s+(?=the\s))?(?:(?P<r>der|dieser|diese|vergangener|letzter|"
        r"kommender|nächster|this|last|next|the)\s+)(?:Woche|week)\b", re.IGNORECASE)),
    # a weekend: "am Wochenende", "am vergangenen Wochenende", "this weekend", "over the weekend"
    ("weekend", re.compile(
        r"\b(?:(?:am|an diesem|dieses|über das|übers|vom|zum|this|last|next|over the|on the|"
        r"at the|the|during the|coming)\s+)(?:(?P<r>vergangenen|letzten|kommenden|nächsten|"
        r"bevorstehenden|last|next|coming|past)\s+)?(?:Wochenende|weekend)\b", re.IGNORECASE)),
    # "vor zwei Tagen", "vor einer Woche", "three days ago", "a week ago"
    ("ago", re.compile(
        rf"\b(?:vor\s+(?P<n>\d+|{_N}|einer)\s+(?P<u>Tagen|Wochen|Tag|Woche)|(?P<n2>\d+|{_N}|a)\s+"
        rf"(?P<u2>days?|weeks?)\s+ago)\b", re.IGNORECASE)),
    ("month", re.compile(rf"\b(?P<pre>(?<=\bim\s)|(?<=\bin\s))?(?:(?P<rel>vergangenen|letzten|kommenden|"
                         rf"nächsten|last|next)\s+)?"
                         rf"(?P<m>{_M}|april|august|september|november)(?:\s+(?P<y>\d{{4}})|"
                         # the month of the year before ("in July last year", "im Juli vergangenen
                         # Jahres", "im Juli des Vorjahres")
                         rf"\s+(?P<ly>last year|(?:des\s+)?(?:vergangenen|letzten)\s+Jahres|"
                         rf"des\s+Vorjahres))?\b",
                         re.IGNORECASE)),
    # (a day of the current week named with the demonstrative, "an diesem Dienstag", "diesen
    # Freitag", like "this Tuesday"; a day named with today or yesterday, "am heutigen Dienstag",
    # "am gestrigen Montag")
    ("weekday", re.compile(rf"\b(?:am|on|vom|seit|last|this|für|for|auf|to|bis|until|an\s+diesem|"
                           rf"diesen)\s+"
                           rf"(?:den\s+)?(?:(?:vergangenen|letzten|heutigen|gestrigen|morgigen|"
                           rf"kommenden|nächsten|frühen|späten)\s+)?(?P<w>{_W})(?:abend|morgen|nachmittag|"
                           rf"vormittag|mittag)?\b(?!\s*,?\s*(?:den\s+)?(?:{_DAY_NO}|{_M}|april|august|september|"
                           rf"november|{_A}))", re.IGNORECASE)),
    # English news style names the day alone ("talks ended Thursday", "said late Wednesday"):
    # a capitalised English weekday is a date
    ("weekday", re.compile(r"(?:\b(?:late|early)\s+)?\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|"
                           r"Saturday|Sunday)\b(?!\s*,?\s*(?:" + _DAY_NO + r"|Jan|Feb|Mar|Apr|May|Jun|"
                           r"Jul|Aug|Sep|Oct|Nov|Dec))")),
    ("relday", re.compile(r"\b(?P<r>vorgestern|gestern|heute|morgen|übermorgen|yesterday|today|"
                          r"tomorrow|Vortag|the day before|the previous day|"
                          # the day before, as an adverb ("Tags zuvor hatte der Kreml ...", "am Tag
                          # davor", "a day earlier", "a day before, ..."); not a day before a named
                          # occasion or a clause ("a day before the summit", "a day before Easter",
                          # "a day before talks in Istanbul", "a day before they met")
                          r"(?:tags|am\s+Tag|einen\s+Tag)\s+(?:zuvor|davor|vorher)|"
                          r"a day (?:earlier|before(?=\s*[,.;:)]|\s*$))|"
                          r"the day prior(?!\s+to\b)|"
                          # the evening before publication ("Am Vorabend tauschten sich ... aus", "on
                          # the previous evening"); not the eve of a named occasion ("am Vorabend des
                          # Gipfels", "the evening before the summit")
                          r"Vorabend(?!\s+(?:des|der|von|eines|einer)\b)|the previous evening|"
                          r"the evening before(?!\s+(?:the|a|an|his|her|its|their)\b))\b", re.IGNORECASE)),
    ("relweek", re.compile(r"\b(?P<r>vergangene|letzte|diese|kommende|nächste|last|this|next)"
                           r"[nr]?\s+(?:Woche|week)\b", re.IGNORECASE)),
    ("relmonth", re.compile(r"\b(?P<r>vergangenen|letzten|diesen|kommenden|nächsten|last|this|next)"
                            r"\s+(?:Monat|Monats|month)\b", re.IGNORECASE)),
    ("later", re.compile(rf"\b(?P<n>\d+|{_N})\s+(?P<u>Tage|Wochen|days|weeks)\s+"
                         rf"(?P<dir>später|danach|zuvor|davor|früher|later|earlier|before)\b",
                         re.IGNORECASE)),
]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    first: str
    last: str
    granularity: str
    basis: str


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year(month: int, published: str | None) -> int | None:
    """The year of a month named without one: the publication year, or the previous year when
    that month lies more than two months after publication (January named in a December article
    is next January, November named in a February article is last November)."""
    if published is None:
        return None
    py, pm = int(published[:4]), int(published[5:7]) if len(published) >= 7 else None
    if pm is None:
        return py
    if month - pm > 2:
        return py - 1
    if pm - month > 9:
        return py + 1
    return py


def _year_basis(text: str, year: int, published: str | None) -> str:
    """The basis of a day named without a year: the year `_year` chose, said as it is."""
    which = {0: "the year of", -1: "the year before", 1: "the year after"}.get(
        year - int((published or "0")[:4]), "a year relative to")
    return f"'{text}' in {which} publication {published}"


# a day told by the day named before it: "am selben Tag", "on the same day", "tags darauf",
# "the following day"
SAME_DAY = re.compile(r"\b(?:(?:am|an dem|noch am)\s+(?P<same>selben|gleichen)\s+Tag|"
                      r"(?:on\s+)?(?:that\s+)?the\s+(?P<same2>same)\s+day|that same day|"
                      r"(?:am|an dem)\s+(?P<next>folgenden|darauffolgenden|nächsten)\s+Tag|"
                      r"(?P<next2>tags darauf|am Folgetag)|"
                      r"(?:on\s+)?the\s+(?P<next3>next|following)\s+day)\b",
                      re.IGNORECASE)


_NEEDS = [required(p.pattern, p.flags) for _, p in PATTERNS]
"""Per pattern, strings one of which every match contains (`prefilter.required`)."""
_LEADS = [leading(p.pattern, p.flags) for _, p in PATTERNS]
"""Per pattern, what every match starts with (`prefilter.leading`): it is only tried where
the text has one of these, instead of at every position."""
_EACH = [[n for n in required_each(p.pattern, p.flags) if n != need] if lead is None else []
         for (_, p), need, lead in zip(PATTERNS, _NEEDS, _LEADS, strict=True)]
"""Per pattern without a lead (searched at every position of the text), further strings one
of each set of which every match contains (`prefilter.required_each`): checked before the
scan, which a text lacking any of them is spared."""
_SAME_DAY_NEED = required(SAME_DAY.pattern, SAME_DAY.flags)
_SAME_DAY_LEAD = leading(SAME_DAY.pattern, SAME_DAY.flags)
_PART_STRINGS = frozenset({w for need in [*_NEEDS, _SAME_DAY_NEED] if need for w in need}
                          | {w for each in _EACH for n in each for w in n}
                          | {w for lead in [*_LEADS, _SAME_DAY_LEAD] if lead for w in lead[0]})
_PARTS = Lookup(_PART_STRINGS)
"""Every string of `_NEEDS`, `_EACH` and `_LEADS` (and of `SAME_DAY`): those a text contains
are found at once (`find_dates`, `resolve_relative`)."""
_LAST_FOUND: list[tuple[str, frozenset[str]]] = []
"""The canon form of the text `find_dates` read last with its strings of `_PARTS`:
`resolve_relative` reads the same text next."""


def _parts_in(low: str) -> frozenset[str]:
    """`_PARTS.found(low)`, kept for the text read last."""
    if _LAST_FOUND and _LAST_FOUND[0][0] == low:
        return _LAST_FOUND[0][1]
    have = frozenset(_PARTS.found(low))
    _LAST_FOUND[:] = [(low, have)]
    return have


_DIGIT = re.compile(r"\d")


def _finditer(pat: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """`pat.finditer(text)` for a pattern that matches no empty string and whose every match
    starts at one of the sorted positions `starts`: the pattern is tried at those positions
    only, in order, from the end of the last match on (a match at a position is what a search
    reaching that position finds; `\\b` and lookbehinds see the text before it)."""
    end = 0
    for pos in starts:
        if pos >= end and (m := pat.match(text, pos)) is not None:
            yield m
            end = m.end()


def _starts(lead: tuple[frozenset[str], bool], low: str, text: str,
            seen: dict[str | None, list[int]], have: frozenset[str] | None = None) -> list[int]:
    """The sorted positions where a string of `lead` occurs in `low` (the canon form of
    `text`), or a decimal digit in `text` when `lead` says so; `seen` caches them per string.
    `have`, when given, holds every string of `lead` that occurs in `low` (`_PARTS.found`):
    the others are not searched for (a search for a string that is not there reads the whole
    text, several microseconds for an article, and most lead strings are not there)."""
    out: set[int] = set()
    for w in lead[0]:
        if w not in seen:
            if have is not None and w not in have:
                seen[w] = []
                continue
            found, at = [], low.find(w)
            while at >= 0:
                found.append(at)
                at = low.find(w, at + 1)
            seen[w] = found
        out.update(seen[w])
    if lead[1]:
        if None not in seen:
            seen[None] = [m.start() for m in _DIGIT.finditer(text)]
        out.update(seen[None])
    return sorted(out)


def find_dates(text: str, published: str | None, base: int = 0) -> list[DateMention]:
    """Every date expression in `text` (offsets plus `base`) that can be resolved, earliest
    first; overlapping expressions keep the longest."""
    found: list[DateMention] = []
    kinds: dict[int, str] = {}  # the pattern that found each mention, by its start
    taken: list[tuple[int, int]] = []
    pub_day = dt.date.fromisoformat(published) if published and len(published) == 10 else None
    last_day: dt.date | None = None
    low = canon(text)
    seen: dict[str | None, list[int]] = {}
    have = None if low is None else _parts_in(low)  # (the strings of `_NEEDS` and `_EACH` in it)
    for (kind, pat), need, lead, each in zip(PATTERNS, _NEEDS, _LEADS, _EACH, strict=True):
        if have is not None and need is not None and need.isdisjoint(have):
            continue  # none of the words every match of it contains (the same result, faster)
        if have is not None and each and any(n.isdisjoint(have) for n in each):
            continue  # (the same for the other parts of a pattern scanned at every position)
        matches = pat.finditer(text) if low is None or lead is None else \
            _finditer(pat, text, _starts(lead, low, text, seen, have))
        for m in matches:
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            res = _resolve(kind, m, published, pub_day, last_day)
            if res is None:
                continue
            first, last, gran, basis = res
            found.append(DateMention(s + base, e + base, first, last, gran, basis))
            kinds[s + base] = kind
            taken.append((s, e))
    found.sort(key=lambda d: d.start)
    if "relweek" in kinds.values():
        found = _days_of_week_named(found, kinds, text, base)
    return found


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _days_of_week_named(found: list[DateMention], kinds: dict[int, str], text: str, base: int
                        ) -> list[DateMention]:
    """A weekday told after the week it lies in ("last week ... on Tuesday and Wednesday",
    "vergangene Woche ... am Dienstag"): that day of that week (not of the week the tense alone
    would pick), and the week no longer a date of its own."""
    out = list(found)
    for w in found:
        if kinds.get(w.start) != "relweek" or w.granularity != "week":
            continue
        for i, d in enumerate(out):
            if kinds.get(d.start) not in ("weekday", "weekday_range") or not 0 <= d.start - w.end <= 150 \
                    or _SENTENCE_END.search(text, w.end - base, d.start - base):
                continue
            tense = clause_tense(text, d.start - base, d.end - base)
            if (tense == "future" and d.first > w.last) or (tense == "past" and d.last < w.first):
                continue  # the weekday's own clause tells another week ("Last week X said the
                # talks would take place on Tuesday": the coming Tuesday)
            monday = dt.date.fromisoformat(w.first)
            a = monday + dt.timedelta(days=dt.date.fromisoformat(d.first).weekday())
            b = monday + dt.timedelta(days=dt.date.fromisoformat(d.last).weekday())
            if b < a:
                continue
            out[i] = DateMention(d.start, d.end, _iso(a), _iso(b), d.granularity,
                                 f"'{text[d.start - base:d.end - base]}' in the week named before "
                                 f"({w.basis})")
            if w in out:
                out.remove(w)
            break
    return out


def _resolve(kind: str, m: re.Match[str], published: str | None, pub_day: dt.date | None,
             anchor: dt.date | None) -> tuple[str, str, str, str] | None:
    g = m.groupdict()
    text = m.group(0)
    if kind in ("numeric", "iso"):
        d = _safe(int(g["y"]), int(g["m"]), int(g["d"]))
        return None if d is None else (_iso(d), _iso(d), "day", f"'{text}'")
    if kind in ("en_range", "en_range2"):
        month = _month(g["m"])
        year = int(g["y"]) if g.get("y") else _year(month, published)
        if year is None:
            return None
        m2 = _month(g["m2"]) if g.get("m2") else month
        a, b = _safe(year, month, int(g["d1"])), _safe(year, m2, int(g["d2"]))
        if a is None or b is None or b < a:
            return None
        basis = f"'{text}'" if g.get("y") else _year_basis(text, year, published)
        return _iso(a), _iso(b), "range", basis
    if kind in ("de_range", "de_day", "en_day", "en_day2"):
        month = _month(g["m"])
        if not month:
            return None
        year = int(g["y"]) if g.get("y") else _year(month, published)
        if year is None:
            return None
        basis = f"'{text}'" if g.get("y") else _year_basis(text, year, published)
        if kind == "de_range":
            m1 = MONTHS.get((g.get("m1") or "").lower(), month)
            a, b = _safe(year, m1, int(g["d1"])), _safe(year, month, int(g["d2"]))
            if a is None or b is None:
                return None
            return _iso(a), _iso(b), "range", basis
        d = _safe(year, month, int(g["d"]))
        return None if d is None else (_iso(d), _iso(d), "day", basis)
    if kind == "month":
        if not g["m"][:1].isupper():
            return None
        month = _month(g["m"])
        if not month or (g["m"].lower() in ("mai", "may", "march", "märz") and not g.get("y")
                             and not g.get("rel") and g.get("pre") is None):
            return None  # "Mai"/"May"/"march" alone are too often other words ("im Mai", "in May" not)
        year = int(g["y"]) if g.get("y") else _year(month, published)
        if year is None:
            return None
        if g.get("ly") and published:
            year = int(published[:4]) - 1
        elif g.get("rel") and published and g["rel"].lower() in ("vergangenen", "letzten", "last"):
            py, pm = int(published[:4]), int(published[5:7]) if len(published) >= 7 else 13
            year = py if month < pm else py - 1
        value = f"{year:04d}-{month:02d}"
        return value, value, "month", f"'{text}' resolved against publication {published}"
    if kind == "weekday":
        if pub_day is None:
            return None
        wd = WEEKDAYS[g["w"].lower()]
        # "kommenden", "next", and a day something is planned for or moved to ("für Montag
        # geplant", "auf Donnerstag verschoben", "postponed to Thursday") lie ahead
        # ... as does a day in a clause about the future ("will meet Thursday", "soll am
        # Freitag stattfinden", "talks scheduled for Monday")
        before = m.string[max(0, m.start() - 50):m.start()]
        after = m.string[m.end():m.end() + 40]
        # ... unless the clause is in the past ("war eigentlich für Mittwoch erwartet worden")
        past = bool(re.search(r"\b(?:war|waren|was|were|had been)(?:\s+(?:eigentlich|ursprünglich|"
                              r"originally|initially|zunächst))?\s*$", before, re.IGNORECASE)
                    and re.search(r"^[^.,;]*\b(?:worden|gewesen|erwartet|geplant|scheduled|planned|"
                                  r"expected)\b", after))
        future = (bool(re.search(r"kommenden|nächsten|morgigen|next|^(?:für|for|auf|to|bis|until)\b", text,
                                 re.IGNORECASE)) or bool(FUTURE_BEFORE.search(before))) and not (
            past and not re.search(r"kommenden|nächsten|next", text, re.IGNORECASE))
        explicit = re.search(r"vergangenen|letzten|last|kommenden|nächsten|next", text, re.IGNORECASE)
        # a day something has lasted since lies behind, whatever the tense ("verhandeln seit
        # Mittwoch", "talks have run since Wednesday", "since Wednesday the envoys meet daily")
        # ... as does the day of an event something has gone on since ("Seit dem Treffen in
        # Washington am Montag wird beraten", "since the talks in Geneva on Sunday")
        # (only when the day stands in the since-phrase itself: no verb between "seit dem"/"since
        # the" and the day, "Die erste Runde seit dem Gipfel findet am Montag statt", "since the
        # meeting both sides plan to resume talks on Monday" tell a day still to come)
        since_phrase = re.search(r"\b(?:seit|since)\s+(?:dem|der|den|the|their|its)\s([^,.;:]*)$",
                                 m.string[max(0, m.start() - 80):m.start()], re.IGNORECASE)
        since = re.match(r"(?:seit|since)\b", text, re.IGNORECASE) is not None or re.search(
            r"\b(?:seit|since)\s*$", before, re.IGNORECASE) is not None or (
            since_phrase is not None and _SINCE_PHRASE_VERB.search(since_phrase.group(1)) is None)
        if since and explicit is None:
            future = False
        elif not future and not past and explicit is None and clause_tense(
                m.string, m.start(), m.end()) == "future":
            future = True  # "treffen sich am Freitag", "the envoys travel to Moscow on Thursday"
        delta = (wd - pub_day.weekday()) % 7 if future else -((pub_day.weekday() - wd) % 7)
        if delta == 0 and explicit is not None and explicit.group(0).lower() in (
                "kommenden", "nächsten", "next"):
            delta = 7  # "am kommenden Mittwoch" said on a Wednesday: the one a week on
        elif delta == 0 and explicit is not None and explicit.group(0).lower() in (
                "vergangenen", "letzten", "last"):
            delta = -7  # "am vergangenen Mittwoch" said on a Wednesday: the one a week before
        d = pub_day + dt.timedelta(days=delta)
        return _iso(d), _iso(d), "day", f"'{text}' resolved against publication {published}"
    if kind == "weekday_range":
        if pub_day is None:
            return None
        w1, w2 = WEEKDAYS[g["w1"].lower()], WEEKDAYS[g["w2"].lower()]
        # (days something is planned for lie ahead: "für Samstag und Sonntag geplant")
        future = text[:3].lower() in ("für", "for") or clause_tense(m.string, m.start(), m.end()) == "future"
        if future:
            a = pub_day + dt.timedelta(days=(w1 - pub_day.weekday()) % 7)
        else:
            # the latest span whose last day lies on or before publication
            b_end = pub_day - dt.timedelta(days=(pub_day.weekday() - w2) % 7)
            a = b_end - dt.timedelta(days=(w2 - w1) % 7)
        b = a + dt.timedelta(days=(w2 - w1) % 7)
        return _iso(a), _iso(b), "range", f"'{text}': the days from the first to the last named, " \
            f"resolved against publication {published}"
    if kind == "night":
        if pub_day is None:
            return None
        wd = WEEKDAYS[g["w"].lower()]
        future = clause_tense(m.string, m.start(), m.end()) == "future"
        delta = (wd - pub_day.weekday()) % 7 if future else -((pub_day.weekday() - wd) % 7)
        d = pub_day + dt.timedelta(days=delta)
        return _iso(d), _iso(d), "day", f"'{text}': the day the night runs into, resolved " \
            f"against publication {published}"
    if kind == "weekday_of_week":
        if pub_day is None:
            return None
        shift = _WEEK_SHIFT[g["r"].lower()]
        monday = pub_day - dt.timedelta(days=pub_day.weekday()) + dt.timedelta(weeks=shift)
        d = monday + dt.timedelta(days=WEEKDAYS[g["w"].lower()])
        return _iso(d), _iso(d), "day", f"'{text}' resolved against publication {published}"
    if kind == "part_month":
        month = _month(g["m"])
        year = int(g["y"]) if g.get("y") else _year(month, published)
        if not month or year is None or not (g["m"][:1].isupper() or g["part"][:1].isupper()):
            return None
        last_day = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
        lo, hi = {"anfang": (1, 10), "early": (1, 10), "mitte": (11, 20), "mid": (11, 20),
                  "ende": (21, last_day), "late": (21, last_day)}[g["part"].lower()]
        return (_iso(dt.date(year, month, lo)), _iso(dt.date(year, month, hi)), "range",
                f"'{text}': that part of the month, resolved against publication {published}")
    if kind == "part_relmonth":
        if pub_day is None:
            return None
        shift = {"vergangenen": -1, "letzten": -1, "last": -1, "diesen": 0, "dieses": 0, "this": 0,
                 "kommenden": 1, "nächsten": 1, "next": 1}[g["r"].lower()]
        y, mo = pub_day.year, pub_day.month + shift
        y, mo = (y - 1, 12) if mo < 1 else (y + 1, 1) if mo > 12 else (y, mo)
        first, end = dt.date(y, mo, 1), _month_end(y, mo)
        part = g["part"].lower()
        if part in ("earlier", "later"):
            if shift != 0:
                return None
            # "earlier this month": its first day to the day before publication; "later this
            # month": the day after publication to its last day
            a, b = ((first, max(first, pub_day - dt.timedelta(days=1))) if part == "earlier"
                    else (min(pub_day + dt.timedelta(days=1), end), end))
        else:
            lo3, hi3 = _THIRDS[_third(part)]
            a, b = first + dt.timedelta(days=lo3 - 1), end if hi3 is None else dt.date(y, mo, hi3)
        return _iso(a), _iso(b), "range", f"'{text}': that part of the month, resolved against " \
            f"publication {published}"
    if kind == "part_year":
        if g.get("y"):
            y = int(g["y"])
        elif pub_day is not None:
            y = pub_day.year + {"vergangenen": -1, "letzten": -1, "last": -1, "kommenden": 1,
                                "nächsten": 1, "next": 1}.get(g["r"].lower(), 0)
        else:
            return None
        # the year in thirds, as a month is: January to April, May to August, September to December
        m0 = {"early": 1, "mid": 5, "late": 9}[_third(g["part"].lower())]
        return (_iso(dt.date(y, m0, 1)), _iso(_month_end(y, m0 + 3)), "range",
                f"'{text}': that third of the year" + ("" if g.get("y") else
                                                      f", resolved against publication {published}"))
    if kind == "season":
        return _season(g, m, pub_day, text, published)
    if kind == "part_week":
        if pub_day is None:
            return None
        rel = g["r"].lower()
        shift = _WEEK_SHIFT.get(rel, 0)
        monday = pub_day - dt.timedelta(days=pub_day.weekday()) + dt.timedelta(weeks=shift)
        part = g["part"].lower()
        if part in ("earlier", "later") and shift == 0:
            # "earlier this week": Monday to the day before publication; "later this week": the
            # day after publication to Sunday
            a, b = ((monday, max(monday, pub_day - dt.timedelta(days=1))) if part == "earlier"
                    else (min(pub_day + dt.timedelta(days=1), monday + dt.timedelta(days=6)),
                          monday + dt.timedelta(days=6)))
        elif part in ("anfang", "early", "earlier") or "start" in part or "beginning" in part:
            a, b = monday, monday + dt.timedelta(days=2)
        elif part in ("mitte", "mid") or "middle" in part:
            a, b = monday + dt.timedelta(days=1), monday + dt.timedelta(days=3)
        else:
            a, b = monday + dt.timedelta(days=3), monday + dt.timedelta(days=6)
        return _iso(a), _iso(b), "range", f"'{text}': that part of the week, resolved against " \
            f"publication {published}"
    if kind == "weekend":
        if pub_day is None:
            return None
        rel = (g.get("r") or "").lower()
        lead = text.lower()
        if rel in ("kommenden", "nächsten", "bevorstehenden", "next", "coming") or lead.startswith(
                "coming"):
            future = True
        elif rel in ("vergangenen", "letzten", "last", "past") or lead.startswith("last"):
            future = False
        elif lead.startswith(("this", "an diesem", "dieses")):
            # "this weekend", "an diesem Wochenende": the one of the current week, still to come
            # on a weekday unless the clause tells it as past ("met this weekend")
            future = clause_tense(m.string, m.start(), m.end()) != "past"
        else:
            future = clause_tense(m.string, m.start(), m.end()) == "future"
        wd = pub_day.weekday()
        if future:
            sat = pub_day + dt.timedelta(days=(5 - wd) % 7) if wd != 6 else pub_day - dt.timedelta(days=1)
        else:
            sat = pub_day - dt.timedelta(days=(wd - 5) % 7)
        return (_iso(sat), _iso(sat + dt.timedelta(days=1)), "range",
                f"'{text}': Saturday and Sunday, resolved against publication {published}")
    if kind == "ago":
        if pub_day is None:
            return None
        raw = (g.get("n") or g.get("n2") or "").lower()
        n = int(raw) if raw.isdigit() else 1 if raw in ("a", "einer") else NUMBER_WORDS.get(raw, 0)
        unit = (g.get("u") or g.get("u2") or "").lower()
        if not n:
            return None
        d = pub_day - dt.timedelta(days=n * (7 if unit.startswith(("w", "W")) else 1))
        return _iso(d), _iso(d), "day", f"'{text}' before publication {published}"
    if kind == "relday":
        if pub_day is None:
            return None
        offset = {"vorgestern": -2, "gestern": -1, "yesterday": -1, "heute": 0, "today": 0,
                  "morgen": 1, "tomorrow": 1, "übermorgen": 2, "vortag": -1, "the day before": -1,
                  "the previous day": -1, "vorabend": -1, "the previous evening": -1,
                  "the evening before": -1}.get(" ".join(g["r"].lower().split()), -1)
        if g["r"] == "morgen":  # lowercase "morgen" is tomorrow; "Morgen" is a morning
            offset = 1
        elif g["r"] == "Morgen":
            return None
        d = pub_day + dt.timedelta(days=offset)
        return _iso(d), _iso(d), "day", f"'{text}' resolved against publication {published}"
    if kind == "relweek":
        if pub_day is None:
            return None
        shift = {"vergangene": -1, "letzte": -1, "last": -1, "diese": 0, "this": 0,
                 "kommende": 1, "nächste": 1, "next": 1}[g["r"].lower()]
        monday = pub_day - dt.timedelta(days=pub_day.weekday()) + dt.timedelta(weeks=shift)
        return (_iso(monday), _iso(monday + dt.timedelta(days=6)), "week",
                f"'{text}' resolved against publication {published}")
    if kind == "relmonth":
        if published is None or len(published) < 7:
            return None
        shift = {"vergangenen": -1, "letzten": -1, "last": -1, "diesen": 0, "this": 0,
                 "kommenden": 1, "nächsten": 1, "next": 1}[g["r"].lower()]
        y, mo = int(published[:4]), int(published[5:7]) + shift
        y, mo = (y - 1, 12) if mo < 1 else (y + 1, 1) if mo > 12 else (y, mo)
        value = f"{y:04d}-{mo:02d}"
        return value, value, "month", f"'{text}' resolved against publication {published}"
    if kind == "later":
        if anchor is None:
            return None
        n = int(g["n"]) if g["n"].isdigit() else NUMBER_WORDS[g["n"].lower()]
        days = n * (7 if g["u"].lower().startswith("w") else 1)
        sign = 1 if g["dir"].lower() in ("später", "danach", "later") else -1
        d = anchor + dt.timedelta(days=sign * days)
        return _iso(d), _iso(d), "day", f"'{text}' after the date named before"
    return None


_THIRDS: dict[str, tuple[int, int | None]] = {"early": (1, 10), "mid": (11, 20), "late": (21, None)}


def _third(part: str) -> str:
    """`early`, `mid` or `late` for the word naming a part ("Anfang", "the end of", "mid")."""
    if part in ("anfang", "early") or "start" in part or "beginning" in part:
        return "early"
    if part in ("mitte", "mid") or "middle" in part:
        return "mid"
    return "late"


def _month_end(y: int, mo: int) -> dt.date:
    return dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)


# the seasons as the months they span (meteorological: spring is March to May); winter runs
# from December into the next year
SEASONS = {"frühjahr": 3, "frühling": 3, "spring": 3, "sommer": 6, "summer": 6, "herbst": 9,
           "autumn": 9, "fall": 9, "winter": 12}


def _season(g: dict[str, str | None], m: re.Match[str], pub_day: dt.date | None, text: str,
            published: str | None) -> tuple[str, str, str, str] | None:
    """A season as the days of its three months. With a year: that year's (a winter with a
    year is left unknown: which winter it means is not told). Without one, against the
    publication day: "this" the current one, "last"/"vergangenen" the latest ended, "next"/
    "kommenden" the next to begin; a bare "im Sommer" the latest begun in a past clause, the
    next not yet ended in a future one, else unknown."""
    m0 = SEASONS[(g["s"] or "").lower()]

    def span(y: int) -> tuple[dt.date, dt.date]:  # the season that begins in year y
        return dt.date(y, m0, 1), _month_end(y + (m0 == 12), (m0 + 2 - 1) % 12 + 1)

    if g.get("y"):
        if m0 == 12:
            return None
        a, b = span(int(g["y"] or 0))
        return _iso(a), _iso(b), "range", f"'{text}': the months of that season"
    if pub_day is None:
        return None
    spans = [span(y) for y in (pub_day.year - 2, pub_day.year - 1, pub_day.year, pub_day.year + 1)]
    rel = (g.get("r") or g.get("r2") or "").lower()
    if rel in ("diesen", "diesem", "this"):
        now = [ab for ab in spans if ab[0] <= pub_day <= ab[1]]
        pick = now[0] if now else (spans[2] if m0 != 12 else None)
    elif rel in ("vergangenen", "letzten", "last", "past"):
        pick = [ab for ab in spans if ab[1] < pub_day][-1]
    elif rel in ("kommenden", "nächsten", "next", "coming"):
        pick = next(ab for ab in spans if ab[0] > pub_day)
    else:
        tense = clause_tense(m.string, m.start(), m.end())
        if tense == "past":
            pick = [ab for ab in spans if ab[0] <= pub_day][-1]
        elif tense == "future":
            pick = next(ab for ab in spans if ab[1] >= pub_day)
        else:
            return None
    if pick is None:
        return None
    return _iso(pick[0]), _iso(pick[1]), "range", f"'{text}': the months of that season, resolved " \
        f"against publication {published}"


_WEEK_SHIFT = {"vergangener": -1, "letzter": -1, "last": -1, "dieser": 0, "diese": 0, "this": 0,
               "der": 0, "the": 0, "kommender": 1, "nächster": 1, "next": 1}

_EN = {"april": 4, "august": 8, "september": 9, "november": 11}
# a verb between "seit dem"/"since the" and a weekday: the day is no longer the since-phrase's
# ("seit dem Gipfel findet am Montag", "since the meeting both sides plan to resume talks on
# Monday", "are due to meet"): a finite or modal verb, or an infinitive with "to" (lower-case
# only: "seit dem Treffen am Montag" is a noun)
_SINCE_PHRASE_VERB = re.compile(
    r"\b(?:is|are|was|were|will|would|shall|should|can|could|may|might|must|has|have|had|do|does|"
    r"plans?|wants?|intends?|hopes?|aims?|agreed?|expects?|seeks?|"
    r"wird|werden|soll|sollen|will|wollen|kann|können|muss|müssen|ist|sind|hat|haben|sich|"
    r"findet|finden|treffen|trifft|beginnt|beginnen|tagt|tagen|reist|reisen|kommt|kommen|statt|"
    r"meet|meets|resume|resumes|begin|begins|start|starts|travel|travels|"
    r"to (?!the\b|a\b|an\b|their\b|its\b)[a-z]+)\b")
FUTURE_BEFORE = re.compile(r"\b(?:will|wird|werden|soll|sollen|is due|are due|scheduled|expected to|"
                           r"set to|to be held|plan(?:s|ned)? to|geplant|angesetzt)\b(?![^.;]*\b(?:said|"
                           r"sagte|erklärte|told|announced)\b)", re.IGNORECASE)


def _month(name: str) -> int:
    """The number of a month named in full, in English or German, or abbreviated (with a stop, or
    in English without one before the day)."""
    low = name.lower()
    low = low.replace(" ", "")
    return MONTHS.get(low) or _EN.get(low) or ABBREVIATED.get(low, 0) or ABBREVIATED.get(low + ".", 0)


_LATER_AT = [kind for kind, _ in PATTERNS].index("later")
_LATER = PATTERNS[_LATER_AT][1]


def _scan(pat: re.Pattern[str], need: frozenset[str] | None,
          lead: tuple[frozenset[str], bool] | None, text: str, low: str | None,
          seen: dict[str | None, list[int]], have: frozenset[str] | None = None
          ) -> Iterator[re.Match[str]]:
    """`pat.finditer(text)`, skipped when `low` (the canon form of `text`) contains none of the
    strings `need` says every match contains, and tried only where `lead` says a match can
    start (as in `find_dates`): the same matches. `have`, when given, holds every string of
    `need` and `lead` that `low` contains (`_parts_in`)."""
    if low is None:
        return pat.finditer(text)
    if need is not None and (need.isdisjoint(have) if have is not None else not any(w in low for w in need)):
        return iter(())
    return pat.finditer(text) if lead is None else _finditer(pat, text, _starts(lead, low, text, seen, have))


# what may stand between a relative phrase and the date that says it outright ("Four days
# earlier, on January 28", "Zwei Tage später, am 3. März")
_APPOSED = re.compile(r"\s*,?\s*(?:on|am|at|dem|den|the)?\s*(?:(?:the|den)\s+)?$", re.IGNORECASE)


def _told_outright(m: re.Match[str], mentions: list[DateMention], text: str, base: int) -> bool:
    """Whether the relative phrase `m` is followed at once by an explicit date of a day (set off
    by a comma or "on"/"am"): that date is the day meant, the phrase only relates it."""
    return any(0 <= d.start - base - m.end() <= 8 and d.granularity in ("day", "range")
               and _APPOSED.match(text[m.end():d.start - base]) is not None for d in mentions)


def resolve_relative(mentions: list[DateMention], text: str, base: int, published: str | None
                     ) -> list[DateMention]:
    """Resolve `vier Tage später` against the closest earlier day in `mentions`, and `am selben
    Tag`, `the following day` against it too."""
    out = list(mentions)
    low = canon(text)
    seen: dict[str | None, list[int]] = {}
    have = None if low is None else _parts_in(low)
    for m in _scan(SAME_DAY, _SAME_DAY_NEED, _SAME_DAY_LEAD, text, low, seen, have):
        s = m.start() + base
        before = [d for d in out if d.end <= s and d.granularity == "day"]
        if not before or any(d.start < m.end() + base and s < d.end for d in out):
            continue
        shift = 0 if (m.group("same") or m.group("same2") or "same" in m.group(0).lower()) else 1
        day = dt.date.fromisoformat(before[-1].first) + dt.timedelta(days=shift)
        out.append(DateMention(s, m.end() + base, _iso(day), _iso(day), "day",
                               f"'{m.group(0)}' after the day named before ({before[-1].first})"))
    out.sort(key=lambda d: d.start)
    for m in _scan(_LATER, _NEEDS[_LATER_AT], _LEADS[_LATER_AT], text, low, seen, have):
        s = m.start() + base
        before = [d for d in out if d.end <= s and d.granularity in ("day", "range")]
        if not before or _told_outright(m, out, text, base):
            continue
        anchor = dt.date.fromisoformat(before[-1].last)
        res = _resolve("later", m, published, None, anchor)
        if res:
            out.append(DateMention(s, m.end() + base, *res))
    out.sort(key=lambda d: d.start)
    return _eves(out, text, base, published)


# the evening before, named with no occasion ("Am Vorabend", "the previous evening")
_EVE = re.compile(r"^'(?:am\s+|on\s+)?(?:Vorabend|the previous evening|the evening before)'", re.IGNORECASE)
# the day before, named with no occasion ("Tags zuvor", "am Vortag", "the day before", "a day
# earlier"): like an eve, the day before the day the text has just named
_DAY_BEFORE = re.compile(r"^'(?:am\s+|on\s+)?(?:Vortag|the day before|the previous day|"
                         r"(?:tags|am\s+Tag|einen\s+Tag)\s+(?:zuvor|davor|vorher)|a day (?:earlier|before)|"
                         r"the day prior)'", re.IGNORECASE)
EVE_REACH = 600
"""Characters before an eve within which a day named tells the day it is the eve of."""


# a day named as one planned or still ahead ("ist für den 2. Juni geplant", "will meet on June 2")
_AHEAD = re.compile(r"\b(?:geplant|planned|plans?|vorgesehen|anberaumt|angesetzt|scheduled|"
                    r"expected|erwartet|soll|sollen|will|wird|werden|is to|are to|nächste\w*|next)\b",
                    re.IGNORECASE)


# the day an eve or "the day before" is anchored on: told as a day, not as the start of a state
# ("seit dem 27. Februar 2014", "since 24 February 2022"), and no older than this before the
# report (review 15: "The day before" after a sentence on 2014 was dated 2014-02-26)
_SINCE_BEFORE = re.compile(r"\b(?:seit(?:\s+dem)?|since)\s+$", re.IGNORECASE)
_ANCHOR_AGE = dt.timedelta(days=62)


def _eves(mentions: list[DateMention], text: str = "", base: int = 0,
          published: str | None = None) -> list[DateMention]:
    """An eve resolved against publication ("Am Vorabend", "the previous evening") is the evening
    before the day the text has just named (a meeting told with its day: "Die Konferenz findet vom
    15. bis 16. Juni statt. Am Vorabend hatte X ..."), when one is named within `EVE_REACH`
    characters before it, that day is not after the report nor more than `_ANCHOR_AGE` before
    it, is not the start of a state ("seit dem ...") and its sentence does not tell it as planned
    or ahead; else the evening before the report."""
    out = list(mentions)
    for n, d in enumerate(out):
        eve = _EVE.match(d.basis) is not None
        if not (eve or _DAY_BEFORE.match(d.basis)) or "publication" not in d.basis:
            continue
        before = [x for x in out[:n]
                  if x.granularity in ("day", "range") and 0 <= d.start - x.end <= EVE_REACH]
        if not before:
            continue
        x = before[-1]
        if published is not None and (x.first > published or dt.date.fromisoformat(published)
                                      - dt.date.fromisoformat(x.first) > _ANCHOR_AGE):
            continue  # after the report, or history ("occupied since 27 February 2014")
        at = x.start - base
        if 0 <= at <= len(text) and _SINCE_BEFORE.search(text[max(0, at - 12):at]):
            continue  # the start of a state ("seit dem 24. Februar 2022"), not a day told
        if 0 <= at <= len(text):
            lead = max(text.rfind(".", 0, at), text.rfind("!", 0, at), text.rfind("?", 0, at)) + 1
            end = text.find(".", x.end - base)
            if _AHEAD.search(text[lead:end if end >= 0 else len(text)]):
                continue
        day = dt.date.fromisoformat(x.first) - dt.timedelta(days=1)
        said = d.basis.split(" resolved")[0]
        out[n] = DateMention(d.start, d.end, _iso(day), _iso(day), "day",
                             f"{said}: the {'eve' if eve else 'day before'} of the day named before "
                             f"({before[-1].first})")
    return out
