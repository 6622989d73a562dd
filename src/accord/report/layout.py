"""Terminal layout that stays readable at any width, 80 columns included.

Identifiers (issue, option, red-line and proposal ids) are words that must never be broken across
lines or cut with an ellipsis, so nothing here folds a word: a table is printed only when every
column can hold its longest word at the console's width; otherwise each row becomes a block
(the row's key on its own line, then one ``header: value`` line per column), and lists wrap at
item boundaries. Sections build their tables as :class:`Grid` values and print them with
:func:`show`, so every command (`analyze`, `space`, `conflict`, `forecast`, ...) lays out alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

Cell = str | Text | Sequence[str | Text]
"""A cell: plain text (shown literally, never read as markup), styled text, or a list of items
(joined with ``, `` in a table, wrapped at item boundaries in a block)."""

INDENT = 2


def _text(value: str | Text) -> Text:
    return Text(value) if isinstance(value, str) else value


def _items(cell: Cell) -> list[Text]:
    if isinstance(cell, str | Text):
        return [_text(cell)]
    return [_text(c) for c in cell]


def _longest_word(cell: Cell) -> int:
    words = [w for item in _items(cell) for w in item.plain.split()]
    return max((len(w) for w in words), default=0)


def _joined(cell: Cell, sep: str = ", ") -> Text:
    return Text(sep).join(_items(cell)) if not isinstance(cell, str | Text) else _text(cell)


@dataclass
class Grid:
    """Rows under headers; ``key`` is the column that names a row in block form."""

    title: str
    headers: Sequence[str]
    rows: list[Sequence[Cell]] = field(default_factory=list)
    caption: str | None = None
    justify: dict[int, str] = field(default_factory=dict)
    """Column index -> "right" for numbers."""
    key: int = 0

    def add(self, *cells: Cell) -> None:
        self.rows.append(cells)



def show(console: Console, grid: Grid) -> None:
    """Print ``grid`` as a table when it fits the console without breaking a word (each column
    at least as wide as its longest word), else as blocks."""
    table = _table(grid)
    least = [c.min_width or 0 for c in table.columns]
    wide = console.options.update_width(100_000)
    room = console.width - (console.measure(table, options=wide).minimum - sum(least))
    if sum(least) > room:
        _blocks(console, grid)
        return
    # rich shrinks columns below their longest word when a table is too wide for its content,
    # so the widths are fixed here: each column its longest word, the rest shared by need
    most = [max([len(grid.headers[i])] + [len(line) for r in grid.rows
                                          for line in _joined(r[i]).plain.split("\n")])
            for i in range(len(grid.headers))]
    spare = room - sum(least)
    want = [m - lo for m, lo in zip(most, least, strict=True)]
    total = sum(want)
    widths = [lo + (w if total <= spare else w * spare // total)
              for lo, w in zip(least, want, strict=True)]
    console.print(_table(grid, widths))


def paragraph(console: Console, text: str | Text, indent: int = 0, hang: int = 2) -> None:
    """Print ``text`` wrapped at spaces, indented by ``indent`` (plus its own leading spaces),
    its later lines by ``hang`` more; a leading newline prints an empty line first."""
    if isinstance(text, str):
        if text.startswith("\n"):
            console.print()
            text = text[1:]
        indent += len(text) - len(text.lstrip(" "))
        text = text.lstrip(" ")
    first = Text(" " * indent)
    for line in wrap_items([text], console.width, indent + hang, "", first=first):
        console.print(line)


def _table(grid: Grid, widths: list[int] | None = None) -> Table:
    """The grid as a rich table; with ``widths``, columns are fixed and list cells are wrapped
    at item boundaries to them."""
    t = Table(title=Text(grid.title), title_justify="left", box=box.SIMPLE_HEAD, show_edge=False,
              caption=Text(grid.caption) if grid.caption else None, caption_justify="left")
    for i, h in enumerate(grid.headers):
        words = [len(max(h.split(), key=len, default=""))] + [_longest_word(r[i]) for r in grid.rows]
        t.add_column(h, justify=grid.justify.get(i, "left"), min_width=max(words),  # type: ignore[arg-type]
                     width=widths[i] if widths else None, overflow="fold")
    for r in grid.rows:
        t.add_row(*(_cell(c, widths[i] if widths else None) for i, c in enumerate(r)))
    return t


def _cell(cell: Cell, width: int | None) -> Text:
    if isinstance(cell, str | Text) or width is None:
        return _joined(cell)
    return Text("\n").join(wrap_items(list(cell), width, 0))


def _blocks(console: Console, grid: Grid) -> None:
    console.print(Text(grid.title, style="bold"))
    width = console.width
    for r in grid.rows:
        head = _joined(r[grid.key], " · ")
        head.stylize("bold")
        for line in wrap_items([head], width, 0, ""):
            console.print(line)
        others = [(h, _joined(c)) for i, (h, c) in enumerate(zip(grid.headers, r, strict=True))
                  if i != grid.key]
        if all(len(c) <= 16 and "\n" not in c.plain for _, c in others):
            # short values (numbers, yes/no): one line of "header value" pairs
            pairs = [Text(f"{h} ", style="dim") + c for h, c in others if c.plain]
            for line in wrap_items(pairs, width, INDENT, " ·", first=Text(" " * INDENT)):
                console.print(line)
            continue
        for i, (h, c) in enumerate(zip(grid.headers, r, strict=True)):
            if i == grid.key:
                continue
            items = [it for item in _items(c) for it in item.split("\n") if it.plain.strip()]
            if not items:
                continue
            label = Text(f"{' ' * INDENT}{h}: ", style="dim")
            for line in wrap_items(items, width, INDENT * 2, "; " if len(items) > 1 else "",
                                   first=label):
                console.print(line)
    if grid.caption:
        for line in wrap_items([Text(grid.caption, style="dim")], width, 0, ""):
            console.print(line)


def wrap_items(items: Sequence[str | Text], width: int, indent: int, sep: str = ", ",
               first: Text | None = None) -> list[Text]:
    """Pack ``items`` into lines of at most ``width`` characters, breaking only between items;
    an item longer than a line wraps at its own spaces, never inside a word. ``sep`` follows
    every item but the last; lines after the first are indented by ``indent``; ``first`` starts
    the first line."""
    lines: list[Text] = []
    line = first.copy() if first is not None else Text()
    empty = True
    # a line holding only ``first`` (a bullet and its label) is ended before a word it cannot hold
    prefix = len(line.plain.strip()) > 0
    for k, raw in enumerate(items):
        item = _text(raw).copy()
        if k < len(items) - 1:
            item.append(sep.rstrip())
        gap = "" if empty else " "
        if len(line) + len(gap) + len(item) <= width:
            line.append(gap)
            line.append_text(item)
            empty = False
            continue
        if not empty and len(item) <= width - indent:
            lines.append(line)
            line = Text(" " * indent)
            empty = True
        for word in item.split(" "):
            if not word.plain:
                continue
            gap = "" if empty else " "
            if (not empty or (prefix and not lines and len(line) > indent)) \
                    and len(line) + len(gap) + len(word) > width:
                lines.append(line)
                line = Text(" " * indent)
                gap = ""
            line.append(gap)
            line.append_text(word)
            empty = False
    if line.plain.strip():
        lines.append(line)
    return lines
