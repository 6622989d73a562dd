"""Values typed into filter and choice options (`--actor ukr`, `--kind claims`, `--model eum`):
matched against the known values case-insensitively where that is unambiguous, otherwise
refused with exit code 2, the known values and the nearest match.

`choose("--actor", "ukr", ["RUS", "UKR", "USA"])` returns "UKR"; `choose("--kind", "claims",
kinds)` raises `ScenarioFileError` whose fix reads "did you mean 'claim'?".
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from accord.io import ScenarioFileError

SHOWN = 40
"""Known values listed in a message at most; more are counted, not listed."""


def nearest(value: str, known: Iterable[str]) -> str | None:
    """The known value `value` most likely means (case ignored): one having it as a part of
    its dotted id, else the closest in spelling, else one it begins or ends; None if none."""
    by_lower: dict[str, str] = {}
    for k in known:
        by_lower.setdefault(k.lower(), k)
    low = value.lower()
    # a part of a dotted id ('nato' for 'alliance.nato') is the clearest hint, then spelling
    parts = sorted(k for k in by_lower if low in k.split("."))
    prefixed = sorted(k for k in by_lower if k.startswith(low) or low.startswith(k))
    hits = parts or difflib.get_close_matches(low, list(by_lower), n=1, cutoff=0.6) or prefixed
    return by_lower[hits[0]] if hits else None


def listing(known: Iterable[str]) -> str:
    """`known` as a short comma-separated list (the first `SHOWN`, then a count)."""
    values = list(known)
    shown = ", ".join(values[:SHOWN])
    return shown + (f" and {len(values) - SHOWN} more" if len(values) > SHOWN else "")


def unknown_value(option: str, value: str, known: Iterable[str], what: str = "value",
                  fix: str = "") -> ScenarioFileError:
    """The error for a value of `option` that is none of `known`: lists them and suggests the
    nearest."""
    values = list(dict.fromkeys(known))
    near = nearest(value, values)
    hint = f"did you mean {near!r}?" if near is not None else ""
    if fix:
        hint = f"{hint} {fix}" if hint else fix
    expected = (f"a known {what}: {listing(values)}" if values else
                f"a known {what} (there is none yet)")
    return ScenarioFileError.single(option, repr(value), expected,
                                    hint or f"use one of the {what}s listed")


def choose(option: str, value: str, known: Iterable[str], what: str = "value",
           fix: str = "") -> str:
    """The known value meant by `value`: itself, else the one value equal to it ignoring case;
    otherwise `unknown_value` is raised (also when two known values differ only in case)."""
    values = list(dict.fromkeys(known))
    if value in values:
        return value
    folded = [k for k in values if k.casefold() == value.casefold()]
    if len(folded) == 1:
        return folded[0]
    if len(folded) > 1:
        raise ScenarioFileError.single(option, repr(value), f"one of {', '.join(folded)} (they "
                                       "differ only in case)", "write the value exactly")
    raise unknown_value(option, value, values, what, fix)


def choose_prefix(option: str, value: str, known: Iterable[str], what: str = "value",
                  fix: str = "") -> str:
    """Like `choose`, but a dotted prefix of known values (`territory` for `territory.crimea`)
    is accepted too and returned in its known spelling."""
    values = list(dict.fromkeys(known))
    prefixes = {p for k in values for p in _prefixes(k)}
    try:
        return choose(option, value, [*values, *sorted(prefixes - set(values))], what, fix)
    except ScenarioFileError:
        raise unknown_value(option, value, values, what, fix) from None


def _prefixes(dotted: str) -> list[str]:
    parts = dotted.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]
