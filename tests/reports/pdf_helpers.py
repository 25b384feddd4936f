"""Shared by the PDF tests: the tools they call, and the Lao test words."""

from __future__ import annotations

import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

from sheltercheck.catalogue.loader import bundled_catalogue
from sheltercheck.text.segment import words

LAO_RUN = re.compile(r"[\u0e80-\u0eff]+")
STACKED = re.compile(r"[\u0ec8-\u0ecb\u0eb1\u0eb4-\u0eb9\u0ebb\u0ebc]")
PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")


def tool(name: str) -> str:
    path = shutil.which(name)
    assert path is not None, f"{name} is needed: apt-get install poppler-utils qpdf (.ci/run does)"
    return path


def pdftotext(pdf: Path, *args: str) -> str:
    return subprocess.run(
        [tool("pdftotext"), "-enc", "UTF-8", *args, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


@cache
def catalogue_lao() -> tuple[str, ...]:
    cat = bundled_catalogue()
    texts = [d.description.lo for d in cat.domains]
    for d in cat.domains:
        texts += [i.guidance.lo for i in d.indicators] + [i.statement.lo for i in d.indicators]
    return tuple(t for t in texts if t)


@cache
def stacked_words() -> tuple[str, ...]:
    """Lao words of the catalogue with stacked marks (vowels above or below, tone marks), first seen first."""
    seen: dict[str, None] = {}
    for text in catalogue_lao():
        for run in LAO_RUN.findall(text):
            for w in words(run):
                if STACKED.search(w):
                    seen.setdefault(w)
    return tuple(seen)


@cache
def unspaced_lao(length: int = 520) -> str:
    """Real Lao from the catalogue with no spaces or Latin at all."""
    text = "".join(LAO_RUN.findall("".join(catalogue_lao())))[:length]
    assert len(text) >= min(400, length)
    return text
