"""Exchanges of prisoners and bodies (AGREE/057, split from `agreements`): an exchange carried out,
reported or set to come (`EXCHANGED`, `EXCHANGE_REPORTED`, `EXCHANGE_OF`, `FUTURE_SWAP`,
`BODIES_RETURN`, children and captives returned), who was in a group just released
(`COMPOSITION`, `ADDED`, `_composition`), and what is no one exchange: a running total
(`_running_total`), a habit or hypothesis (`HABIT_OR_HYPOTHESIS`, `_hypothetical`), numbers per side
(`_per_side`). Used by `agreements`, `learned` and `deal_rules`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.common import IC
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence


# an exchange of prisoners or bodies carried out (not planned): the exchange word, a verb of
# completion in the past, and the people exchanged
EXCHANGED = re.compile(r"\b(?:ausgetauscht|freigelassen|freigekommen|in Freiheit gekommen|"
                       # got back, brought home, handed back, bodies received
                       r"zurückerhalten|zurückgebracht|zurückgeholt|heimgeholt|nach Hause gebracht|"
                       r"brought (?:back|home)|handed back|were returned|"
                       r"(?:received|erhielt\w*|erhalten)\b[^.]{0,30}\b(?:bodies|remains|Leichen|Leichname|"
                       r"Gefallene\w*)|"
                       r"(?:ge)?tauscht(?:en)?|entließ\w*|entlassen|kehr\w*\b[^.]{0,60}\bzurück\b|"
                       r"(?:gab|gaben)\b[^.]{0,40}\bab\b|übergab(?:en|t|e)?\b|kamen\b[^.]{0,40}\bfrei\b|"
                       r"freed|handed over|swapped|came home|returned to (?:Ukraine|Russia)|"
                       r"kamen\b[^.]{0,60}\bin Freiheit|heimgekehrt|zurückgekehrt|"
                       r"(?:Gefangene\w*|Soldaten|Leichen|Leichname|Zivilisten)\b[^.,]{0,40}\b(?:übergeben|überstellt)|"
                       r"(?:(?:Gefangenen)?[Aa]ustausch|Rückgabe|Übergabe|Rückführung)\w*\b[^.]{0,80}\b"
                       r"(?:abgeschlossen|vollzogen|stattgefunden|begonnen|durchgeführt)|"
                       # "Der Austausch fand am Montag statt", "fand der dritte Austausch statt"
                       r"(?:(?:Gefangenen)?[Aa]ustausch|Tausch|Rückgabe|Übergabe)\w*\b[^.;]{0,40}\b(?:fand|fanden)\b"
                       r"[^.;]{0,40}\bstatt\b|\b(?:fand|fanden)\b[^.;]{0,30}\b\w*(?:austausch|tausch)\w*\b"
                       r"[^.;]{0,40}\bstatt\b|"
                       r"(?:abgeschlossen|vollzogen|durchgeführt)\b[^.]{0,40}"
                       r"(?:Gefangenen)?[Aa]ustausch|exchanged|swapped|repatriated|returned home|"
                       # an exchange told as carried out or made possible ("the last swap, with UAE
                       # mediation, was conducted on", "mediation led to the release of ten POWs",
                       # "hätten einen Gefangenenaustausch ermöglicht")
                       r"(?:swap|exchange|handover)s?\b[^.;]{0,60}\b(?:was|were) "
                       r"(?:conducted|held|carried out)|"
                       r"(?:led|leading) to the (?:release|return|liberation) of|"
                       r"(?:Gefangenen)?[Aa]ustausch\w*\s+ermöglicht\b|"
                       # bodies given back with their number ("returned 909 bodies", "returned the
                       # bodies of", "gab die Leichen von 909 Soldaten zurück", "begann die Rückgabe
                       # von 6.000 Leichen", "the return of the bodies was completed")
                       r"returned\b[^.;]{0,30}\b(?:bodies|remains)|zurückgegeben|"
                       r"(?:gab|gaben)\b[^.;]{0,60}\b(?:Leichen|Leichname|Gefallene\w*|Überreste)\b[^.;]{0,40}"
                       r"\bzurück|(?:begann|begannen|startete\w*)\b[^.;]{0,60}\b(?:Rückgabe|Übergabe|Rückführung|"
                       r"Austausch)|(?:return|repatriation|handover|transfer|exchange|swap) of\b[^.;]{0,80}"
                       r"\b(?:was|were) (?:completed|carried out)|"
                       # (not a video, a statement or figures made public: "released a video of soldiers")
                       r"released(?!\s+(?:a|an|the|its|their|his|her|new)\s+(?:[\w-]+\s+){0,2}?(?:video|footage|"
                       r"statement|report|photos?|images?|pictures?|recording|list|data|figures|details|"
                       r"document|clip|audio|transcript)s?\b)|"
                       r"(?:carried out|completed|conducted|held) (?:a |an |the |another |their )?"
                       r"(?:[\w-]+ ){0,3}(?:exchange|swap)|"
                       r"(?:exchange|swap) (?:took place|was completed)|"
                       # "transferred to X as part of the exchange", "im Rahmen des Austauschs überstellt"
                       r"transferred\b[^.;]{0,80}\b(?:as part of|in|under) (?:the|a|an|this) (?:[\w-]+ )?"
                       r"(?:exchange|swap)|(?:im Rahmen|als Teil)\b[^.;]{0,30}\b(?:Austausch|Tausch)\w*\b"
                       r"[^.;]{0,80}\b(?:überstellt|übergeben|gebracht|ausgeflogen)|"
                       # people back from captivity ("kehrten ... aus ukrainischer Gefangenschaft
                       # zurück", "die Rückkehr von 157 Soldaten aus der Gefangenschaft", "had been
                       # returned from Ukrainian captivity", "in ihre Heimat zurückkehren lassen",
                       # "returned 50 service members home")
                       r"(?:Rückkehr|kehr\w*|heimkehr\w*|Heimkehr\w*|zurückgekehrt|entlassen|freigelassen|"
                       r"zurückgebracht)\b[^.;]{0,100}\baus\s+(?:der\s+)?(?:\w+\s+)?Gefangenschaft\b|"
                       r"\baus\s+(?:der\s+)?(?:\w+\s+)?Gefangenschaft\b[^.;]{0,60}\b(?:zurück|heim)\w*|"
                       r"(?:zurückkehren|heimkehren|nach Hause) lassen|"
                       r"(?:returned|released|freed|brought|came|come)\s+(?:(?:\w+\s+){0,4}?back\s+)?from\s+"
                       r"(?:\w+\s+){0,2}captivity|returned\s+(?:\w+\s+){1,3}?home)\b", IC)


# an exchange reported as done by the sides ("hatten bereits einen Austausch vermeldet", "had
# reported a swap", "meldeten einen weiteren Gefangenenaustausch"), the people named or not (not
# an exchange of fire, blows, words or views: "reported an exchange of fire near X",
# "meldete einen Schusswechsel", "einen Meinungsaustausch", "Schlagabtausch")
_NOT_PEOPLE = (r"(?<!Meinungs)(?<!Informations)(?<!Gedanken)(?<!Feuer)(?<!Schuss)(?<!Waren)"
               r"(?<!Daten)(?<!Brief)")


_OF_OTHER = (r"(?!\s+of\s+(?:heavy\s+|artillery\s+|small-arms\s+)?(?:fire|gunfire|shots|blows|strikes|"
             r"messages|letters|notes|views|opinions|ideas|information|words|data|documents|"
             r"artillery|drones?|missiles?|accusations|threats|insults|greetings|ambassadors|"
             r"experience|intelligence)\b)")


EXCHANGE_REPORTED = re.compile(r"\b(?:vermeldet\w*|gemeldet|meldete\w*|reported|announced|confirmed)\s+"
                               r"(?:an?|the|another|ein\w*|den|weitere\w*)\s+(?:[\w-]+\s+)?"
                               r"(?:\w*" + _NOT_PEOPLE + r"[Aa]ustausch\w*|\w*(?<!Schlagab)(?<![Aa]us)tausch|"
                               r"(?:exchange|swap)" + _OF_OTHER + r")\b|"
                               r"\b(?:ein\w*|den|weitere\w*)\s+(?:[\w-]+\s+)?\w*" + _NOT_PEOPLE
                               + r"[Aa]ustausch\w*\s+(?:vermeldet|gemeldet|bestätigt)\b", IC)


EXCHANGE_OF = re.compile(r"Gefangen|Kriegsgefangen|Soldaten|Zivilist|Leiche|Leichnam|Menschen|Personen|"
                         r"[Vv]erletzte|wounded|prisoner|\bPOWs?\b|soldiers|servicem[ae]n|civilians|bodies|"
                         r"service ?members|defenders|Militärangehörige\w*|"
                         r"captives|people|"
                         # the dead named as the fallen ("die Rückgabe von 6000 Gefallenen")
                         r"Gefallene\w*|remains", IC)


# who was in a group just released ("Among those released were ...", "Unter den Freigelassenen
# sind ...", "were also included in the released group", "darunter"): a detail of that exchange
COMPOSITION = re.compile(r"\b(?:among (?:those|the) (?:released|freed|exchanged|returned|handed over)|"
                         r"(?:were|was) (?:also )?(?:among|included in) (?:those|the)\b[^.;]{0,30}\b"
                         r"(?:released|freed|exchanged|returned|group)|unter (?:den|ihnen)\b[^.;]{0,30}\b"
                         r"(?:Freigelassenen|Ausgetauschten|Heimgekehrten|Zurückgekehrten)|unter ihnen|"
                         r"darunter)\b", IC)


# people added to the exchange just told ("Zudem seien drei Zivilisten zurückgekehrt", "In
# addition, two civilians were returned"): a further part of the same exchange
ADDED = re.compile(r"^\W*(?:Zudem|Außerdem|Darüber hinaus|Ferner|Ebenso|Additionally|In addition|Also|"
                   r"Besides|Furthermore)\b", IC)


def _composition(sents: list[Sentence], k: int) -> bool:
    """Whether the sentence of an exchange tells who was in one just told (`COMPOSITION`) or who
    came with it (`ADDED`), with no day of its own."""
    t = sents[k].text
    return (COMPOSITION.search(t) is not None or ADDED.match(t) is not None) \
        and not any(d.granularity == "day" for d in sents[k].dates)


# an exchange of people named without the word prisoner ("agreed to exchange soldiers and
# civilians", "der vereinbarte Austausch von jeweils 250 Personen")
EXCHANGE_WORD = re.compile(r"\b(?:\w*austausch\w*|\w*tausch\w*|exchang\w*|swap\w*|übergabe|rückgabe|"
                           r"handover|hand over|"
                           # people traded ("agreed to trade 1,000 captives each"; not a trade deal)
                           r"trad(?:e|es|ed|ing)(?=\s+(?:[\w,.-]+\s+){0,3}?(?:prisoners|captives|POWs|"
                           r"soldiers|bodies|detainees)\b))\b", IC)


# a running total, not one exchange ("hat bisher rund 7.000 Leichen übergeben", "so far freed")
RUNNING_TOTAL = re.compile(r"\b(?:bisher|bislang|insgesamt|so far|to date|in total|total number|"
                           # the whole war as the span ("since the start of the invasion", "seit
                           # Kriegsbeginn", "seit Beginn des Krieges")
                           r"since the (?:start|beginning|outbreak) of (?:the |Russia's )?(?:full-scale )?"
                           r"(?:war|invasion|conflict)|seit Kriegsbeginn|"
                           r"seit (?:dem )?(?:Beginn|Anfang|Ausbruch) (?:des|der) (?:[\w-]+ )?"
                           r"(?:Krieg\w*|Invasion|Angriffskrieg\w*))\b", IC)


_SUPERLATIVE = re.compile(r"^\s+\w+(?:st|ßt)(?:e|en|er|es|em)?\b|\b(?:\w+est|most|first|"
                          # an ordinal ranks one exchange ("the year's fourth major swap so far")
                          r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
                          r"zweite\w*|dritte\w*|vierte\w*|fünfte\w*|sechste\w*|siebte\w*|achte\w*|neunte\w*|"
                          r"zehnte\w*)\b[^.]{0,40}$", IC)


_RANKED = re.compile(r"\b(?:\w+est|most|first|\w+(?:st|ßt)(?:e|en|er|es|em)|second|third|fourth|fifth|sixth|"
                     r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b[^.;]{0,60}$", IC)


# a verb of mutual exchange: what both sides gave in one exchange, not what one side handed over
_SWAPPED = re.compile(r"\b(?:ausgetauscht|getauscht|tauschten|exchanged|swapped)\b", IC)


def _running_total(t: str) -> bool:
    """Whether a sentence tells a running total of people handed over ("hat bisher rund 7.000
    Leichen übergeben", "has freed 2,000 so far"), not one exchange; "the largest exchange so
    far", "den bisher größten Austausch" rank one exchange and are no total, nor is "insgesamt"
    or "in total" alone with a verb of mutual exchange (the total of the one exchange)."""
    found = list(RUNNING_TOTAL.finditer(t))
    if found and all(m.group(0).lower() in ("insgesamt", "in total") for m in found) \
            and _SWAPPED.search(t):
        return False  # "haben insgesamt 300 Gefangene ausgetauscht": the total of one exchange
    for m in found:
        word = m.group(0).lower()
        if word in ("bisher", "bislang") and _SUPERLATIVE.match(t[m.end():m.end() + 30]):
            continue
        if word in ("so far", "to date") and _SUPERLATIVE.search(t[max(0, m.start() - 50):m.start()]):
            continue
        if word.startswith(("since", "seit")) and _RANKED.search(t[max(0, m.start() - 70):m.start()]):
            continue  # "the largest swap since the start of the war": one exchange ranked
        return True
    return False


# an exchange still to come: "Es sollen ... übergeben werden", "will exchange", "are to be freed"
FUTURE_SWAP = re.compile(r"\b(?:will|would|shall|are to|is to|are set to|is set to|plan(?:s|ned)? to|"
                         r"intend(?:s|ed)? to)"
                         r"\s+(?:\w+\s+){0,2}?(?:exchange|swap|release|free|hand over|return)\b|"
                         # an exchange announced with a modal or future auxiliary and the active
                         # infinitive ("wollen am Mittwoch je 175 Gefangene austauschen", "dass beide
                         # Seiten ... austauschen wollten", "werden ... freilassen")
                         r"\b(?:werden|würden|würde|wollen|wollten|wolle|sollen|sollten|planen|beabsichtigen)\b[^.;]{0,100}"
                         r"\b(?:austauschen|tauschen|freilassen|übergeben|überstellen)\b(?!\s+(?:werden|worden))|"
                         r"\b(?:austauschen|tauschen|freilassen|übergeben|überstellen)\s+(?:werden|wollen|wollten|"
                         r"wolle|sollen|sollten|wollen)\b|"
                         r"\b(?:sollen|soll|werden)\b[^.]{0,100}\b(?:ausgetauscht|übergeben|freigelassen|"
                         r"getauscht|überstellt)\s+werden\b", IC)


# the dead handed back as an item of their own ("die Rückgabe von 6.000 Leichen", "bei der
# Rückgabe der gefallenen Soldaten", "the return of the bodies of 909 soldiers", "bodies ... to be
# repatriated"; "remains" the noun after its determiner or before "of", not the verb: "the fate
# of 300 soldiers remains unclear")
_DEAD_WORD = (r"(?:Leiche\w*|Leichnam\w*|[Gg]efallene\w*|[Gg]etötete\w*|Toten|Überreste\w*|Gebeine|"
              r"bodies|(?:the|their|his|her|human|mortal) remains|remains of|the (?:dead|fallen)|"
              r"fallen soldiers)")


BODIES_RETURN = re.compile(r"\b(?:Rückgabe|Übergabe|Rückführung|Austausch|Repatriierung)\w*\b[^.;]{0,60}\b"
                           + _DEAD_WORD + r"|\b" + _DEAD_WORD + r"\b[^.;]{0,60}\b(?:zurückzugeben|"
                           r"zurückgegeben|übergeben|überstellt|ausgetauscht|auszutauschen)\b|"
                           r"\b(?:return|repatriation|handover|hand-over|exchange|transfer|swap)s? of\b"
                           r"[^.;]{0,40}\b" + _DEAD_WORD + r"|\b(?:bodies|(?:the|their|his|her|human|mortal) "
                           r"remains)\b[^.;]{0,60}\b"
                           r"(?:returned|repatriated|handed over|exchanged|transferred)\b", IC)


# exchanges in general, a hypothesis: no one agreed exchange
HABIT_OR_HYPOTHESIS = re.compile(r"\b(?:previous|earlier|frühere\w*|bisherige\w*|in the past|repeatedly|"
                                 r"wiederholt|immer wieder|in der Vergangenheit|would|würde\w*|could|"
                                 r"könnte\w*|if|wenn|falls)\b", IC)


# a "would" of reported speech ("Putin said the two sides would swap 175 each"): the future of the
# report, no hypothesis
REPORTED_WOULD = re.compile(r"\b(?:said|says|announced|told\s+\w+|stated|confirmed|added)\b(?:\s+that)?"
                            r"[^.;]{0,60}?\bwould\b|"
                            # the German Konjunktiv II of reported speech ("erklärte, beide Seiten
                            # würden ... übergeben", "teilte mit, man würde ...")
                            r"\b(?:sagte|sagten|erklärte|erklärten|teilte\w*\b[^.;]{0,40}\bmit|"
                            r"kündigte\w*\b[^.;]{0,40}\ban|bestätigte\w*|betonte\w*|hieß es)\b,?"
                            r"(?:\s+dass)?[^.;]{0,60}?\bwürden?\b|"
                            # (the verb of saying after it: "Beide Seiten würden ... freilassen,
                            # hieß es aus Kiew")
                            r"\bwürden?\b(?=[^.;]{0,120},\s*(?:sagte|sagten|erklärte|erklärten|"
                            r"teilte|hieß es|so)\b)", IC)


def _hypothetical(t: str) -> bool:
    """Whether a sentence tells exchanges in general or as a hypothesis (`HABIT_OR_HYPOTHESIS`),
    not counting the "would" of reported speech (`REPORTED_WOULD`)."""
    return HABIT_OR_HYPOTHESIS.search(REPORTED_WOULD.sub(" ", t)) is not None


PER_SIDE = re.compile(r"\bjeweils\b|\bauf (?:jeder|beiden) Seiten?\b|\beach side\b|\bfrom each\b|"
                      r"\bon each side\b|\beach\b|\b\d[\d.,]*\s*(?:for|für|gegen|-for-)\s*\d", IC)


def _per_side(s: Sentence) -> bool:
    """Whether the number of a sentence is given for each side."""
    return any(f.per_side for f in s.figures) or bool(PER_SIDE.search(s.text))


# children returned or handed back ("die Rückgabe von Kindern", "the return of children"): people
# of an exchange, with the exchange word or a return named
_RETURN_OF = re.compile(r"\b(?:return|repatriation|reunification|Rückkehr|Rückführung|Heimkehr)\s+"
                        r"(?:of|von)\b", IC)


# people returned or to be returned, by the verb ("agreed to return six children", "were returned
# to their families", "reunited with their families", "zurückzugeben", "zurückgebracht")
_RETURNED = re.compile(r"\b(?:to return|returned|reunited|zurückzugeben|zurückgeben|zurückgegeben|"
                       r"zurückgebracht|zurückgekehrt|zusammengeführt)\b", IC)


_CAPTIVE_WORD = re.compile(r"\b(?:prisoners?|POWs?|captives?|detainees|soldiers|civilians|\w*[Gg]efangene\w*|"
                           r"Soldaten|Zivilisten|Häftling\w*)\b", IC)


_CHILDREN = re.compile(r"\b(?:Kinder\w*|Minderjährige\w*|children|minors)\b", IC)


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
