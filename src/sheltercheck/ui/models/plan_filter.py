"""Filtering the plan (by status, domain, overdue, who is responsible) and sorting it by any column;
the "No." column gives back the plan's own order."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from sheltercheck.ui.models.plan_table import PlanTableModel


class PlanFilterModel(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.status = ""  # "" = any, "open" = not started or in progress, or one status
        self.domain = ""
        self.overdue_only = False
        self.responsible = ""
        self.setSortRole(PlanTableModel.SortRole)

    def set_filters(
        self, status: str = "", domain: str = "", overdue_only: bool = False, responsible: str = ""
    ) -> None:
        self.beginFilterChange()
        self.status, self.domain, self.overdue_only = status, domain, overdue_only
        self.responsible = responsible.strip().casefold()
        self.endFilterChange()

    @property
    def active(self) -> bool:
        """Filtered or sorted by something else than plan order: then rows cannot be moved."""
        plan_order = self.sortColumn() <= 0 and self.sortOrder() == Qt.SortOrder.AscendingOrder
        return bool(self.status or self.domain or self.overdue_only or self.responsible) or not plan_order

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        status = index.data(PlanTableModel.StatusRole)
        if self.status == "open" and status not in ("not_started", "in_progress"):
            return False
        if self.status not in ("", "open") and status != self.status:
            return False
        if self.domain and self.domain not in (index.data(PlanTableModel.DomainsRole) or []):
            return False
        if self.overdue_only and not index.data(PlanTableModel.OverdueRole):
            return False
        return (
            not self.responsible
            or self.responsible in str(index.data(PlanTableModel.ResponsibleRole)).casefold()
        )
