"""Which position a sentence takes and on what: the polarity cue classes with their negations,
conditions and consequences, the clause of an issue cue, conditional links, the option named, position
nouns with their owners and the masking of what is no position of the clause. Moved out of
`accord.news.stances` (`find_stances` there uses them)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from accord.news import gazetteer
from accord.news.facts import Mention
from accord.news.prefilter import gate_patterns
from accord.news.stance_holders import (
    ACTORS,
    CLAUSE_BREAK,
    IC,
    MEDIATORS,
    _actor_of_word,
)

if TYPE_CHECKING:
    from accord.news.extract import Sentence


ORDER = ("reject", "conditional", "propose", "accept", "support", "demand")
# a negation right before an accept/support cue; English contractions (don't, can't, won't) and
# "cannot" too
NEGATION = re.compile(r"\b(?:nicht|kein\w*|niemals|nie|never|not|no|won't|will not|cannot|\w+n['’]t)\b"
                      r"[^.,;]{0,25}$", IC)
# a demand no longer held ("nicht mehr auf X besteht", "besteht nicht länger auf", "no longer
# insists on", "is no longer demanding"): X is given up
NO_LONGER = re.compile(r"\b(?:nicht|no|not)\s+(?:mehr|länger|longer|any\s*more)\b[^.,;]{0,25}$", IC)
NO_LONGER_IN = re.compile(r"\b(?:nicht|no)\s+(?:mehr|länger|longer)\b", IC)
# a need denied inside a cue of necessity ("sei nicht notwendig", "is not essential")
NEEDLESS = re.compile(r"\b(?:nicht|not|kein\w*|never|nie)\s+(?:\w+\s+)?(?:notwendig|nötig|erforderlich|"
                      r"unerlässlich|zwingend|unabdingbar|essential|crucial|vital|indispensable|"
                      r"a must)\b", IC)
# a failure to come to terms ("failed to agree on", "were unable to agree"): what the talks did not
# reach, no position of either side
FAILED_TO = re.compile(r"\b(?:failed|fail|fails|failing|unable)\s+to\s+(?:\w+\s+)?$", IC)
KONJUNKTIV = re.compile(r"\b(?:sei|seien|habe|müsse|werde|könne|solle|wolle|dürfe|gebe|zeige|"
                        r"liege|gehe|stehe|bleibe|komme|brauche|wisse|lasse|"
                        # third-person Konjunktiv I of the cue verbs ("Russland lehne ... ab")
                        r"lehne|verlange|fordere|akzeptiere|unterstütze|bestehe|schlage|strebe|"
                        r"weise|stimme|dränge|beharre|räume|verzichte|erkenne|toleriere)\b")
# "once" before a noun phrase up to its comma with no verb in it ("Trump, once a critic of the
# deal, now ...", "Turkey, once Russia's partner, ..."): the adverb of an apposition, not a
# condition ("once the troops withdraw,", "once a deal is signed," have their verb)
_APPOSITION = (r"(?!\s+(?:a|an|the|his|her|its|their|(?-i:[A-Z])\w*['’]s)\s+"
               r"(?:(?![\w-]*(?:s|ed)\b|will\b|would\b|can\b|could\b|must\b)[\w-]+\s*){1,5},)")
# (a temporal condition too: "sobald", "as soon as", "once" opening a clause with its subject, not
# the adverb of "once again", "Russia once demanded")
CONDITION = re.compile(r"\b(?:wenn|falls|sofern|sobald|if|unless|as soon as|provided that|"
                       r"vorausgesetzt,? dass|unter der Bedingung,? dass|on (?:the )?condition that)\b|"
                       r"(?<!\bat )\b[Oo]nce(?=\s+(?:the|a|an|they|he|she|it|we|you|both|each|all|"
                       r"(?-i:[A-Z])\w*)\b)(?!\s+(?:again|more|upon|and)\b)" + _APPOSITION + r"|"
                       r"(?:^|(?<=[,;:\"]\s)|(?<=^\")|(?<=^\W\s))"
                       r"[Ss]ollte(?:n)?\b(?=\s+(?:die|der|das|es|sie|er|man|\w+\s+Seite|[A-ZÄÖÜ]\w+)\b)", IC)
# not "wenn", which is also "when", nor the temporal "sobald", "as soon as", "once" after the main
# clause ("bereit, Garantien zu geben, sobald ein Abkommen unterzeichnet ist": when, not whether)
STRICT_IF = re.compile(r"falls|sofern|if|unless|provided|vorausgesetzt|sollten?|unter der Bedingung|"
                       r"on (?:the )?condition", IC)
# a verb of offering or proposing (not "asked", "provide"): a step offered under a condition stays
# the offer (convention 2: `conditional` is an acceptance only under a condition), unless what is
# offered is a concession ("offered to give up X if Y" stays conditional)
OFFER_VERB = re.compile(r"\b(?:biet\w*|bot|boten|angeboten|anzubieten|anbiet\w*|offer\w*|propos\w*|"
                        r"schl(?:ug|ugen|ägt|agen|age)\b[^.;]*\bvor|vorgeschlagen|vorzuschlagen)\b", IC)
_DROPPED = re.compile(r"\bdrop\w*|\bfallen ?(?:zu )?lassen\b|\bverzicht\w*", IC)


def _offered(t: str, words: str) -> bool:
    """Whether the cue `words` of the clause `t` before its condition is an offer of a step that
    is no concession ("bot eine Waffenruhe an, falls ...", "offered a truce if ...")."""
    return bool(OFFER_VERB.search(words)) and not CONCESSION.search(t) and not _DROPPED.search(t)


# a temporal condition ("sobald", "as soon as", "once"): a condition when it opens the sentence or
# follows an acceptance or an offer
TEMPORAL_IF = re.compile(r"sobald|as soon as|once", IC)
# a consequence announced for the case the condition names ("will", "would", "wird", a threat):
# the position holds only under that condition
CONSEQUENCE = re.compile(r"\b(?:will|would|wird|werde|werden|würde|würden|dro(?:ht|hte|hten|hen)\w*|"
                         r"threat\w*|behält\w* sich\b[^.;]{0,40}\bvor|reserves? the right)\b", IC)


STRONG_CEASEFIRE = re.compile(r"(?:umfassend|vollständig|bedingungslos|sofortig|allgemein|full|complete|"
                              r"comprehensive|unconditional|immediate|general)\w*\s+(?:\w+\s+)?(?:Waffenruhe|"
                              r"Waffenstillstand|Feuerpause|ceasefire|truce)", IC)


# a verb of proposing (not the noun, nor an offer: "offered to give up X in exchange for Y" stays
# conditional): what it names under terms is still proposed
OFFERED = re.compile(r"\bschl(?:ug|ugen|ägt|agen|age)\b[^.;]{0,80}\bvor\b|\bvorgeschlagen\b|"
                     r"\bpropos(?:e|es|ed|ing)\b", IC)
# a step that takes effect only once something else happens ("would only take effect after", "tritt
# erst in Kraft, wenn"): the step waits, it is no position of its own
TAKES_EFFECT = re.compile(r"take effect|takes effect|enter into force|enters into force|"
                          r"come into (?:force|effect)|in kraft", IC)


def _polarity(t: str, P: dict[str, Any], lang: str = "de") -> tuple[str | None, int, str]:
    """The polarity of `t`: the cue of the main clause, approximated as the earliest cue (a
    verb of demanding or proposing governs the clause it opens: "verlangt, dass Kiew auf X
    verzichtet" is a demand), except that a refusal or a condition anywhere wins."""
    found: list[tuple[int, int, str, str]] = []  # position, rank, polarity, cue words
    # "unacceptable demands": the speaker's judgement of the demands, not a refusal by the one
    # who makes them (blanked, offsets kept)
    t = EVALUATIVE.sub(lambda m: " " * len(m.group(0)), t)
    for name in ORDER:
        for rx in P["polarity"][name]:
            m = rx.search(t)
            if m is None:
                continue
            if name == "reject" and PROPOSED_REFUSAL.search(t, 0, m.start()) and re.match(
                    r"refusal|renunciation|Verzicht", t[m.start():], IC):
                continue  # "proposed a mutual refusal to strike": the refusal is what is proposed
            if NON_SIDE_AGENT.match(t, m.end()) and m.group(0).lower().endswith(("ed", "t")):
                continue  # "elections dismissed by most of the world": a passive of no side
            if name == "accept" and FAILED_TO.search(t[max(0, m.start() - 30):m.start()]):
                continue  # "both parties failed to agree on any truce": no side's position
            if name in ("accept", "support") and ATTRIBUTIVE.search(t, 0, m.start()) and \
                    ATTRIBUTIVE_END.match(t, m.start()):
                continue  # "gegen die vereinbarte Feuerpause verstoßen": what was agreed, named
            pol = name
            if name in ("accept", "support") and (NEGATION.search(t[max(0, m.start() - 30):m.start()])
                                                  or _bracket_negated(m.group(0))
                                                  or (lang == "de"
                                                      and _final_negated(t, m.start(), m.end()))):
                if COMPLIANCE.search(m.group(0)):
                    break  # "has not complied with the truce": an accusation, not a refusal
                pol = "reject"
            elif name in ("accept", "support", "propose") and WITHOUT.search(
                    t[max(0, m.start() - 40):m.start()]):
                pol = "reject"  # "without providing guarantees", "ohne ... zuzustimmen": withheld
            elif name == "demand" and (NO_LONGER.search(t[max(0, m.start() - 30):m.start()])
                                       or NO_LONGER_IN.search(m.group(0))):
                pol = "accept"  # "besteht nicht mehr auf X", "no longer insists on X": X given up
            elif name == "demand" and NEEDLESS.search(m.group(0)):
                pol = "reject"  # "sei nicht notwendig", "is not essential": what is not needed
            found.append((m.start(), ORDER.index(pol), pol, m.group(0)))
            break
    if lang == "de" and (m := WANT_DE.search(t)) is not None and WANT_OTHER.match(
            t, (neg.end() if (neg := WANT_NOT.match(t, m.end())) else m.end())) and \
            all(m.start() < f[0] for f in found):
        # "wolle, dass Kiew auf X verzichtet": wanting that another act governs the clause it opens
        # (a demand), like "verlangt, dass ..."; the concession asked for is not the cue. Nobody
        # wanting it, or not wanting it ("Niemand in Kiew will, dass ...", "will nicht, dass"), is
        # the rejection of what the clause asks (review 15)
        pol = "reject" if (re.search(r"\b(?:niemand|keiner|keine|kein)\b[^,.;]{0,40}$", t[:m.start()], re.I)
                           or re.match(r"\s+(?:\w+\s+)?nicht\b(?!\s+nur\b)", t[m.end():])) else "demand"
        found.append((m.start(), ORDER.index(pol), pol, m.group(0)))
    if not found and lang == "de":
        # German "will"/"wollen" is a wish (in English "will" is the future): the weakest cue
        m = WANT_DE.search(t)
        if m is not None:
            # not wanting it ("will keine Waffenruhe", "wollen nicht über X verhandeln") refuses it
            pol = "reject" if WANT_NOT.match(t, m.end()) or WANT_NONE.match(t, m.end()) else "support"
            found.append((m.start(), ORDER.index(pol), pol, m.group(0)))
    if not found:
        return None, -1, ""
    if (held := INSIST.search(t)) is not None:
        return "demand", ORDER.index("demand"), held.group(0)
    if len(found) > 1:
        # a proposal named as a noun ("dem US-Vorschlag zugestimmt") is what is accepted or
        # refused, not the sentence's own cue; so is one that is welcomed or praised ("called the
        # proposals viable first steps", "nahm den Vorschlag als Schritt in die richtige Richtung
        # auf"), where a proposal that speaks ("under their proposals, Kyiv would agree", "Die
        # Vorschläge würden ... nur im Falle ...") keeps its cue
        praised = any(f[2] == "support" for f in found)
        found = [f for f in found if not PROPOSAL_NOUN.fullmatch(f[3])
                 and not (praised and PROPOSAL_WORD.match(t, f[0]))] or found
        # a refusal asked of another is the content of the demand ("fordert ... die Ablehnung der
        # NATO-Mitgliedschaft", "verlangt, dass Kiew den Beitritt ablehnt", "demands that Kyiv
        # reject membership"): the demand is the clause's cue
        asks = [f for f in found if f[2] == "demand" and DEMAND_ASK.fullmatch(f[3])]
        found = [f for f in found if not (f[2] == "reject" and any(
            a[0] < f[0] and _asked_of_another(t, a[0] + len(a[3]), f[0], f[3]) for a in asks))]
    strong = [f for f in found if f[2] in STRONG]
    at, rank, pol, words = min(strong, key=lambda f: f[1]) if strong else min(found)
    if pol == "support" and re.search(r"forderung|demands", words, IC):
        pol, rank = "demand", ORDER.index("demand")  # holding on to demands ("hält an ... Forderungen fest")
    elif pol == "support" and WANT_WORD.fullmatch(words) and WANT_OTHER.match(t, at + len(words)):
        # wanting another side to act is asking it of that side ("wants Kyiv to withdraw", "will,
        # dass Kiew abzieht"): a demand, where a wish for oneself stays support
        pol, rank = "demand", ORDER.index("demand")
    elif pol == "accept" and READINESS.search(words) and GIVING.match(t, at, at + len(words) + 100):
        # readiness to give or send something is a commitment, not a concession ("bereit, der
        # Ukraine Sicherheitsgarantien zu geben", "Bereitschaft zu militärischer Unterstützung")
        pol, rank = "support", ORDER.index("support")
    return pol, rank, words


# the words of a demand that can govern a refusal asked of another
DEMAND_ASK = re.compile(r"forder\w*|verlang\w*|demand\w*|insist\w*|call(?:s|ed|ing)? (?:for|on)|urg\w*|"
                        r"aufgefordert|aufzufordern", IC)
# what opens the content of a demand before the refusal asked for: a "dass"/"that" clause, an
# infinitive ("called on Kyiv to reject"), or the refusal named as a noun ("die Ablehnung", "its
# renunciation")
_ASKED_CLAUSE = re.compile(r"(?:,\s*|\s)(?:dass|that)\s|\sto\s+(?:\w+\s+)?$", IC)
_REFUSAL_NOUN = re.compile(r"Ablehnung|Verzicht|Absage|refusal|rejection|renunciation", IC)
# a break between two clauses of their own ("fordert X, doch Kiew lehnt ab", "demands X; Kyiv
# rejects it")
_OWN_CLAUSE = re.compile(r"[;:]|\s[–—]\s|"
                         r",\s+(?:aber|doch|jedoch|während|but|while|whereas|and|und|which|was)\s|"
                         r",\s+(?!dass\b|that\b)", IC)
PROPOSAL_WORD = re.compile(r"(?:gegen)?vorschl[aä]ge?n?\b|(?:counter-?)?proposals?\b|angebot(?:e|s)?\b", IC)


def _asked_of_another(t: str, start: int, at: int, words: str) -> bool:
    """Whether the refusal cue `words` at `at` stands inside what the demand ending at `start` asks
    for (a clause it opens, or the refusal named as its object noun), with no clause of its own
    between (parenthesised lists left aside)."""
    between = re.sub(r"\([^()]*\)", "", t[start:at])
    if _OWN_CLAUSE.search(between):
        return False
    return bool(_ASKED_CLAUSE.search(between) or _REFUSAL_NOUN.match(t, at)
                or _REFUSAL_NOUN.match(words))


WANT_WORD = re.compile(r"wants?|wanted|will|wollen|wolle|wollte|wollten|möchte|möchten", IC)
# what follows a verb of wanting when the wish is that another act: an object named and an
# infinitive ("wants Russia not to block", "wanted the U.S. to send"), a German "dass" clause, or
# what is wanted from another ("wants guarantees from Washington")
WANT_OTHER = re.compile(r"\s+(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}|(?:them|him|her|the\s+other\s+side)"
                        r"\s+)(?:not\s+)?to\s+[a-z]|,?\s+dass\b|"
                        # (not a day or month: "wants a ceasefire from Monday" is a wish of its own)
                        r"\s+(?:[\w-]+\s+){1,4}?from\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|"
                        r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|Easter|Christmas)\b)[A-Z]")
