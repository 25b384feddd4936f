"""This installation's own ID, written into every exchange file it exports.

Made on first use (nothing else needs it), kept in the `installation` table of the database, so a
facilitator can tell files from different computers apart even when they carry the same shelter.
"""

from __future__ import annotations

import uuid

from sqlalchemy.exc import IntegrityError

from sheltercheck.store.db import Database, translate_errors
from sheltercheck.store.models import InstallationSetting

INSTALLATION_ID = "installation_id"


def _stored(db: Database) -> uuid.UUID | None:
    with db.sessions() as session:
        row = session.get(InstallationSetting, INSTALLATION_ID)
        if row is None:
            return None
        try:
            return uuid.UUID(row.value)
        except ValueError:  # edited by hand: replaced below
            return None


def installation_id(db: Database) -> uuid.UUID:
    """The installation's ID, created (once, even with two processes racing) when first asked for."""
    with translate_errors(db):
        found = _stored(db)
        if found is not None:
            return found
        new = uuid.uuid4()
        try:
            with db.transaction() as session:
                row = session.get(InstallationSetting, INSTALLATION_ID)
                if row is None:
                    session.add(InstallationSetting(key=INSTALLATION_ID, value=str(new)))
                else:
                    row.value = str(new)
        except IntegrityError:  # another process stored one first: use that
            pass
        found = _stored(db)
        assert found is not None
        return found
