"""Claims (CAMEO 010 statements; ASSAULT/192 for captures, ACCUSE/112 for rebuttals): territorial
gains claimed by a side (`MILITARY`, `CONTROL`, `ATTRIBUTED_CLAIM`), a settlement named only by
its kind (`_settlement_ref`), claims continued or restated in later sentences
(`_continued_claimants`, `_restated_claims`), accusations and denials (`ACCUSATION`, `DENIAL`,
`_accusations`, `_accused_by`, `_accused`), deals said broken or kept (`BROKEN`, `COMPLAINED`,
`KEPT`, `_kept`) and attacks on energy sites told as a side's statement
(`ATTACKS`, `ENERGY_SITE`, `SAID_BY`), a side said to hold a place (`HELD`); then, over all
claims, who claims what against whom on which deal (`claim_sides`: claimant, side accused,
deal, type of claim, each with the cue that decided it). Who tells a claim and in what mood is in
`claimants`, attacks told by a side in `attacks`, an assertion the other side disputes in
`disputes`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.attacks import _NOTHING_TO_DO, ATTACK
from accord.news.events.claimants import _REPORTED, _SPEECH, _claimant, _subject
from accord.news.events.common import _CAPITALS, ACTORS, CLAIM, IC, REBUTTAL
from accord.news.events.event_dates import UNDATED_CHARGE
from accord.news.events.event_places import _is_region_of, _locates, _named_places
from accord.news.events.event_records import _event, _topic
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
                              r"claimed|behauptet\w*|claim(?:s|ed)? to have|"
                              # "gab an, X zurückerobert zu haben", "wie angegeben"
                              r"(?:gab|gaben|gibt)\b[^.]{0,40}\ban\b|angegeben|"
                              # a German verb of telling in the perfect or pluperfect, or announcing
                              # ("hatte die Einnahme von X gemeldet", "verkündete die Eroberung",
                              # "hatte erklärt, X sei erobert", "als erobert bezeichnet")
                              r"gemeldet|verkündet\w*|erklärt|bezeichnet\w*|(?<!,\s)describ(?:ed|es)\b[^.;]{0,60}\bas|"
                              # a German source phrase ("laut Kiew", "Moskau zufolge")
                              r"laut|zufolge)|"
                              # the source told after the assertion ("Russland nahm X ein, sagte Y",
                              # ", so das Ministerium", "Russia took X, Moscow said")
                              r",\s+(?:(?:sagte|sagten|erklärte|erklärten|teilte|teilten|meldete|meldeten|"
                              r"behauptete|behaupteten)\b|so\s+(?!dass\b)(?:der|die|das|(?-i:[A-ZÄÖÜ])\w+)\b|"
                              r"(?:[\w'’-]+\s+){1,5}?(?:said|says|claimed|claims|reported|announced)\b)", IC)
# a side's forces named by their adjective ("der ukrainische Grenzschutz", "Russian units")
_SIDE_FORCES = re.compile(r"\b(?P<side>ukrainisch\w*|russisch\w*|Ukrainian|Russian)\s+(?:\w+\s+)?"
                          r"(?:\w*(?:truppen|einheit|einheiten)|Armee\w*|Streitkräfte\w*|Militärs?|Soldaten|"
                          r"troops|forces|units|army|military|Generalstab\w*|general staff|Brigade\w*|"
                          r"brigades?|Bataillon\w*|battalions?|Grenzschutz\w*|border guards?)\b", IC)
# German compounds count ("eine tschetschenische Spezialeinheit", "Sabotagetrupps")
MILITARY = re.compile(r"\b(?:\w*(?:truppen|trupps|einheit|einheiten)|Armee\w*|Streitkräfte\w*|Militärs?|"
                      r"Soldaten|troops|forces|units|army|military|Generalstab\w*|general staff|"
                      r"Verteidigungsministerium|defen[cs]e ministry|Brigade\w*|brigades?|Bataillon\w*|"
                      r"battalions?|Grenzschutz\w*|border guards?|Nationalgarde|National Guard|"
                      r"Marineinfanterie|marines|"
                      # a side's army groups and fighters ("the North grouping", "die Truppengruppe
                      # West", "Wagner fighters", "Formations of the West grouping")
                      r"groupings?|Gruppierung\w*|Truppengruppe\w*|Heeresgruppe\w*|fighters|Kämpfer|"
                      r"formations|Verbände|mercenaries|Söldner\w*|paratroopers|Fallschirmjäger)\b", IC)
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
    Stadt" in a sentence that names no place (`own`) but the region it lies in, the last town
    named in the sentence before (not a region, not a capital)."""
    if _SOME_SETTLEMENT.search(s.text) and all(_is_region_of(p, s.text) or _locates(s, p) for p in own):
        for nxt in sents[i + 1:i + 3]:
            named = _named_places(nxt)
            if named:
                return named[0]
        return None
    if _THE_SETTLEMENT.search(s.text) and i > 0 and all(_is_region_of(p, s.text) for p in own):
        # (also with the region it lies in: "dass die Stadt im Gebiet Charkiw nun erobert sei")
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
        if e.kind == "claim" and e.claim == "denial" and e.date_start is None:
            k = bisect.bisect_right(starts, e.start) - 1
            who = _claimant(sents[k])  # (the side that speaks; the rule's sides come later)
            before = next((x for x in reversed(out) if x.kind == "claim" and x.claim == "denial"
                           and who is not None and x.parties == [who[0]] and x.date_start is not None
                           and 0 < k - (bisect.bisect_right(starts, x.start) - 1) <= 2), None)
            if before is not None and _ALSO.search(sents[k].text) and not sents[k].dates:
                # "Kyiv also dismissed ...": the same side's denial of the day told just before
                e.date_start, e.date_end = before.date_start, before.date_end
                e.date_basis = "date of the denial it continues"
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
            last[1].absorb(e)
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
            # after it: "die Angaben Moskaus", "claims by Moscow", "Behauptungen aus Kiew"
            if x.actor in ("RUS", "UKR") and x.end - s.start <= m.start() and re.fullmatch(
                    r"\s+(?:(?:by|from|of|aus|von|der|des)\s+)?(?:the\s+)?(?:\w+\s+)?",
                    s.text[n.end():rel]) is not None:
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
        same = [x for x in out if e.kind == "claim" and (
                    e.claim in ("violation", "compliance", "accusation")
                    # a capture or its denial told again by the same side about the same place
                    # (a headline and its lead: "widerspricht der Einnahme von X ... Die Ukraine hat
                    # die Darstellung einer Einnahme von X zurückgewiesen"), on the same day (the
                    # repeat, or a headline told first, with no day of its own)
                    or (e.claim in ("capture", "denial") and e.place is not None
                        and e.parties == x.parties
                        and (e.date_start in (None, x.date_start) or (
                            x.date_start is None
                            and _heading(sents[bisect.bisect_right(starts, x.start) - 1])))))
                and x.kind == "claim" and _WRONG.get(x.claim or "", x.claim) == _WRONG.get(e.claim, e.claim)
                and x.place == e.place
                and e.topic in (None, x.topic)
                and 0 < k - (bisect.bisect_right(starts, x.start) - 1) <= 3
                and not (e.claim == "accusation" and set(e.against) & set(x.parties))]
        if same and not _IN_TURN.search(sents[k].text):
            first = same[0]
            if set(first.parties) & set(e.parties) and (
                    (_heading(sents[bisect.bisect_right(starts, first.start) - 1]) and not _heading(sents[k]))
                    or (first.date_start is None and e.date_start is not None)):
                # a headline told again in the body, or a telling with no day of its own told again
                # with one (a body sentence broken by a hard line wrap looks like a headline): the
                # later sentence carries the claim's fields, so its day is not lost
                out[out.index(first)] = e
                e.absorb(first)
            else:
                first.absorb(e)
            continue
        out.append(e)
    return out


