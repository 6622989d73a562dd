"""Bounded work per token and per sentence, whatever the article holds.

spaCy's tokenizer strips prefixes and suffixes one character at a time, re-scanning the rest of
the token each time, and several cue patterns (`\\w+ zufolge`, a title noun after `[\\w-]*-`)
backtrack over a whole word: both cost time growing with the square of the longest run of
characters without a space. A real article's longest run is a URL of a few hundred characters;
a hostile or broken one (20,000 commas, a 100,000-letter "word", a base64 blob) stalled ingest
for minutes. Likewise one sentence of 100,000 characters costs every per-sentence rule time in
proportion to its length times its mentions.

So extraction reads runs longer than `MAX_RUN` in pieces of `MAX_RUN` characters (a space
takes the place of every `MAX_RUN + 1`-th character in the copy that is tokenized and matched;
lengths and offsets are unchanged, evidence spans still point into the original text), and
splits sentences longer than `MAX_SENTENCE` characters at a space. Ingest names each such
article, with the offset of the first long run or sentence, in a warning.
"""

from __future__ import annotations

import re

MAX_RUN = 100
"""Longest run of characters without whitespace read as one piece (words and most URLs fit)."""
MAX_SENTENCE = 2_000
"""Longest sentence read as one (German legal prose rarely passes 600 characters)."""

_LONG_RUN = re.compile(r"\S{" + str(MAX_RUN + 1) + ",}")
_UNENDED = re.compile(r"[^.!?\s][^.!?\n]*")


def _longest_run(text: str) -> int:
    """The length of the longest run of non-space characters in `text` (0 if none): more than
    `MAX_RUN` exactly when `_LONG_RUN.search(text)` finds one. (`str.split` splits at the
    characters `\\s` matches; one pass costs a small part of the pattern, which is tried at every
    position, about 0.2 ms for an article of 3,000 characters.)"""
    return max(map(len, text.split()), default=0)


def break_runs(text: str) -> str:
    """`text` with every run of more than `MAX_RUN` non-space characters broken into pieces of
    `MAX_RUN` by a space in place of the character after each piece (same length)."""
    if len(text) <= MAX_RUN or _longest_run(text) <= MAX_RUN:
        return text

    def cut(m: re.Match[str]) -> str:
        chars = list(m.group(0))
        for i in range(MAX_RUN, len(chars), MAX_RUN + 1):
            chars[i] = " "
        return "".join(chars)

    return _LONG_RUN.sub(cut, text)


def split_long(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """The span `[start, end)` of `text` cut into pieces of at most `MAX_SENTENCE` characters,
    each ending at the last space before the limit (or at the limit when there is none)."""
    out: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = text.rfind(" ", start + 1, limit)
        if cut <= start:
            cut = limit
        out.append((start, cut))
        start = cut
        while start < end and text[start] == " ":
            start += 1
    if start < end:
        out.append((start, end))
    return out


def long_stretches(text: str) -> str | None:
    """What a warning says about `text` when extraction will read it in pieces: the offset and
    length of the first run of more than `MAX_RUN` non-space characters, or of the first line
    longer than `MAX_SENTENCE` without a sentence end; None for ordinary text."""
    m = _LONG_RUN.search(text) if _longest_run(text) > MAX_RUN else None
    if m is not None:
        more = sum(1 for _ in _LONG_RUN.finditer(text, m.end()))
        also = f" (and {more} more)" if more else ""
        return (f"offset {m.start():,}: a run of {len(m.group(0)):,} characters without a space"
                f"{also}; extraction reads it in pieces of {MAX_RUN} characters")
    for gap in _UNENDED.finditer(text):
        if len(gap.group(0).rstrip()) > MAX_SENTENCE:
            return (f"offset {gap.start():,}: {len(gap.group(0).rstrip()):,} characters without a "
                    f"sentence end; extraction reads them in sentences of at most "
                    f"{MAX_SENTENCE:,} characters")
    return None
