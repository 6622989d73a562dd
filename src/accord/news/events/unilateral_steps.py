"""A side's own step (convention 4: a unilateral truce announced is a statement of intent; split from
`agreements`): a truce ordered or announced (`TRUCE_ORDER`, `TRUCE_ANNOUNCED`), declared at an end
(`TRUCE_ENDED`) or only its terms named (`TRUCE_TERMS`), a halt of military action announced
(`RESTRAINT`) or offered for a condition, a truce only called for by someone else or hoped for
(`_called_for`, `_truce_declared`), a reason clause, and `_unilateral_step`, which names the step.
Used by `deal_rules`, `claim_rules` and `no_step`.
"""

from __future__ import annotations

import re

from accord.news.events.agreed_steps import _asked
from accord.news.events.agreements import _DEAL_NAMED, LEAVE_DEAL, MEMORANDA, TRUCE_WORD
from accord.news.events.announced_steps import _TIME_AND_AGAIN
from accord.news.events.claims import BROKEN, DEAL
from accord.news.events.common import IC
from accord.news.prefilter import gate_patterns

TRUCE_ORDER = re.compile(r"\b(?:verkündet\w*|verkündigt\w*|ausgerufen\w*|ausrufen|rief\w*\b[^.]{0,60}\baus\b|"

                         r"ordnete\w*\b[^.]{0,80}\ban\b|angeordnet|announc(?:e|es|ed|ing)|"
                         # (session 17: not "in order to")
                         r"declar(?:e|es|ed|ing)|(?<!\bin )order(?:s|ed)?|"
                         # a truce declared with the truce as object ("erklärte eine einseitige
                         # Feuerpause"; not "erklärte, die Waffenruhe sei gebrochen")
                         r"erklärt\w*\s+(?:ein\w*|die|den|seine\w*|ihre\w*)\s+(?:[\w-]+\s+){0,2}?"
                         r"\w*(?:waffenruhe|feuerpause|waffenstillstand))\b", IC)


# (session 14) a truce announced in German ("hat eine 36-stündige Feuerpause angekündigt", "kündigte
# am Samstag eine Waffenruhe über Ostern an"): the truce the object of the verb of announcing (not
# "kündigte an, eine Waffenruhe nur zu akzeptieren"), never for a condition (`_unilateral_step`)
_TRUCE_DE = r"\w*(?:waffenruhe|feuerpause|waffenstillstand)\w*"


# (review 14: not negated, "ist bisher nicht angekündigt worden", "habe ... nicht angekündigt"; not a
# truce ended, "kündigte die Waffenruhe ... auf")
_NOT_ANNOUNCED = r"(?!(?:nicht|nie|niemals|kein\w*|auf)\b)"


_NA = _NOT_ANNOUNCED


TRUCE_ANNOUNCED = re.compile(r"\bkündigt\w*\s+(?:" + _NA + r"[\w-]+\s+){0,8}?(?:eine|die|den|einen|"
                             r"seine|ihre)\s+(?:[\w-]+\s+){0,2}?" + _TRUCE_DE
                             + r"\b(?:(?!\b(?:nicht|nie|auf)\b)[^.;,]){0,60}\ban\b|"
                             r"\b" + _TRUCE_DE + r"\s+(?:" + _NA + r"[\w-]+\s+){0,6}?angekündigt\b", IC)


# a truce declared at an end, not declared ("erklärte die Waffenruhe für beendet", "für
# gescheitert", "declared the truce over")
TRUCE_ENDED = re.compile(r"\bfür\s+(?:beendet|gescheitert|nichtig|hinfällig|ungültig|aufgehoben|tot)\b|"
                         r"\bdeclar(?:e|es|ed|ing)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:truce|ceasefire)\s+(?:over|dead|void|ended|finished|null)\b", IC)


# the terms of a truce named, not the truce ("ceasefire conditions announced by X", "die
# Bedingungen für eine Waffenruhe"), and a truce ordered only once a condition is met ("As soon
# as Kyiv withdraws, we will order a ceasefire", "Sobald Kiew ..., werden wir ... anordnen")
TRUCE_TERMS = re.compile(r"\b(?:truce|ceasefire|cease-fire|Waffenruhe|Feuerpause)[\s-]+(?:conditions|terms|"
                         r"proposals?|offer)\b|\b(?:Bedingungen|conditions|terms)\s+(?:für|for|of)\s+(?:eine[n]?\s+|"
                         r"a\s+|the\s+)?(?:truce|ceasefire|Waffenruhe|Waffenstillstand\w*|Feuerpause)\b|"
                         r"^\W*(?:As soon as|Sobald|Once|If|Wenn|Falls|Sofern)\b", IC)