def _mutual_restated(events: list[NewsEvent]) -> list[NewsEvent]:
    """A mutual accusation ("Kiew und Moskau werfen sich gegenseitig vor, ... anzugreifen") is one
    claim per side (convention 5), but a side whose same charge the article has told before (its
    accusation or violation claim at the same place, on the same deal, on the same day or with no
    day of its own) restates it: no second record for that side (the earlier one takes the
    sentence)."""
    out: list[NewsEvent] = []
    for e in events:
        if e.kind == "claim" and (e.cue or "").startswith("rule: mutual accusation"):
            before = next((x for x in out if x.kind == "claim" and x.start < e.start
                           and x.claim in ("accusation", "violation") and x.parties == e.parties
                           and x.place == e.place and e.date_start in (None, x.date_start)
                           and e.topic in (None, x.topic)
                           and not (x.cue or "").startswith("rule: mutual accusation")), None)
            if before is not None:
                before.told_in(e.start, e.end)
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


# a side that takes no position on a capture ("neither confirmed nor denied reports that ...",
# "wollte ... weder bestätigen noch dementieren"): no claim and no denial
_NO_POSITION = re.compile(r"\bneither (?:confirm(?:ed|s)?|den(?:y|ied|ies)) nor (?:confirm(?:ed|s)?|"
                          r"den(?:y|ied|ies))\b|\bweder\b[^.;]{0,20}\b(?:bestätig\w*|dementier\w*)\s+noch\s+"
                          r"(?:bestätig\w*|dementier\w*)", IC)


# a side's own loss of a place ("Ukraine lost Pokrovsk", "had lost control of the town of X",
# "Kiew verlor die Kontrolle über X", "hat X verloren"): the loser's admission that the other side
# holds the place, no verb of capture (`_loss_admitted`)
_LOST_BEFORE = re.compile(r"\b(?:lost|loses|losing)\s+(?:(?:full\s+)?control\s+(?:of|over)\s+)?(?:the\s+)?"
                          r"(?:(?:town|city|village|settlement)\s+(?:of\s+)?)?$|"
                          r"\b(?:verlor|verloren|verlieren|verliert)\s+(?:(?:die\s+)?Kontrolle\s+über\s+)?"
                          r"(?:(?:die|das|den)\s+)?(?:(?:Stadt|Dorf|Ort|Ortschaft|Siedlung)\s+)?$", IC)
_LOST_AFTER = re.compile(r"\s+(?:(?:vollständig|ganz|endgültig|nun|inzwischen|bereits|schon)\s+)?"
                         r"(?:verloren|verloren gegangen)\b", IC)
