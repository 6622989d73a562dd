"""The scenarios a server offers (built-in and uploaded) and their analyses, cached: the same
scenario and date are analysed once per server (``overview`` is deterministic)."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from accord.io import builtin_names, load, load_text
from accord.model import Scenario
from accord.report import overview

CACHE_SIZE = 64


@dataclass
class Library:
    """Built-in scenarios by name, uploaded ones by ``upload-<hash>``; analyses by (name, date)."""

    uploaded: dict[str, Scenario] = field(default_factory=dict)
    _cache: OrderedDict[tuple[str, str, str], Any] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def names(self) -> list[str]:
        return [*builtin_names(), *self.uploaded]

    def scenario(self, name: str) -> Scenario:
        """The scenario, or KeyError."""
        if name in self.uploaded:
            return self.uploaded[name]
        if name not in builtin_names():
            raise KeyError(name)
        return self.cached(("scenario", name, ""), lambda: load(name))  # type: ignore[no-any-return]

    def upload(self, text: str, filename: str) -> str:
        """Validate and keep an uploaded scenario (ScenarioFileError when invalid); its name."""
        fmt = "json" if filename.lower().endswith(".json") else "yaml"
        s = load_text(text, filename, fmt)
        name = "upload-" + hashlib.sha256(text.encode()).hexdigest()[:12]
        self.uploaded[name] = s
        return name

    def analysis(self, name: str, as_of: str | None) -> dict[str, Any]:
        s = self.scenario(name)
        date = as_of or s.as_of
        return self.cached(("analysis", name, date),  # type: ignore[no-any-return]
                           lambda: overview(s, as_of=date))

    def cached(self, key: tuple[str, str, str], make: Any) -> Any:
        """``make()`` once per key (least recently used entries dropped beyond CACHE_SIZE)."""
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        value = make()
        with self._lock:
            self._cache[key] = value
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return value
