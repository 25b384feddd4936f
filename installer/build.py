"""Build the frozen app, then the installer for this platform: `python installer/build.py`.

- Everywhere: PyInstaller makes dist/ShelterCheck-<version>/ (installer/sheltercheck.spec).
- Windows: Inno Setup's `iscc` (if on PATH) turns it into ShelterCheck-<version>-setup.exe, from
  installer/sheltercheck.iss.in with the version filled in.
- Linux: a ShelterCheck-<version>-linux-x86_64.tar.gz with a .desktop file and an install script.

The version is read from src/sheltercheck/__init__.py, the one place it is written.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def version() -> str:
    text = (ROOT / "src" / "sheltercheck" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if not found:
        raise SystemExit("no __version__ in src/sheltercheck/__init__.py")
    return found.group(1)


def freeze(dist: Path, work: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(dist), "--workpath", str(work),
         str(HERE / "sheltercheck.spec")],
        check=True,
    )  # fmt: skip
    return dist / f"ShelterCheck-{version()}"


def windows_installer(bundle: Path, dist: Path) -> Path | None:
    script = (HERE / "sheltercheck.iss.in").read_text(encoding="utf-8")
    script = (
        script.replace("@VERSION@", version()).replace("@BUNDLE@", str(bundle)).replace("@OUTPUT@", str(dist))
    )
    iss = dist / "sheltercheck.iss"
    iss.write_text(script, encoding="utf-8")
    iscc = shutil.which("iscc")
    if iscc is None:
        print(f"Inno Setup (iscc) not found; the installer script is ready at {iss}")
        return None
    subprocess.run([iscc, str(iss)], check=True)
    return dist / f"ShelterCheck-{version()}-setup.exe"


def linux_bundle(bundle: Path, dist: Path) -> Path:
    shutil.copy(HERE / "sheltercheck.desktop", bundle / "sheltercheck.desktop")
    shutil.copy(HERE / "install-linux.sh", bundle / "install.sh")
    shutil.copy(ROOT / "resources" / "icons" / "sheltercheck.svg", bundle / "sheltercheck.svg")
    archive = dist / f"ShelterCheck-{version()}-linux-x86_64.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname=bundle.name)
    return archive


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dist", type=Path, default=HERE / "output", help="where the results go")
    parser.add_argument("--freeze-only", action="store_true", help="only make the frozen folder")
    args = parser.parse_args()
    bundle = freeze(args.dist, args.dist / "build")
    print(f"frozen app: {bundle}")
    if args.freeze_only:
        return
    result = (
        windows_installer(bundle, args.dist) if sys.platform == "win32" else linux_bundle(bundle, args.dist)
    )
    if result:
        print(f"installer: {result}")


if __name__ == "__main__":
    main()
