"""The pledge rule of the cascade (`cascade._RULES`): a pledge by an actor (`_pledge`), not
negated or refused (`_pledge_refused`), not only possible, not offered for a condition the other
side is to meet (`_on_condition`), with its givers (`_givers`: who gives, not who receives
(`_recipient`) or reports) and whether the amount is one of each giver (`_of_each`). Moved out of
`cascade` unchanged.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.announced_steps import _OPEN_QUESTION
from accord.news.events.common import IC, TOPICS
from accord.news.events.event_records import _event
from accord.news.events.intents import STEP
from accord.news.events.pledges import (
    CLAUSE_END,
    COALITION,
    DELEGATION_SENT,
    EUROPEAN_STATE,
    PLEDGE,
    RECIPIENT_BEFORE,
    RESOURCES,
    pledge_at,
    promised,
)
from accord.news.events.summits import _member_parties
from accord.news.events.walk import (
    _Walk,
)
from accord.news.facts import NewsEvent
from accord.news.prefilter import gate_patterns
from accord.news.stance_holders import clause_span

if TYPE_CHECKING:
    from accord.news.extract import Sentence
    from accord.news.facts import Mention


# resources offered for a condition the other side is to meet ("falls sich Kiew zurückziehe", "if
# Kyiv withdraws", "unter der Bedingung, dass"): a proposal, no commitment
_ON_CONDITION = re.compile(r"\b(?:falls|sofern|vorausgesetzt|unter der (?:Bedingung|Voraussetzung)|if|unless|"
                           r"provided that|on (?:the )?condition)\b", IC)
# the pledge's own clause ends here ("..., although officials did not say if ...", "on top of")
_PLEDGE_CLAUSE_END = re.compile(r"[;:]|,\s*(?:although|though|even though|but|while|whereas|on top of|obwohl|"
                                r"aber|doch|während|zumal)\b", IC)
# "did not say if", "asked whether": an indirect question, no condition
_IF_AS_WHETHER = re.compile(r"\b(?:say|says|said|ask|asks|asked|know|knows|knew|clear|decide\w*|"
                            r"sure|wonder\w*|sagen|sagte\w*|wissen|fragt\w*)\s+$", IC)


def _on_condition(t: str, start: int) -> bool:
    """Whether the clause of the pledge verb at `start` offers it for a condition."""
    end = _PLEDGE_CLAUSE_END.search(t, start)
    return any(not _IF_AS_WHETHER.search(t[max(0, c.start() - 12):c.start()])
               for c in _ON_CONDITION.finditer(t, start, end.start() if end else len(t)))


def _pledge(w: _Walk) -> list[NewsEvent] | None:
    """A pledge by an actor, not negated, not only possible, not offered for a condition: one
    pledge per topic with its amount; a promise that commits no resources is a statement of
    intent when it names a step, else nothing."""
    s, t, places = w.s, w.t, w.places
    if (first := PLEDGE.search(t)) is not None and not promised(t, first) and pledge_at(t) is None:
        # "sagte X zu Reportern", "sagte, ohne Einzelheiten zu nennen": no promise, and (as before
        # the fifteenth session) no other rule reads the sentence either (letting the later rules
        # read these sentences added one unmatched event on the validation set and matched none)
        return []
    if not ((pm := pledge_at(t)) and s.actors() and not re.search(
               # (not negated, not a possibility: "könnten das Entsenden von Truppen ...")
               r"\b(?:nicht|kein\w*|not|no|könnte\w*|würde\w*|could|would|might|may)\b",
               t[:pm.start()], IC) and not _pledge_refused(t, pm) and not (
               # (not offered for a condition: "more weapons, if Kyiv withdraws" is a proposal)
               _on_condition(t, pm.start())) and not (
               # (not an open question: "offen, ob Berlin Truppen entsenden wird")
               _OPEN_QUESTION.search(t[max(0, pm.start() - 60):pm.start()])) and not (
               # (a delegation sent to talks: "wollten Delegationen nach Doha entsenden")
               re.match(r"entsend|send", pm.group(0), IC)
               and DELEGATION_SENT.search(t[max(0, pm.start() - 60):pm.end() + 40]))):
        return None
    made: list[NewsEvent] = []
    topics: list[str | None] = [tp for tp, rx in TOPICS if rx.search(t)] or [None]
    # what the pledge commits is in its own clause ("promised to scale down its operations, while
    # Ukraine proposed ... guarantees" commits no guarantee)
    clause = clause_span(t, pm.start(), CLAUSE_END)
    if not RESOURCES.search(t[clause[0]:clause[1]]):
        # a promise to phone, meet or inform commits no resources: an announced step; a
        # promise of an outcome ("to end the war") or a commitment to an aim ("remains
        # committed to a deal") names no step: nothing
        # (and no "zu" of an infinitive taken for that of "zusagen": "sagte X, ohne ... zu nennen")
        if STEP.search(t):
            e = _event("statement_of_intent", s, place=places[0] if places else None)
            e.cue = "rule: a promise with no resources committed"
            made.append(e)
        topics = []
    for tp in topics:
        # (a number of states is who gives, never what is given)
        q, u = next(((f.value, f.unit) for f in s.figures if f.unit != "countries"), (None, None))
        if u is None and re.search(r"Dollar|Euro|USD|EUR", t):
            u = "USD" if "Dollar" in t or "USD" in t else "EUR"
        made.append(_event("pledge", s, topic=tp, quantity=q, unit=u,
                           place=places[0] if places else None))
        if not _givers(made[-1], s, pm, clause):
            # Europe named by its members or their heads ("Merz und Macron"): the member codes
            _member_parties(made[-1], [s], w.published)
        if len(made[-1].parties) > 1 and _of_each(t, pm):
            # "Merz und Macron kündigten jeweils neue Hilfspakete an": a pledge of each giver
            # (named before the verb; not the recipient: "der Ukraine")
            each = made.pop()
            givers = [a for a in each.parties
                      if any(m.actor == a and m.start - s.start < pm.start() for m in s.mentions)]
            for party in givers or each.parties:
                one = _event("pledge", s, topic=tp, quantity=q, unit=u,
                             place=places[0] if places else None)
                one.parties = [party]
                made.append(one)
    return made


# a leading adverbial clause or phrase closed by a comma, before the main clause of a pledge
_LEAD = re.compile(r"\W*(?:Nachdem|Als|Weil|Da|Obwohl|Obgleich|Während|Bevor|Seitdem|Trotz|Angesichts|"
                   r"After|Despite|In spite of|Although|Though|While|Following|Because|Since|When|"
                   r"Before|Amid)\b[^,;:]*,\s*", IC)
# a refusal ("weigert sich", "lehnte es ab", "declined", "refused", "ruled out") and the pledge verb
# as the infinitive it governs ("weigert sich, Truppen zu entsenden", "lehnt es ab, ...
# bereitzustellen", "declined to pledge"), not a finite verb of its own ("lehnten X ab und sagten
# ... zu", "Nachdem Moskau ... abgelehnt hatte, sagte Deutschland ... zu", "Despite Russia's
# refusal ..., Germany pledged")
_REFUSAL = re.compile(r"\b(?:weiger\w*|lehnt\w*|abgelehnt|refus\w*|declin\w*|rule[sd]? out|ruling out)\b", IC)
_INFINITIVE_BEFORE = re.compile(r"\b(?:zu|to)\s+$", IC)
_INFINITIVE_IN = re.compile(r"\w+zu\w+|zur Verfügung zu\b|\w+ing\b", IC)


def _pledge_refused(t: str, pm: re.Match[str]) -> bool:
    """Whether a refusal in the pledge's own clause governs its verb as an infinitive."""
    a, _ = clause_span(t, pm.start(), CLAUSE_END)
    if not _REFUSAL.search(t, a, pm.start()):
        return False
    return bool(_INFINITIVE_BEFORE.search(t[max(a, pm.start() - 8):pm.start()])
                or _INFINITIVE_IN.match(pm.group(0)))


