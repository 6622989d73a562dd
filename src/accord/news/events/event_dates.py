"""The date of an event (split from `common`): `_date`, the day a sentence gives its event (not a
day after 'since' or the start of a term), the start of the war (`war_start`), a deadline
(`deadline`), an event placed only before the report (`UNDATED_PAST`, `_undated_past`), and the
days that belong to a report, an announcement or a saying rather than to the event
(`_reported_day_only`, `_announced_day_only`, `said_day`, `_said_day_only`, `REPORT_DAY_ONLY`), a
year told relative to another (`_relative_year`). Used by the record maker (`event_records`) and
the family modules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.common import IC
from accord.news.prefilter import gate_patterns
from accord.news.tense import clause_tense

if TYPE_CHECKING:
    from accord.news.dates import DateMention
    from accord.news.extract import Sentence


# a phrase of "seit"/"since" the date is inside ("seit Beginn der Waffenruhe am 8. März", "since the
# pause took effect on March 8")
_SINCE_PHRASE = re.compile(r"\b(?:seit|since)\b[^,.;:]{0,50}$", IC)


# the start of an item's term ("as of Nov. 19", "effective Monday", "ab dem 19. November", "gültig
# ab"): not the day the item was agreed
_TERM_FROM = re.compile(r"\b(?:as of|as from|effective(?: from)?|starting(?: from| on)?|beginning(?: on)?|"
                        r"ab(?: dem| Montag| Dienstag)?|gültig ab|mit Wirkung (?:vom|zum|ab))\s+$", IC)


# the start of the war or of the invasion, named to place something else in history ("since
# Russia's full-scale invasion in February 2022", "unleashed when Russia attacked Ukraine in February
# 2022", "seit Beginn des russischen Angriffskriegs am 24. Februar 2022", "seit Kriegsbeginn im
# Februar 2022", "the war that began with Russia's 2022 full-scale invasion"): never the day of a
# negotiation, a deal, a claim or a step
_WAR_START_BEFORE = re.compile(
    r"\b(?:invaded|invading|invasion|Einmarsch\w*|einmarschiert\w*|einfiel\w*|Überfall\w*|überfallen|"
    r"Angriffskrieg\w*|Kriegsbeginn\w*|Kriegsausbruch\w*|"
    r"(?:war|conflict|Krieg|Konflikt)\s+(?:began|begann|started|broke out|ausbrach|erupted)|"
    r"(?:start|beginning|outbreak|Beginn|Anfang|Ausbruch)\s+(?:of\s+(?:the\s+)?|des\s+|der\s+)?"
    r"(?:full-scale\s+|large-scale\s+|russischen\s+)?(?:war|Krieg\w*|invasion|conflict|Konflikt\w*|"
    r"Angriff\w*))(?:\s+[\w'’-]+){0,3}?\s+(?:in|im|on|am|vom|of)\s+(?:the\s+)?$", IC)


_WAR_START_AFTER = re.compile(r"^\s*(?:full-scale\s+|large-scale\s+|russische[nr]?\s+)?"
                              r"(?:invasion|Invasion|Einmarsch|Angriffskrieg|Überfall)\b", IC)


def war_start(text: str, a: int, b: int) -> bool:
    """Whether the date at `a:b` of `text` names when the war or the invasion began (see
    `_WAR_START_BEFORE`), not when the event told in the sentence took place."""
    return _WAR_START_BEFORE.search(text[max(0, a - 90):a]) is not None \
        or _WAR_START_AFTER.match(text[b:b + 40]) is not None


def _date(s: Sentence, kind: str | None = None) -> tuple[str | None, str | None, str | None]:
    for d in s.dates:
        if war_start(s.text, d.start - s.start, d.end - s.start):
            continue  # "since Russia's full-scale invasion started in February 2022": history
        if kind == "claim" and (_SINCE.search(s.text[max(0, d.start - s.start - 24):d.start - s.start])
                                or _SINCE_PHRASE.search(
                                    s.text[max(0, d.start - s.start - 60):d.start - s.start])):
            # "seit Anfang März unter Kontrolle", "seit Beginn der Waffenruhe am 8. März": when a
            # state or a period began, not when it is claimed
            continue
        if kind == "partial_agreement" and _SINCE_START.search(
                s.text[max(0, d.start - s.start - 90):d.start - s.start]):
            continue  # "the biggest exchange since the war began in February 2022"
        if kind == "partial_agreement" and (
                _UNTIL.search(s.text[max(0, d.start - s.start - 24):d.start - s.start])
                or re.match(r"(?:bis|until|till|through)\b", s.text[d.start - s.start:], IC)):
            continue  # "einer Feuerpause bis Sonntag zugestimmt": when the item ends, not when it was made
        if kind == "partial_agreement" and _TERM_FROM.search(
                s.text[max(0, d.start - s.start - 24):d.start - s.start]):
            continue  # "prolonged by 60 days as of March 2": when the term starts, not when it was agreed
        if kind == "statement_of_intent" and clause_tense(
                s.text, d.start - s.start, d.end - s.start) == "future":
            continue  # "will send a delegation on Friday": the day of the step, not of its announcement
        if kind == "statement_of_intent" and (re.search(r"\b(?:until|till|bis(?: zum| zur)?)\s+$", s.text[
                max(0, d.start - s.start - 12):d.start - s.start], IC) or re.match(
                r"(?:until|till|bis)\b", s.text[d.start - s.start:d.end - s.start], IC)):
            continue  # "a pause until tomorrow": the day the step ends, not of its announcement
        if kind in ("round", "summit") and deadline(s, d):
            continue  # "waiting for a response by the end of June": when something else is due
        if d.granularity in ("day", "range", "month", "week"):
            return d.first, d.last, d.basis
    return None, None, None


# a day something is due by ("by the end of June", "by June 20", "no later than Friday", "bis Ende
# Juni", "spätestens am Freitag"), in a sentence telling no meeting still to come
_DUE_BY = re.compile(r"\b(?:by|no later than|not later than|spätestens(?:\s+(?:am|bis))?)\s+(?:the\s+)?"
                     r"(?:(?:end|middle|beginning|start)\s+of\s+)?$", IC)


_DUE_PART = re.compile(r"^(?:the\s+)?(?:end|middle|beginning|start)\s+of\b|^(?:Ende|Mitte|Anfang)\b", IC)


_BIS_PART = re.compile(r"\bbis\s+$", IC)


_TO_COME = re.compile(r"\b(?:will|would|shall|is to|are to|is expected to|are expected to|plan\w*|soll\w*|"
                      r"wird|werden|würde\w*|geplant\w*|vorgesehen|"
                      # (or lasting until then: "dauerten bis Ende Juni", "ran until the end of")
                      r"dauer\w*|andauer\w*|lief|liefen|läuft|laufen|lasted|last|ran|runs?)\b", IC)


def deadline(s: Sentence, d: DateMention) -> bool:
    """Whether date `d` of sentence `s` is only a day something is due by (`_DUE_BY`; "bis" before
    the end, middle or start of a period), not the day of a meeting held: the sentence tells no
    meeting still to come."""
    before = s.text[max(0, d.start - s.start - 24):d.start - s.start]
    own = s.text[d.start - s.start:d.end - s.start]
    due = _DUE_BY.search(before) is not None or (
        _BIS_PART.search(before) is not None and _DUE_PART.match(own) is not None) or (
        re.match(r"bis\s+(?:Ende|Mitte|Anfang)\b", own, IC) is not None)
    return due and not _TO_COME.search(s.text)


# A past told with no day of its own, only as before the report or as lasting up to it ("in den
# vergangenen Tagen", "seit Wochen", "stets", "in recent days", "has long", "has continued to"):
# convention 7, the event gets no date (not the article's)
UNDATED_PAST = re.compile(
    r"\b(?:in den (?:vergangenen|letzten|zurückliegenden) (?:Tagen|Wochen|Monaten|Jahren)|"
    r"(?:seit|schon seit) (?:Tagen|Wochen|Monaten|Jahren)|stets|"
    r"in (?:the )?(?:recent|past|last) (?:few )?(?:days|weeks|months|years)|"
    r"(?:over|for) the (?:past|last) (?:few )?(?:days|weeks|months|years)|"
    r"for (?:days|weeks|months|years)|"
    r"(?:has|have|had) (?:long|continued to|repeatedly|consistently|always)|"
    r"(?:has|have) (?:been \w+ing)|"
    # some days ago, with no day ("vor mehreren Tagen", "a few days ago", "days after"): only
    # before the report or another event (convention 7: "on or before X" is undated)
    r"vor (?:mehreren|einigen|wenigen|ein paar) (?:Tagen|Wochen|Monaten)|"
    r"(?:several|a few|some) (?:days|weeks|months) (?:ago|earlier|before)|"
    r"(?:wenige|einige|mehrere|ein paar) (?:Tage|Wochen) (?:nach|später|zuvor|davor)|"
    # ("days after" with no number: "was in Kyiv days after travelling to Moscow"; "three weeks
    # after the first round on February 17" is counted from its day)
    + "".join(rf"(?<!\b{w} )" for w in ("one", "two", "six", "ten", "few"))
    + r"(?<!\d )(?<!three )(?<!\bfour )(?<!\bfive )(?<!seven )(?<!eight )(?<!\bnine )(?<!eleven )"
    r"(?<!twelve )(?<!\ba )days after)\b", IC)


# a relative clause between commas ("Russland, das seit Monaten ... angreift, wirft nun ... vor")
# tells about a noun, not the event of the sentence
_RELATIVE = re.compile(r",\s*(?:das|die|der|dem|den|deren|dessen|which|who|whose|where|wo)\b[^,;]*(?:,|$)",
                       IC)


# the first time after a gap ("erstmals seit Monaten", "zum ersten Mal seit Wochen"): the event is
# of now, the span only the gap before it
_FIRST_SINCE = re.compile(r"\b(?:erstmals|zum ersten Mal|das erste Mal)\s+seit\s+(?:Tagen|Wochen|Monaten|"
                          r"Jahren)\b", IC)


# a span that qualifies a noun, not the event ("der seit Monaten umkämpften Stadt", "den seit Jahren
# andauernden Krieg"): between an article and the participle or adjective before its noun
_ATTRIBUTIVE_SINCE = re.compile(r"\b(?i:der|die|das|den|dem|des|eine[nmrs]?|ihre[nmrs]?|seine[nmrs]?|"
                                r"diese[nmrs]?)\s+(?i:schon\s+)?(?i:seit)\s+(?i:Tagen|Wochen|Monaten|Jahren)\s+"
                                r"[a-zäöüß]{2,}(?:en|em|er|es|e)\s+(?=[A-ZÄÖÜ])")


def _undated_past(t: str) -> bool:
    """Whether the clauses of `t` that tell its event place it only before the report (see
    UNDATED_PAST), relative clauses, the gap before a first time and a span qualifying a noun
    aside."""
    t = _ATTRIBUTIVE_SINCE.sub(" ", _FIRST_SINCE.sub(" ", _RELATIVE.sub(",", t)))
    return UNDATED_PAST.search(t) is not None


_UNTIL = re.compile(r"\b(?:bis(?: zum| zur| einschließlich)?|until|till|through|to last until)\s+"
                    r"(?:(?:Anfang|Mitte|Ende|early|mid|late)\s+|[A-Z]\w+(?:tag|day|woch|abend),?\s+)?$")


_SINCE = re.compile(r"\b(?:seit|since)\s+(?:dem\s+|der\s+|den\s+)?"
                    r"(?:(?:Anfang|Mitte|Ende|early|mid|late)\s+)?$", IC)


# "since the full-scale war started in", "seit Beginn des Krieges im": the start of a period
_SINCE_START = re.compile(r"\b(?:since|seit)\s+(?:the\s+)?(?:start|beginning|outbreak|Beginn|Anfang|"
                          r"Ausbruch)\b[^.;]{0,60}$", IC)


REPORT_DAY_ONLY = "no date: the day named is that of the report, the event's own day is not given"


UNDATED_CHARGE = "no date: a charge or its denial told in the past with no day named (convention 7)"


_REPORTED_ON = re.compile(r"\b(?:berichtet\w*|gemeldet|bekanntgegeben|mitgeteilt|reported|announced)"
                          # (the day may follow the verb: "reported on Tuesday that")
                          r"(?:\s+(?:on|late|early)?\s*[A-Z]\w+(?:\s+(?:morning|evening|night))?)?"
                          r"\s*,?\s+(?:dass|that)\b", IC)


def _reported_day_only(s: Sentence) -> bool:
    """Whether the sentence's only date is the day a report was made ("hatten am Dienstag
    berichtet, dass ...") and the event is told in the clause after it."""
    m = _REPORTED_ON.search(s.text)
    if m is None or len(s.dates) != 1:
        return False
    d = s.dates[0]
    return d.end - s.start <= m.end() and m.start() - (d.end - s.start) <= 30


