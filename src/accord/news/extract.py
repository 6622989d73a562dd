"""Rule-based extraction of mentions, dates, figures, events and stances from one article.

German first, English too: spaCy blank pipelines (tokenizer and rule-based sentence splitting,
no model download) plus the curated gazetteer (`data/gazetteer.yaml`, merged with the flagship
scenario's names) and cue patterns (`data/patterns.yaml`). Every fact keeps the character span
of its sentence (or phrase) in the article text as evidence.

`extract(text, doc_id, published)` is the one entry point; it is a pure function of its inputs,
so parallel workers produce exactly what a single process produces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

import yaml

from accord.news import gazetteer as gz
from accord.news import prefilter
from accord.news.bounds import break_runs, split_long
from accord.news.dateline import dateline_spans
from accord.news.dates import DateMention, find_dates, resolve_relative
from accord.news.facts import Extraction, Figure, Mention, NewsEvent, Stance
from accord.news.normalise import Replacer
from accord.news.numbers import find_figures
from accord.news.prefilter import Gated, alternatives, forget, lowered, present

# Length-preserving folding, so offsets in the folded text are offsets in the original.
_FOLD = Replacer({"„": '"', "“": '"', "”": '"', "«": '"', "»": '"', "‚": "'", "‘": "'",
                  "’": "'", "‹": "'", "›": "'", "−": "-", "\u00a0": " "})
_HEADER = re.compile(r"\s*(?:date|datum|published)\s*:?\s*\d{4}-\d{2}(?:-\d{2})?\b", re.IGNORECASE)
_GERMAN = re.compile(r"\b(?:der|die|das|und|nicht|ist|mit|den|sich|auch|für|wurde|eine)\b")
_ENGLISH = re.compile(r"\b(?:the|and|of|is|with|that|was|for|has|have|were|said)\b")
# when the words above tie (a short text often has none of them: "Russian missiles hit Kyiv on
# Monday."), further function words of each language, then German letters and word endings
_GERMAN2 = re.compile(r"\b(?:am|im|zu|zum|zur|von|vom|bei|nach|wird|hat|haben|sind|ein|einen|"
                      r"einem|dem|des|auf|sie|er|sein|seine|über|gegen|seit|dass|ab|soll|sollen|"
                      r"kann|können|muss|müssen|wollen|werden|wurden|beide|beiden|weitere\w*|noch|"
                      r"nur|wie|es|ihre|ihr|unter|aus|durch|oder|aber)\b")
_ENGLISH2 = re.compile(r"\b(?:on|at|to|by|from|after|over|its|their|are|be|been|it|this|"
                       r"they|he|she|his|her|against|since|would|can|could|should|must|both|"
                       r"further|still|only|or|but|into|who|which)\b")
# still a tie (names, a headline): letter groups and endings of each language, German on a tie
_GERMAN_FORM = re.compile(r"[äöüß]|sch|tz|ei|ie|\w\w+en\b|\w\w+te\b|\bkein\w*|\bein\w*|\b(?:januar|"
                          r"februar|märz|juni|juli|oktober|dezember|montag|dienstag|mittwoch|donnerstag|"
                          r"freitag|samstag|sonntag)\b")
_ENGLISH_FORM = re.compile(r"th|\w\w+ing\b|\w\w+ed\b|\bwh|\w\w+ly\b|\b(?:january|february|march|june|"
                           r"july|october|december|monday|tuesday|wednesday|thursday|friday|saturday|"
                           r"sunday)\b")


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    def actors(self) -> list[str]:
        out: list[str] = []
        for m in self.mentions:
            if m.actor and m.actor not in out:
                out.append(m.actor)
        return out


def _lower_pattern(pattern: str) -> str:
    """`pattern` for lowercased text: letters lowercased, escapes (\\W, \\S, \\b) kept."""
    return re.sub(r"\\.|[A-ZÄÖÜ]", lambda m: m.group(0) if m.group(0)[0] == "\\" else m.group(0).lower(),
                  pattern)


class Cue:
    """A list of cue patterns searched as one. When every pattern is case-insensitive the search
    runs case-sensitively on the lowercased sentence, which Python's `re` does several times
    faster; matches and offsets are the same (the lowercasing keeps the length, else the
    case-insensitive pattern is used). Either way only the patterns whose required literal text
    occurs in the sentence are tried (`prefilter.Gated`), which changes no match."""

    def __init__(self, items: list[str]):
        parts = [f"(?i:{p[4:]})" if p.startswith("(?i)") else f"(?:{p})" for p in items]
        self.pattern = "|".join(parts)
        # each pattern's own alternatives as alternatives of the whole (the same alternation,
        # in the same order), so the prefilter can drop them one by one
        flat = [(p[:4] if p.startswith("(?i)") else "", alt) for p in items
                for alt in (alternatives(p[4:] if p.startswith("(?i)") else p)[1]
                            if not re.compile(p).groups else [p[4:] if p.startswith("(?i)") else p])]
        self.folded = Gated("|".join(f"(?i:{a})" if head else f"(?:{a})" for head, a in flat))
        self.lower: Gated | None = None
        if all(p.startswith("(?i)") for p in items):
            self.lower = Gated("|".join(f"(?:{_lower_pattern(a)})" for _, a in flat))

    def search(self, text: str) -> re.Match[str] | None:
        lower = self.lower
        if lower is not None:
            # (`present` and `narrowed_by` with their caches looked up here first: hundreds of
            # cue lists are searched per article, most of them ruled out by these lookups)
            found = prefilter._FOUND.get(text, prefilter._UNSEEN)
            if found is prefilter._UNSEEN:
                found = present(text)
            if found is not None:  # the lowercased text has the length of `text`
                rx = lower._by_found.get(found, prefilter._UNSEEN)
                if rx is prefilter._UNSEEN:
                    rx = lower.narrowed_by(found)
                return None if rx is None else rx.search(lowered(text))
        return self.folded.search(text)

    def possible(self, found: frozenset[str] | None) -> bool:
        """False when `search` finds nothing in any text whose required strings are `found`
        (`prefilter.present` of it): no alternative of the patterns it searches is admitted."""
        if found is None:
            return True
        return (self.folded if self.lower is None else self.lower).narrowed_by(found) is not None


@lru_cache(maxsize=1)
def patterns() -> dict[str, Any]:
    text = resources.files("accord.news").joinpath("data/patterns.yaml").read_text(encoding="utf-8")
    raw: dict[str, Any] = yaml.safe_load(text)

    def comp(items: list[str]) -> list[Cue]:
        """One combined pattern per list (a list of one), so a sentence is searched once."""
        if not items:
            return []
        return [Cue(items)]

    issues = {}
    for iid, spec in raw["issues"].items():
        issues[iid] = {
            "cues": comp(spec.get("cues") or []),
            "requires": comp(spec.get("requires") or []),
            "options": {o: comp(ps) for o, ps in (spec.get("options") or {}).items()},
        }
    return {
        "issues": issues,
        # every issue cue, case-insensitive, as one pattern: a gate (a sentence it does not match
        # names no issue, so its other patterns need not be searched)
        "any_issue": comp([c if c.startswith("(?i)") else "(?i)" + c
                           for spec in raw["issues"].values() for c in spec.get("cues") or []]),
        "polarity": {p: comp(ps) for p, ps in raw["polarity"].items()},
        "red_line": comp(raw["red_line"]),
        "opinion": comp(raw["opinion"]),
        "speech": comp(raw["speech"]),
    }


@lru_cache(maxsize=2)
def _nlp(lang: str) -> Any:
    import spacy

    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    # spaCy refuses a text over 1,000,000 characters for the memory of its parser and NER; only
    # the tokenizer runs here, linear in the text (`bounds.break_runs`), and ingest admits an
    # article of up to `ingest.MAX_ARTICLE_CHARS` (2,000,000) characters, possibly on one line
    nlp.max_length = 10_000_000
    return nlp


@lru_cache(maxsize=2)
def _splitter(lang: str) -> tuple[Any, frozenset[int], list[int]]:
    """The tokenizer of `_nlp(lang)`, the hashes of its sentencizer's sentence-final characters
    and the token attributes `_line_sentences` reads (it applies the sentencizer's rule to
    them)."""
    from spacy.attrs import IDX, IS_PUNCT, LENGTH, ORTH

    nlp = _nlp(lang)
    names = [name for name, _ in nlp.pipeline]
    if names != ["sentencizer"]:  # the rule below is the sentencizer's alone
        raise RuntimeError(f"unexpected pipeline {names}")
    sentencizer = nlp.get_pipe("sentencizer")
    return (nlp.make_doc, frozenset(nlp.vocab.strings.add(c) for c in sentencizer.punct_chars),
            [ORTH, IS_PUNCT, IDX, LENGTH])


def _line_sentences(doc: Any, marks: frozenset[int], attrs: list[int], pos: int
                    ) -> list[tuple[int, int]]:
    """The sentence spans (offset by `pos`) that spaCy's `sentencizer` gives `doc`, from one
    array of token attributes instead of a Token object per token: a sentence starts at the
    first token, and at the first token that is neither punctuation nor a sentence-final
    character after one that is sentence-final (`Sentencizer.predict`); a sentence ends at the
    end of its last token's text."""
    orth, punct, idx, length = doc.to_array(attrs).T.tolist()
    starts = [0]
    seen = False
    for i, o in enumerate(orth):
        final = o in marks
        if seen and not final and not punct[i]:
            starts.append(i)
            seen = False
        elif final:
            seen = True
    starts.append(len(orth))
    return [(pos + idx[a], pos + idx[b - 1] + length[b - 1]) for a, b in pairwise(starts)]


