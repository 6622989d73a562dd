"""Screening: is a text an article at all? `accord ingest` refuses, with a reason, what is not:
too little text, no sentence, binary data, a log or terminal dump or a table, and accord's own
output (export files, `--json` dumps).

The checks are general features of the text, not a list of known bad inputs:

- *length*: an article has at least `MIN_CHARS` characters of text;
- *binary*: control characters and decoding replacements (U+FFFD) above `MAX_CONTROL_SHARE`;
- *letters*: prose is mostly letters; below `MIN_LETTER_SHARE` of the visible characters (in
  tokens up to `MAX_TOKEN` long) the text is numbers, code or markup;
- *sentences*: at least one run of `MIN_SENTENCE_WORDS` words ending in sentence punctuation;
- *listing*: many short lines (a terminal's width) holding most of the text, with far more
  words than sentence ends, or
  many of them short list items (`label: ...`, `- ...`, `3: ...`; not the header fields
  `date: ...` or `url: ...`), are a terminal report or a table without rules, not prose;
- *line shape*: a log, terminal dump or table has many of its lines shaped like log
  entries (a leading timestamp or level), prompts (`$ `, `>>> `), table rows (several `|` or
  box drawing characters), stack frames or terminal escape codes (or what normalising leaves of them),
  where an article's lines are paragraphs;
- *language*: accord reads news in German and English, whose prose is a third or more function
  words ('der', 'und', 'zu', 'the', 'of', 'to'; at least 23 % in every real article of the
  tuning sets); below `MIN_FUNCTION_SHARE` in both languages the text is a list of random words,
  a word list or another language;
- *word order*: a real article's words in random order keep their function-word share, but
  not the order prose has: an article ('the', 'der', 'ein') is almost never followed by another
  function word (about 7 % of the time in the tuning articles, against some 38 % when the words
  are shuffled), and a word after a sentence end is almost never lower case (about 8 %, against
  some 60 %; parentheses left out, where captions abbreviate). The two counts give a
  log-likelihood ratio of shuffled against ordered prose; above `MAX_SHUFFLED_EVIDENCE` the
  text is refused (the 419 real articles of the seeds, the corpus dev split and the external
  tuning sets score -1.5 or less; 1,253 of 1,257 shuffles of them, three per article, score
  above 0);
- *accord's own output*: records (JSON objects) carrying the fields that only accord writes
  (a store row's `simhash` and `extractor`, a fact's `doc` with its `start`/`end` span, an
  evidence dump's `passage` and `span`, an error's `error` object).

Every test is linear in the length of the text (no backtracking patterns over the whole text).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from accord.io import ScenarioFileError

MIN_CHARS = 200
"""Shortest article accepted: about two sentences. Headlines, captions and stray rows are
shorter; the shortest real report in the reference corpus has some 1,100 characters."""
MIN_LETTER_SHARE = 0.55
"""Least share of letters among the visible characters. News prose has about 80 %; a table of
figures, a JSON dump or a hex dump has far less."""
MAX_TOKEN = 100
"""Tokens longer than this (runs without a space) are left out of the letter share."""
MAX_CONTROL_SHARE = 0.01
"""Most control characters (other than tab and line breaks) and U+FFFD per character."""
MIN_SENTENCE_WORDS = 4
"""Words (tokens with a letter) a sentence has at least."""
MAX_MACHINE_LINES = 0.25
"""Share of non-empty lines shaped like log entries, prompts or table rows
above which a text is a log, a terminal dump or a table (with at least `MIN_MACHINE_LINES` such
lines). Articles in the reference corpus have none; accord's own terminal output has over 30 %."""
MIN_MACHINE_LINES = 3
MAX_WORDS_PER_SENTENCE = 60
"""Prose has about 15-30 words per sentence end (the reference corpus, even hard-wrapped, at
most 41 with its headlines and bylines). A text of short lines with more words per sentence end
than this is a listing (a terminal report, a table without rules), not prose."""
MAX_ITEM_LINES = 0.25
"""...as is a text of short lines of which more than this share are items: `label: ...`,
`- ...`, `3: ...` (the reference corpus, hard-wrapped, at most 12 %; accord's terminal reports
over 30 %)."""
LISTING_LINE = 80
"""Lines of a terminal dump are at most a terminal's width; an article's paragraphs are single
lines of hundreds of characters (after normalisation)."""
MIN_LISTING_LINES = 10