# "Kyiv said Tuesday that the delegations reached ... following talks held in Geneva": the day of
# the saying, not of the talks
_SAID_ON = re.compile(r"\b(?:said|says|told \w+|sagte|erklärte)\s+(?P<day>(?:on\s+|am\s+)?[\w ]{3,25}?)"
                      r"\s*,?\s+(?:that|dass)\b", IC)


_UNTIL = re.compile(r"\b(?:bis(?: zum| zur| einschließlich)?|until|till|through|to last until)\s+"
                    r"(?:(?:Anfang|Mitte|Ende|early|mid|late)\s+|[A-Z]\w+(?:tag|day|woch|abend),?\s+)?$")


_SINCE = re.compile(r"\b(?:seit|since)\b(?![^.;]*\b(?:und|and|als|as|when|wo)\b)[^.;]*$", IC)


_ANNOUNCED_ON = re.compile(r"\b(?:berichtet\w*|gemeldet|bekanntgegeben|mitgeteilt|erklärt|reported|"
                           r"announced)\s*,\s+(?!dass\b|that\b)", IC)


def _announced_day_only(s: Sentence) -> bool:
    """Whether the sentence's only date is the day of an announcement whose content follows as
    reported speech without 'dass' ("hatte am Montag mitgeteilt, beide Seiten hätten ...")."""
    m = _ANNOUNCED_ON.search(s.text)
    if m is None or len(s.dates) != 1:
        return False
    d = s.dates[0]
    return d.end - s.start <= m.start() and m.start() - (d.end - s.start) <= 30


