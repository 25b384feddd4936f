"""The desktop UI (PySide6). It presents and edits through the layers below and holds no business logic."""
