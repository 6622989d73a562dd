"""Numbers that are no figures (moved from `numbers`): days of months, years, page and article
numbers, relative-date arithmetic (`vier Tage später`, `two weeks ago`), a scale word made vague
(`mehrere hundert`), and a year-like number that counts people or weapons after all."""

from __future__ import annotations

import re

from accord.news.number_units import _UNIT_TIGHT, COUNTED

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
_NOT_FIGURE_REACH = 10
"""The longest word of `_NOT_FIGURE_BEFORE` ("Resolution"; "im Jahr" also ends in "Jahr")."""


def not_figure_before(before: str) -> bool:
    """Whether `_NOT_FIGURE_BEFORE` finds a match in `before` (the text before a number). A
    match ends in one of its words followed by spaces to the end, so the word ends where the
    text does without its trailing spaces and starts at most `_NOT_FIGURE_REACH` characters
    earlier: the search starts there (its lookbehinds still see the text before). The pattern
    tried at every one of the 40 positions cost some 25 us per number."""
    return _NOT_FIGURE_BEFORE.search(before, max(0, len(before.rstrip()) - _NOT_FIGURE_REACH)) is not None


# a quantifier that makes a scale word vague (no numeral: "mehrere hundert Drohnen")
_VAGUE_BEFORE = re.compile(r"(?i)\b(?:einige[n]?|mehrere[n]?|etliche[n]?|ein\s+paar|wenige[n]?|viele[n]?|"
                           r"several|a\s+few|few|many)[^\S\n]+$")


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


_DURATIONS = ("days", "weeks", "months", "years", "hours", "minutes")
_RELATIVE_AFTER = re.compile(r"[^\S\n]+(?:später|danach|zuvor|davor|früher|later|earlier|ago|before|"
                             # "after" or "into" the war counts the war's years ("three years after
                             # the invasion", "one year into Russia's war", like "drei Jahre nach der
                             # Invasion"); "two hours into the talks" is a point in time
                             r"(?:after|into)(?![^\S\n]+(?:the[^\S\n]+)?(?:start[^\S\n]+of[^\S\n]+the[^\S\n]+)?"
                             r"(?:[\w'’-]+[^\S\n]+){0,2}?(?:invasion|war|conflict)\b)|"
                             r"from\s+now|ahead\s+of|vor\s+(?:dem|der|den|Beginn|Ablauf)|"
                             # German "after" before a determiner or a name's genitive ("drei Tage nach
                             # dem Treffen", "zwei Wochen nach Trumps Empfang"), not after the war ("drei
                             # Jahre nach der Invasion", "nach dem russischen Überfall"): a point in time
                             r"nach(?=[^\S\n]+(?:(?:dem|der|den|des|einem|einer|seinem|seiner|ihrem|ihrer|diesem|"
                             # (the genitive only before its noun, maybe after an adjective: not a
                             # place, "nach Paris reisen")
                             r"dieser)\b|(?-i:[A-ZÄÖÜ][\w-]*s[^\S\n]+(?:[a-zäöüß][\w-]*(?:e|em|en|er|es)"
                             r"[^\S\n]+)?[A-ZÄÖÜ])))"
                             r"(?![^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?[\w-]*(?:invasion|krieg|einmarsch|überfall)))\b"
                             r"|'s?\s+time\b",
                             re.IGNORECASE)
_SPAN_BEFORE = re.compile(r"(?i)\b(?:for|within|than|only|just|last(?:s|ed|ing)?|about|around|nearly|almost|"
                         r"over|under|least|after|in)\s+$")
# "vor drei Tagen", "vor gut zwei Jahren": German "ago" stands before the number
_AGO_BEFORE = re.compile(r"\b[Vv]or[^\S\n]+(?:(?:rund|etwa|gut|knapp|fast|mehr\s+als|über|weniger\s+als|"
                         r"ungefähr|genau|nur|erst|bereits|schon|mindestens)[^\S\n]+)?$")
