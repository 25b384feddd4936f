"""Writing and reading the exchange zip, treating every file that arrives as possibly hostile.

Reading checks, in this order and before anything is decompressed: the file's size, the password
protection, the zip's end record (number of members, size of the central directory), every member's
name (no `..`, no absolute path, no backslash or drive letter, nothing but the names an exchange file
uses, no name twice), its compression method and its declared size, and the declared total. Members are
then decompressed as a stream with a cap on the actual size, checked against the manifest's size and
SHA-256, decoded as strict UTF-8 and parsed as JSON with a nesting cap. Only then are the documents
validated (schema.py). A catalogue snapshot is parsed, with the same limits, when the import needs it
(`ExchangePackage.snapshot`) and then validated by the catalogue's own validator. Every failure is one
`UserError`; nothing else leaves `read_package`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import struct
import uuid
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sheltercheck.errors import UserError
from sheltercheck.exchange import crypto
from sheltercheck.exchange import messages as m
from sheltercheck.exchange.jsontext import dump_json, load_json
from sheltercheck.exchange.schema import (
    FORMAT,
    FORMAT_VERSION,
    MAX_MEMBERS,
    CatalogueEntry,
    ExchangeData,
    Manifest,
    catalogue_member,
    validate_data,
    validate_manifest,
)

MIB = 1024 * 1024
MAX_FILE_BYTES = 64 * MIB  # the file as it arrives, compressed (and maybe encrypted)
MAX_TOTAL_BYTES = 128 * MIB  # all members together, decompressed
MANIFEST_LIMIT = 1 * MIB
DATA_LIMIT = 64 * MIB
CATALOGUE_LIMIT = 8 * MIB  # the bundled catalogue is about 0.6 MB
MAX_CENTRAL_DIRECTORY = 64 * 1024
SUFFIX = ".shelterchk"
MANIFEST = "manifest.json"
DATA = "data.json"
_CHUNK = 256 * 1024
_END_RECORD = struct.Struct("<4s4H2LH")
_END_SIGNATURE = b"PK\x05\x06"
_SAFE_NAME = re.compile(r"[A-Za-z0-9._@+-]+(/[A-Za-z0-9._@+-]+)*")
# What the zip module may raise on a damaged or crafted archive (beyond BadZipFile).
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, struct.error, OSError, OverflowError)


@dataclass(frozen=True)
class ExchangePackage:
    """A read and validated exchange file: its manifest, its data and its catalogue snapshots."""

    name: str  # the file's name, for messages
    manifest: Manifest
    data: ExchangeData
    catalogues: Mapping[str, bytes] = field(default_factory=dict)  # key -> the snapshot's JSON, checksummed
    protected: bool = False

    @property
    def round_count(self) -> int:
        return sum(len(shelter.rounds) for shelter in self.data.shelters)

    def snapshot(self, key: str) -> dict[str, Any]:
        """The catalogue snapshot the file carries for `key`, parsed with the same limits as the rest.

        Parsed on demand: an import needs it only when this computer lacks the catalogue (a workshop
        importing fifty files of the same version parses it once, not fifty times)."""
        member = catalogue_member(key)
        snapshot = load_json(self.catalogues[key], name=self.name, member=member)
        if not isinstance(snapshot, dict):
            raise UserError(m.NOT_AN_OBJECT, name=self.name, member=member)
        return snapshot


def _mb(limit: int) -> int:
    return limit // MIB


# --- writing ------------------------------------------------------------------------------------------


def write_package(
    data: ExchangeData,
    catalogues: Mapping[str, tuple[str, dict[str, Any] | None]],
    *,
    app_version: str,
    installation: uuid.UUID,
    redacted: bool,
    neutral_names: bool,
    created_at: dt.datetime | None = None,
) -> bytes:
    """The plain exchange zip. `catalogues` maps each catalogue key the rounds use to its checksum and
    snapshot (None: listed in the manifest but not included, for a receiver that has it already)."""
    members: dict[str, bytes] = {DATA: dump_json(data.model_dump(mode="json"))}
    entries = []
    for key, (checksum, snapshot) in sorted(catalogues.items()):
        if snapshot is not None:
            members[catalogue_member(key)] = dump_json(snapshot)
        entries.append(CatalogueEntry(key=key, checksum=checksum, included=snapshot is not None))
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": app_version,
        "created_at": (created_at or dt.datetime.now(dt.UTC)).isoformat(),
        "source_installation": str(installation),
        "redacted": redacted,
        "neutral_names": neutral_names,
        "catalogues": [entry.model_dump(mode="json") for entry in entries],
        "members": {
            member: {"size": len(content), "sha256": hashlib.sha256(content).hexdigest()}
            for member, content in members.items()
        },
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr(MANIFEST, dump_json(manifest))
        for member, content in members.items():
            archive.writestr(member, content)
    return buffer.getvalue()


# --- reading ------------------------------------------------------------------------------------------


def read_file(path: Path, password: str | None = None) -> ExchangePackage:
    """Read and validate the exchange file at `path` (its size is checked before it is read)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError(m.FILE_TOO_LARGE, name=path.name, limit=_mb(MAX_FILE_BYTES))
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)  # (a file that grows meanwhile is cut and refused)
    except OSError as exc:
        raise UserError(m.CANNOT_READ, name=path.name, reason=exc.strerror or type(exc).__name__) from exc
    return read_package(raw, password, name=path.name)


