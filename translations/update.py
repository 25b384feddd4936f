"""Refresh the translation files after the UI's strings change: `python translations/update.py`.

1. `pyside6-lupdate` collects every tr()/translate()/QT_TRANSLATE_NOOP string of src/ into
   sheltercheck_lo.ts (new strings arrive empty, vanished ones are dropped);
2. a translator fills them in Qt Linguist (`pyside6-linguist translations/sheltercheck_lo.ts`), leaving
   machine-drafted or uncertain ones marked "unfinished" for a native speaker's review;
3. `pyside6-lrelease` compiles the .qm that the app loads (committed beside the .ts; a test fails when it
   is stale).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE.parent / "src" / "sheltercheck"
LANGUAGES = ("lo",)


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install the project first (pip install -e .)")
    return found


def python_sources() -> list[str]:
    return sorted(str(p.relative_to(HERE.parent)) for p in SOURCES.rglob("*.py"))


def lupdate(language: str) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *python_sources(),
            "-ts",
            f"translations/sheltercheck_{language}.ts",
            "-source-language",
            "en",
            "-target-language",
            f"{language}_LA",
            "-no-obsolete",
            "-locations",
            "none",
        ],
        check=True,
        cwd=HERE.parent,
    )


def lrelease(language: str, out: Path | None = None) -> Path:
    target = out or HERE / f"sheltercheck_{language}.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(HERE / f"sheltercheck_{language}.ts"), "-qm", str(target)],
        check=True,
        capture_output=True,
    )
    return target


def main() -> None:
    for language in LANGUAGES:
        lupdate(language)
        lrelease(language)


if __name__ == "__main__":
    main()
