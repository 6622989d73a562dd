"""Stances from sentences: who (actor, and the speaking person where the text quotes or reports
one) takes which position (demand, reject, accept, support, propose, conditional) on which issue
of the taxonomy, with the option where the sentence makes it clear and whether the refusal is
marked as a red line.

Rules, in order:
1. The sentence must name an issue (cue patterns in `data/patterns.yaml`).
2. Sentences that are an author's or analyst's own reading, forecast or hypothesis, and sentences
   whose only speaker is a commentator (a person with no office), give no stance.
3. Phrase-level attributions bind an actor to a polarity inside the sentence: "von Kyjiw
   angestrebte" (support), "für Moskau ein No-Go", "rote Linie für den Kreml" (reject, red line).
4. Otherwise the actor is, in order: the quoted or reported speaker's actor (through the office
   held at the article date); an attribution ("Aus Moskauer Sicht", "Nach ukrainischen Angaben",
   "die Regierung in Kiew"); the grammatical subject approximated as the first actor name not
   governed by a preposition; for a sentence in reported speech (Konjunktiv I) or with a pronoun
   and no actor of its own, the speaker of the sentence before.
5. The polarity is the first matching cue class (reject, conditional, propose, accept, support,
   demand); a negated accept/support ("nicht zustimmen") is a reject.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from accord.news.facts import Mention, Stance

if TYPE_CHECKING:
    from accord.news.extract import Sentence

I = re.IGNORECASE
ORDER = ("reject", "conditional", "propose", "accept", "support", "demand")
ACTORS = ("RUS", "UKR", "USA", "EUR", "TUR", "NATO")
PREPOSITION = re.compile(r"(?:\b(?:in|im|der|des|den|dem|auf|gegen|mit|zwischen|für|von|vom|aus|"
                         r"nach|über|zur|zum|gegenüber|an|bei|ohne|um|unter|vor|of|to|in|on|"
                         r"against|with|from|by|for|into|the)\s+(?:\w+\s+)?)$", I)
SUBJECT_NOUN = re.compile(r"\s+(?:Seite|Führung|Regierung|Delegation|Vertreter\w*|Amtsträger|"
                          r"Stellen|Militärs|Präsident\w*|Außenminister\w*|Verhandlungsführer|"
                          r"Regierungschefs|Staats- und Regierungschefs|Partner\w*|Staaten|"
                          r"Behörden|Unterhändler|side|government|officials|leaders|delegation)\b", I)
ATTRIBUTION = re.compile(r"(?:aus (?P<a>\w+) Sicht|aus Sicht (?P<b>\w+)|nach (?P<c>\w+) Angaben|"
                         r"von (?P<d>\w+) Seite|die (?:Regierung|Führung) in (?P<e>\w+)|"
                         r"(?P<f>\w+) zufolge|laut (?P<g>\w+))", I)
LOCAL_SUPPORT = re.compile(r"von (?P<x>\w+) (?:angestrebte|geforderte|gewünschte|verfolgte)", I)
LOCAL_REJECT = re.compile(
    r"für (?:den |die |das )?(?P<x>\w+)(?: und seine \w+ Partner)?(?:\s+\S+){0,4}?\s+(?:ein |eine |"
    r"absolut |völlig |von vornherein )?\"?(?:No-Go|Tabu|rote Linie|rotes Tuch|inakzeptabel|"
    r"unannehmbar)|(?:No-Go|Tabu|rote Linie|rotes Tuch|inakzeptabel|unannehmbar)\"?"
    r"(?:\s+\S+){0,2}?\s+für (?:den |die |das )?(?P<y>\w+)", I)
NEGATION = re.compile(r"\b(?:nicht|kein\w*|niemals|nie|never|not|no|won't|will not)\b[^.,;]{0,25}$", I)
KONJUNKTIV = re.compile(r"\b(?:sei|seien|habe|müsse|werde|könne|solle|wolle|dürfe|gebe)\b")
PRONOUN = re.compile(r"\b(?:er|sie|ihm|ihr|seinerseits|ihrerseits|he|she|his|her)\b")
PARTNERS = re.compile(r"gemeinsam mit [^.]{0,40}europäische\w* Partner|seine\w* europäische\w* "
                      r"Partner|together with [^.]{0,30}European partners", I)


def _actor_of_word(word: str, s: Sentence) -> str | None:
    """The actor a single word names, via the sentence's mentions (Moskauer, Kiews, Kreml)."""
    for m in s.mentions:
        if m.surface == word or m.surface.endswith(" " + word) or m.surface.startswith(word):
            if m.actor:
                return m.actor
    w = word.lower()
    for prefix, actor in (("russ", "RUS"), ("moskau", "RUS"), ("kreml", "RUS"), ("ukrain", "UKR"),
                          ("kiew", "UKR"), ("kyjiw", "UKR"), ("kyiv", "UKR"), ("amerikan", "USA"),
                          ("us", "USA"), ("washington", "USA"), ("europ", "EUR"),
                          ("türk", "TUR")):
        if w.startswith(prefix):
            return actor
    return None


