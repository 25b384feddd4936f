"""Quality checks of a catalogue's language, beyond its structure.

Lao texts must be Lao script (no English left in, no legacy-encoded text), segment into plausible words,
and use the glossary's terms wherever the English uses a glossary term. `catalogue check` reports these;
the tests require there are none in the bundled catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from sheltercheck.catalogue.model import Catalogue, Glossary, GlossaryTerm
from sheltercheck.messages import QT_TRANSLATE_NOOP, Message, Translate, identity_translate, render
from sheltercheck.text.lao_script import LAO_LETTER, latin_words, looks_legacy_encoded
from sheltercheck.text.segment import words

MAX_WORD = 20

NO_LAO = QT_TRANSLATE_NOOP("Catalogue", "the Lao text has no Lao letters")
LATIN_LEFT = QT_TRANSLATE_NOOP("Catalogue", "the Lao text still has English in it: {words}")
LEGACY = QT_TRANSLATE_NOOP("Catalogue", "the Lao text looks pasted from an old non-Unicode Lao font")
LONG_WORD = QT_TRANSLATE_NOOP(
    "Catalogue", "the segmenter finds a {length}-letter “word” ({word}): garbled text?"
)
GLOSSARY_TERM = QT_TRANSLATE_NOOP(
    "Catalogue", "the English says “{english}”, so the Lao should use the glossary term “{lao}”"
)
ISSUE_AT = QT_TRANSLATE_NOOP("Catalogue", "{where}: {problem}")


@dataclass(frozen=True)
class TextPair:
    where: str  # e.g. "SAF-03 guidance"
    en: str
    lo: str


@dataclass(frozen=True)
class QualityIssue:
    where: str
    message: Message
    params: dict[str, object]

    def render(self, translate: Translate = identity_translate) -> str:
        return render(
            ISSUE_AT,
            {"where": self.where, "problem": render(self.message, self.params, translate)},
            translate,
        )


def text_pairs(catalogue: Catalogue) -> Iterator[TextPair]:
    """Every English text with its Lao counterpart, named by where it is."""
    yield TextPair("title", catalogue.title.en, catalogue.title.lo)
    for instrument in catalogue.instruments:
        yield TextPair(f"instrument {instrument.id}", instrument.name.en, instrument.name.lo)
    for domain in catalogue.domains:
        yield TextPair(f"{domain.code} name", domain.name.en, domain.name.lo)
        yield TextPair(f"{domain.code} description", domain.description.en, domain.description.lo)
        for indicator in domain.indicators:
            yield TextPair(f"{indicator.code} statement", indicator.statement.en, indicator.statement.lo)
            yield TextPair(f"{indicator.code} guidance", indicator.guidance.en, indicator.guidance.lo)
            for label, texts in (("evidence", indicator.evidence), ("action", indicator.actions)):
                count = max(len(texts.en), len(texts.lo))
                for number in range(count):
                    en = texts.en[number] if number < len(texts.en) else ""
                    lo = texts.lo[number] if number < len(texts.lo) else ""
                    yield TextPair(f"{indicator.code} {label} {number + 1}", en, lo)


@lru_cache(maxsize=256)
def _form_pattern(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z]){re.escape(form)}(?![A-Za-z])", re.IGNORECASE)


def glossary_misses(glossary: Glossary, en: str, lo: str) -> Iterator[tuple[str, GlossaryTerm]]:
    for term in glossary.terms:
        for form in term.en:
            if _form_pattern(form).search(en):
                if term.lo_match not in lo:
                    yield form, term
                break


def check_lao(pair: TextPair, glossary: Glossary) -> list[QualityIssue]:
    issues: list[QualityIssue] = []
    lo = pair.lo
    if not lo:
        return issues  # not translated yet: counted as incomplete, not as wrong
    if looks_legacy_encoded(lo):
        issues.append(QualityIssue(pair.where, LEGACY, {}))
    if not LAO_LETTER.search(lo):
        issues.append(QualityIssue(pair.where, NO_LAO, {}))
    left = latin_words(lo, glossary.latin_allowed)
    if left:
        issues.append(QualityIssue(pair.where, LATIN_LEFT, {"words": ", ".join(left[:5])}))
    for word in words(lo):
        core = word.strip()
        if LAO_LETTER.search(core) and len(core) > MAX_WORD:
            issues.append(QualityIssue(pair.where, LONG_WORD, {"length": len(core), "word": core}))
    for form, term in glossary_misses(glossary, pair.en, lo):
        issues.append(QualityIssue(pair.where, GLOSSARY_TERM, {"english": form, "lao": term.lo_match}))
    return issues


def check_quality(catalogue: Catalogue) -> list[QualityIssue]:
    issues: list[QualityIssue] = []
    for pair in text_pairs(catalogue):
        issues.extend(check_lao(pair, catalogue.glossary))
    return issues