READINESS = re.compile(r"bereit|ready|willing|prepared|readiness", IC)
GIVING = re.compile(r"[^.;:]*?\b(?:zu geben|zu leisten|zu gewähren|bereitzustellen|zu liefern|zu entsenden|"
                    r"zu schicken|zu stationieren|zu unterstützen|Unterstützung|to (?:provide|give|send|"
                    r"deploy|contribute|supply|station|support|back|fund)|(?:military )?support)\b", IC)


STRONG = ("reject", "conditional")
# the agent of a passive participle that is no side: lower case and not both sides ("dismissed by
# most of the world", "von vielen Staaten abgelehnt" is read by the German participle rules)
PROPOSED_REFUSAL = re.compile(r"\b(?:propos\w*|suggest\w*|call(?:s|ed|ing)? for|urg\w*|offer\w*)\s+"
                              r"(?:a|an|the)\s+(?:\w+\s+)?$", IC)
NON_SIDE_AGENT = re.compile(r"\s+by\s+(?!the\s+[A-Z]|both\b|the two\b|all sides\b|each other\b|"
                            r"the (?:two )?sides\b)[a-z]")
# a refusal to retreat from a demand or position is insisting on it ("not prepared to back down
# from its demand", "refuses to drop the condition", "nicht bereit, von der Forderung abzurücken",
# "weigert sich, auf die Bedingung zu verzichten")
_HELD = (r"(?:#{3,}|demands?|conditions?|preconditions?|claims?|position|stance|insistence|Forderung\w*|"
         r"Bedingung\w*|Vorbedingung\w*|Anspr\w+|Position\w*|Haltung)")
INSIST = re.compile(
    r"\b(?:not|never|no|refus\w*|won't|will not|unwilling|nicht|nie|niemals|kein\w*|weiger\w*)\b[^.;]{0,40}?"
    r"\b(?:back(?:ing)? down|back away|retreat\w*|step(?:ping)? back|walk(?:ing)? back|budg\w*|drop\w*|"
    r"abandon\w*|give up|giving up|soften\w*|withdraw\w*)\s+(?:from|on)?\s*(?:[\w'’]+\s+){0,3}?"
    + _HELD + r"|"
    r"\b(?:nicht|nie|niemals|kein\w*|weiger\w*)\b[^.;]{0,40}?\b(?:von|auf)\s+(?:\w+\s+){0,3}?" + _HELD +
    r"\b[^.;,]{0,80}?\b(?:abzurücken|abrücken|abzuweichen|abweichen|zu verzichten|verzichten|"
    r"abgerückt|zurückzuweichen)\b|"
    r"\b(?:nicht|nie|niemals|kein\w*|weiger\w*)\b[^.;]{0,40}?\b" + _HELD + r"\b[^.;,]{0,80}?\b"
    r"(?:aufzugeben|aufgeben|fallen ?zu ?lassen|fallenlassen|aufzuweichen|aufweichen)\b", IC)
