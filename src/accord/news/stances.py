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
   governed by a preposition; for a sentence in reported speech (Konjunktiv IC) or with a pronoun
   and no actor of its own, the speaker of the sentence before.
5. The polarity is the first matching cue class (reject, conditional, propose, accept, support,
   demand); a negated accept/support ("nicht zustimmen", also inside the verb bracket: "stimmte
   ... nicht zu"; "without providing") is a reject.
6. A sentence the stance polarity model (`accord.news.stance_model`) reads as taking no position
   with high confidence gives none, whatever cue the rules found, unless a phrase binds a
   position to its holder (rule 3, or a position noun with its owner).
7. Structure: a position noun with its owner ("Moscow's demand", "die Forderung Moskaus") is the
   owner's and never the cue of the clause naming it; a source adverbial ("laut X", "X zufolge")
   reports the subject's position; a condition has two slots (what is offered: conditional; the
   condition asked for: demand); an issue named only as the case or the topic of talks ("Für den
   Fall einer Waffenruhe", "In den Verhandlungen über X") takes no position.

`find_stances` reads whose position a cue tells from `stance_owners` (lead-ins, sides asked,
obligations, terms, backing) and territory named only as a place from `stance_territory`; the
holders and the cues live in `stance_holders` and `stance_cues`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from accord.news import stance_model
from accord.news.facts import Mention, Stance
from accord.news.prefilter import focus, gate_patterns, present
from accord.news.stance_clauses import (
    BLANKS,
    COND_NEXT,
    LEAD_IN,
    OWNED_FILL,
    _blank,
    _contrasted,
    _if_role,
    _issue_clause,
    _link_role,
    _links,
    _main_clause_first,
    _masked,
    _named_after,
    _need_role,
    _only_under_role,
    _option,
    _owned_nouns,
    _polarity_masked,
)
from accord.news.stance_cues import (
    BATTLEFIELD,
    KONJUNKTIV,
    NEGOTIATING,
    NOUN_NEGATED,
    NOUN_OWNER,
    NOUN_POLARITY,
    OFFERED,
    OWNED_POLARITY,
    OWNED_POSITION,
    PASSIVE_AGENT,
    PRESSED,
    STRONG_CEASEFIRE,
    TAKES_EFFECT,
    _polarity,
)
from accord.news.stance_frames import (
    COND_GOAL,
    FRAME,
    RELATIVE_AFTER,
    _no_comment,
    _talk_frames,
    foreign_votes,
)
from accord.news.stance_holders import (
    _KNOWN,
    _THIRD_OF,
    ACTORS,
    ATTRIBUTION,
    BOTH_SIDES,
    DEMAND_VERB,
    DEMONSTRATIVE,
    IC,
    LOCAL_ACCEPT,
    LOCAL_DEMAND,
    LOCAL_PARTICIPLE,
    LOCAL_PARTICIPLE_EN,
    LOCAL_REJECT,
    LOCAL_SUPPORT,
    MEDIATORS,
    MODAL,
    OPENING_FOR,
    PARTICIPLE_POLARITY,
    PARTNERS,
    PLAN_IT,
    PLAN_OWNER,
    PLAN_PRESENTED,
    PLAN_PROVISION,
    PLAN_SHALL,
    REFERENCE,
    _actor_of_word,
    _asks_own_side,
    _clause_subject,
    _coordinated,
    _relative_holder,
    _reported_holder,
    _speaker,
    _stance_mentions,
    _subjects,
    clause_span,
    guarantor_candidates,
    member_actor,
    outsider_acts,
)
from accord.news.stance_owners import (
    BACKED_BODY,
    BACKED_PROPOSAL,
    COMPLEMENT,
    CONTINUING,
    DEAL_TERMS,
    ELABORATION,
    KONJUNKTIV_MODAL,
    MEMBERSHIP,
    THIS_ONE,
    WARRING,
    WOULD,
    _both_addressed,
    _demands_owner,
    _list_owner,
    _obliged_subject,
    _own_demand,
    _terms_owner,
    _truce_asked_of,
)
from accord.news.stance_relative import _appositive_agents, _relative_own
from accord.news.stance_territory import LOCAL_TRUCE, _located

if TYPE_CHECKING:
    from accord.news.extract import Sentence

# a fronted adverbial clause up to its comma ("But before they adjourned, ...", "Nachdem sie sich
# getroffen hatten, ..."): a pronoun in it does not stand for the main clause's subject
FRONTED_CLAUSE = re.compile(r"^\W*(?:(?:But|And|Yet|Aber|Doch|Und)\s+)?(?:before|after|when|while|as|once|"
                            r"since|although|though|because|until|bevor|nachdem|als|während|wenn|weil|"
                            r"obwohl|sobald|bis)\b[^,;.]{0,100},", IC)

# a pronoun that reports what follows ("He said that ...", "Sie erklärte, ..."): not the holder of
# a position whose own subject follows it
REPORTING = re.compile(r"\s+(?:also\s+|later\s+|auch\s+|zudem\s+)?(?:said|says|told|stated|revealed|"
                       r"noted|added|explained|reported|claimed|recalled|sagte|sagt|erklärte|erklärt|"
                       r"betonte|berichtete|fügte|teilte|verwies)\b", IC)

# a reported obligation right before the side it obliges ("müsse die Regierung in Kiew ...", "müsse
# man die Führung in Moskau ... zwingen")
OBLIGED_BEFORE = re.compile(r"\b(?:müsse|muss|müssen|müsste|müssten|solle|sollte|sollten|soll)\s+"
                            r"(?:man\s+)?$", IC)

# a position noun with a demonstrative ("dieser Forderung", "this proposal", "jenes Angebot"): the
# position named before, referred back to
REFERRED_POSITION = re.compile(r"\b(?:[Dd]ies(?:e[rsmn]?)?|[Jj]ene[rsmn]?|[Tt]his|[Tt]hese|[Tt]hat|"
                               r"[Tt]hose)\s+(?:[a-zäöü]\w*\s+)?(?P<n>Forderung\w*|demands?|Vorschl[aä]g\w*|proposals?|"
                               r"Angebot\w*|offers?)\b")

# a word of proposing as a sentence's deciding cue ("proposed", "schlug ... vor", "Vorschlag")
PROPOSAL_WORD = re.compile(r"propos|vorschl|schlug|schlag", IC)

# a pronoun as the one who says it ("..., sagte er.", "he said", "so sie")
PRONOUN_SAID = re.compile(r"\b(?:sagte|sagt|erklärte|betonte|schrieb|fügte|so|meinte)\s+(?:er|sie)\b|"
                          r"\b(?:he|she)\s+(?:said|says|added|told|wrote|stressed)\b|"
                          r"\b(?:said|says|added)\s+(?:he|she)\b")

# a pronoun for one person ("He also restated his demand ...", "Er bekräftigte ...")
SINGULAR = re.compile(r"[Hh]e|[Ss]he|[Ee]r")

# an item of a list (a line opened by a bullet or a dash)
BULLET = re.compile(r"^\s*[•▪◦●‣*–-]\s+")
# a plan with the possessive of the sentence's subject ("Trump gave Kyiv a week to approve his
# plan", "Selenskyj stellte seinen Friedensplan vor")
PLAN_OF_SUBJECT = re.compile(r"\b(?:his|its|their|her|seine[nms]?|ihre[nms]?)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:plan|proposal|draft|framework|roadmap|[\w-]*Plan|Friedensplan|Entwurf|"
                             r"Vorschlag|Fahrplan)\b")


# the names other modules import from here (moved to stance_holders and stance_cues)
__all__ = ["ACTORS", "BOTH_SIDES", "_polarity_masked", "_speaker", "_subjects", "find_stances"]


_CANDIDATES: dict[frozenset[str], list[tuple[str, Any]]] = {}
_CANDIDATES_OF: list[Any] = []
"""The issues (`_candidate_issues`) per set of required strings, for the `patterns()` object in
`_CANDIDATES_OF`."""


def _candidate_issues(P: dict[str, Any], t: str) -> list[tuple[str, Any]]:
    """The items of `P["issues"]` whose cues can match in `t` (`Cue.possible`), in their order:
    the others' cues find nothing there, so leaving them out changes no list of issues. Kept
    per set of required strings (a few hundred per corpus), so a sentence costs one lookup
    instead of a cue search per issue."""
    found = present(t)
    if found is None:
        return list(P["issues"].items())
    if not _CANDIDATES_OF or _CANDIDATES_OF[0] is not P:
        _CANDIDATES.clear()
        _CANDIDATES_OF[:] = [P]
    try:
        return _CANDIDATES[found]
    except KeyError:
        pass
    if len(_CANDIDATES) >= 4096:
        _CANDIDATES.clear()  # bounded: any set can be looked at again
    out = _CANDIDATES[found] = [(iid, spec) for iid, spec in P["issues"].items()
                                if any(rx.possible(found) for rx in spec["cues"])]
    return out


def find_stances(sents: list[Sentence], published: str | None, lang: str) -> list[Stance]:
    from accord.news.extract import patterns

    P = patterns()
    if not _KNOWN:
        from accord.news.gazetteer import default

        _KNOWN.update(default().surfaces)
        _KNOWN.update(_THIRD_OF)
    out: list[Stance] = []
    prev_speaker: Mention | None = None
    prev_subject: list[str] = []
    prev_issues: list[str] = []
    prev_text = ""
    since_stance = 99
    plan_owner: str | None = None  # the actor whose plan the article last named
    plan_told = -9  # the index of the last sentence naming a plan or one of its provisions
    list_owner: str | None = None  # the side whose position a lead-in before a list names
    listed_owner: str | None = None  # the owner of demands the sentence before named without an issue
    guarantors_before = False  # whether the sentence before named states as possible guarantors
    last_holder: dict[str, str] = {}  # polarity (demand, propose) -> the side that last held one
    for k, s in enumerate(sents):
        s = _stance_mentions(s)  # "Berlin lehnt ... ab", "Beijing called for ...": the government
        t = s.text
        focus(t)  # the cue prefilter: pieces of this sentence come next
        in_list = None
        if BULLET.match(t):
            in_list = list_owner  # an item of the list the lead-in opened
        else:
            list_owner = _list_owner(s) if t.rstrip().endswith(":") else None
        since_stance += 1
        speaker, commentator = _speaker(s, P)
        for m in PLAN_OWNER.finditer(t):
            word = (m.group("x") or m.group("y") or m.group("z")).replace("'s", "")
            owner = _actor_of_word(re.sub(r"[.]", "", word), s)
            if owner in ACTORS:
                plan_owner = owner
        if PLAN_PRESENTED.search(t) and (presenters := _subjects(s)):
            plan_owner = presenters[0]
        elif (possessive := PLAN_OF_SUBJECT.search(t)) is not None and (owners := _subjects(s)) and any(
                m.actor == owners[0] and m.start - s.start < possessive.start() for m in s.mentions) and \
                _polarity(t, P, lang)[0] != "reject":
            plan_owner = owners[0]  # "Trump gave Kyiv a week to approve his plan": the subject's plan
        provision = PLAN_PROVISION.search(t) if plan_owner is not None else None
        if provision is None and plan_owner is not None and '"' not in t:
            provision = PLAN_IT.search(t) or (PLAN_SHALL.search(t) if k - plan_told <= 2 and speaker is None
                                              and not _own_demand(t, P) else None)
            # the plan as a pronoun ("Es sieht ... vor"), or its next provision told with "soll",
            # unless the sentence has a side's own verb of demanding or rejecting ("Moskau fordert,
            # die Ukraine soll ...") or a speaker: that side's position, not the plan's
        if provision is not None or PLAN_OWNER.search(t) or PLAN_PRESENTED.search(t):
            plan_told = k  # the last sentence that named a plan or one of its provisions
        issues = [iid for iid, spec in _candidate_issues(P, t)
                  if any(rx.search(t) for rx in spec["cues"])
                  and (not spec["requires"] or any(rx.search(t) for rx in spec["requires"]))
                  ] if any(rx.search(t) for rx in P["any_issue"]) else []
        if issues and (frames := [m.span() for m in FRAME.finditer(t)] + [
                f for f in _talk_frames(t) if not RELATIVE_AFTER.match(t, f[1])]):
            # an issue named only as the case or the topic of talks ("Für den Fall einer
            # Waffenruhe ...", "In den Verhandlungen über X ...") takes no position, unless a
            # relative clause on it states one ("to discuss a ceasefire, which Moscow rejects")
            issues = [i for i in issues if not all(
                any(a <= h.start() < b for a, b in frames)
                for rx in P["issues"][i]["cues"] for h in rx.folded.finditer(t))]
        if len(issues) > 1 and (goals := [m.span() for m in COND_GOAL.finditer(t)]):
            # "demands X as a condition for a ceasefire": the goal of the terms takes no position
            # where the sentence names what is asked for it
            kept = [i for i in issues if not all(
                any(a <= h.start() < b for a, b in goals)
                for rx in P["issues"][i]["cues"] for h in rx.folded.finditer(t))]
            issues = kept or issues
        if issues and (spots := _located(t)):
            # territory named only as where something happens ("drones struck targets on Ukrainian
            # territory", "auf ukrainischem Territorium"): no position on who should have the land
            issues = [i for i in issues if not i.startswith("territory.") or not all(
                any(a <= h.start() < b for a, b in spots)
                for rx in P["issues"][i]["cues"] for h in rx.folded.finditer(t))]
        if "politics.elections" in issues and (votes := foreign_votes(t)):
            # another country's vote ("regional elections in Turkey", "die Parlamentswahlen in Ungarn"):
            # no position on Ukraine's elections
            issues = [i for i in issues if i != "politics.elections" or not all(
                any(a <= h.start() < b for a, b in votes)
                for rx in P["issues"][i]["cues"] for h in rx.folded.finditer(t))]
        if "ceasefire.sequence" in issues and (local := [m.span() for m in LOCAL_TRUCE.finditer(t)]):
            # a truce limited to a place or a purpose ("agree to a Black Sea ceasefire", "a
            # ceasefire at the nuclear plant to repair a power line", "Waffenruhe im Schwarzen
            # Meer"): no position on the general ceasefire, unless the sentence names that too
            rest = _blank(t, local)
            if not any(rx.search(rest) for rx in P["issues"]["ceasefire.sequence"]["cues"]):
                issues.remove("ceasefire.sequence")
        # "Die Gespräche scheiterten an Moskaus Forderungen. Insbesondere der Rückzug aus X ...": a
        # sentence that spells out the demands the sentence before named with their owner (and
        # without an issue) gives the owner's demand on what it names
        elab_owner = listed_owner if listed_owner and issues and ELABORATION.match(t) else None
        listed_owner = None if issues else _demands_owner(s)
        # polarity cues are the costlier search and matter only where an issue is named or
        # referred back to
        # a position noun with its owner ("Moscow's demand", "die Forderung Russlands") is the
        # owner's, never the cue of the clause that names it ("criticised Moscow's demand"); a
        # third party's ("China's proposal") is nobody's here
        tp = t
        polarity = None
        if issues or (prev_issues and since_stance <= 2):
            owned_any, owned_other = _owned_nouns(s)
            base = t
            if (lead := LEAD_IN.match(t)) is not None and '"' not in lead.group(0) and not any(
                    m.actor in ACTORS and m.start - s.start < lead.end() for m in s.mentions):
                # a lead-in with no side before a colon ("Harte Forderungen stehen im Raum: ...")
                # frames what follows; the position is after the colon
                base = _blank(t, [lead.span()])
            if talks := _talk_frames(t):
                base = _blank(base, talks)  # readiness to talk is no cue of a position
            if quiet := _no_comment(t):
                base = _blank(base, quiet)  # declining to comment takes no position on the topic
                # nor does the sentence's other clause on it ("declined to comment on X but insisted
                # on Y"): an issue named only where comment is declined is dropped (not one named in
                # a reporter's question, which the answer takes up: "Asked whether X, ... rejects it")
                declined = [(a, b) for a, b in quiet
                            if not re.match(r"\W*(?:when\s+)?asked\b|\W*auf\s+(?:die|eine)\b", t[a:b], re.I)]
                issues = [i for i in issues if any(
                    not any(a <= h.start() < b for a, b in declined)
                    for rx in P["issues"][i]["cues"] for h in rx.folded.finditer(t))]
            tp = _blank(base, owned_any, OWNED_FILL)
            polarity = _polarity_masked(tp, P, lang)
            if polarity is None and owned_any:
                tp = _blank(base, owned_other, OWNED_FILL)  # the owner's own noun is the cue
                polarity = _polarity_masked(tp, P, lang)
        if polarity is None and issues and (pledged := LOCAL_ACCEPT.search(t)) and _actor_of_word(
                pledged.group("x"), s) in ACTORS:
            polarity = "accept"  # "Zusagen der ukrainischen Regierung zur Einstellung ...": its word given
        if issues and polarity in ("support", "accept") and DEAL_TERMS.match(t) and WOULD.search(t):
            polarity = "propose"  # "Under the draft accord, Kyiv would pledge ...": its offer
        if provision is not None and issues and polarity in (None, "demand", "support", "propose", "accept"):
            polarity = "propose"  # what a plan provides is its owner's proposal
        if polarity is None and elab_owner is not None and MEMBERSHIP.match(t):
            polarity = "demand"  # "Dazu gehört X", "Chief among them is X": X is one of the demands
        if polarity is not None and issues and not owned_any and not any(
                rx.search(t) for rx in (LOCAL_SUPPORT, LOCAL_REJECT, LOCAL_DEMAND, LOCAL_ACCEPT,
                                        LOCAL_PARTICIPLE, LOCAL_PARTICIPLE_EN)) and \
                stance_model.no_position(t, lang):
            # the polarity model reads the sentence as taking no position (a journalist's or an
            # analyst's reading, an agenda, a report of the talks) with high confidence: the
            # rules' cue there is no position either (a position the sentence binds to its holder
            # in a phrase, "die von Moskau geforderten ...", "Kyiv's refusal", stays one)
            polarity = None
        issues = issues if polarity else []
        if issues and BATTLEFIELD.search(t) and not NEGOTIATING.search(t):
            # a report from the front ("denied that Russian forces captured X in the Donetsk
            # region, insisting its troops hold"): no position on who should have the land
            issues = [i for i in issues if not i.startswith("territory.")]
        inherited = False
        named_here: list[str] = []
        if polarity and prev_issues and ((since_stance <= 2 and DEMONSTRATIVE.search(t)) or (
                since_stance <= 1 and not issues and re.search(r"\b(?:damit|dies|das|es)\b", t))):
            named_here = list(issues)  # the issues this sentence names itself
            issues = list(dict.fromkeys(issues + prev_issues))
            inherited = True
        opinion = any(rx.search(t) for rx in P["opinion"]) or (
            t.rstrip().endswith("?") and '"' not in t)  # the author's question takes no position
        subjects = _main_clause_first(s, _subjects(s))
        candidates = guarantor_candidates(s, guarantors_before)
        guarantors_before = bool(candidates)
        if subjects and candidates:
            subjects = [a for a in subjects if a not in candidates]  # named as possible guarantors
        rel_own = _relative_own(s, P, lang) if issues and polarity else None
        if rel_own is not None:
            # the subject of a relative clause with a cue of its own is not the main clause's
            # ("Eine Waffenruhe, die Selenskyj akzeptiert hatte, lehnte Putin ab")
            inside = {m.actor for m in s.mentions if rel_own[0][0] <= m.start - s.start < rel_own[0][1]}
            outside = {m.actor for m in s.mentions if not rel_own[0][0] <= m.start - s.start < rel_own[0][1]}
            subjects = [a for a in subjects if a not in inside or a in outside]
        own_ask = _asks_own_side(s, subjects)
        if polarity == "propose" and own_ask:
            polarity = "demand"  # urging one's own partners ("forderte den Westen auf") is a demand
        outsider = bool(issues) and outsider_acts(s, speaker, subjects)
        if not issues or opinion or commentator or outsider or polarity is None:
            if opinion or commentator or outsider:
                prev_speaker, prev_subject = None, []
            elif speaker is not None:
                prev_speaker, prev_subject = speaker, [speaker.actor or ""]
            elif prev_speaker is not None and PRONOUN_SAID.search(t):
                pass  # "..., sagte er.": the person named before still speaks
            elif subjects:
                prev_speaker, prev_subject = None, subjects[:1]
            elif not KONJUNKTIV.search(t):
                prev_speaker = None
            continue
        if "ceasefire.energy" in issues and "ceasefire.sequence" in issues and not STRONG_CEASEFIRE.search(t):
            issues.remove("ceasefire.sequence")  # a pause on energy strikes, not the general ceasefire
        if "military.army_size" in issues and re.search(r"demilitari|entmilitari", t, IC):
            issues = [i for i in issues if i != "military.weapons_caps"] + ["military.weapons_caps"]
        date = s.dates[0].first if s.dates and s.dates[0].granularity in ("day", "range") else published
        red = any(rx.search(t) for rx in P["red_line"])
        produced: list[tuple[str, str, str | None]] = []  # actor, polarity, speaker
        owned: dict[str, str] = {}  # actor -> the words that make the position its own
        for m in LOCAL_SUPPORT.finditer(t):
            actor = _actor_of_word(m.group("x"), s)
            if actor:
                produced.append((actor, "support", None))
        for m in LOCAL_REJECT.finditer(t):
            actor = _actor_of_word(m.group("x") or m.group("y"), s)
            if actor:
                produced.append((actor, "reject", speaker.entity if speaker else None))
                if PARTNERS.search(t) and actor != "EUR":
                    produced.append(("EUR", "reject", None))
        for m in LOCAL_DEMAND.finditer(t):
            actor = _actor_of_word(m.group("x") or m.group("y"), s)
            if actor and polarity == "demand":
                produced.append((actor, "demand", None))
        for m in LOCAL_ACCEPT.finditer(t):
            actor = _actor_of_word(m.group("x"), s)
            if actor in ACTORS and polarity == "accept" and not any(x == actor for x, _, _ in produced):
                produced.append((actor, "accept", None))
                owned[actor] = m.group(0)
        if elab_owner is not None and not any(x == elab_owner for x, _, _ in produced):
            produced.append((elab_owner, "demand", None))
            owned[elab_owner] = "the demands named before"
        only: dict[str, list[str]] = {}  # actor -> the issues its phrase-level position is on
        for m in [*LOCAL_PARTICIPLE.finditer(t), *LOCAL_PARTICIPLE_EN.finditer(t)]:
            if m.group("p").lower() == "backed" and BACKED_BODY.match(t, m.end()):
                continue  # "the Kremlin-backed authorities in Donetsk": a proxy, no position
            actor = _actor_of_word(re.sub(r"[.\u2024]", "", m.group("x")), s)
            if actor in ACTORS and not any(x == actor for x, _, _ in produced):
                # the position is on what follows the participle ("geforderten Gebietsabtretungen")
                after = t[m.end():m.end() + 60]
                on = [i for i in issues if any(rx.search(after) for rx in P["issues"][i]["cues"])]
                if on:
                    pol_p = PARTICIPLE_POLARITY[m.group("p").lower()]
                    if pol_p == "support" and BACKED_PROPOSAL.match(t, m.end()):
                        pol_p = "propose"  # "a US-backed ceasefire proposal": the side's proposal
                    produced.append((actor, pol_p, None))
                    only[actor] = on
                    owned[actor] = m.group(0)
        cue_words = _polarity(tp, P, lang)[2]  # the sentence's deciding cue, searched once
        if provision is not None and plan_owner is not None and polarity == "propose":
            produced.append((plan_owner, "propose", None))
            owned[plan_owner] = provision.group(0)
        for m in OWNED_POSITION.finditer(t):
            # "rejected a U.S. proposal to ...", "Russia's demands": the owner holds that position
            word = m.group("x").replace("’", "'").removesuffix("'s")
            actor = _actor_of_word(re.sub(r"[.\u2024]", "", word), s)
            pol = OWNED_POLARITY[m.group("n").lower().rstrip("s")]
            if actor in ACTORS and not any(x == actor for x, _, _ in produced):
                produced.append((actor, pol, None))
                owned[actor] = m.group(0)
                if on := _named_after(t, m.end(), issues, P):
                    only[actor] = on  # the demand is on what its complement names
        for m in NOUN_OWNER.finditer(t):
            # "die Weigerung Moskaus", "Kiews Zustimmung", "Zelensky's opposition": a position
            # named as a noun belongs to its genitive owner
            word = (m.group("x") or m.group("y") or m.group("z")).replace("’", "'").removesuffix("'s")
            actor = _actor_of_word(word, s)
            noun = (m.group("n") or m.group("m") or m.group("e")).lower()
            if noun == "agreement" and NOUN_NEGATED.search(t, max(0, m.start() - 40), m.start()):
                continue  # "no sign of Russia's agreement to a ceasefire": no acceptance
            pol = next(p for stem, p in NOUN_POLARITY if noun.startswith(stem))
            if polarity == "conditional" and pol in ("accept", "support", "propose"):
                pol = "conditional"  # "Kyiv's backing for X is contingent on Y"
            on = _named_after(t, m.end(), issues, P) if actor in ACTORS else []
            if actor in MEDIATORS and (not on or not COMPLEMENT.match(t, m.end())):
                continue  # a mediator's "proposal" is its position only on what its complement names
            if actor in ACTORS and not any(x == actor for x, _, _ in produced):
                produced.append((actor, pol, None))
                owned[actor] = m.group(0)
                if on:
                    only[actor] = on
        for m in PLAN_OWNER.finditer(t):
            if m.group("z"):
                continue  # English owners are read by OWNED_POSITION
            word = m.group("x") or m.group("y")
            actor = _actor_of_word(word, s)
            if actor in ACTORS and polarity != "propose" and not any(x == actor for x, _, _ in produced):
                produced.append((actor, "propose", None))  # "dem US-Vorschlag zugestimmt"
                owned[actor] = m.group(0)
        actors: list[str] = []
        who: str | None = None
        only.update(_contrasted(s, subjects, speaker, issues, P, lang, produced, owned))
        back = REFERRED_POSITION.search(tp) if polarity in last_holder else None
        if back is not None and cue_words and cue_words.lower() in back.group("n").lower() and not any(
                p == polarity for _, p, _ in produced):
            # "Die Erfüllung dieser Forderung wäre ...", "this proposal": the position named before,
            # of the side that held it, not a new one of this sentence's subject
            produced.append((last_holder[polarity], polarity, None))
            owned[last_holder[polarity]] = back.group(0)
        if not any(p == polarity and owned.get(a) != "the demands named before" for a, p, _ in produced):
            # (the demands named before do not stand for the sentence's own holder)
            att = ATTRIBUTION.search(t) or OPENING_FOR.search(t)
            reported = _reported_holder(s, speaker, subjects, polarity, cue_words)
            if reported is not None:
                actors = [reported]  # "Selenskyj: Putin will keine Waffenruhe"
                actors += [a for a in subjects if a not in actors and speaker is not None
                           and _coordinated(s, reported, a)]
            elif speaker is not None and speaker.actor:
                actors, who = [speaker.actor], speaker.entity
            elif att:
                word = next(g for g in att.groups() if g)
                actor = _actor_of_word(word, s)
                source_only = any(att.groupdict().get(g) for g in "cfgijklm")
                if actor and source_only and subjects and subjects[0] != actor and (
                        polarity != "demand" or (DEMAND_VERB.search(cue_words)
                                                 and not MODAL.search(cue_words))):
                    actor = None  # "Russland stelle Bedingungen, hieß es aus Kiew": the source
                    # reports what the clause's own subject holds (a demand on another side stays
                    # the source's: "according to the Kremlin, Ukraine must withdraw"; the subject's
                    # own verb of demanding is its own: "laut Moskau fordert Kiew ...")
                if actor and att.groupdict().get("e") and OBLIGED_BEFORE.search(t, 0, att.start()):
                    actor = None  # "müsse die Führung in Moskau ... gezwungen werden": who is obliged
                if actor:
                    actors = [actor]
                elif prev_speaker is not None and re.match(r"(?i)ihm|ihr", word):
                    actors, who = [prev_speaker.actor or ""], prev_speaker.entity
            both_at = BOTH_SIDES.search(t)
            if both_at is not None and _both_addressed(t, both_at.start(), both_at.end()):
                both_at = None  # "called on both sides to stop fighting": asked, not holding it
            first_subject = next((m for m in s.mentions if m.actor in subjects), None)
            if not actors and both_at and (first_subject is None
                                           or both_at.start() + s.start < first_subject.start):
                actors = ["RUS", "UKR"]
            elif actors and polarity == "accept" and (both := BOTH_SIDES.search(t)) and (
                    speaker is None or both.start() + s.start > speaker.end):
                # "Zelensky said the two sides agreed to ...": both sides accept, the speaker's
                # side in its own words
                actors += [a for a in ("RUS", "UKR") if a not in actors]
            if not actors and k > 0 and THIS_ONE.match(t):
                # "Dieser hatte zuvor Neuwahlen gefordert": the person named last in the sentence
                # before ("... sagte er an Trump gewandt."), not that sentence's speaker
                named = [m for m in sents[k - 1].mentions if m.kind == "person" and m.actor in ACTORS]
                if named:
                    actors, who = [named[-1].actor or ""], named[-1].entity
            if not actors:
                ref = REFERENCE.search(t)
                first = next((m for m in s.mentions if m.actor in subjects), None)
                fronted = FRONTED_CLAUSE.match(t)
                if ref and fronted and ref.start() < fronted.end() and first is not None \
                        and first.start - s.start >= fronted.end():
                    ref = None  # "before they adjourned, Kyiv and Moscow agreed": the clause's own subject
                if ref and first is not None and cue_words and REPORTING.match(t, ref.end()) and \
                        ref.end() <= first.start - s.start < tp.find(cue_words):
                    ref = None  # "He said that Russia has agreed to ...": the side named before the
                    # deciding verb is its subject; the pronoun only reports it
                if ref and prev_subject and (first is None or ref.start() + s.start < first.start):
                    actors = list(prev_subject)
                    if prev_speaker is not None and prev_speaker.actor in actors:
                        who = prev_speaker.entity
                        if SINGULAR.fullmatch(ref.group(0)):
                            actors = [prev_speaker.actor or ""]  # "He also restated ...": one person,
                            # the one who spoke before, not every side that sentence named
            if not actors and subjects and subjects[0] in owned and len(subjects) > 1 and \
                    subjects[1] not in owned:
                actors = subjects[1:2]  # "Trumps Vorschlag ... lehnte Kiew ab": the owner of the
                # named position is not the one whose verb decides the sentence
            if not actors and subjects and k > 0 and _obliged_subject(s, subjects[0], cue_words):
                konjunktiv = KONJUNKTIV_MODAL.fullmatch(cue_words.strip()) is not None
                if konjunktiv and prev_subject and since_stance <= 1 and subjects[0] not in prev_subject:
                    actors = prev_subject[:1]  # "Zudem müsse Kiew ... anerkennen": the reported demand
                    # of the side the sentence before spoke for, not a position of the side obliged
                elif (terms := _terms_owner(sents[k - 1], P)) is not None and terms != subjects[0] \
                        and (konjunktiv or WARRING.get(terms) == subjects[0]
                             or CONTINUING.match(t) is not None):
                    actors = [terms]  # "Putin listed his conditions. Kyiv must withdraw ...": the
                    # conditions of the side the sentence before named, not the obliged side's
            if not actors and (rel := _relative_holder(s, cue_words)) is not None:
                actors = [rel]  # "opposition from Russia, which has demanded ...": the named side's verb
            if not actors and subjects:
                actors = subjects[:1]
                if len(subjects) > 1 and _coordinated(s, subjects[0], subjects[1]):
                    actors = subjects[:2]
                elif (later := _clause_subject(s, subjects, cue_words)) is not None:
                    actors = [later]  # "NATO said ..., while Russia demanded ...": that clause's
                    actors += [a for a in subjects if a != later and a != subjects[0]
                               and _coordinated(s, later, a)]
            if not actors and (KONJUNKTIV.search(t) or since_stance <= 2 or inherited):
                if prev_speaker is not None and prev_speaker.actor:
                    actors, who = [prev_speaker.actor], prev_speaker.entity
                elif prev_subject and (since_stance <= 2 or KONJUNKTIV.search(t)):
                    actors = list(prev_subject)
            if actors and PARTNERS.search(t) and "EUR" not in actors:
                actors.append("EUR")
            for actor in actors:
                if actor in ACTORS and not any(x == actor for x, _, _ in produced):
                    produced.append((actor, polarity, who))
        if elab_owner is not None and owned.get(elab_owner) == "the demands named before" and (
                not MEMBERSHIP.match(t)) and any(a != elab_owner and p != "reject" for a, p, _ in produced):
            # "Above all, Zelensky wants ...": a generic opener before a sentence whose own holder
            # wants something spells out that holder's position, not the demands named before
            produced = [x for x in produced if x[0] != elab_owner]
            owned.pop(elab_owner)
        list_own = False
        if in_list is not None and (speaker is not None or any(w for _, _, w in produced)):
            in_list = None  # an item with its own speaker ("• Zelensky rejects ..."): its own position
        if in_list is not None and produced:
            # an item of a side's listed position ("Russia's position is that: • Ukraine must
            # demilitarise • Crimea is recognised by Kyiv as Russian"): that side's demand, not a
            # position of the side the item names
            # (the owner's own offer or consent, "• Moscow is ready to ...", stays one)
            pols = {p for _, p, _ in produced}
            own = all(a == in_list for a, _, _ in produced)
            keep = next((p for p in ("reject", "accept", "propose") if p in pols
                         and (p == "reject" or own)), "demand")
            produced = [(in_list, keep, None)]
            list_own = own
        t_agent = t  # the text the clause's passive agent is looked for in
        if issues and in_list is None and (appos := rel_own or _appositive_agents(s)) is not None:
            # "Putin rejected a quick truce, long sought by Kyiv, Washington and most NATO
            # states", "Eine Waffenruhe, die Selenskyj akzeptiert hatte, lehnte Putin
            # ab": the agents of the apposition or the subject of the relative clause hold its
            # position; the rest of the sentence is read without it
            span, agents, pol_a = appos
            tp = _blank(tp, [span])
            t_agent = _blank(t, [span])
            rest_pol = _polarity_masked(tp, P, lang)
            cue_words = _polarity(tp, P, lang)[2] if rest_pol else cue_words
            produced = [(x, rest_pol or "", w) if p == polarity and x not in owned else (x, p, w)
                        for x, p, w in produced if x not in agents and (rest_pol is not None or x in owned
                                                                         or p != polarity)]
            for ag in agents:
                produced.append((ag, pol_a, None))
                owned[ag] = t[span[0]:span[1]].lstrip(", ")
        clause_of = {issue: _issue_clause(t, P["issues"][issue]) for issue in issues}
        links = _links(t)
        for a, b in list(clause_of.values()):
            agent = PASSIVE_AGENT.search(t_agent[a:b])
            actor = _actor_of_word(agent.group("x") or agent.group("y"), s) if agent else None
            if actor in ACTORS and not any(x == actor for x, _, _ in produced):
                # "membership remains opposed by the United States": the agent holds that position;
                # "von den Europäern gedrängt, ... zuzustimmen": who presses demands it
                produced.append((actor, "demand" if agent and PRESSED.search(agent.group(0)) else "", None))
        for actor, pol, speaker_id in produced:
            for issue in issues:
                a, b = clause_of[issue]
                agent = PASSIVE_AGENT.search(t_agent[a:b])
                agent_actor = _actor_of_word(agent.group("x") or agent.group("y"), s) if agent else None
                if agent_actor in ACTORS and actor != agent_actor and in_list is None:
                    continue  # the clause says whose position it is
                if not pol and agent_actor != actor:
                    continue
                if actor in only and issue not in only[actor]:
                    continue  # a phrase-level position on one thing the sentence names
                pol_i, words = pol or polarity, owned.get(actor, cue_words)
                if (a, b) != (0, len(t)) and actor not in owned:
                    # the issue sits in one clause of several: that clause's own cue decides
                    # (a cue inside a condition of that clause does not count either)
                    c_pol, c_words = _masked(tp[a:b], P, lang)
                    if c_pol == "propose" and own_ask:
                        c_pol = "demand"
                    if c_pol in ("accept", "propose") and polarity == "conditional" and COND_NEXT.match(t, b):
                        c_pol = "conditional"  # the clause's own condition follows it ("bereit – wenn ...")
                    if c_pol is not None:
                        pol_i, words = c_pol, c_words
                role = _link_role(t, P["issues"][issue], links) if actor not in owned else None
                if role == "conditional" and pol_i in ("propose", "support"):
                    role = None  # what is offered in exchange stays the offer ("proposed X for Y")
                elif role == "conditional" and OFFERED.search(tp):
                    role = "propose"  # "schlug eine Waffenruhe vor, die an X geknüpft wäre": the proposal
                if role is None and pol_i in ("conditional", "accept", "support", "propose") and \
                        actor not in owned:
                    # an issue named only in the condition is asked of the other side ("would agree
                    # to X once Ukraine withdraws from Y": Y is demanded, never accepted)
                    role = _if_role(tp, P["issues"][issue], P, lang, [P["issues"][i] for i in issues])
                waited = _only_under_role(tp, P["issues"][issue]) if role is None else None
                if waited is not None and pol_i in ("conditional", "accept", "support", "propose") and \
                        actor not in owned:
                    # "could take effect only after a full ceasefire": the issue waited for is demanded
                    role, words = "demand", waited
                if role is not None:
                    pol_i = role  # what is offered under a condition, or the condition asked for
                elif actor not in owned and pol_i != "reject" and (
                        need := _need_role(tp, P["issues"][issue])) is not None:
                    pol_i, words = "demand", need  # named only in what a stated necessity asks
                elif issue == "ceasefire.sequence" and re.search(r"Bedingung", t) and not (
                        pol_i == "propose" and OFFERED.search(t)):  # (not the truce offered under one)
                    pol_i = "conditional"
                elif pol == "conditional" and issue != "ceasefire.sequence" and re.search(
                        r"als Bedingung für|\bas a (?:pre)?condition for\b|Gegenleistung|im Gegenzug|"
                        r"\bin return\b", t, IC) and re.search(
                        r"\bforder|\bdemand|\binsist", t, IC):
                    pol_i = "demand"
                if pol_i == "conditional" and TAKES_EFFECT.search(words or ""):
                    continue  # "the truce would only take effect after X": what waits holds nothing
                if pol_i == "demand" and issue == "ceasefire.sequence" and actor in WARRING and \
                        _truce_asked_of(s, WARRING[actor]):
                    pol_i = "propose"  # asking the other side to lay down arms too: a truce offered
                if in_list is not None:
                    if pol_i != "reject" and not (list_own and pol_i in ("accept", "propose")):
                        pol_i = "demand"
                    words = f"item of {in_list}'s listed position"
                text_for_option = t + (" " + prev_text if inherited else "")
                out.append(Stance(start=s.start, end=s.end, actor=member_actor(s, actor, speaker_id, date),
                                  issue=issue,
                                  polarity=pol_i, option=_option(issue, text_for_option, s, P),
                                  red_line=bool(red and pol_i == "reject"), speaker=speaker_id,
                                  date=date, reported=bool(KONJUNKTIV.search(t) or speaker_id),
                                  cue=f"{pol_i}: {BLANKS.sub(' … ', words)!r}" if words else pol_i))
        if inherited and named_here and (demo := DEMONSTRATIVE.search(t)) is not None:
            # "Kiew lehnt dies ab und fordert stattdessen, die Front einzufrieren": the clause with the
            # demonstrative answers the position before, also where the issue it refers back to is
            # named again in another clause with a cue of its own
            a, b = clause_span(t, demo.end() - 1)
            d_pol, d_words = _masked(tp[a:b], P, lang)
            have = {(x.actor, x.issue, x.polarity) for x in out if x.start == s.start}
            for actor, _, speaker_id in produced:
                for issue in named_here:
                    if d_pol is None or actor in owned or clause_of[issue] == (a, b) or \
                            (actor, issue, d_pol) in have or (a, b) == (0, len(t)):
                        continue
                    have.add((actor, issue, d_pol))
                    out.append(Stance(start=s.start, end=s.end,
                                      actor=member_actor(s, actor, speaker_id, date),
                                      issue=issue, polarity=d_pol,
                                      option=_option(issue, prev_text, s, P),
                                      red_line=bool(red and d_pol == "reject"), speaker=speaker_id,
                                      date=date, reported=bool(KONJUNKTIV.search(t) or speaker_id),
                                      cue=f"{d_pol}: {BLANKS.sub(' … ', d_words)!r} (referring back)"))
        if produced:
            since_stance = 0
            for holder_a, pol_a, _ in produced:
                if (pol_a or polarity) in ("demand", "propose") and holder_a in ACTORS:
                    last_holder[pol_a or polarity or ""] = holder_a
            proposers = [a for a, p, _ in produced if (p or polarity) == "propose" and a in ACTORS]
            if proposers and PROPOSAL_WORD.search(cue_words or "") and len(set(proposers)) == 1:
                # "Ukraine proposed ...": "the proposals" of a later sentence are that side's
                plan_owner = proposers[0]
            # a condition ("Als Bedingung für eine Waffenruhe ...") is not what "this" refers to
            prev_issues = [i for i in issues if not (i == "ceasefire.sequence" and re.search(
                r"Bedingung", t))]
            prev_text = t
            # the owner of demands spelt out here is not who the next sentence's pronoun means
            prev_subject = list(dict.fromkeys(a for a, _, _ in produced if a != elab_owner))[:2] or \
                list(dict.fromkeys(a for a, _, _ in produced))[:2]
        if speaker is not None:
            prev_speaker = speaker
        elif not KONJUNKTIV.search(t) and not who and not PRONOUN_SAID.search(t):
            prev_speaker = None  # (a pronoun saying it, "sagte er", is the person named before)
    return out


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
