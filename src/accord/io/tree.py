"""The composed YAML node tree of a scenario file: checked for what YAML allows but a scenario
must not have (repeated keys, keys that are lists or mappings, alias cycles, alias bombs, extreme
nesting), and used to map field paths to line numbers.

JSON files go through the same tree, since JSON is YAML for this purpose.
"""

from __future__ import annotations

import yaml

from accord.io.errors import Located
from accord.model.problems import Loc, Problem

MAX_ALIASED = 1_000_000
"""Most values aliases may add once expanded (refuses "billion laughs" files)."""
MAX_DEPTH = 64
"""Deepest nesting of lists and mappings a scenario may use (a real one needs about 8)."""


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def inspect(root: yaml.Node) -> list[Located]:
    """Problems of the tree itself, found in one pass that visits each distinct list or mapping
    once (scalars are counted where they stand)."""
    found: list[Located] = []
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    on_path: set[int] = set()
    written = 1  # values as they stand in the text: distinct collections and their scalars
    stack: list[tuple[yaml.Node, bool, Loc]] = [(root, False, ())]
    while stack:
        node, done, loc = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            total, deep = 1, 0
            for kid in _children(node):
                if isinstance(kid, yaml.ScalarNode):
                    total, deep, written = total + 1, max(deep, 1), written + 1
                else:
                    total, deep = total + size[id(kid)], max(deep, depth[id(kid)])
            size[key], depth[key] = total, deep + 1
            written += 1
            continue
        if key in size:
            continue
        if key in on_path:
            return [_at(node, "an alias that contains itself", "a tree without cycles",
                        "write the value out instead of referring to its own anchor", loc)]
        on_path.add(key)
        stack.append((node, True, loc))
        if isinstance(node, yaml.MappingNode):
            found.extend(_keys(node, loc))
            for k, v in node.value:
                if not isinstance(v, yaml.ScalarNode) and id(v) not in size:
                    stack.append((v, False, (*loc, str(k.value))))
                if not isinstance(k, yaml.ScalarNode) and id(k) not in size:
                    stack.append((k, False, loc))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((n, False, (*loc, i)) for i, n in enumerate(node.value)
                         if not isinstance(n, yaml.ScalarNode) and id(n) not in size)
    if isinstance(root, yaml.ScalarNode):
        return found
    aliased = size[id(root)] - written
    if aliased > MAX_ALIASED:
        found.append(_at(root, f"{aliased:,} more values once aliases are expanded",
                         f"at most {MAX_ALIASED:,}", "write the data out without nested aliases"))
    if depth[id(root)] > MAX_DEPTH:
        found.append(_at(root, f"lists and mappings nested {depth[id(root)]} deep",
                         f"at most {MAX_DEPTH} levels", "check the file's structure"))
    return found


def _keys(node: yaml.MappingNode, loc: Loc) -> list[Located]:
    out = []
    seen: set[str] = set()
    for k, _ in node.value:
        if not isinstance(k, yaml.ScalarNode):
            out.append(_at(k, f"a {'list' if isinstance(k, yaml.SequenceNode) else 'mapping'} used as a key",
                           "text keys", "write the key as plain text"))
        elif k.value in seen:
            out.append(_at(k, f"the key {k.value!r} twice", "each key once per mapping",
                           "merge or rename the repeated key", loc=(*loc, k.value)))
        else:
            seen.add(k.value)
    return out


def _at(node: yaml.Node, found: str, expected: str, fix: str, loc: Loc = ()) -> Located:
    return Located(Problem(loc, found, expected, fix), node.start_mark.line + 1)


def line_map(root: yaml.Node | None) -> dict[Loc, int]:
    """`{('positions', 3, 'salience'): 87, ...}` with 1-based lines, for a tree `inspect` passed."""
    out: dict[Loc, int] = {}
    stack: list[tuple[yaml.Node, Loc]] = [(root, ())] if root is not None else []
    while stack:
        node, loc = stack.pop()
        out.setdefault(loc, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                out.setdefault((*loc, k.value), k.start_mark.line + 1)
                stack.append((v, (*loc, k.value)))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, (*loc, i)) for i, item in enumerate(node.value))
    return out


def line_of(lines: dict[Loc, int], loc: Loc) -> int | None:
    """The line of `loc`, or of its nearest ancestor present in the file."""
    for n in range(len(loc), -1, -1):
        if loc[:n] in lines:
            return lines[loc[:n]]
    return None
