from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sheltercheck import __version__
from sheltercheck.cli import main


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sheltercheck", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_version_is_the_package_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"ShelterCheck {__version__}"


@pytest.mark.parametrize("args", [("--lang", "fr"), ("nosuchcommand",), ("--db",), ("demo", "--bogus")])
def test_bad_arguments_give_one_line_and_a_non_zero_exit(args: tuple[str, ...]) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [(), ("demo",), ("gui",)])
def test_every_command_has_help(command: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*command, "--help"])
    assert exited.value.code == 0
    assert "usage: sheltercheck" in capsys.readouterr().out


def test_a_broken_database_gives_one_line_in_lao(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"definitely not sqlite" * 100)
    result = run_cli("--lang", "lo", "--db", str(broken), "demo")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "ບໍ່ແມ່ນຖານຂໍ້ມູນຂອງ ShelterCheck" in lines[0]
    assert broken.read_bytes() == b"definitely not sqlite" * 100


def test_a_bad_database_url_gives_one_line() -> None:
    result = run_cli("--db", "nosuchdriver://host/db", "demo")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "nosuchdriver://host/db" in result.stderr
