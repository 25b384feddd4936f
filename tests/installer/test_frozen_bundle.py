"""The frozen app finds its catalogue, fonts, translation and migrations, and starts (slow: ~1 minute)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sheltercheck import __version__

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("frozen")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
            str(ROOT / "installer" / "sheltercheck.spec"),
        ],
        check=True,
        capture_output=True,
        timeout=900,
    )
    bundle = out / "dist" / f"ShelterCheck-{__version__}"
    assert (bundle / "sheltercheck").is_file() or (bundle / "sheltercheck.exe").is_file()
    return bundle


def _run(
    bundle: Path, home: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    program = bundle / ("sheltercheck.exe" if sys.platform == "win32" else "sheltercheck")
    environment = {
        **os.environ,
        "SHELTERCHECK_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        **(env or {}),
    }
    return subprocess.run([str(program), *args], capture_output=True, text=True, timeout=120, env=environment)


@pytest.mark.slow
def test_the_frozen_app_runs_every_layer(frozen: Path, tmp_path: Path) -> None:
    assert _run(frozen, tmp_path, "--version").stdout.strip() == f"ShelterCheck {__version__}"
    database = str(tmp_path / "frozen.sqlite3")
    demo = _run(frozen, tmp_path, "--lang", "lo", "--db", database, "demo")  # migrations + catalogue + .qm
    assert demo.returncode == 0, demo.stderr
    assert "ສູນພັກພິງຕົວຢ່າງພ້ອມແລ້ວ" in demo.stdout
    check = _run(frozen, tmp_path, "catalogue", "check")
    assert check.returncode == 0 and "133 indicators" in check.stdout
    started = _run(
        frozen, tmp_path, "--lang", "en", "--db", database, env={"SHELTERCHECK_REPORT_FIRST_PAINT": "1"}
    )
    assert started.returncode == 0, started.stderr
    assert json.loads(started.stdout.strip().splitlines()[-1])["first_paint_s"] > 0
    internal = frozen / "_internal" / "babel" / "locale-data"
    assert (internal / "lo.dat").is_file() and not (internal / "fr.dat").exists()
