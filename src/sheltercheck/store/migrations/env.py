"""Alembic environment: runs on the connection handed over by `migrations.upgrade`."""

from __future__ import annotations

from alembic import context

from sheltercheck.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the `alembic` command line gets here
    raise RuntimeError("run migrations through sheltercheck.store.migrations.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
