"""YAML, read safely: every YAML read in crosscheck (front matter, fact sheets, aliases and kinds
files) goes through `load`, or `compose` and `construct`, here.

Only plain values, lists and mappings are read. Aliases (`&a` … `*a`) are refused: a few hundred
bytes of nested aliases stand for billions of values (the "billion laughs"), and none of these
files needs them. Tags other than YAML's own plain ones (`!thing`, `!!python/object`) are refused
too. A value YAML cannot build (`2023-02-30`, an integer of 5,000 digits) is an error at its
line, not a ValueError. Every problem is raised as the caller's error class, with path and line.
"""

from __future__ import annotations

from typing import Any

import yaml

from crosscheck.errors import CrosscheckError

# libyaml's parser where PyYAML was built with it (the wheels are): several times faster on ten
# thousand small front-matter blocks, and it refuses nesting deeper than 1,000 levels itself.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_YAML = "tag:yaml.org,2002:"
# The tags the resolver gives plain values; a bare `=` and `<<` get `value` and `merge`, which
# the constructor refuses or merges as it always has.
PLAIN_TAGS = frozenset(
    _YAML + name
    for name in ("null", "bool", "int", "float", "str", "timestamp", "seq", "map", "value", "merge")
)
_KINDS = {_YAML + "int": "integer", _YAML + "float": "number", _YAML + "timestamp": "date"}
SHOWN_CHARS = 20  # of a value too long to quote whole in a message


class _Refused(yaml.MarkedYAMLError):
    """YAML that parses but that this module does not read."""


def load(
    text: str,
    *,
    error: type[CrosscheckError],
    path: str,
    what: str = "invalid YAML",
    first_line: int = 1,
) -> object:
    """The value of the YAML document `text` (None if it is empty). Lines in errors count from
    `first_line`, the line of the file where `text` starts."""
    root = compose(text, error=error, path=path, what=what, first_line=first_line)
    return None if root is None else construct(root, error=error, path=path, what=what, first_line=first_line)


def compose(
    text: str,
    *,
    error: type[CrosscheckError],
    path: str,
    what: str = "invalid YAML",
    first_line: int = 1,
) -> yaml.Node | None:
    """The node tree of `text`, each node with its line (None if the document is empty)."""
    try:
        root = yaml.compose(text, Loader=_LOADER)
        if root is not None:
            _check(root)
    except (yaml.YAMLError, RecursionError) as problem:
        raise _as_error(problem, text, error=error, path=path, what=what, first_line=first_line) from None
    return root


def construct(
    node: yaml.Node,
    *,
    error: type[CrosscheckError],
    path: str,
    what: str = "invalid YAML",
    first_line: int = 1,
) -> object:
    """The value of a node from `compose`."""
    try:
        return _Constructor().construct_document(node)
    except (yaml.YAMLError, RecursionError) as problem:
        raise _as_error(problem, "", error=error, path=path, what=what, first_line=first_line) from None


def _check(root: yaml.Node) -> None:
    """Refuse aliases (a node met twice) and tags that are not plain, walking without recursion."""
    seen: set[int] = set()
    pending = [root]
    while pending:
        node = pending.pop()
        if id(node) in seen:
            raise _Refused(problem="YAML aliases (*name) are not allowed", problem_mark=node.start_mark)
        seen.add(id(node))
        if node.tag not in PLAIN_TAGS:
            raise _Refused(problem=f"YAML tag {node.tag!r} is not allowed", problem_mark=node.start_mark)
        if isinstance(node, yaml.SequenceNode):
            pending.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            pending.extend(part for pair in node.value for part in pair)


class _Constructor(yaml.constructor.SafeConstructor):
    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        """A value Python cannot build (31 February, year 0, an integer too long to convert) is
        an error at its node."""
        try:
            return super().construct_object(node, deep=deep)
        except ValueError as problem:
            shown = str(node.value)
            if len(shown) > SHOWN_CHARS:
                shown = shown[:SHOWN_CHARS] + "…"
            reason = str(problem).split(":")[0]
            raise _Refused(
                problem=f"{shown} is not a valid {_KINDS.get(node.tag, 'value')} ({reason})",
                problem_mark=node.start_mark,
            ) from None


def _as_error(
    problem: yaml.YAMLError | RecursionError,
    text: str,
    *,
    error: type[CrosscheckError],
    path: str,
    what: str,
    first_line: int,
) -> CrosscheckError:
    if isinstance(problem, RecursionError):  # PyYAML without libyaml has no depth limit of its own
        return error(f"{what}: nested too deeply", path=path)
    if isinstance(problem, yaml.reader.ReaderError):
        return error(f"{what}: {problem.reason}", path=path, line=_reader_line(problem, text) + first_line)
    mark = getattr(problem, "problem_mark", None) or getattr(problem, "context_mark", None)
    reason = getattr(problem, "problem", None) or "invalid YAML"
    return error(f"{what}: {reason}", path=path, line=mark.line + first_line if mark else None)


def _reader_line(problem: yaml.reader.ReaderError, text: str) -> int:
    """The line (from 0) of a character YAML's reader refused: libyaml gives a byte offset into
    the UTF-8 text, PyYAML a character offset."""
    if problem.encoding == "unicode":
        return text.count("\n", 0, problem.position)
    return text.encode("utf-8", "surrogatepass").count(b"\n", 0, problem.position)
