from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from sheltercheck import settings
from sheltercheck.errors import UserError
from sheltercheck.fileio import (
    TARGET_IS_FOLDER,
    TARGET_LOCKED,
    _user_error,
    atomic_write_bytes,
    atomic_write_text,
)


def test_settings_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    saved = settings.Settings(language="lo", database="/data/x.sqlite3", projector_mode=True)
    settings.save(saved, path)
    assert settings.load(path) == saved
    assert not settings.load(path).first_run


def test_missing_or_damaged_settings_give_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert settings.load(path) == settings.Settings()
    assert settings.load(path).first_run
    path.write_text("{not json", encoding="utf-8")
    assert settings.load(path) == settings.Settings()
    path.write_text(json.dumps({"language": 5, "unknown": 1, "projector_mode": True}), encoding="utf-8")
    assert settings.load(path) == settings.Settings(projector_mode=True)


def test_atomic_write_replaces_whole_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    atomic_write_text(target, "ກ" * 1000)
    atomic_write_text(target, "ສູນພັກພິງ")
    assert target.read_text(encoding="utf-8") == "ສູນພັກພິງ"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_failed_write_keeps_the_old_target_and_says_why(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.mkdir()  # a target that cannot be replaced
    (target / "keep").write_text("old", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        atomic_write_bytes(target, b"new")
    assert caught.value.message is TARGET_IS_FOLDER
    assert (target / "keep").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_target_held_open_elsewhere_is_reported_as_such(tmp_path: Path) -> None:
    # Windows refuses to replace a file open in Excel or a PDF viewer with a PermissionError.
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"old")
    error = _user_error(PermissionError(errno.EACCES, "Access is denied", str(target)), target)
    assert isinstance(error, UserError) and error.message is TARGET_LOCKED
