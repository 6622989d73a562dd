"""An assertion of one side that another side doubts or denies (corpus README: an attributed,
contested assertion, and its denial): in one sentence, a side's statement and ", an assertion
challenged by X" (`CONTESTED_BY`); over two, a side's statement with what it asserts
(`_COMPLEMENT`) and, in the next sentence, another side's verb of doubt or denial (`DOUBT`, on an
assertion noun `_ASSERTION`) (`contested`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.claimants import (
    _HYPOTHETICAL,
    _SPEECH,
    _claimant,
    _head,
    _side,
    _subject,
)
from accord.news.events.common import IC
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence


# -- an assertion and the other side's doubt or denial ----------------------------------------
# verbs that doubt or deny a proposition ("zog in Zweifel, dass", "bestritt", "widersprach",
# "denied that", "disputed", "cast doubt on"); rejecting or dismissing only with an assertion as
# object ("wies die Angaben zurück", "dismissed the reports as false")
_ASSERTION = (r"(?:Angaben|Behauptung\w*|Darstellung\w*|Vorw[üu]rf\w*|Bericht\w*|Erklärung\w*|Aussage\w*|"
              r"Meldung\w*|claims?|reports?|assertions?|allegations?|statements?|account|accusations?|"
              r"version)")
DOUBT = re.compile(r"\bin Zweifel\b|\bbezweifel\w*|\bin Abrede\b|\bbestritt\w*|\bbestreit(?:et|en)\b|"
                   r"\bdementiert\w*|\bwidersprach\w*|\bwiderspr(?:icht|echen)\b|\bden(?:y|ies|ied)\b|"
                   r"\bdisput(?:e|es|ed)\b|\brefut(?:e|es|ed)\b|\bquestion(?:s|ed)\b|"
                   r"\bcast(?:s|ing)? doubt\b|"
                   r"\b(?:wies|weist|wiesen|weisen)\b[^.;]{0,60}\b" + _ASSERTION + r"[^.;]{0,60}\bzurück\b|"
                   r"\b" + _ASSERTION + r"\b[^.;]{0,40}\b(?:zurückgewiesen|rejected|dismissed)\b|"
                   r"\b(?:rejected|rejects|dismissed|dismisses|challenged|challenges)\b[^.;]{0,30}\b"
                   + _ASSERTION + r"\b|\b(?:als|as)\s+(?:falsch|unwahr|Lüge|Fälschung|false|untrue|a lie|"
                   r"fake)\b", IC)
# an assertion told with what it asserts: a clause ("dass", "that", Konjunktiv I, a quote or colon)
_COMPLEMENT = re.compile(r"\b(?:dass|that|habe|hätten|sei|seien|wäre|wären)\b|[\"“„«:]", IC)
# the doubt in the same sentence ("..., an assertion challenged by Kyiv", "..., was Kiew bestritt")
CONTESTED_BY = re.compile(r",\s*(?:an?\s+|the\s+)?(?:assertion|claim|statement|account|allegation|version)\s+"
                          r"(?:\w+\s+)?(?:challenged|disputed|denied|rejected|dismissed|refuted|questioned|"
                          r"contested)\s+by\b|,\s*(?:which|something|a claim)\s+(?:\w+\s+){1,3}?"
                          r"(?:denied|denies|disputed|disputes|rejected|rejects|dismissed|refuted|questioned|challenged)\b|"
                          r",\s*was\s+(?:\w+\s+){1,4}?(?:bestritt|bestreitet|zurückwies|zurückweist|dementierte|"
                          r"dementiert|bezweifelte|bezweifelt|in Zweifel zog|in Abrede stellte)\b", IC)



def contested(s: Sentence, prev: Sentence | None) -> tuple[str, str, bool] | None:
    """An assertion of one side that another side doubts or denies (corpus README: an attributed,
    contested assertion, and its denial): `(asserter, denier, same_sentence)`. In one sentence:
    a side's statement and ", an assertion challenged by X" / ", was X bestritt"; over two: the
    sentence before tells a side's statement with what it asserts ("Moskau erklärte, dass ..."),
    this one has another side doubt or deny it ("Kiew zog in Zweifel, dass ...")."""
    t = s.text
    if (c := CONTESTED_BY.search(t)) is not None:
        found = _claimant(_head(s, c.start()))
        denier = next((m.actor for m in s.mentions
                       if _side(m.actor) and m.start - s.start >= c.start()), None)
        if found is not None and found[0] is not None and denier is not None and denier != found[0]:
            return found[0], denier, True
        return None
    # (the clause of the assertion: up to a dash or semicolon that starts another)
    if prev is None or DOUBT.search(t) is None or _HYPOTHETICAL.search(re.split(r"\s[–—]\s|;", prev.text)[0]):
        return None
    mine, theirs = _subject(s, DOUBT.search(t)), _claimant(prev)  # type: ignore[arg-type]
    if mine is None or theirs is None or theirs[0] is None or mine == theirs[0]:
        return None
    if not _COMPLEMENT.search(prev.text) or not _SPEECH.search(prev.text):
        return None
    return theirs[0], mine, False


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
