"""Text as it is shown: Lao gets zero-width spaces at word boundaries so Qt wraps between words.

The segmenter (ICU) is loaded the first time Lao text is shown, not when the UI modules are imported.
"""

from __future__ import annotations

import re

_LAO = re.compile(r"[\u0e80-\u0eff]")
ZWSP = "\u200b"


def shown(text: str) -> str:
    if not _LAO.search(text):
        return text
    from sheltercheck.text.segment import insert_break_hints

    return insert_break_hints(text)


def stored(text: str) -> str:
    return text.replace(ZWSP, "")
