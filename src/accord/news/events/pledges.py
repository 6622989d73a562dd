"""Pledges (AID/070-074: 071 economic, 072 military, 074 humanitarian) and polls: the pledge verbs
(`PLEDGE`), what a pledge commits (`RESOURCES`) and the words of an opinion poll (`POLL`).
"""

from __future__ import annotations

import re

from accord.news.events.common import IC
from accord.news.prefilter import gate_patterns

# a poll told by its noun in any compound ("Meinungsumfrage", "Befragung") or its respondents
POLL = re.compile(r"\b(?:\w*umfrage\w*|Befragung\w*|Befragte\w*|Meinungsforsch\w*|surveys?|surveyed|"
                  r"poll(?:s|ed|ster|sters)?|respondents?|Erhebung|Meinungsforschungsinstitut\w*)\b|"
                  # a share of a people holding a view, the way poll results are told ("72 Prozent der
                  # Ukrainer lehnen ... ab", "most Ukrainians, 64 percent, oppose")
                  r"\b(?:Prozent|percent|per cent|%)\s+(?:der|aller|of|of all)\s+(?:befragten\s+)?"
                  r"(?:Ukrainer\w*|Russen|Deutschen|Bürger\w*|Amerikaner\w*|Europäer\w*|Wähler\w*|Ukrainians|"
                  r"Russians|Germans|Americans|Europeans|voters|citizens|those (?:asked|questioned|surveyed|"
                  r"polled))\b", IC)
# resources as nouns, German (in compounds) and English
# (a truce is no weapon: "Waffenruhe", "Waffenstillstand", "die Waffen ruhen lassen")
_GOODS = (r"(?!(?:[\w-]*)(?:Waffenruhe|Waffenstillstand|Waffenpause)|Waffen\s+(?:ruhen|schweigen|nieder))"
          r"(?:[\w-]*(?:lieferung|hilfe|paket|waffe|munition|unterstützung|truppe|soldat|kredit|garantie)\w*|"
          r"(?:Lieferung|Hilfe|Paket|Waffe|Munition|Unterstützung|Truppe|Soldat|Kredit|Garantie)\w*)")
_GOODS_EN = (r"(?:aid|assistance|package|deliveries|shipments|funding|loans?|grants?|weapons|arms|troops|"
             r"support)\b")
PLEDGE = re.compile(r"\b(?:zugesagt|sagte\w* [^.]{0,60}\bzu\b|in Aussicht|versprach|"
                    # the present with its particle closing the clause ("sagt der Ukraine ... zu")
                    r"(?:sagt|sagen|sichert|sichern)\b[^.;]{0,80}\bzu(?=\s*[.,;]|$)|"
                    # assured, made available, allocated ("sicherte ... zu", "stellt ... zur Verfügung")
                    r"sicherte\w*\b[^.]{0,60}\bzu\b|zur Verfügung (?:zu )?stell\w*|"
                    r"stell\w*\b[^.]{0,60}\bzur Verfügung|allocat(?:ed|es)|earmark(?:ed|s)|vowed|"
                    r"versprochen|mittragen|entsenden|bereitzustellen|bereitstellen|pledg\w*|"
                    r"promised|committed|"
                    # resources announced ("kündigte kostenlose Lieferungen an", "announced an aid
                    # package"), a readiness for them ("zeigte Bereitschaft zu militärischer
                    # Unterstützung", "ready to provide troops"), a declaration signed on sending
                    # them ("unterzeichneten eine Absichtserklärung über die Entsendung")
                    r"kündigt\w*\b[^.;]{0,80}\b" + _GOODS + r"\b[^.;]{0,60}\ban\b|"
                    r"angekündigt\w*\b[^.;]{0,40}\b" + _GOODS + r"|"
                    # (not a withdrawal announced: "announces the withdrawal of troops")
                    r"announc(?:es|ed)\b(?![^.;]{0,60}\bwithdraw)[^.;]{0,60}\b" + _GOODS_EN + r"|"
                    r"Bereitschaft\w*\s+(?:zu|zur|zum)\s+(?:\w+\s+){0,2}?" + _GOODS + r"|"
                    r"(?:readiness|ready|prepared|willing) to "
                    r"(?:provide|send|deploy|supply|contribute|give)\b|"
                    r"(?:unterzeichne\w*|unterschrieb\w*|signed|sign)\b[^.;]{0,100}\b(?:\w*erklärung|declaration|"
                    r"letter of intent)\b[^.;]{0,60}\b(?:Entsendung|Lieferung\w*|Stationierung|deploy\w*|"
                    r"send(?:ing)?|dispatch\w*|provi\w*)\b|"
                    # "agreed to ... resume security assistance"
                    r"agree(?:d|s)? to\b[^.]{0,80}\b(?:resume|provide|send|supply|deliver)\b)", IC)