# a loss negated, denied, feared or only at risk before the verb ("has not lost", "never lost
# control of", "denied that it had lost", "at risk of losing", "fears losing", "bestreitet, X
# verloren zu haben"): no loss told
_LOSS_NOT_TOLD = re.compile(r"\b(?:not|never|n't|no longer|den(?:y|ies|ied)|rejected|risk\w*|fear\w*|danger|"
                            r"threat\w*|nicht|nie|niemals|keineswegs|bestr[ie]\w*|dementi\w*|zurückgewiesen|"
                            r"befürcht\w*|droh\w*|Gefahr)\b", IC)


def _lost_place(s: Sentence) -> tuple[str, str] | None:
    """The place a side says it lost and that side, from the side named before the verb of losing
    (the subject: "Ukraine lost X", "Kiew hat X verloren", "its forces had lost"), else None."""
    t = s.text
    for m in s.mentions:
        if m.kind != "place":
            continue
        rel, end = m.start - s.start, m.end - s.start
        lost = _LOST_BEFORE.search(t, max(0, rel - 60), rel)
        after = _LOST_AFTER.match(t, end)
        at = lost.start() if lost is not None else (rel if after is not None else None)
        if at is None or _LOSS_NOT_TOLD.search(t, max(0, at - 40), after.end() if after else at):
            continue
        # (a capital stands for its side: "Kiew verlor die Kontrolle über X")
        sides = [x.actor for x in s.mentions if x.actor in _OTHER_SIDE and x.start - s.start < at
                 and x is not m]
        if not sides:
            own = re.search(r"\b(?:its|their|seine\w*|ihre\w*)\s+(?:[\w-]+\s+)?(?:forces|troops|army|units|"
                            r"Truppen|Streitkräfte|Armee|Einheiten)\b", t[:at], IC)
            sides = [x.actor for x in s.mentions if x.actor in _OTHER_SIDE] if own else []
        if sides:
            return m.entity, sides[-1]
    return None


def _no_capture(e: NewsEvent, s: Sentence) -> bool:
    """Whether a capture or control claim (of the kind model above all) asserts no capture: people
    moved ("five commanders were taken to Türkiye"), control asked to be recognised ("a deal would
    have to accept Russian rule over four regions"), or no verb or noun of taking or
    holding at all."""
    t = s.text
    if e.claim in ("capture", "control", "denial") and _NO_POSITION.search(t):
        return True
    if e.claim not in ("capture", "control"):
        return False
    if _RECOGNISED.search(t):
        return True
    if _lost_place(s) is not None:
        return False  # a side's own loss told: the other side holds the place
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
# attacks named only as what a pause, stop or moratorium holds off ("agreed to pause strikes on",
# "ein Stopp der Angriffe auf", "refrain from attacks"): no attack asserted
_HELD_OFF = re.compile(r"\b(?:paus\w*|halt\w*|stop\w*|Stopp\w*|refrain\w*|cease\w*|suspend\w*|"
                       r"Verbot\w*|ban|bans|banned|banning|"
                       r"moratorium|Moratorium|Verzicht\w*|verzicht\w*|aussetz\w*|auszusetzen|einstell\w*|"
                       r"einzustellen|Einstellung)\s+(?:(?:on|of|from|der|die|von|auf|zu|all|alle\w*|mutual|"
                       r"wechselseitige\w*|gegenseitige\w*|further|weitere\w*)\s+){0,3}$", IC)


def _attacks_held_off(t: str) -> bool:
    """Whether every attack word of `t` is only what a pause or stop holds off ("the sides agreed
    to pause strikes on energy sites", "einen Stopp der Angriffe auf Energieanlagen")."""
    found = list(ATTACKS.finditer(t))
    return bool(found) and all(_HELD_OFF.search(t, max(0, m.start() - 40), m.start())
                               or (_BANNED_BEFORE.search(t, 0, m.start())
                                   and _ZU_INFINITIVE.match(t, m.end()))
                               for m in found)


# a ban, pause or pledge whose content follows as a zu-infinitive ("das Verbot, Angriffe auf
# Energieanlagen durchzuführen", "die Zusage, keine Kraftwerke anzugreifen")
_BANNED_BEFORE = re.compile(r"\b(?:Verbot\w*|Verzicht\w*|Moratori\w*|Verpflichtung\w*|Zusage\w*|"
                            r"Waffenruhe|Feuerpause|\w*pause)\b", IC)
_ZU_INFINITIVE = re.compile(r"[^.,;]{0,80}?\b(?:\w+zu\w+en|zu \w+en)\b\s*(?:[.,;]|$)", IC)


# a sentence that lists what the one before counted ("They are the A, B and C regions", "Darunter
# sind die Gebiete A und B", "Betroffen waren A, B und C")
# (only openers that announce a list: "Es war die dritte Nacht, in der ..." lists nothing counted)
_LIST_OPENER = re.compile(r"\W*(?:(?:They|These|Those) (?:are|were|include\w*)|Among them|Including|Namely|"
                          r"Darunter|Betroffen|(?:Es|Das|Dies|Sie) (?:sind|waren)|Sie (?:liegen|umfass\w*)|"
                          r"(?:Es|Dabei) handel\w* (?:es )?sich um)\b", IC)


def _listed_places(s: Sentence, nxt: Sentence | None) -> list[str]:
    """The places a claim counts without naming them ("in 15 regions", "in fünf Gebieten") and
    the next sentence lists (convention 5: one claim per place): listed when their number is the
    count told or the next sentence opens as the list of them; else none."""
    counts = [f.value for f in s.figures if f.unit in ("regions", "settlements")]
    if not counts or nxt is None:
        return []
    named = list(dict.fromkeys(m.entity for m in nxt.mentions if m.kind == "place"))
    if len(named) < 2 or not (len(named) == int(counts[0]) or _LIST_OPENER.match(nxt.text)):
        return []
    return named


