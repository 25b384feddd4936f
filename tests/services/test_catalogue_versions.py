from __future__ import annotations

from dataclasses import replace

import pytest

from sheltercheck.catalogue.loader import bundled_catalogue
from sheltercheck.catalogue.model import Text
from sheltercheck.errors import UserError
from sheltercheck.services.catalogues import VERSION_CHANGED, ensure_snapshot, load_snapshot
from sheltercheck.store.db import Database


def test_a_catalogue_version_is_stored_once_and_reloads_identically(db: Database) -> None:
    catalogue = bundled_catalogue()
    with db.transaction() as session:
        first = ensure_snapshot(session, catalogue)
    with db.transaction() as session:
        again = ensure_snapshot(session, catalogue)
        assert again.key == first.key and again.checksum == catalogue.checksum()
        assert load_snapshot(session, catalogue.key).checksum() == catalogue.checksum()


def test_a_version_in_use_cannot_change(db: Database) -> None:
    catalogue = bundled_catalogue()
    with db.transaction() as session:
        ensure_snapshot(session, catalogue)
    changed = replace(catalogue, title=Text(en="Changed", lo="ປ່ຽນ"))
    with pytest.raises(UserError) as caught, db.transaction() as session:
        ensure_snapshot(session, changed)
    assert caught.value.message is VERSION_CHANGED
    with db.transaction() as session:
        ensure_snapshot(session, replace(changed, version="1.0.1"))  # a new version is fine
        assert load_snapshot(session, "sheltercheck-core@1.0.1").title.en == "Changed"