def _spacy_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """`sentences` before its opening-quote and length fixes, from spaCy's own `doc.sents`
    (the plain code `_line_sentences` replaces; kept for the equivalence tests)."""
    spans: list[tuple[int, int]] = []
    nlp = _nlp(lang)
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            doc = nlp.make_doc(line)
            for proc in nlp.pipeline:
                doc = proc[1](doc)
            spans.extend((pos + s.start_char, pos + s.end_char) for s in doc.sents)
        pos += len(line) + 1
    return spans


def _both(en: re.Pattern[str], de: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern for two word lists `\\b(?:...)\\b` (English, German) with a group each: its
    matches are those of both, as the lists share no word (checked), so one scan counts both."""
    inner = [p.pattern.removeprefix(r"\b(?:").removesuffix(r")\b") for p in (en, de)]
    assert all(p.pattern == rf"\b(?:{w})\b" for p, w in zip((en, de), inner, strict=True))
    for words, other in ((inner[0], de), (inner[1], en)):
        assert not any(other.fullmatch(w.removesuffix(r"\w*")) for w in words.split("|")), words
    return re.compile(rf"\b(?:(?P<en>{inner[0]})|{inner[1]})\b")


_FUNCTION_WORDS = (_both(_ENGLISH, _GERMAN), _both(_ENGLISH2, _GERMAN2))
"""The English and German function words of each step of `detect_language` (`_both`)."""


def detect_language(text: str) -> str:
    sample = text[:4000].lower()
    for both in _FUNCTION_WORDS:
        # (`len(en.findall(sample)) - len(de.findall(sample))` with one scan: `_both`; a German
        # word leaves the English group empty)
        words = both.findall(sample)
        score = len(words) - 2 * words.count("")
        if score:
            return "en" if score > 0 else "de"
    return "en" if len(_ENGLISH_FORM.findall(sample)) > len(_GERMAN_FORM.findall(sample)) else "de"


def sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans: spaCy's rule-based sentencizer within each line (headings and paragraphs
    are separate lines), with an opening quote moved to the sentence it opens; a sentence longer
    than `bounds.MAX_SENTENCE` is cut at a space. `text` should have its long runs broken
    (`bounds.break_runs`), which keeps the tokenizer's work linear."""
    spans: list[tuple[int, int]] = []
    make_doc, marks, attrs = _splitter(lang)
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.extend(_line_sentences(make_doc(line), marks, attrs, pos))
        pos += len(line) + 1
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and out[-1][1] == a - 1 and text[out[-1][1] - 1] == '"' and text[a - 2] == " " \
                and text[out[-1][0]:out[-1][1]].count('"') % 2 == 1:
            # an opening quote left at the end of the previous sentence opens this one
            out[-1] = (out[-1][0], out[-1][1] - 2)
            a -= 1
        if text[a - 1:a] == '"' and a - 1 >= 0 and out and out[-1][1] == a:
            out[-1] = (out[-1][0], a - 1)
            a -= 1
        while a < b and text[a] == " ":
            a += 1
        out.append((a, b))
    if lang == "de" and (cuts := [m.end() for m in _NUMBER_END.finditer(text)]):
        out = _cut(out, cuts, text)
    return [piece for a, b in out if text[a:b].strip()
            for piece in split_long(a, a + len(text[a:b].rstrip()), text)]


# A German sentence ending in a number: the tokenizer keeps "120." and "2022." as one token (an
# ordinal, "am 3. März", "zur 2. Runde"), so "am Mittwoch folgten 120. Der Austausch ..." and "im
# Februar 2022. Das ..." stayed one sentence. A year followed by a capital, or a number followed by
# an article, pronoun or sentence adverb (never what an ordinal qualifies), ends the sentence.
_NUMBER_END = re.compile(
    r"(?<![\w,])(?:(?:19|20)\d\d\.(?= [A-ZÄÖÜ][a-zäöüß])|\d[\d.]*\d\.(?= (?:Der|Die|Das|Den|Dem|Des|Es|Er|"
    r"Sie|Wir|Ich|Ein|Eine|Einer|Man|Dies|Diese|Dieser|Dabei|Damit|Dazu|Doch|Aber|Auch|Laut|Zudem|"
    r"Außerdem|Demnach|Zuvor|Zugleich|Gleichzeitig|Insgesamt|Nun|Jetzt|Bereits|Seither|Seitdem|Danach)\b))")


def _cut(spans: list[tuple[int, int]], cuts: list[int], text: str) -> list[tuple[int, int]]:
    """`spans` cut after each position in `cuts` that falls inside one (the next piece starts at
    its first non-space character)."""
    import bisect

    out: list[tuple[int, int]] = []
    for a, b in spans:
        i = bisect.bisect_right(cuts, a)
        while i < len(cuts) and cuts[i] < b:
            out.append((a, cuts[i]))
            a = cuts[i]
            while a < b and text[a] == " ":
                a += 1
            i += 1
        out.append((a, b))
    return out


MONTHS = (r"(?:Jan(?:uar)?|Jän(?:ner)?|Feb(?:ruar)?|März|Mär|Apr(?:il)?|Mai|Juni?|Juli?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Okt(?:ober)?|Nov(?:ember)?|Dez(?:ember)?)")
# Dots that do not end a sentence: ordinal dates ("am 11. März", "16.05.2025", "am 23. und 24."),
# ordinals and thousands ("2.000"), German and English abbreviations ("u. a.", "z. B.", "Dr.").
_INNER_DOT = re.compile(
    r"\b\d+\.(?=\s*(?:" + MONTHS + r"\b|\d|und\b|bis\b|or\b|and\b|[-–]))"
    r"|\b(?:[A-Za-zÄÖÜäöü]\.\s?){1,3}[A-Za-zÄÖÜäöü]\."
    r"|\b(?:bzw|ca|vgl|evtl|ggf|inkl|bspw|sog|usw|Dr|Prof|Nr|St|Mio|Mrd|Tsd|Abs|Art|Jh|Mr|Mrs|Ms|"
    r"Gen|Sen|Rep|Gov|Lt|Col|Sgt|Inc|Ltd|Corp|vs|etc|approx|No)\.(?!$)")
DOT_MASK = "\u2024"  # ONE DOT LEADER: no longer a "." for `[^.]` clause windows, same length


def mask_inner_dots(text: str) -> str:
    """`text` with the dots of dates, ordinals, numbers and abbreviations replaced by a
    look-alike, so that cue windows written as `[^.]{0,N}` stop only at sentence ends.
    Length-preserving: offsets in the result are offsets in `text`."""
    if text.find(".") in (-1, len(text) - 1):
        # no dot, or only the last character (most sentences): every alternative of
        # `_INNER_DOT` needs a dot with something after it (a lookahead for a month, digit or
        # word, a second dot, or `(?!$)`), so nothing is replaced
        return text
    return _INNER_DOT.sub(lambda m: m.group(0).replace(".", DOT_MASK), text)


# Commentators, analysts and other non-actor persons introduced by a title noun
# ("der Russland-Experte Anna Beispiel", "analyst John Example", "des Diktators X"): a general
# rule, so commentators need no gazetteer entry. The person id is the ASCII-lowercased surname.
_TITLE = re.compile(
    r"\b(?:[\w-]*-)?(?:Experte|Expertin|Experten|Analyst|Analystin|Analysten|Politologe|Politologin|"
    r"Politologen|Politikwissenschaftler(?:in)?|Historiker(?:in)?|Kommentator(?:in)?|Ökonom(?:in|en)?|"
    r"Soziologe|Soziologin|Publizist(?:in)?|Militärexperte|Diktators?|Machthabers?|Oppositionsführer(?:in)?|"
    r"Meinungsforscher(?:in)?|Forscher(?:in)?|analyst|expert|historian|political scientist|commentator|"
    r"economist|pollster|dictator|researcher)s?\s+"
    r"(?P<name>(?:[A-ZÄÖÜ][a-zäöüßéáíóúç]+\s+){0,2}(?:(?:al|el|bin|ibn|Abu|von|van|de|di)[- ])?"
    r"[A-ZÄÖÜ][a-zäöüßéáíóúç]+(?:-[A-ZÄÖÜ][a-zäöüßéáíóúç]+)?)\b")
_TITLE_NEEDS = prefilter.fewest(prefilter.required(_TITLE.pattern))
"""Strings one of which every text with a title noun holds (lowercased; see `prefilter`)."""
_NAME_PARTICLE = re.compile(r"^(?:al|el|bin|ibn|von|van|de|di)[- ]", re.IGNORECASE)


def _ascii_id(name: str) -> str:
    import unicodedata

    flat = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", flat.lower()).strip("_")


def titled_persons(text: str, known: list[Mention]) -> list[Mention]:
    """Persons introduced by a title noun and not in the gazetteer, with every later bare
    occurrence of their surname in the same text (actor None: commentators are no actors)."""
    if not prefilter.may_contain(_TITLE_NEEDS, text):
        return []  # no title noun: `_TITLE` (its `[\\w-]*-` tried at every word) finds nothing
    taken = [(m.start, m.end) for m in known]
    found: dict[str, str] = {}  # surname surface -> id
    out: list[Mention] = []
    for m in _TITLE.finditer(text):
        a, b = m.span("name")
        if any(x < b and a < y for x, y in taken):
            continue
        words = m.group("name").split()
        surname = words[-1]
        if len(words) >= 2 and re.fullmatch(r"Abu|von|van|de|di", words[-2]):
            surname = words[-2] + " " + words[-1]
        ident = _ascii_id(_NAME_PARTICLE.sub("", surname) if "-" in surname else surname)
        if not ident:
            continue
        found[surname] = ident
        if "-" in surname and _NAME_PARTICLE.match(surname):
            found[_NAME_PARTICLE.sub("", surname)] = ident
        out.append(Mention(a, b, text[a:b], "person", ident, None))
        taken.append((a, b))
    for surname, ident in found.items():
        for m in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"s?(?!\w)", text):
            if not any(x < m.end() and m.start() < y for x, y in taken):
                out.append(Mention(m.start(), m.end(), m.group(0), "person", ident, None))
                taken.append(m.span())
    return out