def _accusation_going_on(s: Sentence, earlier: list[NewsEvent], sents: list[Sentence], k: int
                         ) -> NewsEvent | None:
    """The accusation an attack on energy sites told with no speaker goes on with: the attacking side
    named first in `s`, and a claim told in the six sentences before whose speaker is the side
    attacked and that names no speaker of the attacker's ("Lavrov said Kyiv had violated the pause
    ... However, Ukraine attacked Russian energy sites in 15 regions"): the side attacked still
    speaks. None when no such claim."""
    import bisect

    sides = [m.actor for m in s.mentions if m.actor in _OTHER_SIDE]
    if not sides or _claimant(s) is not None or SAID_BY.search(s.text):
        return None  # (a speaker of its own: the claim is that speaker's, told by the rules above)
    attacker = sides[0]
    victim = _OTHER_SIDE[attacker]
    starts = [x.start for x in sents]
    for x in reversed(earlier):
        kx = bisect.bisect_right(starts, x.start) - 1
        if k - kx > 6:
            break
        if x.kind != "claim" or x.claim not in ("violation", "accusation", "compliance"):
            continue
        found = _claimant(sents[kx])
        who = found[0] if found is not None else (x.parties[0] if len(x.parties) == 1 else None)
        if who == victim:
            return x
        if who == attacker:
            return None  # the attacker spoke last: its own account, not the other side's
    return None


# told as what a side says (not what the reporter saw)
SAID_BY = re.compile(r"\b(?:teilte\w*\b[^.]{0,60}\bmit|erklärte\w*|hieß es|demnach|"
                     r"nach (?:russischen|ukrainischen) Angaben|said|says|according to|claimed|"
                     r"accused)\b", IC)
# the other side's answer, not a repeat ("Moskau machte wiederum Kiew verantwortlich")
_IN_TURN = re.compile(r"\b(?:wiederum|seinerseits|ihrerseits|im Gegenzug|in turn|for its part|"
                      r"countered|in return)\b", IC)
_ALSO = re.compile(r"\b(?:also|auch|zudem|außerdem|ebenfalls|further)\b", IC)

# the side that holds a place named after "under the control of" / "unter (der) Kontrolle" ("under
# the control of Kyiv's defence units", "unter der Kontrolle der russischen Armee", "unter
# Kontrolle Kiews")
_OF_SIDE = (r"(?:the\s+)?(?:(?:Ukraine|Russia)(?:'s|’s)?|Kyiv(?:'s|’s)?|Moscow(?:'s|’s)?|Ukrainian|Russian)"
            r"(?:\s+(?:armed|defen[cs]e|military|regular))?(?:\s+(?:forces|troops|army|military|units))?|"
            r"(?:der|den|des)\s+(?:\w+\s+){0,2}?(?:ukrainischen|russischen|Russischen|Ukrainischen)\s+"
            r"(?:Armee|Streitkräfte|Truppen|Einheiten|Kräfte|Verteidigungskräfte)|"
            r"(?:der\s+)?(?:Ukraine|Russlands|Kiews|Moskaus)")
# a side said to hold a place (still, or a part of it), not to take it: a claim of control
HELD = re.compile(r"\b(?:still|weiterhin|noch) (?:hold|holds|held|holding|controls?|controlling|"
                  r"kontrollier\w*|halten|hält)\b|"
                  # the verb first: "kontrolliere weiterhin Teile von X", "controls still"
                  r"\b(?:kontrollier\w*|halten|hält|hielten)\s+(?:\w+\s+)?(?:weiterhin|noch immer)\b|"
                  r"\b(?:hold|holds|held)\b(?: on to| onto)? (?:the )?(?:\w+ )?(?:part|parts|half|most) of\b|"
                  r"\bremain\w* under (?:Ukrainian|Russian) control\b|"
                  # "X is under the control of Ukraine's forces", "X stehe unter der Kontrolle der
                  # russischen Armee"
                  r"\b(?:is|are|was|were|remains?|remained|stays?|stayed|sei|ist|seien|sind|stehe|steht|"
                  r"stand|stünde|bleibt|bleibe|blieb)\s+(?:\w+\s+)?[„“\"»«]?"
                  r"(?:under (?:the )?(?:full |complete )?control of|"
                  r"unter (?:der )?(?:vollständigen |vollen )?Kontrolle)\s+(?:" + _OF_SIDE + r")", IC)
CONTROL_OF = re.compile(r"\b(?:under (?:the )?(?:full |complete )?control of\s+(?P<en>" + _OF_SIDE + r")|"
                        r"unter (?:der )?(?:vollständigen |vollen )?Kontrolle\s+(?P<de>" + _OF_SIDE + r"))",
                        IC)
CONTROL = re.compile(r"\b(?:unter (?:russische|ukrainische)r? Kontrolle|"
                     r"under (?:Russian|Ukrainian) control|"
                     r"under (?:the )?(?:full |complete )?control of\s+(?:" + _OF_SIDE + r")|"
                     r"unter (?:der )?(?:vollständigen |vollen )?Kontrolle\s+(?:" + _OF_SIDE + r")|"
                     r"(?:taken|took|gained|regained|seized|established|retaken) (?:full )?control|"
                     r"Kontrolle\b[^.]{0,40}übernommen)\b", IC)
