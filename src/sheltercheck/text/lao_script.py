"""Checks that Lao text is real Unicode Lao: no English left in, no legacy-font garbage.

Old Lao fonts (Saysettha/LSWin, Lao 95, Lao 2000, Alice) mapped Lao letters onto Latin-1 and Thai code
points; text pasted from such documents arrives as accented Latin letters or Thai script. Detect and warn
rather than store it silently.
"""

from __future__ import annotations

import re

LAO_LETTER = re.compile(r"[\u0e80-\u0eff]")
LATIN_LETTER = re.compile(r"[A-Za-z]")
THAI = re.compile(r"[\u0e00-\u0e7f]")
# Latin-1 letters that legacy Lao fonts put their glyphs on; genuine Lao text never has them.
LEGACY_LATIN1 = re.compile(r"[\u00c0-\u00ff]")


def looks_legacy_encoded(text: str) -> bool:
    """Text that probably came from a pre-Unicode Lao font: Thai code points, or many Latin-1 letters
    and no Lao at all."""
    if THAI.search(text):
        return True
    latin1 = len(LEGACY_LATIN1.findall(text))
    return latin1 >= 3 and not LAO_LETTER.search(text)


def latin_words(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """Latin-letter words left in Lao text, after removing the allowed proper names."""
    for name in sorted(allowed, key=len, reverse=True):
        text = text.replace(name, " ")
    return re.findall(r"[A-Za-z][A-Za-z'-]*", text)
