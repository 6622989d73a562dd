"""Literal prefilters for cue patterns: a regular expression is only run on a sentence that
contains a literal piece of text every match of it must contain.

Python's `re` tries every alternative of a pattern at every position of the text, so a long
list of cue alternatives costs time in proportion to the list on every sentence, although
almost all of them cannot match it. `required(pattern)` reads the pattern's parse tree and
derives a set of lowercase strings such that any text the pattern matches contains at least one
of them (for `verhandl\\w*|\\bmet\\b` that is {"verhandl", "met"}; None when no such set is
known, e.g. for `\\w+`). `Gated` wraps a pattern split into its top-level alternatives: on a
text it keeps the alternatives whose required strings occur in it and searches only those, as
one compiled alternation in the original order. An alternative dropped this way cannot match
anywhere in the text, so the result (position, matched text, which alternative won) is the
match of the whole pattern: the filter changes the cost, never a result.

Case: the required strings are lowercased, and they are looked up in the lowercased text with
the two letters that match an ASCII letter case-insensitively without lowercasing to it (dotless
ı, long ſ) folded to i and s. A text whose lowercasing changes its length (a dotted İ) is
searched without the filter. Only letters, digits and a few punctuation marks whose case
behaviour this covers enter a required string (`SAFE`); any other character ends one.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from accord.news.normalise import Replacer

# the parser of `re` and its node names (Python 3.11+; not typed, not public)
_p: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

SAFE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789äöüßéèáàíóúçñ -'\".,:;/()&")
"""Characters that may enter a required string (lowercase; see the module docstring)."""
_FOLD_CASES = Replacer({"ı": "i", "ſ": "s"})
_REPEATS = tuple(getattr(_c, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_c, name))
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)


def canon(text: str) -> str | None:
    """`text` lowercased with ı and ſ folded, the form required strings are looked up in; None
    when the lowercasing changes the length (then no filter applies)."""
    low = text.lower()
    if len(low) != len(text):
        return None
    return _FOLD_CASES(low)


# Every required string of every `Gated` pattern, so that the strings a text contains are found
# once per text for all patterns (`present`), word by word: a string of letters and digits alone
# ("verhandl") occurs in a text exactly when it occurs in one of the text's runs of such
# characters (its words), so the strings in each word are looked up once and kept (`Lookup`: a
# news text is mostly words seen before). A string with other characters too ("bis zu", "u.s.")
# can occur only where its longest run of letters and digits (its key, "bis") occurs in a word:
# the words give it as a candidate, and it is looked up in the text itself; a string of none
# (" ", ",") is always looked up in the text.
_STRINGS: set[str] = set()
_SHORT: list[str] = []  # strings of fewer than three characters
_STALE = False
"""New strings were registered since the tables below were built (rebuilt on the next lookup)."""
RUN_CHARS = "".join(sorted(c for c in SAFE if c.isalnum()))
"""The characters of words (`_RUN`): letters and digits of `SAFE`."""
_RUN = re.compile("[" + re.escape(RUN_CHARS) + "]+")
_LONG_RUN = 64
"""A word longer than this has its pieces looked up one by one (and is not kept)."""


class Lookup:
    """Which strings of a fixed collection (of `SAFE` characters) occur in a text, found word by
    word (see above). Each piece of a word to look for (`targets`) gives the strings its
    presence tells of: itself when it is one of them, all letters and digits, and the strings
    of other characters that it is the key of (`unsure`: looked up in the text); the strings
    without a letter or digit (`no_run`) are looked up in every text."""

    def __init__(self, strings: Iterable[str]):
        targets: dict[str, set[str]] = {}
        unsure: set[str] = set()
        no_run: list[str] = []
        for s in sorted(set(strings)):
            runs = _RUN.findall(s)
            if runs == [s]:
                targets.setdefault(s, set()).add(s)
            elif runs:
                key = max(runs, key=len)  # (the first of the longest: the fewest words have it)
                targets.setdefault(key, set()).add(s)
                unsure.add(s)
            else:
                no_run.append(s)
        self.targets = {t: frozenset(v) for t, v in targets.items()}
        self.target_set = frozenset(self.targets)
        self.longest = max(map(len, self.targets), default=0)
        self.unsure, self.no_run = frozenset(unsure), tuple(no_run)
        self.runs = _Runs(self)

    def in_run(self, word: str) -> frozenset[str]:
        """The strings that the pieces of `word` (a run of `RUN_CHARS`) give."""
        n = len(word)
        if n > _LONG_RUN:
            hits: Any = [t for t in self.targets if t in word]
        else:
            hits = self.target_set.intersection({word[i:j] for i in range(n)
                                                 for j in range(i + 1, min(n, i + self.longest) + 1)})
        return frozenset().union(*map(self.targets.__getitem__, hits))

    def found(self, low: str) -> set[str]:
        """The strings that occur in `low` (a text in its `canon` form)."""
        found: set[str] = set().union(*map(self.runs.__getitem__, _RUN.findall(low)))
        unsure = found.intersection(self.unsure)
        if unsure:
            found.difference_update(unsure)
            found.update(filter(low.__contains__, unsure))
        found.update(filter(low.__contains__, self.no_run))
        return found


class _Runs(dict[str, frozenset[str]]):
    """`Lookup.in_run` of each word looked up, kept (bounded) across texts and articles: the
    strings a word contains do not depend on the text it is in."""

    def __init__(self, lookup: Lookup):
        super().__init__()
        self.lookup = lookup

    def __missing__(self, word: str) -> frozenset[str]:
        found = self.lookup.in_run(word)
        if len(word) <= _LONG_RUN:
            if len(self) >= 100_000:
                self.clear()  # bounded: any word can be looked up again
            self[word] = found
        return found


_LOOKUP = Lookup(())
"""The registered strings (rebuilt when strings are registered)."""


def _register(strings: set[str]) -> None:
    global _STALE
    new = False
    for s in sorted(strings):
        if len(s) < 3:
            if s not in _SHORT:
                _SHORT.append(s)
                new = True
        elif s not in _STRINGS:
            _STRINGS.add(s)
            new = True
    if new:
        _STALE = True
        forget()


def _index() -> None:
    """Build `_LOOKUP` from `_STRINGS` and `_SHORT`."""
    global _LOOKUP, _STALE
    _LOOKUP = Lookup(_STRINGS.union(_SHORT))
    _STALE = False


_PARENT: list[tuple[str, frozenset[str]]] = []
"""The text in focus with its strings (one at most): the sentence the rules work on, whose
pieces (a clause, the words before a name) they search next (`focus`)."""
_FOUND: dict[str, frozenset[str] | None] = {}
_UNSEEN: Any = object()
"""`present` of the texts of the current article."""


def present(text: str) -> frozenset[str] | None:
    """The registered required strings that occur in `text` (in its `canon` form; None when
    lowercasing changes its length). The strings in each of the text's words are kept per word
    (see `Lookup`); for a piece of the text in focus only the strings of that text are looked
    up. Cached: the searches of one sentence ask for the same text often."""
    try:
        return _FOUND[text]
    except KeyError:
        pass
    low = canon(text)
    result: frozenset[str] | None = None
    if low is None:
        pass
    elif _PARENT and len(text) < len(_PARENT[0][0]) and text in _PARENT[0][0]:
        # a string in (the canon form of) a piece is in that of the whole: the lowercasing is
        # one character for one, and contextual forms (a final sigma) are no required character
        result = frozenset(filter(low.__contains__, _PARENT[0][1]))
    else:
        if _STALE:
            _index()
        result = frozenset(_LOOKUP.found(low))
    if result is not None:
        result = _interned(result)
    if len(_FOUND) >= 4096:
        _FOUND.clear()  # bounded: any text can be looked up again
    _FOUND[text] = result
    return result


_SETS: dict[frozenset[str], frozenset[str]] = {}


def _interned(found: frozenset[str]) -> frozenset[str]:
    """One object for equal sets: the patterns' caches (`Gated._by_found`) are looked up by the
    set, and a lookup by the very object a key was stored with skips comparing the sets."""
    try:
        return _SETS[found]
    except KeyError:
        pass
    if len(_SETS) >= 4096:
        _SETS.clear()  # bounded: an equal set is only looked up the slower way
    _SETS[found] = found
    return found


def focus(text: str) -> None:
    """Make `text` (a sentence) the text whose pieces take their strings from it (`present`);
    the rules call it before they work on a sentence. Changes no result, only the cost."""
    found = present(text)
    _PARENT[:] = [] if found is None else [(text, found)]


def lowered(text: str) -> str:
    """`text.lower()`, kept for the texts of the current article (the cue lists search the
    lowercased sentence, each list on its own)."""
    try:
        return _LOWER[text]
    except KeyError:
        pass
    if len(_LOWER) >= 4096:
        _LOWER.clear()  # bounded: any text can be lowercased again
    low = _LOWER[text] = text.lower()
    return low


_LOWER: dict[str, str] = {}


def forget() -> None:
    """Drop the per-text caches of `present` and `lowered`: extraction calls it for every
    article, so a text repeated across articles is not served from the cache (the cost per
    article is what a new article costs)."""
    _FOUND.clear()
    _PARENT.clear()
    _LOWER.clear()


def _char(code: int) -> str | None:
    ch = chr(code).lower()
    return ch if len(ch) == 1 and ch in SAFE else None


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two sets: the longer shortest string, then the fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    ka = (min(map(len, a)), -len(a))
    kb = (min(map(len, b)), -len(b))
    return b if kb > ka else a


def _required(items: Any) -> frozenset[str] | None:
    """The required set of a parsed sequence (a `SubPattern` or a list of its items)."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def flush() -> None:
        nonlocal best
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            ch = _char(av)
            if ch is None:
                flush()
            else:
                run.append(ch)
        elif op is _c.IN:
            # a class of literals that lowercase to one character ("[Ff]") is that character
            chars = {_char(v) for o, v in av} if all(o is _c.LITERAL for o, _ in av) else {None}
            only = next(iter(chars)) if len(chars) == 1 else None
            if only is not None:
                run.append(only)
            else:
                flush()
        elif op is _c.AT:
            continue  # a zero-width position (\b, ^, $): the literals around it are adjacent
        elif op is _c.SUBPATTERN:
            flush()
            best = _better(best, _required(av[-1]))
        elif op is _c.BRANCH:
            flush()
            parts = [_required(b) for b in av[1]]
            known = [x for x in parts if x is not None]
            if len(known) == len(parts):
                best = _better(best, frozenset().union(*known))
        elif op in _REPEATS:
            flush()
            if av[0] >= 1:
                best = _better(best, _required(av[2]))
        elif _ATOMIC is not None and op is _ATOMIC:
            flush()
            best = _better(best, _required(av))
        else:  # any character, a negated class, a lookaround, a back reference: no literal
            flush()
    flush()
    return best