def _subjects(s: Sentence) -> list[str]:
    """Actors that plausibly act in the sentence: names not governed by a preposition, and
    adjectives heading 'Seite', 'Führung', 'Vertreter' ..."""
    out: list[str] = []
    t = s.text
    for m in s.mentions:
        if not m.actor or m.actor not in ACTORS:
            continue
        rel = m.start - s.start
        before = t[max(0, rel - 30):rel]
        after = t[m.end - s.start:m.end - s.start + 40]
        if after.startswith("-") and not re.match(r"-(?:Regierung|Führung|Präsident|Delegation)", after):
            continue  # a compound: Nato-Mitgliedschaft, US-Vermittlung
        is_adjective = m.kind == "actor" and m.surface[:1].islower()
        if is_adjective:
            if SUBJECT_NOUN.match(after) and not PREPOSITION.search(before):
                out.append(m.actor)
            continue
        if m.surface.endswith("s") and m.kind != "person" and re.match(r"\s+[A-ZÄÖÜ]", after):
            continue  # a genitive attribute: "Moskaus Forderungen"
        if PREPOSITION.search(before):
            continue
        out.append(m.actor)
    return list(dict.fromkeys(out))


def _speaker(s: Sentence, P: dict[str, Any]) -> tuple[Mention | None, bool]:
    """The person quoted or reported in `s`, and whether a commentator (no office) speaks."""
    if not any(p.search(s.text) for p in P["speech"]):
        return None, False
    persons = [m for m in s.mentions if m.kind == "person"]
    with_actor = [m for m in persons if m.actor]
    if with_actor:
        return with_actor[0], False
    return None, bool(persons)


def _polarity(t: str, P: dict[str, Any]) -> tuple[str | None, int]:
    best: tuple[int, str] | None = None
    for name in ORDER:
        for rx in P["polarity"][name]:
            m = rx.search(t)
            if m is None:
                continue
            pol = name
            if name in ("accept", "support") and NEGATION.search(t[max(0, m.start() - 30):m.start()]):
                pol = "reject"
            rank = ORDER.index(pol)
            if best is None or rank < best[0]:
                best = (rank, pol)
            break
    return (None, -1) if best is None else (best[1], best[0])


def _option(issue: str, t: str, s: Sentence, P: dict[str, Any]) -> str | float | None:
    if issue == "military.army_size":
        for f in s.figures:
            if f.unit == "soldiers":
                return f.value
        return None
    for opt, rxs in P["issues"][issue]["options"].items():
        if any(rx.search(t) for rx in rxs):
            return str(opt)
    return None


