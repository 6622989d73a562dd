"""Text normalisation for news articles: decoding with encoding detection, Unicode NFC,
typographic quotes and dashes to a small canonical set, whitespace, and the publication-date
header line (`` date 2025-05 ...``) that some article dumps carry.

Character offsets of every extracted fact refer to the *normalised* text, which is what the store
keeps, so evidence spans stay valid for `accord evidence`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


class Replacer:
    """`str.translate(table)` for a table of characters to strings, as a chain of
    `str.replace`, each run only when its character occurs: CPython translates a non-ASCII
    text through a dictionary lookup per character (about 0.3 ms for 3,000 characters), while
    searching for a character that is absent costs microseconds. The result is the same as
    the simultaneous translation because no replacement contains a character that the table
    changes (checked here)."""

    def __init__(self, table: dict[str, str]):
        for ch, to in table.items():
            if len(ch) != 1 or any(table.get(c, c) != c for c in to):
                raise ValueError(f"{ch!r} -> {to!r}: not a character, or replaced by one the "
                                 "table replaces too (use str.translate)")
        self.pairs = tuple((ch, to) for ch, to in table.items() if ch != to)

    def __call__(self, text: str) -> str:
        for ch, to in self.pairs:
            if ch in text:
                text = text.replace(ch, to)
        return text

# Quote marks and dashes seen in German, Swiss and English news. Guillemets and low-9 quotes
# become straight double quotes so that one pattern covers «...», „...“ and "...".
_TRANSLATE = Replacer({
    "\u201e": '"', "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"', "\u201f": '"',
    "\u2033": '"', "\u201a": "'", "\u2018": "'", "\u2019": "'", "\u2039": "'", "\u203a": "'",
    "\u2032": "'", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "–", "\u2014": "–",
    "\u2212": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200b": "",
    "\ufeff": "", "\u00ad": "",
})
_SPACES = re.compile(r"[ \t\f\v]+")
_LINES = re.compile(r"\n{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def normalise_text(text: str) -> str:
    """NFC, canonical quotes/dashes, no control characters, single spaces, at most one blank line
    between paragraphs, no leading or trailing whitespace."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", _TRANSLATE(text))
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _LINES.sub("\n\n", text).strip()


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can detect; `fix` says what to do."""

    def __init__(self, message: str,
                 fix: str = "pass only article files; convert PDFs or documents to text",
                 line: int | None = None) -> None:
        super().__init__(message)
        self.fix, self.line = fix, line


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name of `data`: UTF-8 (with or without BOM) first, then detection by
    charset-normalizer. Raises DecodeError for binary data or undecodable bytes."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DecodeError("binary data (NUL bytes)")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(data):
            # Mostly UTF-8 with broken bytes: guessing another encoding would garble the valid
            # part, so refuse and say where.
            # the fix is the file's, not "convert PDFs or documents to text" as for binary data
            raise DecodeError(f"invalid UTF-8 at byte {exc.start} "
                              f"({data[exc.start:exc.start + 4]!r}) in text that is otherwise UTF-8",
                              "repair or delete the bytes there, or re-save the file as UTF-8 "
                              "(iconv -f utf-8 -t utf-8 -c drops them)",
                              data[:exc.start].count(b"\n") + 1) from None
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("bytes that are not text in any known encoding")
    text = str(best)
    # A detector will always find *some* single-byte encoding; refuse results full of
    # control characters, which mean the input was not text after all.
    if sum(1 for c in text[:20000] if unicodedata.category(c) == "Cc" and c not in "\n\r\t") > 10:
        raise DecodeError("binary data (control characters)")
    return text, best.encoding


@dataclass(frozen=True)
class Header:
    """A publication date taken from a header line, and the text with that line removed."""

    published: str | None
    basis: str | None
    text: str


# ` date 2025-05 ...` or `date: 2025-12-03` at the very start of the article.
HEADER = re.compile(r"^\s*(?:date|datum|published|veröffentlicht)\s*:?\s*"
                     r"(?P<date>\d{4}-\d{2}(?:-\d{2})?)\b\s*", re.IGNORECASE)


def split_header(text: str) -> Header:
    """The publication date from a leading ``date YYYY-MM[-DD]`` line, if any. The header is
    *kept* in the text (offsets of the source stay as they are) but reported separately."""
    m = HEADER.match(text)
    if m is None:
        return Header(None, None, text)
    value = m.group("date")
    from accord.model.dates import parse_partial_date

    try:
        value = parse_partial_date(value)
    except ValueError:
        return Header(None, None, text)
    return Header(value, f"header line 'date {value}'", text)
