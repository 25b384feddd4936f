"""User-facing messages of the Qt-free layers, translatable without importing Qt.

The layers below the UI raise `UserError`s that carry a `Message` (a translation context and an English
template) and its parameters. The UI and the CLI translate the template with Qt's translator and then
format it; `pyside6-lupdate` finds the templates through the QT_TRANSLATE_NOOP marker, so every message
lives in the one `.ts` file with the rest of the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Message:
    context: str
    template: str


def QT_TRANSLATE_NOOP(context: str, template: str) -> Message:  # noqa: N802 - the name lupdate looks for
    return Message(context, template)


class Translate(Protocol):
    def __call__(self, context: str, source: str) -> str: ...


def identity_translate(context: str, source: str) -> str:
    return source


def render(message: Message, params: dict[str, object], translate: Translate = identity_translate) -> str:
    """Translate the template, then fill in the placeholders (never the other way round)."""
    return translate(message.context, message.template).format(**params)