# a negation inside a German verb bracket, between the finite verb and its particle ("stimmte dem
# Plan nicht zu", "lässt sich auf keinen Verzicht ein", "hält sich nicht an"); cues whose own
# wording is a negation ("schließt ... nicht aus", "nichts dagegen", "keine Einwände") aside
# "nicht zuletzt", "nicht nur", "nicht einmal zwei Tage", "nicht lange", "nicht mehr als": no negation
# of the verb
INNER_NEGATION = re.compile(r"\b(?:nicht(?!\s+(?:zuletzt|nur|einmal|lange|mehr\s+als)\b)|kein\w*|"
                            r"niemals|nie)\b", IC)
NEGATION_CUE = re.compile(r"\bnicht aus\w*|\bkeine\w* einwände|\bnichts dagegen|\bnicht (?:dazu )?bereit", IC)


# an agreement named by its participle after an article ("die vereinbarte Waffenruhe", "einer
# gebilligten Feuerpause"): it names a deal, it takes no position in the sentence
ATTRIBUTIVE = re.compile(r"\b(?:die|der|den|dem|des|eine[mnrs]?|diese[mnrs]?|jede[mnrs]?)\s+(?:\w+\s+)?$", IC)
ATTRIBUTIVE_END = re.compile(r"(?:vereinbart|akzeptiert|gebilligt|zugesagt|verabredet)(?:e|en|er|es|em)\s+"
                             r"[A-ZÄÖÜ]")


# a German clause whose verb comes last ("haben keine allgemeine Waffenruhe ... vereinbart",
# "haben sich nicht auf ... geeinigt"): a negation anywhere in that clause before it negates it
CLAUSE_END = re.compile(r"\s*[\"'“”]?\s*(?:[.,;:!?]|$)")
CLAUSE_START = re.compile(r"[.,;:!?\"“”„]|\s[–-]\s")


def _final_negated(t: str, start: int, end: int) -> bool:
    """Whether the cue at `start:end` closes its German clause and a negation stands earlier in
    that clause ("Moskau und Kiew haben keinen Austausch von Gefangenen vereinbart")."""
    if not CLAUSE_END.match(t, end):
        return False
    opening = max((m.end() for m in CLAUSE_START.finditer(t, 0, start)), default=0)
    clause = t[opening:start]
    return bool(INNER_NEGATION.search(clause)) and not NEGATION_CUE.search(t[opening:end])


def _bracket_negated(words: str) -> bool:
    return bool(INNER_NEGATION.search(words)) and not NEGATION_CUE.search(words)


# "ohne/without" governing the cue verb: what is done without it is withheld ("without providing
# security guarantees", "ohne einer Waffenruhe zuzustimmen"); not across a clause break
WITHOUT = re.compile(r"\b(?:without|ohne)\b[^.,;:]{0,30}$", IC)
PROPOSAL_NOUN = re.compile(r"(?:gegen)?vorschlag|(?:counter-?)?proposal|angebot", IC)
# keeping to a deal ("halten sich an", "complied with"): negated it is an accusation, no position
COMPLIANCE = re.compile(r"\b(?:h(?:ält|alten|ielt|ielten|alte)\b[^.,;]{0,20}\bsich|sich an|abid\w*|"
                        r"adher\w*|compl(?:y|ies|ied|ying)|befolg\w*|einzuhalten|hält|respect\w*)\b", IC)
OWNED_POSITION = re.compile(r"\b(?P<x>U[.\u2024]S[.\u2024]|US|American|Russian|Ukrainian|European|"
                            r"Moscow's|Kyiv's|"
                            r"Kiev's|Washington's|Russia's|Ukraine's|Kremlin's|Europe's|Moscow’s|"
                            r"Kyiv’s|Russia’s|Ukraine’s|Kremlin’s|Washington’s)\s+(?:peace\s+|new\s+|"
                            r"latest\s+|own\s+)?(?P<n>proposals?|offers?|plans?|demands?)\b")
# a position named as a noun with its owner in the genitive: after it ("die Weigerung Moskaus",
# "die Ablehnung der Ukraine"), before it ("Kiews Zustimmung"), English "X's refusal"
_POSITION_NOUNS_DE = (r"Weigerung|Ablehnung|Absage|Widerstand|Zustimmung|Einverständnis|Bereitschaft|"
                      r"Forderung(?:en)?|Beharren|Angebot|Vorschlag|Unterstützung|Anspr(?:uch|üche)(?= auf)")
NOUN_OWNER = re.compile(
    r"\b(?P<n>" + _POSITION_NOUNS_DE + r")\s+(?:des\s+|der\s+)?(?P<x>[A-ZÄÖÜ][\w-]*)\b|"
    r"\b(?P<y>[A-ZÄÖÜ][\w-]*s)\s+(?:[a-zäöü]\w*\s+)?(?P<m>" + _POSITION_NOUNS_DE + r")\b|"
    r"\b(?P<z>[A-Z][\w.-]*(?:'s|’s))\s+(?:[a-z]\w*\s+)?(?P<e>refusal|rejection|opposition|veto|"
    r"acceptance|consent|readiness|willingness|insistence|support|backing|offer|proposal|demands?|"
    r"claims?(?= (?:of sovereignty|to|over|on)\b)|"
    # agreeing to a step ("Ukraine's agreement to a 30-day ceasefire"), not a deal with someone
    r"agreement(?= to\b)(?![^.;]{0,80}\b(?:depends?|depended|depending|hinges?|hinged|rests?)\s+on\b)"
    r"(?![^.;]{0,80}\b(?:only if|conditional on|contingent on|subject to)\b))\b")
# (no position where negated: "no sign of Russia's agreement to", "without Kyiv's consent")
NOUN_NEGATED = re.compile(r"\b(?:no|not|without|lack\s+of|any|kein\w*|ohne)\b(?:\s+\w+){0,2}\s*$", IC)
NOUN_POLARITY = (("weigerung", "reject"), ("ablehnung", "reject"), ("absage", "reject"),
                 ("widerstand", "reject"), ("refusal", "reject"), ("rejection", "reject"),
                 ("opposition", "reject"), ("veto", "reject"), ("zustimmung", "accept"),
                 ("einverständnis", "accept"), ("bereitschaft", "accept"), ("acceptance", "accept"),
                 ("consent", "accept"), ("readiness", "accept"), ("willingness", "accept"),
                 ("forderung", "demand"), ("beharren", "demand"), ("insistence", "demand"),
                 ("demand", "demand"), ("angebot", "propose"), ("vorschlag", "propose"),
                 ("offer", "propose"), ("proposal", "propose"), ("unterstützung", "support"),
                 ("support", "support"), ("backing", "support"), ("claim", "demand"),
                 ("anspr", "demand"), ("agreement", "accept"))
OWNED_POLARITY = {"proposal": "propose", "offer": "propose", "plan": "propose", "demand": "demand"}
BATTLEFIELD = re.compile(r"\b(?:captured|capture|seized|advanc\w*|encircl\w*|fighting|battles?|"
                         r"frontline positions|troops (?:continue to )?hold|eingenommen|erobert|"
                         r"Einnahme|Eroberung|vorgerückt|rück\w* vor|eingekesselt|Kämpfe\w*|"
                         r"Gefecht\w*|"
                         r"push(?:es|ed|ing)? back against\s+(?:[\w'’]+\s+){0,2}?(?:forces|troops|"
                         r"offensive|assaults?|attacks?|advance)|repel\w*|counter-?offensive\w*|"
                         r"zurückgedrängt|zurückzudrängen|drängt\w* [^.;]{0,40}\bzurück|"
                         r"Gegenoffensive\w*)\b", IC)
NEGOTIATING = re.compile(r"\b(?:cede|ceding|cession|withdraw\w*|pull\w* (?:out|back)|concession\w*|"
                         r"recogni\w*|deal|settlement|peace|negotiat\w*|talks|demand\w*|"
                         r"abtret\w*|abzutreten|Abzug|Rückzug|zurückzieh\w*|Zugeständnis\w*|anerkenn\w*|"
                         r"Abkommen|Frieden\w*|Verhandl\w*|Gespräch\w*|Forderung\w*|forder\w*)\b", IC)
