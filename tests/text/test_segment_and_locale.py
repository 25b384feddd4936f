from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

from sheltercheck.text import segment
from sheltercheck.text.locale import format_date, format_number, parse_number

SENTENCE = "ເຈົ້າໜ້າທີ່ສູນພັກພິງຮັກສາຄວາມລັບຂອງຜູ້ຖືກເຄາະຮ້າຍ"


def test_break_hints_fall_between_words_and_strip_back_to_the_original() -> None:
    shown = segment.insert_break_hints(SENTENCE)
    assert segment.ZWSP in shown
    assert segment.strip_break_hints(shown) == SENTENCE
    pieces = shown.split(segment.ZWSP)
    assert "ເຈົ້າໜ້າທີ່" in pieces and "ຄວາມລັບ" in pieces


def test_no_break_hint_ever_separates_a_mark_from_its_consonant() -> None:
    shown = segment.insert_break_hints(SENTENCE + " ແລະ ນ້ຳ, ຫຼື ຜູ້ພັກອາໄສ (2025)")
    for position, char in enumerate(shown):
        if char == segment.ZWSP:
            following = shown[position + 1]
            # combining vowels and tone marks never start a piece, and neither does the vowel ຳ
            assert unicodedata.category(following) != "Mn" and following != "\u0eb3"


def test_latin_text_is_left_alone() -> None:
    assert segment.insert_break_hints("Safety and security") == "Safety and security"


def test_line_break_offsets_are_word_starts() -> None:
    offsets = segment.line_break_offsets("ສູນພັກພິງປອດໄພ")
    words = segment.words("ສູນພັກພິງປອດໄພ")
    assert "".join(words) == "ສູນພັກພິງປອດໄພ"
    assert offsets == [sum(len(w) for w in words[:i]) for i in range(1, len(words))]


def test_lao_dates_and_numbers_follow_cldr() -> None:
    day = dt.date(2025, 3, 8)
    assert format_date(day, "lo") == "8 ມີນາ 2025"
    assert format_date(day, "en") == "8 March 2025"
    assert format_number(1234567.891, "lo", 2) == "1.234.567,89"
    assert format_number(1234567.891, "en", 2) == "1,234,567.89"


def test_typed_numbers_are_parsed_leniently() -> None:
    assert parse_number("85.5") == Decimal("85.5")
    assert parse_number("85,5") == Decimal("85.5")
    assert parse_number("1.234,5") == Decimal("1234.5")
    assert parse_number("1,234.5") == Decimal("1234.5")
    assert parse_number("abc") is None
    assert parse_number("  ") is None
