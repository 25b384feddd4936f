"""The user's settings, each declared once with its default, kept in one JSON file.

Plain Python (not QSettings) so that the CLI reads the same language and database as the app. The file is
written atomically, so a crash or a full disk never leaves half a settings file behind.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from sheltercheck import paths
from sheltercheck.fileio import atomic_write_text

log = logging.getLogger(__name__)

LANGUAGES = ("lo", "en")


@dataclass
class Settings:
    language: str = ""  # "" until the first run has asked
    database: str = ""  # "" = the default SQLite file in the user data folder
    last_shelter_id: str = ""
    window_geometry: str = ""  # base64 of QMainWindow.saveGeometry()
    projector_mode: bool = False
    report_language: str = ""  # lo | en | both; "" = the app's language
    report_folder: str = ""  # where the last report was saved; "" = the Documents folder
    open_reports: bool = True  # open a report in the PDF reader once it is written
    workshop_anonymise: bool = True  # the Workshop page hides the shelters' names unless told otherwise

    @property
    def first_run(self) -> bool:
        return self.language not in LANGUAGES


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


def load(path: Path | None = None) -> Settings:
    """Read the settings; a missing, unreadable or damaged file gives the defaults (and is logged)."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable, using defaults: %s", path, exc)
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name: f for f in fields(Settings)}
    values: dict[str, object] = {}
    for key, value in raw.items():
        field = known.get(key)
        if field is not None and isinstance(value, type(getattr(Settings(), key))):
            values[key] = value
    return Settings(**values)  # type: ignore[arg-type]


def save(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    atomic_write_text(path, json.dumps(asdict(settings), indent=2, ensure_ascii=False))
