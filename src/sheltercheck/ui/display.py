"""Text as it is shown: Lao gets zero-width spaces at word boundaries so Qt wraps between words."""

from __future__ import annotations

from sheltercheck.text.segment import insert_break_hints, strip_break_hints

__all__ = ["shown", "stored"]


def shown(text: str) -> str:
    return insert_break_hints(text)


def stored(text: str) -> str:
    return strip_break_hints(text)
