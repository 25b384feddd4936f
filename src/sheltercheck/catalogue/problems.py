"""Precise, translatable descriptions of what is wrong in a catalogue: file, key path, line, problem."""

from __future__ import annotations

from dataclasses import dataclass, field

from sheltercheck.errors import UserError
from sheltercheck.messages import QT_TRANSLATE_NOOP, Message, Translate, identity_translate, render

MISSING = QT_TRANSLATE_NOOP("Catalogue", "“{key}” is missing")
UNKNOWN_KEY = QT_TRANSLATE_NOOP("Catalogue", "“{key}” is not a known key (a typo?)")
NOT_TEXT = QT_TRANSLATE_NOOP("Catalogue", "must be a text")
EMPTY_TEXT = QT_TRANSLATE_NOOP("Catalogue", "is empty in {language}")
NOT_NFC = QT_TRANSLATE_NOOP("Catalogue", "the {language} text is not in Unicode normal form C")
HAS_ZWSP = QT_TRANSLATE_NOOP(
    "Catalogue", "the {language} text contains zero-width spaces (the app adds them for display)"
)
NOT_LIST = QT_TRANSLATE_NOOP("Catalogue", "must be a list")
NOT_MAPPING = QT_TRANSLATE_NOOP("Catalogue", "must be a mapping of keys to values")
EMPTY_LIST = QT_TRANSLATE_NOOP("Catalogue", "needs at least one entry")
COUNTS_DIFFER = QT_TRANSLATE_NOOP(
    "Catalogue", "has {en} English and {lo} Lao entries; they must match one to one"
)
NOT_BOOL = QT_TRANSLATE_NOOP("Catalogue", "must be true or false")
NOT_INT = QT_TRANSLATE_NOOP("Catalogue", "must be a whole number")
BAD_VALUE = QT_TRANSLATE_NOOP("Catalogue", "“{value}” is not one of: {allowed}")
BAD_CODE = QT_TRANSLATE_NOOP("Catalogue", "“{value}” is not a valid code (expected {pattern})")
CODE_PREFIX = QT_TRANSLATE_NOOP("Catalogue", "the code {code} does not start with its domain's code {domain}")
DUPLICATE = QT_TRANSLATE_NOOP("Catalogue", "“{value}” is used twice (also at {other})")
UNKNOWN_INSTRUMENT = QT_TRANSLATE_NOOP(
    "Catalogue", "the instrument “{value}” is not listed in catalogue.yaml"
)
BAD_BASE = QT_TRANSLATE_NOOP("Catalogue", "the base must look like “id@version”, not “{value}”")
YAML_SYNTAX = QT_TRANSLATE_NOOP("Catalogue", "this is not valid YAML: {problem}")
NO_DOMAINS = QT_TRANSLATE_NOOP("Catalogue", "no domain files were found in {folder}")
NOT_FOUND = QT_TRANSLATE_NOOP("Catalogue", "the catalogue folder or file {path} does not exist")
INVALID_CATALOGUE = QT_TRANSLATE_NOOP("Catalogue", "The catalogue has {count} problem(s). The first: {first}")
PROBLEM_AT = QT_TRANSLATE_NOOP("Catalogue", "{file}, line {line}, {where}: {problem}")
PROBLEM_IN_CELL = QT_TRANSLATE_NOOP("Catalogue", "sheet “{sheet}”, cell {cell}: {problem}")
PROBLEM_NO_LINE = QT_TRANSLATE_NOOP("Catalogue", "{file}, {where}: {problem}")


@dataclass(frozen=True)
class Problem:
    file: str
    where: str  # the key path, e.g. "indicators[3].statement.lo"
    line: int | None
    message: Message
    params: dict[str, object] = field(default_factory=dict)
    cell: str | None = None  # for a spreadsheet: "E12" on the sheet named by `file`

    def render(self, translate: Translate = identity_translate) -> str:
        problem = render(self.message, self.params, translate)
        if self.cell:
            return render(
                PROBLEM_IN_CELL, {"sheet": self.file, "cell": self.cell, "problem": problem}, translate
            )
        template = PROBLEM_AT if self.line is not None else PROBLEM_NO_LINE
        return render(
            template,
            {"file": self.file, "line": self.line, "where": self.where or "—", "problem": problem},
            translate,
        )


class CatalogueError(UserError):
    """The catalogue cannot be used; `problems` lists every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(
            INVALID_CATALOGUE, count=len(problems), first=problems[0].render() if problems else ""
        )

    def render(self, translate: Translate = identity_translate) -> str:
        first = self.problems[0].render(translate) if self.problems else ""
        return render(INVALID_CATALOGUE, {"count": len(self.problems), "first": first}, translate)