BROKEN = re.compile(r"\b(?:wirf\w*|warf\w*|vorgeworfen|beschuldig\w*|gebrochen|brach\w*|"
                    # verletzen as a verb ("hat die Waffenruhe verletzt", "verletzte Russland die
                    # Feuerpause") and the noun of a breach ("Verletzung der Waffenruhe"), not the
                    # injured ("mehrere Verletzte", "verletzte Zivilisten")
                    r"(?-i:verletz(?:t|en|e|st|tet)\b|verletzte[nrsm]?\b(?!\s+[A-ZÄÖÜ]\w*\b(?!\s+(?:die|den|das|"
                    r"der|dem|des|ein|eine|einen)\b)))|Verletzung(?:en)?\s+(?:der|des|von|gegen)\b|"
                    r"missacht\w*|bricht|Verstoß\w*|Verstöße\w*|verstoßen|verstieß\w*|Bruch|torpediert\w*|"
                    # a deal or exchange said sabotaged (a verb: not "acts of sabotage")
                    r"sabotiert\w*|sabotieren|sabotaged|sabotaging|"
                    # (not an agentless participle, "a lawmaker accused of treason": no one's claim)
                    r"accus\w*(?!\s+of\b)|violat\w*|breach\w*|broke|broken|breaking|flout\w*|"
                    # what one side did said not to match the deal ("Listen, die nicht der
                    # Vereinbarung entsprächen", "contrary to the agreement")
                    r"nicht (?:der|dem|den) (?:\w+ )?(?:Vereinbarung|Abkommen|Abmachung)\w*(?: \w+){0,3} "
                    r"entspr\w*|entgegen (?:der|dem|den) (?:\w+ )?(?:Vereinbarung|Abkommen|Abmachung)\w*|"
                    r"(?:contrary to|not in line with) the (?:\w+ )?(?:agreement|deal|accord)|"
                    # a deal or its part said not carried out ("has not been fulfilled", "does not
                    # adhere to the ceasefire", "failed to honour", "nicht umgesetzt", "setzte die
                    # Vereinbarungen nicht um")
                    r"(?:has|have|had|is|are|was|were)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:been\s+|being\s+)?"
                    r"(?:fulfil+ed|implemented|applied|honou?red|respected|observed)|"
                    r"(?:has|have|had|is|are|was|were)n['’]t\s+(?:yet\s+)?(?:been\s+|being\s+)?"
                    r"(?:fulfil+ed|implemented|applied|honou?red|respected|observed)|"
                    r"(?:does|do|did)\s+not\s+(?:adhere|abide|comply|stick)|(?:doesn|don|didn)['’]t\s+"
                    r"(?:adhere|abide|comply|stick)|"
                    r"(?:fail(?:ed|s|ing|ure)?)\s+to\s+(?:meet|fulfil+|honou?r|implement|comply|respect|observe|keep)|"
                    r"nicht\s+(?:\w+\s+)?(?:umgesetzt|umsetzt\w*|umsetzen|angewendet|angewandt)|"
                    r"(?:setze|setzen|setzt|setzte|setzten)\b[^.,;]{0,60}\bnicht\s+um)\b", IC)


# a promise said broken ("broke its promise of a holiday truce", "hat sein Versprechen einer
# Feuerpause gebrochen", "brach sein Wort"): a violation claim, the promise the deal
BROKEN_PROMISE = re.compile(r"\b(?:broke|broken|breaking|breaks|gebrochen|brach\w*|bricht)\s+(?:\w+\s+){0,2}?"
                            r"(?:promises?|pledges?|word|commitments?|Versprechen|Zusage\w*|Wort)\b|"
                            r"\b(?:Versprechen|Zusage\w*|Wort)\b[^.;]{0,80}\b(?:gebrochen|brach\w*|bricht)\b",
                            IC)


# a side complaining the other acted outside the deal ("kritisierte, dass der Zeitpunkt nicht
# vereinbart gewesen, sondern eigenmächtig festgelegt worden sei", "complained ... unilaterally")
COMPLAINED = re.compile(r"\b(?:kritisiert\w*|beklagt\w*|bemängelt\w*|complain\w*|critici[sz]\w*)\b[^.]{0,80}"
                        r"\b(?:nicht vereinbart|nicht abgesprochen|eigenmächtig|einseitig|not agreed|"
                        r"unilateral\w*)\b", IC)


