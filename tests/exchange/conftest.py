"""A demo database and its export, made once for the exchange tests (they only read them)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sheltercheck.services.demo import create_demo
from sheltercheck.services.exchange_export import export_bytes
from sheltercheck.store.db import Database, open_database


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(path)
    try:
        create_demo(db)
    finally:
        db.dispose()
    return path


@pytest.fixture(scope="session")
def demo_export(demo_file: Path) -> bytes:
    """The demo shelter, both rounds, as a plain exchange file."""
    db = open_database(demo_file)
    try:
        return export_bytes(db)[0]
    finally:
        db.dispose()


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Database]:
    """A fresh database of its own with the demo shelter, for tests that change it."""
    db = open_database(tmp_path / "source.sqlite3")
    create_demo(db)
    yield db
    db.dispose()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "fresh.sqlite3")
    yield db
    db.dispose()