EVALUATIVE = re.compile(r"\b(?:dank\w*|thank\w*)\b[^.;]{0,40}?\b(?:für|for)\s+(?:ihre|eure|seine|deren|"
                        r"their|your|his|her|the)\s+(?:\w+\s+)?(?:Unterstützung|Hilfe|support|help|backing)\b|"
                        # thanks for others' support, evidence that would support a claim: no position
                        r"\b(?:evidence|proof|Beweise?)\s+(?:to\s+|zur\s+|für\s+)?(?:support|back|Stützung|"
                        r"Untermauerung)\w*|"
                        r"\b(?:public|popular|broad|wide|öffentliche\w*|breite\w*|gesellschaftliche\w*)\s+"
                        r"(?:acceptance|support|backing|approval|Akzeptanz|Zustimmung|Unterstützung|"
                        r"Rückhalt)\b|"
                        r"\b(?:unacceptable|inakzeptabl\w*|unannehmbar\w*|absurd\w*|maximalist\w*|"
                        r"unrealisti\w*|überzogen\w*|excessive|unreasonable|impossible|unmögliche\w*)"
                        r"\s+(?=(?:new\s+|neue\w*\s+|\w+\s+)?(?:demands?\b|forderung|conditions\b|"
                        r"bedingungen\b|ultimat|claims?\b|ansprüche\b|terms\b))"
                        # rejecting an accusation or a report is no refusal of what it is about
                        r"|\b(?:wies|weist|wiesen|weisen)\b[^.;]{0,40}?\b(?:Vorw[üu]rf|Anschuldigung|Behauptung|"
                        r"Darstellung|Bericht)\w*\s+(?:\w+\s+){0,3}?zurück\b|\b(?:Vorw[üu]rf|Anschuldigung|"
                        r"Behauptung|Bericht)\w*\s+(?:\w+\s+){0,3}?(?:zurückgewiesen|zurückzuweisen)\b|"
                        r"\b(?:reject\w*|dismiss\w*|rebuff\w*)\s+(?:the\s+|these\s+|such\s+|all\s+)?(?:[\w']+\s+)?"
                        r"(?:accusations?|allegations?|claims?|reports?)\b"
                        # violating or breaching a proposal is an accusation, no position on it
                        r"|\b(?:violat\w*|breach\w*|verletz\w*|gebrochen|brechen|brach\w*)\s+(?:an?|the|its|their|"
                        r"die|den|das|eine\w*|ihre\w*|seine\w*)\s+(?:[\w-]+\s+){0,3}?(?:proposals?|offers?|"
                        r"Vorschl[aä]ge?|Angebot\w*)\b|\b(?:Vorschl[aä]ge?|Angebot\w*)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:gebrochen|verletzt)\b"
                        # a call for an inquiry into an incident is no position on the issue it touches
                        r"|\b(?:forder\w*|verlang\w*|call(?:s|ed|ing)? for|demand(?:s|ed|ing)?|"
                        r"urg(?:e|es|ed|ing))\s+"
                        r"(?:eine\w*\s+|an?\s+|the\s+)?(?:[\w-]+\s+)?(?:Untersuchung|Aufklärung|investigation|"
                        r"inquiry|probe)\w*"
                        # a source's anonymity is no condition on a position
                        r"|\bon (?:the )?condition (?:of|that (?:he|she|they) not be named)\b[^.,;]*|"
                        # declining to comment is no position on what was asked about
                        r"\b(?:refus\w*|declin\w*) to (?:comment|discuss|say|disclose|elaborate|answer|"
                        r"confirm|specify|give details)\b|\blehnt\w* (?:einen|jeden|jede) "
                        r"(?:Kommentar|Stellungnahme)\w* ab\b|\bwollte\w* sich nicht (?:dazu )?äußern\b|"
                        r"\bunter (?:der )?(?:bedingung|zusicherung) der anonymität\b", IC)
# a negation right after a German verb of wanting ("will nicht, dass ...", "wolle auch nicht,
# dass ...", "wollen keinesfalls"), and a wish for none of it ("will keine Waffenruhe")
_WANT_PARTICLE = r"\s+(?:(?:auch|aber|jedoch|doch|ja|also|sicher|ganz|offenbar)\s+)?"
WANT_NOT = re.compile(_WANT_PARTICLE + r"(?:nicht|keinesfalls|keineswegs|auf keinen Fall|"
                      r"unter keinen Umständen|niemals|nie)\b"
                      # (not "will nicht nur X, sondern auch Y": wanting X and more, review16)
                      r"(?!\s+(?:nur|allein|bloß|lediglich)\b)", IC)
WANT_NONE = re.compile(_WANT_PARTICLE + r"kein(?:e|en|er|es)?\b", IC)
WANT_DE = re.compile(r"\b(?:will|wollen|wolle|wollte|wollten|möchte|möchten)\b")
PASSIVE_AGENT = re.compile(r"\b(?:opposed|rejected|refused|demanded|proposed|backed|supported|"
                           # who presses another to act holds the demand ("was pressed by European
                           # capitals to make sure ...")
                           r"sought|ruled out|pressured|pressed|urged)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?"
                           r"(?P<x>[A-Z][\w.]*)|"
                           # German: the agent comes before the participle ("von den USA abgelehnt")
                           r"\bvon\s+(?:den\s+|der\s+|dem\s+)?(?P<y>[A-ZÄÖÜ][\w.]*)\s+(?:\w+\s+){0,2}?"
                           r"(?:abgelehnt|gefordert|vorgeschlagen|unterstützt|zurückgewiesen|gedrängt|aufgefordert)\b")
# the participle of pressing another to act: its agent demands what the pressed is to do
PRESSED = re.compile(r"pressured|pressed|urged|gedrängt|aufgefordert")


# a contrast between two clauses, each with its own side and cue ("Moscow is ready for X, but Kyiv
# has refused", "Russland will X, während Kiew auf Y besteht"); also a trailing relative clause
# that gives another side's answer to what the first clause says ("..., something which Kyiv has
# refused to do", "..., which Moscow rejects", "..., was Kiew ablehnt")
# (the capital in the lookahead is case-sensitive; "was" is a relative pronoun only in German)
_CONTRAST = (r",\s+(?:but|while|whereas|aber|doch|jedoch|während|wohingegen)\s|;\s|\s[–—]\s|"
             r",\s+(?:(?:something|a step|a move|an idea)\s+(?:which|that)|which{})\s"
             r"(?=(?:\w+\s+){{0,2}}?(?-i:[A-ZÄÖÜ]))")
CONTRAST = re.compile(_CONTRAST.format(""), IC)
CONTRAST_DE = re.compile(_CONTRAST.format(r"|was|etwas,\s+was"), IC)
# a fronted clause of contrast up to its comma ("While Kyiv agreed to X, Moscow rejected it",
# "Während Kiew X zustimmt, lehnt Moskau ab"): its own side and cue, against the main clause's
FRONTED_CONTRAST = re.compile(r"^\W*(?:While|Whereas|Während|Wohingegen)\s+(?P<a>[^,;.]{10,160}),\s")


def _contrasted(s: Sentence, subjects: list[str], speaker: Mention | None, issues: list[str],
                P: dict[str, Any], lang: str, produced: list[tuple[str, str, str | None]],
                owned: dict[str, str]) -> dict[str, list[str]]:
    """Positions of two contrasted clauses with different sides: each clause's first subject (or
    the speaker quoted in it) takes the clause's own cue, on the issues the clause names (on all
    of the sentence's issues when it names none). Appends to `produced` and `owned`; returns the
    issues each actor's position is on."""
    cut = (CONTRAST_DE if lang == "de" else CONTRAST).search(s.text)
    fronted = FRONTED_CONTRAST.match(s.text) if cut is None else None
    if fronted is not None:
        parts = ((fronted.start("a"), fronted.end("a")), (fronted.end(), len(s.text)))
    elif cut is not None:
        parts = ((0, cut.start()), (cut.end(), len(s.text)))
    else:
        return {}
    found: list[tuple[str, str, str, list[str], str | None]] = []
    for a, b in parts:
        piece = s.text[a:b]
        pol, words = _masked(piece, P, lang)
        if pol is None:
            return {}
        holder: str | None = None
        who: str | None = None
        if speaker is not None and speaker.actor in ACTORS and a <= speaker.start - s.start < b \
                and not any(a <= m.start - s.start < b and m.actor in subjects and m.actor != speaker.actor
                            and m.kind != "person" for m in s.mentions):
            holder, who = speaker.actor, speaker.entity
        else:
            holder = next((m.actor for m in s.mentions if a <= m.start - s.start < b
                           and m.actor in subjects), None)
        if holder is None:
            return {}
        named = [i for i in issues if any(rx.search(piece) for rx in P["issues"][i]["cues"])]
        found.append((holder, pol, words, named, who))
    if found[0][0] == found[1][0]:
        return {}
    on: dict[str, list[str]] = {}
    for holder, pol, words, named, who in found:
        if any(x == holder for x, _, _ in produced):
            continue
        produced.append((holder, pol, who))
        owned[holder] = words
        on[holder] = named or list(issues)
    return on


# the case or the talks an issue is named in, as an adverbial frame: "Für den Fall einer
# Waffenruhe", "im Falle eines Abkommens", "in the event of a ceasefire"; opening a sentence or
# clause, "In den Verhandlungen über X", "Bei Gesprächen zur X", "In talks on X"
FRAME = re.compile(
    # (not "nur im Falle", "only in the event of": a condition, ONLY_UNDER)
    r"\b(?<!nur )(?<!only )(?:für den fall|im falle?|in the event of|in case of)\s+(?:\w+\s+)?"
    r"(?:[a-zäöü][\w-]*\s+)?[\w-]+|"
    r"(?:^\W*|[,;:]\s+)(?:in|bei|während|vor|nach)\s+(?:den\s+|der\s+|dem\s+)?(?:\w+\s+)?(?:Verhandlungen|"
    r"Gesprächen|Beratungen|Friedensgesprächen|Friedensverhandlungen)\s+(?:über|zu|zur|zum|um)\s+"
    r"(?:\w+\s+)?(?:[a-zäöü][\w-]*\s+)?[\w-]+|"
    r"(?:^\W*|[,;:]\s+)(?:in|during|at|ahead of|before|after)\s+(?:the\s+)?(?:\w+\s+)?(?:talks|negotiations|"
    r"discussions)\s+(?:on|about|over)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?[\w-]+|"
    # the deal a demand is to be part of ("as part of any ceasefire deal", "im Rahmen eines
    # Waffenstillstandsabkommens"): the frame of the demand, no position on the deal itself
    r"\b(?:as\s+(?:a\s+)?part\s+of|under)\s+(?:an?|any|the|a\s+future|any\s+future)\s+(?:[\w-]+\s+)?"
    r"(?:ceasefire|truce|peace)\s+(?:deal|agreement|accord|settlement)\b|"
    r"\b(?:im\s+Rahmen|als\s+Teil)\s+(?:eines|einer|des|der|jedes|jeder)\s+(?:künftigen\s+)?"
    r"(?:Waffenstillstands|Waffenruhe|Friedens)\w*|"
    # the aim of a plan ("a proposal meant to stop the fighting", "ein Plan zur Beendigung der
    # Kämpfe"): every plan has it, it takes no position on how a ceasefire comes
    r"\b(?:plan|proposal|initiative|framework|roadmap|Plan|Friedensplan|Vorschlag|Initiative|Fahrplan)\w*\s+"
    r"(?:to|for|zur|zum|für)\s+(?:end(?:ing)?\s+(?:to\s+)?|(?:die\s+|eine\s+)?Beendigung\s+|(?:ein\s+)?Ende\s+)"
    r"(?:the\s+|der\s+|des\s+)?(?:fighting|hostilities|killing|war|Kämpfe|Kampfhandlungen|Krieg\w*|"
    r"Feindseligkeiten|Gefechte)\b", IC)