MIN_FUNCTION_SHARE = 0.12
"""Least share of German or English function words among the words (whichever language has
more). The 389 real articles of the tuning sets have 0.24-0.45 (median 0.38); random words drawn
from their vocabulary 0.04-0.05, French, Spanish, Italian or Dutch news prose 0.02-0.04."""
MAX_SHUFFLED_EVIDENCE = 0.0
"""Largest log-likelihood ratio of "words in random order" against "prose" a text may have
(`_shuffled_evidence`): 0 means the counts are likelier under random order than under prose.
The real articles of the seeds and the tuning sets score -1.5 or less."""
_ORDERED = {"det_fw": 0.07, "lower_after_end": 0.08}
_SHUFFLED = {"det_fw": 0.38, "lower_after_end": 0.60}
_DETERMINERS = {"German": frozenset(("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer",
                                      "eines", "einem", "einen")),
                "English": frozenset(("the", "a", "an"))}
_PARENTHESES = re.compile(r"\([^()\n]{0,80}\)")
_AFTER_END = re.compile(r"[.!?][\"'»«“”)]?[ \t\n]+(\w)")
MIN_LANGUAGE_WORDS = 30
"""Words a text needs before its function-word share is judged (shorter texts are refused for
their length anyway)."""


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_FUNCTION_WORDS = {
    "German": _set(
        "der die das den dem des ein eine einer eines einem einen und oder aber nicht auch noch "
        "nur schon sich sie er es wir ihr ich mit von zu zum zur im in an am auf aus bei für über "
        "unter nach vor durch gegen ohne um bis als wie wenn dass ob weil da so sei seien ist sind "
        "war waren wird werden wurde wurden hat haben hatte hatten habe kann können soll sollen "
        "will wollen muss müssen diese dieser dieses diesen diesem sein seine seiner seinen seinem "
        "ihre ihren ihrem ihrer man mehr bereits sowie doch zwischen seit"),
    "English": _set(
        "the a an and or but not also only of to in on at by for with from as into over after "
        "before about against between during without under than that this these those which who "
        "whom whose what when where while if because so is are was were be been being has have "
        "had will would can could should may might must do does did it its he she they we i you "
        "his her their our them him us there here then said says more most other such no any all "
        "some"),
}
_WORD = re.compile(r"[^\W\d_]+")

_END = frozenset(".!?…。！？")
_ITEM = re.compile(r"[^\W_][\w .()/-]{0,30}: |[-•*+] |\d+[.:)] ")
_CLOSING = frozenset("\"'”’»«)]")
_HEADER_FIELD = re.compile(r"(?i)\s*(?:url|link|date|datum|published|veröffentlicht|stand|title|titel)\s*:")
"""Header lines of a plain-text article that accord reads (see `accord.news.dateline`)."""
_TIMESTAMP = re.compile(r"\[?\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}|\[?\d{1,2}:\d{2}:\d{2}"
                        r"|\[?[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}")
_LEVEL = re.compile(r"\[?(?:DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL|TRACE)\b[\]:]?")
_PROMPT = re.compile(r"(?:\$|#|>>>|\.\.\.|>|PS [A-Z]:\\[^>]*>|[\w.-]+@[\w.-]+:[^$#]*[$#])\s")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")
"""Control characters other than tab and line breaks, and U+FFFD."""
_BOX = frozenset("│┃┆┊║╎╏┌┐└┘├┤┬┴┼━─═╔╗╚╝╠╣╦╩╬┏┓┗┛┡┩╇")
_ESCAPE = "\x1b["
_TRACE = re.compile(r'(?:Traceback \(most recent call last\)|\s*File "[^"]*", line \d+'
                    r"|\s*at [\w$.<>]+\(.*\)$)")
_ANSI_REMNANT = re.compile(r"\[[0-9;?]*[mKHJlh]")
"""What is left of a terminal escape code once the text is normalised (the ESC removed)."""

_STORE_ROW = frozenset({"simhash", "extractor"})
_FACT_ROW = frozenset({"doc", "start", "end"})
_EVIDENCE = frozenset({"passage", "span"})
_PROVENANCE_ROW = frozenset({"doc", "source", "locator"})


