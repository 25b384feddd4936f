"""Writing a catalogue back out as its folder of YAML files (after a spreadsheet import).

The files have the same layout a person writes by hand, one per domain, so a reviewer's spreadsheet
becomes an ordinary, diffable change. The folder is replaced as a whole, and only once every file is
written: an interrupted import never leaves half a catalogue.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml

from sheltercheck.catalogue.model import Catalogue, to_dict
from sheltercheck.errors import READ_ONLY, UserError

HEADER = "# ShelterCheck standards catalogue; format: resources/standards/README.md\n"


class _Dumper(yaml.SafeDumper):
    """Block style for structure, flow style for short lists, no key sorting, readable Unicode."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def _dump(data: Any) -> str:
    return HEADER + yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=4096)


def catalogue_files(catalogue: Catalogue) -> dict[str, str]:
    """File name (relative to the catalogue folder) → YAML text."""
    data = to_dict(catalogue)
    meta = {key: data[key] for key in ("id", "version", "base", "title", "instruments")}
    files = {"catalogue.yaml": _dump(meta)}
    glossary = catalogue.glossary
    files["glossary.yaml"] = _dump(
        {
            "latin_allowed": list(glossary.latin_allowed),
            "terms": [
                {
                    "key": t.key,
                    "en": list(t.en),
                    "lo": t.lo,
                    **({"lo_match": t.lo_match} if t.lo_match != t.lo else {}),
                    "lo_status": t.lo_status,
                }
                for t in glossary.terms
            ],
        }
    )
    for domain in data["domains"]:
        files[f"domains/{domain['order']:02d}-{domain['code'].lower()}.yaml"] = _dump(domain)
    return files


def write_catalogue_dir(catalogue: Catalogue, folder: Path) -> None:
    """Replace `folder` with the catalogue's YAML files (creating it if needed)."""
    folder = folder.resolve()
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    except OSError as exc:
        raise UserError(READ_ONLY, path=str(folder.parent)) from exc
    try:
        for name, text in catalogue_files(catalogue).items():
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        if folder.exists():
            retired = folder.with_name(f".{folder.name}.old")
            shutil.rmtree(retired, ignore_errors=True)
            folder.rename(retired)
            staging.rename(folder)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            staging.rename(folder)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise UserError(READ_ONLY, path=str(folder)) from exc