def required(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lowercase strings at least one of which occurs (case-folded as `canon` does) in every
    text that `pattern` matches; None when no such set is found."""
    return _required(_p.parse(pattern, flags))


def fewest(need: frozenset[str] | None) -> frozenset[str] | None:
    """`need` (a `required` set) without the strings that contain another of its strings (a
    text holding "experte" holds "expert"): the same texts contain one of them."""
    if need is None:
        return None
    return frozenset(s for s in need if not any(t != s and t in s for t in need))


def may_contain(need: frozenset[str] | None, text: str) -> bool:
    """False when `text` contains none of the strings `need` (a `required` set, or `fewest` of
    one: then no match of its pattern is in `text`); True when it may, or when no set is known
    (None) or lowercasing changes the length of `text` (`canon`). For a pattern searched once in
    a whole article, where the per-word lookups of `present` cost more than a scan per string."""
    if need is None:
        return True
    low = canon(text)
    return low is None or any(s in low for s in need)


def required_each(pattern: str, flags: int = 0) -> list[frozenset[str]]:
    """Sets of lowercase strings each of which `required` says of a part that every match of
    `pattern` contains (each top-level item of the pattern on its own; the sets of fewest
    strings, the quickest to look up, first): a text that lacks all strings of any one set has
    no match."""
    parts: list[list[Any]] = []
    for item in _p.parse(pattern, flags):
        # consecutive literals (and positions between them) form one part: one string
        if parts and item[0] in (_c.LITERAL, _c.AT) and parts[-1][-1][0] in (_c.LITERAL, _c.AT):
            parts[-1].append(item)
        else:
            parts.append([item])
    sets = {need for part in parts if (need := _required(part)) is not None}
    return sorted(sets, key=lambda need: (len(need), sorted(need)))


_DIGITS = getattr(_c, "CATEGORY_DIGIT", None)


_LOOKAROUNDS = (_c.ASSERT, _c.ASSERT_NOT)


def _zero_width(op: Any, av: Any) -> bool:
    """Whether the parsed item consumes no character in any match: a position (`\\b`, `^`), a
    lookaround, or a group, repeat or alternation of nothing else."""
    if op is _c.AT or op in _LOOKAROUNDS:
        return True
    if op is _c.SUBPATTERN:
        return all(_zero_width(o, a) for o, a in av[-1])
    if op is _c.BRANCH:
        return all(_zero_width(o, a) for branch in av[1] for o, a in branch)
    if op in _REPEATS:
        return all(_zero_width(o, a) for o, a in av[2])
    return False


def _leading(items: Any, i: int = 0) -> tuple[frozenset[str], bool] | None:
    """What every match of the parsed sequence `items[i:]` starts with: one of the strings
    (lowercase, as `canon` gives the text) or, with the flag, a decimal digit; None when not
    known, or when the sequence may match the empty string."""
    while i < len(items) and _zero_width(*items[i]):
        i += 1  # a zero-width item (\\b, ^, a lookaround): the match starts where the next one does
    if i == len(items):
        return None
    op, av = items[i]
    if op is _c.LITERAL:
        run: list[str] = []
        while i < len(items) and items[i][0] is _c.LITERAL and (ch := _char(items[i][1])) is not None:
            run.append(ch)
            i += 1
        return (frozenset({"".join(run)}), False) if run else None
    if op is _c.IN:
        if len(av) == 1 and av[0][0] is _c.CATEGORY and av[0][1] is _DIGITS:
            return frozenset(), True
        chars = {_char(v) if o is _c.LITERAL else None for o, v in av}
        return None if None in chars else (frozenset(c for c in chars if c is not None), False)
    if op is _c.SUBPATTERN:
        return _leading(list(av[-1]))
    if op is _c.BRANCH:
        parts = [_leading(list(b)) for b in av[1]]
        known = [p for p in parts if p is not None]
        if len(known) < len(parts):
            return None
        return frozenset().union(*(p[0] for p in known)), any(p[1] for p in known)
    if op in _REPEATS:
        inner = _leading(list(av[2]))
        if inner is None or av[0] >= 1:
            return inner
        rest = _leading(items, i + 1)  # the repeat may be skipped: the rest may come first
        return None if rest is None else (inner[0] | rest[0], inner[1] or rest[1])
    return None  # any character, a class, a lookaround, a back reference: not known


def leading(pattern: str, flags: int = 0) -> tuple[frozenset[str], bool] | None:
    """What every match of `pattern` starts with: one of a set of lowercase strings (found in
    the `canon` form of the text where a match starts) or, when the flag is set, a decimal
    digit; None when not known or when the pattern can match the empty string."""
    parsed = _p.parse(pattern, flags)
    if parsed.getwidth()[0] == 0:
        return None
    return _leading(list(parsed))


def alternatives(pattern: str) -> tuple[str, list[str]]:
    """The global flags a pattern starts with (`(?i)`, or "") and its top-level alternatives
    (split at `|` outside groups and classes)."""
    head = ""
    m = re.match(r"\(\?[aiLmsux]+\)", pattern)
    if m:
        head, pattern = m.group(0), pattern[m.end():]
    parts: list[str] = []
    start = 0
    for i, ch, depth in _structure(pattern, 0):
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return head, parts


_FIXED_LEAD = re.compile(r"(?:\\[bB]|[\w ,'\"-])*")
"""Pattern text that matches in one way only, if at all: literal letters, digits and a few
punctuation marks, `\\b`, `\\B` (no class, group, repeat or alternation)."""


def _structure(pattern: str, i: int) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) for each character of `pattern` from `i` that is
    neither escaped nor inside a character class (the class brackets themselves are skipped
    too): the characters that can open or close a group or separate alternatives."""
    depth, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":
                i += 1  # a literal "]" first in a class
        else:
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def _group_end(pattern: str, i: int) -> int:
    """The index of the `)` closing the group that opens at `pattern[i]` (-1 if none)."""
    for j, ch, depth in _structure(pattern, i):
        if ch == ")" and depth == 0:
            return j
    return -1


def distribute(part: str, depth: int = 0) -> list[str]:
    """`part` (one alternative, no capturing group) as alternatives of its own when it is a
    fixed lead, then a group of alternatives that is not repeated, then the rest:
    `\\b(?:a|b)x` -> [`\\b(?:a)x`, `\\b(?:b)x`] (also inside a group that is the whole lead
    and rest, e.g. `(?i:\\b(?:a|b)x)`). The alternation of the result tries at each position
    the same sequence as the original (the lead matches in one way only, so the first branch
    that lets the rest match wins in both): the same matches. Split this way, a prefilter can
    drop the branches whose words a text does not contain."""
    lead = _FIXED_LEAD.match(part)
    i = lead.end() if lead is not None else 0
    if depth > 3 or not part.startswith("(", i) or part.startswith(("(?=", "(?!", "(?<", "(?P", "(?#"), i):
        return [part]
    m = re.match(r"\((?:\?[aiLmsux-]*:)?", part[i:])
    opener = m.group(0) if m is not None else "("
    if opener == "(":
        return [part]  # a capturing group (none are expected here)
    end = _group_end(part, i)
    if end < 0 or part[end + 1:end + 2] in ("*", "+", "?", "{"):
        return [part]
    inner = part[i + len(opener):end]
    branches = alternatives(inner)[1] if not re.match(r"\(\?[aiLmsux]+\)", inner) else [inner]
    rest = part[end + 1:]
    if len(branches) == 1:
        if i == 0 and not rest:  # the whole part is one group: split inside it
            return [opener + b + ")" for b in distribute(inner, depth + 1)]
        return [part]
    return [part[:i] + opener + b + ")" + rest for b in branches]


class Gated:
    """A compiled pattern searched only through the alternatives a text can match (see the
    module docstring). Same results as `re.compile(pattern, flags)` for `search`, `match`,
    `fullmatch`, `finditer` and `sub`; a pattern with capturing groups is not split (its group numbers
    must stay), only skipped on a text that contains none of its required strings."""

    def __init__(self, pattern: str, flags: int = 0):
        self.rx = re.compile(pattern, flags)
        self.pattern = pattern
        self.flags = flags
        self.head, parts = alternatives(pattern) if self.rx.groups == 0 else ("", [pattern])
        if self.rx.groups == 0:
            parts = [d for p in parts for d in distribute(p)]
        self.parts = parts
        self.needs = [required(self.head + p, flags) for p in parts]
        # the alternatives each required string admits, and the alternatives always tried
        self._admits: dict[str, list[int]] = {}
        for k, need in enumerate(self.needs):
            for s in sorted(need or ()):
                self._admits.setdefault(s, []).append(k)
        self._strings = frozenset(self._admits)
        self._always = frozenset(k for k, need in enumerate(self.needs) if need is None)
        _register(set(self._strings))
        self._narrowed: dict[frozenset[str], re.Pattern[str] | None] = {}
        self._by_found: dict[frozenset[str], re.Pattern[str] | None] = {}
        # the text last searched and its narrowed pattern: the rules search the same text with
        # the same pattern again and again (a sentence, the words before a name), and the
        # narrowed pattern depends on the text alone (its strings among this pattern's own)
        self._text: str | None = None
        self._text_rx: re.Pattern[str] | None = None

    def narrowed(self, text: str) -> re.Pattern[str] | None:
        """The pattern restricted to the alternatives `text` can match; None when it can match
        none of them. (`narrowed_by(present(text))` with the caches looked up here first: the
        rules search the same sentence with hundreds of patterns, so the lookups are most of
        the cost. The text last narrowed is kept with its pattern; `search`, `match` and
        `finditer` do the same lookups inline.)"""
        if text is self._text:
            return self._text_rx
        found = _FOUND.get(text, _UNSEEN)
        if found is _UNSEEN:
            found = present(text)
        rx = self.rx if found is None else self._by_found.get(found, _UNSEEN)
        if rx is _UNSEEN:
            rx = self.narrowed_by(found)
        self._text, self._text_rx = text, rx
        return rx

    def narrowed_by(self, found: frozenset[str] | None) -> re.Pattern[str] | None:
        """`narrowed` given the required strings the text contains (`present`; None: unknown,
        the whole pattern)."""
        if found is None:
            return self.rx
        # the same strings (one sentence searched many times) give the same pattern: looked up
        # by the set itself, whose hash Python keeps, before intersecting
        try:
            return self._by_found[found]
        except KeyError:
            pass
        hits = self._strings.intersection(found)
        narrowed = self._narrowed.get(hits, _UNSEEN)
        rx: re.Pattern[str] | None = self._narrow(hits) if narrowed is _UNSEEN else narrowed
        if len(self._by_found) > 4096:
            self._by_found.clear()  # bounded: any set can be narrowed again
        self._by_found[found] = rx
        return rx

    def _narrow(self, hits: frozenset[str]) -> re.Pattern[str] | None:
        """The pattern of the alternatives that `hits` (required strings present) admit."""
        keep = sorted(self._always.union(*(self._admits[s] for s in hits)))
        rx: re.Pattern[str] | None = None
        if len(keep) == len(self.parts):
            rx = self.rx
        elif keep:
            rx = re.compile(self.head + "|".join(f"(?:{self.parts[k]})" for k in keep), self.flags)
        if len(self._narrowed) > 4096:
            self._narrowed.clear()  # bounded: any subset can be compiled again
        self._narrowed[hits] = rx
        return rx

    # `search`, `match` and `finditer` are `narrowed` inlined (the same lookups, without a
    # second call: they are called some three thousand times per article)
    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if text is self._text:
            rx = self._text_rx
        else:
            found = _FOUND.get(text, _UNSEEN)
            if found is _UNSEEN:
                found = present(text)
            rx = self.rx if found is None else self._by_found.get(found, _UNSEEN)
            if rx is _UNSEEN:
                rx = self.narrowed_by(found)
            self._text, self._text_rx = text, rx
        return None if rx is None else rx.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if text is self._text:
            rx = self._text_rx
        else:
            found = _FOUND.get(text, _UNSEEN)
            if found is _UNSEEN:
                found = present(text)
            rx = self.rx if found is None else self._by_found.get(found, _UNSEEN)
            if rx is _UNSEEN:
                rx = self.narrowed_by(found)
            self._text, self._text_rx = text, rx
        return None if rx is None else rx.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        rx = self.narrowed(text)
        return None if rx is None else rx.fullmatch(text, pos, endpos)

    # The rest of a compiled pattern's interface, from the unfiltered pattern. (Written out, not
    # a `__getattr__`: a class with `__getattr__` has every attribute of its instances looked up
    # the slow way, also `self._text` and `search` in the calls above.)
    @property
    def groups(self) -> int:
        return self.rx.groups

    @property
    def groupindex(self) -> Any:
        return self.rx.groupindex

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.rx.findall(text, pos, endpos)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return self.rx.split(text, maxsplit)

    def subn(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> tuple[str, int]:
        return self.rx.subn(repl, text, count)

    def scanner(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        rx: Any = self.rx  # (`scanner` is not in the typeshed stubs)
        return rx.scanner(text, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        rx = self.narrowed(text)
        return text if rx is None else rx.sub(repl, text, count)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if text is self._text:
            rx = self._text_rx
        else:
            found = _FOUND.get(text, _UNSEEN)
            if found is _UNSEEN:
                found = present(text)
            rx = self.rx if found is None else self._by_found.get(found, _UNSEEN)
            if rx is _UNSEEN:
                rx = self.narrowed_by(found)
            self._text, self._text_rx = text, rx
        return iter(()) if rx is None else rx.finditer(text, pos, endpos)


def gate_patterns(namespace: dict[str, Any]) -> None:
    """Replace every compiled pattern among a module's globals (`namespace`), also inside its
    lists and tuples of them (`[("issue", pattern), ...]`), by a `Gated` one. A rule module
    calls it on its last line: its patterns are written as `re.compile(...)` and searched
    through the prefilter."""

    def swap(value: Any) -> Any:
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            return Gated(value.pattern, value.flags)
        if isinstance(value, tuple):
            return tuple(swap(v) for v in value)
        if isinstance(value, list):
            value[:] = [swap(v) for v in value]
        return value

    for name, value in list(namespace.items()):
        if not name.startswith("__") and isinstance(value, re.Pattern | tuple | list):
            namespace[name] = swap(value)


def gated(pattern: str, flags: int = 0) -> Gated:
    """`Gated(pattern, flags)`: a drop-in for `re.compile` on cue patterns."""
    return Gated(pattern, flags)