# the day a meeting still to come was told, at the end of the sentence or before its content ("a new
# round will be held soon, the ministry said on Friday", "confirmed on Thursday that a meeting will
# take place", "bestätigte am Donnerstag, dass", "teilte am Montag mit, dass"): the statement's day,
# not the meeting's (`said_day`)
_SAID_ON_PLAN = re.compile(r"\b(?:said|says|told \w+|confirmed|announced|stated|added|sagte|erklärte|"
                           r"bestätigte|teilte|kündigte)\s+(?P<day>(?:on\s+|am\s+)?[\w ]{3,25}?)\s*"
                           r"(?:\s(?:mit|an))?\s*,?\s+(?:that|dass)\b|"
                           r"\b(?:said|says|told \w+|confirmed|announced|stated|added)\s+"
                           # (a bare date phrase only, never a clause with its own verb: "said
                           # talks would resume Monday" tells the meeting's day)
                           r"(?P<end>(?:late\s+|early\s+)?(?:on\s+)?(?:last\s+|this\s+)?(?:(?:mon|tues|wednes|thurs|"
                           r"fri|satur|sun)day|yesterday|today|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+"
                           r"\d{1,2}(?:st|nd|rd|th)?|week|weekend)(?:\s+(?:morning|afternoon|evening|night))?)"
                           r"\s*[.!]?[\"”’']?\s*$|"
                           # ("..., teilte der Kreml am Donnerstag mit.")
                           r"\b(?:teilte|sagte|erklärte|bestätigte|kündigte|gab)\w*\s+(?:[\w-]+\s+){0,4}?"
                           r"(?P<de>am\s+[\w ]{3,25}?)(?:\s+(?:mit|an|bekannt))?\s*[.!]?\s*$|"
                           # ("On Friday, the foreign ministry said ...", "Am Montag teilte X mit, ...")
                           r"^\W*(?P<lead>(?:On|Am)\s+\w+),?\s+(?:[^.;,]{0,60}?\s)?(?:said|says|announced|"
                           r"confirmed|stated|told|sagte|erklärte|bestätigte|teilte|kündigte)\b", IC)


