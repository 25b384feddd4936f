"""Pinning catalogue versions in the database, so a round always renders against what it was rated on."""

from __future__ import annotations

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


def load_snapshot(session: Session, key: str) -> Catalogue:
    snapshot = session.get(CatalogueSnapshot, key)
    if snapshot is None:
        raise KeyError(key)
    return catalogue_from_dict(snapshot.content, key)
