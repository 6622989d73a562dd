"""The literal prefilter of the cue patterns (`accord.news.prefilter`) changes the cost of a
search, never its result: every gated pattern of the event and stance rules and every cue list of
`patterns.yaml` gives the same match as the unfiltered pattern, on sentences written here, on
synthetic articles, on the seeds and the development split when `../shared` is there, and on
texts generated from each alternative of each pattern (hypothesis `from_regex`). Likewise the
gazetteer's names searched as a prefix tree (`gazetteer.trie_pattern`) match what their
alternation, longest first, matches."""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.news import (
    events,
    stance_clauses,
    stance_cues,
    stance_frames,
    stance_holders,
    stance_owners,
    stance_territory,
    stances,
)
from accord.news import gazetteer as gz
from accord.news.extract import Cue, mask_inner_dots, patterns, sentences
from accord.news.prefilter import (
    SAFE,
    Gated,
    alternatives,
    canon,
    focus,
    forget,
    present,
    required,
)
from accord.news.synthetic import corpus

SHARED = Path(__file__).resolve().parents[2] / "shared"

SENTENCES = [
    "Am Dienstag trafen sich Unterhändler beider Seiten in Genf zu neuen Gesprächen.",
    "Die Friedensverhandlungen wurden auf den 14. März verschoben.",
    "Moskau lehnt einen Beitritt der Ukraine zur Nato kategorisch ab, sagte Außenminister Lawrow.",
    "Kiew fordert den vollständigen Abzug aller russischen Truppen aus dem Donbass.",
    "Russland und die Ukraine haben jeweils 250 Gefangene ausgetauscht.",
    "Die Ukraine wirft Russland vor, die vereinbarte Energiepause gebrochen zu haben.",
    "Das Verteidigungsministerium in Moskau meldete, russische Truppen hätten das Dorf Beispielowka erobert.",
    "Kyjiw wies die Vorwürfe als Lüge zurück.",
    "Die Europäer sagten weitere Luftabwehrsysteme im Wert von zwei Milliarden Euro zu.",
    "Laut einer Umfrage unterstützen 61 Prozent der Befragten weitere Verhandlungen.",
    "Selenskyj erklärte sich bereit, die Gespräche in Istanbul fortzusetzen.",
    "Eine Waffenruhe komme nur in Frage, wenn der Westen die Waffenlieferungen einstelle.",
    "Die Krim bleibt für den Kreml eine rote Linie.",
    "Talks between the two delegations ended in Riyadh without a breakthrough.",
    "Ukraine accused Russia of violating the energy ceasefire on Tuesday.",
    "Moscow denied the allegations and said its forces had captured two villages near Pokrovsk.",
    "The United States proposed a 30-day truce, which Kyiv said it was willing to accept.",
    "President Trump spoke by phone with Vladimir Putin for two hours.",
    "Both sides agreed to exchange 1,000 prisoners each and to meet again in June.",
    "Russia insists that Ukraine must renounce its ambition to join NATO.",
    "Negotiators are due to meet in Abu Dhabi next week, officials said.",
    "KYIV (Reuters) - Ukraine's foreign minister said a neutral status was out of the question.",
    # case folding at the edges: a dotted capital I (lowercasing changes the length), a dotless
    # i and a long s, the Kelvin sign, a sharp S
    "İSTANBUL: Delegationen trafen ſich zu Geſprächen über die Nato-Mitgliedſchaft.",
    "Dıe Gespräche über eınen Waffenstıllstand wurden vertagt.",
    "Die STRAẞE nach Donezk bleibt unter russischer Kontrolle, 3 \u212aelvin kälter.",
    "",
    ".",
]


def _gated() -> Iterator[tuple[str, Gated]]:
    seen: set[int] = set()  # a pattern imported by another family module is tested once
    for module in (*(importlib.import_module(f"accord.news.events.{m}") for m in events.MODULES),
                   stances, stance_owners, stance_territory, stance_holders, stance_cues, stance_clauses,
                   stance_frames):
        for name, value in vars(module).items():
            if isinstance(value, Gated) and id(value) not in seen:
                seen.add(id(value))
                yield f"{module.__name__}.{name}", value
    for issue, rx in events.TOPICS:
        yield f"TOPICS {issue}", rx
    for rx, place in events.SEAT_PLACE:
        yield f"SEAT_PLACE {place}", rx


def _cues() -> Iterator[tuple[str, Cue]]:
    P = patterns()
    for iid, spec in P["issues"].items():
        for key in ("cues", "requires"):
            for cue in spec[key]:
                yield f"{iid} {key}", cue
        for option, cues in spec["options"].items():
            for cue in cues:
                yield f"{iid} option {option}", cue
    for key in ("any_issue", "red_line", "opinion", "speech"):
        for cue in P[key]:
            yield key, cue
    for polarity, cues in P["polarity"].items():
        for cue in cues:
            yield f"polarity {polarity}", cue