# a side's own halt or cut of military action announced (convention 4: a unilateral truce
# announcement is a statement of intent): "it was decided to sharply reduce military activity near
# X", "would refrain from attacking the port until Monday", "die Angriffe würden ausgesetzt", "werde auf
# Angriffe verzichten", "beschlossen, die Kampfhandlungen einzustellen"
_HALTED = (r"(?:military|strikes?|striking|attacks?|attacking|operations|offensive|hostilities|shelling|"
           r"bombing|fire|firing)")


_HALTED_DE = (r"(?:Angriff\w*|Operationen|Kampfhandlungen|Militäraktivität\w*|militärische\w* Aktivität\w*|"
              r"Aktivitäten|Beschuss|Offensive|Schläge\w*|Bombardierung\w*)")


RESTRAINT = re.compile(
    r"\b(?:will|would|shall|(?:is|are) to|decided to|decision (?:was|has been|had been) (?:made|taken) to|"
    r"(?:was|has been|had been) decided to|(?:is|are) ready to|"
    # (the promise may name where or when it was made first: "promised at the talks on Tuesday to")
    # (not a promise for something in return: "promised in exchange for X to halt strikes")
    r"(?:promised|pledged|vowed)(?:\s+(?:at|on|in|during)\s+(?!(?:exchange|return|condition)\b)[^.;,]{0,40}?)?"
    r"\s+to)\s+"
    r"(?:(?:now|also|immediately|temporarily|unilaterally|radically|sharply|drastically|significantly|"
    r"fundamentally|by a large margin|,)\s*)*"
    r"(?:reduce|cut|cut back|scale down|scale back|curtail|halt|stop|suspend|pause|cease|refrain from|"
    r"hold off on|hold off)\s+(?:[\w-]+\s+){0,3}?" + _HALTED + r"\b|"
    r"\b" + _HALTED_DE + r"\b[^.;]{0,60}\b(?:würden|werden|wird|werde|sollen|soll|solle)\b[^.;]{0,40}\b"
    r"(?:ausgesetzt|eingestellt|reduziert|verringert|gestoppt|zurückgefahren|heruntergefahren)\b|"
    r"\b(?:werde|wird|werden|würden?|wolle|will)\b[^.;]{0,60}\b(?:auf\s+(?:\w+\s+){0,2}?" + _HALTED_DE
    + r"\b[^.;]{0,40}\bverzichten|" + _HALTED_DE + r"\b[^.;]{0,40}\b(?:aussetzen|einstellen|reduzieren|"
    r"verringern|stoppen|zurückfahren))\b|"
    r"\b(?:beschlossen|entschieden|Entscheidung|Beschluss|angeordnet)\b[^.;]{0,80}\b" + _HALTED_DE
    + r"\b[^.;]{0,40}\b(?:auszusetzen|einzustellen|zu reduzieren|zu verringern|zu stoppen|"
    r"zurückzufahren|herunterzufahren)\b", IC)


# a halt offered for a condition ("ready to stop hostilities as soon as Kyiv withdraws", "sobald
# Kiew ... abzieht"): an offer, a position on the issue, no step announced
_HALT_ON_CONDITION = re.compile(r"\b(?:as soon as|once|if|unless|provided|on condition|sobald|falls|sofern|"
                                r"wenn|vorausgesetzt|unter der Bedingung|für den Fall|in exchange|"
                                r"in return)\b", IC)


# (session 17) a truce only called for by someone else ("urged Russia to declare a unilateral
# ceasefire", "forderte Moskau auf, eine Waffenruhe auszurufen"): a demand, no step of the caller
# nor of the side called on
_TRUCE_CALLED_FOR = re.compile(
    r"\b(?:call(?:s|ed|ing)? on|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|"
    r"appeal(?:s|ed|ing)? to|demand(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,3}?to\s+"
    r"(?:declare|announce|order|agree to|accept|observe)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:truce|ceasefire|cease-fire)\b|"
    r"\b(?:forder\w*|rief\w*|appellier\w*|dräng\w*|aufgerufen|aufgefordert)\b[^.;]{0,80}\b\w*(?:waffenruhe|"
    r"feuerpause|waffenstillstand)\w*\b[^.;]{0,40}\b(?:auszurufen|zu verkünden|anzuordnen|"
    r"zu erklären)\b", IC)