def _givers(e: NewsEvent, s: Sentence, pm: re.Match[str], clause: tuple[int, int]) -> bool:
    """The parties of a pledge are who gives: a group of states in the pledge's clause ("26
    Länder hätten zugesagt", "the coalition of the willing pledged") is the European side; the
    actors named before the verb give when there are any ("Germany promised Ukraine ..."), else
    those not named as the recipient ("sagte Deutschland der Ukraine ... zu"); a European state
    with no code of its own ("Norway pledged") is EUR. True when a group of states gives (no
    member named in the sentence, the announcer "Macron" among them, is a giver then)."""
    t, mentions = s.text, s.mentions
    if (lead := _LEAD.match(t)) is not None and lead.end() <= pm.start():
        # (who is named only in a leading clause or phrase gives nothing: "Nachdem Moskau den
        # Plan abgelehnt hatte, sagte Deutschland ... zu", "Despite Russia's refusal ..., Germany
        # pledged")
        mentions = [m for m in mentions if m.start - s.start >= lead.end()]
        e.parties = [a for a in e.parties if any(m.actor == a for m in mentions)]
    inside = sorted((m for m in mentions if pm.start() < m.start - s.start < pm.end()), key=lambda m: m.start)
    if (len(inside) >= 2 and _BARE_DATIVE.fullmatch(t, pm.start(), inside[0].start - s.start)
            and not _SUBJECT_FIRST.match(t) and not any(m.start - s.start < pm.start() for m in mentions)
            and inside[1].start - inside[0].end <= 2):
        # the verb second after a fronted phrase, two names right after it ("Am Montag sagte
        # Berlin Kiew weitere Systeme zu", "Am Freitag sicherte Washington Kiew ... zu"): the first
        # is the subject that gives, the second the dative that receives; a European capital
        # stands for its state, and is no place of the pledge
        first = inside[0]
        giver = first.actor or _EUROPEAN_CAPITALS.get(first.entity)
        if giver is not None:
            e.parties = [giver]
            if e.place == first.entity:
                e.place = None
            return False
    # (a group of states gives only as the subject: nothing but its own words between it and the
    # verb, "26 Länder hätten zugesagt", "21 nations had agreed to", not "After a call with 30
    # countries, Germany pledged", "Nach einem Treffen mit Vertretern von 30 Ländern sagte ...")
    states = [f for f in s.figures if f.unit == "countries" and clause[0] <= f.start - s.start < clause[1]
              and f.start - s.start < pm.end() and not _STATES_OBJECT.search(t, 0, f.start - s.start)
              and (_FINITE_NEXT.match(t, f.end - s.start) is not None or (
                  not re.search(r"[,;:]", t[f.end - s.start:pm.start()])
                  and not any(f.end - s.start <= m.start - s.start < pm.start() for m in mentions)))]
    if states or COALITION.search(t, clause[0], clause[1]):
        e.parties = ["EUR"]
        return True
    # (the agent of a passive gives: "500 million euros pledged by Germany", "von Deutschland
    # zugesagt")
    agents = [m.actor for m in mentions if m.actor and (
        (m.start - s.start >= pm.end() and _AGENT_AFTER.fullmatch(t, pm.end(), m.start - s.start))
        or (m.end - s.start <= pm.start() and re.search(r"\b(?:von|vom)\s+$", t[:m.start - s.start])
            and not t[m.end - s.start:pm.start()].strip()))]
    if agents:
        e.parties = sorted(set(agents))
        return False

    def recipient(m: Mention) -> bool:
        return _recipient(t, m.start - s.start, pm, [x.start - s.start for x in mentions])

    named = [m for m in mentions if m.start - s.start < pm.start() and not recipient(m)]
    # (the speaker of "X said Germany had pledged" gives nothing when a giver is named after it)
    said = [m for m in named if _SAYS_BETWEEN.search(t, m.end - s.start, pm.start())]
    if len(said) < len(named):
        named = [m for m in named if m not in said]
    before = [a for a in e.parties if any(m.actor == a for m in named)]
    if before:
        e.parties = before
    else:
        given = [m.actor for m in mentions if m.actor in e.parties and recipient(m)]
        e.parties = [a for a in e.parties if a not in given]
    # (a European state as the giver: named up to the end of the verb, "Norway pledged", "sagte
    # Norwegen der Ukraine ... zu", not in the attribution after it, "..., teilte das italienische
    # Außenministerium mit", "..., the Italian foreign minister said", nor as the speaker before it)
    if not e.parties and any(not _recipient(t, st.start(), pm, [])
                             and not _SAYS_BETWEEN.search(t, st.end(), pm.start())
                             for st in EUROPEAN_STATE.finditer(t, clause[0], min(clause[1], pm.end()))):
        e.parties = ["EUR"]
    return False


