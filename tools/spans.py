"""Print the evidence span `[start, end]` of the sentence around a short phrase in a seed article.

Scenario evidence cites a document by character offsets (Python string indices into the text read
as UTF-8), normally of the whole sentence that states the fact. This helper finds them, so that
scenario files carry offsets and our own paraphrases, never the article's sentences.

    python tools/spans.py 001 "Abu Dhabi" "verschoben"      -> [start, end]

DOC is a document id or a unique prefix of one (`001`). Each PHRASE has fewer than 8 words and
must occur exactly once in the article; with several phrases the span runs from the start of the
first phrase's sentence to the end of the last one's. `--show` also prints the sentence(s).

The seed articles live outside the repository (`$ACCORD_SHARED/seeds` or `../shared/seeds`); the
helper is for authoring scenarios at development time only.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

MAX_WORDS = 7
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")

# A sentence ends at . ! ? or … plus any closing quotes or brackets, before whitespace and a capital
# letter, a digit or an opening quote. "23. und 24. Januar" is an ordinal date, not an ending.
_END = re.compile(r"[.!?…][\"“”»«’')]*(?=\s+[\"„“«»(]?[A-ZÄÖÜ0-9])")
_ORDINAL = re.compile(r"\d\.$")
_HEADER = re.compile(r"^\s*date \d{4}(?:-\d{2}){0,2}")
"""The ' date 2025-05' header some articles open with; it is not part of the first sentence."""


def seeds_dir() -> Path:
    """The folder of seed articles: $ACCORD_SHARED/seeds, else ../shared/seeds next to the repo."""
    root = Path(__file__).resolve().parents[1]
    return Path(os.environ.get("ACCORD_SHARED", root.parent / "shared")) / "seeds"


def read_doc(doc: str, folder: Path | None = None) -> tuple[str, str]:
    """The full id and text of the seed whose basename is `doc` or starts with it."""
    folder = folder or seeds_dir()
    found = sorted(p for p in folder.glob("*.txt") if p.stem == doc or p.stem.startswith(doc))
    if len(found) != 1:
        names = ", ".join(p.stem for p in found) or "none"
        raise SystemExit(f"document {doc!r}: expected one seed in {folder}, found {names}")
    return found[0].stem, found[0].read_text(encoding="utf-8")


def sentences(text: str) -> list[tuple[int, int]]:
    """`[start, end)` of every sentence; headings and other lines end at a line break."""
    bounds: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        header = _HEADER.match(line.group())
        if header:
            bounds.append((start, start + header.end()))
            start += header.end()
        for m in _END.finditer(line.group()):
            before = line.group()[: m.start() + 1]
            after = line.group()[m.end():].lstrip()
            if _ORDINAL.search(before) and after.startswith(MONTHS):
                continue
            bounds.append((start, line.start() + m.end()))
            start = line.start() + m.end()
        bounds.append((start, line.end()))
    out = []
    for a, b in bounds:
        chunk = text[a:b]
        a += len(chunk) - len(chunk.lstrip())
        b -= len(chunk) - len(chunk.rstrip())
        if a < b:
            out.append((a, b))
    return out


def span_of(text: str, phrases: list[str]) -> tuple[int, int]:
    """The span from the sentence of the first phrase to the sentence of the last."""
    bounds = sentences(text)
    found = []
    for phrase in phrases:
        if len(phrase.split()) > MAX_WORDS:
            raise SystemExit(f"phrase {phrase!r}: use fewer than {MAX_WORDS + 1} words")
        count = text.count(phrase)
        if count != 1:
            raise SystemExit(f"phrase {phrase!r} occurs {count} times; expected exactly once")
        at = text.index(phrase)
        found.append(next((a, b) for a, b in bounds if a <= at < b))
    return min(a for a, _ in found), max(b for _, b in found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("doc", help="document id or unique prefix, e.g. 001")
    parser.add_argument("phrases", nargs="+", help="short phrase(s) inside the wanted sentence(s)")
    parser.add_argument("--show", action="store_true", help="also print the sentence(s)")
    args = parser.parse_args(argv)
    _, text = read_doc(args.doc)
    start, end = span_of(text, args.phrases)
    print(f"[{start}, {end}]")
    if args.show:
        print(text[start:end])
    return 0


if __name__ == "__main__":
    sys.exit(main())
