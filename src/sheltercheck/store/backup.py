"""Consistent copies of an SQLite database, taken with SQLite's online backup API.

Taken before a migration and before an import, so an upgrade or a bad file never costs data. Only the
newest few are kept, so a shared office PC does not fill up.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

KEEP = 10


def backup_sqlite(database_file: Path, folder: Path, reason: str, keep: int = KEEP) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{database_file.stem}-{stamp}-{reason}.sqlite3"
    source = sqlite3.connect(f"file:{database_file}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    _prune(folder, database_file.stem, keep)
    return target


def _prune(folder: Path, stem: str, keep: int) -> None:
    copies = sorted(folder.glob(f"{stem}-*.sqlite3"))
    for old in copies[:-keep] if keep > 0 else copies:
        old.unlink(missing_ok=True)
