"""OK/Cancel rows with translated labels: Qt ships no Lao translation of its standard buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox


def accept_cancel_buttons(dialog: QDialog, accept_text: str, cancel_text: str) -> QDialogButtonBox:
    """A button row whose accept/cancel buttons say `accept_text`/`cancel_text` and drive `dialog`."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