# Officials not in the gazetteer, introduced by their side and office ("der ukrainische
# Außenminister Andrij Beispiel", "Kremlsprecher X", "Russia's deputy foreign minister X",
# "Ukrainian negotiator X"): a general rule, so a new minister or envoy speaks for the side the
# text names. The person id is the ASCII-lowercased surname; later bare surnames resolve too.
_SIDE = (r"(?P<side>russisch|ukrainisch|US-amerikanisch|amerikanisch|türkisch|deutsch|französisch|"
         r"britisch|polnisch|Russian|Ukrainian|American|Turkish|German|French|British|Polish|"
         r"Russlands|Russia's|der Ukraine|Ukraine's|Kiews|Kyiv's|Moskaus|Moscow's|Washingtons|"
         r"Kreml|Kremlin|US|U\.S\.|EU)")
_OFFICE = (r"(?:Vize-?|stellvertretende\w*\s+|Deputy\s+|Vice\s+|Senior\s+|Chief\s+|Special\s+|"
           r"Presidential\s+)?"
           r"(?:Außenminister\w*|Verteidigungsminister\w*|Außenamtssprecher\w*|Minister\w*|"
           r"Ministerpräsident\w*|Regierungschef\w*|Sprecher\w*|Berater\w*|Unterhändler\w*|"
           r"Verhandlungsführer\w*|Delegationsleiter\w*|Botschafter\w*|Sondergesandte\w*|Gesandte\w*|"
           r"Generalstabschef\w*|Geheimdienstchef\w*|Staatssekretär\w*|Präsidentenberater\w*|"
           r"foreign minister|defen[cs]e minister|minister|spokes(?:man|woman|person)|advis[eo]r|aide|"
           r"negotiator|envoy|ambassador|secretary of state|official|chief of staff|"
           r"prime minister|chancellor)")