def said_day(s: Sentence, first: str) -> bool:
    """Whether the sentence's date that starts on `first` is the day a meeting still to come was
    told (`_SAID_ON_PLAN`), not the meeting's day."""
    for m in _SAID_ON_PLAN.finditer(s.text):
        a, b = m.span(next(g for g in ("day", "end", "de", "lead") if m.group(g) is not None))
        if any(d.first == first and a <= d.start - s.start and d.end - s.start <= b for d in s.dates):
            return True
    return False


def _said_day_only(s: Sentence) -> bool:
    """Whether the sentence's only date is the day something was said about talks told in the
    clause after it ("X said Tuesday that ...")."""
    m = _SAID_ON.search(s.text)
    if m is None or len(s.dates) != 1:
        return False
    d = s.dates[0]
    return m.start("day") <= d.start - s.start and d.end - s.start <= m.end("day")


RELATIVE_YEAR = re.compile(r"\b(?P<this>(?:earlier |later )?this year|(?:Anfang |Mitte |Ende )?dieses "
                           r"Jahres|in diesem Jahr|diesjährig\w*)\b|\b(?P<last>last year|im (?:vergangenen|"
                           r"letzten|vorigen) Jahr|vergangenen Jahres|letzten Jahres)\b", IC)


def _relative_year(t: str, published: str | None) -> str | None:
    """The year a sentence names relative to the article's date ("earlier this year", "im
    vergangenen Jahr"), else None."""
    m = RELATIVE_YEAR.search(t)
    if m is None or not published or len(published) < 4 or not published[:4].isdigit():
        return None
    return published[:4] if m.group("this") else str(int(published[:4]) - 1)


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