def read_package(raw: bytes, password: str | None = None, *, name: str) -> ExchangePackage:
    """Validate an exchange file's bytes; `password` opens a protected one (ignored for a plain one)."""
    if not raw:
        raise UserError(m.EMPTY, name=name)
    if len(raw) > MAX_FILE_BYTES:
        raise UserError(m.FILE_TOO_LARGE, name=name, limit=_mb(MAX_FILE_BYTES))
    protected = crypto.is_protected(raw)
    if protected:
        if password is None:
            raise m.PasswordRequiredError(m.PASSWORD_NEEDED, name=name)
        raw = crypto.unprotect(raw, password, name=name)
    if not raw.startswith(b"PK"):
        raise UserError(m.NOT_EXCHANGE, name=name)
    _check_end_record(raw, name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except (*_ZIP_ERRORS, NotImplementedError, RuntimeError) as exc:
        raise UserError(m.DAMAGED, name=name) from exc
    with archive:
        by_name = _check_members(infos, name)
        if MANIFEST not in by_name:
            raise UserError(m.MISSING_MEMBER, name=name, member=MANIFEST)
        manifest_raw = _read_member(archive, by_name[MANIFEST], MANIFEST_LIMIT, name)
        manifest = validate_manifest(load_json(manifest_raw, name=name, member=MANIFEST), name=name)
        for member in by_name:
            if member != MANIFEST and member not in manifest.members:
                raise UserError(m.UNLISTED_MEMBER, name=name, member=member)
        contents: dict[str, bytes] = {}
        for member, entry in manifest.members.items():
            if member not in by_name:
                raise UserError(m.MISSING_MEMBER, name=name, member=member)
            content = _read_member(archive, by_name[member], _limit(member), name)
            if len(content) != entry.size or hashlib.sha256(content).hexdigest() != entry.sha256:
                raise UserError(m.CHECKSUM_MISMATCH, name=name, member=member)
            contents[member] = content
    data = validate_data(load_json(contents[DATA], name=name, member=DATA), name=name)
    listed = {entry.key for entry in manifest.catalogues}
    for shelter in data.shelters:
        for round_ in shelter.rounds:
            if round_.catalogue_key not in listed:
                raise UserError(m.CATALOGUE_NOT_LISTED, name=name, key=round_.catalogue_key)
    catalogues = {c.key: contents[catalogue_member(c.key)] for c in manifest.catalogues if c.included}
    return ExchangePackage(name, manifest, data, catalogues, protected)


def _limit(member: str) -> int:
    return DATA_LIMIT if member == DATA else CATALOGUE_LIMIT


def _check_end_record(raw: bytes, name: str) -> None:
    """Member count and central-directory size from the zip's end record, before the zip module builds
    its list of members (a crafted directory of a million entries would cost gigabytes)."""
    at = raw.rfind(_END_SIGNATURE, max(0, len(raw) - _END_RECORD.size - 0xFFFF))
    if at < 0 or len(raw) - at < _END_RECORD.size:
        raise UserError(m.DAMAGED, name=name)
    _sig, _disk, _cd_disk, _on_disk, total, cd_size, _cd_offset, _comment = _END_RECORD.unpack_from(raw, at)
    count = max(total, _on_disk)
    if count > MAX_MEMBERS:  # (0xFFFF too: it announces a ZIP64 archive, which an exchange file never is)
        raise UserError(m.TOO_MANY_MEMBERS, name=name, count=count, limit=MAX_MEMBERS)
    if cd_size > MAX_CENTRAL_DIRECTORY:  # a few members with enormous names or extra fields
        raise UserError(m.DAMAGED, name=name)


def _safe_name(info: zipfile.ZipInfo) -> bool:
    name = info.orig_filename
    return (
        name == info.filename  # the zip module cut it at a NUL byte or turned backslashes round
        and len(name) <= 200
        and _SAFE_NAME.fullmatch(name) is not None  # no "/" first, no "\", no ":", no empty part
        and ".." not in name.split("/")
    )


def _check_members(infos: list[zipfile.ZipInfo], name: str) -> dict[str, zipfile.ZipInfo]:
    if len(infos) > MAX_MEMBERS:
        raise UserError(m.TOO_MANY_MEMBERS, name=name, count=len(infos), limit=MAX_MEMBERS)
    by_name: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        shown = info.orig_filename.encode("unicode_escape").decode("ascii")[:80]
        if not _safe_name(info):
            raise UserError(m.BAD_MEMBER_NAME, name=name, member=shown)
        if info.filename in by_name:
            raise UserError(m.DUPLICATE_MEMBER, name=name, member=shown)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & 0x1:
            raise UserError(m.UNSUPPORTED_MEMBER, name=name, member=shown)
        limit = MANIFEST_LIMIT if info.filename == MANIFEST else _limit(info.filename)
        if info.file_size > limit:
            raise UserError(m.MEMBER_TOO_LARGE, name=name, member=shown, limit=_mb(limit) or 1)
        total += info.file_size
        by_name[info.filename] = info
    if total > MAX_TOTAL_BYTES:
        raise UserError(m.TOTAL_TOO_LARGE, name=name, limit=_mb(MAX_TOTAL_BYTES))
    return by_name


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, name: str) -> bytes:
    """The member decompressed as a stream, stopping as soon as it passes `limit` (whatever its header
    declared); a CRC or length mismatch is a damaged file."""
    chunks, total = [], 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                total += len(chunk)
                if total > limit:
                    raise UserError(
                        m.MEMBER_TOO_LARGE, name=name, member=info.filename, limit=_mb(limit) or 1
                    )
                chunks.append(chunk)
    except UserError:
        raise
    except (*_ZIP_ERRORS, NotImplementedError, RuntimeError) as exc:
        raise UserError(m.DAMAGED, name=name) from exc
    return b"".join(chunks)
