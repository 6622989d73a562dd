"""The news store: an embedded DuckDB file with documents, mentions, events, stances, figures and
provenance (see `accord.store.db`)."""

from accord.store.db import Store, default_home, default_path

__all__ = ["Store", "default_home", "default_path"]
