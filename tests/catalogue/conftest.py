from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sheltercheck.catalogue.loader import default_catalogue_dir


@pytest.fixture
def catalogue_copy(tmp_path: Path) -> Path:
    """A private copy of the bundled catalogue folder that a test may break."""
    target = tmp_path / "standards"
    shutil.copytree(default_catalogue_dir(), target)
    return target
