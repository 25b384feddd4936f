"""Alembic migrations shipped inside the package and applied when a database opens.

The database is upgraded to the newest revision at start; a database from a newer ShelterCheck is
refused rather than damaged, and an SQLite database is backed up before any migration runs.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from sheltercheck.errors import DB_NOT_SHELTERCHECK, DB_TOO_NEW, UserError
from sheltercheck.store.backup import backup_sqlite
from sheltercheck.store.db import Database, table_names

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(db: Database) -> None:
    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    tables = table_names(db)
    current = current_revision(db) if tables else None
    if tables and current is None:
        raise UserError(DB_NOT_SHELTERCHECK, path=db.url.database or str(db.url))
    if current == head:
        return
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise UserError(DB_TOO_NEW, revision=current) from exc
        if db.is_sqlite and db.url.database:
            database_file = Path(db.url.database)
            copy = backup_sqlite(database_file, database_file.parent / "backups", f"before-{head}")
            log.info("backed up %s to %s before migrating %s -> %s", database_file, copy, current, head)
    with db.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    log.info("database migrated from %s to %s", current, head)
