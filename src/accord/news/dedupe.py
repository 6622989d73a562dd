"""Near-duplicate detection with SimHash (Charikar 2002) over word 3-shingles.

Two articles are near-duplicates (the same agency story in two outlets) when their 64-bit
fingerprints differ in at most `NEAR_BITS` bits. `NearIndex` finds candidates by the pigeonhole
principle: fingerprints within 7 bits share at least one of 8 byte-blocks exactly.
"""

from __future__ import annotations

import re
from hashlib import blake2b

import numpy as np

NEAR_BITS = 6
_WORD = re.compile(r"\w+")
_EMPTY = blake2b(digest_size=8)
"""The hash of nothing, copied for each shingle (never updated itself)."""


def simhash(text: str) -> int:
    """64-bit SimHash of the lowercased word 3-shingles of `text`, as a signed int64."""
    words = _WORD.findall(text.lower())
    # (the shingles of three words each; a text of fewer words is one shingle of them all)
    shingles = set(map(" ".join, zip(words, words[1:], words[2:], strict=False))) \
        if len(words) > 3 else {" ".join(words)}
    # each shingle's first 8 digest bytes as a little-endian integer (the votes do not
    # depend on the order of the shingles): bit k of the integer is bit k % 8 of byte k // 8
    # (`blake2b(s.encode(), digest_size=8).digest()` each: a copy of the empty hash object is
    # cheaper to make than a new one with its keyword arguments, about 12 % of the fingerprint)
    digests = []
    for s in shingles:
        h = _EMPTY.copy()
        h.update(s.encode())
        digests.append(h.digest())
    n = len(shingles)
    bits = np.unpackbits(np.frombuffer(b"".join(digests), dtype=np.uint8).reshape(n, 8), axis=1,
                         bitorder="little")
    votes = bits.sum(axis=0, dtype=np.int64) * 2 - n
    value = int.from_bytes(np.packbits(votes > 0, bitorder="little").tobytes(), "little")
    return value - (1 << 64) if value >= 1 << 63 else value


def distance(a: int, b: int) -> int:
    return ((a ^ b) & 0xFFFFFFFFFFFFFFFF).bit_count()


class NearIndex:
    """Fingerprints of stored documents, searchable for near-duplicates."""

    def __init__(self) -> None:
        self.blocks: list[dict[int, list[tuple[str, int]]]] = [{} for _ in range(8)]

    def add(self, doc: str, fp: int) -> None:
        u = fp & 0xFFFFFFFFFFFFFFFF
        for i in range(8):
            self.blocks[i].setdefault((u >> (8 * i)) & 0xFF, []).append((doc, fp))

    def nearest(self, fp: int) -> tuple[str, int] | None:
        """The closest stored document within NEAR_BITS bits (ties: the smallest id), or None."""
        u = fp & 0xFFFFFFFFFFFFFFFF
        best: tuple[int, str] | None = None
        for i in range(8):
            for doc, other in self.blocks[i].get((u >> (8 * i)) & 0xFF, ()):
                d = distance(fp, other)
                if d <= NEAR_BITS and (best is None or (d, doc) < best):
                    best = (d, doc)
        return None if best is None else (best[1], best[0])
