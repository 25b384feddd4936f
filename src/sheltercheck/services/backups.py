"""Backing up the open database on request (the File menu) and before risky operations."""

from __future__ import annotations

from pathlib import Path

from sheltercheck.errors import DB_CANNOT_OPEN, SERVER_BACKUP, UserError
from sheltercheck.store.backup import backup_sqlite
from sheltercheck.store.db import Database


def back_up(db: Database, reason: str = "manual") -> Path:
    """A consistent copy of an SQLite database beside it, in `backups/`."""
    if not db.is_sqlite or not db.url.database:
        raise UserError(SERVER_BACKUP)
    database_file = Path(db.url.database)
    try:
        return backup_sqlite(database_file, database_file.parent / "backups", reason)
    except OSError as exc:
        raise UserError(DB_CANNOT_OPEN, path=str(database_file), reason=str(exc)) from exc
