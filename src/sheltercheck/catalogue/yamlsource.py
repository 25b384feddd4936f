"""YAML that remembers where each value came from, so errors can name the file and the line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Key = tuple[str | int, ...]


@dataclass
class Located:
    """Parsed YAML data and the line (1-based) of every key path in it."""

    file: str
    data: Any
    lines: dict[Key, int] = field(default_factory=dict)
    cells: dict[Key, str] = field(default_factory=dict)  # spreadsheet cell of a key path, e.g. "E12"

    def cell(self, path: Key) -> str | None:
        while True:
            if path in self.cells:
                return self.cells[path]
            if not path:
                return None
            path = path[:-1]

    def line(self, path: Key) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)


class YamlSyntaxError(Exception):
    def __init__(self, file: str, line: int | None, problem: str) -> None:
        super().__init__(f"{file}:{line}: {problem}")
        self.file, self.line, self.problem = file, line, problem


def load_located(path: Path, display_name: str | None = None) -> Located:
    name = display_name or path.name
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise YamlSyntaxError(name, None, f"not UTF-8 text ({exc.reason})") from exc
    return parse_located(text, name)


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it: ten times faster


def parse_located(text: str, name: str) -> Located:
    loader = _Loader(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark
            raise YamlSyntaxError(name, mark.line + 1 if mark else None, str(exc.problem or exc)) from exc
        except yaml.YAMLError as exc:
            raise YamlSyntaxError(name, None, str(exc)) from exc
        located = Located(file=name, data=None)
        if node is not None:
            located.data = _convert(node, (), located.lines, name, loader)
        return located
    finally:
        loader.dispose()


def _convert(node: yaml.Node, path: Key, lines: dict[Key, int], name: str, loader: Any) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in result:
                raise YamlSyntaxError(name, key_node.start_mark.line + 1, f"the key {key!r} appears twice")
            result[key] = _convert(value_node, (*path, key), lines, name, loader)
            lines[(*path, key)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _convert(child, (*path, index), lines, name, loader) for index, child in enumerate(node.value)
        ]
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(name, node.start_mark.line + 1, str(exc)) from exc