def find_stances(sents: list[Sentence], published: str | None, lang: str) -> list[Stance]:
    from accord.news.extract import patterns

    P = patterns()
    out: list[Stance] = []
    prev_speaker: Mention | None = None
    prev_actor: str | None = None
    last_person: Mention | None = None
    for s in sents:
        t = s.text
        speaker, commentator = _speaker(s, P)
        issues = [iid for iid, spec in P["issues"].items()
                  if any(rx.search(t) for rx in spec["cues"])
                  and (not spec["requires"] or any(rx.search(t) for rx in spec["requires"]))]
        own_actor: str | None = None
        persons = [m for m in s.mentions if m.kind == "person" and m.actor]
        opinion = any(rx.search(t) for rx in P["opinion"])
        if not issues or opinion or commentator:
            prev_speaker, prev_actor = (speaker, speaker.actor) if speaker else (None, None)
            if opinion or commentator:
                prev_speaker, prev_actor = None, None
            last_person = persons[-1] if persons else last_person
            continue
        if "military.army_size" in issues and re.search(r"demilitari|entmilitari", t, I):
            issues = [i for i in issues if i != "military.weapons_caps"] + ["military.weapons_caps"]
        date = s.dates[0].first if s.dates and s.dates[0].granularity in ("day", "range") else published
        red = any(rx.search(t) for rx in P["red_line"])
        produced: list[tuple[str, str, str | None]] = []  # actor, polarity, speaker
        # 3. phrase-level bindings
        for m in LOCAL_SUPPORT.finditer(t):
            a = _actor_of_word(m.group("x"), s)
            if a:
                produced.append((a, "support", None))
        for m in LOCAL_REJECT.finditer(t):
            a = _actor_of_word(m.group("x") or m.group("y"), s)
            if a:
                produced.append((a, "reject", speaker.entity if speaker else None))
                if PARTNERS.search(t) and a != "EUR":
                    produced.append(("EUR", "reject", None))
        polarity, _ = _polarity(t, P)
        if polarity is not None and not any(p == polarity for _, p, _ in produced):
            actors: list[str] = []
            who: str | None = None
            if speaker is not None and speaker.actor:
                actors, who = [speaker.actor], speaker.entity
            else:
                att = ATTRIBUTION.search(t)
                if att:
                    word = next(g for g in att.groups() if g)
                    a = _actor_of_word(word, s)
                    if a:
                        actors = [a]
                    elif prev_speaker is not None and re.match(r"(?i)ihm|ihr", word):
                        actors, who = [prev_speaker.actor or ""], prev_speaker.entity
                if not actors:
                    actors = _subjects(s)[:2]
                    if len(actors) == 2 and not re.search(
                            r"\b\w+\s+(?:und|and)\s+\w+\b", t[:60]):
                        actors = actors[:1]
                if not actors and (KONJUNKTIV.search(t) or PRONOUN.search(t)):
                    if prev_speaker is not None:
                        actors, who = [prev_speaker.actor or ""], prev_speaker.entity
                    elif prev_actor:
                        actors = [prev_actor]
                    elif PRONOUN.search(t) and last_person is not None and last_person.actor:
                        actors, who = [last_person.actor], last_person.entity
                if actors and PARTNERS.search(t) and "EUR" not in actors:
                    actors.append("EUR")
            for a in actors:
                if a and a in ACTORS and not any(x == a for x, _, _ in produced):
                    produced.append((a, polarity, who))
            own_actor = actors[0] if actors else None
        for actor, pol, who in produced:
            for issue in issues:
                pol_i = pol
                if issue == "ceasefire.sequence" and re.search(r"Bedingung", t) :
                    pol_i = "conditional"
                elif pol == "conditional" and issue != "ceasefire.sequence" and re.search(
                        r"als Bedingung für", t) and re.search(r"\bforder", t, I):
                    pol_i = "demand"
                out.append(Stance(start=s.start, end=s.end, actor=actor, issue=issue,
                                  polarity=pol_i, option=_option(issue, t, s, P),
                                  red_line=bool(red and pol_i == "reject"), speaker=who, date=date,
                                  reported=bool(KONJUNKTIV.search(t) or who), cue=pol_i))
        if speaker is not None:
            prev_speaker, prev_actor = speaker, speaker.actor
        elif own_actor and KONJUNKTIV.search(t):
            prev_actor = own_actor
        else:
            prev_speaker, prev_actor = None, None
        last_person = persons[-1] if persons else last_person
    return out
