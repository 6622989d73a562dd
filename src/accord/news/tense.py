"""The tense of the clause a date stands in (`clause_tense`): whether a day named without its
date (a weekday, a weekend, a season) is told as past or as still to come. Used by the date
resolver (`accord.news.dates`) and by the event rules (`accord.news.events.common`).
"""

from __future__ import annotations

import re

# The tense of the clause a date stands in, for a day named without its date (a weekday, a
# weekend): the clause runs from the last boundary before the date (a sentence stop, a comma, a
# dash, "dass"/"that", "weil"/"because") to the next one after it.
_CLAUSE_STOP = re.compile(r"[.;:!?\n\u2013\u2014]|,|\s-\s|\b(?:dass|that|weil|because|nachdem|after|"
                          r"bevor|before|als|when|während|while|wo|where)\b",
                          re.IGNORECASE)
# future: modal and future auxiliaries, planning words, "next"/"kommend"
_FUTURE_CLAUSE = re.compile(
    r"\b(?:will|'ll|shall|wird|werden|werde|würden?|soll|sollen|solle|wollen|wolle|"
    r"plans|planen|planned|geplant|angesetzt|anberaumt|vorgesehen|terminiert|"
    r"(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|going|planned)\s+to|(?:is|are)\s+to|"
    r"to be held|scheduled|expected to|would|kommend\w*|nächst\w*|next|coming|upcoming|"
    # an expectation held now tells what is to come ("Kyiv expects a meeting on Saturday",
    # "Kiew erwartet am Samstag ein Treffen")
    r"expects?|expecting|anticipates?|erwartet|erwarten|erwarte|rechnet|rechnen|"
    r"bevorstehend\w*|in den kommenden|in the coming|soon|shortly|bald|in Kürze|demnächst|"
    # an infinitive with "zu" tells the step still to come ("kündigte an, am Freitag ... zu
    # schicken", "fortzusetzen")
    r"(?-i:zu [a-zäöü]+(?:en|ern|eln))|(?:ab|an|auf|aus|bei|ein|fort|mit|nach|vor|weiter|zurück|"
    r"zusammen|teil|statt)zu[a-zäöü]+en)\b", re.IGNORECASE)
# past: perfect and past auxiliaries, the simple past of the verbs news tells events with
_PAST_CLAUSE = re.compile(
    r"\b(?:hat|haben|hatte|hatten|habe|hätte|hätten|war|waren|wurde|wurden|gewesen|worden|"
    r"has|have|had|was|were|did|"
    # a plan told from the past ("sollte bereits am Mittwoch empfangen werden") and "already"
    r"sollte|sollten|bereits|schon|already|"
    # German simple past, strong verbs of meeting, speaking, agreeing, arriving
    r"traf|trafen|kam|kamen|fand|fanden|sprach|sprachen|begann|begannen|gab|gaben|hielt|hielten|"
    r"bot|boten|rief|riefen|ging|gingen|stand|standen|wies|wiesen|schlug|schlugen|flog|flogen|"
    r"verließ|verließen|verlief|verliefen|brach|brachen|trat|traten|nahm|nahmen|beschloss|"
    r"beschlossen|entschied|entschieden|unterschrieb|unterschrieben|blieb|blieben|zog|zogen|"
    r"griff|griffen|schoss|schossen|fiel|fielen|ließ|ließen|lag|lagen|saß|saßen|trug|trugen|"
    # ... and weak ones (not "vereinbarte", also an adjective)
    r"betonte|sagte|sagten|erklärte|erklärten|teilte|teilten|meldete|meldeten|endete|endeten|"
    r"dauerte|berichtete|berichteten|bestätigte|bestätigten|kündigte|kündigten|telefonierte|"
    r"telefonierten|verhandelte|verhandelten|beriet|berieten|reiste|reisten|empfing|startete|"
    r"starteten|einigte|einigten|forderte|forderten|warnte|lehnte|lehnten|legte|legten|"
    # English simple past: the irregular verbs of meeting, speaking and agreeing, and -ed forms
    r"met|held|said|told|spoke|began|took|gave|went|came|left|flew|made|sought|brought|won|struck|"
    r"fought|shot|sent|drew|broke|rejected|"
    r"\w{3,}ed)\b", re.IGNORECASE)