_OFFICIAL = re.compile(
    r"(?<![\w-])" + _SIDE + r"(?:e|en|er|es)?[\s-]*" + r"(?i:" + _OFFICE + r")\s+"
    r"(?P<name>(?:[A-ZÄÖÜ][a-zäöüßéáíóúç]+\s+){0,2}[A-ZÄÖÜ][a-zäöüßéáíóúç]+(?:-[A-ZÄÖÜ][a-zäöüßéáíóúç]+)?)\b")
_SIDE_ACTOR = (("russ", "RUS"), ("kreml", "RUS"), ("moskau", "RUS"), ("moscow", "RUS"),
               ("ukrain", "UKR"), ("der ukraine", "UKR"), ("kiew", "UKR"), ("kyiv", "UKR"),
               ("us", "USA"), ("u.s.", "USA"), ("amerikan", "USA"), ("american", "USA"),
               ("washington", "USA"), ("türk", "TUR"), ("turk", "TUR"), ("deutsch", "EUR"),
               ("german", "EUR"), ("französ", "EUR"), ("french", "EUR"), ("brit", "EUR"),
               ("poln", "EUR"), ("polish", "EUR"), ("eu", "EUR"))


def official_persons(text: str, known: list[Mention]) -> list[Mention]:
    """Officials introduced by side and office and not in the gazetteer, with every later bare
    occurrence of their surname, resolved to the side named."""
    taken = [(m.start, m.end) for m in known]
    found: dict[str, tuple[str, str]] = {}  # surname -> (id, actor)
    out: list[Mention] = []
    for m in _OFFICIAL.finditer(text):
        a, b = m.span("name")
        if any(x < b and a < y for x, y in taken):
            continue
        side = m.group("side").lower()
        actor = next((act for pre, act in _SIDE_ACTOR if side.startswith(pre)), None)
        words = m.group("name").split()
        ident = _ascii_id(words[-1])
        if actor is None or not ident:
            continue
        found[words[-1]] = (ident, actor)
        out.append(Mention(a, b, text[a:b], "person", ident, actor))
        taken.append((a, b))
    for surname, (ident, actor) in found.items():
        for m in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"s?(?!\w)", text):
            if not any(x < m.end() and m.start() < y for x, y in taken):
                out.append(Mention(m.start(), m.end(), m.group(0), "person", ident, actor))
                taken.append(m.span())
    return out


