"""The Lao translation is complete, keeps every placeholder, and its compiled .qm is current."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "sheltercheck_lo.ts"
QM = ROOT / "translations" / "sheltercheck_lo.qm"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} is installed with PySide6-Essentials"
    return found


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_source_string_is_in_the_ts_file(tmp_path: Path) -> None:
    copy = tmp_path / "sheltercheck_lo.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "sheltercheck").rglob("*.py"))
    result = subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(copy), "-no-obsolete", "-locations", "none"],
        capture_output=True,
        text=True,
        check=True,
    )
    before = {(c, s) for c, s, _ in _messages(TS)}
    after = {(c, s) for c, s, _ in _messages(copy)}
    assert after - before == set(), (
        f"strings missing from the .ts (run translations/update.py): {after - before}"
    )
    assert before - after == set(), f"strings no longer in the code: {before - after}"
    assert "0 new" in result.stdout + result.stderr


def test_every_string_has_a_lao_translation_with_the_same_placeholders() -> None:
    messages = _messages(TS)
    assert len(messages) > 50
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None and (translation.text or "").strip(), (
            f"untranslated: {context}: {source}"
        )
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text or "")), (
            f"{context}: the translation of {source!r} loses or adds a placeholder"
        )
        if "&" in source.replace("&&", ""):
            assert "&" in (translation.text or ""), f"{context}: {source!r} lost its keyboard accelerator"


def test_machine_drafted_lao_is_marked_for_review() -> None:
    statuses = {message.find("translation").get("type") for _, _, message in _messages(TS)}  # type: ignore[union-attr]
    assert statuses <= {None, "unfinished"}


def test_compiled_qm_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert QM.read_bytes() == fresh.read_bytes(), "the committed .qm is stale: run translations/update.py"


@pytest.mark.parametrize("context, source", [("Pages", "Shelters"), ("MainWindow", "&File")])
def test_the_qm_translates_without_a_qapplication(context: str, source: str) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM))
    translated = translator.translate(context, source)
    assert translated and translated != source
    assert re.search(r"[\u0e80-\u0eff]", translated)