def promised(t: str, pm: re.Match[str]) -> bool:
    """Whether a match of `PLEDGE` in `t` is a promise: not a "sagte ... zu" or "sicherte ... zu"
    whose "zu" is that of an infinitive ("sagte X, ohne Einzelheiten zu nennen") or a preposition
    ("sagte er zu Reportern") rather than the particle closing the clause."""
    g = pm.group(0)
    if not (re.match(r"(?:sagte|sicherte)\w* ", g, IC) and g.endswith("zu")):
        return True
    return any(re.match(r"\s*(?:[.,;:!?\"“”»)]|$)|\s+(?:und|sowie|oder)\b", t[pm.start() + z.end():])
               for z in re.finditer(r"\bzu\b", g))


# what a pledge commits: money, arms, troops, aid
# (not a truce, "Waffenruhe"; not an aim supported, "committed to supporting peace")
RESOURCES = re.compile(r"Dollar|Euro(?!p)|\bUSD\b|\bEUR\b|Milliard|Million|billion|million|"
                       r"Waffe(?!n?(?:ruhe|stillstand|pause)|n\s+(?:ruhen|schweigen|nieder))|Munition|"
                       r"Luftabwehr|Flugabwehr|Panzer|Rakete|Drohne|Truppe|Soldat|Hilfe|Hilfspaket|Paket|"
                       r"Finanz|Kredit|Unterstützung|Ausbildung|weapon|arms\b|ammunition|air defen|tank|"
                       r"missile|drone|troop|soldier|\baid\b|assistance|package|funding|fund|loan|"
                       r"support(?!ing)|training|equipment|Ausrüstung|Garantie|guarantee|Investition|investment|"
                       r"Wiederaufbau|reconstruction|Lieferung|deliveries|shipments|Entsendung|Stationierung|"
                       r"deploy|Stützpunkt\w*|military bases?|"
                       r"multinational\w*\W{0,2}\s*(?:Kräfte|forces)", IC)
# a trip to talks is no commitment of resources ("wollten Delegationen nach Doha entsenden",
# "to send a delegation to Istanbul")
DELEGATION_SENT = re.compile(r"\b(?:Delegation\w*|Unterhändler\w*|Verhandl\w*|Gesandt\w*|Emissär\w*|"
                             r"delegations?|envoys?|negotiators?|representatives?)\b", IC)
# the pledge's own clause ends (or begins) at these ("..., while Ukraine proposed ..."; the span:
# `stance_holders.clause_span(t, at, CLAUSE_END)`)
# (not ", and to deliver", ", und zwar", ", und zu liefern" nor a colon: the same promise goes on)
CLAUSE_END = re.compile(r";|,\s*(?:although|though|even though|but|while|whereas|on top of|obwohl|"
                        r"aber|doch|während|zumal)\b|"
                        r",\s*(?:und|and)\b(?!\s+(?:zu|to|zwar|namely|also|auch)\b)", IC)


# a verb of sending or providing used as a noun, the topic of talks ("das Entsenden von Bodentruppen",
# "zum Bereitstellen von"), and a possibility after the verb ("die die Europäer mittragen können",
# "Truppen entsenden könnten"): no commitment
_AS_NOUN = re.compile(r"\b(?:das|dem|des|zum|beim|vom|ums)\s+$", IC)
_MODAL_AFTER = re.compile(r"\s+(?:können|könnten|könne|dürften|würden|würde|sollen|sollten|müssten|wollen)\b")