# what conditions are set for ("as a condition for a ceasefire", "als Bedingung für eine
# Waffenruhe", "verlangt für einen Waffenstillstand X"): the goal the terms are asked for, no
# position on it where the sentence names what is asked (the demand, LINKS); conditions set out
# with nothing named ("set out its conditions for a ceasefire") stay a conditional position
COND_GOAL = re.compile(
    r"\b(?:(?:pre)?conditions?|terms|(?:Vor)?[Bb]edingung(?:en)?|Voraussetzung(?:en)?)\s+(?:for|of|für|zur|zum)\s+"
    r"(?:an?\s+|the\s+|any\s+|its\s+|eine[nmrs]?\s+|die\s+|den\s+|das\s+|der\s+|jede\w*\s+)?(?:[\w-]+\s+)?"
    r"(?:ceasefire|cease-fire|truce|ceasing|Waffenruhe|Waffenstillstand|Feuerpause)\w*|"
    r"\b(?:verlang|forder)\w*\s+für\s+(?:einen|eine|die|den|jede\w*)\s+(?:\w+\s+)?"
    r"(?:Waffenstillstand|Waffenruhe|Feuerpause)\w*", IC)
# readiness to talk about an issue ("willing to engage in dialogue on X", "bereit zum Dialog über
# X", "zu Gesprächen über X bereit", "open to discussing X"): the issue is the topic of talks, an
# agenda statement that takes no position on it (the topic: up to four words, not past "and")
# (the readiness words as words: not "offenbar", apparently, nor "bereits", already)
_TOPIC = r"(?:\s+(?!(?:and|und|but|aber|while|während|sowie)\b)[\w'’-]+){1,4}"
READY_TO_TALK = re.compile(
    r"\b(?:ready|willing|prepared|open|readiness|willingness|openness)\b(?:\s+\w+){0,2}?\s+(?:for|to)\s+"
    r"(?:\w+\s+){0,2}?(?:dialogue|talks|negotiations|discussions?|discuss(?:ing)?|negotiat(?:e|ing)|talk(?:ing)?)\b"
    r"(?:\s+(?:on|about|over|regarding|of))?" + _TOPIC + r"|"
    r"\b(?:bereit(?:e[nrs]?)?|offen(?:e[nrs]?)?|Bereitschaft|Offenheit)\b(?:\s+\w+){0,2}?\s+(?:zu|zum|zur|für)\s+(?:\w+\s+){0,2}?"
    r"(?:Dialog\w*|Gespräch\w*|Verhandlung\w*)\b(?:\s+(?:über|zu|zur|zum|um))?" + _TOPIC + r"|"
    r"\b(?:zu|zum|zur|für)\s+(?:\w+\s+)?(?:Dialog\w*|Gespräch\w*|Verhandlung\w*)\s+(?:über|zu|zur|zum|um)\s+"
    r"[^.;,]{0,60}?\b(?:bereit|offen)\b|"
    r"\b(?:bereit|offen)(?:e[nrs]?)?,?\s+(?:[^.;,\"]{0,40}?\s+)?über\s+[^.;,]{0,60}?\s+zu\s+"
    r"(?:verhandeln|sprechen|reden|diskutieren)\b|"
    # wanting or planning to talk about it ("wollten ... über eine Waffenruhe verhandeln", "want to
    # negotiate on a partial ceasefire")
    r"\b(?:wants?|wanted|plans?|planned|intends?|intended)\s+to\s+(?:hold\s+talks|negotiate|talk|discuss)\b"
    r"(?:\s+(?:on|about|over|regarding))?" + _TOPIC + r"|"
    r"\b(?:will|wollen|wolle|wollte|wollten|möchte|möchten|plan(?:t|en|te|ten))\b[^.;,]{0,80}?\büber\s+"
    r"[^.;,]{0,60}?\s+(?:zu\s+)?(?:verhandeln|sprechen|reden|diskutieren|beraten)\b", IC)
# a concession talked about ("bereit, über einen Verzicht auf X zu sprechen", "ready to discuss a
# withdrawal"): readiness to talk about giving something up stays a conditional position
CONCESSION = re.compile(r"verzicht|rückzug|abzug|zurückzuziehen|abtret|aufzugeben|aufgeben|zugeständnis|"
                        r"kompromiss|gebietstausch|(?<!aus)tausch|withdraw|pull\w* out|renounc|give up|"
                        r"giving up|cede|ceding|cession|concession|compromis|"
                        r"(?<!prisoner )(?<!prisoners )swap|trade|neutral",
                        IC)  # (an exchange of prisoners is no concession: "Gefangenenaustausch")


# agreeing to hand each other papers ("agreed to share their conditions for a ceasefire in writing",
# "agreed to present each other a vision of a future truce", "vereinbarten, einander ihre
# Vorstellungen von einer Waffenruhe vorzulegen"): a step of procedure, no position on what the
# papers are about (convention 4: exchanging memoranda is a statement of intent)
_PAPERS = (r"(?:conditions|vision|visions|memorand\w*|proposals|drafts?|documents?|papers?|positions|views|"
           r"ideas|Bedingungen|Vorstellungen|Memorand\w*|Vorschläge|Entwürfe|Dokumente|Positionen)")
PROCEDURE = re.compile(
    r"\b(?:agreed|agree|agrees)\s+(?:in principle\s+)?to\s+[“\"„]?(?:\w+\s+){0,2}?(?:share|present|exchange|"
    r"hand over|submit|draw up|prepare)\b(?:(?!\b(?:prisoners|POWs|captives|bodies|soldiers)\b)[^.;]){0,80}?"
    # (the span ends with the clause: "..., and Russia accepted a ceasefire" is a clause of its own)
    r"\b" + _PAPERS + r"\b(?:(?!\s(?:but|aber)\s)[^.;,]){0,120}|"
    r"\b(?:vereinbart\w*|einigt\w*\s+sich|verständigt\w*\s+sich)\b[^.;]{0,60}?\b" + _PAPERS +
    r"\b[^.;]{0,80}?\b(?:auszutauschen|vorzulegen|zu übergeben|zu übermitteln|auszuarbeiten)\b", IC)


# what a meeting is to discuss or is about ("the parties will discuss a ceasefire", "to discuss
# security guarantees", "sollen über Sicherheitsgarantien beraten", "berieten über eine Waffenruhe",
# "Dabei gehe es um die Entsendung von Truppen", "soll es auch um X gehen", "die Verhandlungen über
# eine Waffenruhe blockiert"): the agenda, no position on its topic (README: agenda statements that
# take no position are no stances); the topic runs to the clause's end, not past a contrast, a
# reason or a relative clause ("..., but insisted on X", "..., weil Russland X ablehne", "a
# ceasefire, which Moscow rejects", "Sicherheitsgarantien, die Kiew verlangt"; an open point's
# topic, _OPEN_TOPIC, runs on over "the question of which territories ...")
_RELATIVE = (r",?\s+(?:which|who)\b|,?\s+that\s+(?=[A-ZÄÖÜ]|(?:he|she|they|it)\b)|"
             r",\s+(?:die|der|das|den|dem|denen|deren|dessen|welche\w*)\b")
# (a relative or a reason clause after the topic states a position on it: "a ceasefire, which
# Moscow rejects", "differences remain over the Donbas because Russia demands ...")
RELATIVE_AFTER = re.compile(r"\s*(?:beraten|diskutieren|besprechen|gehen)?(?:" + _RELATIVE +
                            r"|,?\s+(?:because|weil|denn)\b)")
_OPEN_TOPIC = (r"(?:(?!,?\s+(?:but|aber|doch|jedoch|while|während|weil|because|since|da|sondern|yet)\b)"
               r"[^.;:!?\"“”„])")
_AGENDA_TOPIC = (r"(?:(?!,?\s+(?:but|aber|doch|jedoch|while|während|weil|because|since|da|sondern|yet)\b|"
                 + _RELATIVE + r")[^.;:!?\"“”„])")
