"""Atomic file writes: a crash, a full disk or a locked target never leaves half a file behind."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from sheltercheck.errors import DISK_FULL, READ_ONLY, UserError
from sheltercheck.messages import QT_TRANSLATE_NOOP

TARGET_LOCKED = QT_TRANSLATE_NOOP(
    "Errors", "The file {path} is open in another program. Close it there and try again; nothing was written."
)

TARGET_IS_FOLDER = QT_TRANSLATE_NOOP("Errors", "{path} is a folder. Choose a file name; nothing was written.")


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, flush it to disk, then rename it over the target.

    User-fixable failures become `UserError`s; the target is untouched in every failure.
    """
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except PermissionError as exc:
        raise UserError(READ_ONLY, path=str(path.parent)) from exc
    except OSError as exc:
        raise _user_error(exc, path) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _user_error(exc, path) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def _user_error(exc: OSError, path: Path) -> Exception:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return UserError(DISK_FULL)
    if isinstance(exc, IsADirectoryError):
        return UserError(TARGET_IS_FOLDER, path=str(path))
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EROFS, errno.EBUSY):
        # On Windows a file open in Excel or a PDF viewer refuses the rename with a permission error.
        if path.exists():
            return UserError(TARGET_LOCKED, path=str(path))
        return UserError(READ_ONLY, path=str(path.parent))
    return exc
