"""Where ShelterCheck keeps its files, and where it finds its bundled resources.

Data, settings and logs live in the per-user folders that platformdirs names for the platform. Setting
SHELTERCHECK_HOME puts all three under one folder instead: tests, portable installs on a USB stick and
workshops with a throw-away laptop use it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

_APP = "ShelterCheck"
HOME_ENV = "SHELTERCHECK_HOME"


def _dirs() -> PlatformDirs:
    return PlatformDirs(appname=_APP, appauthor=False, roaming=False)


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value) if value else None


def data_dir() -> Path:
    """The folder of the database and its backups, created on first use."""
    home = _home()
    path = home / "data" if home else Path(_dirs().user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = _home()
    path = home / "config" if home else Path(_dirs().user_config_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = _home()
    path = home / "logs" if home else Path(_dirs().user_log_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "sheltercheck.sqlite3"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _package_dir() -> Path:
    return Path(__file__).resolve().parent


def bundled_dir(name: str) -> Path:
    """A top-level project folder (`resources`, `translations`) wherever the app runs from.

    An installed wheel and a frozen bundle carry the folder inside the package; a source checkout
    (including an editable install) has it at the top of the repository.
    """
    candidates = [_package_dir() / name]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "sheltercheck" / name)
    candidates.append(_package_dir().parents[1] / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} not found in {[str(c) for c in candidates]}")


def resource_path(*parts: str) -> Path:
    return bundled_dir("resources").joinpath(*parts)


def translations_dir() -> Path:
    return bundled_dir("translations")
