"""Names of persons, places and actors, and their resolution to ids.

Built from the curated `data/gazetteer.yaml` and, when given, a scenario's actors, persons (with
their dated offices) and places. German genitive forms (`Putins`, `Kiews`) are generated, so
only base forms need listing. Persons resolve to an actor through the office they held on the
article's date (Kuleba speaks for UKR until September 2024, not after).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from accord.model import Scenario


@dataclass(frozen=True)
class Office:
    actor: str
    since: str | None = None
    until: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Entry:
    """What a surface string names: kind person | place | actor, the id, and for persons their
    offices, for places the actor the place stands for (capitals)."""

    kind: str
    entity: str
    offices: tuple[Office, ...] = ()
    actor: str | None = None


@dataclass
class Gazetteer:
    surfaces: dict[str, Entry] = field(default_factory=dict)
    given: dict[str, set[str]] = field(default_factory=dict)
    """Given names by person id, to extend a surname mention to the full name."""
    pattern: re.Pattern[str] = field(default_factory=lambda: re.compile(r"(?!x)x"))

    def office_of(self, entry: Entry, date: str | None) -> Office | None:
        """The office `entry` holds on `date` (without a date, the most recent one)."""
        if entry.kind != "person" or not entry.offices:
            return None
        if date is None:
            return max(entry.offices, key=lambda o: o.since or "")
        for o in entry.offices:
            if (o.since is None or o.since[:len(date)] <= date) and (
                    o.until is None or date[:len(o.until)] < o.until):
                return o
        return None

    def actor_of(self, entry: Entry, date: str | None) -> str | None:
        """The actor `entry` speaks for on `date` (persons: the office held then; without a
        date, the most recent office)."""
        if entry.kind != "person":
            return entry.actor
        office = self.office_of(entry, date)
        return office.actor if office else None


def _ascii_id(text: str) -> str:
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", s).strip("_")


def _genitive(name: str) -> list[str]:
    if name[-1:] in ("s", "z", "x", "ß") or not name[-1:].isalpha() or not name[:1].isupper():
        return [name]
    return [name, name + "s"]


def _capital_phrases(spec: dict[str, Any]) -> list[str]:
    """The phrases that name a capital by its country (`capital_of` in the gazetteer): a German
    adjective stem in lower case with its endings before "Hauptstadt" (also capitalised, opening a
    sentence), an English adjective before "capital", a country's name after "Hauptstadt" (genitive,
    "der", "von") or "capital of", and before "'s capital"."""
    out: list[str] = []
    for a in spec.get("adjectives") or []:
        if a[:1].islower():
            for form in (a, a[:1].upper() + a[1:]):
                out += [f"{form}e Hauptstadt", f"{form}en Hauptstadt"]
        else:
            out.append(f"{a} capital")
    for c in spec.get("countries") or []:
        out += [f"Hauptstadt {g}" for g in _genitive(c) if g != c] + [
            f"Hauptstadt der {c}", f"Hauptstadt von {c}", f"capital of {c}", f"capital of the {c}",
            f"{c}'s capital", f"{c}’s capital"]
    return out


def build(data: dict[str, Any], scenario: Scenario | None = None) -> Gazetteer:
    g = Gazetteer()

    def add(surface: str, entry: Entry, genitive: bool = True) -> None:
        for s in (_genitive(surface) if genitive else [surface]):
            g.surfaces.setdefault(s, entry)

    persons: dict[str, tuple[list[str], list[str], list[Office]]] = {}
    for pid, p in (data.get("persons") or {}).items():
        offices = [Office(o["actor"], _d(o.get("since")), _d(o.get("until")), o.get("title"))
                   for o in p.get("offices") or []]
        persons[pid] = (list(p.get("names") or []), list(p.get("given") or []), offices)
    if scenario is not None:
        for sp in scenario.persons:
            names, given, offices = persons.setdefault(sp.id, ([], [], []))
            for n in [*sp.names.values(), *(a for v in sp.aliases.values() for a in v)]:
                parts = n.split()
                if len(parts) > 1 and parts[0][:1].isupper() and parts[0].lower() not in ("von", "al"):
                    given.append(" ".join(parts[:-1]))
                    names.append(parts[-1])
                else:
                    names.append(n)
            if sp.offices and not offices:
                offices.extend(Office(o.actor, o.since, o.until, o.title) for o in sp.offices)
    for pid, (names, given, offices) in persons.items():
        entry = Entry("person", pid, tuple(offices))
        for n in names:
            if n.endswith("'s"):
                continue
            add(n, entry)
        g.given[pid] = set(given)

    places: dict[str, tuple[list[str], str | None]] = {
        pid: (list(p.get("names") or []), p.get("actor")) for pid, p in (data.get("places") or {}).items()}
    if scenario is not None:
        for pl in scenario.places:
            names, actor = places.setdefault(pl.id, ([], None))
            names.extend([*pl.names.values(), *(a for v in pl.aliases.values() for a in v)])
    for pid, (names, actor) in places.items():
        entry = Entry("place", pid, actor=actor)
        for n in names:
            add(n, entry)
    for pid, p in (data.get("places") or {}).items():
        # a capital named by its country ("die britische Hauptstadt", "the Russian capital", "die
        # Hauptstadt Russlands", "the capital of Qatar"): the city itself
        entry = Entry("place", pid, actor=p.get("actor"))
        for n in _capital_phrases(p.get("capital_of") or {}):
            g.surfaces.setdefault(n, entry)
    for pid, (names, actor) in places.items():
        if actor is not None:
            continue  # "Moskauer", "Kiewer" stand for the actor (listed under actors)
        entry = Entry("place", pid, actor=None)
        for n in names:
            # the German place adjective: "Istanbuler", "Genfer", "Dschiddaer" (all inflections)
            if " " not in n and n[:1].isupper() and n[-1:] not in ("s", "z", "ß", "x", "i", "y"):
                base = n[:-1] if n.endswith("e") else n
                for ending in ("er", "ern"):
                    g.surfaces.setdefault(base + ending, entry)

    actors: dict[str, list[str]] = {a: list(v) for a, v in (data.get("actors") or {}).items()}
    if scenario is not None:
        for a in scenario.actors:
            # Member states (DEU, FRA, ...) are folded into the bloc that acts for them.
            bloc = next((b.id for b in scenario.actors if a.id in b.members), None)
            target = bloc or a.id
            actors.setdefault(target, []).extend(
                [*a.names.values(), *(x for v in a.aliases.values() for x in v)])
    for aid, names in actors.items():
        entry = Entry("actor", aid, actor=aid)
        for n in names:
            # an adjective opening a sentence is capitalised: "Russische Amtsträger"
            for form in (n, n[:1].upper() + n[1:]) if n[:1].islower() else (n,):
                if form in g.surfaces or form.endswith("'s"):
                    continue
                g.surfaces[form] = entry
    # not the second part of a compound ("Nord-Ukraine"), but after a dash glued to the name
    # that follows a dateline ("MOSCOW (Reuters) -Russia said"): `(?:(?<![\w-])|(?<=\s-))`
    # written as `NAME_BEFORE`, the same test
    g.pattern = re.compile(NAME_BEFORE + trie_pattern(g.surfaces) + r"(?![\w])")
    return g


NAME_BEFORE = r"(?<!\w)(?:(?<!-)|(?<=\s-))"
"""What may stand before a name: no word character, and no hyphen unless a space precedes it.
The same positions as `(?:(?<![\\w-])|(?<=\\s-))` (a hyphen after a space is no word character
either), with the test that fails inside every word first: `re` tries the pattern at each
position of an article, and one failed lookbehind there costs less than two (about a fifth of
the gazetteer's scan)."""


def trie_pattern(names: Iterable[str]) -> str:
    """One regular expression for `names` that matches what their alternation sorted longest
    first (`a|b|...`) matches, written as a prefix tree ("Kiew(?:er)?" for Kiew and Kiewer), so
    `re` compares a character once per position instead of once per name. The same match: all
    names that match at one position are prefixes of one another, so they lie on one path of the
    tree, and a greedy optional continuation tries the longer one first, falling back to the
    shorter one when what follows does not fit."""
    tree: dict[str, Any] = {}
    for name in names:
        node = tree
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        parts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if "" in node:
            return (body if len(parts) > 1 else "(?:" + body + ")") + "?"
        return body

    return "(?:" + emit(tree) + ")" if tree else "(?!x)x"


def _d(value: object) -> str | None:
    return None if value is None else str(value)


@lru_cache(maxsize=1)
def curated() -> dict[str, Any]:
    text = resources.files("accord.news").joinpath("data/gazetteer.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


_DEFAULT: Gazetteer | None = None


def default() -> Gazetteer:
    """The curated gazetteer merged with the built-in flagship scenario's names."""
    global _DEFAULT
    if _DEFAULT is None:
        try:
            from accord.io import load

            scenario: Scenario | None = load("ukraine-2022-2026")
        except Exception:  # the gazetteer works without the flagship
            scenario = None
        _DEFAULT = build(curated(), scenario)
    return _DEFAULT


def person_id(surname: str) -> str:
    """Id of an unknown person named in the text: the ASCII lowercase surname."""
    return _ascii_id(surname)