def _line_is_machine(line: str) -> bool:
    """A line shaped like a log entry, a prompt, a table row, a stack frame or terminal
    output with escape codes, not like a paragraph of prose."""
    head = line.lstrip()[:80]
    if _ESCAPE in line or _ANSI_REMNANT.search(line[:200]) or _TRACE.match(line[:200]):
        return True
    if _TIMESTAMP.match(head) or _LEVEL.match(head) or _PROMPT.match(head):
        return True
    if line.count("|") >= 2 or not _BOX.isdisjoint(line[:200]):
        return True
    # a rule of dashes or equals signs (table borders, separators)
    return len(head) >= 8 and set(head.strip()) <= set("-=+*_~ ")


def _sentences(text: str) -> int:
    """Runs of at least `MIN_SENTENCE_WORDS` words ended by sentence punctuation (counting
    stops after 3: the test only needs to know there is one)."""
    count = words = 0
    in_word = has_letter = False
    for ch in text:
        if ch.isalnum():
            in_word = True
            has_letter = has_letter or ch.isalpha()
            continue
        if in_word:
            words += has_letter
            in_word = has_letter = False
        if ch in _END:
            if words >= MIN_SENTENCE_WORDS:
                count += 1
                if count >= 3:
                    return count
            words = 0
        elif ch == "\n" and words < MIN_SENTENCE_WORDS:
            words = 0  # a short line (heading, header field) is not the start of a sentence
    return count


def _words_and_ends(text: str) -> tuple[int, int]:
    """Words (tokens with a letter) and sentence ends (sentence punctuation before a space or
    the end) of `text`."""
    words = ends = 0
    in_word = has_letter = False
    for i, ch in enumerate(text):
        if ch.isalnum():
            in_word = True
            has_letter = has_letter or ch.isalpha()
            continue
        if in_word:
            words += has_letter
            in_word = has_letter = False
        if ch in _END and (i + 1 == len(text) or text[i + 1].isspace()
                           or text[i + 1] in _CLOSING):
            ends += 1
    return words + (in_word and has_letter), ends