GATED = list(_gated())
CUES = list(_cues())
PARTS = [(name, g, k) for name, g in GATED + [(n + " (cue)", c.folded) for n, c in CUES]
         + [(n + " (cue, lowercased)", c.lower) for n, c in CUES if c.lower is not None]
         for k in range(len(g.parts))]


def _spans(found: Iterator[re.Match[str]] | list[re.Match[str]]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in found]


def _one(m: re.Match[str] | None) -> tuple[int, int, str, tuple[str | None, ...]] | None:
    return None if m is None else (m.start(), m.end(), m.group(0), m.groups())


def _assert_same(text: str, fresh: bool = True) -> None:
    if fresh:
        forget()
    for name, g in GATED:
        assert _one(g.search(text)) == _one(g.rx.search(text)), (name, text)
        assert _one(g.match(text)) == _one(g.rx.match(text)), (name, text)
        assert _one(g.fullmatch(text)) == _one(g.rx.fullmatch(text)), (name, text)
        assert _spans(g.finditer(text)) == _spans(g.rx.finditer(text)), (name, text)
        assert g.sub(lambda m: "<" + m.group(0) + ">", text) == g.rx.sub(
            lambda m: "<" + m.group(0) + ">", text), (name, text)
        assert _one(g.search(text, len(text) // 2)) == _one(g.rx.search(text, len(text) // 2))
    for name, cue in CUES:
        whole = re.compile(cue.pattern)  # every pattern of the list, unfiltered
        found = cue.search(text)
        # as before the prefilter: an all-case-insensitive list runs lowercased on the lowercased
        # text when that keeps the length (which does not fold a dotless ı or a long ſ)
        if cue.lower is not None and canon(text) is not None:
            expected = _one(cue.lower.rx.search(text.lower()))
        else:
            expected = _one(whole.search(text))
        assert _one(found) == expected, (name, text)
        assert _spans(cue.folded.finditer(text)) == _spans(whole.finditer(text)), (name, text)


def test_required_strings_of_patterns() -> None:
    assert required(r"(?:gespräch|verhandlung)\w*|\bmet\b") == {"gespräch", "verhandlung", "met"}
    assert required(r"[Ff]orderung\w* (?:des )?(?P<x>[A-ZÄÖÜ]\w+)") == {"forderung"}
    assert required(r"\bschl(?:ug|agen)\b[^.]{0,40}\bvor\b") == {"schl"}  # the longer of the two
    assert required(r"(?i)NATO-(?:Voll)?Mitgliedschaft") == {"mitgliedschaft"}
    assert required(r"(?:Abzug|Rückzug)\w* der Truppen") == {" der truppen"}
    assert required(r"(?:Kern)?Forderung") == {"forderung"}
    assert required(r"x{2,3}y?") == {"x"}
    for nothing in (r"\w+", r"(?:abc)?", r"[A-Z]\d", r"(?=abc)\w", r"a*"):
        assert required(nothing) is None, nothing


def test_alternatives_split_only_at_the_top_level() -> None:
    assert alternatives(r"(?i)a|b(?:c|d)|[|x]|\||e") == ("(?i)", ["a", "b(?:c|d)", "[|x]", r"\|", "e"])
    assert alternatives(r"[]|]|[^]|]|x") == ("", ["[]|]", "[^]|]", "x"])
    assert alternatives("abc") == ("", ["abc"])


def test_case_insensitive_matches_keep_their_required_character() -> None:
    """Every character that `re` matches case-insensitively to a character of a required string
    folds (`canon`) to that character, or lowercases to another length (then no filter)."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for ch in sorted(SAFE):
        for m in re.finditer("(?i)" + re.escape(ch), every):
            assert canon(m.group(0)) in (ch, None), (ch, m.group(0))
    assert canon("İ") is None and canon("ıſK") == "isk"


def test_own_sentences_match_as_unfiltered() -> None:
    for text in SENTENCES:
        _assert_same(text)
        _assert_same(mask_inner_dots(text))


def test_pieces_of_a_sentence_match_as_unfiltered() -> None:
    """Pieces of the sentence in focus take their strings from it (`present`)."""
    for text in [*SENTENCES, "Die ΣΟΦΊΑΣ-Gespräche in Kyjiw endeten, sagte ΟΔΟΣ Lawrow."]:
        forget()
        focus(text)
        assert present(text) is not None or canon(text) is None
        for a in range(0, len(text), 7):
            for b in range(a, len(text) + 1, 11):
                _assert_same(text[a:b], fresh=False)


def test_synthetic_sentences_match_as_unfiltered() -> None:
    seen: set[str] = set()
    for article in corpus(30, seed=3):
        for a, b in sentences(article, "de"):
            text = mask_inner_dots(article[a:b])
            if text not in seen:
                seen.add(text)
                _assert_same(text)


@pytest.mark.skipif(not (SHARED / "corpus" / "split.txt").is_file() or not (SHARED / "seeds").is_dir(),
                    reason="needs ../shared (seeds and the annotated development corpus)")
def test_seed_and_dev_sentences_match_as_unfiltered() -> None:
    split = dict(line.split()[:2] for line in (SHARED / "corpus" / "split.txt").read_text(
        encoding="utf-8").splitlines() if len(line.split()) >= 2 and not line.startswith("#"))
    files = sorted((SHARED / "seeds").glob("*.txt")) + sorted(
        SHARED / "corpus" / "articles" / f"{name}.txt" for name, part in split.items() if part == "dev")
    assert len(files) >= 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        for lang in ("de", "en"):
            for a, b in sentences(text, lang):
                _assert_same(mask_inner_dots(text[a:b]))


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_generated_matches_of_every_alternative_pass_the_filter(data: st.DataObject) -> None:
    """A text that contains a match of any alternative of any pattern contains one of that
    alternative's required strings, and the gated pattern finds what the whole pattern finds."""
    name, g, k = data.draw(st.sampled_from(PARTS))
    text = data.draw(st.from_regex(re.compile(g.head + g.parts[k], g.flags)))
    need, low = g.needs[k], canon(text)
    if need is not None and low is not None:
        assert any(s in low for s in need), (name, g.parts[k], text)
    forget()
    assert _one(g.search(text)) == _one(g.rx.search(text)), (name, text)
    assert _spans(g.finditer(text)) == _spans(g.rx.finditer(text)), (name, text)
    found = present(text)
    assert found is None or g.narrowed_by(found) is not None or g.rx.search(text) is None


NAME_BEFORE = r"(?:(?<![\w-])|(?<=\s-))"  # what the gazetteer pattern requires before a name


def _names_alternation(names: list[str]) -> re.Pattern[str]:
    ordered = sorted(set(names), key=lambda n: (-len(n), n))
    return re.compile(NAME_BEFORE + "(?:" + "|".join(re.escape(n) for n in ordered) + r")(?![\w])")


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_name_tree_matches_as_the_longest_first_alternation(data: st.DataObject) -> None:
    names = data.draw(st.lists(st.text(alphabet="abK -.", min_size=1, max_size=5), min_size=1,
                               max_size=12))
    # texts made of the names themselves and of the characters around them
    text = "".join(data.draw(st.lists(st.sampled_from([*names, "a", "K", " ", "-", " -", ".", "x"]),
                                      max_size=12)))
    tree = re.compile(NAME_BEFORE + gz.trie_pattern(names) + r"(?![\w])")
    assert _spans(tree.finditer(text)) == _spans(_names_alternation(names).finditer(text))


def test_the_gazetteer_pattern_matches_as_its_names_alternation() -> None:
    g = gz.default()
    plain = _names_alternation(list(g.surfaces))
    texts = SENTENCES + corpus(10, seed=4)
    if (SHARED / "seeds").is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    for text in texts:
        assert _spans(g.pattern.finditer(text)) == _spans(plain.finditer(text)), text
    assert gz.trie_pattern([]) == "(?!x)x"


def test_date_patterns_skipped_by_their_words_find_the_same_dates(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from accord.news import dates

    texts = [*SENTENCES, *corpus(5, seed=6), "Gestern, am 3. Okt. und am Monday, March 4th, "
             "zwei Tage später: Talks resumed Thursday; the day before, vergangene Woche."]
    if (SHARED / "seeds").is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    filtered = [dates.find_dates(t, "2025-06-01") for t in texts]
    monkeypatch.setattr(dates, "_NEEDS", [None] * len(dates.PATTERNS))
    assert [dates.find_dates(t, "2025-06-01") for t in texts] == filtered
    assert any(filtered)


def test_number_words_as_a_prefix_tree_match_like_their_alternation() -> None:
    """The number-word regex is built as a prefix tree for speed; it must find exactly what the
    longest-first alternation of the same words finds."""
    import random

    from accord.news import numbers

    words = sorted(numbers.WORDS, key=len, reverse=True)
    old = re.compile(r"(?<![\w])(?P<w>" + "|".join(words) + r")(?![\w])", re.IGNORECASE)
    new = re.compile(r"(?<![\w])(?P<w>" + numbers._trie(numbers.WORDS) + r")(?![\w])", re.IGNORECASE)
    rng = random.Random(5)
    text = " ".join(rng.choice(words) + rng.choice(["", "s", "-", " ", "und", "e", "-two"])
                    for _ in range(3000)) + " Zweihundert Leute, twenty-One, DREIUNDZWANZIG"
    got = [(m.span(), m.group("w")) for m in new.finditer(text)]
    assert got == [(m.span(), m.group("w")) for m in old.finditer(text)]
    assert len(got) > 1000