AGENDA = re.compile(
    r"\b(?:to|will|would|shall|going\s+to|expected\s+to|due\s+to|set\s+to|plan(?:s|ned)?\s+to)\s+"
    r"(?:also\s+|further\s+|then\s+|jointly\s+)?discuss(?:ing)?\b" + _AGENDA_TOPIC + r"{0,120}|"
    r"\b(?:the|die|den|der)\s+(?:\w+\s+)?(?:talks|negotiations|discussions|Verhandlungen|Gespräche|Gesprächen|"
    r"Beratungen)\s+(?:on|about|over|über)\s+(?:an?\s+|the\s+|eine[nmr]?\s+|die\s+|den\s+|das\s+)?"
    r"(?:[\w-]+\s+)?[\w-]+(?=(?:\s+\w+){0,3}?\s+(?:blockier\w*|block\w*|verzöger\w*|stall\w*|delay\w*|behinder\w*|"
    r"torpedier\w*|scheiter\w*|gescheitert|fortsetz\w*|fortzusetzen|continue\w*|resum\w*|aufnehm\w*|aufzunehmen)\b)|"
    r"\b(?:berat(?:en|et|e)|beriet(?:en)?|diskutier(?:en|t|te|ten)|besprech(?:en|t)|besprach(?:en)?)\s+"
    r"(?:[^\s.;:!?]+\s+){0,6}?über\b" + _AGENDA_TOPIC + r"{0,120}|"
    r"\büber\b" + _AGENDA_TOPIC + r"{0,150}?\s(?:zu\s+)?(?:beraten|diskutieren|besprechen)\b|"
    r"\b(?:geht|gehe|ging|gingen|gehen)\s+es\s+(?:(?:dabei|dann|auch|vor\s+allem|unter\s+anderem|zudem|"
    r"außerdem|insbesondere|etwa|nun|heute|morgen|vor\s+allem)\s+)*um\b" + _AGENDA_TOPIC + r"{0,150}|"
    r"\bes\s+(?:soll|sollte|solle|sollen|wird|werde|würde)\s+(?:\w+\s+){0,4}?um\b" + _AGENDA_TOPIC +
    r"{0,150}?\s(?:gehen)\b", IC)
# what no progress was made on, or what differences remain over ("konnten keine Durchbrüche in
# Kernfragen wie X erzielen", "über Fortschritte bei X sagte er nichts", "gaps still remain over
# territory", "differences remained on the question of X", "Meinungsverschiedenheiten darüber, ...
# X"): the open points of talks, no position on them
UNSETTLED = re.compile(
    r"\b(?:no|keine\w*|without|ohne|little|kaum|wenig\w*)\s+(?:\w+\s+){0,2}?(?:progress|breakthroughs?|"
    r"Durchbr(?:u|ü)ch\w*|Fortschritt\w*)\s+(?:on|in|over|towards?|bei|im|zu|zur|zum|auf|über)\b"
    + _OPEN_TOPIC + r"{0,150}|"
    r"\büber\s+(?:\w+\s+)?(?:Fortschritt\w*|Durchbr(?:u|ü)ch\w*)\b" + _OPEN_TOPIC + r"{0,150}|"
    r"\b(?:differences|gaps|disagreements?|divisions|Differenzen|Meinungsverschiedenheit\w*|Uneinigkeit|"
    r"Streitpunkte?|sticking\s+points?)\s+(?:\w+\s+){0,3}?(?:on|over|about|regarding|bei|über|zu|darüber|"
    r"in\s+der\s+Frage)\b" + _OPEN_TOPIC + r"{0,150}", IC)
# another country's vote ("regional elections in Turkey", "die Parlamentswahlen in Ungarn", "its main US
# ally's November 5 presidential election", "der Bundestagswahl"): politics.elections is Ukraine's
FOREIGN_VOTE = re.compile(
    r"\b(?:elections?|votes?|\w*[Ww]ahl(?:en)?)\s+in\s+(?:der\s+|den\s+|the\s+)?"
    r"(?P<where>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)|"
    r"\b(?:U\.?S\.?|USA|American|Turkish|Hungarian|Polish|German|Moldovan|Romanian|Georgian|French|British|"
    r"Russian|European|EU|(?i:amerikanisch|türkisch|ungarisch|polnisch|deutsch|moldauisch|rumänisch|"
    r"georgisch|französisch|britisch|russisch)e\w*|(?i:midterm|regional|local|municipal|congressional))"
    r"(?:\s+ally's|\s+ally’s)?\s+(?:(?:presidential|parliamentary|general|snap|early|upcoming|next|key|"
    r"November|\d+|Präsidentschafts-?|Parlaments-?)\s+){0,3}(?:elections?|\w*wahl(?:en)?)\b|"
    r"\b(?i:Bundestags|Landtags|Kommunal|Europa|Regional|Kongress|Zwischen)wahl\w*")
# countries the gazetteer does not name (it names those that take part in the talks)
_FOREIGN_COUNTRY = re.compile(
    r"(?:Hungary|Ungarn|Romania|Rumänien|Moldova|Moldau|Republik\s+Moldau|Georgia|Georgien|Israel|Serbia|"
    r"Serbien|Slovakia|Slowakei|Czech\s+Republic|Tschechien|America|Amerika|Bulgaria|Bulgarien|Armenia|"
    r"Armenien|Azerbaijan|Aserbaidschan|Taiwan|Japan|Iran|Venezuela|Brazil|Brasilien|Austria|Österreich|"
    r"Canada|Kanada|Portugal|Spain|Spanien|Netherlands|Niederlanden|Lithuania|Litauen|Latvia|Lettland|"
    r"Estonia|Estland|Finland|Finnland|Sweden|Schweden|Norway|Norwegen|Denmark|Dänemark|Croatia|Kroatien|"
    r"Slovenia|Slowenien|Kazakhstan|Kasachstan)\b")


def foreign_votes(t: str) -> list[tuple[int, int]]:
    """The spans of another country's vote (FOREIGN_VOTE): after "elections in / Wahlen in" only
    where the place is a foreign one (a gazetteer actor or capital other than Ukraine, or a
    country in _FOREIGN_COUNTRY), not any capitalised word ("Wahlen in Kriegszeiten", "elections
    in September", "elections in Kharkiv")."""
    gaz = gazetteer.default()
    spans = []
    for m in FOREIGN_VOTE.finditer(t):
        where = m.group("where")
        if where is not None:
            words = where.split()
            entry = gaz.surfaces.get(where) or gaz.surfaces.get(words[0])
            if not ((entry is not None and entry.actor not in (None, "UKR"))
                    or _FOREIGN_COUNTRY.match(where)):
                continue
        spans.append(m.span())
    return spans


# (not where the talk is refused: "refused to discuss X", "lehnte es ab, über X zu beraten")
_REFUSED_BEFORE = re.compile(r"\b(?:not|no|never|n't|unwilling|reluctant|unbereit\w*|refus\w*|reject\w*|"
                             r"declin\w*|nicht|kein\w*|nie\w*|ablehn\w*|lehnt\w*|weiger\w*|verweiger\w*)\b"
                             r"\W+(?:[\w,]+\W+){0,4}$", IC)


def _agenda(t: str) -> list[tuple[int, int]]:
    """The spans of what a meeting is to discuss or is about (AGENDA), and of what talks made no
    progress on or differ over (UNSETTLED); an agenda item is not kept where it is a concession
    talked about (CONCESSION: readiness to talk about giving something up stays a position) nor where
    the talk is refused."""
    return [m.span() for m in AGENDA.finditer(t) if not CONCESSION.search(m.group(0))
            and not _REFUSED_BEFORE.search(t, max(0, m.start() - 60), m.start())] + [
        m.span() for m in UNSETTLED.finditer(t)]


def _talk_frames(t: str) -> list[tuple[int, int]]:
    """The spans of readiness to talk about something that is no concession (READY_TO_TALK), of
    agreeing to hand each other papers (PROCEDURE) and of what a meeting is to discuss (AGENDA):
    agenda statements, which take no position on their topic and give no cue."""
    return [m.span() for m in READY_TO_TALK.finditer(t) if not CONCESSION.search(m.group(0))] + [
        m.span() for m in PROCEDURE.finditer(t)] + _agenda(t)


# declining to comment or to give details ("declined to comment on proposals for X", "did not
# comment on", "refused to give further details", "wollte sich zu X nicht äußern", "äußerte sich
# nicht zu X", "lehnte einen Kommentar ab"): what follows up to the clause's end takes no position
NO_COMMENT = re.compile(
    r"\b(?:declin\w*|refus\w*|(?:did|does|do|would|will)\s+not|(?:didn|doesn|don|wouldn|won)\W?t)\s+(?:to\s+)?"
    r"(?:comment|elaborate|give\s+(?:any\s+)?(?:further\s+|more\s+)?details|go\s+into\s+(?:\w+\s+)?details?|"
    r"say\s+(?:more|whether))\b[^.;]*|\bno comment\b[^.;]*|"
    r"\b(?:woll|möcht)(?:te|ten|e|en)?\s+sich\b[^.;]{0,80}?\bnicht\s+(?:\w+\s+)?äußern\b|"
    r"\bäußer(?:t|te|ten|n)\s+sich\s+(?:\w+\s+){0,3}?nicht\b[^.;,]*|"
    r"\blehn(?:t|te|ten)\s+(?:\w+\s+)?(?:einen\s+|jeden\s+|eine\s+)?(?:Kommentar|Stellungnahme)\w*\s+ab\b|"
    r"\b(?:wollte|wollten|will)\s+(?:\w+\s+){0,4}?nicht\s+kommentieren\b|"
    r"\bnannte\w*\s+(?:\w+\s+)?keine\w*\s+(?:Einzelheiten|Details)\b[^.;]*|"
    # a reporter's question opening the sentence ("Asked whether the plan covered X, ...", "Auf die
    # Frage, ob X ..."): its words are no cue; the answer keeps its own
    r"^\W*(?:When\s+)?asked\s+(?:whether|if|about|what|how|why)\b[^,;]*|"
    r"^\W*Auf\s+(?:die|eine)\s+(?:\w+\s+)?Frage,?\s+(?:ob|nach|wie|warum)\b[^,;]*", IC)


