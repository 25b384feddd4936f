"""Loading a catalogue from its folder of YAML files (or from the JSON stored with a round)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from sheltercheck.catalogue import problems as p
from sheltercheck.catalogue.model import Catalogue
from sheltercheck.catalogue.validate import assemble
from sheltercheck.catalogue.yamlsource import Located, YamlSyntaxError, load_located
from sheltercheck.paths import resource_path

META = "catalogue.yaml"
GLOSSARY = "glossary.yaml"


def default_catalogue_dir() -> Path:
    return resource_path("standards")


def load_catalogue(folder: Path | None = None) -> Catalogue:
    """The catalogue in `folder` (default: the bundled one); raises CatalogueError listing every problem."""
    folder = folder or default_catalogue_dir()
    if not (folder / META).is_file():
        raise p.CatalogueError([p.Problem(str(folder), "", None, p.NOT_FOUND, {"path": str(folder / META)})])
    problems: list[p.Problem] = []
    meta = _load(folder / META, problems)
    glossary = _load(folder / GLOSSARY, problems) if (folder / GLOSSARY).is_file() else None
    domain_files = sorted((folder / "domains").glob("*.yaml"))
    if not domain_files:
        problems.append(p.Problem(str(folder), "", None, p.NO_DOMAINS, {"folder": str(folder / "domains")}))
    domains = [located for path in domain_files if (located := _load(path, problems, f"domains/{path.name}"))]
    if problems or meta is None:
        raise p.CatalogueError(problems)
    catalogue, found = assemble(meta, domains, glossary)
    if catalogue is None:
        raise p.CatalogueError(found)
    return catalogue


@lru_cache(maxsize=4)
def bundled_catalogue() -> Catalogue:
    """The catalogue shipped with the app, loaded once per process."""
    return load_catalogue()


def catalogue_from_dict(data: dict[str, Any], name: str = "stored catalogue") -> Catalogue:
    """A catalogue from its JSON form (a round's snapshot or an exchange file), validated the same way."""
    meta = Located(name, {k: data.get(k) for k in ("id", "version", "base", "title", "instruments")})
    if meta.data.get("base") is None:
        del meta.data["base"]
    domains = [
        Located(f"{name}: {d.get('code', i) if isinstance(d, dict) else i}", d)
        for i, d in enumerate(data.get("domains") or [])
    ]
    catalogue, found = assemble(meta, domains, None)
    if catalogue is None:
        raise p.CatalogueError(found)
    return catalogue


def _load(path: Path, problems: list[p.Problem], name: str | None = None) -> Located | None:
    try:
        return load_located(path, name or path.name)
    except YamlSyntaxError as exc:
        problems.append(p.Problem(exc.file, "", exc.line, p.YAML_SYNTAX, {"problem": exc.problem}))
    except OSError as exc:
        problems.append(
            p.Problem(name or path.name, "", None, p.NOT_FOUND, {"path": f"{path} ({exc.strerror})"})
        )
    return None