# A news outlet whose name holds a place or an actor ("New York Times", "Kyiv Independent",
# "Moscow Times", "Berliner Zeitung", "Moskauer Deutsche Zeitung", "Deutsche Welle", "Radio Free
# Europe"): the name is neither a place nor an actor. A gazetteer name followed (at most one
# capitalised word between) by a masthead word, or preceded by an outlet's opening words.
_MASTHEAD_AFTER = re.compile(
    r"(?:\s+[A-ZÄÖÜ][\w.]*)?\s+(?:Times|Post|Independent|Herald|Tribune|Journal|Gazette|Telegraph|"
    r"Chronicle|Insider|Observer|Zeitung|Allgemeine|Rundschau|Nachrichten|Morgenpost|Abendblatt|"
    r"Tagblatt|Anzeiger|Kurier|Pravda|Prawda|Welle)(?![\w-])")
_MASTHEAD_BEFORE = re.compile(r"\b(?:Radio Free|Voice of|Times of)\s+$")


def outlet_name(text: str, start: int, end: int) -> bool:
    """Whether the name at `text[start:end]` is part of a news outlet's name."""
    return bool(_MASTHEAD_AFTER.match(text, end)
                or _MASTHEAD_BEFORE.search(text[max(0, start - 12):start]))


def find_mentions(text: str, g: gz.Gazetteer, published: str | None) -> list[Mention]:
    """Gazetteer names in `text`; a person's surname is extended to the given name before it
    (`Wladimir Putin`), and a person resolves to the actor of the office held at `published`.
    A place or actor name inside a news outlet's name (`outlet_name`) is no mention."""
    out: list[Mention] = []
    for m in g.pattern.finditer(text):
        surface = m.group(0)
        entry = g.surfaces[surface]
        if entry.kind != "person" and outlet_name(text, m.start(), m.end()):
            continue
        start = m.start()
        if entry.kind == "person":
            given = g.given.get(entry.entity, set())
            for name in sorted(given, key=len, reverse=True):
                if text[max(0, start - len(name) - 1):start] == name + " ":
                    start -= len(name) + 1
                    break
        out.append(Mention(start, m.end(), text[start:m.end()], entry.kind, entry.entity,
                           g.actor_of(entry, published)))
    return out


