"""Precise errors for a broken catalogue: file, line, key path and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from sheltercheck.catalogue import problems as p
from sheltercheck.catalogue.loader import bundled_catalogue, catalogue_from_dict, load_catalogue
from sheltercheck.catalogue.model import to_dict


def _break(folder: Path, file: str, old: str, new: str) -> None:
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _problems(folder: Path) -> list[p.Problem]:
    with pytest.raises(p.CatalogueError) as caught:
        load_catalogue(folder)
    return caught.value.problems


def _line_of(folder: Path, file: str, needle: str) -> int:
    for number, line in enumerate((folder / file).read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_the_bundled_catalogue_loads() -> None:
    assert bundled_catalogue().key == "sheltercheck-core@1.0.0"


def test_a_typo_in_a_key_names_file_line_and_key(catalogue_copy: Path) -> None:
    _break(catalogue_copy, "domains/03-saf.yaml", "    guidance:\n", "    guidence:\n")
    problems = _problems(catalogue_copy)
    unknown = [x for x in problems if x.message is p.UNKNOWN_KEY]
    assert len(unknown) == 1
    assert unknown[0].file == "domains/03-saf.yaml"
    assert unknown[0].where == "indicators[0].guidence"
    assert unknown[0].line == _line_of(catalogue_copy, "domains/03-saf.yaml", "guidence:")
    assert any(x.message is p.MISSING and x.params == {"key": "guidance"} for x in problems)
    rendered = unknown[0].render()
    assert rendered.startswith("domains/03-saf.yaml, line ") and "guidence" in rendered


def test_every_problem_is_listed_not_just_the_first(catalogue_copy: Path) -> None:
    _break(catalogue_copy, "domains/01-gov.yaml", "code: GOV-02", "code: GOV-01")
    _break(catalogue_copy, "domains/04-cnf.yaml", "instrument: palermo", "instrument: palermo-protocol")
    _break(catalogue_copy, "domains/05-rig.yaml", "core: true", "core: maybe")
    problems = _problems(catalogue_copy)
    kinds = {(x.file, x.message) for x in problems}
    assert ("domains/01-gov.yaml", p.DUPLICATE) in kinds
    assert ("domains/04-cnf.yaml", p.UNKNOWN_INSTRUMENT) in kinds
    assert ("domains/05-rig.yaml", p.NOT_BOOL) in kinds


def test_a_yaml_syntax_error_gives_its_line(catalogue_copy: Path) -> None:
    _break(catalogue_copy, "domains/02-adm.yaml", "lo_status: draft\n", "lo_status: [draft\n")
    problems = _problems(catalogue_copy)
    assert problems[0].message is p.YAML_SYNTAX and problems[0].file == "domains/02-adm.yaml"
    assert problems[0].line is not None


def test_a_wrong_indicator_code_and_mismatched_lists(catalogue_copy: Path) -> None:
    _break(catalogue_copy, "domains/03-saf.yaml", "code: SAF-04", "code: SAF-4")
    _break(catalogue_copy, "domains/06-fac.yaml", "code: FAC-02", "code: HEA-42")
    problems = _problems(catalogue_copy)
    assert any(x.message is p.BAD_CODE and x.params["value"] == "SAF-4" for x in problems)
    assert any(
        x.message is p.CODE_PREFIX and x.params == {"code": "HEA-42", "domain": "FAC"} for x in problems
    )


def test_zero_width_spaces_and_unknown_values_are_refused(catalogue_copy: Path) -> None:
    _break(catalogue_copy, "domains/07-hea.yaml", "  lo: ", "  lo: ສູນ\u200b")
    _break(catalogue_copy, "domains/08-psy.yaml", "settings: [", "settings: [hospital, ")
    problems = _problems(catalogue_copy)
    assert any(x.message is p.HAS_ZWSP for x in problems)
    assert any(x.message is p.BAD_VALUE and x.params["value"] == "hospital" for x in problems)


def test_a_missing_folder_is_one_clear_problem(tmp_path: Path) -> None:
    problems = _problems(tmp_path / "nowhere")
    assert [x.message for x in problems] == [p.NOT_FOUND]


def test_the_stored_form_round_trips_with_the_same_checksum() -> None:
    catalogue = bundled_catalogue()
    again = catalogue_from_dict(to_dict(catalogue))
    assert to_dict(again) == to_dict(catalogue)
    assert again.checksum() == catalogue.checksum()


def test_a_derived_catalogue_names_its_base(catalogue_copy: Path) -> None:
    _break(catalogue_copy, "catalogue.yaml", "id: sheltercheck-core", "id: lao-national")
    _break(catalogue_copy, "catalogue.yaml", "base: null", 'base: "sheltercheck-core@1.0.0"')
    derived = load_catalogue(catalogue_copy)
    assert derived.key == "lao-national@1.0.0" and derived.base == "sheltercheck-core@1.0.0"
    _break(catalogue_copy, "catalogue.yaml", 'base: "sheltercheck-core@1.0.0"', "base: sheltercheck-core")
    assert [x.message for x in _problems(catalogue_copy)] == [p.BAD_BASE]


def test_an_untranslated_text_counts_as_incomplete_not_as_an_error(catalogue_copy: Path) -> None:
    from sheltercheck.catalogue.stats import catalogue_stats

    text = (catalogue_copy / "domains/01-gov.yaml").read_text(encoding="utf-8")
    first_lo = next(
        line for line in text.splitlines() if line.strip().startswith("lo: ") and "statement" not in line
    )
    (catalogue_copy / "domains/01-gov.yaml").write_text(
        text.replace(first_lo, first_lo.split("lo:")[0] + 'lo: ""', 1), encoding="utf-8"
    )
    stats = catalogue_stats(load_catalogue(catalogue_copy))
    assert stats.complete_en == 1.0 and stats.complete_lo < 1.0