# what follows the "zu" of a preposition ("zu den Ergebnissen", "zu Reportern") or of an infinitive
# ("zu nennen"), not the particle of "zusagen" ("sagten ... mehr Hilfe zu als je zuvor")
_NOT_PARTICLE = re.compile(r"\s+(?:den|dem|der|die|das|des|eine[mnrs]?|seine[mnrs]?|ihre[mnrs]?|"
                           r"[A-ZÄÖÜ]\w*|\w+(?:en|ern|eln))\b")


def _particle(t: str, pm: re.Match[str]) -> bool:
    """Whether a match of `PLEDGE` is a promise: `promised`, or a "zu" in it that no noun phrase
    or infinitive follows."""
    return promised(t, pm) or any(not _NOT_PARTICLE.match(t, pm.start() + z.end())
                                  for z in re.finditer(r"\bzu\b", pm.group(0)))


def pledge_at(t: str) -> re.Match[str] | None:
    """The first match of `PLEDGE` in `t` that is a promise (`_particle`), not the verb used as a
    noun and not followed by a modal of possibility."""
    for pm in PLEDGE.finditer(t):
        if not _particle(t, pm) or _MODAL_AFTER.match(t, pm.end()) or (
                pm.group(0)[:1].isupper() and _AS_NOUN.search(t[max(0, pm.start() - 12):pm.start()])):
            continue
        return pm
    return None


# who gives, not who receives: a name after a preposition or dative article of a recipient ("to
# Ukraine", "for Kyiv", "der Ukraine", "an die Ukraine", "für Kiew") or right after an English verb
# of giving as its first object ("promised Ukraine", "pledged Kyiv", "gave Ukraine")
# ("der/dem" is the dative only after a word of the clause, never at the start of the sentence or
# clause or after "und/oder": "Der französische Präsident sagte der Ukraine ... zu" has its giver
# in the nominative)
RECIPIENT_BEFORE = re.compile(r"\b(?:to|for|an|für)\s+(?:die\s+|the\s+|das\s+)?$|"
                              r"(?<=\w\s)(?<!\bund\s)(?<!\boder\s)(?<!\bsowie\s)(?:der|dem)\s+$|"
                              r"\b(?:promised|promises|pledged|pledges|offered|offers|granted|grants|"
                              r"gave|gives|sent|sends|provided|provides)\s+$", IC)
# a group of states as the giver ("26 Länder", "twenty-six nations", "die Koalition der Willigen"):
# the European side (the corpus README's EUR; the group is no member named)
COALITION = re.compile(r"\b(?:Koalition der Willigen|coalition of the willing)\b", IC)
# European states with no code of their own (the corpus README's actors: a state without a code
# stands for EUR, as Italy or Hungary do for summits)
EUROPEAN_STATE = re.compile(r"\b(?:Norwegen|Norway|Norweg\w*|Schweden|Sweden|Swedish|schwedisch\w*|"
                            r"Dänemark|Denmark|Danish|dänisch\w*|Finnland|Finland|Finnish|finnisch\w*|"
                            r"Niederlande\w*|Netherlands|Dutch|niederländisch\w*|Belgien|Belgium|Belgian|"
                            r"belgisch\w*|Italien|Italy|Italian|italienisch\w*|Spanien|Spain|Spanish|"
                            r"spanisch\w*|Portugal|Portuguese|portugiesisch\w*|Österreich|Austria|Austrian|"
                            r"österreichisch\w*|Tschechien|Czechia|Czech|tschechisch\w*|Litauen|Lithuania|"
                            r"Lithuanian|litauisch\w*|Lettland|Latvia|Latvian|lettisch\w*|Estland|Estonia|"
                            r"Estonian|estnisch\w*|Rumänien|Romania|Romanian|rumänisch\w*|Irland|Ireland|"
                            r"Irish|irisch\w*|Luxemburg|Luxembourg|Island|Iceland|Icelandic|isländisch\w*|"
                            r"Griechenland|Greece|Greek|griechisch\w*|Kroatien|Croatia|Croatian|"
                            r"kroatisch\w*|Slowenien|Slovenia|Slowakei|Slovakia|Slovak\w*|slowakisch\w*)\b")


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