def refusal(text: str) -> str | None:
    """Why `text` (normalised article text) is not an article, or None when it is one."""
    n = len(text.strip())
    control = len(_CONTROL.findall(text))
    if control > MAX_CONTROL_SHARE * max(len(text), 1):
        return f"binary data ({control:,} control or undecodable characters in {len(text):,})"
    lines = [ln for ln in text.splitlines() if ln.strip()]
    machine = sum(1 for ln in lines if _line_is_machine(ln))
    if machine >= MIN_MACHINE_LINES and machine > MAX_MACHINE_LINES * len(lines):
        return (f"a log, terminal dump or table ({machine} of {len(lines)} lines are "
                "log entries, prompts or table rows)")
    if len(lines) >= MIN_LISTING_LINES and sorted(map(len, lines))[len(lines) // 2] <= LISTING_LINE \
            and 2 * sum(len(ln) for ln in lines if len(ln) > LISTING_LINE) < sum(map(len, lines)):
        # (most of the text in short lines: a short article of a few long paragraphs under a
        # header, teaser bullets and a photo credit has most of its lines short, not its text)
        words, ends = _words_and_ends(text)
        # items are short lines (a labelled paragraph, "Background: ...", is prose), and the
        # header fields accord itself asks for ("date: ...", "url: ...") are no items
        items = sum(1 for ln in lines
                    if len(ln) <= LISTING_LINE and _ITEM.match(ln) and not _HEADER_FIELD.match(ln))
        if words > MAX_WORDS_PER_SENTENCE * max(ends, 1) or items > MAX_ITEM_LINES * len(lines):
            return (f"a listing, not prose ({len(lines)} lines mostly under {LISTING_LINE} "
                    f"characters, {items} of them list items; {words} words but only {ends} "
                    "sentence ends)")
    if n < MIN_CHARS:
        return f"only {n} characters of text (an article has at least {MIN_CHARS})"
    # over ordinary tokens only: one very long run without a space (a pathological article
    # that extraction reads in pieces, see accord.news.bounds) does not make prose a dump
    tokens = [t for t in text.split() if len(t) <= MAX_TOKEN]
    shown = sum(map(len, tokens))
    letters = sum(map(str.isalpha, "".join(tokens)))
    if letters < MIN_LETTER_SHARE * shown:
        return (f"mostly digits and symbols ({100 * letters // max(shown, 1)} % letters; "
                f"prose has over {round(100 * MIN_LETTER_SHARE)} %)")
    if _sentences(text) == 0:
        return (f"no sentence (no run of {MIN_SENTENCE_WORDS} or more words ending in '.', '!' "
                "or '?')")
    return _not_german_or_english(text)


def _shuffled_evidence(text: str, words: list[str], language: str) -> float:
    """Log-likelihood ratio of the text's word order under "words in random order" against
    "prose": from how often an article is followed by a function word and how often a word
    after a sentence end is lower case (module docstring). Lower-case sentence starts alone
    never make the case (prose written in lower case, "a.m." times): the articles' evidence must
    point to random order on its own, else the ratio returned is at most 0."""
    fw, det = _FUNCTION_WORDS[language], _DETERMINERS[language]
    follows = [words[i + 1] in fw for i in range(len(words) - 1) if words[i] in det]
    # without parentheses: photo captions abbreviate inside them ("(2. v. l.)", "(l.)")
    after_end = [c.islower() for c in _AFTER_END.findall(_PARENTHESES.sub(" ", text)) if c.isalpha()]
    parts = []
    for key, seen in (("det_fw", follows), ("lower_after_end", after_end)):
        hits = sum(seen)
        p, q = _SHUFFLED[key], _ORDERED[key]
        parts.append(hits * math.log(p / q) + (len(seen) - hits) * math.log((1 - p) / (1 - q)))
    return sum(parts) if parts[0] > 0 else min(sum(parts), 0.0)


def _not_german_or_english(text: str) -> str | None:
    """Why `text` is not German or English prose (too few function words of either, or its
    words in random order), or None."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_LANGUAGE_WORDS:
        return None
    shares = {lang: sum(w in fw for w in words) / len(words) for lang, fw in _FUNCTION_WORDS.items()}
    language = max(shares, key=lambda lang: shares[lang])
    share = shares[language]
    if share >= MIN_FUNCTION_SHARE:
        evidence = _shuffled_evidence(text, words, language)
        if evidence <= MAX_SHUFFLED_EVIDENCE:
            return None
        return (f"{NOT_GERMAN_OR_ENGLISH}: {language} words in no prose order (articles followed "
                "by function words and sentences starting in lower case as often as in shuffled "
                f"text; log-likelihood ratio {evidence:.1f} > {MAX_SHUFFLED_EVIDENCE:g})")
    return (f"{NOT_GERMAN_OR_ENGLISH} (only {100 * share:.0f} % of its {len(words):,} words are "
            "German or English function words such as 'der', 'und', 'the', 'of'; news prose has "
            f"over {round(100 * MIN_FUNCTION_SHARE)} %): random words, a word list or another "
            "language")


def accord_record(keys: Iterable[str]) -> str | None:
    """What kind of accord output a JSON object with these `keys` is, or None when it does not
    look like accord's own output."""
    k = set(keys)
    if k >= _STORE_ROW:
        return "a row of accord's news store (an `accord export` documents file)"
    if k >= _FACT_ROW and k & {"kind", "actor", "polarity", "value", "surface", "issue"}:
        return "an extracted fact of accord (from `accord export` or a `--json` dump)"
    if k >= _EVIDENCE:
        return "accord's evidence output (`accord evidence --json`)"
    if k >= _PROVENANCE_ROW:
        return "a row of accord's news store (an `accord export` provenance file)"
    if "error" in k and len(k) == 1:
        return "an error message of accord (`--json`)"
    return None


class NotAnArticle(ScenarioFileError):
    """A text or record refused by the screening (see module docstring); `accord ingest` counts
    these apart from other problems."""

    @classmethod
    def because(cls, where: str, reason: str) -> NotAnArticle:
        fix = LANGUAGE_FIX if reason.startswith(NOT_GERMAN_OR_ENGLISH) else FIX
        problem = ScenarioFileError.single(where, f"not an article: {reason}", EXPECTED, fix)
        return cls(where, problem.problems)


NOT_GERMAN_OR_ENGLISH = "not a news report in German or English"
EXPECTED = f"a news article (at least {MIN_CHARS} characters of prose in sentences)"
FIX = "pass only articles; nothing was stored for this one"
LANGUAGE_FIX = ("pass the article's own text in German or English (accord reads these two "
                "languages); nothing was stored for this one")
