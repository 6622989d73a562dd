"""Postponements and planned meetings (CONSULT/046, outcome "postponed" or "planned"): a meeting
moved or originally set for another day (`POSTPONED`, `_ORIGINALLY`, `_MOVED_TO`), a round
planned with a place (`PLANNED`, `PLANNED_MEETING`), and plans only hedged (`HEDGED_PLAN`,
`_hedged`: such rounds and summits are dropped after the sentence loop).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from accord.news.events.common import IC, MEETING
from accord.news.events.event_dates import said_day
from accord.news.events.event_records import _sentence_text
from accord.news.events.rounds import _happened
from accord.news.facts import NewsEvent
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence


_MOVED_TO = re.compile(r"\b(?:to|until|till|into|auf|bis(?: zum)?|but|sondern)\s+"
                       r"(?:on\s+|am\s+|den\s+|the\s+)?$", IC)
PLANNED = re.compile(r"\b(?:zusammenkommen|zusammentreffen|treffen will|"
                     # negotiators to come back for talks ("expect the delegations to return to
                     # Ankara next week to discuss ...", "will return to the negotiating table",
                     # "sollen nach Genf zurückkehren, um weiter zu verhandeln"; not a return home)
                     r"(?:to|will|would|shall) return to (?:the (?:negotiating )?table\b|(?-i:[A-Z])[\w-]+\b"
                     r"[^.;]{0,40}\b(?:for (?:talks|negotiations|(?:a |another |the next )?(?:new )?round)|"
                     r"to (?:discuss|negotiate|talk|meet|continue)))|"
                     r"(?:sollen|soll|wollen|will|werden|wird)\b[^.;]{0,60}\bzurückkehren\b,?\s+(?:um\b[^.;]{0,30}"
                     r"\bzu (?:verhandeln|beraten|sprechen|treffen)|zu (?:Gesprächen|Verhandlungen))|"
                     r"an den Verhandlungstisch zurück\w*|"
                     # a trip to come ("is now expected to visit Moscow", "plans to travel to X")
                     r"(?:is|are) (?:now |still )?(?:expected|due|set|scheduled) to (?:travel|fly|visit)|"
                     r"(?:will|would) (?:travel|fly|visit)|plan(?:s|ned)? to (?:travel|fly|visit)|"
                     # "a new round of talks is expected next week", "ein Treffen ist für ... geplant"
                     # (the subject may be long: "the next round of talks between the delegations
                     # of A, B and C on ending the war is planned for"; a comma only inside such a
                     # list of names, not one ending a clause: "After the talks in X, a decision on
                     # sanctions is expected next week" plans no talks)
                     r"(?:round|talks|meeting|negotiations)\b(?:[^.;,]|,(?=\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*"
                     r"(?:,|\s+and\b))){0,120}\b(?:is|are) "
                     r"(?:expected|planned|scheduled) (?:next|this|on|in|for|later)|"
                     r"(?:Runde|Treffen|Gespräche|Verhandlungen)\b[^.;]{0,120}\b(?:ist|sind)\b[^.;]{0,40}"
                     r"\b(?:geplant|angesetzt|vorgesehen)|"
                     # (also in reported speech and verb-final: "werde nach X reisen", "dass X nach
                     # Berlin reisen werde")
                     r"(?:soll|sollen|solle|will|wollen|wolle|wird|werden|werde)\b[^.]{0,60}\b"
                     r"(?-i:reisen|fliegen)\b|"
                     r"\b(?-i:reisen|fliegen)\s+(?:soll|sollen|solle|will|wollen|wolle|wird|werden|werde)\b|"
                     r"(?:will|wollen|möchten|sollen)\b[^.]{0,60}\btreffen|"
                     r"sollen\b[^.]{0,60}\bstattfinden|soll\b[^.]{0,60}\bstattfinden|is due to meet|"
                     r"are due to meet|will meet|would meet|plan(?:s|ned)? to meet|"
                     r"(?:will|would|are to|are due to) (?:reconvene|meet again)|"
                     r"(?:is|are) to (?:continue|resume|take place|be held|begin|start)|"
                     # talks to be held ("will hold talks", "wollen ... Gespräche führen")
                     r"(?:will|would|are to|is to|plan(?:s|ned)? to|(?:are|is) (?:due|set|expected) to) hold "
                     r"(?:\w+ ){0,2}(?:talks|negotiations|consultations|meetings?)|"
                     r"(?:werden|wollen|sollen|wird|will|soll)\b[^.]{0,60}\b(?:Gespräche|Verhandlungen|"
                     r"Konsultationen|Beratungen)\b[^.]{0,30}\b(?:führen|abhalten|aufnehmen)|"
                     r"(?:is|are) expected to (?:take place|be held|begin|start|resume)|"
                     r"will (?:take place|be held|begin|resume)|"
                     r"(?:is|are) expected to meet|sollen\b[^.]{0,60}\bbeginnen|soll\b[^.]{0,60}\bbeginnen|"
                     r"soll(?:en)?\b[^.]{0,60}\b(?:fortgesetzt werden|weitergehen)|"
                     # "Am Sonntag soll es ein Treffen in X geben", "there will be talks in X"
                     r"soll(?:en|te|ten)? es\b[^.;]{0,60}\b(?:\w*[Tt]reffen|Gespräch\w*|Verhandlung\w*|"
                     r"\w*[Rr]unde)\b[^.;]{0,60}\bgeben\b|"
                     r"there (?:will|would|is to|are to) be (?:a |an |another |new |further )?(?:[\w-]+ )?"
                     r"(?:meeting|talks|round|negotiations)\b|"
                     r"(?:is|are) (?:due|set|scheduled) to (?:take place|be held|begin|start|resume|"
                     r"continue|reconvene))\b", IC)
# a day first planned ("Ursprünglich war am Mittwoch ein Austausch geplant"; not "ursprünglich war ein
# Gespräch zu viert geplant", a change of format): a weekday, a month, a number or a week named
_FIRST_PLANNED = (r"\b(?:ursprünglich|originally|initially)\b(?=[^.;]{0,100}\b(?:\w+tag|Mittwoch|\w+day|\d+|"
                  r"Woche|week|Monat|month|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
                  r"November|Dezember|January|February|March|May|June|July|October|December)\b)"
                  r"[^.;]{0,100}\b(?:geplant|vorgesehen|angesetzt|erwartet|planned|scheduled|expected)\b")
_ORIGINALLY = re.compile(r"\beigentlich für\b|\boriginally (?:scheduled|planned|expected|set) for\b|"
                         # "die für Mittwoch geplante Runde ... verschoben", "planned for Thursday"
                         r"\bfür\b[^.;]{0,30}\b(?:geplant\w*|angesetzt\w*|vorgesehen\w*)\b|"
                         r"\b(?:planned|scheduled|set|slated|expected) for\b|"
                         # "Ursprünglich war am Mittwoch ein Austausch geplant", "initially planned"
                         + _FIRST_PLANNED, IC)
_MONTH_EN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
POSTPONED = re.compile(r"\b(?:eigentlich für\b[^.]{0,40}\b(?:erwartet|geplant|angesetzt|vorgesehen)|"
                       r"originally (?:scheduled|planned|expected|set) for|verschoben|vertagt|verlegt|"
                       r"postpon(?:e|es|ed|ing|ement)|reschedul(?:e|es|ed|ing)|push(?:es|ed|ing)? back|"
                       # moved elsewhere, as "verlegt" ("relocating the planned talks"), only the
                       # meeting itself ("relocated troops" moves no talks)
                       r"relocat(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:talks|meeting|round|negotiations|"
                       r"summit|consultations)|(?:talks|meeting|round|negotiations|summit|consultations)\b"
                       r"[^.;,]{0,40}\brelocated|"
                       r"put(?:s|ting)? off|defer(?:s|red|ring)?|put on hold|on ice|verschieben|verschob\w*|"
                       r"vertagen|vertagte\w*|Verschiebung|Vertagung|"
                       # called off ("abgesagt", "sagte das Treffen ab", "called off", "cancelled")
                       r"called off|cancel+ed|abgesagt|aufgeschoben|auf Eis gelegt|"
                       r"(?:sagte|sagten)\b[^.,;]{0,60}\b(?:Treffen|Gespräch\w*|Verhandlung\w*|Runde|"
                       r"Gipfel\w*)\b[^.,;]{0,20}\bab|"
                       r"delayed|(?:not|nicht)\b[^.;]{0,60}\b(?:as planned|as scheduled|wie geplant|"
                       r"wie vorgesehen)\b[^.;]{0,20}\b(?:but|sondern))\b|" + _FIRST_PLANNED + "|"
                       # a day given instead of the one set ("now starts Wednesday rather than this
                       # Sunday", "soll am Mittwoch statt am Sonntag beginnen")
                       r"\b(?:instead of|rather than)\s+(?:on\s+)?(?:this|next|the)?\s*"
                       r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|weekend|"
                       r"\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_EN + r"|" + _MONTH_EN + r"\s+\d{1,2})\b|"
                       r"\b(?:statt|anstatt|anstelle)\s+(?:wie geplant\s+)?(?:am\s+|zum\s+)?"
                       r"(?:\w+tag|Mittwoch|Wochenende|\d{1,2}\.)", IC)


def _postponed(t: str) -> bool:
    """A word of postponing or calling off that no negation governs ("nicht verschoben", "was not
    postponed", "no delay")."""
    return any(not re.search(r"\b(?:nicht|nie|kein\w*|not|never|no)\s+(?:\w+\s+){0,2}$",
                             t[max(0, m.start() - 30):m.start()], IC)
               # (only possible: "could be postponed", "könnte ... verschoben werden")
               and not re.search(r"\b(?:could|might|may|könnte\w*|dürfte\w*|möglicherweise)\s+"
                                 r"(?:\w+\s+){0,4}$", t[max(0, m.start() - 50):m.start()], IC)
               for m in POSTPONED.finditer(t))


_ORIGINALLY_PLANNED = re.compile(r"\b(?:ursprünglich|eigentlich|originally|initially)\b", IC)
# a meeting said to be planned ("ein Zusammenkommen sei am Dienstag geplant", "bestätigte ein
# geplantes Treffen", "a planned meeting"); with a place it is a planned round instead
PLANNED_MEETING = re.compile(r"\b(?:geplant\w*|vorgesehen\w*|planned|scheduled)\b[^.]{0,40}\b(?:\w*treffen|"
                             r"Zusammenkommen|Zusammenkunft|Gespräch\w*|Verhandlung\w*|meeting|talks|"
                             r"negotiations|summit)\b|\b(?:\w*treffen|Zusammenkommen|Zusammenkunft|Gespräch\w*|"
                             r"Verhandlung\w*|meeting|talks|negotiations)\b[^.]{0,120}\b(?:geplant|vorgesehen|"
                             r"planned|scheduled)\b", IC)


# a meeting still to come told by its verb ("will resume their talks", "are set to meet again",
# "sollen erneut zusammenkommen", "wollen sich wieder treffen"): with a day ahead it is a round
# planned for that day (the README: a future round is a `round` with outcome `planned`)
FUTURE_MEETING = re.compile(
    r"\b(?:will|would|shall|are to|is to|(?:is|are|was|were) (?:due|set|scheduled|expected|slated) to)\s+"
    r"(?:\w+\s+){0,2}?(?:meet|resume|continue|reconvene|hold|start|begin|open|convene)\b[^.;]{0,50}"
    r"\b(?:talks|negotiations|discussions?|consultations?|meeting|round|session)\b|"
    r"\b(?:will|would|shall|are to|is to|(?:is|are|was|were) (?:due|set|scheduled|expected|slated) to)\s+"
    r"(?:\w+\s+){0,2}?(?:meet|reconvene|convene)\b|"
    r"\b(?:talks|negotiations|discussions?|consultations?|meeting|round|session)\b[^.;]{0,60}\b(?:will|would|"
    r"shall|(?:is|are|was|were) (?:due|set|scheduled|expected|slated) to)\s+(?:\w+\s+){0,2}?(?:take place|"
    r"be held|resume|continue|start|begin|open|get underway)\b|"
    # (also in reported speech: "kündigte an, die Runde werde am Montag stattfinden", "solle")
    r"\b(?:soll|sollen|solle|wird|werden|werde|will|wollen)\b[^.;]{0,80}\b(?:zusammenkommen|zusammentreffen|"
    r"treffen|tagen|stattfinden|fortgesetzt werden|abgehalten werden|weitergehen|beginnen|fortsetzen|"
    r"aufnehmen|führen|empfangen)\b|"
    # ... and in a verb-final clause, the meeting named before ("dass eine neue Runde Anfang März
    # stattfinden werde", "dass sich die Delegationen am Montag treffen sollen")
    r"\b(?:\w*[Tt]reffen|Gespräch\w*|Verhandlung\w*|\w*(?<![Gg])[Rr]unde|Gipfel\w*|Delegation\w*|"
    r"Unterhändler\w*)\b[^.;]{0,100}\b(?:zusammenkommen|zusammentreffen|treffen|tagen|stattfinden|"
    r"fortgesetzt|abgehalten|weitergehen|beginnen)\s+(?:soll|sollen|solle|wird|werden|werde|würden?)\b|"
    # ... and the modal in second place, the infinitive closing the clause after a long middle
    # field ("Die Gruppe will am Samstag den russischen Präsidenten in St. Petersburg treffen",
    # "wollen am Dienstag in Paris mit Vertretern der USA über Sicherheitsgarantien beraten"): the
    # verb in lower case (not the noun "Treffen"), a comma in between only before an article, "und"
    # or a name (a list or an apposition, not another clause)
    r"\b(?:soll|sollen|solle|wird|werden|werde|will|wollen|wolle)\b(?:[^.;,!?]|,(?=\s+(?:der|die|das|dem|"
    r"den|des|und|(?-i:[A-Z]))))"
    r"{0,200}?\s(?-i:zusammenkommen|zusammentreffen|treffen)"
    r"(?=\s*(?:[.,;:!?\"“”»«)]|$))|"
    # ... deliberating only with a partner in that middle field ("wollen am Dienstag mit Vertretern
    # der USA in Paris beraten"): a parliament or council that "will am Dienstag über ein Gesetz
    # beraten" holds no round (review 15)
    r"\b(?:soll|sollen|solle|wird|werden|werde|will|wollen|wolle)\b(?:[^.;,!?]|,(?=\s+(?:der|die|das|dem|"
    r"den|des|und|(?-i:[A-Z]))))"
    r"{0,200}?\b(?:mit|zwischen)\b[^.;,!?]{0,150}?\s(?-i:tagen|beraten|verhandeln|fortsetzen)"
    r"(?=\s*(?:[.,;:!?\"“”»«)]|$))|"
    # a meeting expected, in the German passive ("Am Montag wird eine dritte Runde erwartet",
    # "Die Gespräche werden am Freitag erwartet")
    r"\b(?:wird|werden)\b[^.;]{0,80}\b(?:\w*[Tt]reffen|Gespräch\w*|Verhandlung\w*|\w*(?<![Gg])runde|Gipfel\w*)\b"
    r"[^.;]{0,60}\berwartet\b|"
    r"\b(?:\w*[Tt]reffen|Gespräch\w*|Verhandlung\w*|\w*(?<![Gg])runde|Gipfel\w*)\b[^.;]{0,40}\b(?:wird|werden)\b"
    r"[^.;]{0,60}\berwartet\b|"
    # a visitor to be received ("is scheduled to host the envoy on Friday", "soll ... empfangen")
    r"\b(?:is|are|was|were) (?:due|set|scheduled|expected|slated) to (?:host|receive|welcome)\b|"
    # a meeting named as what something comes before ("ahead of the talks in Geneva on Friday",
    # "on the eve of the summit on June 5", "vor dem Gipfel am Montag"); `dated_future_meeting`
    # asks for a day ahead in the sentence, so a meeting held before the report is none
    r"\b(?:ahead of|before|on the eve of|in the run-up to|vor|im Vorfeld|am Vorabend)\s+"
    r"(?:(?:the|a|an|its|their|this|next|den|dem|der|des|einem|einer|den|ihre[mnr]?)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:talks|negotiations|meeting|summit|round|"
    r"Gespräche\w*|Verhandlung\w*|\w*[Tt]reffen\w*|Gipfel\w*|\w*(?<![Gg])[Rr]unde)\b", IC)


# the capital a side's negotiators come home to
_HOME = {"moscow": "RUS", "kyiv": "UKR", "washington": "USA", "ankara": "TUR"}


def return_home(s: Sentence, t: str) -> bool:
    """Whether the only plan `PLANNED` finds in `t` is a return to the capital of the one side
    the sentence names ("Umerov will return to Kyiv to discuss the results with Zelensky",
    "Umerow soll nach Kiew zurückkehren, um mit Selenskyj zu beraten"): negotiators reporting
    home, no round."""
    plans = [m.group(0) for m in PLANNED.finditer(t)]
    if not plans or not all(re.search(r"return|zurück", p, IC) for p in plans):
        return False
    home = next((m.entity for m in s.mentions if m.kind == "place"), None)
    # (the side itself named, by a person or an actor, not only by its capital: "the two
    # delegations to return to Ankara" is no one's return home)
    return home in _HOME and {m.actor for m in s.mentions if m.actor and m.kind != "place"} == {_HOME[home]}


# a visitor to be received ("Trump will receive Zelensky", "is to host Erdogan", "plans to welcome"):
# with a person of a side right after it, a meeting still to come (not "will receive weapons")
_TO_RECEIVE = re.compile(r"\b(?:will|would|shall|is to|are to|plans? to|(?:is|are) (?:due|set|scheduled|"
                         r"expected|slated) to)\s+(?:\w+\s+)?(?:receive|host|welcome)\s+", IC)


def _to_receive_person(s: Sentence) -> bool:
    """Whether `s` tells a named person of a side, or a counterpart, still to be received or
    hosted ("Trump will receive Zelensky at the White House", "will host his Ukrainian
    counterpart")."""
    for m in _TO_RECEIVE.finditer(s.text):
        if re.match(r"(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?\b", s.text[m.end():], IC):
            return True  # "will host his Ukrainian counterpart"
        if any(x.kind == "person" and x.actor and 0 <= x.start - s.start - m.end() <= 40
               and not re.search(r"[,.;]", s.text[m.end():x.start - s.start]) for x in s.mentions):
            return True
    return False


def dated_future_meeting(s: Sentence, t: str, published: str | None) -> bool:
    """A meeting told as still to come (a verb of planning or a future meeting verb) with a day
    (or a span of days) in the sentence on or after the article's date, not told as held, moved
    or hedged."""
    if published is None or not any(d.first[:10] >= published[:10] and d.granularity in ("day", "range")
                                    and not said_day(s, d.first) for d in s.dates):
        # a day (or days) named: "next week" or "in March" stays an announced step; so does a
        # meeting whose only day is that of the statement ("confirmed on Thursday that a new
        # meeting will be held soon", "..., the ministry said on Friday")
        return False
    # a date's own words do not count against the windows of the planning cues ("die Gespräche
    # zwischen X und Y sind für den 16. bis 18. März geplant" as "für den 16. März")
    short = _dates_shortened(s, t)
    if not (FUTURE_MEETING.search(short) or (PLANNED.search(short) and not return_home(s, short))
            or PLANNED_MEETING.search(short) or _to_receive_person(s)):
        return False
    return not (_happened(t) or _postponed(t) or _hedged_plan(t))


def _dates_shortened(s: Sentence, t: str) -> str:
    """`t` (the text of `s`) with each date of `s` written as one short word."""
    out, at = [], 0
    for d in s.dates:
        a, b = d.start - s.start, d.end - s.start
        if a < at or b > len(t):
            continue
        out.append(t[at:a] + "D")
        at = b
    return "".join(out) + t[at:]


HEDGED_PLAN = re.compile(r"(?:\b(?:(?-i:may|might)|perhaps|maybe|vielleicht|möglicherweise|eventuell|could|"
                         r"könnte\w*|"
                         # an open question ("It is not decided whether they will meet again", "Ob sie
                         # erneut zusammenkommen, ist offen") and a condition opening the sentence
                         # ("Should a summit take place, ...", "Falls es zu einem Gipfel kommt, ...")
                         r"whether|ob)|(?:^\W*|\s[-\u2013\u2014]\s+)(?:If|Should|Falls|Sollte\w*|Wenn))\b"
                         r"[^.;]{0,80}\b(?:hold|meet|talk|talks|treffen|zusammenkommen|Gespräch\w*|Treffen|summit|"
                         r"Gipfel\w*)\b|"
                         # the meeting named first ("A meeting between X and Y could take place on
                         # Friday", "Ein Treffen ... könnte am Freitag stattfinden")
                         r"\b(?:meeting|talks|summit|Treffen|Gespräch\w*|Gipfel\w*)\b[^.;]{0,60}"
                         r"\b(?:(?-i:may|might)|could|könnte\w*)\b[^.;]{0,40}\b(?:take place|be held|happen|"
                         r"stattfinden|zustande kommen)\b", IC)


def _hedged(e: NewsEvent, sents: list[Sentence], published: str | None) -> bool:
    """Whether a round is only said to be possible ("Perhaps we can host X and Y for talks next
    week", "Vielleicht könnten sich X und Y treffen"): a hedge before the meeting word, nothing
    told as held, no past day, no meeting told as firmly to come before the hedge."""
    t = _sentence_text(e, sents)
    if not _hedged_plan(t) or _happened(t):
        return False
    # (a meeting only possible, the verb itself hedged: "X and Y could meet", "A meeting could take
    # place on Friday", "könnten sich treffen"; its day may be the statement's or read as past)
    return e.outcome == "planned" or e.date_start is None or published is None \
        or (e.date_end or e.date_start)[:10] >= published or _HEDGED_VERB.search(t) is not None


# a meeting told as firmly to come before the hedge, which then hedges something else ("he will
# meet Trump on Friday so that the two could talk about guarantees")
_FIRM_PLAN = re.compile(r"\b(?:will|shall|is to|are to|wird|werden)\s+(?:\w+\s+){0,3}?(?:meet|host|receive|"
                        r"treffen|empfangen|zusammenkommen)\b", IC)


def _hedged_plan(t: str) -> bool:
    """Whether `t` hedges a meeting (HEDGED_PLAN) that it does not first tell as firmly to come."""
    hedge = HEDGED_PLAN.search(t)
    return hedge is not None and _FIRM_PLAN.search(t, 0, hedge.start()) is None


_HEDGED_VERB = re.compile(r"\b(?:could|könnte\w*|(?-i:may|might))\s+"
                          r"(?:(?:sich|still|soon|bald|also|auch)\s+)?(?:[\w-]+\s+){0,4}?"
                          r"(?:meet|take place|be held|treffen|stattfinden|"
                          r"zusammenkommen)\b", IC)


def _planned_day(e: NewsEvent, sents: list[Sentence], published: str | None) -> None:
    """A planned meeting dated by a day up to the report's that is not told as still to come,
    in a sentence that names a later day ("X kündigte am Mittwoch an, die Runde werde am 16.
    März stattfinden", "X said this morning the meeting
    will take place on February 4-5"): that day is the announcement's, the meeting's is the later
    one."""
    from accord.news.tense import clause_tense

    if published is None or e.date_start is None or e.date_start[:10] > published[:10]:
        return
    s = next((x for x in sents if x.start <= e.start < x.end), None)
    if s is None:
        return
    own = next((d for d in s.dates if d.first == e.date_start), None)
    if own is None or clause_tense(s.text, own.start - s.start, own.end - s.start) == "future":
        return
    # (a later day may be the report's own: "announced on January 28 talks for February 1" in a
    # report of February 1)
    later = next((d for d in s.dates if d.first[:10] >= published[:10] and d.first > own.first
                  and d.granularity in ("day", "range")), None)
    if later is not None:
        e.date_start, e.date_end = later.first, later.last
        e.date_basis = f"{later.basis} (the day of the meeting, not of its announcement)"


# a continuation still to come: "will continue on Tuesday", "are to resume on Friday", "sollen am
# Dienstag fortgesetzt werden", "gehen am Montag weiter"
_CONTINUED = re.compile(r"\b(?:will|would|shall|are to|is to|(?:is|are) (?:due|set|scheduled|expected) to)\s+"
                        r"(?:\w+\s+){0,2}?(?:continue|resume|reconvene|meet again)\b|"
                        r"\b(?:sollen|soll|werden|wird|solle|werde)\b[^.;]{0,60}\b(?:fortgesetzt werden|"
                        r"weitergehen|fortsetzen|wieder aufnehmen)\b|\bgeh\w* [^.;]{0,40}\bweiter\b", IC)


def held_then_continued(s: Sentence, published: str | None) -> tuple[Any, Any] | None:
    """The day talks were held and the later day they go on, for a sentence that tells both
    ("talks that were held Monday ... will continue on Tuesday", "Die Delegationen trafen sich am
    Montag in Genf, die Gespräche sollen am Dienstag fortgesetzt werden"): a day up to the report's
    with a verb of holding before the continuation, then a later day after it; else None."""
    if published is None or len(s.dates) < 2:
        return None
    t = s.text
    cont = _CONTINUED.search(t)
    if cont is None:
        return None
    past = [d for d in s.dates if d.first[:10] <= published[:10] and d.granularity == "day"
            and d.start - s.start < cont.start()]
    later = [d for d in s.dates if d.first[:10] > published[:10] and d.granularity in ("day", "range")
             and d.start - s.start >= cont.start() - 30]
    if not past or not later:
        return None
    held = _happened(t[:cont.start()])
    if held is None or not MEETING.search(t[:cont.start()]):
        return None
    return past[-1], later[0]


def _parties_conflict(a: NewsEvent, b: NewsEvent) -> bool:
    """Two meetings name sides of which neither set holds the other (Russia with the US, Ukraine
    with the US: two talks on one day at one place)."""
    x, y = set(a.parties), set(b.parties)
    return bool(x) and bool(y) and not (x <= y or y <= x)


def _merge_planned(events: list[NewsEvent]) -> list[NewsEvent]:
    """A meeting told again later in the article is one meeting: the first record takes the
    details of the repeat and its span grows to cover it. A repeat has the same kind and the same
    days, sides that do not conflict, and either the same place (a planned meeting planned again;
    a meeting held whose continuation is told as planned: "the talks began today in X and are
    scheduled to continue"; two planned meetings with no place named for either: "Talks Will
    Continue Tuesday" in a headline and "... will continue on Tuesday" in the text) or no sides
    and no other place of its own (a meeting held, named again by its day only: "Monday's
    negotiations took place at the palace")."""
    from accord.news.events.rounds import _merge

    out: list[NewsEvent] = []
    for e in events:
        into = next((p for p in out if e.kind in ("round", "summit") and p.kind == e.kind
                     and p.date_start is not None and (p.date_start, p.date_end) == (e.date_start, e.date_end)
                     and not _parties_conflict(p, e)
                     and ((e.outcome == "planned" and p.place == e.place
                           and (p.place is not None or p.outcome == "planned"))
                          or (e.outcome is None and p.outcome != "planned" and e.place in (None, p.place)
                              and not e.parties))), None)
        if into is None:
            out.append(e)
            continue
        held = into.outcome
        _merge(into, e)
        if held != "planned" and e.outcome == "planned":
            into.outcome = held  # a meeting under way stays held when its continuation is planned
        into.absorb(e)
        how = "same days and place" if e.outcome == "planned" else "same days, no sides of its own"
        into.cue = f"{into.cue}; told again later ({how})" if into.cue else into.cue
    return out


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