# (session 17) a truce that is only hoped for, to come or a condition ("monitoring any future truce",
# "post-ceasefire guarantees", "as soon as a ceasefire is agreed", "conditions they want met in
# order to reach a ceasefire", "nach einem künftigen Waffenstillstand", "sobald eine Waffenruhe
# vereinbart ist"): no truce declared
_TRUCE_HYPOTHETICAL = re.compile(
    r"\b(?:any|future|eventual|possible|potential|post|a\s+future|a\s+possible|an\s+eventual)[\s-]+"
    r"(?:truce|ceasefire|cease-fire)\b|"
    r"\b(?:once|as soon as|after|when|if|until|before)\s+(?:a|the|any)\s+(?:[\w-]+\s+)?(?:truce|ceasefire|"
    r"cease-fire)\s+(?:is|has been|was|were|would be|could be)?\s*(?:agreed|reached|in place|signed|"
    r"concluded|achieved|declared)\b|"
    r"\bto\s+(?:reach|achieve|secure|agree(?:\s+on)?)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:truce|ceasefire|"
    r"cease-fire)\b|"
    r"\b(?:künftig\w*|möglich\w*|eventuell\w*)\s+\w*(?:waffenruhe|feuerpause|waffenstillstand)\w*|"
    r"\b(?:sobald|nach|wenn|falls|bis)\s+(?:ein|eine|einem|einer|der|die|dem)\s+(?:[\w-]+\s+)?\w*(?:waffenruhe|"
    r"feuerpause|waffenstillstand)\w*\b[^.;,]{0,30}\b(?:vereinbart|erreicht|geschlossen|in Kraft|gilt)\b", IC)


# (review17 item 8) the truce called for is one the caller declared himself ("called on Ukraine to
# observe the ceasefire he declared", "the truce that Moscow had announced", "die er verkündet
# hatte"): the truce declared stays
_DECLARED_BY_CALLER = re.compile(
    r"\s*,?\s*(?:that\s+|which\s+|die\s+|den\s+|das\s+)?(?:he|she|they|it|er|sie|(?-i:[A-Z])[\w-]+)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:himself\s+|herself\s+|itself\s+|themselves\s+|unilaterally\s+)?"
    r"(?:declared|announced|ordered|proclaimed)\b|"
    r"\s*,\s*(?:die|den|das)\s+(?:er|sie|(?-i:[A-Z])[\w-]+)\b[^.;,]{0,40}\b(?:verkündet|ausgerufen|angeordnet|"
    r"angekündigt)\b", IC)


def _called_for(m: re.Match[str]) -> str:
    """The called-for span masked, unless the caller declared that truce himself."""
    return m.group(0) if _DECLARED_BY_CALLER.match(m.string, m.end()) else " "


def _truce_declared(t: str) -> bool:
    """Whether a truce word of the sentence stands for a truce declared or ordered: not one only
    called for of another side (unless declared by the caller: `_DECLARED_BY_CALLER`) or only
    hoped for (`_TRUCE_CALLED_FOR`, `_TRUCE_HYPOTHETICAL`)."""
    rest = _TRUCE_HYPOTHETICAL.sub(" ", _TRUCE_CALLED_FOR.sub(_called_for, t))
    return TRUCE_WORD.search(rest) is not None and (TRUCE_ORDER.search(rest) is not None or (
        TRUCE_ANNOUNCED.search(rest) is not None and not _HALT_ON_CONDITION.search(rest)))


# a reason given for a step ("..., saying Kyiv had not observed the Easter truce", "weil die Ukraine
# die Feuerpause nicht eingehalten habe"): a breach named there is the reason, not the step's news
_REASON_CLAUSE = re.compile(r",?\s+\b(?:saying|because|citing|claiming|weil|mit\s+der\s+Begründung)\b[^.;]*",
                            re.IGNORECASE)


def _unilateral_step(t: str) -> str | None:
    """What makes a sentence an announced unilateral step, else None."""
    if TRUCE_WORD.search(t) and _truce_declared(t) and (TRUCE_ORDER.search(t) or (
            TRUCE_ANNOUNCED.search(t) and not _HALT_ON_CONDITION.search(t))) \
            and not BROKEN.search(_REASON_CLAUSE.sub(" ", t)) \
            and not TRUCE_ENDED.search(t) and not TRUCE_TERMS.search(t):
        return "a truce declared or ordered"
    if LEAVE_DEAL.search(t) and (DEAL.search(t) or _DEAL_NAMED.search(t)) and not _TIME_AND_AGAIN.search(t):
        # (a threat made again and again is a standing position: "has repeatedly threatened to
        # quit the deal", "drohte immer wieder mit dem Ausstieg")
        return "a deal left or not extended"
    if MEMORANDA.search(t):
        return "memoranda handed over"
    if (m := RESTRAINT.search(t)) is not None and not _asked(t, m.start()) and not _TIME_AND_AGAIN.search(t) \
            and not TRUCE_TERMS.search(t) and not _HALT_ON_CONDITION.search(t):
        return "a halt or cut of military action announced"
    return None


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
