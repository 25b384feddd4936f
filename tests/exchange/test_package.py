"""Reading exchange files: a valid one, and every kind of broken or hostile one, each refused with its
own one-line message (and never with another exception)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sheltercheck.errors import UserError
from sheltercheck.exchange import messages as m
from sheltercheck.exchange.package import MANIFEST_LIMIT, read_file, read_package
from sheltercheck.exchange.schema import FORMAT_VERSION

from .helpers import HOSTILE, PASSWORD, members_of, repack


def test_a_valid_export_reads_back(demo_export: bytes) -> None:
    package = read_package(demo_export, name="demo.shelterchk")
    assert package.manifest.format_version == FORMAT_VERSION
    assert [s.name for s in package.data.shelters] == ["ສູນພັກພິງຕົວຢ່າງ (Demo shelter)"]
    assert package.round_count == 2
    assert set(package.catalogues) == {"sheltercheck-core@1.0.0"}
    assert not package.protected and not package.manifest.redacted


def test_the_file_holds_a_manifest_data_and_the_catalogue(demo_export: bytes) -> None:
    names = [name for name, _content in members_of(demo_export)]
    assert names == ["manifest.json", "data.json", "catalogues/sheltercheck-core@1.0.0.json"]
    package = read_package(demo_export, name="x")
    assert set(package.manifest.members) == set(names) - {"manifest.json"}
    assert all(len(entry.sha256) == 64 for entry in package.manifest.members.values())


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_file_is_refused_with_its_own_message(case: str, demo_export: bytes) -> None:
    make, expected = HOSTILE[case]
    with pytest.raises(UserError) as refused:
        read_package(make(demo_export), PASSWORD, name="hostile.shelterchk")
    assert refused.value.message == expected, refused.value.render()
    text = refused.value.render()
    assert "\n" not in text and len(text) < 400


def test_a_protected_file_without_a_password_asks_for_one(demo_export: bytes) -> None:
    from sheltercheck.exchange import crypto

    with pytest.raises(m.PasswordRequiredError) as asked:
        read_package(crypto.protect(demo_export, "ລະຫັດ"), name="p.shelterchk")
    assert asked.value.message == m.PASSWORD_NEEDED


def test_a_file_larger_than_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    from sheltercheck.exchange import package

    big = tmp_path / "big.shelterchk"
    with big.open("wb") as handle:
        handle.truncate(package.MAX_FILE_BYTES + 10)  # sparse: costs no disk
    with pytest.raises(UserError) as refused:
        read_file(big)
    assert refused.value.message == m.FILE_TOO_LARGE


def test_a_missing_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError) as refused:
        read_file(tmp_path / "nowhere.shelterchk")
    assert refused.value.message == m.CANNOT_READ


def test_a_manifest_over_its_own_limit_is_refused(demo_export: bytes) -> None:
    def pad(document: dict[str, object]) -> None:
        document["app_version"] = "x" * (MANIFEST_LIMIT + 1)

    with pytest.raises(UserError) as refused:
        read_package(repack(demo_export, manifest=pad), name="x")
    assert refused.value.message == m.MEMBER_TOO_LARGE


def test_a_listed_catalogue_need_not_travel(demo_export: bytes) -> None:
    """A file may list a catalogue without carrying it (the import then needs it here)."""

    def not_included(document: dict[str, object]) -> None:
        document["catalogues"][0]["included"] = False  # type: ignore[index]
        del document["members"]["catalogues/sheltercheck-core@1.0.0.json"]  # type: ignore[attr-defined]

    raw = repack(demo_export, manifest=not_included, drop=("catalogues/sheltercheck-core@1.0.0.json",))
    assert read_package(raw, name="x").catalogues == {}


def test_the_reader_never_decompresses_more_than_it_allows(demo_export: bytes) -> None:
    """The real bomb is refused from its declared size, before a byte of it is inflated."""
    bomb, _ = HOSTILE["zip bomb"]
    raw = bomb(demo_export)
    assert len(raw) < 2 * 1024 * 1024
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        assert archive.getinfo("data.json").file_size == 100 * 1024 * 1024
    with pytest.raises(UserError):
        read_package(raw, name="bomb")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_damaged_files_give_a_user_error_and_nothing_else(demo_export: bytes, data: st.DataObject) -> None:
    """Random damage anywhere in a real file: flipped bytes, cut ends, inserted garbage."""
    raw = bytearray(demo_export)
    for _ in range(data.draw(st.integers(1, 8))):
        kind = data.draw(st.sampled_from(("flip", "cut", "insert")))
        at = data.draw(st.integers(0, len(raw) - 1))
        if kind == "flip":
            raw[at] ^= data.draw(st.integers(1, 255))
        elif kind == "cut":
            del raw[at : at + data.draw(st.integers(1, 64))]
        else:
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=64))
        if not raw:
            break
    try:
        read_package(bytes(raw), name="damaged")
    except UserError as error:
        assert error.render()
