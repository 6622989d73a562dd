"""Which position a sentence takes: the polarity cue classes with their negations, conditions and
consequences, `_polarity`, and position nouns with their owners. Moved out of
`accord.news.stances` (`find_stances` there uses them). The clause of an issue cue, conditional
links, the option named, the masking of what is no position of the clause and clauses in
contrast live in `stance_clauses`; an issue named only as a frame (talks, agenda, procedure) in
`stance_frames`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from accord.news.prefilter import gate_patterns
from accord.news.stance_frames import CONCESSION
from accord.news.stance_holders import (
    IC,
)

if TYPE_CHECKING:
    pass


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


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
