"""The record maker and what it needs to know of a sentence (split from `common`): `_event`, which
makes a `NewsEvent` of a sentence (its sides, place, date, code and quote), the sides at the table
and those that are not (`_no_party_here`: pressure from, arrival from, a source named;
`_host_joined`, `_told_by`, `_DELEGATES`), `_topic`, `_quantity`, `_sentence_text`, and
attribution (`ATTRIBUTION`, `_attributed`, `_attributed_at`: a claim is an attributed assertion).
Every family module makes its records here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.common import ACTORS, HOSTS, IC, TOPICS, _code
from accord.news.events.event_dates import (
    _SAID_ON,
    _SINCE,
    REPORT_DAY_ONLY,
    _announced_day_only,
    _date,
    _reported_day_only,
    _said_day_only,
)
from accord.news.events.event_places import _FORCES_AFTER, _SEAT_OF
from accord.news.facts import Mention, NewsEvent
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence


# who presses a side or where someone came from names no side at the table: "under pressure
# from Trump", "auf Druck aus Washington", "arrived from Poland", "aus Polen angereist"
_PRESSURE_FROM = re.compile(r"\b(?:pressure|Druck)\s+(?:from|by|of|aus|von|seitens)\s+(?:(?:the\s+)?"
                            r"(?:U\.?S\.?|US-?|American|amerikanischen)?\s*(?:President|Präsident(?:en)?)\s+)?"
                            r"(?:(?-i:[A-Z]\w+)\s+)?$", IC)


_FROM_BEFORE = re.compile(r"\b(?:arrived|arriving|came|coming|flew in|flying in|returned|returning|"
                          r"travell?ed|back)\s+(?:here\s+)?from\s+$", IC)


_ORIGIN_AFTER = re.compile(r"\s+(?:kommend|angereist|eingetroffen|zurückgekehrt|zurück)\b", IC)


# a government or side named as the source of the report ("according to the Turkish government",
# "nach Angaben der türkischen Regierung", "laut dem Kreml", "der türkischen Regierung zufolge",
# "citing the Turkish foreign ministry"): the teller, not a side at the table
_SOURCE_BEFORE = re.compile(r"\b(?:according to|citing|quoting|laut|nach (?:Angaben|Informationen|"
                            r"Darstellung|Auskunft|Aussagen?)(?:\s+(?:de[rs]|von))?)\s+(?:(?:the|de[mnrs]|die|das|"
                            r"a|an|ein\w*)\s+)?$", IC)


def _no_party_here(s: Sentence, m: Mention) -> bool:
    """Whether the actor mention `m` names no party of a meeting: the country of a place named
    just before it ("in Istanbul, Turkey", "in Genf (Schweiz)"), a presser ("under pressure
    from Trump") or where someone came from ("aus Polen angereist", "arrived from Poland")."""
    before = s.text[max(0, m.start - s.start - 60):m.start - s.start]
    if m.kind == "actor" and any(x.kind == "place" and 0 <= m.start - x.end <= 3
                                 and re.fullmatch(r"\s*[,(]\s*", s.text[x.end - s.start:m.start - s.start])
                                 for x in s.mentions):
        return True
    if _PRESSURE_FROM.search(before):
        return True
    if m.kind == "actor" and _told_by(s, m):
        return True
    came = _FROM_BEFORE.search(before)
    if came is not None:
        return not _DELEGATES.search(before, 0, came.start())
    came = re.search(r"\baus\s+$", before) if m.kind == "actor" else None
    return came is not None and _ORIGIN_AFTER.match(s.text, m.end - s.start) is not None and \
        not _DELEGATES.search(before, 0, came.start())


# what joins two heads meeting ("Putin met Xi", "Xi und Putin", "Putin traf den belarussischen
# Präsidenten Lukaschenko", "held talks with"): a conjunction or a verb of meeting, then at most
# titles; not a head who comments on the meeting ("Xi welcomed the summit between X and Y")
# (session 16: a day or a place may stand between the verb and the other side, "traf am Dienstag
# in Moskau Präsident X", "sprach am Dienstag in Genf mit X", and a clause of the first name's
# before the verb, "Zuppi was in Kyiv days after travelling to Russia and met with Zelensky")
# (the words before "with" or the verb deny or refuse nothing: "Xi refused to hold any talks with
# Zelensky", "did not meet", "hat nie mit X gesprochen" join no one; review16 item 11)
_LINK_WORD = (r"(?:(?!(?:not|never|no|nor|neither|refus\w*|reject\w*|declin\w*|avoid\w*|nicht|nie|niemals|"
              r"kein\w*|weder|lehnt\w*|ablehn\w*|verweiger\w*|\w+n't)(?![\w']))[^\s,;:.!?]+\s+)")


_HOST_LINK = re.compile(r"\s+(?:" + _LINK_WORD + r"{0,10}?(?:with|mit)|and|und|" + _LINK_WORD + r"{0,10}?"
                        r"(?:met|meets|traf|trifft|empfing|empfängt|received|receives|hosted|hosts|welcomed|"
                        r"welcomes|begrüßte|begrüßt)"
                        # (after the verb only a day or a place: "traf am Dienstag in Moskau X";
                        # not "welcomed the summit between X and Y")
                        r"(?:\s+(?:am|an|on|in|im|at|dort|there|bereits|already|zuvor|earlier|"
                        r"(?-i:[A-ZÄÖÜ])[\w.-]*|\d{1,2}\.?)){0,4}?)\s+"
                        r"(?:(?:(?-i:[A-ZÄÖÜ])[\w.-]*|the|den|dem|der|seinen?|his|her|\w+isch\w*)\s+){0,3}",
                        IC)


def _host_joined(s: Sentence, m: Mention) -> bool:
    """Whether the head of a host or mediator `m` is joined to the head of another side by a
    conjunction or a verb of meeting (`_HOST_LINK`, either order)."""
    t = s.text
    for x in s.mentions:
        if x.kind != "person" or not x.actor or x.actor == m.actor:
            continue
        a, b = (x, m) if x.end <= m.start else (m, x)
        if any(y.kind == "person" and a.end <= y.start and y.end <= b.start for y in s.mentions):
            continue  # (another person between them: "X warned that Y met Z" joins Y and Z)
        if b.start >= a.end and _HOST_LINK.fullmatch(t, a.end - s.start, b.start - s.start):
            return True
    return False


def _told_by(s: Sentence, m: Mention) -> bool:
    """Whether the actor mention `m` names who tells the report, not who met: a source phrase
    before it ("according to the Turkish government", "nach Angaben der türkischen Regierung",
    "laut Kreml") or "zufolge" after it ("der türkischen Regierung zufolge")."""
    rel, end = m.start - s.start, m.end - s.start
    t = s.text
    if _SOURCE_BEFORE.search(t[max(0, rel - 40):rel]) is not None:
        # the source itself, or a government, ministry or officials of the side named by it
        return not re.match(r"\s+(?:delegations?|negotiators?|Delegation\w*|Unterhändler\w*)\b", t[end:], IC)
    return re.match(r"(?:\s+[\w-]+){0,3}?\s+zufolge\b", t[end:end + 60], IC) is not None


# the delegates of a side just before where they came from ("delegations arriving from Moscow
# and Kyiv", "die Unterhändler, die aus Moskau angereist waren"): that side is at the table
_DELEGATES = re.compile(r"\b(?:delegations?|negotiators?|envoys?|teams?|representatives?|Delegation(?:en)?|"
                        r"Unterhändler\w*|Vertreter\w*|Verhandler\w*|Emissär\w*)\b[^.;]{0,25}$", IC)


def _event(kind: str, s: Sentence, **kw: object) -> NewsEvent:
    from accord.news.stances import BOTH_SIDES, _subjects

    ds, de, basis = _date(s, kind)
    if kind in ("round", "summit") and ds is not None and _reported_day_only(s):
        # "Medien hatten am Dienstag berichtet, dass ... sich getroffen hätten": the day of the
        # report, not of the meeting, which stays unknown (on or before it: no date, convention
        # 7); an agreed item is dated by the day it was made public
        ds = de = None
        basis = REPORT_DAY_ONLY
    if kind == "round" and ds is not None and _announced_day_only(s):
        # "Washington hatte am Montag mitgeteilt, beide Seiten hätten in den Gesprächen ...":
        # the day of the announcement, the talks' day stays unknown (on or before it: no date,
        # convention 7, and not the article's date either)
        ds = de = None
        basis = REPORT_DAY_ONLY
    if kind == "round" and ds is not None and _said_day_only(s):
        ds = de = None  # the day of the statement; the talks' day is told elsewhere or not at all
        basis = REPORT_DAY_ONLY
    if kind == "round" and ds is not None:
        # "the first meeting since the start of the invasion in February 2022": the start of a
        # period, not the day of the meeting; the first date no "seit"/"since" introduces
        own = [d for d in s.dates if d.granularity in ("day", "range", "month", "week")
               and not _SINCE.search(s.text[max(0, d.start - s.start - 70):d.start - s.start])]
        # "X said on Thursday that a meeting is expected on Saturday": the day of the saying
        # yields to the meeting's own day named after it
        said = _SAID_ON.search(s.text)
        if said is not None and len(own) > 1 and said.start("day") <= own[0].start - s.start \
                and own[0].end - s.start <= said.end("day"):
            own = own[1:]
        ds, de, basis = (own[0].first, own[0].last, own[0].basis) if own else (None, None, None)
    plover, cameo = _code(kind, s.text)
    participants: list[str] = []
    for m in s.mentions:
        if m.kind == "person" and m.actor and m.entity not in participants:
            participants.append(m.entity)
    # parties: the actors acting in the sentence (not "the war against Ukraine"); for a round,
    # also every person taking part
    persons = {m.actor for m in s.mentions if m.kind == "person" and m.actor in ACTORS}
    subjects = set(_subjects(s)) & set(ACTORS)  # the stance rules also read mediators and hosts
    if kind == "round":
        # everyone named, except what the talks are about ("the war against Ukraine")
        acting = {m.actor for m in s.mentions if m.actor in ACTORS and not re.search(
            r"\b(?:gegen|against|über|about|Angriffskrieg\w*)\s+(?:die\s+|the\s+|den\s+)?$",
            s.text[max(0, m.start - s.start - 25):m.start - s.start], IC)
            # a host country named as where the talks are ("ended Tuesday in Turkey") is no party
            and not (m.kind == "actor" and re.search(r"\b(?:in|im|in der)\s+(?:the\s+)?$",
                                                     s.text[max(0, m.start - s.start - 12):
                                                            m.start - s.start]))
            and not _no_party_here(s, m)}
        # a head of state of a host or mediator joined to the meeting ("Putin met Xi", "Putin traf
        # Lukaschenko"): that side is at the table too
        acting |= {m.actor for m in s.mentions
                   if m.kind == "person" and m.actor in HOSTS and _host_joined(s, m)}
    elif kind == "claim":
        acting = {m.actor for m in s.mentions if m.actor in ACTORS and (
            _FORCES_AFTER.match(s.text[m.end - s.start:m.end - s.start + 25])
            or _SEAT_OF.search(s.text[max(0, m.start - s.start - 30):m.start - s.start]))
            } or subjects or persons
    else:
        acting = subjects or persons
    if not acting and BOTH_SIDES.search(s.text):
        acting = {"RUS", "UKR"}
    parties = sorted(a for a in acting if a is not None)
    e = NewsEvent(start=s.start, end=s.end, kind=kind, date_start=ds, date_end=de, date_basis=basis,
                  parties=parties, participants=participants, plover=plover, cameo=cameo)
    for k, v in kw.items():
        setattr(e, k, v)
    return e


def _topic(text: str) -> str | None:
    found = [t for t, rx in TOPICS if rx.search(text)]
    return found[0] if len(found) == 1 else (found[0] if found else None)


def _quantity(s: Sentence, units: tuple[str, ...] | None = None) -> tuple[float | None, str | None,
                                                                            bool | None]:
    for f in s.figures:
        if units is None or f.unit in units:
            return f.value, f.unit, f.per_side
    return None, None, None


def _sentence_text(e: NewsEvent, sents: list[Sentence]) -> str:
    """The text of the sentence an event starts in."""
    return next((x.text for x in sents if x.start <= e.start < x.end), "")


# A claim is an ATTRIBUTED assertion (corpus README): told as what a side says, not as the
# reporter's account of the fighting. Attribution in German and English: a verb of saying or
# asserting in any tense ("teilte ... mit", "meldete", "behauptete", "said", "claimed",
# "announced"), a source phrase ("laut", "zufolge", "nach Angaben", "hieß es", "according to"),
# reported speech in the Konjunktiv ("habe ... erobert", "seien ... eingenommen") or as hearsay
# ("sollen ... eingenommen haben", "reportedly", "allegedly", "said to have"), a verb of
# accusing, threatening or denying, a headline "Speaker: ..." or a quotation.
ATTRIBUTION = re.compile(
    r"\b(?:sag(?:t|te|ten|en)|gesagt|erklär\w*|teilt\w*\b[^.]{0,80}\bmit|mitgeteilt|mitteilt\w*|"
    r"meld(?:et|ete|eten|en)|(?:nach|laut) (?:\w+ ){0,2}Darstellung|charg(?:es|ed) that|"
    r"gemeldet|bericht\w*|behaupt\w*|betont\w*|bestätigt\w*|versichert\w*|verkündet\w*|"
    r"(?:gab|gaben|gibt|geben)\b[^.]{0,40}\ban|angegeben|hieß es|heißt es|demnach|laut|zufolge|"
    r"nach (?:\w+ ){0,2}Angaben|wirf\w*|warf\w*|vorgeworfen|beschuldigt\w*|(?:ge)?droh(?:t|te|ten|en)|"
    r"Drohung\w*|begründet\w*|kritisiert\w*|beklagt\w*|dementiert\w*|bestritt\w*|bestreit\w*|"
    r"wies\b[^.]{0,80}\bzurück|zurückgewiesen|habe|hätten|hätte|seien|sei|"
    r"soll(?:en|te|ten)?\b[^.]{0,100}\b(?:haben|sein)|reportedly|allegedly|purportedly|said to have|"
    r"said|says|claim(?:s|ed|ing)?|stated|announc(?:ed|es|ing)|report(?:s|ed|ing)?|told|tells|"
    r"added|adds|insist(?:s|ed)|assert(?:s|ed)|alleg(?:es|ed|edly|ation)|accus\w*|blam\w*|denie[sd]|deny|"
    r"reject(?:s|ed)|dismiss(?:es|ed)|confirm(?:s|ed)|according to|complain(?:s|ed)|critici[sz](?:es|ed)|"
    r"warn(?:s|ed)|threaten(?:s|ed)|noted|explained|stressed|emphasi[sz]ed|argued|maintain(?:s|ed)|"
    r"acknowledged|admitted|warnt\w*|räumt\w*\b[^.]{0,60}\bein|unterstrich\w*|bekräftigt\w*|"
    r"hob\b[^.]{0,60}\bhervor|als\b[^.,;]{0,40}\bbezeichne\w*|"
    r"bezeichne\w*\b[^.;]{0,60}\bals|(?<!,\s)describ(?:ed|es)\b[^.;]{0,60}\bas)\b|"
    # the German source after a comma ("..., so das Verteidigungsministerium")
    r",\s+so\s+(?!dass\b)(?:der|die|das|(?-i:[A-ZÄÖÜ])\w+)\b|"
    r"^\W*[A-ZÄÖÜ][\w.-]*(?: [\w.-]+){0,3}:\s|[\"“”„«»]", IC)


def _attributed(t: str) -> bool:
    """Whether a sentence tells its assertion as what someone says (see ATTRIBUTION)."""
    return ATTRIBUTION.search(t) is not None


# the next sentence naming the source of the one before ("Das teilte das Ministerium mit", "This
# was announced by", "so das Ministerium")
_SOURCE_NEXT = re.compile(r"^\W*(?:Das|Dies|This|That|It)\b[^.]{0,40}\b(?:teilte|sagte|erklärte|meldete|"
                          r"bestätigte|gab|said|announced|reported|confirmed|claimed)\b", IC)


def _attributed_at(sents: list[Sentence], i: int) -> bool:
    """Whether sentence `i` is told as what someone says: by itself, by the next sentence naming
    its source ("Das teilte ... mit"), or, for a headline (no final punctuation), by one of the
    two sentences after it (the lead that gives the source)."""
    t = sents[i].text
    if _attributed(t):
        return True
    after = sents[i + 1:i + 3]
    if after and _SOURCE_NEXT.match(after[0].text):
        return True
    heading = not t.rstrip().endswith((".", "!", "?", '"', ":"))
    return heading and any(_attributed(x.text) for x in after)


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
