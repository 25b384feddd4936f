"""The QPainter charts: radar and domain bars, with 15 Lao domain labels and the bundled fonts."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from sheltercheck.ui.fonts import FALLBACK_FAMILIES, UI_FAMILY, load_bundled_fonts
from sheltercheck.ui.widgets.domain_bars import DomainBars, change_text, score_text
from sheltercheck.ui.widgets.radar import RadarChart, wrap_text

LABELS = [
    "ການຄຸ້ມຄອງບໍລິຫານ ແລະ ພື້ນຖານທາງດ້ານກົດໝາຍ",
    "ການສົ່ງຕໍ່, ການຮັບເຂົ້າ ແລະ ການຍິນຍອມໂດຍໄດ້ຮັບຂໍ້ມູນຄົບຖ້ວນ",
    "ຄວາມປອດໄພ",
    "ຄວາມລັບ ແລະ ການປົກປ້ອງຂໍ້ມູນ",
    "ສິດຂອງຜູ້ພັກອາໄສ, ການພັກອາໄສແບບສະໝັກໃຈ ແລະ ການມີສ່ວນຮ່ວມ",
    "ສະຖານທີ່ ແລະ ຄວາມຕ້ອງການພື້ນຖານ",
    "ການດູແລສຸຂະພາບ",
    "ການຊ່ວຍເຫຼືອດ້ານຈິດໃຈ ແລະ ສັງຄົມ",
    "ການຄຸ້ມຄອງກໍລະນີ",
    "ການຊ່ວຍເຫຼືອທາງດ້ານກົດໝາຍ ແລະ ການເຂົ້າເຖິງຍຸຕິທຳ",
    "ການສຶກສາ, ທັກສະ ແລະ ອາຊີບ",
    "ການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມ, ການອອກຈາກສູນ ແລະ ການຕິດຕາມ",
    "ເດັກ",
    "ພະນັກງານ, ການປະພຶດ ແລະ ການດູແລ",
    "ຄຳຮ້ອງທຸກ, ຄຳຕິຊົມ ແລະ ຄວາມຮັບຜິດຊອບ",
]
CURRENT: list[float | None] = [100, 67, 45.5, 80, None, 23, 0, 55, 90, 70, None, 35, 50, 88, 12]
PREVIOUS: list[float | None] = [55, 90, 50, 40, None, 30, 10, 60, 70, 65, 20, 20, 62, 75, 17]
NAMES = ("ຮອບທີ 2 (2026)", "ຮອບທີ 1 (2025)")


@pytest.fixture
def lao_font(qapp: object) -> QFont:
    assert UI_FAMILY in load_bundled_fonts()
    font = QFont()
    font.setFamilies([UI_FAMILY, *FALLBACK_FAMILIES])
    font.setPointSizeF(10.5)
    return font


def _show(qtbot: QtBot, widget: QWidget, font: QFont, size: QSize | None = None) -> None:
    widget.setFont(font)
    qtbot.addWidget(widget)
    widget.resize(size or widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)


def _radar(qtbot: QtBot, font: QFont, size: QSize | None = None, previous: bool = True) -> RadarChart:
    radar = RadarChart()
    radar.set_data(LABELS, CURRENT, PREVIOUS if previous else None, *NAMES)
    _show(qtbot, radar, font, size)
    return radar


def _bars(qtbot: QtBot, font: QFont, size: QSize | None = None) -> DomainBars:
    bars = DomainBars()
    bars.set_data(LABELS, CURRENT, PREVIOUS, *NAMES)
    _show(qtbot, bars, font, size)
    return bars


def _lightness(image: QImage, at: QPointF) -> int:
    return image.pixelColor(at.toPoint()).lightness()


def _ink(image: QImage) -> float:
    """Share of pixels that differ from the top-left one (the background)."""
    bg, step = image.pixel(0, 0), 3
    points = list(itertools.product(range(0, image.width(), step), range(0, image.height(), step)))
    return sum(image.pixel(x, y) != bg for x, y in points) / len(points)


def _projector(font: QFont) -> QFont:
    big = QFont(font)
    big.setPointSizeF(font.pointSizeF() * 1.6)
    return big


def _assert_inside_and_apart(widget: RadarChart | DomainBars, apart: bool = True) -> None:
    rects, bounds = widget.label_rects(), QRectF(widget.rect())
    assert len(rects) == len(LABELS)
    for rect in rects:
        assert rect.width() > 0 and bounds.contains(rect), (rect, bounds)
    if apart:
        for a, b in itertools.combinations(rects, 2):
            assert not a.intersects(b), (a, b)


# -- radar ------------------------------------------------------------------------------------------------


def test_radar_size_hints(qtbot: QtBot, lao_font: QFont) -> None:
    radar = _radar(qtbot, lao_font)
    assert abs(radar.sizeHint().width() - 420) <= 20 and abs(radar.sizeHint().height() - 380) <= 20
    assert radar.minimumSizeHint().width() <= 270 and radar.minimumSizeHint().height() <= 250
    radar.setFont(_projector(lao_font))
    assert radar.sizeHint().width() > 600  # grows with the font


def test_radar_paints_the_current_round_dark_at_100_on_spoke_0(qtbot: QtBot, lao_font: QFont) -> None:
    radar = _radar(qtbot, lao_font)
    image = radar.grab().toImage()
    assert _ink(image) > 0.08
    background = _lightness(image, QPointF(1, 1))
    at = radar.point_position(0, 100)
    assert radar.rect().contains(at.toPoint())
    assert at.y() < radar.point_position(0, 50).y() < radar.point_position(0, 0).y()  # spoke 0 points up
    assert _lightness(image, at) < background - 100


def test_radar_does_not_bridge_an_unscored_domain(qtbot: QtBot, lao_font: QFont) -> None:
    radar = RadarChart()
    values: list[float | None] = [80.0] * 15
    values[4] = None
    radar.set_data(LABELS, values)
    _show(qtbot, radar, lao_font)
    image = radar.grab().toImage()
    a, b = radar.point_position(3, 80), radar.point_position(5, 80)
    assert _lightness(image, radar.point_position(2, 80)) < 120  # a scored point is drawn …
    assert _lightness(image, (a + b) / 2) > 180  # … but no line crosses the gap at spoke 4
    assert _lightness(image, radar.point_position(4, 80)) > 180  # and there is no point there
    assert "—" in radar.tooltip_text(4)


def test_radar_click_on_a_point_or_label_emits_the_domain(qtbot: QtBot, lao_font: QFont) -> None:
    radar = _radar(qtbot, lao_font)
    value = CURRENT[3]
    assert value is not None
    with qtbot.waitSignal(radar.domainClicked, timeout=1000) as blocker:
        qtbot.mouseClick(radar, Qt.MouseButton.LeftButton, pos=radar.point_position(3, value).toPoint())
    assert blocker.args == [3]
    with qtbot.waitSignal(radar.domainClicked, timeout=1000) as blocker:  # an unscored domain, by its label
        qtbot.mouseClick(radar, Qt.MouseButton.LeftButton, pos=radar.label_rects()[10].center().toPoint())
    assert blocker.args == [10]
    with qtbot.assertNotEmitted(radar.domainClicked):
        qtbot.mouseClick(radar, Qt.MouseButton.LeftButton, pos=QPoint(2, radar.height() - 2))


def test_radar_keyboard_selects_and_activates(qtbot: QtBot, lao_font: QFont) -> None:
    radar = _radar(qtbot, lao_font)
    qtbot.keyClick(radar, Qt.Key.Key_Right)
    qtbot.keyClick(radar, Qt.Key.Key_Right)
    with qtbot.waitSignal(radar.domainClicked, timeout=1000) as blocker:
        qtbot.keyClick(radar, Qt.Key.Key_Return)
    assert blocker.args == [1]


@pytest.mark.parametrize("size", [None, QSize(420, 380), QSize(260, 240)])
@pytest.mark.parametrize("projector", [False, True])
def test_radar_labels_stay_inside(qtbot: QtBot, lao_font: QFont, size: QSize | None, projector: bool) -> None:
    radar = _radar(qtbot, _projector(lao_font) if projector else lao_font, size)
    _assert_inside_and_apart(radar, apart=size is None)  # at its size hint they never overlap either
    for index in range(len(LABELS)):  # and never sit on the chart
        assert not any(r.contains(radar.point_position(index, 100)) for r in radar.label_rects())


def test_radar_render_image(qtbot: QtBot, lao_font: QFont) -> None:
    radar = _radar(qtbot, lao_font)
    image = radar.render_image(500, 400, scale=2.0)
    assert (image.width(), image.height()) == (1000, 800)
    assert image.devicePixelRatio() == 2.0
    assert _ink(image) > 0.08
    assert radar.render_image(300, 200, scale=1.5).size() == QSize(450, 300)


def test_radar_without_data_shows_the_empty_text(qtbot: QtBot, lao_font: QFont) -> None:
    radar = RadarChart()
    _show(qtbot, radar, lao_font)
    assert _ink(radar.grab().toImage()) == 0
    radar.set_empty_text("ຍັງບໍ່ມີຂໍ້ມູນ")
    assert _ink(radar.grab().toImage()) > 0
    radar.set_data(LABELS[:3], [None, None, None])
    assert radar.is_empty()
    with pytest.raises(ValueError):
        radar.set_data(LABELS, CURRENT[:3])


# -- domain bars ----------------------------------------------------------------------------------------


def test_bars_paint_and_bar_lengths(qtbot: QtBot, lao_font: QFont) -> None:
    bars = _bars(qtbot, lao_font)
    image = bars.grab().toImage()
    assert _ink(image) > 0.05
    full, half = bars.bar_rect(0), bars.bar_rect(12)  # 100 and 50
    assert full.width() > 100
    assert half.width() == pytest.approx(full.width() / 2, abs=1)
    assert half.left() == full.left()
    assert _lightness(image, full.center()) < 100
    previous = bars.bar_rect(0, previous=True)  # the previous round: thinner, just below
    assert previous.top() >= full.bottom() and previous.height() < full.height()
    assert previous.width() == pytest.approx(full.width() * 0.55, abs=1)


def test_bars_unscored_rows_show_a_dash_and_no_bar(qtbot: QtBot, lao_font: QFont) -> None:
    bars = _bars(qtbot, lao_font)
    image = bars.grab().toImage()
    assert bars.bar_rect(4).isEmpty() and bars.bar_rect(4, previous=True).isEmpty()
    assert bars.row_texts(4)[1:] == ["—", "—", "—"]
    assert bars.row_texts(10)[1:] == ["—", "20", "—"]
    band = bars.bar_rect(0)  # where row 4's bar would be, beyond the dash
    y = bars.row_rect(4).center().y() - bars.row_rect(0).center().y() + band.center().y()
    row = [
        image.pixelColor(round(x), round(y)).lightness()
        for x in range(round(band.left() + 40), round(band.right()))
    ]
    assert min(row) > 180


def test_bars_texts_and_change(qtbot: QtBot, lao_font: QFont) -> None:
    bars = _bars(qtbot, lao_font)
    assert bars.row_texts(0)[1:] == ["100", "55", "+45"]
    assert bars.row_texts(2)[1:] == ["46", "50", "−4"]  # 45.5 rounds half up
    assert bars.row_texts(12)[1:] == ["50", "62", "−12"]
    assert change_text(70, 70.2) == "±0" and change_text(None, 3) == "—"
    assert score_text(66.5) == "67" and score_text(None) == "—"


def test_bars_long_labels_are_elided_with_the_full_text_in_the_tooltip(qtbot: QtBot, lao_font: QFont) -> None:
    bars = _bars(qtbot, lao_font, QSize(420, 900))
    label = bars.row_texts(4)[0]
    assert label.endswith("…") and len(label) < len(LABELS[4])
    assert bars.tooltip_text(4).splitlines() == [LABELS[4], f"{NAMES[0]}: —", f"{NAMES[1]}: —"]
    assert bars.row_texts(12)[0] == "ເດັກ"


def test_bars_click_on_a_row_emits_the_domain(qtbot: QtBot, lao_font: QFont) -> None:
    bars = _bars(qtbot, lao_font)
    with qtbot.waitSignal(bars.domainClicked, timeout=1000) as blocker:
        qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=bars.row_rect(7).center().toPoint())
    assert blocker.args == [7]


@pytest.mark.parametrize("projector", [False, True])
def test_bars_rows_grow_with_the_font_and_labels_stay_inside(
    qtbot: QtBot, lao_font: QFont, projector: bool
) -> None:
    font = _projector(lao_font) if projector else lao_font
    bars = _bars(qtbot, font)
    height = bars.fontMetrics().height()
    assert all(bars.row_rect(r).height() >= 1.6 * height for r in range(len(LABELS)))
    assert bars.row_rect(14).bottom() < bars.height()
    _assert_inside_and_apart(bars)
    few = DomainBars()
    few.setFont(font)
    few.set_data(LABELS[:5], CURRENT[:5])
    assert few.sizeHint().height() < bars.sizeHint().height() - 5 * height


def test_bars_render_image(qtbot: QtBot, lao_font: QFont) -> None:
    bars = _bars(qtbot, lao_font)
    image = bars.render_image(600, 800, scale=2.0)
    assert image.size() == QSize(1200, 1600)
    assert _ink(image) > 0.05


def test_wrap_text_breaks_between_words_only(lao_font: QFont) -> None:
    from PySide6.QtGui import QFontMetricsF

    from sheltercheck.ui.display import shown

    fm = QFontMetricsF(lao_font)
    text = shown(LABELS[4])
    lines = wrap_text(text, fm, 120, 5)
    assert len(lines) > 1 and all(fm.horizontalAdvance(line) <= 120 + 0.5 for line in lines)
    assert "".join(lines).replace("\u200b", "").replace(" ", "") == LABELS[4].replace(" ", "")
    assert wrap_text(text, fm, 120, 2)[-1].endswith("…")


def test_painting_gives_back_the_references_to_none_it_takes(qtbot: QtBot, lao_font: QFont) -> None:
    """Hundreds of void Qt calls per repaint must leave None's reference count alone (PySide6 6.12.0 on
    CPython 3.11 did not, and the process aborted with "none_dealloc"; see tests/ui/test_qt_binding.py)."""
    import sys

    radar, bars = _radar(qtbot, lao_font), _bars(qtbot, lao_font)
    radar.grab(), bars.grab()
    before = sys.getrefcount(None)
    for k in range(20):
        for chart in (radar, bars):
            chart.setFont(_projector(lao_font) if k % 2 else lao_font)
            chart.grab()
            chart.render_image(200, 150, 1.0)
            qtbot.mouseMove(chart, chart.rect().center())
    assert sys.getrefcount(None) >= before - 20