# a side complaining that its part of a deal is obstructed ("weil es Hindernisse bei seinen Ausfuhren
# beklagt", "complained of obstacles to its exports"): a claim that the deal is not kept
# (its own part: "seinen", "its", "their own"; not any protest or road blocked)
OBSTRUCTED = re.compile(r"\b(?:beklagt\w*|kritisiert\w*|complain\w*)\b[^.;]{0,60}\b(?:"
                        r"Hindernis\w*|Behinderung\w*|behindert|obstacles?|obstruct\w*|hinder\w*)\b"
                        r"[^.;]{0,30}?\b(?:seine[nmrs]?|ihre[nmrs]?|eigene\w*|its|their)\b|"
                        r"\b(?:Hindernis\w*|Behinderung\w*|obstacles?)\b[^.;]{0,30}?\b(?:seine[nmrs]?|ihre[nmrs]?|"
                        r"eigene\w*|its|their)\b[^.;]{0,60}\b(?:beklagt\w*|kritisiert\w*|complain\w*)\b", IC)


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
                  r"(?:hält|halten|halte|hielt|hielten|hielte) sich\b[^.,;]{0,60}\ban\b|"
                  r"hält sich|halten sich|erfüllt|complied|comply|"
                  # the verb last in a clause: "dass sich die Armee streng an die Feuerpause halte",
                  # "dass Kiew die Waffenruhe einhalte"
                  r"sich\b[^.,;]{0,60}\ban\b[^.,;]{0,60}\b(?:halte|halten|hält|hielt|hielte|hielten|gehalten)|"
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
# (German compounds count: "Getreideabkommen", "Osterwaffenruhe", "Energiepause"; not any pause:
# "Sommerpause", "Gesprächspause")
DEAL = re.compile(r"\b(?:\w*(?:abkommen|vereinbarung(?:en)?|waffenruhe|feuerpause)|"
                  r"(?:Energie|Oster|Weihnachts|Kampf|Angriffs)?pause|Moratori(?:um|ums)|Verpflichtung(?:en)?|"
                  r"Abmachung(?:en)?|deals?|agreements?|truce|ceasefire|pause|moratorium|accord|"
                  r"commitments?)\b", IC)


ACCUSATION = re.compile(r"\b(?:wirft|warf|werfen|warfen)\b[^.]{0,100}\bvor\b|\bvorgeworfen\b|"
                        r"\bbeschuldig\w*|\bbezichtig\w*|\bverantwortlich gemacht\b|"
                        r"\bmach(?:t|te|en|ten)\b[^.]{0,80}\bverantwortlich\b|\baccus(?:e|es|ed|ing)\b(?!\s+of\b)|"
                        r"\bblam(?:e|es|ed|ing)\b|\bcharg(?:e|es|ed|ing) that\b|"
                        r"\bheld\b[^.]{0,30}\bresponsible\b|"
                        # "Moskau sei verantwortlich für den Angriff": the side named just before
                        r"\b(?:sei|seien|ist|is|was|were)\s+(?:\w+\s+)?(?:verantwortlich|responsible)\s+(?:für|for)\s+"
                        r"(?:den\s+|die\s+|das\s+|the\s+)?(?:\w+\s+)?(?:Angriff\w*|Anschlag\w*|Beschuss|"
                        r"Explosion\w*|attacks?|strikes?|shelling|explosions?)", IC)
# what a part denied is in: an attack or incident ("involvement in the blast", "Beteiligung an dem
# Anschlag")
_ATTACK_NOUN = (r"\b(?:attack|strike|blast|explosion|bombing|shelling|sabotage|incident|drone|"
                r"\w*angriff|\w*anschlag|explosion|sprengung|beschuss|vorfall|sabotage)\w*")
# the attack as the object of the part denied, right after it ("involvement in the blast",
# "Beteiligung an dem Anschlag", "responsibility for the drone strike"; not an attack noun anywhere
# near: "responsibility for the delay of the talks after the drone incident", review16 item 7)
_IN_ATTACK = (r"(?=\s+(?:in|for|an|am|für)\s+(?:the|a|an|this|that|any|these|those|dem|der|den|die|das|"
              r"einem|einer|diesem|dieser|diesen)?\s*(?:[\w-]+\s+){0,2}?" + _ATTACK_NOUN + r")")
DENIAL = re.compile(r"\b(?:Vorw[üu]rf\w*|Anschuldigung\w*|accusations?|allegations?)\b[^.]{0,80}"
                    r"\b(?:zurückgewiesen|zurückzuweisen|bestritten|dementiert|denied|rejected|dismissed)\b|"
                    # an attack denied by its gerund ("denied striking a building", "denies shelling X")
                    r"\b(?:denied|denies|deny|denying)\s+(?:\w+\s+)?(?:striking|attacking|shelling|targeting|"
                    r"bombing|hitting)\b|"
                    # a part in an attack denied ("denied any involvement in the strike", "hat eine
                    # Beteiligung an dem Angriff bestritten", "wies jede Verantwortung zurück")
                    # (in an attack: not "denied any involvement in drafting the plan")
                    r"\b(?:denied|denies|deny|denying|rejected|rejects)\s+(?:any\s+|all\s+|its\s+|their\s+)?"
                    r"(?:involvement|responsibility)\b" + _IN_ATTACK + r"|"
                    r"\b(?:Beteiligung|Verantwortung)\b" + _IN_ATTACK + r"[^.;]{0,60}"
                    r"\b(?:bestritten|bestreitet|bestritt\w*|dementiert\w*|zurückgewiesen|zurück)\b|"
                    r"\b(?:bestritt\w*|bestreitet|dementierte\w*)\s+(?:\w+\s+){0,2}?(?:Beteiligung|Verantwortung)\b"
                    + _IN_ATTACK + r"|"
                    r"\b(?:wies|weist|wiesen|weisen)\b[^.]{0,80}\b(?:Vorw[üu]rf\w*|Anschuldigung\w*)[^.]{0,80}"
                    r"\bzurück\b|\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)\b[^.]{0,40}"
                    r"\b(?:accusations?|allegations?|charges?)\b|"
                    # the accusation called baseless ("bezeichnete die Vorwürfe Kiews als haltlos", "called
                    # the allegations unfounded")
                    r"\b(?:bezeichne\w*|nannte\w*|nennt|called|calls|described|describes|branded)\s+"
                    r"(?:\w+\s+){0,2}?(?:Vorw[üu]rf\w*|Anschuldigung\w*|Behauptung\w*|accusations?|allegations?|"
                    r"charges?)\b[^.;]{0,60}?\b(?:haltlos|unbegründet|absurd|erfunden|verleumderisch|baseless|"
                    r"unfounded|groundless|absurd|false|fabricated|slanderous)\b", IC)