# What agreeing to a sub-issue deal means for each party's position on that issue.
_AGREED = {"humanitarian.prisoners": "phased_exchanges", "ceasefire.energy": "moratorium"}
# the sides whose strikes an energy pause stops (a broker of the pause, such as the United States
# in a call with Moscow, accepts no pause of its own)
_STRIKING = ("RUS", "UKR")


# a return of the dead only ("brought back the bodies of 500 fallen soldiers", "Leichen
# übergeben"): no position on exchanging prisoners; captives named beside them make it one (not in
# the name of an office, such as Kyiv's coordination staff for prisoners of war)
_BODIES = re.compile(r"\b(?:bodies|remains|Leichen|Leichname\w*|sterblichen Überreste|Gefallenen|"
                     r"Getöteten|Toten)\b", re.I)
_CAPTIVES = re.compile(r"\b(?:(?-i:prisoners|POWs?|captives|detainees)|(?:Kriegs)?[Gg]efangene\w*|"
                       r"Häftlinge)\b")
_CAPTIVES_OFFICE = re.compile(r"\b(?:Treatment of Prisoners of War|Behandlung von Kriegsgefangenen|"
                     r"Koordinierungsstab\w*(?: für| der)?(?: die)?(?: Behandlung)?(?: von)? \w+)", re.I)
