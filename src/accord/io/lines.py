"""Map field paths of a YAML or JSON document to line numbers, using PyYAML's composer."""

from __future__ import annotations

import yaml

from accord.model.problems import Loc


def line_map(text: str) -> dict[Loc, int]:
    """`{('positions', 3, 'salience'): 87, ...}` with 1-based lines; empty if unparsable."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    out: dict[Loc, int] = {}

    def walk(node: yaml.Node, loc: Loc) -> None:
        out[loc] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                name: str | int = key.value
                out[(*loc, name)] = key.start_mark.line + 1
                walk(value, (*loc, name))
                out[(*loc, name)] = key.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                walk(item, (*loc, i))

    if root is not None:
        walk(root, ())
    return out


def line_of(lines: dict[Loc, int], loc: Loc) -> int | None:
    """The line of `loc`, or of its nearest ancestor present in the file."""
    for n in range(len(loc), -1, -1):
        key = tuple(str(p) if isinstance(p, str) else p for p in loc[:n])
        if key in lines:
            return lines[key]
    return None
