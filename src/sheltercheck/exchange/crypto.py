"""Password protection of an exchange file: AES-256-GCM with a key derived by scrypt.

Layout (all numbers single bytes):

    MAGIC (16 bytes)  version  log2(N)  r  p  salt (16 bytes)  nonce (12 bytes)  ciphertext + tag (16 bytes)

The whole plain exchange zip is the plaintext; the header is the associated data, so changing any byte of
it (or of the ciphertext) fails authentication exactly as a wrong password does. The magic keeps a
protected file recognisable, so the app can ask for the password instead of calling it damaged.

A hostile file could ask scrypt for gigabytes of memory: the parameters are bounded before deriving
(memory 128·N·r at most 128 MiB, as written by this version). The password is normalised to Unicode
NFC, so the same Lao password typed with another keyboard layout still opens the file.
"""

from __future__ import annotations

import os
import struct
import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from sheltercheck.errors import UserError
from sheltercheck.exchange import messages as m

MAGIC = b"ShelterCheck-pw\n"  # 16 bytes; a plain exchange file starts with "PK" (a zip)
VERSION = 1
LOG2_N, R, P = 17, 8, 1  # about 0.5 s and 128 MiB on an office PC: costly to guess, quick to open
SALT_BYTES, NONCE_BYTES, TAG_BYTES = 16, 12, 16
_HEADER = struct.Struct(f"<{len(MAGIC)}s4B{SALT_BYTES}s{NONCE_BYTES}s")
HEADER_BYTES = _HEADER.size
MAX_MEMORY = 128 * 1024 * 1024  # what reading a file may make scrypt use
LOG2_N_RANGE, R_RANGE, P_RANGE = (14, 20), (1, 16), (1, 4)


def is_protected(raw: bytes) -> bool:
    return raw.startswith(MAGIC)


def _key(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p).derive(secret)


def protect(plain: bytes, password: str) -> bytes:
    """`plain` encrypted under `password`; refuses an empty password."""
    if not password:
        raise UserError(m.EMPTY_PASSWORD)
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    header = _HEADER.pack(MAGIC, VERSION, LOG2_N, R, P, salt, nonce)
    return header + AESGCM(_key(password, salt, LOG2_N, R, P)).encrypt(nonce, plain, header)


def _acceptable(version: int, log2_n: int, r: int, p: int) -> bool:
    return (
        version == VERSION
        and LOG2_N_RANGE[0] <= log2_n <= LOG2_N_RANGE[1]
        and R_RANGE[0] <= r <= R_RANGE[1]
        and P_RANGE[0] <= p <= P_RANGE[1]
        and 128 * r * (1 << log2_n) <= MAX_MEMORY
    )


def unprotect(raw: bytes, password: str, *, name: str) -> bytes:
    """The plain exchange zip inside a protected file, or a `UserError` (`WrongPasswordError` for a wrong
    password or a changed file)."""
    if len(raw) < HEADER_BYTES + TAG_BYTES:
        raise UserError(m.DAMAGED, name=name)
    header = raw[:HEADER_BYTES]
    _magic, version, log2_n, r, p, salt, nonce = _HEADER.unpack(header)
    if not _acceptable(version, log2_n, r, p):
        raise UserError(m.BAD_PROTECTION, name=name)
    if not password:
        raise m.WrongPasswordError(m.WRONG_PASSWORD, name=name)
    try:
        return AESGCM(_key(password, salt, log2_n, r, p)).decrypt(nonce, raw[HEADER_BYTES:], header)
    except InvalidTag:
        raise m.WrongPasswordError(m.WRONG_PASSWORD, name=name) from None
