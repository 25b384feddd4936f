"""The workshop summary PDF: valid, embedded, in each language, and anonymised when asked: no shelter's
name, operator or contact anywhere in the file."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from sheltercheck.assessment.scoring import display_score
from sheltercheck.reports.pdf_reports import write_workshop_summary
from sheltercheck.services.demo import create_demo
from sheltercheck.services.demo_workshop import create_workshop_demo
from sheltercheck.services.workshop import build_workshop, default_selection
from sheltercheck.store.db import Database
from sheltercheck.store.models import Shelter
from sheltercheck.ui.i18n import standalone_translator
from tests.reports.pdf_helpers import PRIVATE_USE, pdftotext, tool


@pytest.fixture
def workshop_db(db: Database) -> Database:
    create_demo(db)
    create_workshop_demo(db)
    return db


def _identities(db: Database) -> list[str]:
    with db.sessions() as session:
        shelters = session.query(Shelter).all()
        return [value for s in shelters for value in (s.name, s.operator, s.contact_person) if len(value) > 3]


@pytest.mark.parametrize("language", ["lo", "en", "both"])
def test_anonymised_summary_names_no_shelter(workshop_db: Database, tmp_path: Path, language: str) -> None:
    out = tmp_path / f"workshop-{language}.pdf"
    selection = default_selection(workshop_db)
    pages, shelters = write_workshop_summary(
        workshop_db, selection, language, out, anonymise=True, translate_lo=standalone_translator("lo")
    )
    assert shelters == 8 and pages == len(PdfReader(out).pages) > 3
    check = subprocess.run([tool("qpdf"), "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    text = pdftotext(out)
    assert "\ufffd" not in text and not PRIVATE_USE.search(text)
    raw = out.read_bytes()
    reader = PdfReader(out)
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    for identity in _identities(workshop_db):
        assert identity not in text and identity not in metadata, identity
        assert identity.encode("utf-16-be") not in raw  # nor hidden in ActualText or bookmarks
    label = (
        "Shelter A"
        if language != "lo"
        else standalone_translator("lo")("Workshop", "Shelter {letter}").format(letter="A")
    )
    assert label in text
    view = build_workshop(workshop_db, selection, anonymise=True, language="en")
    assert str(display_score(view.overall_mean)) in text  # the average of the shelters is printed


def test_summary_with_names_when_not_anonymised(workshop_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "workshop.pdf"
    write_workshop_summary(workshop_db, default_selection(workshop_db), "en", out, anonymise=False)
    text = " ".join(pdftotext(out).split())
    view = build_workshop(workshop_db, default_selection(workshop_db), anonymise=False, language="en")
    names = [s.label for s in view.shelters]
    assert len(names) == 8 and all(name in text for name in names)  # Lao and Latin, as written
