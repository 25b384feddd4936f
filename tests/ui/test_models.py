from __future__ import annotations

import datetime as dt
import uuid

from pytestqt.modeltest import ModelTester

from sheltercheck.services.shelters import ShelterSummary
from sheltercheck.ui.models.navigation import NavigationModel
from sheltercheck.ui.models.shelters import ShelterTableModel


def test_navigation_model(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(NavigationModel())


def test_shelter_table_model(qtmodeltester: ModelTester) -> None:
    model = ShelterTableModel("lo")
    model.set_rows(
        [
            ShelterSummary(uuid.uuid4(), "ສູນ ກ", "ngo", "LP", False, 2, dt.date(2026, 6, 18)),
            ShelterSummary(uuid.uuid4(), "Shelter B", "faith", "", False, 0, None),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "ຫຼວງພະບາງ"
    assert model.index(0, 4).data() == "18 ມິ.ຖ. 2026"


def test_indicator_rows_model(qtmodeltester: ModelTester) -> None:
    from sheltercheck.ui.models.indicator_rows import IndicatorRow, IndicatorRowsModel

    model = IndicatorRowsModel()
    model.set_rows(
        [
            IndicatorRow("SAF-02", True, "ຜູ້ພັກອາໄສແຕ່ລະຄົນມີແຜນຄວາມປອດໄພ", "0"),
            IndicatorRow("GOV-03", False, "A clear management structure", "2"),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "SAF-02 ●"