# exchanges stopped ("has frozen the exchange of prisoners", "Austausche ausgesetzt"), unless resumed
_STOPPED = re.compile(r"\b(?:froze|frozen|freez\w*|suspend\w*|halted|halts|stopped|eingefroren|"
                      r"ausgesetzt|gestoppt|auf Eis)\b", re.I)
_RESUMED = re.compile(r"\b(?:resum\w*|restart\w*|wieder\s*aufgenommen)\b", re.I)
# the author's forecast ("Was wahrscheinlicher ist, ...", "most likely", "probably"): no deal made
_FORECAST = re.compile(r"\bwahrscheinlich\w*|\b(?:more|most) likely\b|\bprobably\b", re.I)
_FIRST = re.compile(r"(?<=[^\d\s][.!?])\s+|\n")  # (not after a list number: "6. Was ...")


def _no_deal_of_the_sides(span: str) -> bool:
    """Whether the sentences of a partial agreement tell no deal the sides made: only the dead
    returned, or (in its first sentence) exchanges stopped or the author's reading or forecast."""
    if _BODIES.search(span) and not _CAPTIVES.search(_CAPTIVES_OFFICE.sub(" ", span)):
        return True
    first = _FIRST.split(span.strip(), maxsplit=1)[0]
    if _STOPPED.search(first) and not _RESUMED.search(first):
        return True
    return bool(_FORECAST.search(first) or any(rx.search(first) for rx in patterns()["opinion"]))


def agreed_stances(events: list[NewsEvent], stances: list[Stance], published: str | None,
                   text: str | None = None) -> list[Stance]:
    """`stances` plus, for every partial agreement on prisoner exchanges or an energy pause, an
    `accept` of each party on that issue (the annotation rule: both sides agreeing to an exchange
    accept phased exchanges), unless the sentence already has that party's stance on it, or
    (given the article's `text`) it tells no deal of the sides (`_no_deal_of_the_sides`)."""
    have = {(s.start, s.actor, s.issue) for s in stances}
    out = list(stances)
    for e in events:
        if e.kind != "partial_agreement" or e.topic not in _AGREED:
            continue
        if text is not None and _no_deal_of_the_sides(text[e.start:e.end]):
            continue
        for party in e.parties:
            if (e.start, party, e.topic) in have:
                continue
            if e.topic == "ceasefire.energy" and party not in _STRIKING:
                continue  # a pause binds the sides that strike, not the one that brokered it
            have.add((e.start, party, e.topic))
            out.append(Stance(e.start, e.end, party, e.topic, "accept", _AGREED[e.topic],
                              date=e.date_start, cue=f"party to the agreement ({e.cue})"))
    return sorted(out, key=lambda s: s.start)


_PEOPLE_UNITS = ("prisoners", "soldiers", "bodies", "civilians", "people", "children")
_SWAPPED = ("prisoners", "soldiers")
"""Who is counted on each side of an exchange "N for N" (the same number, one figure of prisoners)."""
_SWAPPED_FOR = re.compile(r"\b(?:exchanged|swapped|traded|ausgetauscht|getauscht)\s+(?:for|gegen)\b|"
                          r"\b(?:in exchange for|in return for|im Austausch (?:für|gegen))\b", re.IGNORECASE)
