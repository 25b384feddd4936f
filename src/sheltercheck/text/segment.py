"""Lao word boundaries from ICU's dictionary segmenter.

Lao puts no spaces between words, and neither Qt nor ReportLab can find where a line may break. ICU can
(icu4py bundles ICU with its Lao dictionary). Display text gets U+200B ZERO WIDTH SPACE at each word
boundary so Qt's layout breaks there; stored text never contains it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from icu4py.breakers import CharacterBreaker, LineBreaker

ZWSP = "\u200b"
_LAO = re.compile(r"[\u0e80-\u0eff]")
_LAO_RUN = re.compile(r"[\u0e80-\u0eff]+")


def has_lao(text: str) -> bool:
    return _LAO.search(text) is not None


def line_break_offsets(text: str) -> list[int]:
    """Offsets where a line may break (each the start of a segment), excluding 0 and len(text)."""
    if not text:
        return []
    return [start for start, _end in LineBreaker(text, "lo").segments() if start > 0]


def words(text: str) -> list[str]:
    """The text cut at ICU's line-break opportunities (trailing spaces stay with their word)."""
    return list(LineBreaker(text, "lo")) if text else []


def clusters(text: str) -> list[str]:
    """Grapheme clusters: a consonant with its stacked vowel and tone marks is one cluster.

    Breaking between clusters is the fallback for a single word longer than a line: it never separates a
    mark from its base, so a vowel is never "cut in half".
    """
    return list(CharacterBreaker(text, "lo")) if text else []


@lru_cache(maxsize=4096)
def _marked_run(run: str) -> str:
    return ZWSP.join(LineBreaker(run, "lo"))


def insert_break_hints(text: str) -> str:
    """Display form: U+200B between Lao words (not next to spaces), for Qt's line breaking."""
    if not has_lao(text):
        return text
    return _LAO_RUN.sub(lambda m: _marked_run(m.group(0)), text)


def strip_break_hints(text: str) -> str:
    """Stored form: whatever came back from a widget, without the display-only U+200B."""
    return text.replace(ZWSP, "")
