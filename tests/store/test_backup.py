from __future__ import annotations

import sqlite3
from pathlib import Path

from sheltercheck.services.backups import back_up
from sheltercheck.store.backup import backup_sqlite
from sheltercheck.store.db import Database
from sheltercheck.store.models import Shelter


def test_backup_is_a_consistent_copy_of_the_data(db: Database, db_path: Path) -> None:
    with db.transaction() as session:
        session.add(Shelter(name="ສູນ A"))
    copy = back_up(db)
    assert copy.parent == db_path.parent / "backups"
    with sqlite3.connect(copy) as raw:
        assert raw.execute("SELECT name FROM shelters").fetchall() == [("ສູນ A",)]


def test_only_the_newest_backups_are_kept(db: Database, db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    made = [backup_sqlite(db_path, folder, f"n{i}", keep=3) for i in range(5)]
    kept = sorted(folder.glob("*.sqlite3"))
    assert kept == sorted(made[-3:])
