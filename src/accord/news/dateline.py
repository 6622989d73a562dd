"""Publication date and title from the plain text of an article: datelines and bylines
(`Berlin, 14. Dezember 2025`, `16. Mai 2025, 18:22 Uhr · Quelle: dpa`, `Stand: 05.02.2026 18:30
Uhr`, `KYIV, Nov 21, 2025 (Reuters) -`, `December 14, 2025`, `Posted at 6:28 AM, Mar 29, 2022`,
`Published 12:30 GMT, 5 June 2025`, `16.08.25 05:37 Uhr`, a date alone on a line under the
headline, a stamp or dateline opening a long paragraph, a byline that runs on after the stored
`date` header on its line) and the headline itself (the first line, when it reads like one). Two
time stamps in the head that lie more than two days apart give no date.

Only the first lines are read (a date further down is about the news, not the article); a photo
caption's date is the photo's, not the article's. A date that gives no year (`KYIV, Nov 21
(Reuters) -`, `MOSCOW, April 27. /TASS/.`) cannot be resolved on its own and is not guessed; when
the page also carries a full date within two days of it (a time stamp in another time zone), the
agency's dateline gives the day and the full date its year.
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

# a four-digit year ends at a word boundary or runs into a time of day ("December 14, 202510:45 AM"
# in pages whose date and time are separate elements)
_YEAR = r"(?P<y>\d{4})(?:\b|(?=\d{1,2}:\d{2}))"
_ORDINAL = r"(?:st|nd|rd|th)?"
# a line that is (mostly) a date: optional place and comma, the date, optional time and source
_DAY_MONTH_YEAR = re.compile(r"(?<!\d)(?P<d>\d{1,2})" + _ORDINAL + r"\.?\s+(?:of\s+)?(?P<m>" + _MONTH_WORD
                             + r")\.?,?\s+" + _YEAR, re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(r"\b(?P<m>" + _MONTH_WORD + r")\.?\s+(?P<d>\d{1,2})" + _ORDINAL
                             + r"(?:,?\s+|,)" + _YEAR, re.IGNORECASE)  # ("January 16,2024" too)
_NUMERIC = re.compile(r"(?<![\d./])(?P<d>\d{1,2})([./])(?P<m>\d{1,2})\2(?P<y>\d{4})(?![\d./])")
# a day, month and year joined by hyphens after a byline word ("Updated: 17-04-2025 15:38 IST")
_DASHED = re.compile(r"\b(?:Updated|Created|Published|Posted|Aktualisiert|Veröffentlicht|Erstellt)\s*:?\s*"
                     r"(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})(?![\d-])", re.IGNORECASE)
_ISO = re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])")
# a two-digit year only after a byline word ("Stand: 05.02.26 18:30 Uhr")
_SHORT_YEAR = re.compile(r"^\s*(?:Stand|Aktualisiert|Veröffentlicht|Erstellt|Published|Updated|Posted)"
                         r"(?:\s+am|\s+on)?\s*:?\s*(?:\w{2,10},?\s+)?(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2})(?![\d.])",
                         re.IGNORECASE)
# what makes a line a dateline or byline rather than a sentence that mentions a date
_DATELINE_CUE = re.compile(
    r"^\s*(?:Stand|Aktualisiert|Veröffentlicht|Erstellt|Published|Updated|Posted|Datum|Date|By|Von)\b\s*:?"
    # a time of day, not the day and month of a numeric date ("25.12.2025")
    r"|(?<![\d.:/])\d{1,2}[:.]\d{2}(?![\d.])\s*(?:Uhr|h|AM|PM|am|pm|GMT|UTC|MEZ|MESZ|ET|CET)?\b"
    r"|\((?:dpa|AFP|Reuters|AP|TASS|Interfax|KNA|epd|APA|SDA|Xinhua|Ukrinform|UNIAN)[^)]*\)"
    # any source in brackets with a dash after it ("(Newswire) -", "(MENAFN) -")
    r"|\([A-ZÄÖÜ][^)]{0,30}\)\s*[-–—]"
    r"|Quelle:|Source:", re.IGNORECASE)
# a place and comma right before the date ("Berlin, 14. Dezember 2025", "KYIV, Nov 21, 2025"),
# a weekday allowed between them
_PLACE_BEFORE = re.compile(r"^\s*[A-ZÄÖÜ][\w .'/-]{1,40},\s*(?:[A-Za-zäöü]{2,10}\.?,?\s*)?$")
# a photo caption: its date is when the photo was taken
_CAPTION = re.compile(r"(?i)\b(?:photo|foto|getty\s+images|imago|picture\s+alliance|archivbild|bildquelle|"
                      r"still\s+image|screenshot)\b|\b[A-Z]{2,}/[A-Z][a-z]")  # "REUTERS/Jane Roe"
# a dateline without a year: `KYIV, Nov 21 (Reuters) -`, `MOSCOW, April 27. /TASS/.`,
# `Kiew, 14. Dezember (dpa) -`
_AGENCY_WORDS = r"(?:dpa|AFP|Reuters|AP|TASS|Interfax|KNA|epd|APA|SDA|Xinhua|Ukrinform|UNIAN|RIA|Bloomberg)"
_YEARLESS = re.compile(
    r"^\s*[A-ZÄÖÜ][\w .,'/-]{1,60}?,\s+(?:(?P<m1>" + _MONTH_WORD + r")\.?\s+(?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})\.?\s+(?P<m2>" + _MONTH_WORD + r"))\.?\s*"
    r"(?:\(" + _AGENCY_WORDS + r"[^)]{0,30}\)|/\s*" + _AGENCY_WORDS + r"\s*/)",
    re.IGNORECASE)
# the dateline that opens a long first paragraph: up to the agency ("KYIV, Nov 21, 2025 (Reuters) -")
_LEAD = re.compile(r"^\s*[A-ZÄÖÜ][\w .'/-]{1,40},\s.{4,60}?"
                   r"(?:\(" + _AGENCY_WORDS + r"[^)]{0,30}\)|/\s*" + _AGENCY_WORDS + r"\s*/"
                   # any source in brackets, or none, and a dash: "ABU DHABI, March 4, 2026
                   # (Newswire) -", "PARIS, January 7, 2026 – Leaders ..."
                   r"|\([A-ZÄÖÜ][^)]{0,30}\)\s*[-–—]|(?<=\d{4})\s+[-–—])", re.IGNORECASE)
# a slash date whose day and month cannot be told apart on a page that writes times the US way
_AM_PM = re.compile(r"(?i)\b\d{1,2}:\d{2}\s*[ap]\.?m\b")


# the `date YYYY-MM[-DD]` header of the stored layout at the start of a line: its date is read by
# `normalise.split_header`; what follows it on the line is the page's own text (a stored page often
# runs its byline on: "date 2023-08 Titel Stand: 05.08.2023 10:46 Uhr")
_HEADER_LINE = re.compile(r"(?i)\s*(?:date|datum|published|veröffentlicht)\s*:?\s*"
                          r"\d{4}-\d{2}(?:-\d{2})?\b\s*")
# a time stamp opening a long line that runs on into the text ("11.12.2025 17.41Online seit heute,
# ...", "05.09.25, 11:36 Kreml-Chef ..."): the date and its time of day
_STAMP = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}),?\s*\d{1,2}[:.]\d{2}(?::\d{2})?(?!\d)(?:\s*Uhr)?")
# a full date opening a long paragraph, a source in brackets or none, then a dash ("4 June 2025
# (Wire Service) – ...", "March 29, 2022 (Agency)—..."): a dateline with no place
_DATE_LEAD = re.compile(r"^\s*(?:\d{1,2}\.?\s+(?:" + _MONTH_WORD + r")\.?,?\s+\d{4}|(?:" + _MONTH_WORD
                        + r")\.?\s+\d{1,2},?\s+\d{4})\s*(?:\([A-ZÄÖÜ][^)]{0,30}\))?\s*[-–—]", re.IGNORECASE)
# a numeric date with a two-digit year and a time of day, alone on its line or opening it
# ("16.08.25 05:37 Uhr", "05.09.25, 11:36"): a page's time stamp
_SHORT_YEAR_TIME = re.compile(r"^\s*(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2}),?\s+\d{1,2}[:.]\d{2}(?!\d)")


def _month(m: str) -> int | None:
    if m.isdigit():
        return int(m)
    low = m.lower()
    return _DE_MONTHS.get(low) or _EN_MONTHS.get(low) or _MON.get(low[:4].rstrip(".")) or _MON.get(low[:3])


def _date(y: str, m: str, d: str) -> str | None:
    month = _month(m)
    if not month or not 1900 <= int(y) <= 2199:  # the ingest's plausible years
        return None
    try:
        return dt.date(int(y), month, int(d)).isoformat()
    except ValueError:
        return None


def _line_date(line: str) -> str | None:
    """The date a dateline or byline line gives, else None."""
    if _CAPTION.search(line):
        return None
    short = _SHORT_YEAR.match(line) or _SHORT_YEAR_TIME.match(line)
    if short is not None:
        return _date("20" + short.group("y"), short.group("m"), short.group("d"))
    for rx in (_NUMERIC, _ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _DASHED):
        m = rx.search(line)
        if m is None:
            continue
        rest = (line[:m.start()] + line[m.end():]).strip(" ,-–|·:")
        if not (len(rest) <= 40 or _DATELINE_CUE.search(line) or _PLACE_BEFORE.match(line[:m.start()])
                or rx is _DASHED or (rx is _NUMERIC and m.start() == 0)  # ("11.12.2025 17.41 ...")
                or (not line[m.end():].strip(" .") and _AFTER_DASH.search(line[:m.start()]))):
            continue  # a sentence about a date, not a dateline
        d, mo = m.group("d"), m.group("m")
        if rx is _NUMERIC and m.group(2) == "/" and int(d) <= 12 and int(mo) <= 12 and d != mo:
            if _AM_PM.search(line):
                return None  # "3/5/2025 6:30 PM": 5 March or 3 May cannot be told
        elif rx is _NUMERIC and m.group(2) == "/" and int(mo) > 12 >= int(d):
            d, mo = mo, d  # "12/14/2025": month first
        found = _date(m.group("y"), mo, d)
        if found:
            return found
    return None


# a title and its source before a date that ends the line ("Headline – DW – 16.06.2024",
# "Headline | Site | 3 May 2025")
_AFTER_DASH = re.compile(r"\s[–—|]\s+(?:[\w .'-]{1,30}\s[–—|]\s+)?$")
# a note of when the text was sent or published, wherever it stands ("Diese Nachricht wurde am
# 9.1.2026 vom Sender ausgestrahlt.", "This article was first published on 3 May
# 2025.")
_SENT_ON = re.compile(r"^\s*(?:Diese Nachricht|Dieser Beitrag|Dieser Artikel|Der Beitrag|Der Artikel|"
                      r"This (?:article|story|report))\s+(?:wurde|was)\s+(?:zuerst\s+|erstmals\s+|first\s+)?"
                      r"(?:(?:published|broadcast|aired)\s+on\s+(?P<date2>[^,;]{6,30}?)(?:[\s.,;]|$)|"
                      r"(?:am|on)\s+(?P<date>[^,;]{6,30}?)\s+(?:\w+\s+){0,4}?"
                      r"(?:gesendet|veröffentlicht|publiziert|erschienen|published|broadcast|aired)\b)",
                      re.IGNORECASE)


def _sent_on(text: str) -> tuple[str, str] | None:
    """The date a line anywhere in `text` says the text was sent or published on (`_SENT_ON`)."""
    for n, line in enumerate(text.split("\n")):
        m = _SENT_ON.match(line)
        if m is None:
            continue
        d = m.group("date") or m.group("date2")
        for rx in (_NUMERIC, _ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
            x = rx.search(d)
            if x is not None and (found := _date(x.group("y"), x.group("m"), x.group("d"))):
                return found, f"sent or published on, line {n + 1}: {line.strip()[:60]!r}"
    return None


def _stamp_line(line: str) -> bool:
    """Whether `line` is itself a time stamp, byline or dateline (a date alone on its line, or
    with a dateline cue, a time of day, an agency), not a sentence that mentions a date ("Die
    erste Runde fand am 2. Mai 2025 statt."): only such a line can contradict the stamp found
    above it."""
    if _STAMP.match(line) or _SHORT_YEAR_TIME.match(line) or _LEAD.match(line) or _DATE_LEAD.match(line):
        return True
    for rx in (_NUMERIC, _ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _DASHED):
        if (m := rx.search(line)) is not None:
            rest = (line[:m.start()] + line[m.end():]).strip(" ,.-–|·:")
            # a time of day or byline word beside the date makes a stamp only on a short line:
            # "Updated 10:15 GMT, 16 May 2025", not "Die erste Runde begann am 2. Mai 2025 um
            # 10.30 Uhr in Genf."
            return (len(rest) <= 12 or bool(_PLACE_BEFORE.match(line[:m.start()]))
                    or (len(rest) <= 40 and bool(_DATELINE_CUE.search(line))))
    return bool(_DATELINE_CUE.match(line))


def _yearless(line: str) -> tuple[int, int] | None:
    """(month, day) of an agency dateline that gives no year, else None."""
    m = _YEARLESS.match(line)
    if m is None:
        return None
    month = _month(m.group("m1") or m.group("m2"))
    day = int(m.group("d1") or m.group("d2"))
    return (month, day) if month and 1 <= day <= 31 else None


def dateline_date(text: str) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD, basis) from a dateline or byline in the first lines of `text`, else
    (None, None). A line counts when it is short (a date alone under the headline) or carries a
    dateline cue (`Stand:`, a time of day, an agency in brackets, `Quelle:`, `Place, ` right
    before the date); a photo caption does not. An agency dateline without a year (`JEDDAH,
    March 11 (Xinhua) --`) gives the day when a full date on the page lies within two days of it
    (the page's time stamp may be in another time zone), and nothing on its own."""
    found: tuple[str, str] | None = None
    agency: tuple[int, int, int, str] | None = None
    conflict = False
    for n, line in enumerate(text.split("\n")[:HEAD_LINES]):
        line = line.strip()
        if (header := _HEADER_LINE.match(line)) is not None:
            line = line[header.end():]  # (the header's own date is split_header's to read)
        if not line:
            continue
        if agency is None and (md := _yearless(line)) is not None:
            agency = (md[0], md[1], n, line)
        # a long line is a paragraph: only a dateline or time stamp opening it is read
        head = line if len(line) <= 160 else (lead.group(0) if (lead := _LEAD.match(line)) else
                                              stamp.group(0) if (stamp := _STAMP.match(line) or
                                                                 _DATE_LEAD.match(line)) else "")
        if head and (on_line := _line_date(head)) is not None:
            if found is None:
                found = (on_line, f"dateline on line {n + 1}: {line[:60]!r}")
            elif (abs((dt.date.fromisoformat(on_line) - dt.date.fromisoformat(found[0])).days) > 2
                  and _stamp_line(head)):
                conflict = True
    if conflict:
        # two time stamps in the head that disagree (a site's clock or a stale widget above the
        # article's own stamp): neither is taken on trust
        return None, None
    if found is not None and agency is not None:
        full = dt.date.fromisoformat(found[0])
        month, day, n, line = agency
        for year in (full.year, full.year - 1, full.year + 1):
            try:
                cand = dt.date(year, month, day)
            except ValueError:
                continue
            if cand != full and abs((cand - full).days) <= 2:
                return cand.isoformat(), (f"dateline on line {n + 1}: {line[:60]!r}, its year from "
                                          + found[1])
    if found is None and (sent := _sent_on(text)) is not None:
        return sent
    return found if found is not None else (None, None)


_WEEKDAY_WORD = (r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Monday|"
                 r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|"
                 r"Fri|Sat|Sun|Mo|Di|Mi|Do|Fr|Sa|So)")
# a dateline opening a line of the text: a place (capitalised words, not a preposition: "In
# Genf, am 12. Mai" is a sentence), a comma, perhaps a weekday, the day and month (perhaps a
# year), then an agency, a dash or the end of the line ("GENF, 12. Mai (dpa) -", "KYIV, Nov 21,
# 2025 (Reuters) -", "ISTANBUL, June 2. /TASS/.", "Berlin, Sonntag, 14. Dezember 2025")
_DATELINE_DATE = re.compile(
    r"(?m)^[ \t\W]{0,3}(?!(?:In|Im|Am|An|At|On|Bei|Nach|Seit|Vor|Bis|Until|Since|From|Von|Für|For|"
    r"Auch|Also|Doch|But|Und|And)\b)"
    r"[A-ZÄÖÜ][\w'.-]*(?:[ /-][A-ZÄÖÜ][\w'.-]*){0,3},[ \t]+(?:" + _WEEKDAY_WORD + r"\.?,?[ \t]+)?"
    r"(?P<date>(?:\d{1,2}(?:st|nd|rd|th)?\.?[ \t]+(?:of[ \t]+)?(?i:" + _MONTH_WORD + r")\.?"
    r"|(?i:" + _MONTH_WORD + r")\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?)(?:,?[ \t]+\d{4})?)"
    # (an agency the list lacks counts when a dash follows it: "GENF, 3. Juni (Agentur) -")
    r"(?=\.?[ \t]*(?:\(" + _AGENCY_WORDS + r"[^)\n]{0,30}\)|\([A-ZÄÖÜ][^)\n]{0,30}\)[ \t]*[-–—]|"
    r"/[ \t]*" + _AGENCY_WORDS + r"[ \t]*/|[-–—]|$))")


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every date that stands in a dateline opening a line of `text`
    (`_DATELINE_DATE`). Such a date is when the report was filed (the article's date), not the
    day of anything the report tells: a sentence's own date words ("am Sonntag", "on Tuesday")
    date its events."""
    spans = [m.span("date") for m in _DATELINE_DATE.finditer(text)] if "," in text else []
    return sorted(spans + [m.span("date") for m in _BARE_DATELINE_DATE.finditer(text)])


# a dateline with no place and comma before its date ("12. Mai (dpa) -", the place on a line of its
# own above it, or in capitals with a stop: "MOSCOW. Feb 27 (Interfax) - ..."): the date and an
# agency with a dash
_BARE_DATELINE_DATE = re.compile(
    r"(?m)^[ \t]{0,3}(?:[A-ZÄÖÜ][A-ZÄÖÜ'-]+(?:[ /][A-ZÄÖÜ][A-ZÄÖÜ'-]+){0,2}\.[ \t]+)?"
    r"(?P<date>(?:\d{1,2}\.?[ \t]+(?i:" + _MONTH_WORD + r")\.?|(?i:" + _MONTH_WORD + r")\.?"
    r"[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?)[ \t]*\(" + _AGENCY_WORDS + r"[^)\n]{0,30}\)[ \t]*[-–—]")


_AGENCY = re.compile(r"\((?:dpa|AFP|Reuters|AP|TASS|Interfax|KNA|epd|APA|SDA)[^)]*\)\s*[-–]", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:]\s*$")


def first_line_title(text: str) -> str | None:
    """The first non-empty line when it reads like a headline: at most 200 characters, at least
    two words, not ending a sentence, and not a dateline or a `date:`/`url:` header. The date
    header of the seeds' layout (`date 2026-03-04`, no colon) is no title either: the line after
    it is (every such article was stored with the title "date 2026-03-04")."""
    from accord.news.normalise import HEADER

    for line in text.split("\n")[:3]:
        line = line.strip()
        header = HEADER.match(line)
        if header is not None:
            line = line[header.end():].strip()
        if not line:
            continue
        if re.match(r"(?i)(?:date|datum|published|url|stand)\s*:", line):
            continue
        if len(line) <= 200 and len(line.split()) >= 2 and not _SENTENCE_END.search(line) \
                and dateline_date(line)[0] is None and not _AGENCY.search(line):
            return line
        return None
    return None
