"""Dates and numbers in the user's language, from CLDR through Babel.

Lao dates use Lao month names ("8 ມີນາ 2025"); numbers use the Lao decimal comma. Numbers typed by a user
are parsed leniently: both "85.5" and "85,5" mean eighty-five and a half.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from babel.dates import format_date as _babel_format_date
from babel.numbers import format_decimal

LOCALES = {"lo": "lo_LA", "en": "en_GB"}


def babel_locale(language: str) -> str:
    return LOCALES.get(language, "en_GB")


def format_date(value: dt.date | None, language: str, style: str = "long") -> str:
    if value is None:
        return ""
    return str(_babel_format_date(value, format=style, locale=babel_locale(language)))


def format_number(value: float | int, language: str, decimals: int = 0) -> str:
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return str(format_decimal(value, format=pattern, locale=babel_locale(language)))


def parse_number(text: str) -> Decimal | None:
    """A number typed in either convention; None when it is not a number."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        # the later separator is the decimal one: "1.234,5" or "1,234.5"
        decimal_sep = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        thousands = "." if decimal_sep == "," else ","
        cleaned = cleaned.replace(thousands, "").replace(decimal_sep, ".")
    else:
        cleaned = cleaned.replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None
