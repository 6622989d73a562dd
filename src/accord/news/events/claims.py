"""Claims (CAMEO 010 statements; ASSAULT/192 for captures, ACCUSE/112 for rebuttals): territorial
gains claimed by a side (`MILITARY`, `CONTROL`, `ATTRIBUTED_CLAIM`), a settlement named only by
its kind (`_settlement_ref`), claims continued or restated in later sentences
(`_continued_claimants`, `_restated_claims`), accusations and denials (`ACCUSATION`, `DENIAL`,
`_accusations`, `_accused_by`, `_accused`), deals said broken or kept (`BROKEN`, `COMPLAINED`,
`KEPT`, `_kept`, `_if_or_will`) and attacks on energy sites told as a side's statement
(`ATTACKS`, `ENERGY_SITE`, `SAID_BY`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.common import (
    _CAPITALS,
    ACTORS,
    CLAIM,
    IC,
    _event,
    _is_region_of,
    _locates,
    _named_places,
    _topic,
)
from accord.news.events.rounds import _OTHER_SIDE
from accord.news.facts import NewsEvent
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence


# a capture told as what a side says ("Russland hat nach eigenen Angaben ... eingenommen",
# "Russia said it had captured"): a claim also without a word for troops
ATTRIBUTED_CLAIM = re.compile(r"\b(?:nach eigenen Angaben|eigenen Angaben zufolge|according to|"
                              r"(?:said|says|claimed|claims|announced|reported) (?:on \w+ )?(?:that )?"
                              r"(?:its|it|their|they)\b|teilte\w* [^.]{0,40}mit|meldete|erklärte|"
                              # the verb of claiming itself ("claimed the capture of", "behauptet")
                              r"claimed|behauptet\w*)", IC)
# German compounds count ("eine tschetschenische Spezialeinheit", "Sabotagetrupps")
MILITARY = re.compile(r"\b(?:\w*(?:truppen|trupps|einheit|einheiten)|Armee\w*|Streitkräfte\w*|Militärs?|"
                      r"Soldaten|troops|forces|units|army|military|Generalstab\w*|general staff|"
                      r"Verteidigungsministerium|defen[cs]e ministry)\b", IC)
CONFIRMED = re.compile(r"\bbestätigt\w*\b[^.]{0,80}\b(?:eingehalten|keine \w*\s?(?:Angriffe|Verstöße))|"
                       r"räumt\w* ein|confirmed\b", IC)


# a settlement named by its kind only: indefinite ("ein weiteres Dorf", "eines Dorfes", "a
# village"), its name told in the next sentences; definite ("Die Stadt", "the town"), the one
# named just before
_SETTLEMENT = r"(?:Dorf|Dorfes|Ort|Ortes|Ortschaft|Siedlung|Stadt|Kleinstadt|village|town|city|settlement)"
_SOME_SETTLEMENT = re.compile(r"\b(?:ein|eines|einem|einen|a|another)\s+(?:weiter\w*\s+|\w+en\s+|small\s+)?"
                              + _SETTLEMENT + r"\b(?!\s+(?:of\s+)?[A-ZÄÖÜ])")
_THE_SETTLEMENT = re.compile(r"\b(?:[Dd]ie|[Dd]as|[Dd]er|[Dd]em|[Tt]he)\s+" + _SETTLEMENT
                             + r"\b(?!\s+(?:of\s+)?[A-ZÄÖÜ])")


def _settlement_ref(s: Sentence, sents: list[Sentence], i: int, own: list[str]) -> str | None:
    """The place a settlement named only by its kind stands for: for "ein Dorf (in Kursk)", the
    first place introduced by its kind in the two sentences after ("die Ortschaft X"); for "die
    Stadt" in a sentence that names no place (`own`), the last town named in the sentence before
    (not a region, not a capital)."""
    if _SOME_SETTLEMENT.search(s.text) and all(_is_region_of(p, s.text) or _locates(s, p) for p in own):
        for nxt in sents[i + 1:i + 3]:
            named = _named_places(nxt)
            if named:
                return named[0]
        return None
    if _THE_SETTLEMENT.search(s.text) and i > 0 and not own:
        prev = sents[i - 1]
        towns = [m.entity for m in prev.mentions if m.kind == "place" and m.actor is None
                 and m.entity not in _CAPITALS and not _is_region_of(m.entity, prev.text)]
        return towns[-1] if towns else None
    return None


def _continued_claimants(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """A capture claim in the two sentences after another continues it: without a claimant it
    has that claim's ("The ministry said its forces had taken X"); without a place of its own
    it is the same claim told again ("die Truppen hätten die Ortschaft unter Kontrolle"), whose
    span then grows to cover it."""
    import bisect

    starts = [x.start for x in sents]
    out: list[NewsEvent] = []
    last: tuple[int, NewsEvent] | None = None
    for e in events:
        if e.kind != "claim" or e.claim not in (None, "capture"):
            out.append(e)
            continue
        k = bisect.bisect_right(starts, e.start) - 1
        near = last is not None and 0 < k - last[0] <= 2
        if near and last is not None and not e.parties:
            e.parties, e.against = list(last[1].parties), list(last[1].against)
        if near and last is not None and e.date_start is None and last[1].date_start is not None \
                and e.parties == last[1].parties and _ALSO.search(sents[k].text):
            # "Gerasimov also claimed ...": told at the same briefing as the claim before
            e.date_start, e.date_end = last[1].date_start, last[1].date_end
            e.date_basis = "date of the claim it continues"
        if near and last is not None and e.place is None and last[1].place is not None \
                and e.parties == last[1].parties:
            last[1].end = max(last[1].end, e.end)
            last = (k, last[1])
            continue
        out.append(e)
        if e.parties:
            last = (k, e)
    return out


# a capture told as a side's statement ("russische Erklärungen zur Einnahme", "Russia's claims
# of the capture", "Moscow's reports that")
_STATEMENT_NOUN = re.compile(r"\b(?:Erklärung\w*|Angaben|Behauptung\w*|Bericht\w*|Darstellung\w*|Meldung\w*|"
                             r"claims?|reports?|assertions?|statements?)\b", IC)


def _reported_claim(s: Sentence) -> str | None:
    """The side whose statement a capture is told as: the actor named right before a noun of
    statement ("russische Erklärungen", "Russia's claims") that comes before the verb of capture."""
    m = CLAIM.search(s.text)
    if m is None:
        return None
    for n in _STATEMENT_NOUN.finditer(s.text, 0, m.start()):
        if m.start() - n.end() > 40:
            continue
        for x in s.mentions:
            rel = x.start - s.start
            if x.actor in ("RUS", "UKR") and 0 <= n.start() - (x.end - s.start) <= 3 and rel < n.start():
                return x.actor
    return None


def _restated_claims(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """A claim of violation, compliance or accusation told again in the next three sentences
    (the lead and the quote it rests on, "the Ukrainians violated it several hundred times"
    after "a list of violations"): the same claim about the same place (and topic, when the
    repeat names one) is one record, the first."""
    import bisect

    starts = [x.start for x in sents]
    out: list[NewsEvent] = []
    for e in events:
        k = bisect.bisect_right(starts, e.start) - 1
        if e.kind == "claim" and e.claim in ("violation", "compliance", "accusation") and any(
                x.kind == "claim" and x.claim == e.claim and x.place == e.place and e.topic in (None, x.topic)
                and 0 < k - (bisect.bisect_right(starts, x.start) - 1) <= 3
                and not (e.claim == "accusation" and set(e.against) & set(x.parties)) for x in out) \
                and not _IN_TURN.search(sents[k].text):
            continue
        out.append(e)
    return out


ATTACKS = re.compile(r"\b(?:Angriff\w*|angegriffen|Attacke\w*|Beschuss|beschossen|attack(?:s|ed)|"
                     r"struck|strikes? (?:on|against))\b", IC)
ENERGY_SITE = re.compile(r"Energie\w*|energy|Raffinerie\w*|refiner(?:y|ies)|Kraftwerk\w*|"
                         r"power (?:plant|station)s?|Gas\w*station\w*", IC)
# told as what a side says (not what the reporter saw)
SAID_BY = re.compile(r"\b(?:teilte\w*\b[^.]{0,60}\bmit|erklärte\w*|hieß es|demnach|"
                     r"nach (?:russischen|ukrainischen) Angaben|said|says|according to|claimed|"
                     r"accused)\b", IC)
# what would or could be, or is meant to be: no assertion of what happened
_HYPOTHETICAL = re.compile(r"\b(?:wäre|wären|würde|würden|könnte|könnten|soll|sollen|sollte|sollten|kann|"
                           r"können|would|could|might|should)\b", IC)
# a sentence that goes on with what the speaker before said ("demnach", "hieß es weiter")
_TOLD_ON = re.compile(r"\b(?:demnach|hieß es weiter|zufolge dessen|the ministry added|it added)\b", IC)
# the other side's answer, not a repeat ("Moskau machte wiederum Kiew verantwortlich")
_IN_TURN = re.compile(r"\b(?:wiederum|seinerseits|ihrerseits|im Gegenzug|in turn|for its part|"
                      r"countered|in return)\b", IC)
_ALSO = re.compile(r"\b(?:also|auch|zudem|außerdem|ebenfalls|further)\b", IC)

CONTROL = re.compile(r"\b(?:unter (?:russische|ukrainische)r? Kontrolle|"
                     r"under (?:Russian|Ukrainian) control|(?:taken|took|gained|seized|established) "
                     r"(?:full )?control|Kontrolle\b[^.]{0,40}übernommen)\b", IC)
BROKEN = re.compile(r"\b(?:wirf\w*|warf\w*|vorgeworfen|beschuldig\w*|verletz\w*|gebrochen|brach\w*|"
                    r"missacht\w*|bricht|Verstoß\w*|Verstöße\w*|verstoßen|verstieß\w*|Bruch|torpediert\w*|"
                    r"accus\w*|violat\w*|breach\w*|broke|broken|breaking|flout\w*|"
                    # what one side did said not to match the deal ("Listen, die nicht der
                    # Vereinbarung entsprächen", "contrary to the agreement")
                    r"nicht (?:der|dem|den) (?:\w+ )?(?:Vereinbarung|Abkommen|Abmachung)\w*(?: \w+){0,3} "
                    r"entspr\w*|entgegen (?:der|dem|den) (?:\w+ )?(?:Vereinbarung|Abkommen|Abmachung)\w*|"
                    r"(?:contrary to|not in line with) the (?:\w+ )?(?:agreement|deal|accord))\b", IC)


# a side complaining the other acted outside the deal ("kritisierte, dass der Zeitpunkt nicht
# vereinbart gewesen, sondern eigenmächtig festgelegt worden sei", "complained ... unilaterally")
COMPLAINED = re.compile(r"\b(?:kritisiert\w*|beklagt\w*|bemängelt\w*|complain\w*|critici[sz]\w*)\b[^.]{0,80}"
                        r"\b(?:nicht vereinbart|nicht abgesprochen|eigenmächtig|einseitig|not agreed|"
                        r"unilateral\w*)\b", IC)


def _kept(t: str) -> bool:
    """Whether a sentence says a deal was kept: a verb of keeping not negated ("had not
    respected the truce", "nicht eingehalten", "hält die Waffenruhe nicht ein" tell a
    violation), or a verb of breaking negated ("never violated this commitment")."""
    return any(not _NEGATED.search(t[max(0, m.start() - 25):m.start()])
               and not re.search(r"\b(?:nicht|nie|kein\w*)\b", m.group(0), IC)
               for m in KEPT.finditer(t)) or any(
        _NEGATED.search(t[max(0, m.start() - 25):m.start()]) for m in BROKEN.finditer(t))


_NEGATED = re.compile(r"\b(?:not|never|n't|nicht|nie|kein\w*)\s+(?:\w+\s+)?$", IC)
KEPT = re.compile(r"\b(?:eingehalten|einhalten|hält sich|halten sich|erfüllt|complied|comply|"
                  r"honou?red|kept|respected|abided by|adhered to|"
                  # the separable verb: "hält die Waffenruhe (nicht) ein"
                  r"(?:hält|halten|hielt|hielten)\b[^.,;]{0,120}\bein)\b", IC)
DEAL = re.compile(r"\b(?:Abkommen|Vereinbarung(?:en)?|Waffenruhe|Feuerpause|Pause|Moratorium|"
                  r"Abmachung(?:en)?|deals?|agreements?|truce|ceasefire|pause|moratorium|accord|"
                  r"commitments?)\b", IC)
# a condition, a promise or a plan: what a side would do, not what it says was done
_IF_OR_WILL = re.compile(r"\b(?:sollte|sollten|falls|wenn|if|unless|should|werde|werden|wird|will|would|"
                         r"würde|würden|must|muss|müsse|müssen|einzuhalten|to comply|to respect|"
                         r"to honou?r|to abide)\b", IC)
_PARTICIPLE = r"(?:eingehalten|erfüllt|verletzt|gebrochen|missachtet|respektiert|umgesetzt)"
_PASSIVE = re.compile(r"\b" + _PARTICIPLE + r"\s+(?:werde|werden|wird|würden?)\b|"
                      r"\b(?:werde|werden|wird|würden?)\b(?=[^.,;]{0,60}\b" + _PARTICIPLE + r"\b)", IC)


def _if_or_will(t: str) -> bool:
    """A condition, promise or plan in `t`; a German passive is none ("dass die Forderungen nicht
    erfüllt würden": the auxiliary of what is said to happen)."""
    return _IF_OR_WILL.search(_PASSIVE.sub(" ", t)) is not None


ACCUSATION = re.compile(r"\b(?:wirft|warf|werfen|warfen)\b[^.]{0,100}\bvor\b|\bvorgeworfen\b|"
                        r"\bbeschuldig\w*|\bbezichtig\w*|\bverantwortlich gemacht\b|"
                        r"\bmach(?:t|te|en|ten)\b[^.]{0,80}\bverantwortlich\b|\baccus(?:e|es|ed|ing)\b|"
                        r"\bblam(?:e|es|ed|ing)\b|\bheld\b[^.]{0,30}\bresponsible\b|"
                        # "Moskau sei verantwortlich für den Angriff": the side named just before
                        r"\b(?:sei|seien|ist|is|was|were)\s+(?:\w+\s+)?(?:verantwortlich|responsible)\s+(?:für|for)\s+"
                        r"(?:den\s+|die\s+|das\s+|the\s+)?(?:\w+\s+)?(?:Angriff\w*|Anschlag\w*|Beschuss|"
                        r"Explosion\w*|attacks?|strikes?|shelling|explosions?)", IC)
DENIAL = re.compile(r"\b(?:Vorw[üu]rf\w*|Anschuldigung\w*|accusations?|allegations?)\b[^.]{0,80}"
                    r"\b(?:zurückgewiesen|zurückzuweisen|bestritten|dementiert|denied|rejected|dismissed)\b|"
                    r"\b(?:wies|weist|wiesen|weisen)\b[^.]{0,80}\b(?:Vorw[üu]rf\w*|Anschuldigung\w*)[^.]{0,80}"
                    r"\bzurück\b|\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)\b[^.]{0,40}"
                    r"\b(?:accusations?|allegations?|charges?)\b", IC)
MUTUAL = re.compile(r"\bgegenseitig\b|\beach other\b|\bone another\b", IC)
# an accusation inside a question, a hypothesis or a report about accusations in general
OPINION_CLAIM = re.compile(r"\b(?:könnte|würde|would|could|might)\b[^.]{0,40}\b(?:vorwerfen|accuse)\b", IC)


def _accusations(s: Sentence, places: list[str]) -> list[NewsEvent]:
    t = s.text
    denial = DENIAL.search(t) is not None
    place = next((p for p in places if p not in _CAPITALS), None)
    base = _event("claim", s, place=place, topic=_topic(t), claim="denial" if denial else "accusation")
    warring = [a for a in s.actors() if a in ("RUS", "UKR")]
    if MUTUAL.search(t) and len(set(warring) | set(base.parties)) >= 1:
        sides = sorted(set(warring) | ({"RUS", "UKR"} if len(set(warring)) < 2 else set()))
        out = []
        for side in sides:
            e = _event("claim", s, place=place, topic=base.topic, claim="accusation")
            e.parties, e.against = [side], [x for x in sides if x != side]
            e.cue = "rule: mutual accusation"
            out.append(e)
        return out
    accused = _accused_by(s)
    base.parties = [a for a in base.parties if a not in accused] or [
        a for a in s.actors() if a in ACTORS and a not in accused][:1]
    base.against = accused or [_OTHER_SIDE[a] for a in base.parties if a in _OTHER_SIDE]
    base.cue = "rule: denial of an accusation" if denial else "rule: accusation"
    return [base]


def _accused_by(s: Sentence) -> list[str]:
    """Actors named right after the accusation verb, or before 'verantwortlich'/'responsible'."""
    m = ACCUSATION.search(s.text)
    if m is None:
        return []
    out: list[str] = []
    before = m.group(0).split()[0].lower() in ("sei", "seien", "ist", "is", "was", "were")
    for x in s.mentions:
        rel, end = x.start - s.start, x.end - s.start
        if x.actor in ACTORS and x.actor not in out and (
                m.start() < rel < m.end() + 25 or (before and 0 <= m.start() - end <= 2)):
            out.append(x.actor)
    return out


def _accused(s: Sentence) -> list[str]:
    """Actors named right after an accusation verb ("wirft Russland vor", "accused Russia of")."""
    m = BROKEN.search(s.text)
    if m is None:
        return []
    out = []
    for x in s.mentions:
        rel = x.start - s.start
        if x.actor and m.end() <= rel <= m.end() + 25 and x.actor not in out:
            out.append(x.actor)
    return out


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
