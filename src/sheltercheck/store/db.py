"""The one place that turns a database address into an engine and a session factory.

A plain path means an SQLite file; anything with `://` is a SQLAlchemy URL (PostgreSQL for a server
deployment). There is no module-level engine: the app, the CLI and every test open their own.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from sheltercheck.errors import (
    BAD_DATABASE_URL,
    DB_CANNOT_OPEN,
    DB_LOCKED,
    DB_NOT_SHELTERCHECK,
    DISK_FULL,
    READ_ONLY,
    UserError,
)

log = logging.getLogger(__name__)


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed as a whole, or rolled back as a whole on any error."""
        with self.sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def to_url(path_or_url: str | Path) -> URL:
    text = str(path_or_url)
    if "://" not in text:
        return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))
    try:
        return make_url(text)
    except ArgumentError as exc:
        raise UserError(BAD_DATABASE_URL, url=text, reason=str(exc)) from exc


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Every connection, not just the first: SQLite forgets these per connection (WAL is kept in the file).
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_database(path_or_url: str | Path) -> Database:
    """An engine and session factory for the address, without touching the schema."""
    url = to_url(path_or_url)
    kwargs: dict[str, Any] = {}
    if url.get_backend_name() == "sqlite" and url.database:
        folder = Path(url.database).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(READ_ONLY, path=str(folder)) from exc
    try:
        engine = create_engine(url, **kwargs)
    except (ArgumentError, ImportError) as exc:
        raise UserError(
            BAD_DATABASE_URL, url=url.render_as_string(hide_password=True), reason=str(exc)
        ) from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return Database(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def open_database(path_or_url: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) a ShelterCheck database and bring its schema up to date.

    Before an existing SQLite database is migrated, a backup is taken, so an upgrade never loses data.
    """
    from sheltercheck.store import migrations  # alembic is heavy: only import it when a database opens

    db = create_database(path_or_url)
    try:
        with translate_errors(db):
            if migrate:
                migrations.upgrade(db)
    except BaseException:
        db.dispose()
        raise
    return db


@contextmanager
def translate_errors(db: Database) -> Iterator[None]:
    """Turn the database errors a user can fix into plain `UserError`s."""
    where = db.url.database or db.url.render_as_string(hide_password=True)
    try:
        yield
    except (OperationalError, DatabaseError) as exc:
        raise user_error_for(exc, where) from exc


def user_error_for(exc: Exception, where: str) -> UserError:
    original = getattr(exc, "orig", exc)
    text = str(original).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return UserError(DISK_FULL)
    if "readonly" in text or "read-only" in text or "attempt to write a readonly" in text:
        return UserError(READ_ONLY, path=where)
    if "database is locked" in text or "database table is locked" in text:
        return UserError(DB_LOCKED)
    if "file is not a database" in text or "malformed" in text:
        return UserError(DB_NOT_SHELTERCHECK, path=where)
    if isinstance(original, sqlite3.Error) or "unable to open" in text or "could not connect" in text:
        return UserError(DB_CANNOT_OPEN, path=where, reason=str(original).strip())
    return UserError(DB_CANNOT_OPEN, path=where, reason=str(original).strip())


def table_names(db: Database) -> set[str]:
    return set(inspect(db.engine).get_table_names())