# The alternatives of `_PAST_CLAUSE` are words of word characters only, between `\b` and `\b`:
# its matches are the whole words (runs of word characters) that one of them matches entirely,
# so a clause is read word by word and each word's answer kept (`_past_spans`), instead of the
# alternation tried case-insensitively at every position (about 60 us per clause).
_PAST_WORD = re.compile(_PAST_CLAUSE.pattern.removeprefix(r"\b").removesuffix(r"\b"), re.IGNORECASE)
# (and words on -ed that are no verb forms: "the United States", "a hundred", "indeed")
_PAST_SKIP = re.compile(r"planned|scheduled|expected|\w+ed to|united|hundred|indeed|proceed|succeed|exceed|"
                        r"mohammed|ahmed", re.IGNORECASE)
_WORD_RUN = re.compile(r"\w+")
_PAST_OF: dict[str, bool] = {}
"""Whether a word is a past form that counts (not skipped), kept per word (bounded)."""


def _past_spans(clause: str) -> list[tuple[int, int]]:
    """The spans of `_PAST_CLAUSE.finditer(clause)` without those `_PAST_SKIP` matches entirely."""
    out: list[tuple[int, int]] = []
    for m in _WORD_RUN.finditer(clause):
        word = m.group(0)
        past = _PAST_OF.get(word)
        if past is None:
            past = _PAST_WORD.fullmatch(word) is not None and _PAST_SKIP.fullmatch(word) is None
            if len(_PAST_OF) >= 100_000:
                _PAST_OF.clear()  # bounded: any word can be looked at again
            _PAST_OF[word] = past
        if past:
            out.append(m.span())
    return out


def told_in_past(text: str) -> bool:
    """Whether `text` has a past or perfect form (`_PAST_CLAUSE`, not the skipped -ed words)."""
    return bool(_past_spans(text))


# a present tense that tells what is to come ("treffen sich am Freitag", "beginnt am Montag",
# "meet on Friday", "travels to Geneva on Sunday"); an English infinitive after "to" ("left on
# Monday to meet the envoys") tells a purpose, no tense of its own
_PRESENT_EVENT = re.compile(
    r"(?<!\bto )\b(?:treffen|trifft|beginnt|beginnen|startet|starten|findet|finden|tagt|tagen|reist|reisen|"
    r"kommt|kommen|berät|beraten|verhandelt|verhandeln|empfängt|empfangen|fliegt|fliegen|"
    r"besucht|besuchen|endet|enden|läuft|laufen|"
    r"meet|meets|begin|begins|start|starts|resume|resumes|travel|travels|visit|visits|fly|flies|"
    r"host|hosts|convene|convenes|open|opens|end|ends|expire|expires|runs)\b",
    )


def clause_tense(text: str, start: int, end: int) -> str | None:
    """`future`, `past` or None (not told) for the clause around `text[start:end]`: a future
    or planning word makes it future, a past or perfect form past (a planned past, "war für
    Mittwoch geplant", is past), a present form of a verb of meeting or travel alone future."""
    left = max((m.end() for m in _CLAUSE_STOP.finditer(text, max(0, start - 120), start)),
               default=max(0, start - 120))
    stop = _CLAUSE_STOP.search(text, end, min(len(text), end + 120))
    right = stop.start() if stop is not None else min(len(text), end + 120)
    clause = text[left:start] + " " + text[end:right]
    at = start - left  # where the date stood in `clause`

    def nearest(rx: re.Pattern[str], skip: str = "") -> int | None:
        dists = [min(abs(m.start() - at), abs(m.end() - at)) for m in rx.finditer(clause)
                 if not (skip and re.fullmatch(skip, m.group(0), re.IGNORECASE))]
        return min(dists) if dists else None

    spans = _past_spans(clause)  # (`nearest(_PAST_CLAUSE, _PAST_SKIP.pattern)`, word by word)
    past = min(min(abs(a - at), abs(b - at)) for a, b in spans) if spans else None
    future = nearest(_FUTURE_CLAUSE)
    if future is None:
        future = nearest(_PRESENT_EVENT)
    if past is not None and (future is None or past <= future):
        return "past"
    return "future" if future is not None else None
