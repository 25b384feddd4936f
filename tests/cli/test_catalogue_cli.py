from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sheltercheck", *args], capture_output=True, text=True, timeout=120
    )


def test_check_prints_the_counts() -> None:
    result = _cli("catalogue", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith("sheltercheck-core@1.0.0: 15 domains, ")
    assert "complete: English 100.0 %, Lao 100.0 %" in first


def test_check_json_is_machine_readable() -> None:
    result = _cli("catalogue", "check", "--json")
    data = json.loads(result.stdout)
    assert data["domains"] == 15 and data["indicators"] >= 120 and data["core"] >= 25
    assert data["lo_draft"] == data["indicators"] and data["language_problems"] == []


def test_check_of_a_broken_folder_lists_every_problem_in_lao(tmp_path: Path) -> None:
    import shutil

    from sheltercheck.catalogue.loader import default_catalogue_dir

    folder = tmp_path / "standards"
    shutil.copytree(default_catalogue_dir(), folder)
    saf = folder / "domains" / "03-saf.yaml"
    saf.write_text(
        saf.read_text(encoding="utf-8").replace("    guidance:\n", "    guidence:\n", 2), encoding="utf-8"
    )
    result = _cli("--lang", "lo", "catalogue", "check", str(folder))
    assert result.returncode == 1
    assert "ແຖວ" in result.stderr and "guidence" in result.stderr
    assert len(result.stderr.strip().splitlines()) >= 4  # two unknown keys, two missing keys
    assert "Traceback" not in result.stderr
