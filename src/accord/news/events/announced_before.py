"""A step announced before the report, told in the pluperfect (`announced_before`): "hatte den
Schritt bereits am Freitag angekündigt", "hatte ein baldiges Treffen bestätigt", "hatte
mitgeteilt, dass der Kanzler ihn empfangen werde", "had announced another round of talks", "had
promised to send a delegation". The annotated reports code such a step as a statement of intent
of its own (the day named with it, else none: convention 7), while the intent rules
(`intents._intent`, `announced_steps.announced_step`) leave every sentence with "hatte"/"had"
alone. Its caller is `walk._step_no_rule_claimed` (what no sentence rule claimed).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.common import IC
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence

# what can be announced as a step: a meeting, talks, a trip or visit, a truce, an exchange, a
# review, or the step itself named back ("den Schritt", "derartiges")
_STEP_NOUN_DE = (r"(?:\w*[Tt]reffen|Gipfel\w*|\w*[Gg]espräch\w*|\w*[Vv]erhandlung\w*|"
                 r"\w*(?:gesprächs|verhandlungs|friedens)runde|Runde|Besuch\w*|"
                 r"Reise\w*|\w*[Ff]euerpause|\w*[Ww]affenruhe|Waffenstillstand\w*|\w*[Aa]ustausch\w*|Prüfung|"
                 r"Schritt\w*|derartige\w*)")
_STEP_NOUN_EN = (r"(?:meeting|talks|negotiations|summit|round|visit|trip|truce|ceasefire|cease-fire|"
                 r"exchange(?!\s+of\s+(?:fire|shots|blows|views|letters))|swap|review)")
# the verbs of announcing, as the participle closing the German pluperfect
_ANNOUNCED_DE = (r"(?:angekündigt|verkündet|bestätigt|in Aussicht gestellt|ins Gespräch gebracht|"
                 r"vorgeschlagen)")
# what follows a verb of telling as the step to come ("hatte mitgeteilt, dass X ... empfangen werde")
_STEP_TO_COME_DE = (r"(?:treffen|reisen|empfangen|entsenden|schicken|teilnehmen|verhandeln|"
                    r"fortsetzen|vorlegen|übergeben)\s+(?:werde|werden|würde|würden|wolle|wollen)")
ANNOUNCED_BEFORE = re.compile(
    # "hatte ... ein baldiges Treffen bestätigt", "hatten eine neue Feuerpause ... angekündigt"
    r"\bhatten?\b[^.;:?!]{0,100}?\b" + _STEP_NOUN_DE + r"\b[^.;:?!]{0,90}?\b" + _ANNOUNCED_DE + r"\b|"
    # the step put first ("Einen solchen Gipfel hatte der Präsident ins Gespräch gebracht")
    r"^\W*(?:\w+\s+){0,2}?" + _STEP_NOUN_DE + r"\b[^.;:?!]{0,60}?\bhatten?\b[^.;:?!]{0,80}?\b"
    + _ANNOUNCED_DE + r"\b|"
    # "hatte am Freitag mitgeteilt, dass Kanzler Merz ihn ... empfangen werde"
    r"\bhatten?\b[^.;:?!]{0,60}?\b(?:angekündigt|mitgeteilt|bestätigt|verkündet|erklärt)\s*,\s*"
    r"(?:dass\s+)?[^.;:?!]{0,120}?\b" + _STEP_TO_COME_DE + r"\b|"
    # "had announced another round of talks", "had confirmed a meeting"
    r"\bhad\s+(?:\w+\s+)?(?:announced|confirmed|proposed|promised)\s+(?:[\w-]+\s+){0,4}?"
    + _STEP_NOUN_EN + r"\b|"
    # "had promised to send a delegation", "had vowed to hold talks"
    r"\bhad\s+(?:\w+\s+)?(?:announced|promised|vowed|pledged)\s+(?:that\s+\w+\s+would\s+|to\s+)"
    r"(?:send|hold\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations|meetings?|summit|round|consultations)|meet|visit|"
    r"travel|resume|continue|present|submit|hand over|declare|order)\b", IC)
# the speaker of the sentences before as the subject ("Er hatte zuvor schon ... angekündigt")
_HE_OR_SHE = re.compile(r"\W*(?:Er|Sie|He|She)\s+(?:hatten?|had)\b")
# what is no step announced: negated, only on a condition, or war
_NOT_A_STEP = re.compile(r"\b(?:nicht|kein\w*|not|no|never|nie|nur dann|only if|unless|sofern|falls)\b|"
                         r"\b(?:Offensive|Angriff\w*|offensive|attacks?|strikes)\b|"
                         # an interview is no talks; steps against a side are sanctions
                         r"\bin einem (?:\w+\s+)?Gespräch\b|\bim Gespräch mit\b|"
                         r"\bSchritte?\s+gegen\b|\bsteps?\s+against\b|\bSanktion\w*|\bsanctions\b", IC)


def announced_before(s: Sentence) -> str | None:
    """What makes a sentence a step an actor announced before the report, told in the
    pluperfect (`ANNOUNCED_BEFORE`, with an actor or a pronoun for the speaker told before as
    its subject, not negated, conditional or of the war), else None."""
    t = s.text
    if not (s.actors() or _HE_OR_SHE.match(t)) or (m := ANNOUNCED_BEFORE.search(t)) is None \
            or _NOT_A_STEP.search(m.group(0)):
        return None
    return f"a step announced before ('{m.group(0)[:60]}')"


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