_FOR_RIGHT_BEFORE = re.compile(r"\b(?:for|gegen)\s*$", re.IGNORECASE)
_EXCHANGE_WORD = re.compile(r"(?i)exchang|swap|austausch|getauscht|tausch")


def analyse(text: str, published: str | None = None, language: str | None = None,
            g: gz.Gazetteer | None = None) -> tuple[str, list[Mention], list[Figure], list[Sentence]]:
    """Language, mentions, figures and sentences (each with its mentions, dates and figures)."""
    g = g or gz.default()
    lang = language if language in ("de", "en") else detect_language(text)
    folded = break_runs(_FOLD(text))
    mentions = find_mentions(folded, g, published)
    mentions = mentions + titled_persons(folded, mentions)
    mentions = sorted(mentions + official_persons(folded, mentions), key=lambda m: (m.start, m.end))
    figures = [Figure(f.start, f.end, f.value, f.unit, f.hedge, f.per_side, text[f.start:f.end])
               for f in find_figures(folded, lang=lang)]
    header = _HEADER.match(folded)
    dated = folded if header is None else " " * header.end() + folded[header.end():]
    found = find_dates(dated, published)
    if found and (lines := dateline_spans(dated)):
        # a dateline's date is when the report was filed, not when what it tells happened: it
        # neither dates the sentence's events nor anchors "two days later"
        found = [d for d in found if not any(a <= d.start < b for a, b in lines)]
    dates = resolve_relative(found, dated, 0, published)
    sents = []
    dropped: set[int] = set()
    mi = fi = di = 0
    for a, b in sentences(dated, lang):
        s = Sentence(a, b, mask_inner_dots(folded[a:b]))
        while mi < len(mentions) and mentions[mi].start < b:
            if mentions[mi].start >= a:
                s.mentions.append(mentions[mi])
            mi += 1
        while fi < len(figures) and figures[fi].start < b:
            f = figures[fi]
            if f.start >= a:
                twin = next((t for t in s.figures if t.value == f.value and t.unit == f.unit), None)
                if twin is None and f.unit in _SWAPPED:
                    # "103 captive soldiers were exchanged for 103 prisoners of war", "150 Soldaten
                    # gegen 150 Kriegsgefangene": one figure of prisoners, for each side
                    twin = next((t for t in s.figures if t.value == f.value and t.unit in _SWAPPED
                                 and f.start - t.end <= 60 and (
                                     _SWAPPED_FOR.search(folded, t.end, f.start) is not None
                                     or (_FOR_RIGHT_BEFORE.search(folded, t.end, f.start) is not None
                                         and _EXCHANGE_WORD.search(s.text) is not None))), None)
                    if twin is not None:
                        twin.unit = "prisoners"
                if twin is None:
                    s.figures.append(f)
                else:
                    # one record per sentence that states the number: "100 Russian prisoners in
                    # exchange for 100 Ukrainian prisoners" is one figure, of each side when it
                    # counts people (the same number of people said twice is one for each side)
                    dropped.add(id(f))
                    if f.per_side or f.unit in _PEOPLE_UNITS:
                        twin.per_side = True
            fi += 1
        while di < len(dates) and dates[di].start < b:
            if dates[di].start >= a:
                s.dates.append(dates[di])
            di += 1
        sents.append(s)
    if dropped:
        figures = [f for f in figures if id(f) not in dropped]
    return lang, mentions, figures, sents


def extract(text: str, doc_id: str = "", published: str | None = None,
            language: str | None = None, g: gz.Gazetteer | None = None) -> Extraction:
    """All facts in `text` (see module docstring)."""
    forget()  # per-text caches of the cue prefilter hold this article's sentences only
    lang, mentions, figures, sents = analyse(text, published, language, g)
    from accord.news.events import find_events
    from accord.news.stance_holders import withdrawal_holder
    from accord.news.stances import find_stances

    events = find_events(sents, published, lang)
    stances = withdrawal_holder(find_stances(sents, published, lang), sents)
    stances = agreed_stances(events, stances, published, text)
    return Extraction(doc=doc_id, language=lang, published=published, mentions=mentions,
                      events=events, stances=stances, figures=figures)
