"""Claims (CAMEO 010 statements; ASSAULT/192 for captures, ACCUSE/112 for rebuttals): territorial
gains claimed by a side (`MILITARY`, `CONTROL`, `ATTRIBUTED_CLAIM`), a settlement named only by
its kind (`_settlement_ref`), claims continued or restated in later sentences
(`_continued_claimants`, `_restated_claims`), accusations and denials (`ACCUSATION`, `DENIAL`,
`_accusations`, `_accused_by`, `_accused`), deals said broken or kept (`BROKEN`, `COMPLAINED`,
`KEPT`, `_kept`, `_if_or_will`) and attacks on energy sites told as a side's statement
(`ATTACKS`, `ENERGY_SITE`, `SAID_BY`), a side said to hold a place (`HELD`); then, over all
claims, who claims what against whom on which deal (`claim_sides`: claimant, side accused,
deal, type of claim, each with the cue that decided it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.common import (
    _CAPITALS,
    ACTORS,
    CLAIM,
    IC,
    REBUTTAL,
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
        same = [x for x in out if e.kind == "claim" and e.claim in ("violation", "compliance", "accusation")
                and x.kind == "claim" and _WRONG.get(x.claim or "", x.claim) == _WRONG.get(e.claim, e.claim)
                and x.place == e.place
                and e.topic in (None, x.topic)
                and 0 < k - (bisect.bisect_right(starts, x.start) - 1) <= 3
                and not (e.claim == "accusation" and set(e.against) & set(x.parties))]
        if same and not _IN_TURN.search(sents[k].text):
            first = same[0]
            if _heading(sents[bisect.bisect_right(starts, first.start) - 1]) and not _heading(sents[k]) \
                    and set(first.parties) & set(e.parties):
                # a headline told again in the body: the body's sentence carries the claim's fields
                out[out.index(first)] = e
            continue
        out.append(e)
    return out


# a capture told by its verb with a place as object ("had finally taken the city"), not people
# moved ("were taken to Türkiye", "nach Moskau gebracht")
_TAKEN = re.compile(r"\b(?:(?:nimmt|nehmen|nahm|nahmen)\b[^.,;]{0,80}\bein|einnehmen|eingenommen|erober\w*|"
                    # advancing: "rückte bis X vor", "drangen in den Ort vor", "advanced to"
                    r"(?:rückt\w*|drang\w*|dringt|dringen)\b[^.,;]{0,80}\bvor|vorgerückt|vorgedrungen|advanc\w*|"
                    r"befrei\w*|besetz\w*|takes|taken|took|seiz\w*|captur\w*|liberat\w*|occup\w*)\b"
                    r"(?!\s+(?:to|into|nach|in die|part|place|away|hostage|prisoners?|captive|"
                    r"in Gefangenschaft)\b)", IC)
_MOVED = re.compile(r"\b(?:taken|brought|moved|transferred|flown|gebracht|überstellt|verlegt|ausgeflogen)\s+"
                    r"(?:to|into|nach|in die)\b", IC)
# control asked to be recognised: a position on territory, not a claim of what is held
_RECOGNISED = re.compile(r"\b(?:recogni[sz]\w*|anerkenn\w*|Anerkennung)\b[^.;]{0,40}\b(?:control|Kontrolle|"
                         r"sovereignty|Souveränität)\b", IC)


def _no_capture(e: NewsEvent, s: Sentence) -> bool:
    """Whether a capture or control claim (of the kind model above all) asserts no capture: people
    moved ("five commanders were taken to Türkiye"), control asked to be recognised ("a settlement
    needed to recognise Russia's control over four regions"), or no verb or noun of taking or
    holding at all."""
    t = s.text
    if e.claim not in ("capture", "control"):
        return False
    if _RECOGNISED.search(t):
        return True
    return not (CLAIM.search(t) or CONTROL.search(t) or HELD.search(t) or _TAKEN.search(t)) \
        or (_MOVED.search(t) is not None and not CLAIM.search(t))


def _not_claims(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """Claims whose sentence asserts no capture (`_no_capture`) are dropped."""
    import bisect

    starts = [x.start for x in sents]
    return [e for e in events if not (e.kind == "claim" and _no_capture(
        e, sents[bisect.bisect_right(starts, e.start) - 1]))]


# a deal broken and an accusation both assert the other side's wrongdoing: told again, one claim
_WRONG = {"violation": "wrong", "accusation": "wrong"}


def _heading(s: Sentence) -> bool:
    """A headline or subheading: no final punctuation."""
    return not s.text.rstrip().endswith((".", "!", "?", '"', "“", "”", "»", ":"))


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

# a side said to hold a place (still, or a part of it), not to take it: a claim of control
HELD = re.compile(r"\b(?:still|weiterhin|noch) (?:hold|holds|held|controls?|kontrollier\w*|halten|hält)\b|"
                  r"\b(?:hold|holds|held)\b(?: on to| onto)? (?:the )?(?:\w+ )?(?:part|parts|half|most) of\b|"
                  r"\bremain\w* under (?:Ukrainian|Russian) control\b", IC)
CONTROL = re.compile(r"\b(?:unter (?:russische|ukrainische)r? Kontrolle|"
                     r"under (?:Russian|Ukrainian) control|(?:taken|took|gained|seized|established) "
                     r"(?:full )?control|Kontrolle\b[^.]{0,40}übernommen)\b", IC)
BROKEN = re.compile(r"\b(?:wirf\w*|warf\w*|vorgeworfen|beschuldig\w*|gebrochen|brach\w*|"
                    # verletzen as a verb ("hat die Waffenruhe verletzt", "verletzte Russland die
                    # Feuerpause") and the noun of a breach ("Verletzung der Waffenruhe"), not the
                    # injured ("mehrere Verletzte", "verletzte Zivilisten")
                    r"(?-i:verletz(?:t|en|e|st|tet)\b|verletzte[nrsm]?\b(?!\s+[A-ZÄÖÜ]\w*\b(?!\s+(?:die|den|das|"
                    r"der|dem|des|ein|eine|einen)\b)))|Verletzung(?:en)?\s+(?:der|des|von|gegen)\b|"
                    r"missacht\w*|bricht|Verstoß\w*|Verstöße\w*|verstoßen|verstieß\w*|Bruch|torpediert\w*|"
                    # (not an agentless participle, "a lawmaker accused of treason": no one's claim)
                    r"accus\w*(?!\s+of\b)|violat\w*|breach\w*|broke|broken|breaking|flout\w*|"
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
KEPT = re.compile(r"\b(?:eingehalten|einhalten|"
                  # the separable verb first: "hält sich (Russland) (nicht) an"
                  r"(?:hält|halten|hielt|hielten) sich\b[^.,;]{0,60}\ban\b|"
                  r"hält sich|halten sich|erfüllt|complied|comply|"
                  # the verb last in a clause: "dass sich die Armee streng an die Feuerpause halte",
                  # "dass Kiew die Waffenruhe einhalte"
                  r"sich\b[^.,;]{0,60}\ban\b[^.,;]{0,60}\b(?:halte|halten|hält|hielt|hielte|hielten)|"
                  r"einhalte|einhält|einhielt\w*|"
                  # a side's part done by the deal ("die Listen übergeben, gemäß der Vereinbarung",
                  # "handed over the lists in line with the agreement"); not a plan told as agreed
                  # ("gemäß der Vereinbarung seien Vertreter ... dabei")
                  r"(?:übergeben|übergab\w*|übermittelt\w*|umgesetzt|handed over|submitted|delivered|"
                  r"carried out)\b[^.;]{0,80}\b(?:gemäß|entsprechend|in line with|in accordance with) "
                  r"(?:der|dem|den|the) (?:\w+ )?(?:Vereinbarung|Abkommen|Abmachung|agreement|deal)|"
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
                        r"\bmach(?:t|te|en|ten)\b[^.]{0,80}\bverantwortlich\b|\baccus(?:e|es|ed|ing)\b(?!\s+of\b)|"
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


# accusers who are no party (corpus README: a claim is a side's assertion; opinions of
# commentators are not coded): critics, analysts, observers, experts, commentators, rights groups,
# the media
NON_PARTY = re.compile(r"\b(?:Kritiker\w*|Analyst\w*|Beobachter\w*|Expert\w*|Kommentator\w*|"
                       r"Menschenrechtl\w*|Menschenrechtsorganisation\w*|Medien|Zeitung\w*|Historiker\w*|"
                       r"critics|analysts|observers|experts|commentators|rights (?:groups|organi[sz]ations|"
                       r"activists)|watchdogs?|media|newspapers?|historians|scholars)\b", IC)


def _non_party_accuser(s: Sentence) -> bool:
    """Whether the accusation or breach told in a sentence is voiced by a non-party (critics,
    analysts, rights groups, the media): such a word before the verb, no side named before it."""
    verb = ACCUSATION.search(s.text) or BROKEN.search(s.text)
    if verb is None:
        return False
    before = s.text[:verb.start()]
    return NON_PARTY.search(before) is not None and not any(
        m.actor in ACTORS and m.start - s.start < verb.start() and m.kind in ("actor", "person", "place")
        for m in s.mentions)


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


# -- who claims what against whom, on which deal ------------------------------------------------

# the source a claim is told from ("nach ukrainischen Angaben", "laut Moskau", "according to
# officials in Kyiv", "citing the Russian ministry")
_SOURCE = re.compile(r"\b(?:nach (?:\w+\s+){0,2}Angaben|laut|according to|citing)\b", IC)
_SOURCE_AFTER = re.compile(r"\bzufolge\b", IC)
# a source that speaks for no side: analysts, observers, a mapping project
_NO_SIDE_SOURCE = re.compile(r"\W*(?:\w+\s+){0,2}(?:Analyst\w*|Analytiker\w*|Expert\w*|Beobachter\w*|"
                             r"Militärblogger\w*|Institut\w*|Denkfabrik\w*|think tanks?|analysts?|"
                             r"experts?|observers?|monitors?|bloggers?|ISW|DeepState)\b", IC)
# a verb of saying, claiming, accusing or denying: its subject is the claimant
_SPEECH = re.compile(r"\b(?:sagt\w*|erklärt\w*|teilt\w*|behauptet\w*|bestätigt\w*|betont\w*|kritisiert\w*|"
                     r"beklagt\w*|meldet\w*|berichtet\w*|warnt\w*|wies|weist|wiesen|weisen|warf|wirft|"
                     r"werfen|warfen|beschuldigt\w*|bezichtigt\w*|bestritt\w*|bestreitet|bestreiten|"
                     r"dementiert\w*|räumt\w*|macht|machte|machen|machten|sprach\w*|schrieb\w*|schreibt|"
                     r"said|says|say|stated|stressed|insisted|claimed|claims|told|reported|announced|"
                     r"denied|denies|deny|rejected|rejects|dismissed|accused|accuses|accuse|blamed|"
                     r"blames|blame|confirmed|complained|added|alleged|wrote|writes|posted|assured|assures|"
                     r"versicherte\w*|versichert)\b", IC)
# verbs of saying whose subject may follow them ("..., erklärte der Sprecher in Kiew")
_SAYING = re.compile(r"(?:sagt|erklärt|teilt|betont|meldet|berichtet|bestätigt|schrieb|schreibt|said|says|"
                     r"stated|stressed|told|added|announced|confirmed|reported|wrote|writes|posted)", IC)
# a side named inside a phrase a preposition governs is not the subject ("nach dem Angriff auf Kiew")
_GOVERNED = re.compile(r"\b(?:auf|gegen|in|im|nach|über|für|mit|against|on|at|for|with|into|toward|"
                       r"unlike|anders als|wie)\s+(?-i:[a-zäöüß]\w*\s+){0,2}$", IC)
# ... except an institution and its seat ("der Stab in Kiew", "the government in Moscow")
_SEAT = re.compile(r"(?:stab|ministerium|ministry|regierung|government|behörden|authorities|officials|"
                   r"führung|kommando|command|generalstab|general staff)\s+(?:in|aus|of)\s+$", IC)
# what ends the clause of a subject: a subordinate clause, a quote, a coordinated clause
_CLAUSE_BREAK = re.compile(r"\b(?:dass|that|ob|whether)\b|[„“\"»«;:]|,\s*(?:und|and|aber|but|doch|while|"
                           r"während|sondern)\b", IC)
_CLAUSE_START = re.compile(r"(?:^|[,;:„“”\"'»«–-])\s*$")
# reported speech with no verb of saying (Konjunktiv I, "demnach"): the speaker before goes on
_REPORTED = re.compile(r"\b(?:habe|sei|seien|hätten|demnach)\b", IC)
# holding a place, not taking it ("still hold the northern part", "kontrollieren weiterhin")
_HOLD = re.compile(r"\b(?:kontrollier\w*|halten|hält|hielten|hold|holds|held|holding|remain\w* under|"
                   r"(?:noch|weiterhin|still) (?:unter|under))\b", IC)
_TAKE = re.compile(r"\b(?:eingenommen|erobert|captured|seized|took|taken|Einnahme|Eroberung|"
                   r"capture of)\b", IC)
_HOLDER = re.compile(r"\b(?:unter (?P<de>russische|ukrainische)r? Kontrolle|"
                     r"under (?P<en>Russian|Ukrainian) control)\b", IC)
# the deals a claim of breaking or keeping is about (an energy pause, a truce, an exchange)
_DEAL_TOPICS = ("ceasefire.", "humanitarian.")


# -- attacks told by a side -------------------------------------------------------------------
# what the claim is about: an attack, a strike, shelling, a breakthrough attempt (German verbs with
# their separable particle and participle, nouns and compounds; English verbs and nouns); not a
# breakthrough in talks, not striking a deal
ATTACK = re.compile(r"\b(?:(?:greif|griff)\w*\b[^.;:]{0,80}\ban\b|angegriffen|anzugreifen|"
                    r"\w*(?<!Verhandlungs)[Aa]ngriff(?:e|en|es|s)?(?!skrieg)\b|Attacke\w*|attackier\w*|"
                    r"beschoss\w*|beschossen|beschieß\w*|\w*[Bb]eschuss\w*|bombardier\w*|Bombardement\w*|"
                    r"Durchbruch\w*[- ]?[Vv]ersuch\w*|durchzubrechen|"
                    r"attack(?:s|ed|ing)?|(?:missile|drone|air|artillery)\s+strikes?|"
                    r"strikes?\s+(?:on|against|at)|struck|shell(?:ed|ing)|bomb(?:ed|ing|ardment)|pounded|"
                    r"breakthrough attempts?|(?:Rakete\w*|Drohne\w*|Lenkbombe\w*|Geschoss\w*|missiles?|"
                    r"drones?|rockets?|shells?|glide bombs?)\b[^.;]{0,30}\b(?:trafen|traf|getroffen|"
                    r"schlug\w* [^.;]{0,30}ein|eingeschlagen|hit|landed))\b", IC)
# an attack said to have had nothing to do with the side, or denied ("had nothing to do with the
# strikes", "habe mit dem Angriff nichts zu tun", "bestritt, ... angegriffen zu haben")
_NOTHING_TO_DO = re.compile(r"\bnothing to do\W{0,2}\s+with\b|\bnichts\b[^.;]{0,40}\bzu tun\b|"
                            r"\bnot involved\b|\bnicht beteiligt\b|\bbestritt\w*|\bbestreitet\b|"
                            r"\bdementiert\w*|\bdenied\b|\bdenies\b", IC)
# where an attack is concrete enough to be asserted: a place, the front, damage or victims
_CONCRETE = re.compile(r"\b(?:Front\w*|front ?lines?|frontline|Schäden|Schaden|beschädigt|zerstört|"
                       r"Tote\w*|getötet|Verletzte\w*|verletzt|damage\w*|destroyed|killed|injured|"
                       r"wounded)\b", IC)


# a state or military institution that speaks without its side named ("die Luftwaffe", "the
# general staff", "officials")
_INSTITUTION = re.compile(r"\b(?:Luftwaffe|Luftstreitkräfte|Armee|Militär|Generalstab|Ministerium|"
                          r"Behörde\w*|Stab|Regierung|Verwaltung|Gouverneur|air force|army|military|"
                          r"general staff|ministry|authorities|officials|governor|administration)\b", IC)


def _attack_claimant(s: Sentence) -> str | None:
    """The side an attack is told by: the claimant of the sentence (`_claimant`); when it relays
    what a warring side said ("Turkey's minister said Russian officials had told Ankara that
    ..."), that side."""
    found = _claimant(s)
    who = found[0] if found else None
    if who in ("RUS", "UKR"):
        return who
    for v in _SPEECH.finditer(s.text):
        k = v.end()
        if who is None or k <= 0:
            continue
        inner = _claimant(_tail(s, k))
        if inner is not None and inner[0] in ("RUS", "UKR"):
            return inner[0]
    return who


def _tail(s: Sentence, k: int) -> Sentence:
    """The part of `s` after character `k` (its mentions with it), to read a clause inside."""
    from accord.news.extract import Sentence as _Sentence

    return _Sentence(start=s.start + k, end=s.end, text=s.text[k:],
                     mentions=[m for m in s.mentions if m.start >= s.start + k])


def attack_report(s: Sentence, last: NewsEvent | None, near: bool) -> list[NewsEvent]:
    """An attack told by a side (corpus README: an attributed, contested assertion): the content
    (`ATTACK`) concrete (a place, the front, damage or victims), told as what a side says (the
    claimant of the sentence, or the side that spoke in the sentence just before when the
    sentence goes on in reported speech, "hieß es", "demnach", Konjunktiv I), about the other
    side; not a plan, a threat or a condition. One claim per place attacked; a side saying it had
    nothing to do with the attack is its denial."""
    t = s.text
    m = ATTACK.search(t)
    if m is None or _HYPOTHETICAL.search(t) or _if_or_will(t):
        return []
    who = _attack_claimant(s)
    how = "said by"
    # a side named as a speaker ("as Kyiv states", "Moskau erklärte") is not the attacker
    speakers = {x.start for x in s.mentions if _SPEECH.match(t, x.end - s.start + 1)
                or _SPEECH.match(t, x.end - s.start + 3)}
    sides = [x.actor for x in s.mentions if x.actor in ("RUS", "UKR") and x.actor != who
             and x.start not in speakers]
    if who is None and sides and _INSTITUTION.search(t) and _SPEECH.search(t):
        # "meldete die Luftwaffe, dass Russland ... angegriffen habe": an institution with no side
        # named reports the other side's attack: the side attacked speaks
        who, how = _OTHER_SIDE[sides[0]], "an institution of the side attacked:"
    if who is None and near and last is not None and last.parties and (
            _TOLD_ON.search(t) or re.search(r"\bhieß es\b|\bheißt es\b", t, IC)
            or (_REPORTED.search(t) and not _SPEECH.search(t))):
        who, how = last.parties[0], "reported speech going on from"
    if who is None:
        return []
    denial = _NOTHING_TO_DO.search(t) is not None
    sides = [a for a in sides if a != who]
    attacker = sides[0] if sides else None
    if attacker is None and not denial and not (how != "said by" and last is not None and last.against):
        return []  # no other side said to attack: the side's own action, or no one's
    places: list[str] = []
    for x in s.mentions:
        if x.kind != "place" or x.entity in places:
            continue
        before = t[max(0, x.start - s.start - 40):x.start - s.start]
        if x.entity in _CAPITALS and not re.search(r"\b(?:auf|on|against|at|gegen)\s+(?:\w+\s+){0,2}$",
                                                   before, IC):
            continue  # the seat of a speaker ("das Ministerium in Moskau", "told Ankara"), not the target
        places.append(x.entity)
    specific = [p for p in places if not _is_region_of(p, t)]
    own = specific or places
    if not own and not _CONCRETE.search(t):
        return []  # "meldet ukrainische Angriffe": no place, front, damage or victims: a summary
    out = []
    targets: list[str | None] = list(own) or [None]
    for p in targets:
        e = _event("claim", s, place=p, claim="denial" if denial else "accusation", topic=_topic(t))
        e.parties = [who]
        e.against = [attacker] if attacker else list(last.against if last and how != "said by" else [])
        e.cue = (f"rule: an attack told by a side ('{m.group(0)[:30]}'; {how} {who})"
                 + ("; denied" if denial else ""))
        out.append(e)
    return out


# -- an assertion and the other side's doubt or denial ----------------------------------------
# verbs that doubt or deny a proposition ("zog in Zweifel, dass", "bestritt", "widersprach",
# "denied that", "disputed", "cast doubt on"); rejecting or dismissing only with an assertion as
# object ("wies die Angaben zurück", "dismissed the reports as false")
_ASSERTION = (r"(?:Angaben|Behauptung\w*|Darstellung\w*|Vorw[üu]rf\w*|Bericht\w*|Erklärung\w*|Aussage\w*|"
              r"Meldung\w*|claims?|reports?|assertions?|allegations?|statements?|account|accusations?|"
              r"version)")
DOUBT = re.compile(r"\bin Zweifel\b|\bbezweifel\w*|\bin Abrede\b|\bbestritt\w*|\bbestreit(?:et|en)\b|"
                   r"\bdementiert\w*|\bwidersprach\w*|\bwiderspr(?:icht|echen)\b|\bden(?:y|ies|ied)\b|"
                   r"\bdisput(?:e|es|ed)\b|\brefut(?:e|es|ed)\b|\bquestion(?:s|ed)\b|"
                   r"\bcast(?:s|ing)? doubt\b|"
                   r"\b(?:wies|weist|wiesen|weisen)\b[^.;]{0,60}\b" + _ASSERTION + r"[^.;]{0,60}\bzurück\b|"
                   r"\b" + _ASSERTION + r"\b[^.;]{0,40}\b(?:zurückgewiesen|rejected|dismissed)\b|"
                   r"\b(?:rejected|rejects|dismissed|dismisses|challenged|challenges)\b[^.;]{0,30}\b"
                   + _ASSERTION + r"\b|\b(?:als|as)\s+(?:falsch|unwahr|Lüge|Fälschung|false|untrue|a lie|"
                   r"fake)\b", IC)
# an assertion told with what it asserts: a clause ("dass", "that", Konjunktiv I, a quote or colon)
_COMPLEMENT = re.compile(r"\b(?:dass|that|habe|hätten|sei|seien|wäre|wären)\b|[\"“„«:]", IC)
# the doubt in the same sentence ("..., an assertion challenged by Kyiv", "..., was Kiew bestritt")
CONTESTED_BY = re.compile(r",\s*(?:an?\s+|the\s+)?(?:assertion|claim|statement|account|allegation|version)\s+"
                          r"(?:\w+\s+)?(?:challenged|disputed|denied|rejected|dismissed|refuted|questioned|"
                          r"contested)\s+by\b|,\s*(?:which|something|a claim)\s+(?:\w+\s+){1,3}?"
                          r"(?:denied|denies|disputed|disputes|rejected|rejects|dismissed|refuted|questioned|challenged)\b|"
                          r",\s*was\s+(?:\w+\s+){1,4}?(?:bestritt|bestreitet|zurückwies|zurückweist|dementierte|"
                          r"dementiert|bezweifelte|bezweifelt|in Zweifel zog|in Abrede stellte)\b", IC)


def _head(s: Sentence, k: int) -> Sentence:
    """The part of `s` before character `k` (its mentions with it)."""
    from accord.news.extract import Sentence as _Sentence

    return _Sentence(start=s.start, end=s.start + k, text=s.text[:k],
                     mentions=[m for m in s.mentions if m.end <= s.start + k])


def contested(s: Sentence, prev: Sentence | None) -> tuple[str, str, bool] | None:
    """An assertion of one side that another side doubts or denies (corpus README: an attributed,
    contested assertion, and its denial): `(asserter, denier, same_sentence)`. In one sentence:
    a side's statement and ", an assertion challenged by X" / ", was X bestritt"; over two: the
    sentence before tells a side's statement with what it asserts ("Moskau erklärte, dass ..."),
    this one has another side doubt or deny it ("Kiew zog in Zweifel, dass ...")."""
    t = s.text
    if (c := CONTESTED_BY.search(t)) is not None:
        found = _claimant(_head(s, c.start()))
        denier = next((m.actor for m in s.mentions
                       if _side(m.actor) and m.start - s.start >= c.start()), None)
        if found is not None and found[0] is not None and denier is not None and denier != found[0]:
            return found[0], denier, True
        return None
    # (the clause of the assertion: up to a dash or semicolon that starts another)
    if prev is None or DOUBT.search(t) is None or _HYPOTHETICAL.search(re.split(r"\s[–—]\s|;", prev.text)[0]):
        return None
    mine, theirs = _subject(s, DOUBT.search(t)), _claimant(prev)  # type: ignore[arg-type]
    if mine is None or theirs is None or theirs[0] is None or mine == theirs[0]:
        return None
    if not _COMPLEMENT.search(prev.text) or not _SPEECH.search(prev.text):
        return None
    return theirs[0], mine, False


def _subject(s: Sentence, v: re.Match[str]) -> str | None:
    """The side that is the subject of the verb matched at `v`: named before it in its clause and
    governed by no preposition ("Kiew zog in Zweifel"), else right after it ("Am Montag bestritt
    Moskau")."""
    t = s.text
    before = [m for m in s.mentions if _side(m.actor) and m.end - s.start <= v.start()
              and v.start() - (m.end - s.start) <= 60
              and not _CLAUSE_BREAK.search(t, m.end - s.start, v.start())
              and "," not in t[m.end - s.start:v.start()]
              and not re.match(r"[’']s\b", t[m.end - s.start:])
              and not _GOVERNED.search(t, max(0, m.start - s.start - 30), m.start - s.start)]
    if before:
        return before[0].actor
    after = [m for m in s.mentions if _side(m.actor) and 0 <= m.start - s.start - v.end() <= 30
             and not re.search(r"\b(?:dass|that)\b|[,;]", t[v.end():m.start - s.start], IC)
             and not _GOVERNED.search(t, max(0, m.start - s.start - 30), m.start - s.start)
             and not re.match(r"[’']s\b", t[m.end - s.start:])]
    return after[0].actor if after and v.start() < 40 else None


def _side(actor: str | None) -> bool:
    return actor is not None and actor in ACTORS


def _claimant(s: Sentence) -> tuple[str | None, str] | None:
    """The side that makes the claim told in `s`, with how it was found: the source named
    ("nach Angaben aus Kiew", "according to Moscow"), else the subject of the first verb of
    saying, claiming, accusing or denying ("Peskov said", "Russland, das ..., wirft Kiew vor",
    "..., teilte das russische Ministerium mit"). `(None, how)` when the source speaks for no
    side (analysts); None when the sentence names no speaker."""
    t = s.text
    if (head := re.match(r"\W*([A-ZÄÖÜ][\w-]*):\s", t)) is not None and (
            lead := next((m for m in s.mentions
                          if _side(m.actor) and m.start - s.start == head.start(1)), None)):
        return lead.actor, f"the headline's speaker '{head.group(1)}'"  # "Kiew: Russland verstieß ..."
    verb = _SPEECH.search(t)
    for src in _SOURCE.finditer(t):
        if verb is not None and verb.end() < src.start() and (
                by_verb := _claimant(_head(s, src.start()))) is not None and by_verb[0] is not None:
            # "Trump hatte behauptet, ... – laut ukrainischem Wetterbericht": the speaker of the
            # clause before the source
            return by_verb
        if _NO_SIDE_SOURCE.match(t, src.end()):
            return None, f"the source speaks for no side ('{src.group(0)}')"
        for m in s.mentions:
            rel = m.start - s.start
            if _side(m.actor) and src.start() <= rel <= src.end() + 30:
                return m.actor, f"source '{t[src.start():m.end - s.start]}'"
    for src in _SOURCE_AFTER.finditer(t):
        # "Kiew zufolge", "ukrainischen Angaben zufolge": the side named just before
        near = [m for m in s.mentions if _side(m.actor) and 0 <= src.start() - (m.end - s.start) <= 25]
        if near:
            return near[-1].actor, f"source '{t[near[-1].start - s.start:src.end()]}'"
    for v in _SPEECH.finditer(t):
        if v.group(0).lower() in ("claims", "reports", "says", "blame") and re.search(
                r"[’']s\s+$|\b(?:the|its|their|his|her)\s+$", t[max(0, v.start() - 7):v.start()], IC):
            continue  # a noun ("Moscow's claims", "the reports"), not a verb of saying
        if _CLAUSE_START.search(t, 0, v.start()) and _SAYING.match(v.group(0)):
            # "..., erklärte der Sprecher in Kiew", "„...“, sagte Peskow": the subject follows
            after = [m for m in s.mentions if _side(m.actor) and 0 <= m.start - s.start - v.end() <= 60
                     and not re.search(r"\b(?:dass|that)\b|[,;]", t[v.end():m.start - s.start], IC)]
            if after:
                return after[0].actor, f"speaker after '{v.group(0)}'"
            continue
        # the subject: the first side named in the clause before the verb that no preposition
        # governs ("Russland, das ukrainische Städte angreift, wirft Kiew vor": Russland)
        before = [m for m in s.mentions if _side(m.actor) and m.end - s.start <= v.start()
                  and v.start() - (m.end - s.start) <= 90
                  and not _CLAUSE_BREAK.search(t, m.end - s.start, v.start())
                  and (not _GOVERNED.search(t, max(0, m.start - s.start - 30), m.start - s.start)
                       or _SEAT.search(t, max(0, m.start - s.start - 30), m.start - s.start))]
        if not before and _SAYING.match(v.group(0)):
            # "Am Morgen meldete die Ukraine, dass", "Allerdings berichtete die Ukraine von":
            # the subject after the verb when the clause names none before it
            after = [m for m in s.mentions if _side(m.actor) and 0 <= m.start - s.start - v.end() <= 40
                     and not re.search(r"\b(?:dass|that)\b|[,;]", t[v.end():m.start - s.start], IC)
                     and not _GOVERNED.search(t, max(0, m.start - s.start - 30), m.start - s.start)]
            if after:
                return after[0].actor, f"speaker after '{v.group(0)}'"
        comma = t.rfind(",", 0, v.start())
        if comma >= 0 and (tail := [m for m in before if m.start - s.start > comma]):
            # "..., the Ukrainian military said": the subject is in the clause right before the verb
            before = tail
        if before:
            return before[0].actor, f"speaker of '{v.group(0)}'"
    return None


def _mode_cue(t: str, claim: str) -> str:
    """The words that make the claim what it is, quoted (at most 40 characters)."""
    cues = {"capture": (CLAIM, CONTROL), "control": (_HOLD, CONTROL, CLAIM),
            "violation": (BROKEN, COMPLAINED, KEPT), "compliance": (KEPT, BROKEN, CONFIRMED),
            "accusation": (ACCUSATION, BROKEN, ATTACKS, ATTACK),
            "denial": (DENIAL, REBUTTAL, _NOTHING_TO_DO)}.get(claim, ())
    for rx in cues:
        if (m := rx.search(t)) is not None:
            return f"'{m.group(0)[:40]}'"
    return "the rule's cue"


def claim_sides(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """Who claims what against whom, on which deal, for every claim: the claimant (`parties`:
    the side that speaks: the source named, the subject of the verb of saying or accusing, the
    speaker of the claim before when reported speech goes on), the side accused or contradicted
    (`against`), the deal or issue (`topic`: named in the sentence, else the deal reported in the
    four sentences before) and the type (`claim`: capture, control, violation, compliance,
    accusation, denial). `cue` says what decided each. A deal both sides say the other broke
    ("blamed each other for breaking the truce") is one claim per side, in the order the text
    names them."""
    import bisect

    starts = [x.start for x in sents]
    claimants_in: dict[int, set[tuple[str, ...]]] = {}
    for e in events:
        if e.kind == "claim":
            claimants_in.setdefault(bisect.bisect_right(starts, e.start) - 1, set()).add(tuple(e.parties))
    out: list[NewsEvent] = []
    for e in events:
        if e.kind != "claim":
            out.append(e)
            continue
        k = bisect.bisect_right(starts, e.start) - 1
        s = sents[k]
        t = s.text
        if "mutual" in (e.cue or ""):
            out.append(e)
            continue
        if e.claim in ("violation", "accusation") and (mutual := MUTUAL.search(t)) is not None:
            named = [m.actor for m in s.mentions if m.actor in _OTHER_SIDE]
            for side in dict.fromkeys([*named, "RUS", "UKR"]):
                c = _event("claim", s, place=e.place, topic=e.topic, claim=e.claim)
                c.date_start, c.date_end, c.date_basis = e.date_start, e.date_end, e.date_basis
                c.parties, c.against = [side], [_OTHER_SIDE[side]]
                c.cue = f"{e.cue or 'claim'}; mutual: one claim per side ('{mutual.group(0)}')"
                out.append(c)
            continue
        notes: list[str] = []
        # a sentence that already tells claims of two sides (a claim and its rebuttal) keeps them
        found = None if len(claimants_in.get(k, ())) > 1 else _claimant(s)
        if "an attack told by a side" in (e.cue or "") and e.parties:
            found = (e.parties[0], "the side the attack is told by")
        if e.claim in ("violation", "compliance", "accusation") and DENIAL.search(t):
            e.claim = "denial"  # "Moscow denied accusations that its forces had broken the truce"
        if e.claim == "capture" and _HOLD.search(t) and not _TAKE.search(t):
            e.claim = "control"  # "still hold the northern part", "kontrollieren weiterhin Teile"
        if found is not None:
            who, how = found
            # a capture or control claim: the side said to take or hold the place, unless the
            # source or speaker is one of them (or none, or it was unclear which)
            if e.claim not in ("capture", "control") or (
                    who is None or not e.parties or who in e.parties or len(e.parties) > 1):
                e.parties = [who] if who else []
                notes.append(f"claimant {who or 'none'}: {how}")
        elif e.claim in ("capture", "control") and (h := _HOLDER.search(t)) is not None:
            # "part of the village remained under Ukrainian control": the side holding it
            e.parties = ["RUS" if (h.group("de") or h.group("en")).lower().startswith("r") else "UKR"]
            notes.append(f"claimant {e.parties[0]}: '{h.group(0)}'")
        elif e.claim in ("accusation", "violation", "compliance") and (
                rep := _REPORTED.search(t)) is not None and not _SPEECH.search(t) and (
                prev := next((x for x in reversed(out) if x.kind == "claim" and x.parties
                              and 0 < k - (bisect.bisect_right(starts, x.start) - 1) <= 2), None)):
            # "Zudem habe die ukrainische Armee ... angegriffen": the speaker before goes on
            e.parties, e.against = list(prev.parties), list(prev.against)
            notes.append(f"claimant {', '.join(e.parties)}: reported speech going on from the claim "
                         f"before ('{rep.group(0)}')")
        if len(e.parties) > 1 and e.against:
            e.parties = [a for a in e.parties if a not in e.against] or e.parties
        against = [a for a in e.against if a not in e.parties] or [
            a for a in s.actors() if a in _OTHER_SIDE and a not in e.parties][:1] or [
            _OTHER_SIDE[a] for a in e.parties if a in _OTHER_SIDE]
        if not e.parties and found is None and len(against) == 1 and against[0] in _OTHER_SIDE \
                and e.claim not in ("capture", "control"):
            # "Moskau sei verantwortlich für den Angriff, erklärte der Sprecher der Behörde"
            e.parties = [_OTHER_SIDE[against[0]]]
            notes.append(f"claimant {e.parties[0]}: the other side of the one accused")
        e.against = against
        if e.topic is not None:
            notes.append(f"deal {e.topic}: named in the sentence")
        elif e.claim in ("violation", "compliance", "accusation", "denial"):
            for x in reversed(out):
                if k - (bisect.bisect_right(starts, x.start) - 1) > 4:
                    break
                if x.topic and x.topic.startswith(_DEAL_TOPICS):
                    e.topic = x.topic
                    notes.append(f"deal {x.topic}: the deal of the {x.kind.replace('_', ' ')} before")
                    break
        if e.claim:
            notes.insert(0, f"{e.claim}: {_mode_cue(t, e.claim)}")
        if e.against:
            notes.append(f"against {', '.join(e.against)}")
        e.cue = "; ".join([e.cue or "claim", *notes])
        out.append(e)
    _in_text_order(out, sents)
    return out


def _in_text_order(events: list[NewsEvent], sents: list[Sentence]) -> None:
    """The claims of a mutual accusation in the order the text names their sides ("Kiew und
    Moskau werfen sich gegenseitig vor": Kyiv's first)."""
    import bisect

    starts = [x.start for x in sents]
    i = 0
    while i < len(events):
        j = i
        while "mutual" in (events[i].cue or "") and j + 1 < len(events) \
                and "mutual" in (events[j + 1].cue or "") and events[j + 1].start == events[i].start:
            j += 1
        if j > i:
            s = sents[bisect.bisect_right(starts, events[i].start) - 1]
            first: dict[str, int] = {}
            for m in s.mentions:
                if m.actor and m.actor not in first:
                    first[m.actor] = m.start
            events[i:j + 1] = sorted(events[i:j + 1],
                                     key=lambda e: first.get(e.parties[0], s.end) if e.parties else s.end)
        i = j + 1


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