def _no_comment(t: str) -> list[tuple[int, int]]:
    """The spans of declining to comment (NO_COMMENT), up to the clause's end or the match's."""
    out = []
    for m in NO_COMMENT.finditer(t):
        # (a contrast opens a clause of its own also without its comma: "declined to comment on X
        # but insisted on Y")
        end = re.search(r",\s+(?:saying|sagte|erklärte)\b|,?\s+(?:but|aber|doch|jedoch|yet|while|whereas)\b",
                        t[m.start():])
        out.append((m.start(), min(m.end(), m.start() + end.start()) if end else m.end()))
    return out


# a lead-in before a colon (not a speaker's "Name: ...", which names a side)
LEAD_IN = re.compile(r"^[^:\"]{12,}?:\s")
# a "wenn" clause that is what is accepted, not a condition ("hat nichts dagegen, wenn ...",
# "begrüßt es, wenn ...", "keine Einwände, wenn ...")
CONTENT_WENN = re.compile(r"\b(?:dagegen|es|einwände|einwand|einzuwenden)\s*,\s*$", IC)
COND_NEXT = re.compile(r"\s*[,;–—-]?\s*(?:\w+\s+)?(?:wenn|falls|sofern|if|unless|provided)\b", IC)


def _issue_clause(t: str, spec: dict[str, Any]) -> tuple[int, int]:
    """The clause of `t` that holds an issue: the first clause with one of its cues (and, for an
    issue that requires context, that context too); the whole sentence when it has one clause."""
    breaks = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(t)]
    if not breaks:
        return 0, len(t)
    first: tuple[int, int] | None = None
    for rx in spec["cues"]:
        for hit in rx.folded.finditer(t):
            a = max((e for _, e in breaks if e <= hit.start()), default=0)
            b = min((st for st, _ in breaks if st >= hit.end()), default=len(t))
            if not spec["requires"] or any(r.search(t[a:b]) for r in spec["requires"]):
                return a, b
            first = first or (a, b)
    return first or (0, len(t))


# two slots of a condition: what is offered or sought (A) and the condition asked of the other
# side for it (B): "knüpft A an B", "macht A von B abhängig", "ties/links A to B", "makes A
# conditional on B", "verlangt für A B", "B als Bedingung für A", "B as a precondition for A",
# "A im Gegenzug für B", "A in exchange for B"
_NP_DE = r"(?:\w+\s+)?(?:[a-zäöü][\w-]*\s+)?[A-ZÄÖÜ][\w-]*"
_NP_EN = r"(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+){0,2}?[\w-]+"
LINKS = (
    re.compile(r"\bknüpf\w*\b(?P<a>[^.;]{1,100}?)\ban\b(?P<b>[^.;,]{1,100})", IC),
    re.compile(r"\bmach\w*\b(?P<a>[^.;]{1,100}?)\bvon\b(?P<b>[^.;]{1,100}?)\babhängig\b", IC),
    # told in the passive or a relative clause ("eine Waffenruhe, die an X geknüpft wäre", "sei an
    # X gebunden")
    re.compile(r"(?P<a>^[^;]*?)\b(?:die|der|das|welche[rsn]?|ist|sei|wäre|war|wird|werde)\s+an\s+"
               r"(?P<b>[^.;]{1,100}?)\s+(?:geknüpft|gebunden)\b", IC),
    re.compile(r"\b(?:ties|tied|tying|tie|links|linked|linking|link)\b(?P<a>\s+\w[^.;]{2,100}?)\bto\b"
               r"(?P<b>[^.;,]{1,100})", IC),
    re.compile(r"\b(?:make|makes|making|made)\b(?P<a>[^.;]{1,100}?)\b(?:conditional|contingent|dependent)\s+(?:on|upon)\b"
               r"(?P<b>[^.;,]{1,100})", IC),
    re.compile(r"\b(?:verlang|forder)\w*\s+für\s+(?P<a>" + _NP_DE + r")\s+(?P<b>[^.;]{1,100})"),
    re.compile(r"(?P<b>^[^;]*?)\b(?:als|as an?)\s+(?:Vor|pre)?(?:[Bb]edingung|condition)\w*\s+(?:für|for)\s+"
               r"(?P<a>" + _NP_DE + r"|" + _NP_EN + r")", IC),
    # (what is sought ends before a verb of the main clause: "X in exchange for guarantees would mean ...")
    re.compile(r"(?P<a>^[^;]*?)\b(?:in (?:exchange|return) for)\s+"
               r"(?P<b>(?:(?!\b(?:would|will|could|can|must|should|is|are|was|were|has|have|had)\b)"
               r"[^.;,]){1,100})", IC),
)
# "im Austausch für B ... A", "im Gegenzug für B ... A": what is sought is the noun phrase after the
# preposition (with a genitive or "Verzicht auf"), what is offered the rest of the sentence
_GEGENZUG = re.compile(r"\b(?:im|in) (?:Gegenzug|Austausch) (?:für|gegen|zu)\s+(?P<b>(?:\w+\s+){0,2}?"
                       r"[A-ZÄÖÜ][\w-]*(?:\s+(?:der|des)\s+(?:\w+\s+){0,2}?[A-ZÄÖÜ][\w-]*|\s+[A-ZÄÖÜ]\w*s\b)?"
                       r"(?:(?<=[Vv]erzicht)\s+auf\s+(?:\w+\s+)?[A-ZÄÖÜ][\w-]*|(?<=[Vv]erzichts)\s+auf\s+"
                       r"(?:\w+\s+)?[A-ZÄÖÜ][\w-]*|(?<=s)\s+auf\s+(?:\w+\s+)?[A-ZÄÖÜ][\w-]*)?)")


