"""Place names to place ids: every name and alias of the scenario's places, in any language
(Pokrowsk, Pokrovsk, Покровськ, Krasnoarmeysk all resolve to `pokrovsk`)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from accord.model import Place


def fold(name: str) -> str:
    """A comparison form of a name: case-folded, accents removed, hyphens and apostrophes as
    spaces, whitespace collapsed ("Krasnoarmeysk" == "krasnoarmeysk", "Wowtschansk" as written)."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    for ch in "-'’ʼ`":
        text = text.replace(ch, " ")
    return " ".join(text.split())


class Gazetteer:
    """Resolves place names through the names and aliases of `places`."""

    def __init__(self, places: Iterable[Place]):
        self._ids: dict[str, str] = {}
        for p in places:
            self._ids.setdefault(fold(p.id.replace("_", " ")), p.id)
            for name in p.all_names():
                self._ids.setdefault(fold(name), p.id)

    def resolve(self, name: str) -> str | None:
        """The id of the place called `name`, or None when no place has that name."""
        return self._ids.get(fold(name))