# the capitals of European states that stand for their state as givers (the gazetteer gives them
# no actor: as places they are venues)
_EUROPEAN_CAPITALS = {"berlin": "DEU", "paris": "FRA", "london": "GBR", "warsaw": "POL"}
# a group of states after a preposition ("mit 30 Ländern", "von 30 Ländern", "with 30 countries")
_STATES_OBJECT = re.compile(r"\b(?:mit|von|aus|bei|unter|zwischen|in|an|für|gegenüber|with|from|of|among|"
                            r"between|in|by|to|for)\s+(?:(?:rund|etwa|mehr als|über|knapp|fast|some|about|"
                            r"around|more than|over|nearly|almost)\s+)?$", IC)
# the agent of a passive after the verb ("pledged by Germany", "zugesagt von Berlin")
_AGENT_AFTER = re.compile(r"\s+(?:by|von|vom)\s+(?:the\s+|der\s+|dem\s+)?")
# a genitive after an office, no recipient ("Die Außenministerin der Niederlande")
_GENITIVE_OF = re.compile(r"\w*(?:minister\w*|präsident\w*|president|regierung|kanzler\w*|chef\w*|"
                          r"botschafter\w*|vertreter\w*|sprecher\w*|delegation|ministerium|"
                          r"außenamt)\s+(?:der|des)\s+$", IC)