def _links(t: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    out = []
    for rx in LINKS:
        for m in rx.finditer(t):
            out.append((m.span("a"), m.span("b")))
    for m in _GEGENZUG.finditer(t):
        b = m.span("b")
        out += [((0, m.start()), b), ((b[1], len(t)), b)]
    return out


def _if_role(t: str, spec: dict[str, Any], P: dict[str, Any], lang: str,
             others: list[dict[str, Any]] | None = None) -> str | None:
    """For an issue named only in the "if" clause of a conditional position ("bietet X an, falls
    Kiew sich aus dem Donbass zurückzieht", "will accept X if Russia withdraws from Y"): the
    condition asked of the other side, a proposal where the main clause offers something outside
    the issues (more weapons), else a demand: where the offer is itself on an issue of `others`
    ("bietet an, auf X zu verzichten, wenn Y"), what is offered is conditional and the condition
    Y demanded, as with "X in exchange for Y"."""
    cond = CONDITION.search(t)
    if cond is None:
        return None
    first = _condition_first(t)
    if first is not None:
        slot, main = (cond.start(), first), t[first:]
    else:
        end = re.search(r"[,;:–—]|\s-\s", t[cond.end():])
        slot, main = (cond.start(), cond.end() + end.start() if end else len(t)), t[:cond.start()]
    hits = [h.start() for rx in spec["cues"] for h in rx.folded.finditer(t)]
    if not hits or not all(slot[0] <= x < slot[1] for x in hits) or CONTENT_WENN.search(t[:cond.start()]):
        return None
    if any(rx.search(main) for o in others or () if o is not spec for rx in o["cues"]):
        return "demand"  # the offer is on an issue of its own: the condition is what it asks for
    return "propose" if _polarity(main, P, lang)[0] == "propose" else "demand"


def _link_role(t: str, spec: dict[str, Any],
               links: list[tuple[tuple[int, int], tuple[int, int]]]) -> str | None:
    """`conditional` for an issue named in what is offered under a condition, `demand` for one
    named only in the condition; None where the sentence links nothing or the issue is outside."""
    hits = [h.span() for rx in spec["cues"] for h in rx.folded.finditer(t)]
    for (a0, a1), (b0, b1) in links:
        in_a = any(a0 <= x < a1 for x, _ in hits)
        in_b = any(b0 <= x < b1 for x, _ in hits)
        if in_a:
            return "conditional"
        if in_b:
            return "demand"
    return None


# a stated necessity that someone act, and what it asks, up to the clause's end: "die
# Notwendigkeit, dass Russland X leistet", "the need for Russia to pay X", "the necessity that Y"
NEED_CLAUSE = re.compile(r"\b(?:Notwendigkeit|Erfordernis|need|necessity)\w*,?\s+"
                         r"(?:dass|that|for\b[^.;,]{1,40}?\bto)\b[^.;\"]{1,160}", IC)


# what something takes effect or is done only after or only in the case of ("could enter into force
# only after a full ceasefire", "would only take effect after sanctions were lifted", "nur im
# Falle einer vollständigen Waffenruhe", "erst nach einer Waffenruhe", "not until a truce holds"): a
# stated condition, the issue it names is demanded
ONLY_UNDER = re.compile(r"\b(?:(?:only|nur|erst)\s+(?:(?:take|takes|enter|enters|come|comes)\s+"
                        r"(?:effect|into\s+(?:force|effect))\s+|\w+\s+)?(?:after|once|when|in the event of|"
                        r"in case of|im falle?|für den fall|nach|wenn|sobald)|not until|nicht vor)"
                        r"\s+[^.;,]{1,80}", IC)


# the step still to come before what it waits for: a modal, a future or a wish in the clause ("could
# take effect only after", "werde erst nach ... abgestimmt", "wants elections only after"); a fact
# told in the past ("the prisoners were released only after a truce", "seien erst nach einer
# Feuerpause freigekommen") waits for nothing and asks nothing
_STEP_TO_COME = re.compile(r"\b(?:would|could|will|can|may|might|shall|should|must|wants?|ready|prepared|"
                           r"willing|würde\w*|könn\w*|kann|werde|werden|wird|soll\w*|dürf\w*|müss\w*|"
                           r"muss|woll\w*|will|bereit)\b|['’](?:d|ll)\b|\bto\s+\w+\s+$", IC)
# what is waited for ends or fails ("only after the ceasefire had collapsed"): no demand of it
_WAITED_ENDS = re.compile(r"\b(?:collaps\w*|broke down|broken down|ended|expired|failed|zusammengebrochen|"
                          r"zusammenbr\w*|gescheitert|scheiter\w*|endete|beendet|abgelaufen)\b", IC)


def _issue_only_in(t: str, spec: dict[str, Any], frame: re.Pattern[str],
                   keep: Callable[[int, int], bool] = lambda a, b: True) -> str | None:
    """The words of the first match of `frame` that holds every cue of the issue `spec` (the
    issue is named only there) and that `keep` accepts, else None."""
    spans = [m.span() for m in frame.finditer(t)]
    if not spans:
        return None
    hits = [h.start() for rx in spec["cues"] for h in rx.folded.finditer(t)]
    for a, b in spans:
        if hits and all(a <= x < b for x in hits) and keep(a, b):
            return t[a:b]
    return None


def _only_under_role(t: str, spec: dict[str, Any]) -> str | None:
    """The words of what a step still to come waits for (ONLY_UNDER) where the issue is named only
    there (a demand of it), else None: not a past fact told with its timing, nor what waits for
    the issue to end."""
    def step_to_come(a: int, b: int) -> bool:
        clause = t[max((m.end() for m in re.finditer(r"[,;:]", t[:a])), default=0):a]
        return bool(_STEP_TO_COME.search(clause)) and not _WAITED_ENDS.search(t, a, b)
    return _issue_only_in(t, spec, ONLY_UNDER, step_to_come)


def _need_role(t: str, spec: dict[str, Any]) -> str | None:
    """The words of a stated necessity when the issue is named only in what it asks ("bietet X
    an, unter Berücksichtigung der Notwendigkeit, dass Russland Schäden ersetzt": the
    compensation is demanded, whatever the main clause offers), else None."""
    return _issue_only_in(t, spec, NEED_CLAUSE)


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


def _polarity_masked(t: str, P: dict[str, Any], lang: str) -> str | None:
    """The polarity of the main clause: cues inside a condition ("wenn die Russen ... ablehnen")
    do not count, except the condition itself."""
    return _masked(t, P, lang)[0]


CONDITION_END = re.compile(r",(?!\s+(?:and|und|or|oder|sowie)\b)|\s[–—-]\s")


def _condition_first(t: str) -> int | None:
    """Where the main clause starts when the sentence opens with its condition ("Wenn Moskau
    zustimmt, ...", "If Russia agrees, ..."), else None."""
    cond = CONDITION.search(t)
    if cond is None or re.search(r"\w{3,}", t[:cond.start()].replace("dann", "")):
        return None
    # the condition ends at its comma or at a dash ("As soon as they ... – on our side, ..."), not
    # at a comma before a further condition joined to it (", and also announce ...")
    end = CONDITION_END.search(t, cond.end())
    return end.end() if end is not None else None


# an opening adverbial clause up to its comma: a conjunction, not a preposition before an article
# ("Während der Gespräche lehnte Moskau ... ab" opens no clause)
OPENING_CLAUSE = re.compile(r"^\W*(?:As|While|When|After|Before|Although|Though|Since|Once|Whereas|"
                            r"Während|Nachdem|Bevor|Obwohl|Seitdem|Sobald|Wohingegen)\b"
                            r"(?!\s+(?:der|den|dem|des|einer|einem|eines|the|a|an)\b)[^,;:\"]{3,160},")


def _main_clause_first(s: Sentence, subjects: list[str]) -> list[str]:
    """`subjects` with those of the main clause first when the sentence opens with a condition
    (the actor of "Wenn Russland angreift, ist die Ukraine bereit" is Ukraine)."""
    main = _condition_first(s.text)
    if main is None and (opening := OPENING_CLAUSE.match(s.text)) is not None:
        main = opening.end()  # "As talks between X and Y began, Moscow said ...": scene, not holder
    if main is None:
        return subjects
    after = [m.actor for m in s.mentions if m.start - s.start >= main and m.actor in subjects]
    return list(dict.fromkeys([a for a in after if a is not None] + subjects))


def _masked(t: str, P: dict[str, Any], lang: str) -> tuple[str | None, str]:
    """:func:`_polarity_masked` with the cue words that decided it."""
    t = EVALUATIVE.sub(lambda m: " " * len(m.group(0)), t)
    cond = CONDITION.search(t)
    if cond is None:
        pol, _, words = _polarity(t, P, lang)
        return pol, words
    first = _condition_first(t)
    if first is not None:
        # the condition comes first ("Wenn Moskau zustimmt, ist Kiew bereit ...", "If Russia
        # agrees, Ukraine will ..."): the main clause follows it
        main, _, words = _polarity(t[first:], P, lang)
        if main == "propose" and _offered(t[first:], words):
            return "propose", f"{cond.group(0)} ... {words}"  # "Wenn Kiew abzieht, bietet Moskau X an"
        if main in ("accept", "propose", "support"):
            return "conditional", f"{cond.group(0)} ... {words}"
        if main is not None:
            return main, words
    main, _, words = _polarity(t[:cond.start()], P, lang)
    if any(rx.search(t) for rx in P["polarity"]["conditional"]):
        if main in (None, "demand", "support", "accept"):
            return "conditional", _polarity(t, P, lang)[2] if main is None else words
        return main, words
    temporal = TEMPORAL_IF.match(cond.group(0))
    if main in ("accept", "propose", "support") and (STRICT_IF.match(cond.group(0)) or (
            main in ("accept", "propose")
            and (temporal or re.search(r"[,–—-]\s*(?:\w+\s+)?$", t[:cond.start()]))
            and not CONTENT_WENN.search(t[:cond.start()]))):
        # an acceptance or an offer followed by its "wenn" clause ("Kiew sei bereit zu X – wenn
        # Russland ..."): German "wenn" after the main clause states its condition
        if main == "propose" and _offered(t[:cond.start()], words):
            return "propose", f"{words} ... {cond.group(0)}"  # a step offered under a condition
        return "conditional", f"{words} ... {cond.group(0)}"  # acceptance only if
    if main is None and (STRICT_IF.match(cond.group(0)) or (temporal and first is not None)) and (
            then := CONSEQUENCE.search(t)):
        # a consequence announced for a case ("will exit the truce should Kyiv break it",
        # "Sollte Kiew ..., wird Moskau ebenfalls ..."): the position holds under that condition
        return "conditional", f"{cond.group(0)} ... {then.group(0)}"
    return main, words


def _owned_nouns(s: Sentence) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The position nouns of `s` named with an owner (OWNED_POSITION, NOUN_OWNER): those of any
    owner, and those of a named owner that is none of the sides (a third country's proposal)."""
    t = s.text
    every: list[tuple[int, int]] = []
    other: list[tuple[int, int]] = []
    for m in OWNED_POSITION.finditer(t):
        every.append(m.span("n"))
    for m in NOUN_OWNER.finditer(t):
        word = (m.group("x") or m.group("y") or m.group("z")).replace("’", "'").removesuffix("'s")
        noun = "n" if m.group("n") else "m" if m.group("m") else "e"
        actor = _actor_of_word(word, s)
        if actor in ACTORS:
            every.append(m.span(noun))
            if actor in MEDIATORS:
                other.append(m.span(noun))  # a mediator's proposal is no cue of the parties' clause
        elif m.group("z") and actor is None:
            every.append(m.span(noun))
            other.append(m.span(noun))
    return every, other


def _named_after(t: str, end: int, issues: list[str], P: dict[str, Any]) -> list[str]:
    """The issues named in the complement of a position noun ending at `end` ("Moscow's demand
    that Ukraine withdraw from X", "die Forderung Moskaus nach X"): up to the clause's end."""
    stop = re.search(r"[;.]|,\s+(?:and|but|while|und|aber|während)\b", t[end:])
    window = t[end:end + (stop.start() if stop else 150)][:150]
    return [i for i in issues if any(rx.search(window) for rx in P["issues"][i]["cues"])]


# what stands in for a blanked owned position noun: no cue matches it, but a verb governing it
# ("criticised Moscow's ###", "not prepared to back down from Putin's ###") still sees a noun
OWNED_FILL = "#"
BLANKS = re.compile(r" {2,}|#+")  # blanked words, shown as an ellipsis in the cue


def _blank(t: str, spans: list[tuple[int, int]], fill: str = " ") -> str:
    for a, b in spans:
        t = t[:a] + fill * (b - a) + t[b:]
    return t


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
