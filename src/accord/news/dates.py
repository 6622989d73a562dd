"""Dates in news text, absolute and relative, resolved against the article's publication date.

A resolved date has a granularity: `day` (2025-05-16), `range` (two days given: 23 and 24
January), `week`, `month` (2025-11) or `year`. Relative expressions (`am Freitag`, `am
Dienstagabend`, `vergangene Woche`, `gestern`, `vier Tage später`) need the publication date to
the day; with only a month or no date they stay unresolved rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from accord.news.prefilter import canon, leading, required

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
_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_W = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_N = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))

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
                             rf"september|november|{_A})(?:\s+(?P<y>\d{{4}}))?(?:\b|(?<=\.))",
                             re.IGNORECASE)),
    ("en_day", re.compile(rf"\b(?P<m>{_M}|april|august|september|november|{_A})\s*(?P<d>\d{{1,2}})"
                          rf"(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?\b", re.IGNORECASE)),
    ("en_day2", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?P<m>{_M}|april|august|"
                           rf"september|november|{_A})(?:\s+(?P<y>\d{{4}}))?(?:\b|(?<=\.))",
                           re.IGNORECASE)),
    ("month", re.compile(rf"\b(?:(?P<rel>vergangenen|letzten|kommenden|nächsten|last|next)\s+)?"
                         rf"(?P<m>{_M}|april|august|september|november)(?:\s+(?P<y>\d{{4}}))?\b",
                         re.IGNORECASE)),
    ("weekday", re.compile(rf"\b(?:am|on|vom|seit|last|this|für|for|auf|to|bis|until)\s+"
                           rf"(?:den\s+)?(?:(?:vergangenen|letzten|"
                           rf"kommenden|nächsten|frühen|späten)\s+)?(?P<w>{_W})(?:abend|morgen|nachmittag|"
                           rf"vormittag|mittag)?\b(?!\s*,?\s*(?:den\s+)?(?:\d|{_M}|april|august|september|"
                           rf"november|{_A}))", re.IGNORECASE)),
    # English news style names the day alone ("talks ended Thursday", "said late Wednesday"):
    # a capitalised English weekday is a date
    ("weekday", re.compile(r"(?:\b(?:late|early)\s+)?\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|"
                           r"Saturday|Sunday)\b(?!\s*,?\s*(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                           r"Sep|Oct|Nov|Dec))")),
    ("relday", re.compile(r"\b(?P<r>vorgestern|gestern|heute|morgen|übermorgen|yesterday|today|"
                          r"tomorrow|Vortag|the day before|the previous day)\b", re.IGNORECASE)),
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


_NEEDS = [required(p.pattern, p.flags) for _, p in PATTERNS]
"""Per pattern, strings one of which every match contains (`prefilter.required`)."""
_LEADS = [leading(p.pattern, p.flags) for _, p in PATTERNS]
"""Per pattern, what every match starts with (`prefilter.leading`): it is only tried where
the text has one of these, instead of at every position."""
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
            seen: dict[str | None, list[int]]) -> list[int]:
    """The sorted positions where a string of `lead` occurs in `low` (the canon form of
    `text`), or a decimal digit in `text` when `lead` says so; `seen` caches them per string."""
    out: set[int] = set()
    for w in lead[0]:
        if w not in seen:
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
    taken: list[tuple[int, int]] = []
    pub_day = dt.date.fromisoformat(published) if published and len(published) == 10 else None
    last_day: dt.date | None = None
    low = canon(text)
    seen: dict[str | None, list[int]] = {}
    for (kind, pat), need, lead in zip(PATTERNS, _NEEDS, _LEADS, strict=True):
        if low is not None and need is not None and not any(w in low for w in need):
            continue  # none of the words every match of it contains (the same result, faster)
        matches = pat.finditer(text) if low is None or lead is None else \
            _finditer(pat, text, _starts(lead, low, text, seen))
        for m in matches:
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            res = _resolve(kind, m, published, pub_day, last_day)
            if res is None:
                continue
            first, last, gran, basis = res
            found.append(DateMention(s + base, e + base, first, last, gran, basis))
            taken.append((s, e))
    found.sort(key=lambda d: d.start)
    return found


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
        basis = f"'{text}'" if g.get("y") else f"'{text}' in the year of publication {published}"
        return _iso(a), _iso(b), "range", basis
    if kind in ("de_range", "de_day", "en_day", "en_day2"):
        month = _month(g["m"])
        if not month:
            return None
        year = int(g["y"]) if g.get("y") else _year(month, published)
        if year is None:
            return None
        basis = f"'{text}'" if g.get("y") else f"'{text}' in the year of publication {published}"
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
                             and not g.get("rel")):
            return None  # "Mai"/"May"/"march" alone are too often other words
        year = int(g["y"]) if g.get("y") else _year(month, published)
        if year is None:
            return None
        if g.get("rel") and published and g["rel"].lower() in ("vergangenen", "letzten", "last"):
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
        future = (bool(re.search(r"kommenden|nächsten|next|^(?:für|for|auf|to|bis|until)\b", text,
                                 re.IGNORECASE)) or bool(FUTURE_BEFORE.search(before))) and not (
            past and not re.search(r"kommenden|nächsten|next", text, re.IGNORECASE))
        delta = (wd - pub_day.weekday()) % 7 if future else -((pub_day.weekday() - wd) % 7)
        d = pub_day + dt.timedelta(days=delta)
        return _iso(d), _iso(d), "day", f"'{text}' resolved against publication {published}"
    if kind == "relday":
        if pub_day is None:
            return None
        offset = {"vorgestern": -2, "gestern": -1, "yesterday": -1, "heute": 0, "today": 0,
                  "morgen": 1, "tomorrow": 1, "übermorgen": 2, "vortag": -1, "the day before": -1,
                  "the previous day": -1}[g["r"].lower()]
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


_EN = {"april": 4, "august": 8, "september": 9, "november": 11}
FUTURE_BEFORE = re.compile(r"\b(?:will|wird|werden|soll|sollen|is due|are due|scheduled|expected to|"
                           r"set to|to be held|plan(?:s|ned)? to|geplant|angesetzt)\b(?![^.;]*\b(?:said|"
                           r"sagte|erklärte|told|announced)\b)", re.IGNORECASE)


def _month(name: str) -> int:
    """The number of a month named in full, in English or German, or abbreviated with a stop."""
    low = name.lower()
    return MONTHS.get(low) or _EN.get(low) or ABBREVIATED.get(low.replace(" ", ""), 0)


def resolve_relative(mentions: list[DateMention], text: str, base: int, published: str | None
                     ) -> list[DateMention]:
    """Resolve `vier Tage später` against the closest earlier day in `mentions`."""
    out = list(mentions)
    pat = dict(PATTERNS)["later"]
    for m in pat.finditer(text):
        s = m.start() + base
        before = [d for d in out if d.end <= s and d.granularity in ("day", "range")]
        if not before:
            continue
        anchor = dt.date.fromisoformat(before[-1].last)
        res = _resolve("later", m, published, None, anchor)
        if res:
            out.append(DateMention(s, m.end() + base, *res))
    out.sort(key=lambda d: d.start)
    return out