# a bare German dative right after "sagte/sicherte" when the subject stands before the verb ("Die
# Ministerin sagte Kiew 300 Millionen Euro zu", "Merz sicherte Kiew ... zu")
_BARE_DATIVE = re.compile(r"(?:sagte|sagten|sagt|sagen|sicherte|sicherten|sichert|sichern)\s+", IC)
_SUBJECT_FIRST = re.compile(r"\W*(?:Die|Der|Das|Ein|Eine|Beide)\s")


def _recipient(t: str, at: int, pm: re.Match[str], named: list[int]) -> bool:
    """Whether the name at offset `at` of `t` is the recipient of the pledge `pm` (offsets of
    the sentence's other names in `named`)."""
    pre = t[:at]
    if RECIPIENT_BEFORE.search(pre):
        return not _GENITIVE_OF.search(pre)
    return bool(pm.start() < at < pm.end() and _BARE_DATIVE.fullmatch(t, pm.start(), at)
                and not any(at < x < pm.end() and RECIPIENT_BEFORE.search(t[:x]) for x in named)
                and (_SUBJECT_FIRST.match(t) or any(x < pm.start() for x in named)))


# (the finite verb right after a German subject: "26 Länder haben der Ukraine ... zugesagt", "21
# Staaten verpflichteten sich, ... zu entsenden")
_FINITE_NEXT = re.compile(r"\s+(?:haben|hatten|hätten|sind|seien|waren|wollen|wollten|werden|würden|"
                          r"[a-zäöüß]\w+(?:te|ten))\b")
_SAYS_BETWEEN = re.compile(r"\b(?:said|says|told|stated|added|sagte|sagten|erklärte\w*|betonte\w*|"
                           r"teilte\w*)\b", IC)


# a pledge of each giver: "jeweils", "respectively", or "each/je" right before or after the verb or
# right after an amount ("Germany and France each pledged", "500 Millionen Euro je"), never "als je
# zuvor", "je nach", "each worth", "each other"
_EACH_ANY = re.compile(r"\b(?:jeweils|respectively)\b", IC)
_EACH_AT_VERB = re.compile(r"\b(?:each|je)\s*$", IC)
_EACH_AFTER = re.compile(r"^\s*(?:each|je)\b(?!\s+(?:worth|nach|zuvor|other|of)\b)", IC)
_EACH_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:(?:million|billion|Millionen|Milliarden|Mio\.|Mrd\.)\s*)?"
                          r"(?:euros?|dollars?|Euro|Dollar|€|\$)?\s+(?:each|je)\b"
                          r"(?!\s+(?:worth|nach|zuvor|other)\b)", IC)


def _of_each(t: str, pm: re.Match[str]) -> bool:
    """The pledge is told as one of each giver."""
    return bool(_EACH_ANY.search(t) or _EACH_AT_VERB.search(t[:pm.start()])
                or _EACH_AFTER.match(t[pm.end():]) or _EACH_AMOUNT.search(t))


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
