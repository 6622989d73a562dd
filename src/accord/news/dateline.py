"""Publication date and title from the plain text of an article: datelines and bylines
(`Berlin, 14. Dezember 2025`, `16. Mai 2025, 18:22 Uhr · Quelle: dpa`, `Stand: 05.02.2026 18:30
Uhr`, `KYIV, Nov 21, 2025 (Reuters) -`, `December 14, 2025`, a date alone on a line under the
headline) and the headline itself (the first line, when it reads like one).

Only the first lines are read (a date further down is about the news, not the article). A date
that gives no year (`KYIV, Nov 21 (Reuters) -`) cannot be resolved and is not guessed.
"""

from __future__ import annotations

import datetime as dt
import re

HEAD_LINES = 12
"""Lines from the top searched for a dateline or byline."""

_DE_MONTHS = {"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
              "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12}
_EN_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
_MON = {k[:3]: v for k, v in _EN_MONTHS.items()} | {"sept": 9, "mär": 3, "okt": 10, "dez": 12}
_MONTH_WORD = "|".join(sorted(set(_DE_MONTHS) | set(_EN_MONTHS) | set(_MON), key=len, reverse=True))

# a line that is (mostly) a date: optional place and comma, the date, optional time and source
_DAY_MONTH_YEAR = re.compile(r"(?<!\d)(?P<d>\d{1,2})\.?\s+(?P<m>" + _MONTH_WORD + r")\.?\s+(?P<y>\d{4})\b",
                             re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(r"\b(?P<m>" + _MONTH_WORD + r")\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})\b",
                             re.IGNORECASE)
_NUMERIC = re.compile(r"(?<![\d./])(?P<d>\d{1,2})([./])(?P<m>\d{1,2})\2(?P<y>\d{4})(?![\d./])")
_ISO = re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])")
# what makes a line a dateline or byline rather than a sentence that mentions a date
_DATELINE_CUE = re.compile(
    r"^\s*(?:Stand|Aktualisiert|Veröffentlicht|Published|Updated|Posted|Datum|Date)\b\s*:?"
    r"|\b\d{1,2}[:.]\d{2}\s*(?:Uhr|h|AM|PM|am|pm|GMT|UTC|MEZ|MESZ|ET|CET)?\b"
    r"|\((?:dpa|AFP|Reuters|AP|Reuters|TASS|Interfax|KNA|epd|APA|SDA)[^)]*\)"
    r"|Quelle:|Source:|^\s*[A-ZÄÖÜ][\w .'/-]{1,40},\s", re.IGNORECASE)


_HEADER_LINE = re.compile(r"(?i)\s*(?:date|datum|published|veröffentlicht)\s*:?\s*\d{4}-")


def _date(y: str, m: str, d: str) -> str | None:
    month = int(m) if m.isdigit() else (_DE_MONTHS.get(m.lower()) or _EN_MONTHS.get(m.lower())
                                        or _MON.get(m.lower()[:4].rstrip(".")) or _MON.get(m.lower()[:3]))
    if not month or not 1900 <= int(y) <= 2199:  # the ingest's plausible years
        return None
    try:
        return dt.date(int(y), month, int(d)).isoformat()
    except ValueError:
        return None


def dateline_date(text: str) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD, basis) from a dateline or byline in the first lines of `text`, else
    (None, None). A line counts when it is short (a date alone under the headline) or carries a
    dateline cue (`Stand:`, a time of day, an agency in brackets, `Quelle:`, `Place, `)."""
    for n, line in enumerate(text.split("\n")[:HEAD_LINES]):
        line = line.strip()
        if not line or len(line) > 160 or _HEADER_LINE.match(line):
            continue  # a `date YYYY-MM-DD` header line is read (and judged) by split_header
        for rx in (_NUMERIC, _ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
            m = rx.search(line)
            if m is None:
                continue
            rest = (line[:m.start()] + line[m.end():]).strip(" ,-–|·:")
            if len(rest) > 40 and not _DATELINE_CUE.search(line):
                continue  # a sentence about a date, not a dateline
            found = _date(m.group("y"), m.group("m"), m.group("d"))
            if found:
                return found, f"dateline on line {n + 1}: {line[:60]!r}"
    return None, None


_AGENCY = re.compile(r"\((?:dpa|AFP|Reuters|AP|TASS|Interfax|KNA|epd|APA|SDA)[^)]*\)\s*[-–]", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:]\s*$")


def first_line_title(text: str) -> str | None:
    """The first non-empty line when it reads like a headline: at most 200 characters, at least
    two words, not ending a sentence, and not a dateline or a `date:`/`url:` header."""
    for line in text.split("\n")[:3]:
        line = line.strip()
        if not line:
            continue
        if re.match(r"(?i)(?:date|datum|published|url|stand)\s*:", line):
            continue
        if len(line) <= 200 and len(line.split()) >= 2 and not _SENTENCE_END.search(line) \
                and dateline_date(line)[0] is None and not _AGENCY.search(line):
            return line
        return None
    return None