MUTUAL = re.compile(r"\bgegenseitig\b|\beinander\b|\beach other\b|\bone another\b|"
                    # reciprocal without the word: "Beide Seiten warfen sich vor", "Moskau und Kiew
                    # beschuldigten sich", "both sides accused the other"
                    # (a plural verb: "Selenskyj warf sich vor, ..." reproaches himself)
                    r"\b(?:werfen|warfen|beschuldigen|beschuldigten|bezichtigen|bezichtigten)\s+sich\b"
                    r"(?!\s+selbst\b)|"
                    r"\b(?:accused|accuse|accuses|blamed|blame|blames)\s+the other\b", IC)
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


# the charge or its denial itself told in the past ("warf Moskau vor", "machte die Ukraine
# verantwortlich", "wies Vorwürfe zurück", "hat Russland vorgeworfen", "accused Kyiv of", "have
# accused", "denied X had been captured", "blamed"): with no day named, undated (convention 7:
# "on or before" the report gives no date), not the article's day as a charge made now ("wirft
# nun Kiew vor", "werfen sich gegenseitig vor")
PAST_CHARGE = re.compile(r"\b(?:warf|warfen|beschuldigte\w*|bezichtigte\w*|bestritt\w*|dementierte\w*)\b|"
                         r"\b(?:machte|machten)\b[^.;]{0,80}\bverantwortlich\b|\b(?:wies|wiesen)\b[^.;]{0,80}"
                         r"\bzurück\b|\b(?:hat|haben|hatte|hatten)\b[^.;]{0,60}\b(?:vorgeworfen|zurückgewiesen|"
                         r"verantwortlich gemacht|beschuldigt)\b|"
                         r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:accused|blamed|denied)\b(?!\s+(?:of|by)\b)", IC)


# a charge told as the answer to what was just told ("Kiew warf Moskau daraufhin vor", "in
# response", "den Vorwurf", "the accusation"): of the day of the report it answers
_ANSWER = re.compile(r"\b(?:daraufhin|darauf|als Reaktion|in response|in reply|in turn|den Vorwurf|"
                     r"die Vorwürfe|the (?:accusation|charge|claim)s?)\b", IC)


def _undated_charge(e: NewsEvent, s: Sentence, before: list[Sentence]) -> None:
    """Leave a charge or its denial undated when it is told in the past with no day named in its
    sentence (`PAST_CHARGE`), not as the answer to a report with its day just told (`_ANSWER`, a
    day in one of the sentences `before`): the article's day is not the day it was made."""
    if e.date_start is None and not s.dates and PAST_CHARGE.search(s.text) is not None and not (
            _ANSWER.search(s.text) and any(d.granularity == "day" for x in before for d in x.dates)):
        e.date_basis = UNDATED_CHARGE


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

# holding a place, not taking it ("still hold the northern part", "kontrollieren weiterhin")
_HOLD = re.compile(r"\b(?:kontrollier\w*|halten|hält|hielten|hold|holds|held|holding|remain\w* under|"
                   r"(?:noch|weiterhin|still) (?:unter|under)|under (?:the )?(?:full )?control of|"
                   r"unter (?:der )?Kontrolle (?:der|des|von|Kiews|Moskaus|Russlands))\b", IC)
_TAKE = re.compile(r"\b(?:eingenommen|erobert|captured|seized|took|taken|Einnahme|Eroberung|"
                   r"capture of)\b", IC)
_HOLDER = re.compile(r"\b(?:unter (?P<de>russische|ukrainische)r? Kontrolle|"
                     r"under (?P<en>Russian|Ukrainian) control)\b", IC)
# the deals a claim of breaking or keeping is about (an energy pause, a truce, an exchange)
_DEAL_TOPICS = ("ceasefire.", "humanitarian.")


def _mode_cue(t: str, claim: str) -> str:
    """The words that make the claim what it is, quoted (at most 40 characters)."""
    cues = {"capture": (CLAIM, CONTROL), "control": (_HOLD, CONTROL, CLAIM),
            "violation": (BROKEN, COMPLAINED, KEPT, OBSTRUCTED), "compliance": (KEPT, BROKEN, CONFIRMED),
            "accusation": (ACCUSATION, BROKEN, ATTACKS, ATTACK),
            "denial": (DENIAL, REBUTTAL, _NOTHING_TO_DO)}.get(claim, ())
    for rx in cues:
        if (m := rx.search(t)) is not None:
            return f"'{m.group(0)[:40]}'"
    return "the rule's cue"


