"""PDF benchmark figures (registered in run.py under the prefix "pdf.").

- pdf.report_both_s — the bilingual assessment report of a 150-indicator round with notes on every
  indicator and a 20-item plan, from data in memory to PDF bytes, median (goal ≤ 2.0)
- pdf.ratio_vs_plain_reportlab — that time divided by plain ReportLab laying out the same documents with
  the same fonts unshaped (Paragraphs with shaping off, lines broken at spaces only), measured in the same
  run (goal ≤ 1.5)
- pdf.report_both_pages — pages of that report (for reading the times)
- pdf.peak_rss_mb — peak resident memory of a fresh process making that report once (goal ≤ 200)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NOTES = (
    "ມີແຜນ ແລະ ພະນັກງານຮູ້ຈັກ ແຕ່ຍັງບໍ່ທັນໄດ້ຝຶກອົບຮົມຄືນໃໝ່ໃນປີນີ້; ເບິ່ງບັນທຶກວັນທີ 12/03 (Staff know "
    "the plan; no refresher training this year.)",
    "ຜູ້ຈັດການໄດ້ສະແດງເອກະສານໃຫ້ເບິ່ງ. Checked the file with the manager on site.",
    "ຕ້ອງການການຊ່ວຍເຫຼືອຈາກກະຊວງແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ ເພື່ອປັບປຸງຫ້ອງພັກ ແລະ ລະບົບຄວາມປອດໄພ.",
)


def _catalogue_of_150():
    """The bundled catalogue, topped up to 150 indicators that all apply (copies under new codes)."""
    from sheltercheck.catalogue.loader import bundled_catalogue

    catalogue = bundled_catalogue()
    every = frozenset({"children", "women", "men"})
    settings = frozenset({"residential", "transit", "drop-in"})
    domains = []
    total = sum(len(d.indicators) for d in catalogue.domains)
    extra = 150 - total
    for index, domain in enumerate(catalogue.domains):
        indicators = [dataclasses.replace(i, populations=every, settings=settings) for i in domain.indicators]
        for n in range(
            extra // len(catalogue.domains) + (1 if index < extra % len(catalogue.domains) else 0)
        ):
            source = indicators[n % len(indicators)]
            indicators.append(dataclasses.replace(source, code=f"{domain.code}-{90 + n:02d}"))
        domains.append(dataclasses.replace(domain, indicators=tuple(indicators)))
    result = dataclasses.replace(catalogue, version=catalogue.version + "-bench150", domains=tuple(domains))
    assert len(result.indicators()) == 150
    return result


def _database(folder: Path):
    """A shelter with two rated rounds of the 150-indicator catalogue, notes everywhere, a 20-item plan."""
    from sheltercheck.services import plan, profiles, rounds
    from sheltercheck.store.db import open_database

    db = open_database(folder / "bench.sqlite3")
    catalogue = _catalogue_of_150()
    rng = random.Random(150)
    shelter = profiles.create_shelter(
        db,
        profiles.ShelterProfile(
            name="ສູນພັກພິງທົດສອບ (Benchmark shelter)", populations={"children", "women", "men"}
        ),
    )
    round_ids = []
    for day in (dt.date(2025, 6, 1), dt.date(2026, 6, 1)):
        round_id = rounds.start_round(
            db, shelter, day, "ຜູ້ຈັດການ, ພະນັກງານສັງຄົມ 2 ຄົນ (manager, two social workers)", catalogue
        )
        state = rounds.load_round(db, round_id)
        assert len(state.indicators) == 150
        for indicator in state.indicators:
            answer = rounds.ResponseState(
                "rated", rng.randint(0, 3), notes=rng.choice(NOTES), evidence="ເອກະສານ"
            )
            rounds.save_response(db, state, indicator.code, answer)
        round_ids.append(round_id)
    latest = round_ids[-1]
    codes = [i.code for i in rounds.load_round(db, latest).indicators]
    for n in range(20):
        plan.add_item(
            db,
            latest,
            f"ກິດຈະກຳທີ {n + 1}: ຝຶກອົບຮົມພະນັກງານກ່ຽວກັບຂັ້ນຕອນການປະຕິບັດງານ (train staff on procedure {n + 1})",
            indicator_codes=codes[n * 7 : n * 7 + 2],
            responsible="ຜູ້ຈັດການສູນ (shelter manager)",
            start_on=dt.date(2026, 7, 1),
            due_on=dt.date(2026, 12, 31),
            resources="ເວລາພະນັກງານ, ງົບປະມານ 2.000.000 ກີບ",
            support_needed="ຄູຝຶກຈາກອົງການຄູ່ຮ່ວມງານ",
        )
    return db, latest


def _time_builds(db, round_id, repeat: int) -> tuple[float, float, int]:
    from sheltercheck.reports.document import render_pdf
    from sheltercheck.reports.pdf_reports import report_story
    from sheltercheck.reports.typeset import Typesetter
    from sheltercheck.ui.i18n import standalone_translator

    lo = standalone_translator("lo")
    shaped: list[float] = []
    plain: list[float] = []
    pages = 0
    for _ in range(repeat):
        for runs, typesetter in ((shaped, Typesetter()), (plain, Typesetter(shaped=False))):
            started = time.perf_counter()
            info, story, _, _ = report_story(db, "assessment", round_id, "both", lo, typesetter)
            pdf = render_pdf(info, story, shaping=typesetter.shaped)
            runs.append(time.perf_counter() - started)
            pages = max(pages, pdf.pages)
    return statistics.median(shaped), statistics.median(plain), pages


PEAK = r"""
import json, resource, sys
sys.path.insert(0, sys.argv[1])
from tests.benchmarks.pdf_bench import _database, _time_builds
from pathlib import Path
db, round_id = _database(Path(sys.argv[2]))
_time_builds(db, round_id, 1)
print(json.dumps({"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def pdf(repeat: int) -> dict[str, float]:
    repeat = max(3, min(repeat, 9))
    with tempfile.TemporaryDirectory(prefix="sheltercheck-pdf-bench-") as folder:
        db, round_id = _database(Path(folder))
        try:
            _time_builds(db, round_id, 1)  # warm: fonts loaded and parsed, caches filled like in the app
            shaped, plain, pages = _time_builds(db, round_id, repeat)
        finally:
            db.dispose()
    with tempfile.TemporaryDirectory(prefix="sheltercheck-pdf-peak-") as folder:
        root = str(Path(__file__).resolve().parents[2])
        out = subprocess.run(
            [sys.executable, "-c", PEAK, root, folder], capture_output=True, text=True, check=True
        )
        rss = json.loads(out.stdout.strip().splitlines()[-1])["rss_mb"]
    return {
        "pdf.report_both_s": round(shaped, 3),
        "pdf.ratio_vs_plain_reportlab": round(shaped / plain, 3),
        "pdf.report_both_pages": pages,
        "pdf.peak_rss_mb": round(rss, 1),
    }
