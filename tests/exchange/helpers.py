"""Building real exchange files for the tests: valid ones from a database, and hostile ones from those.

Every hostile file is made by taking a valid export apart and putting it back together wrongly, so each
test shows one defect at a time (the rest of the file stays valid and consistent).
"""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sheltercheck.exchange import crypto
from sheltercheck.exchange import messages as m
from sheltercheck.messages import Message

Members = list[tuple[str, bytes]]


def dump_tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of an SQLite file, in a stable order (for before/after comparisons)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as raw:
        tables = [
            t for (t,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        return {t: sorted(raw.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}


def members_of(raw: bytes) -> Members:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def build_zip(members: Members, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": wanted, for the duplicate-member test
        with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
            for name, content in members:
                archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), content, compression)
    return buffer.getvalue()


def manifest_of(members: Members) -> dict[str, Any]:
    return dict(json.loads(dict(members)["manifest.json"]))


def repack(
    raw: bytes,
    replace: dict[str, bytes] | None = None,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    extra: Members | None = None,
    drop: tuple[str, ...] = (),
    fix_checksums: bool = True,
) -> bytes:
    """A copy of a plain exchange file with members replaced, added or dropped and the manifest edited;
    the manifest's sizes and checksums follow the new contents unless `fix_checksums` is False."""
    members = [(n, (replace or {}).get(n, c)) for n, c in members_of(raw)]
    document = manifest_of(members)
    members = [(n, c) for n, c in members if n not in drop]
    if fix_checksums:
        for name, content in members:
            if name in document["members"]:
                document["members"][name] = {
                    "size": len(content),
                    "sha256": hashlib.sha256(content).hexdigest(),
                }
    if manifest is not None:
        manifest(document)
    encoded = json.dumps(document, ensure_ascii=False).encode("utf-8")
    members = [(n, encoded if n == "manifest.json" else c) for n, c in members]
    return build_zip(members + (extra or []))


def data_of(raw: bytes) -> dict[str, Any]:
    return dict(json.loads(dict(members_of(raw))["data.json"]))


def with_data(raw: bytes, change: Callable[[dict[str, Any]], None]) -> bytes:
    data = data_of(raw)
    change(data)
    return repack(raw, {"data.json": json.dumps(data, ensure_ascii=False).encode("utf-8")})


def patch_declared_size(raw: bytes, member: str, size: int) -> bytes:
    """Overwrite the uncompressed size the central directory (and local header) declare for `member`."""
    out = bytearray(raw)
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        name_length, extra_length, comment_length = struct.unpack_from("<3H", out, at + 28)
        name = bytes(out[at + 46 : at + 46 + name_length]).decode("cp437")
        if name == member:
            struct.pack_into("<L", out, at + 24, size)
            local = struct.unpack_from("<L", out, at + 42)[0]
            struct.pack_into("<L", out, local + 22, size)
        at = out.find(b"PK\x01\x02", at + 46 + name_length + extra_length + comment_length)
    return bytes(out)


def _first_response(data: dict[str, Any]) -> dict[str, Any]:
    return dict(data["shelters"][0]["rounds"][0]["responses"][0])


def _set(path: tuple[Any, ...], value: object) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return change


RESPONSE = ("shelters", 0, "rounds", 0, "responses", 0)
ROUND = ("shelters", 0, "rounds", 0)
SHELTER = ("shelters", 0)


def _duplicate_response(data: dict[str, Any]) -> None:
    data["shelters"][0]["rounds"][0]["responses"].append(_first_response(data))


def _bomb(raw: bytes) -> bytes:
    """A real zip bomb: 100 MB of spaces that compress to about 100 kB, with honest sizes."""
    members = members_of(raw)
    return build_zip([(n, b" " * (100 * 1024 * 1024) if n == "data.json" else c) for n, c in members])


def _many_members(raw: bytes) -> bytes:
    return repack(raw, extra=[(f"catalogues/x{i}@1.0.json", b"{}") for i in range(40)])


def _total_too_large(raw: bytes) -> bytes:
    extra = [(f"catalogues/x{i}@1.0.json", b"{}") for i in range(20)]
    packed = repack(raw, extra=extra)
    for i in range(20):
        packed = patch_declared_size(packed, f"catalogues/x{i}@1.0.json", 8 * 1024 * 1024)
    return packed


def _lying_size(raw: bytes) -> bytes:
    size = len(dict(members_of(raw))["data.json"])
    return patch_declared_size(raw, "data.json", size // 2)


def _stored_as(method: int) -> Callable[[bytes], bytes]:
    def make(raw: bytes) -> bytes:
        return build_zip(members_of(raw), compression=method)

    return make


def _protect(password: str) -> Callable[[bytes], bytes]:
    return lambda raw: crypto.protect(raw, password)


# name -> (how to make the hostile file from a valid plain one, the message it must be refused with)
HOSTILE: dict[str, tuple[Callable[[bytes], bytes], Message]] = {
    "empty": (lambda raw: b"", m.EMPTY),
    "random bytes": (lambda raw: bytes(range(256)) * 40, m.NOT_EXCHANGE),
    "random bytes starting like a zip": (lambda raw: b"PK" + bytes(range(256)) * 40, m.DAMAGED),
    "truncated": (lambda raw: raw[: len(raw) // 2], m.DAMAGED),
    "truncated end record": (lambda raw: raw[:-10], m.DAMAGED),
    "zip bomb": (_bomb, m.MEMBER_TOO_LARGE),
    "declared size over the limit": (
        lambda raw: patch_declared_size(raw, "data.json", 0xFFFFFFF0),
        m.MEMBER_TOO_LARGE,
    ),
    "actual size over the declared size": (_lying_size, m.DAMAGED),
    "too many members": (_many_members, m.TOO_MANY_MEMBERS),
    "total size over the cap": (_total_too_large, m.TOTAL_TOO_LARGE),
    "path traversal": (lambda raw: repack(raw, extra=[("../evil.json", b"{}")]), m.BAD_MEMBER_NAME),
    "nested path traversal": (
        lambda raw: repack(raw, extra=[("catalogues/../../evil", b"{}")]),
        m.BAD_MEMBER_NAME,
    ),
    "absolute member name": (lambda raw: repack(raw, extra=[("/etc/evil.json", b"{}")]), m.BAD_MEMBER_NAME),
    "backslash member name": (lambda raw: repack(raw, extra=[("..\\evil.json", b"{}")]), m.BAD_MEMBER_NAME),
    "drive letter member name": (lambda raw: repack(raw, extra=[("C:/evil.json", b"{}")]), m.BAD_MEMBER_NAME),
    "duplicate member": (lambda raw: repack(raw, extra=[("data.json", b"{}")]), m.DUPLICATE_MEMBER),
    "member not in the manifest": (
        lambda raw: repack(raw, extra=[("notes.txt", b"hello")]),
        m.UNLISTED_MEMBER,
    ),
    "missing manifest": (lambda raw: repack(raw, drop=("manifest.json",)), m.MISSING_MEMBER),
    "missing data": (lambda raw: repack(raw, drop=("data.json",)), m.MISSING_MEMBER),
    "missing catalogue": (
        lambda raw: repack(raw, drop=("catalogues/sheltercheck-core@1.0.0.json",)),
        m.MISSING_MEMBER,
    ),
    "wrong checksum": (
        lambda raw: repack(
            raw, {"data.json": data_member(raw).replace(b'"rating":2', b'"rating":3', 1)}, fix_checksums=False
        ),
        m.CHECKSUM_MISMATCH,
    ),
    "unsupported compression": (_stored_as(zipfile.ZIP_BZIP2), m.UNSUPPORTED_MEMBER),
    "invalid UTF-8": (lambda raw: repack(raw, {"data.json": b'{"shelters": ["\xff\xfe"]}'}), m.NOT_UTF8),
    "invalid JSON": (lambda raw: repack(raw, {"data.json": b'{"shelters": [}'}), m.NOT_JSON),
    "JSON nested too deeply": (
        lambda raw: repack(raw, {"data.json": b"[" * 100_000 + b"]" * 100_000}),
        m.TOO_DEEP,
    ),
    "duplicate JSON key": (
        lambda raw: repack(raw, {"data.json": b'{"shelters": [], "shelters": []}'}),
        m.DUPLICATE_KEY,
    ),
    "NaN in JSON": (lambda raw: repack(raw, {"data.json": b'{"shelters": [NaN]}'}), m.NOT_JSON_VALUE),
    "endless number": (
        lambda raw: repack(raw, {"data.json": b'{"shelters": [' + b"9" * 5000 + b"]}"}),
        m.NOT_JSON_VALUE,
    ),
    "gigantic string": (
        lambda raw: with_data(raw, _set((*RESPONSE, "notes"), "ບ" * 2_000_000)),
        m.FIELD_TOO_LONG,
    ),
    "wrong type": (lambda raw: with_data(raw, _set((*RESPONSE, "rating"), "2")), m.FIELD_TYPE),
    "boolean for a number": (lambda raw: with_data(raw, _set((*RESPONSE, "rating"), True)), m.FIELD_TYPE),
    "rating out of range": (lambda raw: with_data(raw, _set((*RESPONSE, "rating"), 4)), m.FIELD_RANGE),
    "capacity out of range": (
        lambda raw: with_data(raw, _set((*SHELTER, "capacity"), 10**12)),
        m.FIELD_RANGE,
    ),
    "unknown enumeration value": (
        lambda raw: with_data(raw, _set((*ROUND, "status"), "hacked")),
        m.FIELD_VALUE,
    ),
    "unknown field": (lambda raw: with_data(raw, _set((*SHELTER, "address"), "secret")), m.FIELD_UNKNOWN),
    "missing field": (lambda raw: with_data(raw, lambda d: d["shelters"][0].pop("kind")), m.FIELD_MISSING),
    "not a date": (lambda raw: with_data(raw, _set((*ROUND, "assessed_on"), "12/06/2025")), m.FIELD_VALUE),
    "NUL in a text": (lambda raw: with_data(raw, _set((*SHELTER, "name"), "a\x00b")), m.FIELD_VALUE),
    "lone surrogate in a text": (
        lambda raw: repack(
            raw, {"data.json": data_member(raw).replace(b'"notes":"', b'"notes":"\\ud800', 1)}
        ),
        m.FIELD_VALUE,
    ),
    "answer given twice": (lambda raw: with_data(raw, _duplicate_response), m.DUPLICATE_INDICATOR),
    "rating without rated": (
        lambda raw: with_data(raw, _set((*RESPONSE, "answer"), "unknown")),
        m.RATING_MISMATCH,
    ),
    "ID used twice": (
        lambda raw: with_data(
            raw, lambda d: d["shelters"][0]["rounds"][1].update(id=d["shelters"][0]["rounds"][0]["id"])
        ),
        m.DUPLICATE_ID,
    ),
    "data not an object": (lambda raw: repack(raw, {"data.json": b"[1, 2, 3]"}), m.NOT_AN_OBJECT),
    "future format version": (
        lambda raw: repack(raw, manifest=lambda d: d.update(format_version=2)),
        m.FUTURE_VERSION,
    ),
    "format version zero": (
        lambda raw: repack(raw, manifest=lambda d: d.update(format_version=0)),
        m.FIELD_RANGE,
    ),
    "not an exchange manifest": (
        lambda raw: repack(raw, manifest=lambda d: d.update(format="other")),
        m.FIELD_VALUE,
    ),
    "round with an unlisted catalogue": (
        lambda raw: with_data(raw, _set((*ROUND, "catalogue_key"), "other@1.0")),
        m.CATALOGUE_NOT_LISTED,
    ),
    "wrong password": (_protect("not the password"), m.WRONG_PASSWORD),
    "password-protected, truncated": (lambda raw: crypto.protect(raw, "secret")[:40], m.DAMAGED),
    "password-protected, tampered": (
        lambda raw: (lambda p: p[:-1] + bytes([p[-1] ^ 1]))(crypto.protect(raw, "secret")),
        m.WRONG_PASSWORD,
    ),
    "password-protected, hostile scrypt settings": (
        lambda raw: crypto.MAGIC + bytes([1, 30, 255, 255]) + bytes(28) + raw,
        m.BAD_PROTECTION,
    ),
}
PASSWORD = "secret"  # what the tests pass when importing a hostile file (the wrong one for "wrong password")


def data_member(raw: bytes) -> bytes:
    return dict(members_of(raw))["data.json"]
