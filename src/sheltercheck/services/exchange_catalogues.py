"""The catalogue versions an imported file's rounds were rated against: here, bundled, or carried.

A version this computer has must be the same (same checksum); one it lacks comes from the bundled
catalogue or from the file's snapshot (validated by the catalogue's own validator and checked against
the manifest's checksum); one found nowhere is named in the refusal. Every answer must name an indicator
of its round's catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sheltercheck.catalogue.loader import bundled_catalogue, catalogue_from_dict
from sheltercheck.catalogue.model import Catalogue, to_dict
from sheltercheck.catalogue.problems import CatalogueError
from sheltercheck.errors import UserError
from sheltercheck.exchange import messages as m
from sheltercheck.exchange.package import ExchangePackage
from sheltercheck.exchange.schema import catalogue_member
from sheltercheck.services.catalogues import load_snapshot
from sheltercheck.store.models import CatalogueSnapshot

# --- catalogues -----------------------------------------------------------------------------------------


def catalogues_for(
    session: Session, package: ExchangePackage
) -> tuple[dict[str, Catalogue], dict[str, tuple[str, dict[str, Any]]]]:
    """The catalogue of every round (to check its indicators) and the snapshots the import adds."""
    name = package.name
    used = sorted({r.catalogue_key for s in package.data.shelters for r in s.rounds})
    query = select(CatalogueSnapshot.key, CatalogueSnapshot.checksum).where(CatalogueSnapshot.key.in_(used))
    stored = {key: checksum for key, checksum in session.execute(query).all()}
    bundled = bundled_catalogue()
    catalogues: dict[str, Catalogue] = {}
    to_add: dict[str, tuple[str, dict[str, Any]]] = {}
    missing = []
    for key in used:
        entry = package.manifest.catalogue(key)
        assert entry is not None  # read_package checked that every round's catalogue is listed
        if key in stored:
            if stored[key] != entry.checksum:
                raise UserError(m.CATALOGUE_DIFFERS, name=name, key=key)
            catalogues[key] = load_snapshot(session, key)
        elif key == bundled.key:
            if bundled.checksum() != entry.checksum:
                raise UserError(m.CATALOGUE_DIFFERS, name=name, key=key)
            catalogues[key] = bundled
            to_add[key] = (entry.checksum, to_dict(bundled))
        elif key in package.catalogues:
            catalogue = _parse(package, key)
            if catalogue.checksum() != entry.checksum:
                raise UserError(m.CHECKSUM_MISMATCH, name=name, member=catalogue_member(key))
            catalogues[key] = catalogue
            to_add[key] = (entry.checksum, to_dict(catalogue))
        else:
            missing.append(key)
    if missing:
        raise UserError(m.CATALOGUE_MISSING, name=name, keys=", ".join(missing))
    return catalogues, to_add


def _parse(package: ExchangePackage, key: str) -> Catalogue:
    try:
        catalogue = catalogue_from_dict(package.snapshot(key), catalogue_member(key))
    except CatalogueError as exc:
        first = exc.problems[0].render() if exc.problems else ""
        raise UserError(
            m.CATALOGUE_INVALID, name=package.name, key=key, problem=m.shown(first, 300)
        ) from None
    if catalogue.key != key:
        raise UserError(m.CATALOGUE_INVALID, name=package.name, key=key, problem=m.shown(catalogue.key))
    return catalogue


def check_indicators(package: ExchangePackage, catalogues: Mapping[str, Catalogue]) -> None:
    codes = {key: {i.code for i in catalogue.indicators()} for key, catalogue in catalogues.items()}
    for shelter in package.data.shelters:
        for round_ in shelter.rounds:
            known = codes[round_.catalogue_key]
            for response in round_.responses:
                if response.indicator_code not in known:
                    raise UserError(
                        m.UNKNOWN_INDICATOR,
                        name=package.name,
                        date=round_.assessed_on.isoformat(),
                        code=response.indicator_code,
                        key=round_.catalogue_key,
                    )
