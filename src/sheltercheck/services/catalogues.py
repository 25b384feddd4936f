"""Pinning catalogue versions in the database, so a round always renders against what it was rated on."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sheltercheck.catalogue.loader import catalogue_from_dict
from sheltercheck.catalogue.model import Catalogue, to_dict
from sheltercheck.errors import UserError
from sheltercheck.messages import QT_TRANSLATE_NOOP
from sheltercheck.store.models import CatalogueSnapshot

VERSION_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "The catalogue {key} has changed since assessments used it. Give the changed catalogue a new version "
    "number; a version in use cannot change.",
)


def ensure_snapshot(session: Session, catalogue: Catalogue) -> CatalogueSnapshot:
    """Store the catalogue version once; refuse a different catalogue under a version already stored."""
    checksum = catalogue.checksum()
    snapshot = session.get(CatalogueSnapshot, catalogue.key)
    if snapshot is None:
        snapshot = CatalogueSnapshot(key=catalogue.key, checksum=checksum, content=to_dict(catalogue))
        session.add(snapshot)
        session.flush()
    elif snapshot.checksum != checksum:
        raise UserError(VERSION_CHANGED, key=catalogue.key)
    return snapshot


_parsed: dict[tuple[str, str], Catalogue] = {}  # (key, checksum) -> catalogue; versions never change


def load_snapshot(session: Session, key: str) -> Catalogue:
    """The stored catalogue version. Parsed and validated once per process: every round of the same
    version (a shelter list, results with their previous round, a workshop) shares the one value."""
    checksum = session.scalar(select(CatalogueSnapshot.checksum).where(CatalogueSnapshot.key == key))
    if checksum is None:
        raise KeyError(key)
    cached = _parsed.get((key, checksum))
    if cached is None:
        snapshot = session.get(CatalogueSnapshot, key)
        assert snapshot is not None
        cached = catalogue_from_dict(snapshot.content, key)
        if len(_parsed) >= 16:
            _parsed.clear()
        _parsed[(key, checksum)] = cached
    return cached
