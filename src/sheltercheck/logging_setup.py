"""A rotating log file in the user log folder: the place a crash message points the user to."""

from __future__ import annotations

import logging
from pathlib import Path

from sheltercheck import paths

LOG_NAME = "sheltercheck.log"


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def configure(level: int = logging.INFO) -> Path:
    """Send the app's log to a rotating file (5 × 1 MB); returns its path. Safe to call twice."""
    import logging.handlers  # pulls in socket and pickle: kept off the import path of the first paint

    path = log_file()
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return path  # a read-only log folder must not stop the app; messages still reach stderr
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
