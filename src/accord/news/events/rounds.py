"""Negotiation rounds and calls (CONSULT/046): whether talks happened (`HAPPENED`,
`_happened`, not a mere time reference `AHEAD_OF_TALKS`), their outcome, venue, mediators and
heads (`_round_details`), whether a meeting was a call (`CALL`), and two records of one meeting
merged (`_merge`). A meeting told in the present tense is in `present_tense`; when two tellings
are one meeting (`same_round_again`, side talks beside a plenary) in `told_again`. Which rounds
are summits is decided in `summits`. The
passes after the sentence loop that give rounds and other events their place and date from the
article around them (`_context_place`, `_results_of_talks`, `_default_date`,
`_side_meeting_days`) are in `context`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from accord.news.events.common import ACTORS, FUTURE, IC, MEETING, _actor_word
from accord.news.events.event_places import LOCATIVE, SEATS
from accord.news.events.present_tense import _NOT_ARRIVED, present_meeting
from accord.news.facts import NewsEvent
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence


HAPPENED = re.compile(r"\b(?:trafen|fand\w* [^.]{0,120}statt|tagten|tagte|getagt|"
                      # (session 17) the German perfect of "beraten" ("haben zwei Tage lang in Abu
                      # Dhabi beraten"; "wollen ... beraten" stays a plan)
                      r"(?:hat|hatte|haben|hatten)\b[^.;]{0,100}?\bberaten\b(?!\s+lassen)|beriet(?:en)?\b|"
                      # talks held by delegates, sitting now, or a call had ("hielten Beratungen ab",
                      # "are holding talks", "had a phone call with")
                      r"hielten\b[^.]{0,60}\bab\b|(?:are|were|is|was) (?:\w+ )?(?:holding|conducting)|"
                      r"had (?:a|an|their|his|her) (?:[\w-]+ ){0,2}(?:call|conversation|meeting|talks)|"
                      r"dauerte|dauerten|gedauert|endete|zu Ende gegangen|taken place|takes place|"
                      r"begannen|begann|begonnen|gestartet|starteten|eröffnet|aufgenommen|beendet|"
                      r"fortgesetzt|began|begun|started|opened|got under ?way|under ?way|kicked off|"
                      r"wrapped up|resumed|sat down|finished|ended\b|closed\b|convened|reconvened|"
                      r"abgeschlossen|zusammengekommen|(?:positiv|gut|konstruktiv|produktiv) verlaufen|"
                      r"gescheitert|abgehalten|kamen\b[^.]{0,80}zusammen|came together with|vermittelte\w*|"
                      r"getroffen|"
                      r"telefoniert|traf\b|met\b|held\b|ended\b|took place|concluded|broke up|lasted|"
                      # talks named as going on ("die laufenden Beratungen in Berlin", "the ongoing
                      # talks in Geneva")
                      r"\b(?:laufend\w*|andauernd\w*|ongoing)\s+(?:[\w-]+\s+)?(?:Gespräch\w*|Verhandlung\w*|"
                      r"Beratung\w*|talks|negotiations|consultations)\b|"
                      # a meeting that occurred ("his last face-to-face with Y occurred on April 25")
                      r"occurred|"
                      # views exchanged: a conversation ("tauschten sich ... aus", "haben sich ...
                      # ausgetauscht", "exchanged views"); not goods or prisoners, which take no "sich"
                      r"tausch(?:en|t|te|ten)\s+sich\b[^.;]{0,120}?\baus\b|(?:haben|hatten|hat|hatte)\s+sich\b"
                      r"[^.;]{0,80}\bausgetauscht\b|exchanged views|"
                      # another try at talks now under way ("nehmen in X einen erneuten Anlauf, um in
                      # direkten Gesprächen ... zu erörtern")
                      r"(?:nehmen|nahmen|nimmt|nahm|unternehmen|unternahmen)\s+(?:[\w-]+\s+){0,8}?(?:erneuten|neuen|"
                      r"weiteren|zweiten|dritten)\s+Anlauf\b[^.;]{0,40}\bin\s+(?:direkten\s+|bilateralen\s+)?"
                      r"(?:Gespräch\w*|Verhandlung\w*|Dialog\w*)|"
                      r"failed|stattgefunden|verhandelt\w*|negotiated|trennten sich|berieten|abgebrochen|"
                      # (session 15) someone took part in the meeting ("nahm an einer Videoschalte
                      # teil", "took part in a video call", "participated in the talks", "schalteten
                      # sich per Video zu"), or talks going on now ("is currently in talks with")
                      r"(?:nahm|nahmen)\b[^.;]{0,80}\ban\s+(?:der|dem|den|einer|einem)\b[^.;]{0,80}\bteil\b|"
                      r"teilgenommen|(?:took|have taken|has taken) part in|participated in|"
                      r"schaltete\w*\s+sich\b[^.;]{0,40}\bzu\b|zugeschaltet|"
                      # (with people at a table, not a country about a purchase: "is in talks with Germany
                      # about more Patriots" is a process, no meeting; review 15)
                      r"(?:is|are) (?:currently |now |still )?in talks with(?=[^.;]{0,60}\b(?:officials|"
                      r"representatives|delegations?|delegates|envoys?|negotiators|counterparts?)\b)|"
                      r"broke off|broken off|"
                      # talks running ("In Genf laufen derzeit Verhandlungen", "liefen die Gespräche
                      # hinter verschlossenen Türen", "die Gespräche laufen seit Dienstag"; not a
                      # deal running out, "läuft ... aus"; not a meeting something else runs towards
                      # or is prepared for: "laufen Vorbereitungen für ein Treffen", "läuft auf ein
                      # Treffen hinaus")
                      r"(?:laufen|liefen|läuft|lief)\b(?![^.;]*\bhinaus\b)\s+(?:(?!aus\b|"
                      r"(?:für|auf|zu|zum|zur|über|um|gegen|Vorbereitung\w*|Planung\w*)\b)\w+\s+){0,3}?"
                      r"(?:die\s+)?(?:(?!(?:für|auf|zu|zum|zur|über|um|gegen)\b)[\w-]+\s+)?"
                      # (a round or meeting too: "In X läuft derzeit die zweite Verhandlungsrunde")
                      r"(?:Gespräche|Verhandlungen|Beratungen|Konsultationen|[\w-]*(?<![Gg])runde|"
                      r"Verhandlungsrunde|Gesprächsrunde|Runde|[\w-]*[Tt]reffen)\b|"
                      r"\b(?:Gespräche|Verhandlungen|Beratungen)\s+(?:laufen|liefen)\s+(?:seit|bereits|schon|"
                      r"noch|derzeit|weiter|inzwischen)\b|"
                      # delegates gathered to talk ("advisers from forty countries gathered in
                      # Jeddah", "versammelten sich in Genf")
                      # the close of a meeting ("Zum Abschluss der Konferenz", "at the close of the
                      # summit")
                      r"(?:zum|nach)\s+Abschluss\s+(?:der|des|dieser|dieses)\b|at the close of\b|"
                      r"gathered\b|(?:versammelten|versammelte|versammeln|versammelt)\s+sich\b|"
                      # (session 14) delegates or leaders arrived for the talks ("Delegations have
                      # arrived in Istanbul for the talks", "ist zu Verhandlungen in Gomel
                      # eingetroffen"; the meeting word is asked for by the rule)
                      r"(?:arrived|landed|eingetroffen|angekommen|gelandet|angereist)\b|"
                      r"sich\b[^.;]{0,60}\bversammelt\b|"
                      # talks "geführt" (held): "haben Gespräche geführt", "führten Verhandlungen"
                      r"(?:Gespräch|Verhandlung|Telefonat|Telefongespräch|Unterredung|Beratung)\w* "
                      r"[^.;]{0,60}\bgeführt\b(?!\s+(?:werden|würden))|"
                      r"\bführten\b [^.;]{0,60}(?:Gespräch|Verhandlung|Telefonat|"
                      r"Unterredung)|"
                      # a call named as where something was said ("forderte Putin in dem Telefonat",
                      # "during their phone call")
                      # (also a call named as the way someone was told: "informierte X in einem
                      # Telefonat über", "briefed Y in a phone call", "informed Z by phone")
                      r"(?:in|bei|während) (?:dem|ihrem|seinem|einem) (?:[\w-]+ ){0,2}?(?:Telefonat|"
                      r"Telefongespräch)\b|\b(?:im|beim) (?:[\w-]+ ){0,2}?(?:Telefonat|Telefongespräch)\b|"
                      r"(?:during|on|in) (?:the|their|his|her|a) (?:[\w-]+ ){0,2}?"
                      r"(?:phone call|phone conversation|telephone call)\b|"
                      r"\b(?:informed|briefed|updated|told)\b[^.;]{0,80}\bby (?:tele)?phone\b|"
                      r"\b(?:informierte\w*|unterrichtete\w*)\b[^.;]{0,80}\btelefonisch\b|"
                      r"(?:nach|after|during|bei|während) (?:[\w-]+ ){0,4}?(?:Gesprächen|Gespräch|"
                      r"Verhandlungen|Treffen|talks|negotiations|meeting) (?:in|im|at)\b|"
                      # held, told in the Konjunktiv ("Gespräche fänden ... statt")
                      r"fänd\w* [^.]{0,120}statt|"
                      # a call told as what came before something else ("nach einem Telefonat von X
                      # und Y", "followed a 1.5-hour phone call between X and Y")
                      r"(?:nach|after|following|followed) (?:\S+ ){0,3}?(?:Telefonat\w*|"
                      r"Telefongespräch\w*|Videoschalte|(?:tele)?phone call|call|(?:tele)?phone conversation|"
                      r"video call)"
                      r" (?:von|mit|zwischen|between|with)\b|"
                      # a summit named as the occasion of something ("what was agreed at a summit
                      # of X and Y some months ago", "auf dem Gipfel in Alaska")
                      # (also a year's or a person's: "at last year's Trump-Putin summit", "beim
                      # letztjährigen Gipfel")
                      # (an article or a possessive first: "auf einen Gipfel drängen", "at holding a
                      # summit" and "at this year's summit" tell of none held)
                      r"(?:(?:during|at|bei|während|auf) (?:a|the|einem|dem|last year['’]s|"
                      r"(?-i:[A-Z])[\w-]+['’]s)|beim) (?:(?!next\b|nächst|kommend|upcoming|coming|planned|"
                      r"geplant|possible|potential|future|proposed|möglich|künftig|baldig)[\w-]+ ){0,2}?"
                      # (a summit named by its place or theme: "beim Ukraine-Gipfel in Alaska", "auf dem
                      # Alaska-Gipfel", "at the Alaska summit")
                      r"(?:[\w]+-)?(?:summit|Gipfel(?:treffen)?)\b)", IC)
# a time reference to talks, not a report of them ("Before the talks began, X said", "vor Beginn
# der Verhandlungen sagte X"): its verb of beginning tells nothing happened in this sentence
AHEAD_OF_TALKS = re.compile(r"\b(?:before|ahead of|prior to)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:talks|"
                            r"negotiations|meeting|round)(?:\s+(?:began|begun|started|opened))?|"
                            r"\bvor (?:dem )?(?:Beginn|Start|Auftakt) (?:der|des)\s+(?:[\w-]+\s+)?"
                            r"(?:Gespräche|Verhandlungen|Treffens|Runde)", IC)


# delegations said to have agreed on something: they met ("delegations from the US, Ukraine and
# Russia agreed to exchange", "die Delegationen vereinbarten")
DELEGATIONS_AGREED = re.compile(r"\b(?:delegations|Delegationen|negotiators|Unterhändler)\b[^.;]{0,80}"
                                r"\b(?:agreed|vereinbart(?:en)?|einigten sich|verständigten sich)\b", IC)


# A meeting referred to by its noun as one that took place (see the inventory in the tests of
# this module): the nouns of a meeting, a call or a round, in German and English
MEETING_NOUN = (r"(?:\w*[Tt]reffens?|\w*[Gg]espräch(?:e|en|s)?|\w*[Vv]erhandlung(?:en)?|"
                r"\w*(?<![Gg])[Rr]unden?|"
                r"Telefonat(?:s|e|en)?|Videoschalten?|Konsultation(?:en)?|Beratung(?:en)?|Unterredung(?:en)?|"
                r"Begegnung(?:en)?|Gipfel(?:s|n|treffens?)?|"
                r"Zusammenkunft|talks|meetings?|(?:phone |video |telephone )?calls?|consultations|"
                r"negotiations|rounds?|summits?|conversations?)")
_ORDINAL = (r"(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt)(?:e|en|er|es|em)\b|\d+\.|"
            r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b")
_NOT_ABOUT = (r"(?:(?!(?:über|um|zu|für|von|Bericht\w*|Gerücht\w*|Spekulation\w*|Hinweis\w*|about|on|of|for|"
              r"reports?|rumou?rs?|speculation|talk of|calls?|hopes?)\b)[\w.-]+\s+)")
REFERENCED = re.compile(
    # (A) a preposition of time or occasion before the noun, and after it who met, where or when:
    # "bei dem Treffen der Außenminister", "nach einem Telefonat mit X am 18. März", "nach der
    # ersten Runde im Mai", "after a phone call with X", "following
    # the meeting between X and Y", "during their talks in Z"
    # ("seit dem Gipfel", "since the summit" only mark when a period began)
    r"\b(?:bei|beim|nach|während|am Rande|im Anschluss an|after|during|following|"
    r"on the sidelines of|in the wake of)\s+(?:(?:de[mnrs]|die|das|ein\w*|ihr\w*|sein\w*|the|a|an|their|"
    r"his|her|its)\s+)?"
    # (session 17) a duration before the noun ("nach mehr als fünf Stunden Verhandlungen mit",
    # "after more than six hours of talks with")
    r"(?:(?:(?:mehr als|more than|über|rund|knapp|fast|nearly|almost|about|some)\s+)?[\w-]+\s+"
    r"(?:Stunden|hours|Tagen|days)\s+(?:of\s+)?)?"
    r"(?:(?!(?:für|zu|zum|zur|über|um|for|to|about|on)\s)[\w-]+\s+){0,3}?"
    + MEETING_NOUN + r"\s+(?:der|des|zwischen|mit|von|in|im|am|"
    r"vom|auf|between|with|of|in|on|at)\s|"
    # (B) there was a meeting: "gab es Gespräche", "hatte es zwei Treffen ... gegeben", "there
    # have been three rounds"
    # (not what there was about one: "gab es Berichte über ein Treffen", "there were reports of talks")
    r"\b(?:gab\s+es|es\s+gab)\s+" + _NOT_ABOUT + r"{0,6}?" + MEETING_NOUN + r"\b|"
    r"\b(?:(?:hat|hatte|habe|hätte)\s+es|es\s+(?:hat|hatte|habe|hätte))\s+" + _NOT_ABOUT + r"{0,8}?"
    + MEETING_NOUN + r"\b[^.;]{0,80}\bgegeben\b|"
    r"\bthere\s+(?:was|were|have been|has been|had been)\s+" + _NOT_ABOUT + r"{0,4}?" + MEETING_NOUN + r"\b|"
    # (C) the meeting named as the n-th of its kind: "die Gespräche ... waren die zweiten direkten
    # Verhandlungen", "Es war das erste persönliche Treffen", "it was the third round of talks"
    r"\b(?:war|waren|ist|sind|was|were|is|are)\s+(?:die|der|das|the|their|its)\s+(?:" + _ORDINAL +
    r")\s*(?:[\w-]+\s+){0,2}?" + MEETING_NOUN + r"\b", IC)
_FUTURE_WORDS = (r"(?:nächst\w*|kommend\w*|bevorstehend\w*|geplant\w*|next|upcoming|coming|planned|future|"
                 r"künftig\w*|möglich\w*|etwaig\w*|possible|potential|eventual)")
_FUTURE_REF = re.compile(r"\b" + _FUTURE_WORDS + r"\s+(?:[\w-]+\s+)?$", IC)
# a meeting still to come or only possible named by its noun ("nach dem nächsten Treffen in Genf",
# "after a possible meeting in Riyadh"): no meeting held
_FUTURE_NOUN = re.compile(r"\b" + _FUTURE_WORDS + r"\s+(?:[\w-]+\s+)?" + MEETING_NOUN + r"\b", IC)


def _referenced(t: str) -> re.Match[str] | None:
    """A meeting referred to by its noun as held (REFERENCED), not a next, planned or possible one."""
    for m in REFERENCED.finditer(t):
        noun = re.search(MEETING_NOUN, m.group(0), re.IGNORECASE)
        at = m.start() + noun.start() if noun is not None else 0
        if noun is not None and _FUTURE_REF.search(t[max(0, at - 40):at]):
            continue
        return m
    return None


# the preposition of a reference that places the meeting before something else ("nach dem Treffen
# mit X", "following the call"): without a date named with it, it has no day of its own
_AFTER_REF = re.compile(r"^(?:nach|im Anschluss an|after|following|in the wake of)\b", IC)
UNDATED_REFERENCE = "no date: a meeting referred to as before another event, no day named with it"
# a year named for a meeting referred to ("hatte es zuletzt 2022 Verhandlungen gegeben", "talks
# in 2023"), not a year it lasts since or until
_YEAR = re.compile(r"(?<!seit )(?<!since )(?<!bis )(?<!until )(?<!ab )\b(?:im Jahr |in )?(20[0-4]\d)\b"
                   r"(?!\.\d|\d|-)", IC)


def _reference_only(t: str) -> re.Match[str] | None:
    """The noun reference (REFERENCED) that alone tells a meeting held in `t`: no verb of
    holding (HAPPENED) outside a time reference or a meeting still to come."""
    blanked = _FUTURE_NOUN.sub(lambda m: " " * len(m.group(0)), TO_BE_HELD.sub(
        lambda m: " " * len(m.group(0)), AHEAD_OF_TALKS.sub(lambda m: " " * len(m.group(0)), t)))
    return None if HAPPENED.search(blanked) else _referenced(blanked)


def _anchored_dates(s: Sentence, m: re.Match[str], reach: int = 50) -> list[Any]:
    """Dates named with a referenced meeting: inside its phrase or within `reach` characters after
    it, no comma or clause between ("nach einem Telefonat mit X am 18. März", "after consultations
    in Copenhagen (on June 24)")."""
    out: list[Any] = []
    if _ORDINAL_REF.match(m.group(0)):
        return out  # "war das erste Treffen ... seit der Wahl im Mai": no date named with it
    for d in s.dates:
        a = d.start - s.start
        if m.start() <= a <= m.end() + reach and not re.search(
                r"[,;:]|\b(?:dass|that|which|das|die|seit|since|bis|until|vor|before)\b", s.text[m.end():a]):
            out.append(d)
    return out


_ORDINAL_REF = re.compile(r"(?:war|waren|ist|sind|was|were|is|are)\s", IC)
_PREP_REF = re.compile(r"(?:bei|beim|nach|während|am Rande|im Anschluss an|after|during|following|"
                       r"on the sidelines of|in the wake of)\s", IC)


def _dated_references(s: Sentence, known: list[NewsEvent]) -> list[tuple[re.Match[str], Any]]:
    """Meetings a sentence refers to with a preposition and a date of their own ("nach einem
    Telefonat mit X am 18. März", "nach der ersten Runde im Mai"), each with that date, leaving
    out the ones a known round or summit already has on that day."""
    out: list[tuple[re.Match[str], Any]] = []
    t = _FUTURE_NOUN.sub(lambda m: " " * len(m.group(0)), s.text)
    for m in REFERENCED.finditer(t):
        if not _PREP_REF.match(m.group(0)):
            continue
        own = _anchored_dates(s, m)
        if own and not any(x.kind in ("round", "summit") and x.date_start is not None
                           and x.date_start[:len(own[0].first)] == own[0].first for x in known):
            out.append((m, own[0]))
    return out


def _named_year(t: str) -> str | None:
    """The one year a sentence names (not as a start or an end: "seit 2022")."""
    years = {m.group(1) for m in _YEAR.finditer(t)}
    return years.pop() if len(years) == 1 else None


def _dated_reference(e: NewsEvent, s: Sentence, ref: re.Match[str], events: list[NewsEvent],
                     published: str | None) -> bool:
    """Date a round told only by a reference to its noun (`ref`): by a date named with it, else a
    year the sentence names; a reference placing it before something else ("nach dem Treffen")
    gets no day. Returns whether, having no date of its own, it is the meeting held that an
    earlier sentence reported (then merged into that one, not a new event)."""
    own = _anchored_dates(s, ref)
    if own:
        e.date_start, e.date_end = own[0].first, own[0].last
        e.date_basis = f"{own[0].basis} (the date named with the meeting referred to)"
        return False
    if (year := _named_year(s.text)) is not None and not any(
            d.granularity in ("day", "range", "week", "month") for d in s.dates):
        e.date_start, e.date_end = f"{year}-01-01", f"{year}-12-31"
        e.date_basis = f"the year {year} named with the meeting referred to"
        return False
    if _EARLIER_REF.search(ref.group(0)):
        # "bei einem früheren Treffen in Teheran", "at a previous meeting": another, undated one
        e.date_start = e.date_end = None
        e.date_basis = UNDATED_REFERENCE
        return False
    prior = next((x for x in reversed(events) if x.kind in ("round", "summit") and x.outcome != "planned"),
                 None)
    if prior is not None and (e.place is None or prior.place in (None, e.place)):
        _merge(prior, e)
        if e.start - prior.last_end <= 1500:
            prior.told_in(s.start, s.end)  # (the meeting told over its sentences)
        return True
    if _AFTER_REF.match(ref.group(0)) and not any(
            d.first == e.date_start and not _IN_RELATIVE.search(s.text[:d.start - s.start]) for d in s.dates):
        # "Nach unseren Gesprächen ... erreicht, das am 19. März auslaufen sollte": no day of the
        # meeting (the day of the main clause, "on Tuesday signaled ... following talks", stays)
        e.date_start = e.date_end = None
        e.date_basis = UNDATED_REFERENCE
    return False


# a meeting named as an earlier one ("bei einem früheren Treffen", "nach ihrem letzten Gespräch",
# "at a previous meeting")
_EARLIER_REF = re.compile(r"\b(?:früher\w*|vorherig\w*|vorig\w*|letzt\w*|vergangen\w*|previous|earlier|"
                          r"last|past|prior|former)\s+(?:[\w-]+\s+)?" + MEETING_NOUN + r"\b", IC)


# a relative clause open before a position ("..., das am 19. März auslaufen sollte")
_IN_RELATIVE = re.compile(r",\s*(?:das|die|der|dem|den|which|that|who)\b[^,;]*$", IC)


# a meeting still to be held, in the passive ("the meeting would be held on February 4", "is to be
# held in Geneva", "sollen am Montag fortgesetzt werden"): its participle tells no meeting held
TO_BE_HELD = re.compile(r"\b(?:will|would|shall|should|could|might|may|must|(?:is|are|was|were) (?:due |set |"
                        r"scheduled |expected |going )?to|to)\s+(?:not\s+)?(?:\w+\s+)?be\s+held\b|"
                        r"\b(?:abgehalten|fortgesetzt)\s+werden\b", IC)


# "meet" and "treffen" in senses other than a meeting: resistance or criticism met, demands or a
# deadline met (satisfied), a decision taken, a place hit ("after meeting fierce resistance",
# "if its demands were met", "met with criticism", "trafen auf heftigen Widerstand", "eine
# Entscheidung getroffen", "von einer Rakete getroffen")
NOT_A_MEETING = re.compile(
    r"\b(?:meet|meets|met|meeting)\s+(?:with\s+)?(?:(?:fierce|stiff|strong|heavy|little|no|some|"
    r"widespread|broad|mixed|growing|the|its|their|his|her|all|these|those|such)\s+){0,2}"
    r"(?:resistance|opposition|criticism|scepticism|skepticism|resentment|disapproval|demands?|"
    r"requirements?|conditions|targets?|goals?|deadlines?|expectations|needs|standards?|criteria|"
    r"obligations|commitments)\b|"
    r"\b(?:demands|requirements|conditions|targets|goals|deadlines?|expectations|needs|criteria|"
    r"obligations|terms)\s+(?:\w+\s+){0,3}?(?:are|were|is|was|be|been|being)\s+(?:\w+\s+)?met\b|"
    r"\b(?:traf|trafen|trifft|treffen|getroffen)\b[^.;,]{0,40}?\bauf\s+(?:\w+\s+){0,2}?(?:Widerstand|Kritik|Ablehnung|"
    r"Skepsis|Gegenwehr)\b|"
    r"\b(?:Entscheidung\w*|Maßnahme\w*|Vorkehrung\w*|Vorbereitung\w*|Auswahl|Wahl)\s+(?:\w+\s+){0,4}?"
    r"getroffen\b|"
    r"\b(?:von|durch)\s+(?:\w+\s+){0,3}?(?:Rakete|Drohne|Geschoss|Granate|Bombe|Angriff)\w*\s+(?:\w+\s+){0,3}?"
    r"getroffen\b", IC)


def meeting_sense(t: str) -> str:
    """`t` with the words of meeting used in another sense (`NOT_A_MEETING`) blanked, offsets kept."""
    return NOT_A_MEETING.sub(lambda m: " " * len(m.group(0)), t)


# a condition or an open question about talks ("if negotiations failed", "unless the talks
# resume", "whether the delegations met", "falls die Gespräche scheitern", "ob die Delegationen sich
# getroffen haben"): its verb tells no meeting held (not the English verb "falls": "X falls to
# Russian forces", "the plan falls apart")
_CONDITION = re.compile(r"\b(?<!even )(?<!as )(?:if|unless|whether|falls(?!\s+(?:to|into|apart|through|short|"
                        r"under|back|behind|silent|on|off|below|within|out|from)\b)|sofern|ob)\s+"
                        r"[^.;,:]{0,80}", IC)


def _happened(t: str) -> re.Match[str] | None:
    """A verb or phrase telling that talks took place, outside a mere time reference to them,
    a meeting still to be held and a condition or open question."""
    t = _CONDITION.sub(lambda m: " " * len(m.group(0)), meeting_sense(t))
    t = AHEAD_OF_TALKS.sub(lambda m: " " * len(m.group(0)), t)
    t = TO_BE_HELD.sub(lambda m: " " * len(m.group(0)), t)
    t = _FUTURE_NOUN.sub(lambda m: " " * len(m.group(0)), t)
    t = _NOT_ARRIVED.sub(lambda m: " " * len(m.group(0)), t)
    return HAPPENED.search(t) or _referenced(t) or present_meeting(t)


# a meeting refused, ruled out or denied, in German and English: "refused to meet", "declined to
# hold talks", "will not travel to", "has not spoken with", "lehnte ein Treffen ab", "weigerte
# sich, ... zu treffen", "hat nicht mit ... gesprochen", "kein Treffen"
NO_MEETING = re.compile(
    r"\b(?:refus\w*|declin\w*|reject\w*|rul(?:ed|es|ing) out|won't|will not|would not|did not|didn't|"
    r"does not|doesn't|has not|have not|hasn't|haven't|had not|never)\s+(?:\w+\s+){0,2}?(?:to\s+)?"
    r"(?:meet|met|hold|held|talk|talked|speak|spoken|spoke|negotiate|travel|attend|sit down|take part|"
    r"participate)\b|"
    r"\b(?:lehnt\w*|weigert\w*)\b[^.;]{0,60}\b(?:\w*treffen|Gespräch\w*|Verhandlung\w*|Gipfel\w*|"
    r"zu verhandeln|zu sprechen)\b|"
    r"\b(?:nicht|nie)\s+(?:\w+\s+){0,3}?(?:getroffen|gesprochen|verhandelt|telefoniert|treffen|"
    r"teilnehmen|teilgenommen|teil|reisen)\b|"
    # (not "no progress after talks", "keine Fortschritte bei den Gesprächen": no result of talks held)
    r"\b(?:kein\w*|no)\s+(?:(?!(?:after|nach|bei|beim|since|seit|with|mit|in|at|during|während|from|von|"
    r"aus)\b)\w+\s+){0,2}(?:\w*treffen|Gespräch\w*|Verhandlung\w*|Gipfel\w*|meeting|"
    r"talks|summit|negotiations|contacts?)\b|"
    # (session 17) a demand, proposal or invitation for a meeting turned down ("wies die Forderung
    # nach einem Treffen mit Selenskyj zurück", "rejected calls for a meeting with", "turned down
    # an offer of talks")
    r"\b(?:wies|wiesen|weist|weisen)\b[^.;]{0,40}?\b(?:Forderung\w*|Vorschlag|Vorschläge|Angebot\w*|Idee|"
    r"Einladung\w*|Aufruf\w*)\s+(?:nach|zu|für)\s+(?:\w+\s+){0,3}?(?:\w*[Tt]reffen\w*|Gespräch\w*|"
    r"Verhandlung\w*|Gipfel\w*)\b[^.;]{0,120}?\bzurück\b|"
    r"\b(?:reject\w*|turn\w* down|dismiss\w*|rebuff\w*)\s+(?:the\s+|a\s+|an\s+|his\s+|their\s+)?(?:\w+\s+)?"
    r"(?:calls?|demands?|proposals?|offers?|idea|invitation)\s+(?:for|of|to)\s+(?:\w+\s+){0,3}?"
    r"(?:meeting|summit|talks|negotiations)\b", IC)


# who a leader meets or talks to inside his own side or in the press: no negotiation (corpus
# README: a round is a meeting or contact between delegations or negotiators). Commanders,
# soldiers, the security council, the cabinet, parliament, advisers; journalists, an interview.
INTERNAL_OR_PRESS = re.compile(
    r"\b(?:Kommandeur\w*|Befehlshaber\w*|Generäle\w*|Soldat\w*|Truppen\w*|Militärführung|Sicherheitsrat\w*|"
    r"Nationalen Sicherheitsrat\w*|Kabinett\w*|Parlament\w*|Abgeordnete\w*|Bundestag\w*|Duma|Rada|"
    r"Berater\w*|Journalist\w*|Reporter\w*|Presse\w*|Medien\w*|Interview\w*|Fernseh\w*|"
    r"commanders?|generals|soldiers|servicem[ae]n|troops|security council|cabinet|parliament\w*|lawmakers|"
    r"legislators|Congress|Senate|advis[eo]rs|aides|journalists|reporters|press|media|interview\w*|"
    r"television|TV|"
    # the ministers or leaders of one alliance among themselves ("EU foreign ministers",
    # "die EU-Außenminister", "NATO defence ministers")
    r"(?:EU|NATO|Nato|G7)[- ](?:(?:foreign|defen[cs]e|finance)[- ])?(?:ministers|leaders)|"
    r"(?:EU|NATO|Nato|G7)-(?:Außen|Verteidigungs|Finanz|Staats- und Regierungs)?(?:minister|chefs)\w*)\b", IC)
# the words that make such a meeting one between negotiators after all
DELEGATES = re.compile(r"\b(?:Delegation\w*|Unterhändler\w*|Verhandler\w*|Verhandlungsführer\w*|"
                       r"\w*[Gg]esandte\w*|delegations?|negotiators?|envoys?|counterparts?|Amtskolleg\w*|"
                       r"Kolleg\w*)\b", IC)


# such a body as the one met or spoken with ("met with his commanders", "sprach mit
# Journalisten", "in an interview with"), or as the one sitting ("the parliament met"); not
# a speaker telling reporters about talks held elsewhere ("told reporters the talks had ended")
_COUNTERPART = re.compile(r"\b(?:met|meets|meeting|session|consultations|spoke|speaks|talked|conferred|"
                          r"Sitzung|Beratung\w*|beriet\w*|traf\w*|"
                          r"sprach\w*|telefonierte\w*)\b[^.;,]{0,50}?\b(?:with|mit)\s+(?:\w+\s+){0,3}?"
                          # (or with members of it: "with permanent members of his Security Council",
                          # "mit den ständigen Mitgliedern seines Sicherheitsrats")
                          r"(?:(?:members|Mitglied\w*)\s+(?:of\s+)?(?:\w+\s+){0,2}?)?$|"
                          # the body met as the object, its owner named ("met his Security Council",
                          # "convened her cabinet", "traf seine Kommandeure")
                          r"\b(?:met|meets|convened|convenes|summoned|gathered|traf\w*|versammelte\w*)\s+"
                          r"(?:his|her|its|their|the country's|seine\w*|ihre\w*)\s+(?:\w+\s+){0,2}?$|"
                          r"\b(?:interview|Interview)\s+(?:with|mit)\s+(?:\w+\s+){0,3}?$", IC)
_SITTING = re.compile(r"^[\w-]*(?:\s+[\w-]+){0,2}?\s+(?:met|meets|convened|tagte\w*|"
                      r"(?:trat|traten|kam|kamen)\b[^.;]{0,40}\bzusammen|"
                      # a sitting to come ("EU foreign ministers will meet in Brussels", "die
                      # EU-Außenminister wollen am Montag beraten")
                      r"(?:will|would|are to|are due to|wollen|werden|sollen)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:meet|convene|treffen|zusammenkommen|tagen|beraten))\b", IC)


# a sitting of one side's own body named by its compound ("a Cabinet meeting", "die Kabinettssitzung",
# "a Security Council session", "Sitzung des Sicherheitsrats")
_BODY_MEETING = re.compile(
    r"\b(?:cabinet|security council|parliamentary|parliament|party|staff|government|war cabinet|"
    r"national security council)[- ](?:meeting|session|sitting)s?\b|"
    r"\b(?:Kabinetts|Sicherheitsrats|Parlaments|Regierungs|Partei|Fraktions)(?:sitzung|treffen)\w*|"
    r"\b(?:Sitzung|Treffen)\s+(?:des|der)\s+(?:Kabinetts|Sicherheitsrat\w*|Parlaments|Regierung|Partei)\b|"
    r"\b(?:meeting|session) of (?:the|his|her|its) (?:own )?(?:cabinet|security council|parliament|"
    r"government|party)\b", IC)


def _internal_or_press(s: Sentence) -> bool:
    """Whether a sentence's meeting is with a side's own commanders, council, parliament or
    advisers, or with the press: such a body as the counterpart met (or the body sitting), at
    most one side named, no negotiators."""
    rest = _BODY_MEETING.sub(lambda m: " " * len(m.group(0)), s.text)
    if rest != s.text and not MEETING.search(rest):
        return True  # its only meeting is a sitting of a body of one side ("said during a Cabinet meeting")
    if DELEGATES.search(s.text) or len(_spoke_sides(s)) >= 2:
        return False
    for m in INTERNAL_OR_PRESS.finditer(s.text):
        if m.group(0).lower().startswith("interview") or _COUNTERPART.search(
                s.text[max(0, m.start() - 80):m.start()]) or _SITTING.match(s.text[m.start():]):
            return True
    return False


def _refused(t: str) -> bool:
    """Whether a sentence refuses, rules out or denies the meeting it names and tells no other
    meeting held (the rest of it, the refusal blanked, has no meeting word with a verb of
    holding)."""
    if NO_MEETING.search(t) is None:
        return False
    rest = NO_MEETING.sub(lambda m: " " * len(m.group(0)), t)
    return not (MEETING.search(rest) and _happened(rest))


# talks called for, urged or wished, not held ("called for peace talks", "fordert Verhandlungen",
# "ruft zu Gesprächen auf", "drängt auf Verhandlungen")
CALLED_FOR = re.compile(
    r"\b(?:call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|push(?:es|ed|ing)? for|press(?:es|ed|ing)? for|"
    r"fordert\w*|forderte\w*|ruft\w* zu|rief\w* zu|drängt\w* auf|drängte\w* auf|plädiert\w* für|"
    r"wirbt\w* für|warb\w* für)\s+(?:\w+\s+){0,3}?(?:talks|negotiations|dialogue|\w*[Gg]espräch\w*|"
    r"\w*[Vv]erhandlung\w*|Dialog\w*)\b|"
    # the German perfect with the particle last ("hat zu Friedensgesprächen ... aufgerufen")
    r"\bzu\s+(?:\w+\s+){0,2}?(?:\w*[Gg]espräch\w*|\w*[Vv]erhandlung\w*|Dialog\w*)\b[^.;]{0,60}\baufgerufen\b",
    IC)


def _only_called_for(t: str) -> bool:
    """Whether a sentence's talks are only called for or urged, none told as held."""
    if CALLED_FOR.search(t) is None:
        return False
    rest = CALLED_FOR.sub(lambda m: " " * len(m.group(0)), t)
    return not (MEETING.search(rest) and _happened(rest))


RESUMED = re.compile(r"\b(?:resume|continue|reconvene|fortgesetzt werden|weitergehen)\b", IC)
OUTCOME_NONE = re.compile(r"ohne\b[^.]{0,30}\b(?:Ergebnis\w*|Durchbruch|Einigung)|gescheitert|kein\w* "
                          r"(?:konkretes )?(?:Ergebnis|Durchbruch|Fortschritt)|ergebnislos|"
                          r"without\b[^.]{0,20}\b(?:result|breakthrough|agreement)|no progress|"
                          r"failed", IC)
OUTCOME_AGREE = re.compile(r"\b(?:geeinigt|einigten|Einigung erzielt|agreed|verständigt\w*)\b", IC)
VENUE = re.compile(r"\b(?:im|in der|in dem|at the|at)\s+((?:[A-ZÄÖÜ][\w-]*[- ])?(?:[A-ZÄÖÜ][\w-]*?)?"
                   r"(?:[Pp]alast|[Pp]alace|[Pp]alais|[Rr]esidenz|[Hh]otel|[Kk]anzleramt|[Ss]chloss|"
                   r"[Vv]illa))\b")
MEDIATION = re.compile(r"(?:von (?:der |den )?(?P<a>\S+(?: \S+)?) vermittelt|unter (?P<b>[\w-]+?)-?"
                       r"Vermittlung|Vermittlung (?:der |des |von )?(?P<c>\S+)|mediated by "
                       r"(?:the )?(?P<d>\S+))", IC)
HEADS = re.compile(r"angeführt|leitete|geleitet|Verhandlungsführer|Delegationsleiter|"
                   r"Delegationschef|led by|headed by|chief negotiator|\bled the\b|\bheaded the\b", IC)


def _gap(sents: list[Sentence], a: int, b: int) -> int:
    """How many sentences on sentence `b` is from sentence `a`, not counting the headings and page
    furniture between them (lines that end without a full stop: "World Europe Live",
    "Updated 9:15 PM")."""
    return 1 + sum(1 for x in sents[a + 1:b] if x.text.rstrip().endswith((".", "!", "?", '"', "'")))


SPOKE_WITH = re.compile(r"\b(?:spoke|speaks|talked)\b[^.]{0,30}\b(?:with|to)\b|"
                        # (session 15) a call by its verb ("rief am Dienstag Putin an", "hatte Putin
                        # angerufen", "phoned Zelensky"; not a side "negotiating with" two others to
                        # end the war, a process going on)
                        r"\b(?:rief|riefen)\b[^.;,]{0,60}\ban(?=\s*(?:[.,;:]|$|und\b))|"
                        r"\b(?:hatte|hat|habe|hatten|haben|hätte)\b[^.;]{0,120}\bangerufen\b|\bphoned\b|"
                        # the perfect ("has spoken to X twice", "had spoken with X by phone")
                        r"\b(?:has|have|had)\s+(?:\w+\s+)?spoken\s+(?:\w+\s+)?(?:with|to)\b|"
                        # (the call told later in the clause: "talked for two hours by telephone",
                        # "spoke again on Tuesday, this time by phone")
                        r"\b(?:spoke|talked|have spoken|had spoken)\b[^.;]{0,50}?\b(?:by|over the) "
                        r"(?:tele)?phone\b|"
                        r"\b(?:hatten|hatte|haben|habe|hat|hätten|hätte)\b[^.]{0,180}\bgesprochen\b|"
                        # (an apposition may come between: "sprach eine Delegation, geleitet von X, mit")
                        r"\b(?:sprach|sprachen|spricht|telefonierte\w*)\b[^.;]{0,80}\bmit\b|"
                        # two named people who spoke, joined as the subject ("X and Y spoke at the
                        # White House", "X und Y sprachen am Freitag"), not of or about something
                        # (the second with a title: "and Army Secretary Dan Driscoll talked")
                        r"\b(?:and|und)\s+(?:[\w'’.-]+\s+){0,3}?[A-ZÄÖÜ][\w'’-]+\s+(?:spoke|talked|"
                        r"sprachen|berieten)\b(?!\s+(?:of|out|against|in favou?r|highly|von|für|gegen)\b)"
                        # (not speeches at a gathering: "X and Y spoke at the security conference")
                        r"(?!\s+(?:at|auf|vor|before|to)\s+(?:[\w-]+\s+){0,3}?(?:\w*conference|\w*[Kk]onferenz|"
                        r"forum|Forum|rally|assembly|\w*[Vv]ersammlung|parliament|Parlament|reporters|journalists|"
                        r"Journalisten|press|Presse|Security Council|Sicherheitsrat|General Assembly|"
                        r"\w*[Vv]ollversammlung|UN|United Nations|Vereinten Nationen)\b)",
                        IC)


RECEIVED = re.compile(r"\b(?:received|hosted|welcomed|empfing|empfängt|empfangen)\s+", IC)


def _received_person(s: Sentence) -> bool:
    """Whether someone received or hosted a named person of a side ("Putin received Witkoff at the
    Kremlin", "Putin empfing Witkoff"): a meeting, not a delivery ("Ukraine received weapons")."""
    for m in RECEIVED.finditer(s.text):
        # (a place and the guest's title may come between: "empfing im Kreml den
        # US-Sondergesandten X", "received at the White House the envoy X"; not what came from
        # someone: "received weapons from President X")
        if any(x.kind == "person" and x.actor and 0 <= x.start - s.start - m.end() <= 60
               and not re.search(r"[,.;]|\b(?:from|von|vom|by|durch|aus|of)\b",
                                 s.text[m.end():x.start - s.start])
               for x in s.mentions):
            return True
    return False


def _spoke_sides(s: Sentence) -> set[str]:
    """Sides of the persons or governments named in a sentence of conversation (no journalists,
    no commentators)."""
    return {m.actor for m in s.mentions if m.actor in ACTORS and (
        m.kind in ("person", "actor") or (
            # a capital standing for its government ("Vertreter Moskaus und Kiews")
            m.kind == "place" and m.entity in SEATS
            and not LOCATIVE.search(s.text[max(0, m.start - s.start - 40):m.start - s.start])))}


_OTHER_SIDE = {"RUS": "UKR", "UKR": "RUS"}
CALL = re.compile(r"(?i)telefon\w*|\btelephon\w*|\bphone|\bcall\b|video\w*|online")


# (not the "an hour" of "half an hour": that half hour is a figure of its own)
AN_HOUR = re.compile(r"\b(?<!half )(?:eine|einer|an|one|a)\s+(halben?\s+|half\s+)?(?:Stunde|hour)\b", IC)


_LATE = re.compile(r"\s+(?:late|later|behind schedule|(?:of\s+)?delay|Verspätung|Verzögerung|später|"
                   r"verspätet)\b", IC)


def _round_details(e: NewsEvent, s: Sentence) -> None:
    t = s.text
    if OUTCOME_NONE.search(t):
        e.outcome = "none"
    elif OUTCOME_AGREE.search(t):
        e.outcome = "agreement"
    v = VENUE.search(t)
    if v:
        e.venue = v.group(1)
    minutes = 0.0
    spans: set[tuple[int, int]] = set()
    for f in s.figures:
        if (f.start, f.end) in spans:
            continue  # the lower end of a range ("zwei bis drei Stunden"): the upper end counts
        spans.add((f.start, f.end))
        if _LATE.match(t, f.end - s.start):
            continue  # a delay ("half an hour late", "mit einer halben Stunde Verspätung"), no sitting time
        if f.unit == "hours":
            minutes += f.value * 60
        elif f.unit == "minutes" and f.value < 600:
            minutes += f.value
    hour = AN_HOUR.search(t)
    if hour and _LATE.match(t, hour.end()):
        hour = None
    if hour and not any(f.unit == "hours" for f in s.figures) and (not minutes or any(
            f.unit == "minutes" and re.fullmatch(r"\s+(?:und|and)\s+", t[hour.end():f.start - s.start])
            for f in s.figures)):
        # "eine Stunde", "an hour": an indefinite article is no figure, but it is a duration, also
        # joined to the minutes of a figure ("eine Stunde und zehn Minuten", "an hour and 20
        # minutes"; not "90 minutes, starting an hour late")
        minutes += 30.0 if hour.group(1) else 60.0
    if minutes:
        e.duration_minutes = round(minutes)
    mediators: list[str] = []
    for m in MEDIATION.finditer(t):
        word = next((g for g in m.groups() if g), None)
        actor = _actor_word(word)
        if actor is None:
            # "von der Türkei vermittelt": the actor named right there
            span = (m.start() + s.start, m.end() + s.start)
            actor = next((x.actor for x in s.mentions if span[0] <= x.start < span[1] and x.actor),
                         None)
        if actor and actor not in mediators:
            mediators.append(actor)
    e.mediators = sorted(mediators)
    e.parties = [p for p in e.parties if p not in mediators]
    persons = [x for x in s.mentions if x.kind == "person" and x.actor]
    for h in HEADS.finditer(t):
        # the person named closest to "angeführt", "leitete", "led the" heads that delegation
        cue = h.start() + s.start
        if persons:
            x = min(persons, key=lambda p: min(abs(p.start - cue), abs(p.end - cue)))
            assert x.actor is not None
            e.heads.setdefault(x.actor, x.entity)
    if FUTURE.search(NEXT_AS_TOPIC.sub(lambda m: " " * len(m.group(0)), t)) and not _happened(t):
        e.outcome = "planned"


_CLAUSE_MARK = re.compile(r"[,;:]|\s[-\u2013\u2014]\s")
# the meeting named by its verb or noun in any form ("to meet Witkoff", "um ... zu treffen"),
# which MEETING leaves out
_MEET_WORD = re.compile(r"\b(?:meet|meets|meeting|treffen|trifft|treffe|"
                        # (session 16) a verb of conferring, receiving or negotiating in the present,
                        # told of a day to come ("beraten am Donnerstag in Paris", "empfängt am
                        # Sonntag X", "verhandeln am Freitag weiter", "receives X on Sunday")
                        r"berat(?:en|et|e)|empfängt|empfangen|verhandeln|verhandle|spricht|sprechen|"
                        r"telefonier(?:en|t)|receives?|hosts?|confers?|negotiate|speaks?|talk)\b", IC)


def _not_its_day(e: NewsEvent, s: Sentence, published: str | None) -> None:
    """A round told as held, dated by a day after the report's that stands in a clause without
    the meeting ("twelve hours of talks over, a joint text due tomorrow"): that day is
    another thing's; the round takes a day up to the report's the sentence names, else none."""
    if published is None or e.outcome == "planned" or e.date_start is None \
            or e.date_start[:10] <= published[:10]:
        return
    day = next((d for d in s.dates if d.first == e.date_start), None)
    if day is None:
        return
    a, b = day.start - s.start, day.end - s.start
    left = max((m.end() for m in _CLAUSE_MARK.finditer(s.text, 0, a)), default=0)
    right = next((m.start() for m in _CLAUSE_MARK.finditer(s.text, b)), len(s.text))
    if MEETING.search(s.text[left:right]) or _MEET_WORD.search(s.text[left:right]):
        return
    other = next((d for d in s.dates if d.first[:10] <= published[:10]
                  and d.granularity in ("day", "range", "week", "month")), None)
    e.date_start, e.date_end, e.date_basis = (other.first, other.last, other.basis) if other else (
        None, None, None)


# the next meeting only as what the talks were about ("haben in Genf über den Wiederaufbau sowie
# die nächste Verhandlungsrunde gesprochen", "discussed the next round of talks"): no sign that
# the meeting told is still to come
NEXT_AS_TOPIC = re.compile(r"\b(?:über|about|discussed|besprachen|erörterten)\s+(?:[^.;]{0,80}?\s)?"
                           r"(?:die|den|das|der|eine[nr]?|the|a)\s+(?:nächste|kommende|next|upcoming)\w*\s+"
                           r"(?:[\w-]+\s+)?(?:\w*[Rr]unde|\w*[Tt]reffen|round|meeting|talks)\w*", IC)


_PHONE = re.compile(r"\btelefon\w*|\btelephon\w*|\bby phone\b|\bphone (?:call|conversation)|\bphoned\b", IC)


def _merge(into: NewsEvent, other: NewsEvent) -> None:
    """Fill what the first sentence about a round left open from the next one."""
    for name in ("place", "venue", "duration_minutes"):
        if getattr(into, name) is None and getattr(other, name) is not None:
            setattr(into, name, getattr(other, name))
    if into.date_start is None and other.date_start is not None:
        # (the date and how it was resolved go together)
        into.date_start, into.date_end, into.date_basis = other.date_start, other.date_end, \
            other.date_basis
    if into.outcome is None:
        into.outcome = other.outcome
    into.mediators = sorted(set(into.mediators) | set(other.mediators))
    into.parties = sorted((set(into.parties) | set(other.parties)) - set(into.mediators))
    for a, p in other.heads.items():
        into.heads.setdefault(a, p)
    for p in other.participants:
        if p not in into.participants:
            into.participants.append(p)


# an earlier meeting the talks are counted from ("the first contact since the delegations last sat
# down in Istanbul in March", "das erste Treffen seit den Gesprächen in Istanbul"): the clause from
# "since"/"seit" to its end, when it tells a meeting
_SINCE_MEETING = re.compile(r"\b(?:since|seit)\b"
                            # (not a span of time the talks run: "Seit Dienstag laufen in Genf
                            # Gespräche", "since Monday, talks in Geneva")
                            r"(?!\s+(?:(?:dem|den|der|vergangene[mnr]?|letzte[mnr]?|last|this|early|late|"
                            r"Anfang|Ende|Mitte)\s+)?(?:\d|\w+tag\b|Mittwoch|\w+day\b|gestern|heute|morgens?|"
                            r"yesterday|Wochen|Tagen|Monaten|Stunden|Jahren|weeks|days|months|hours|years|"
                            r"then|damals|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
                            r"November|Dezember|January|February|March|May|June|July|October|December)\b)"
                            r"[^.;,]{0,80}?\b(?:last|zuletzt|met|sat down|talks|meeting|"
                            r"round|negotiations|Treffen\w*|getroffen|Gespräch\w*|Verhandlung\w*|Runde)\b"
                            r"[^.;,]*", IC)


def _not_since(s: Sentence, places: list[str]) -> list[str]:
    """`places` without those named only in a clause of an earlier meeting the talks are counted
    from (`_SINCE_MEETING`): where that meeting was, not the talks the sentence tells (its day is
    skipped likewise, `event_dates._SINCE`)."""
    if not places or ("since" not in s.text.lower() and "seit" not in s.text.lower()):
        return places
    spans = [(s.start + m.start(), s.start + m.end()) for m in _SINCE_MEETING.finditer(s.text)]
    if not spans:
        return places
    inside = {m.entity for m in s.mentions if m.kind == "place"
              and any(a <= m.start < b for a, b in spans)}
    outside = {m.entity for m in s.mentions if m.kind == "place"
               and not any(a <= m.start < b for a, b in spans)}
    return [p for p in places if p not in inside or p in outside]


# (session 17) a visit of one side's people to another side's people or capital ("Witkoff und Kushner
# hatten am Dienstag in Moskau Kremlchef Putin besucht", "the envoy began his second visit to
# Moscow", "Zuppi visited Kyiv in June"): a contact between the two sides, so a round (a summit
# when two heads meet, `summits`); only a visit told as made, not one planned, possible or refused
_VISIT_VERB = re.compile(r"\b(?:visited|besuchte|besuchten|"
                         r"paid\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?visit\s+to|"
                         r"(?:began|begun|started|wrapped up|ended|concluded|completed|begann|beendete|"
                         r"startete)\s+(?:his|her|their|a|an|seine\w*|ihre\w*|einen?)\s+(?:[\w-]+\s+)?"
                         r"(?:visit|trip|Besuch|Reise)\s+(?:to|in|nach)|"
                         r"(?:arrived|eingetroffen)\s+(?:[\w-]+\s+){0,3}?(?:for|zu)\s+(?:a|an|einem)\s+"
                         r"(?:[\w-]+\s+)?(?:visit|Besuch)\s+(?:to|in))\b", IC)
_VISITED_PERFECT = re.compile(r"\b(?:hat|hatte|haben|hatten)\b[^.;:]{0,120}?\bbesucht\b", IC)
_NO_VISIT = re.compile(r"\b(?:not|nicht|nie|never|no|kein\w*|could|könnte\w*|would|würde\w*|might|"
                       r"possib\w*|möglich\w*|if|falls|wenn|ob|whether|plan\w*|will|wird|soll\w*)\b", IC)


def visit_of_another_side(s: Sentence) -> tuple[str | None, str] | None:
    """(the place visited or None, the sides' codes joined) when the sentence tells people of one side
    visiting people or the capital of another, else None."""
    def side(m: Any) -> str | None:
        return m.actor if m.kind in ("person", "actor") or (m.kind == "place" and m.entity in SEATS) else None

    found: list[tuple[int, int, int, int]] = []  # (visitor search end, target start, target end, clause)
    for v in _VISIT_VERB.finditer(s.text):
        found.append((v.start(), v.end(), v.end() + 70, 0))
    for v in _VISITED_PERFECT.finditer(s.text):
        found.append((v.start(), v.start(), v.end(), 1))
    for before_end, t_from, t_to, german in found:
        visitor = next((m for m in reversed(s.mentions) if m.kind == "person" and m.actor
                        and before_end - 150 <= m.end - s.start <= before_end), None) or next(
            (m for m in reversed(s.mentions) if m.kind == "actor" and m.actor
             and before_end - 80 <= m.end - s.start <= before_end), None)
        if visitor is None or _NO_VISIT.search(s.text[visitor.end - s.start:t_from]):
            continue
        targets = [m for m in s.mentions if t_from <= m.start - s.start < t_to and side(m) not in (
            None, visitor.actor) and m.start >= visitor.end]
        if german:
            targets = targets[-1:]
        if not targets or (not german and re.search(r"[,;:()]", s.text[t_from:targets[0].start - s.start])):
            continue
        t = targets[0]
        place = t.entity if t.kind == "place" else next(
            (m.entity for m in s.mentions if m.kind == "place" and m.entity in SEATS and m.actor == t.actor),
            None)
        return place, f"{visitor.actor}, {t.actor}"
    return None


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
