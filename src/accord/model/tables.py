"""Plain tables for notebooks: rows of records that convert to pandas DataFrames on request."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Table:
    """Named columns and rows of plain Python values (no pandas needed to build one)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    @classmethod
    def from_records(cls, columns: Sequence[str], records: Sequence[dict[str, Any]]) -> Table:
        return cls(tuple(columns), tuple(tuple(r.get(c) for c in columns) for r in records))

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for row in self.rows:
            yield dict(zip(self.columns, row, strict=True))

    def to_records(self) -> list[dict[str, Any]]:
        return list(self)

    def column(self, name: str) -> list[Any]:
        i = self.columns.index(name)
        return [row[i] for row in self.rows]

    def to_pandas(self) -> pd.DataFrame:
        """A pandas DataFrame of the table (needs pandas: `pip install accord[pandas]`)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("Table.to_pandas needs pandas: pip install 'accord[pandas]'") from exc
        return pd.DataFrame.from_records(list(self.rows), columns=list(self.columns))
