"""The stacked bar's widths: proportional, every count legible, nothing lost to rounding."""

from __future__ import annotations

from sheltercheck.ui.widgets.rating_stack import widths


def test_widths_are_proportional_when_every_number_fits() -> None:
    assert widths([2, 2, 0, 4, 0, 0, 0], 400, [10] * 7) == [100, 100, 0, 200, 0, 0, 0]


def test_small_counts_get_room_for_their_number() -> None:
    out = widths([1, 0, 0, 48, 0, 0, 1], 300, [20] * 7)
    assert out[0] >= 20 and out[6] >= 20 and sum(out) == 300
    assert out[3] == 300 - out[0] - out[6]


def test_when_nothing_fits_the_bar_is_plainly_proportional() -> None:
    assert sum(widths([1] * 7, 50, [20] * 7)) == 50
    assert widths([0] * 7, 100, [10] * 7) == [0] * 7