# the attack told by a verb (its subject attacks), not a noun ("Vergeltung wegen eines Angriffs")
_ATTACK_VERB = re.compile(r"(?:greif|griff)\w*\b.*|angegriffen|attackiert\w*|beschoss\w*|beschossen|"
                          r"bombardiert\w*|attacked|struck|shelled|bombed|pounded|"
                          r".*\b(?:trafen|traf|getroffen|eingeschlagen|hit|landed)|schlug.*",
                          re.IGNORECASE | re.DOTALL)


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
        elif e.claim in ("capture", "control") and (
                h := _HOLDER.search(t) or CONTROL_OF.search(t)) is not None:
            # "part of the village remained under Ukrainian control", "under the control of
            # Ukraine's forces": the side holding it
            side = (h.group("de") or h.group("en")).lower()
            e.parties = ["RUS" if re.search(r"russ|mosk|mosc", side) else "UKR"]
            notes.append(f"claimant {e.parties[0]}: '{h.group(0)}'")
        elif e.claim in ("accusation", "violation", "compliance") and (
                rep := _REPORTED.search(t)) is not None and not _SPEECH.search(t) and (
                prev := next((x for x in reversed(out) if x.kind == "claim" and x.parties
                              and 0 < k - (bisect.bisect_right(starts, x.start) - 1) <= 2), None)):
            # "Zudem habe die ukrainische Armee ... angegriffen": the speaker before goes on
            e.parties, e.against = list(prev.parties), list(prev.against)
            notes.append(f"claimant {', '.join(e.parties)}: reported speech going on from the claim "
                         f"before ('{rep.group(0)}')")
        elif e.claim == "accusation" and len(e.parties) == 1 and e.parties[0] in _OTHER_SIDE and (
                atk := ATTACK.search(t)) is not None and _ATTACK_VERB.fullmatch(atk.group(0)) \
                and _subject(s, atk) == e.parties[0]:
            # "Russian troops attacked the village, the General Staff said": no side speaks, and the
            # side named is the attacker: the side attacked tells it
            e.parties, e.against = [_OTHER_SIDE[e.parties[0]]], [e.parties[0]]
            notes.append(f"claimant {e.parties[0]}: the other side of the attacker '{atk.group(0)[:30]}'")
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
        if e.claim in ("accusation", "violation") and (e.cue or "").startswith("model") \
                and _attacks_held_off(t) and not ACCUSATION.search(t) and not BROKEN.search(t):
            continue  # the model's guess of an attack that is only what a ban or pause holds off
        if not e.parties and not e.against and e.claim in ("accusation", "violation") \
                and (e.cue or "").startswith("model"):
            # only the kind model's guess of an accusation that no side makes and no side is
            # accused by ("the military attacked a van"): no claim (a capture of a place named,
            # "the army says it advanced to X", stays one)
            continue
        if not e.parties and e.claim in ("capture", "control") and e.quantity is None:
            # a capture no side is found to tell: the side whose forces the sentence names as the
            # teller ("Der ukrainische Grenzschutz gab an, X zurückerobert zu haben"), else no
            # attributed claim ("fighters carried out operations to liberate X" with no source; one
            # gold claim in 177 of the external tuning sets has no claimant; an area counted stays:
            # "laut Analytikern ... weitere 505 Quadratkilometer besetzt", a seed's gold claim)
            if (forces := _SIDE_FORCES.search(t)) is None:
                continue
            side = "RUS" if forces.group("side").lower().startswith("russ") else "UKR"
            e.cue = (e.cue or "").replace(f"; against {', '.join(e.against)}", "") + (
                f"; claimant {side}: the side's forces named ('{forces.group(0)[:40]}'); "
                f"against {_OTHER_SIDE[side]}")
            e.parties, e.against = [side], [_OTHER_SIDE[side]]
        out.append(e)
    _in_text_order(out, sents)
    return out


# a verb of saying in the simple past ("told the president", "he said", "sagte", "meldete"): a
# statement already made, not one going on ("says")
_TOLD_PAST = re.compile(r"\b(?:told|said|added|reported|stated|announced|denied|sagte\w*|erklärte\w*|"
                        r"meldete\w*|berichtete\w*|teilte\w*\b[^.;]{0,60}\bmit|bestritt\w*)\b", IC)
_SAME_BRIEFING_WITHIN = 8
"""Sentences after a claim with a day of its own within which the same side's claims told in the
simple past, with no day of their own, are told from the same statement."""


def same_statement(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """A capture, control or denial claim with no day of its own, told in the simple past of saying
    ("Gerasimov told the president that ...", "He said ...") a few sentences after a claim of the
    same side with a day of its own (the lead: "told Putin on Thursday that ..."), is told from
    that statement: it takes its day; and when it is about the same place, it is that claim told
    again (one record per claimant and place)."""
    import bisect

    starts = [x.start for x in sents]
    group = {"capture": "taken", "control": "taken", "denial": "denial"}
    out: list[NewsEvent] = []
    for e in events:
        k = bisect.bisect_right(starts, e.start) - 1
        if e.kind == "claim" and e.claim in group and e.date_start is None and e.parties \
                and not sents[k].dates and _TOLD_PAST.search(sents[k].text):
            lead = next((x for x in reversed(out) if x.kind == "claim" and group.get(x.claim or "") ==
                         group[e.claim] and x.parties == e.parties and x.date_start is not None
                         and 0 < k - (kx := bisect.bisect_right(starts, x.start) - 1)
                         <= _SAME_BRIEFING_WITHIN and any(
                             d.granularity == "day" for d in sents[kx].dates)), None)
            if lead is not None:
                if e.place is not None and e.place == lead.place:
                    lead.absorb(e)  # (the same claim told again: read from both sentences)
                    continue
                e.date_start, e.date_end = lead.date_start, lead.date_end
                e.date_basis = "the day of the same side's statement told before"
        out.append(e)
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
