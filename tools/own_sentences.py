"""Build the own labelled sentences (tools/data/event_sentences.jsonl) from their frames.

    python tools/own_sentences.py [--out FILE]
    python tools/own_sentences.py --score     (the extractor on the sentences: counts per kind)

The sentences are ours, not any article's: frames written for the project in the register of wire
reports, broadcasters and newspapers on the Russia-Ukraine talks (tools/data/event_frames_de.txt
and event_frames_en.txt, one frame a line: the event kinds it is the evidence sentence of, by the
corpus README, and the text with slots), filled with names, titles, places, days, numbers, outlets
and datelines from tools/data/event_fillers.json. A frame with slots gives three filled sentences
when it carries an event and six when not (so about half the sentences are negatives); a full
sentence also gets a dateline ("KIEW (dpa) - ...") and, where it names no source, an attribution
(", wie die Agentur Interfax meldete."). Each sentence gets a publication day in late November
2025, so that "am 2. Dezember" lies ahead and "am 14. November" behind. Deterministic (a fixed
seed): the same frames give the same file byte for byte (tests/test_news_own_sentences.py).

Each line of the file: {"lang": "de"|"en", "text": ..., "kinds": [sorted kinds], "published":
"YYYY-MM-DD"}. `tools/train_event_model.py --own` trains on them besides the annotated articles.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "event_sentences.jsonl"
KINDS = frozenset({"round", "summit", "partial_agreement", "statement_of_intent", "claim", "pledge",
                   "postponement", "poll"})
PUBLISHED = ("2025-11-17", "2025-11-20", "2025-11-24", "2025-11-27", "2025-11-28")
SUFFIX = {"de": (", wie {O} meldete.", ", hieß es.", ", berichtete {O}."),
          "en": (", {O} reported.", ", officials said.", ", according to {O}.")}
# a frame that already names its source gets no attribution appended
_SOURCED = re.compile(r"\b(?:sagte|teilte|hieß|berichtete|meldete|said|reported|according|told|wrote|"
                      r"schrieb|erklärte|announced|zufolge|laut)\b|\"", re.IGNORECASE)
_SLOT = re.compile(r"\{(\w+)\}")


def frames(lang: str) -> list[tuple[list[str], str]]:
    """(kinds, text with slots) of every frame of `lang`, in file order."""
    out = []
    for line in (DATA / f"event_frames_{lang}.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kinds, text = line.split(" | ", 1)
        labels = [] if kinds.strip() == "-" else kinds.strip().split(",")
        if not set(labels) <= KINDS:
            raise ValueError(f"event_frames_{lang}.txt: unknown kind in {line!r}")
        out.append((labels, text))
    return out


def _fill(text: str, fillers: dict[str, list[str]], rng: random.Random) -> str:
    filled = _SLOT.sub(lambda m: rng.choice(fillers[m.group(1)]), text)
    filled = re.sub(r"\s+", " ", filled).strip()
    return filled[0].upper() + filled[1:]


def build() -> list[dict[str, object]]:
    """The sentences, German first, each once."""
    fillers = json.loads((DATA / "event_fillers.json").read_text(encoding="utf-8"))
    rng = random.Random(12)
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    for lang in ("de", "en"):
        for kinds, text in frames(lang):
            slotted = "{" in text.replace("{L}", "")
            heading = not text.rstrip().endswith((".", '"'))
            variants = [_fill(text, fillers[lang], rng)
                        for _ in range((3 if kinds else 6) if slotted else 1)]
            if not heading and not text.startswith("{L}"):
                variants.append(_fill("{L}" + text, fillers[lang], rng))
                if not _SOURCED.search(text):
                    variants.append(_fill(text[:-1] + rng.choice(SUFFIX[lang]), fillers[lang], rng))
            for v in variants:
                if v in seen:
                    continue
                seen.add(v)
                out.append({"lang": lang, "text": v, "kinds": sorted(kinds),
                            "published": rng.choice(PUBLISHED)})
    return out


def dumps(rows: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def score(rows: list[dict[str, object]]) -> dict[str, dict[str, int]]:
    """Per kind: own sentences of that kind, how many the extractor (`accord.news.extract`) gives
    an event of that kind, and how many sentences without an event it gives that kind anyway."""
    import sys
    from collections import defaultdict

    sys.path.insert(0, str(DATA.parents[1] / "src"))
    from accord.news.extract import extract

    out: dict[str, dict[str, int]] = defaultdict(lambda: {"sentences": 0, "found": 0, "on_negatives": 0})
    for row in rows:
        made = {e.kind for e in extract(str(row["text"]), "", str(row["published"])).events}
        kinds: list[str] = row["kinds"]  # type: ignore[assignment]
        for kind in kinds:
            out[kind]["sentences"] += 1
            out[kind]["found"] += kind in made
        if not kinds:  # a sentence without an event: whatever was made is wrong
            for kind in made:
                out[kind]["on_negatives"] += 1
    return dict(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--score", action="store_true",
                    help="run the extractor on the sentences of --out and print counts per kind")
    args = ap.parse_args()
    if args.score:
        rows = [json.loads(line) for line in Path(args.out).read_text(encoding="utf-8").splitlines()]
        negatives = sum(not r["kinds"] for r in rows)
        for kind, c in sorted(score(rows).items()):
            print(f"{kind:<20} found in {c['found']:4d} of {c['sentences']:4d} sentences; "
                  f"made on {c['on_negatives']:3d} of the {negatives} without an event")
        return
    rows = build()
    Path(args.out).write_text(dumps(rows), encoding="utf-8")
    negatives = sum(not r["kinds"] for r in rows)
    print(f"wrote {args.out}: {len(rows)} sentences, {negatives} without an event")


if __name__ == "__main__":
    main()