# the war begun so long ago is the war's age, like "drei Jahre nach Beginn der Invasion": "des vor
# vier Jahren begonnenen Krieges", "der vor drei Jahren von Russland entfesselte Angriffskrieg" (a
# participle before the war noun, in the same clause)
_AGO_WAR_AFTER = re.compile(r"(?:[^\S\n]+[^\W\d_][\w-]*){0,4}?[^\S\n]+[a-zäöüß][\w-]*(?:en|t)e[nmrs]?"
                            r"[^\S\n]+(?:[a-zäöüß][\w-]*e[nmrs]?[^\S\n]+)?"
                            r"[\w-]*(?:[Kk]rieg|Invasion|Einmarsch|Überfall)")


# a war begun so many years ago, told with a verb of starting or invading: its age in years (like
# "des vor vier Jahren begonnenen Krieges"): "the war Russia launched nearly four years ago",
# "since Russia invaded almost three years ago", "Four years ago, Russia invaded ...", "Der Krieg
# begann vor fast vier Jahren", "seit Russland vor vier Jahren einmarschiert ist" (not talks or
# an exchange held so long ago, nor the war's events: "the talks broke down two years ago")
_WAR_VERB = (r"(?:invaded|launched|started|began|begun|broke\s+out|erupted|unleashed|"
             r"einmarschiert\w*|überfallen|überfiel\w*|begann\w*|begonnen|gestartet|startete\w*|"
             r"ausgebrochen|entfesselt\w*)")
_WAR_NOUN = r"(?:war|invasion|conflict|[\w-]*[Kk]rieg\w*|Konflikt\w*|Invasion|Einmarsch\w*|Überfall\w*)"
_JOINED = (r"(?:[^\S\n]*,?[^\S\n]+(?:that|which|den|die|der|das|Russia\w*|Moscow|Putin|Russland|Moskau)\b"
           r"(?:[^\S\n]+[\w'’-]+){0,2}?)?[^\S\n]+")
_WAR_AGO_BEFORE = re.compile(r"(?:\b" + _WAR_NOUN + r"\b" + _JOINED + _WAR_VERB + r"|"
                             r"\b(?:Russia|Moscow|Putin|Russland|Moskau)\w*\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:invaded|einmarschiert\w*|überfallen|überfiel)|"
                             r"(?-i:\b(?:Russia|Moscow|Putin)\w*\s+(?:[\w-]+\s+){0,2}?(?:launched|started|began)\s+"
                             r"(?:(?:its|a|the)\s+)?(?:full-scale\s+)?(?:war|invasion)\b))[^.;:!?]{0,30}?$|"
                             # "since the invasion nearly three years ago"
                             r"\b(?:invasion|war)\b(?:\s+(?:of|in|on|against)\s+Ukraine)?\s+(?:(?:nearly|almost|about|some|roughly|around|"
                             r"over|just|barely|more\s+than)\s+)?$|"
                             # "seit dem Einmarsch in die Ukraine vor fast vier Jahren"
                             r"\b(?:Invasion|[\w-]*[Kk]rieg\w*|Einmarsch\w*|Überfall\w*)(?:\s+(?:der|in\s+der|in\s+die|"
                             r"gegen\s+die|auf\s+die)\s+Ukraine)?\s+$",
                             re.IGNORECASE)
_WAR_AGO_AFTER = re.compile(r"[^\S\n]+ago,?[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,3}?(?:invaded\b|"
                            r"(?:launched|started|began)(?=[^.;:!?]{0,40}\b(?:war|invasion)\b))|"
                            r"[^.;:!?]{0,60}?\b(?:einmarschier\w*|überfallen|überfiel\w*)\b|"
                            r"[^\S\n]+(?:begann|brach|startete)[^\S\n]+(?:der|die|den|Russlands|"
                            r"Moskaus)[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:[\w-]*[Kk]rieg|Invasion|Einmarsch|Überfall)",
                            re.IGNORECASE)


