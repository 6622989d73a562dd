"""Short test texts made long enough to pass `accord ingest`'s article screening (at least 200
characters of prose): `lengthen(text, i)` appends the i-th of a few neutral sentences that name
no actor, place, date, figure or position, so extraction finds nothing more in them and
different texts stay different (no shared filler that would make them near-duplicates)."""

from __future__ import annotations

FILLER = (
    "Weitere Einzelheiten wurden zunächst nicht mitgeteilt, und die Redaktion will den Bericht "
    "ergänzen, sobald mehr bekannt ist.",
    "Beobachter verfolgten die Lage aufmerksam; eine ausführliche Einordnung folgt später am "
    "Abend in einem eigenen Beitrag.",
    "Hintergrund und Vorgeschichte des Themas sind in früheren Artikeln ausführlich beschrieben "
    "worden, auf die hier verwiesen sei.",
    "Further details were not given at first, and this report will be updated as soon as more "
    "becomes known to our newsroom.",
    "Die Stimmung unter den Zuhörern wirkte gelassen, auch wenn viele Fragen offen blieben und "
    "manches unklar formuliert war.",
    "Wie es weitergeht, blieb am Ende offen; Kommentatoren äußerten sich vorsichtig und "
    "verwiesen auf die kommenden Wochen.",
)


def lengthen(text: str, i: int = 0) -> str:
    """`text` followed by the `i`-th filler sentence (as a paragraph of its own)."""
    return f"{text}\n\n{FILLER[i % len(FILLER)]}"
