"""The catalogue as an Excel workbook, for translators and reviewers, and back.

One row per indicator on the `indicators` sheet, with several evidence examples or actions in one cell,
one per line; sheets for the catalogue's metadata, instruments, domains and the glossary. Importing
validates the whole workbook with the same rules as the YAML files and names the cell of every problem;
a workbook with any problem changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sheltercheck.catalogue import problems as p
from sheltercheck.catalogue.model import Catalogue, Glossary
from sheltercheck.catalogue.validate import assemble, check_glossary
from sheltercheck.catalogue.yamlsource import Key, Located
from sheltercheck.messages import QT_TRANSLATE_NOOP

INDICATOR_COLUMNS = (
    "code",
    "domain",
    "core",
    "statement_en",
    "statement_lo",
    "guidance_en",
    "guidance_lo",
    "evidence_en",
    "evidence_lo",
    "action_en",
    "action_lo",
    "lo_status",
    "populations",
    "settings",
    "sources",
)
DOMAIN_COLUMNS = ("code", "order", "name_en", "name_lo", "description_en", "description_lo", "lo_status")
INSTRUMENT_COLUMNS = ("id", "name_en", "name_lo")
GLOSSARY_COLUMNS = ("key", "en", "lo", "lo_match", "lo_status")
META_KEYS = ("id", "version", "base", "title_en", "title_lo")
LAO_FONT = "Phetsarath OT"  # installed with Lao Office; LibreOffice and Excel fall back sensibly

MISSING_SHEET = QT_TRANSLATE_NOOP("Catalogue", "the workbook has no sheet named “{sheet}”")
MISSING_COLUMN = QT_TRANSLATE_NOOP("Catalogue", "the sheet has no column “{column}” in its first row")
UNKNOWN_DOMAIN = QT_TRANSLATE_NOOP("Catalogue", "the domain “{value}” is not on the domains sheet")
BAD_SOURCE = QT_TRANSLATE_NOOP("Catalogue", "“{value}” should read “instrument-id: section”")
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP("Catalogue", "{path} is not an Excel workbook (.xlsx): {reason}")


def _lines(items: tuple[str, ...]) -> str:
    return "\n".join(items)


def export_workbook(catalogue: Catalogue, path: Path) -> None:
    from sheltercheck.fileio import atomic_write_bytes

    book = Workbook()
    meta = book.active
    assert meta is not None
    meta.title = "catalogue"
    meta.append(["key", "value"])
    for key, value in zip(
        META_KEYS,
        (catalogue.id, catalogue.version, catalogue.base or "", catalogue.title.en, catalogue.title.lo),
        strict=True,
    ):
        meta.append([key, value])
    indicators = book.create_sheet("indicators")
    indicators.append(list(INDICATOR_COLUMNS))
    for domain in catalogue.domains:
        for i in domain.indicators:
            indicators.append(
                [
                    i.code,
                    domain.code,
                    "TRUE" if i.core else "FALSE",
                    i.statement.en,
                    i.statement.lo,
                    i.guidance.en,
                    i.guidance.lo,
                    _lines(i.evidence.en),
                    _lines(i.evidence.lo),
                    _lines(i.actions.en),
                    _lines(i.actions.lo),
                    i.lo_status,
                    "\n".join(sorted(i.populations, key=("children", "women", "men").index)),
                    "\n".join(sorted(i.settings, key=("residential", "transit", "drop-in").index)),
                    "\n".join(f"{s.instrument}: {s.section}" for s in i.sources),
                ]
            )
    domains = book.create_sheet("domains")
    domains.append(list(DOMAIN_COLUMNS))
    for d in catalogue.domains:
        domains.append(
            [d.code, d.order, d.name.en, d.name.lo, d.description.en, d.description.lo, d.lo_status]
        )
    instruments = book.create_sheet("instruments")
    instruments.append(list(INSTRUMENT_COLUMNS))
    for instrument in catalogue.instruments:
        instruments.append([instrument.id, instrument.name.en, instrument.name.lo])
    glossary = book.create_sheet("glossary")
    glossary.append(list(GLOSSARY_COLUMNS))
    for term in catalogue.glossary.terms:
        glossary.append([term.key, "\n".join(term.en), term.lo, term.lo_match, term.lo_status])
    latin = book.create_sheet("latin_allowed")
    latin.append(["name"])
    for name in catalogue.glossary.latin_allowed:
        latin.append([name])
    for sheet in book.worksheets:
        _style(sheet)
    import io

    buffer = io.BytesIO()
    book.save(buffer)
    atomic_write_bytes(path, buffer.getvalue())


def _style(sheet: Worksheet) -> None:
    """Bold header, frozen first row, wrapped cells, and a Lao font on the Lao columns."""
    headers = [str(c.value) for c in sheet[1]]
    sheet.freeze_panes = "A2"
    for column, header in enumerate(headers, start=1):
        letter = get_column_letter(column)
        lao = header.endswith("_lo") or header in ("lo", "lo_match")
        long_text = header.split("_")[0] in (
            "statement",
            "guidance",
            "evidence",
            "action",
            "description",
            "name",
        )
        sheet.column_dimensions[letter].width = 60 if long_text else 18
        for cell in sheet[letter]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if cell.row == 1:
                cell.font = Font(bold=True)
            elif lao:
                cell.font = Font(name=LAO_FONT, size=11)


@dataclass
class _Sheet:
    name: str
    rows: list[dict[str, Any]]  # header -> value, one per data row
    row_numbers: list[int]
    columns: dict[str, str]  # header -> column letter


def _read_sheet(book: Any, name: str, required: tuple[str, ...], problems: list[p.Problem]) -> _Sheet | None:
    if name not in book.sheetnames:
        problems.append(p.Problem(name, "", None, MISSING_SHEET, {"sheet": name}, "A1"))
        return None
    sheet = book[name]
    header_cells = next(sheet.iter_rows(min_row=1, max_row=1), ())
    columns = {str(c.value).strip(): c.column_letter for c in header_cells if c.value is not None}
    missing = [column for column in required if column not in columns]
    for column in missing:
        problems.append(p.Problem(name, "", None, MISSING_COLUMN, {"column": column}, "1"))
    if missing:
        return None
    rows, numbers = [], []
    for row in sheet.iter_rows(min_row=2):
        values = {str(h.value).strip(): c.value for h, c in zip(header_cells, row, strict=False) if h.value}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values.values()):
            continue
        rows.append(values)
        numbers.append(row[0].row)
    return _Sheet(name, rows, numbers, columns)


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\r\n", "\n").strip()


def _items(value: Any) -> list[str]:
    return [line.strip() for line in _text(value).split("\n") if line.strip()]


def _bool(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    return {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}.get(text, value)


def _int(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value


def read_workbook(path: Path) -> tuple[Catalogue | None, list[p.Problem]]:
    """The catalogue in the workbook, or every problem found in it (with sheet and cell)."""
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        problem = p.Problem(
            path.name, "", None, NOT_A_WORKBOOK, {"path": str(path), "reason": type(exc).__name__}
        )
        return None, [problem]
    try:
        return _read(book)
    finally:
        book.close()


def _read(book: Any) -> tuple[Catalogue | None, list[p.Problem]]:
    problems: list[p.Problem] = []
    meta = _read_sheet(book, "catalogue", ("key", "value"), problems)
    indicators = _read_sheet(book, "indicators", INDICATOR_COLUMNS[:12], problems)
    domains = _read_sheet(book, "domains", DOMAIN_COLUMNS, problems)
    instruments = _read_sheet(book, "instruments", INSTRUMENT_COLUMNS, problems)
    glossary = _read_sheet(book, "glossary", GLOSSARY_COLUMNS, problems)
    latin = _read_sheet(book, "latin_allowed", ("name",), problems)
    if problems or not (meta and indicators and domains and instruments and glossary and latin):
        return None, problems

    meta_source = _meta_source(meta, instruments)
    domain_sources = _domain_sources(domains, indicators, problems)
    glossary_source = _glossary_source(glossary, latin)
    if problems:
        return None, problems
    catalogue, found = assemble(meta_source, domain_sources, None)
    glossary_model, glossary_problems = check_glossary(glossary_source)
    found = found + glossary_problems
    if catalogue is None or found:
        return None, found
    return _with_glossary(catalogue, glossary_model), []


def _with_glossary(catalogue: Catalogue, glossary: Glossary) -> Catalogue:
    from dataclasses import replace

    return replace(catalogue, glossary=glossary)


def _meta_source(meta: _Sheet, instruments: _Sheet) -> Located:
    values = {str(r.get("key", "")).strip(): r.get("value") for r in meta.rows}
    cells: dict[Key, str] = {}
    for row, number in zip(meta.rows, meta.row_numbers, strict=True):
        key = str(row.get("key", "")).strip()
        cells[("title", key[6:]) if key.startswith("title_") else (key,)] = f"{meta.columns['value']}{number}"
    data: dict[str, Any] = {
        "id": _text(values.get("id")),
        "version": _text(values.get("version")),
        "title": {"en": _text(values.get("title_en")), "lo": _text(values.get("title_lo"))},
        "instruments": [],
    }
    if _text(values.get("base")):
        data["base"] = _text(values.get("base"))
    located = Located("catalogue", data, cells=cells)
    for index, (row, number) in enumerate(zip(instruments.rows, instruments.row_numbers, strict=True)):
        data["instruments"].append(
            {
                "id": _text(row.get("id")),
                "name": {"en": _text(row.get("name_en")), "lo": _text(row.get("name_lo"))},
            }
        )
        for key, column in (("id", "id"), ("name", "name_en")):
            located.cells[("instruments", index, key)] = f"{instruments.columns[column]}{number}"
        located.cells[("instruments", index, "name", "lo")] = f"{instruments.columns['name_lo']}{number}"
    return located


def _domain_sources(domains: _Sheet, indicators: _Sheet, problems: list[p.Problem]) -> list[Located]:
    by_code: dict[str, Located] = {}
    sources: list[Located] = []
    for row, number in zip(domains.rows, domains.row_numbers, strict=True):
        code = _text(row.get("code"))
        data = {
            "code": code,
            "order": _int(row.get("order")),
            "name": {"en": _text(row.get("name_en")), "lo": _text(row.get("name_lo"))},
            "description": {"en": _text(row.get("description_en")), "lo": _text(row.get("description_lo"))},
            "lo_status": _text(row.get("lo_status")),
            "indicators": [],
        }
        cells: dict[Key, str] = {(): f"A{number}"}
        for column, letter in domains.columns.items():
            field, _, language = column.partition("_")
            key: Key = (field, language) if language in ("en", "lo") else (column,)
            cells[key] = f"{letter}{number}"
        located = Located("domains", data, cells=cells)
        by_code[code] = located
        sources.append(located)
    for row, number in zip(indicators.rows, indicators.row_numbers, strict=True):
        domain_code = _text(row.get("domain"))
        target = by_code.get(domain_code)
        if target is None:
            cell = f"{indicators.columns['domain']}{number}"
            problems.append(
                p.Problem("indicators", "domain", None, UNKNOWN_DOMAIN, {"value": domain_code}, cell)
            )
            continue
        index = len(target.data["indicators"])
        target.data["indicators"].append(_indicator(row, number, indicators, target, index, problems))
    return sources


def _indicator(
    row: dict[str, Any], number: int, sheet: _Sheet, target: Located, index: int, problems: list[p.Problem]
) -> dict[str, Any]:
    base: Key = ("indicators", index)
    for column, letter in sheet.columns.items():
        field, _, language = column.partition("_")
        field = {"action": "actions"}.get(field, field)
        key: Key = (*base, field, language) if language in ("en", "lo") else (*base, column)
        target.cells[key] = f"indicators!{letter}{number}"
    target.cells[base] = f"indicators!A{number}"
    for field, column in (
        ("evidence", "evidence_lo"),
        ("actions", "action_lo"),
    ):  # a count mismatch: the Lao side
        target.cells[(*base, field)] = f"indicators!{sheet.columns[column]}{number}"
    target.cells[(*base, "applies_to", "populations")] = (
        f"indicators!{sheet.columns.get('populations', 'M')}{number}"
    )
    target.cells[(*base, "applies_to", "settings")] = (
        f"indicators!{sheet.columns.get('settings', 'N')}{number}"
    )
    sources = []
    for line in _items(row.get("sources")):
        instrument, sep, section = line.partition(":")
        if not sep:
            cell = f"{sheet.columns.get('sources', 'O')}{number}"
            problems.append(p.Problem("indicators", "sources", None, BAD_SOURCE, {"value": line}, cell))
            continue
        sources.append({"instrument": instrument.strip(), "section": section.strip()})
    return {
        "code": _text(row.get("code")),
        "core": _bool(row.get("core")),
        "applies_to": {
            "populations": _items(row.get("populations")),
            "settings": _items(row.get("settings")),
        },
        "sources": sources,
        "statement": {"en": _text(row.get("statement_en")), "lo": _text(row.get("statement_lo"))},
        "guidance": {"en": _text(row.get("guidance_en")), "lo": _text(row.get("guidance_lo"))},
        "evidence": {"en": _items(row.get("evidence_en")), "lo": _items(row.get("evidence_lo"))},
        "actions": {"en": _items(row.get("action_en")), "lo": _items(row.get("action_lo"))},
        "lo_status": _text(row.get("lo_status")),
    }


def _glossary_source(glossary: _Sheet, latin: _Sheet) -> Located:
    terms = []
    cells: dict[Key, str] = {}
    for index, (row, number) in enumerate(zip(glossary.rows, glossary.row_numbers, strict=True)):
        term: dict[str, Any] = {
            "key": _text(row.get("key")),
            "en": _items(row.get("en")),
            "lo": _text(row.get("lo")),
        }
        if _text(row.get("lo_match")):
            term["lo_match"] = _text(row.get("lo_match"))
        term["lo_status"] = _text(row.get("lo_status")) or "draft"
        terms.append(term)
        for column, letter in glossary.columns.items():
            cells[("terms", index, column)] = f"{letter}{number}"
    data = {"latin_allowed": [_text(r.get("name")) for r in latin.rows], "terms": terms}
    return Located("glossary", data, cells=cells)
