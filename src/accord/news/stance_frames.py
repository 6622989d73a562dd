"""An issue named only as a frame, not as a position (split from `stance_cues`): the frame of talks
or a statement (`FRAME`), a goal of a condition (`COND_GOAL`), a readiness to talk about an issue
(`READY_TO_TALK`, not a concession: `CONCESSION`), a procedure (`PROCEDURE`), the agenda of talks
and what is unsettled (`AGENDA`, `UNSETTLED`, `_agenda`, `_talk_frames`), a foreign vote
(`FOREIGN_VOTE`, `foreign_votes`) and no comment (`NO_COMMENT`, `_no_comment`). Read by `stances`
and `stance_cues`.
"""

from __future__ import annotations

import re

from accord.news import gazetteer
from accord.news.prefilter import gate_patterns
from accord.news.stance_holders import IC

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


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
