from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from sheltercheck import errors
from sheltercheck.errors import UserError
from sheltercheck.store import migrations
from sheltercheck.store.db import Database, create_database, open_database, to_url, user_error_for


def test_plain_path_means_sqlite_and_urls_pass_through(tmp_path: Path) -> None:
    assert to_url(tmp_path / "a.sqlite3").get_backend_name() == "sqlite"
    url = to_url("postgresql://shelter@localhost/sheltercheck")
    assert url.get_backend_name() == "postgresql"
    assert url.database == "sheltercheck"


def test_bad_url_is_a_user_error() -> None:
    with pytest.raises(UserError) as caught:
        create_database("nosuchdriver://x/y")
    assert caught.value.message is errors.BAD_DATABASE_URL


def test_every_connection_has_the_safety_pragmas(db: Database) -> None:
    for _ in range(3):
        with db.engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        db.engine.dispose()  # force a brand-new DBAPI connection next time


def test_open_migrates_to_head_and_reopening_changes_nothing(db_path: Path) -> None:
    first = open_database(db_path)
    assert migrations.current_revision(first) == migrations.head_revision()
    first.dispose()
    second = open_database(db_path)
    assert migrations.current_revision(second) == migrations.head_revision()
    assert not (db_path.parent / "backups").exists()  # nothing to migrate, so no backup
    second.dispose()


def test_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).dispose()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'from-the-future'")
    before = db_path.read_bytes()
    with pytest.raises(UserError) as caught:
        open_database(db_path)
    assert caught.value.message is errors.DB_TOO_NEW
    assert caught.value.params["revision"] == "from-the-future"
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("from-the-future",)
    assert len(before) > 0


def test_random_bytes_are_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"\x00\x01 this is not sqlite " * 200)
    before = path.read_bytes()
    with pytest.raises(UserError) as caught:
        open_database(path)
    assert caught.value.message is errors.DB_NOT_SHELTERCHECK
    assert path.read_bytes() == before


def test_someone_elses_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(UserError) as caught:
        open_database(path)
    assert caught.value.message is errors.DB_NOT_SHELTERCHECK
    with sqlite3.connect(path) as raw:
        tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"invoices"}


def test_a_real_read_only_failure_becomes_a_plain_message(db_path: Path) -> None:
    open_database(db_path).dispose()
    raw = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            raw.execute("INSERT INTO installation (key, value) VALUES ('a', 'b')")
    finally:
        raw.close()
    assert user_error_for(caught.value, str(db_path)).message is errors.READ_ONLY


def test_a_locked_database_becomes_a_plain_message(db_path: Path) -> None:
    open_database(db_path).dispose()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(db_path, timeout=0.1)
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            other.execute("INSERT INTO installation (key, value) VALUES ('a', 'b')")
    finally:
        other.close()
        holder.execute("ROLLBACK")
        holder.close()
    assert user_error_for(caught.value, str(db_path)).message is errors.DB_LOCKED


def test_migrations_match_the_models(db: Database) -> None:
    """Autogenerate against a migrated database finds nothing to do: models and migrations agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from sheltercheck.store.models import Base

    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_an_older_database_is_backed_up_then_migrated_keeping_its_data(db_path: Path) -> None:
    """A database at revision 0001 with a shelter and a round, as an earlier release left it."""
    from alembic import command

    database = create_database(db_path)
    shelter = {
        "id": "0" * 31 + "1",
        "name": "ສູນ ກ",
        "kind": "state",
        "operator": "",
        "province": "VT",
        "setting": "transit",
        "serves_children": 1,
        "serves_women": 1,
        "serves_men": 0,
        "serves_trafficking_victims": 1,
        "other_groups": "",
        "capacity": 10,
        "contact_person": "",
        "archived": 0,
        "created_at": "2025-01-01",
        "updated_at": "2025-01-01",
    }
    snapshot = {"key": "c@1", "checksum": "x", "content": "{}", "created_at": "2025-01-01"}
    round_ = {
        "id": "0" * 31 + "2",
        "shelter_id": shelter["id"],
        "assessed_on": "2025-06-01",
        "participants": "",
        "catalogue_key": "c@1",
        "status": "complete",
        "current_indicator": "",
        "created_at": "2025-06-01",
        "updated_at": "2025-06-01",
    }
    with database.engine.begin() as connection:
        command.upgrade(migrations.alembic_config(connection), "0001")
        for table, row in (
            ("shelters", shelter),
            ("catalogue_snapshots", snapshot),
            ("assessment_rounds", round_),
        ):
            columns = ", ".join(row)
            values = ", ".join(f":{name}" for name in row)
            connection.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({values})"), row)
    database.dispose()

    upgraded = open_database(db_path)
    assert migrations.current_revision(upgraded) == migrations.head_revision()
    backups = list((db_path.parent / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    with upgraded.engine.connect() as connection:
        populations, setting = connection.execute(
            text("SELECT populations, setting FROM assessment_rounds")
        ).one()
    assert json.loads(str(populations)) == ["children", "women"] and setting == "transit"
    upgraded.dispose()
