"""Lemmas for cue lexicons: cues are written as lemmas (`vereinbaren`, `Gefangener`, `agree`),
so every inflected, past, participle or plural form of a word matches without listing it.

simplemma (Barbaresi 2023: dictionary lookups, no model download) lemmatises German and English;
results are cached per word, so an article costs one dictionary lookup per distinct word.
"""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str = "de") -> str:
    """The lowercased lemma of `word` in `lang` (`de` or `en`); the word itself lowercased when
    the dictionary does not know it. Very long tokens are not looked up (bounded work)."""
    if len(word) > 60:
        return word.lower()
    import simplemma

    return str(simplemma.lemmatize(word, lang=lang)).lower()


def lemmas(text: str, lang: str = "de") -> list[tuple[int, int, str]]:
    """(start, end, lemma) of every word of `text`."""
    return [(m.start(), m.end(), lemma(m.group(0), lang)) for m in WORD.finditer(text)]
