"""The language of a report: Lao, English, or both (each text in Lao with its English beneath).

A report asks this object for every label, catalogue text, date and number, and gets a `Bi`: the text in
the first language and, in a bilingual report, the English under it. Labels are `Message`s translated
with the Lao translator the caller passes (the CLI and the UI pass Qt's compiled translation), so the
Lao wording of a report lives in translations/sheltercheck_lo.ts with every other string.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, NamedTuple

from sheltercheck.catalogue.model import Text
from sheltercheck.messages import Message, Translate, identity_translate, render
from sheltercheck.text.locale import format_date, format_number

ReportLanguageCode = Literal["lo", "en", "both"]
REPORT_LANGUAGES: tuple[ReportLanguageCode, ...] = ("lo", "en", "both")


class Bi(NamedTuple):
    """A text in the report's first language, and its English when the report is bilingual."""

    first: str
    second: str | None = None

    def around(self, before: str = "", after: str = "") -> Bi:
        """The same text in each language with something before or after it ("GOV · …", "…: shelter")."""
        return Bi(before + self.first + after, before + self.second + after if self.second else None)

    def joined(self, separator: str = " / ") -> str:
        """One line, for places with room for one (page headers, PDF metadata, bookmarks)."""
        return (
            self.first
            if not self.second or self.second == self.first
            else self.first + separator + self.second
        )


def pair(first: str, english: str | None) -> Bi:
    """A text and its English, the English dropped when it is missing or the same."""
    return Bi(first, english if english and english != first else None)


@dataclass(frozen=True)
class ReportLanguage:
    code: ReportLanguageCode
    translate_lo: Translate = identity_translate

    @staticmethod
    def of(code: str, translate_lo: Translate = identity_translate) -> ReportLanguage:
        """The report language of a code from outside (the CLI, a dialog); ValueError for an unknown one."""
        for known in REPORT_LANGUAGES:
            if code == known:
                return ReportLanguage(known, translate_lo)
        raise ValueError(f"unknown report language {code!r}")

    @property
    def first(self) -> str:
        """The language of the first (or only) text: "lo" for Lao and bilingual reports."""
        return "en" if self.code == "en" else "lo"

    @property
    def bilingual(self) -> bool:
        return self.code == "both"

    def _in(self, language: str, message: Message, params: dict[str, object]) -> str:
        return render(message, params, self.translate_lo if language == "lo" else identity_translate)

    def _bi(self, first: str, second: str | None) -> Bi:
        # an untranslated label is not printed twice
        return pair(first, second) if self.bilingual else Bi(first)

    def label(self, message: Message, **params: object) -> Bi:
        first = self._in(self.first, message, params)
        return self._bi(first, self._in("en", message, params) if self.bilingual else None)

    def label_with(self, message: Message, **params: Bi | str | int) -> Bi:
        """A label whose parameters are themselves bilingual (a date, a translated name)."""

        def side(index: int) -> dict[str, object]:
            return {k: (v[index] or v[0]) if isinstance(v, Bi) else v for k, v in params.items()}

        first = self._in(self.first, message, side(0))
        return self._bi(first, self._in("en", message, side(1)) if self.bilingual else None)

    def text(self, text: Text) -> Bi:
        """A catalogue text; a missing Lao text falls back to the English rather than leaving a hole."""
        first = text.get(self.first) or text.en
        if not self.bilingual:
            return Bi(first)
        return Bi(first, text.en if text.en != first else None)

    def date(self, value: dt.date | None, style: str = "long") -> Bi:
        if value is None:
            return Bi("")
        first = format_date(value, self.first, style)
        return Bi(first, format_date(value, "en", style) if self.bilingual else None)

    def number(self, value: float | int, decimals: int = 0) -> str:
        """Numbers in the first language's convention (Lao: decimal comma); digits are the same."""
        return format_number(value, self.first, decimals)