def war_age_ago(text: str, s: int, ue: int) -> bool:
    """Whether the years ending at `ue` counted back from now ("four years ago", "vor vier
    Jahren", the number at `s`) are the age of the war: a war begun or a country invaded so
    long ago, in the same clause."""
    ago_after = _AGO_WORD.match(text, ue) is not None
    vor = _AGO_BEFORE.search(text, max(0, s - 40), s)
    if not ago_after and vor is None:
        return False
    start = s if vor is None else vor.start()
    if _WAR_AGO_BEFORE.search(text, max(0, start - 90), start):
        return True
    if _WAR_NOUN_BEFORE.search(text, max(0, start - 60), start) and _STARTED_AFTER.match(text, ue):
        return True  # "hatte den Angriffskrieg gegen die Ukraine vor drei Jahren gestartet"
    after = _WAR_AGO_AFTER.match(text, ue)
    # (an English "ago" goes with the English clause after it, a German "vor" with the German one)
    return after is not None and ago_after == after.group(0).lstrip().lower().startswith("ago")


_WAR_NOUN_BEFORE = re.compile(r"\b" + _WAR_NOUN + r"(?:\s+(?:gegen\s+die|der|in\s+der|against|on|in)\s+"
                              r"Ukraine)?\s+(?:(?:nearly|almost|about|some|over|more\s+than)\s+)?$",
                              re.IGNORECASE)
_STARTED_AFTER = re.compile(r"(?:[^\S\n]+ago)?[^.;:!?,]{0,30}?\b(?:gestartet|begonnen|entfesselt|launched|"
                            r"started|unleashed)\b", re.IGNORECASE)
_AGO_WORD = re.compile(r"[^\S\n]+ago\b", re.IGNORECASE)


# a date written year-first with hyphens ("2026-02-15", a dateline or a file stamp): its month and
# day are no figures (nor a range "02-15")
_ISO_DATE = re.compile(r"(?<![\d-])(?:19|20)\d\d-[01]?\d-[0-3]?\d(?![\d-])"
                       # a year and month ("2025-03", a file stamp before a headline)
                       r"|(?<![\d-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?![\d-])")


def in_iso_date(text: str, s: int, e: int) -> bool:
    """Whether the number at `text[s:e]` is the month or day of a year-first date."""
    if "-" not in text[max(0, s - 1):e + 1]:
        return False
    window = _ISO_DATE.finditer(text, max(0, s - 8), min(len(text), e + 4))
    return any(m.start() <= s < m.end() for m in window)


# a person's age is no figure: "the 55-year-old", "55 years old", "ist 55 Jahre alt", and a German
# age made a noun, "der 55-Jährige" (capitalised: "die 30-jährige Waffenruhe" keeps its years); the
# age of a war counts its years ("the three-year-old war", "the war, now three years old")
_AGE_AFTER = re.compile(r"(?i)[^\S\n]*-?[^\S\n]*years?[^\S\n]*-?[^\S\n]*old\b"
                        r"(?![^\S\n]+(?:[\w-]+[^\S\n]+)?(?:war|conflict|invasion|fighting)\b)"
                        r"|[^\S\n]+Jahre[^\S\n]+alt(?:e[nmrs]?)?\b")
_AGE_NOUN = re.compile(r"-?Jährige[nmrs]?")
_WAR_BEFORE = re.compile(r"(?i)\b(?:war|conflict|invasion|Krieg\w*|Konflikt\w*|Invasion)\b[^.;:]{0,30}$")


def is_age(text: str, s: int, e: int, compound: str | None) -> bool:
    """Whether the number at `text[s:e]` (with its fused compound, "-Jährige") is someone's age."""
    if compound:
        return _AGE_NOUN.fullmatch(compound) is not None
    return _AGE_AFTER.match(text, e) is not None and _WAR_BEFORE.search(text, max(0, s - 40), s) is None
