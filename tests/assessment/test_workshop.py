"""The pure parts of the workshop's sums: letters, means, and what scoring's change gives them."""

from __future__ import annotations

import pytest

from sheltercheck.assessment.workshop import anonymous_letters, mean
from sheltercheck.reports.score_colours import BANDS, band_of, contrast


def test_letters_run_like_spreadsheet_columns() -> None:
    assert [anonymous_letters(n) for n in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA",
    ]  # fmt: skip
    assert len({anonymous_letters(n) for n in range(2000)}) == 2000
    with pytest.raises(ValueError):
        anonymous_letters(-1)


def test_a_mean_leaves_out_what_is_missing() -> None:
    assert mean([50.0, None, 100.0]) == 75.0
    assert mean([None, None]) is None and mean([]) is None
    assert mean([0.0]) == 0.0


def test_score_bands_read_in_greyscale_and_carry_legible_numbers() -> None:
    assert band_of(None) is None
    assert [band_of(v).low for v in (0, 19.4, 19.5, 39.6, 59, 79.5, 100, 120)] == [  # type: ignore[union-attr]
        0, 0, 20, 40, 40, 80, 80, 80,
    ]  # fmt: skip
    lightness = [contrast("#000000", band.fill) for band in BANDS]
    assert lightness == sorted(lightness)  # lighter with every band: the order survives greyscale
    assert all(contrast(band.text, band.fill) >= 4.5 for band in BANDS)  # WCAG AA for the numbers
