"""An installed wheel carries its resources inside the package and finds them there."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (found,) = out.glob("sheltercheck-*.whl")
    return found


def test_the_wheel_holds_catalogue_fonts_translations_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "sheltercheck/resources/standards/catalogue.yaml",
        "sheltercheck/resources/standards/glossary.yaml",
        "sheltercheck/resources/standards/domains/03-saf.yaml",
        "sheltercheck/resources/fonts/ShelterCheckSans-Regular.ttf",
        "sheltercheck/resources/fonts/OFL.txt",
        "sheltercheck/resources/licences/THIRD-PARTY.txt",
        "sheltercheck/translations/sheltercheck_lo.qm",
        "sheltercheck/store/migrations/env.py",
        "sheltercheck/store/migrations/script.py.mako",
        "sheltercheck/store/migrations/versions/0001_initial_schema.py",
    ):
        assert required in names, required
    assert not any("/screenshots/" in name for name in names)


def test_the_unpacked_wheel_finds_its_own_resources(wheel: Path, tmp_path: Path) -> None:
    zipfile.ZipFile(wheel).extractall(tmp_path / "site")
    code = (
        "import sheltercheck.paths as p, sheltercheck.catalogue.loader as l;"
        "print(p.resource_path('fonts'));print(p.translations_dir());print(len(l.load_catalogue().indicators()))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "site")},
    )
    assert result.returncode == 0, result.stderr
    fonts, translations, count = result.stdout.split()
    assert fonts.startswith(str(tmp_path / "site" / "sheltercheck"))
    assert translations.startswith(str(tmp_path / "site" / "sheltercheck"))
    assert int(count) >= 120
