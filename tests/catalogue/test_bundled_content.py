"""The catalogue a facilitator would hand out: complete, bilingual, consistent in its Lao terms."""

from __future__ import annotations

import re
import shutil
import subprocess

from sheltercheck.catalogue.loader import bundled_catalogue
from sheltercheck.catalogue.model import LO_STATUSES
from sheltercheck.catalogue.quality import check_quality, text_pairs
from sheltercheck.catalogue.stats import catalogue_stats
from sheltercheck.text.segment import words

REQUIRED_DOMAINS = [
    "GOV",
    "ADM",
    "SAF",
    "CNF",
    "RIG",
    "FAC",
    "HEA",
    "PSY",
    "CAS",
    "LEG",
    "EDU",
    "REI",
    "CHI",
    "STF",
    "CMP",
]


def test_the_fifteen_domains_in_order_with_enough_indicators() -> None:
    catalogue = bundled_catalogue()
    assert [d.code for d in catalogue.domains] == REQUIRED_DOMAINS
    stats = catalogue_stats(catalogue)
    assert stats.indicators >= 120
    assert stats.core >= 25
    assert all(d.indicators >= 5 for d in stats.per_domain)


def test_every_indicator_is_complete_in_both_languages() -> None:
    catalogue = bundled_catalogue()
    stats = catalogue_stats(catalogue)
    assert stats.complete_en == stats.complete_lo == 1.0
    for indicator in catalogue.indicators():
        assert re.fullmatch(rf"{indicator.domain}-\d\d", indicator.code)
        assert indicator.evidence.en and len(indicator.evidence.en) == len(indicator.evidence.lo)
        assert indicator.actions.en and len(indicator.actions.en) == len(indicator.actions.lo)
        assert indicator.sources and indicator.populations and indicator.settings
        assert indicator.lo_status in LO_STATUSES


def test_core_standards_cover_the_risks_named_in_the_brief() -> None:
    core_domains = {i.domain for i in bundled_catalogue().indicators() if i.core}
    assert {"SAF", "CNF", "RIG", "ADM", "CHI", "STF", "CMP"} <= core_domains


def test_machine_drafted_lao_is_marked_draft() -> None:
    catalogue = bundled_catalogue()
    assert all(i.lo_status == "draft" for i in catalogue.indicators())
    assert all(d.lo_status == "draft" for d in catalogue.domains)
    assert all(t.lo_status == "draft" for t in catalogue.glossary.terms)


def test_lao_is_lao_script_uses_the_glossary_and_segments_into_real_words() -> None:
    issues = check_quality(bundled_catalogue())
    assert [issue.render() for issue in issues] == []


def test_glossary_has_the_key_terms() -> None:
    keys = {t.key for t in bundled_catalogue().glossary.terms}
    assert {
        "shelter",
        "resident",
        "victim",
        "survivor",
        "trafficking",
        "informed-consent",
        "case-management",
        "reintegration",
        "confidentiality",
    } <= keys


def test_hunspell_knows_nearly_every_segmented_lao_word() -> None:
    assert shutil.which("hunspell"), "needs Debian's hunspell and hunspell-lo (.ci/run installs them)"
    tokens = [w.strip() for pair in text_pairs(bundled_catalogue()) for w in words(pair.lo)]
    tokens = [t for t in tokens if re.search(r"[\u0e80-\u0eff]", t)]
    result = subprocess.run(
        ["hunspell", "-d", "lo_LA", "-l"], input="\n".join(tokens), capture_output=True, text=True, check=True
    )
    unknown = [line for line in result.stdout.splitlines() if line.strip()]
    share = 1 - len(unknown) / len(tokens)
    print(f"hunspell-lo knows {share:.2%} of {len(tokens)} segmented Lao words")
    assert share >= 0.97, sorted(set(unknown))
