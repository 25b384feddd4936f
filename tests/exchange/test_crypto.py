"""Password protection: AES-GCM under a scrypt key; wrong passwords, changed bytes and hostile scrypt
settings are refused with their own messages."""

from __future__ import annotations

import unicodedata

import pytest

from sheltercheck.errors import UserError
from sheltercheck.exchange import crypto
from sheltercheck.exchange import messages as m

PLAIN = b"PK\x03\x04 a zip would be here " * 100


def test_protect_then_unprotect_gives_the_same_bytes() -> None:
    protected = crypto.protect(PLAIN, "ລະຫັດລັບ 2026")
    assert crypto.is_protected(protected) and PLAIN not in protected
    assert crypto.unprotect(protected, "ລະຫັດລັບ 2026", name="f") == PLAIN


def test_every_file_gets_its_own_salt_and_nonce() -> None:
    assert crypto.protect(PLAIN, "pw") != crypto.protect(PLAIN, "pw")


def test_a_wrong_password_is_refused() -> None:
    protected = crypto.protect(PLAIN, "right")
    with pytest.raises(m.WrongPasswordError) as refused:
        crypto.unprotect(protected, "wrong", name="f.shelterchk")
    assert refused.value.message == m.WRONG_PASSWORD and "f.shelterchk" in refused.value.render()


@pytest.mark.parametrize(
    "where", [len(crypto.MAGIC) + 5, crypto.HEADER_BYTES - 1, crypto.HEADER_BYTES + 3, -1]
)
def test_any_changed_byte_fails_like_a_wrong_password(where: int) -> None:
    protected = bytearray(crypto.protect(PLAIN, "pw"))
    protected[where] ^= 0x01
    with pytest.raises(m.WrongPasswordError):
        crypto.unprotect(bytes(protected), "pw", name="f")


@pytest.mark.parametrize(
    "settings",
    [
        (1, 30, 8, 1),
        (1, 20, 16, 1),
        (1, 13, 8, 1),
        (1, 17, 0, 1),
        (1, 17, 8, 0),
        (1, 17, 8, 9),
        (2, 17, 8, 1),
    ],
)
def test_hostile_or_unknown_scrypt_settings_are_refused_before_deriving(settings: tuple[int, ...]) -> None:
    protected = bytearray(crypto.protect(PLAIN, "pw"))
    protected[len(crypto.MAGIC) : len(crypto.MAGIC) + 4] = bytes(settings)
    with pytest.raises(UserError) as refused:
        crypto.unprotect(bytes(protected), "pw", name="f")
    assert refused.value.message == m.BAD_PROTECTION


def test_a_truncated_protected_file_is_damaged() -> None:
    with pytest.raises(UserError) as refused:
        crypto.unprotect(crypto.MAGIC + b"\x01\x11", "pw", name="f")
    assert refused.value.message == m.DAMAGED


def test_an_empty_password_is_refused() -> None:
    with pytest.raises(UserError) as refused:
        crypto.protect(PLAIN, "")
    assert refused.value.message == m.EMPTY_PASSWORD


def test_the_same_lao_password_in_another_unicode_form_opens_the_file() -> None:
    password = "ນ້ຳ"  # vowel + tone mark: keyboards may put them in either order or composed form
    decomposed = unicodedata.normalize("NFD", password)
    composed = unicodedata.normalize("NFC", password)
    assert crypto.unprotect(crypto.protect(PLAIN, decomposed), composed, name="f") == PLAIN
