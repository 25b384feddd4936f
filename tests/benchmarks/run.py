"""Benchmarks: prints one JSON object mapping figure names to numbers.

    python tests/benchmarks/run.py [--only PREFIX] [--repeat N]

Figure names are a contract other tools read: extend, never rename. Goals are checked by people reading
these figures, not by timed assertions in the test suite.

- startup.ratio_vs_bare_qt — median cold start of `sheltercheck` to its first painted main window,
  divided by the median for a bare PySide6 window, each in a fresh process (goal ≤ 1.6)
- startup.rss_mb — peak resident memory of the app right after that first paint, in MB (goal ≤ 120)
- startup.app_first_paint_s, startup.bare_qt_first_paint_s — the two medians behind the ratio
- scoring.recompute_ms — recomputing every score after one rating change in a 150-indicator round, median
  (goal ≤ 5)
- ui.next_indicator_ms — from the key press to the next indicator painted in the walk-through, median over
  100 moves (goal ≤ 50)
- pdf.* — the PDF reports, see tests/benchmarks/pdf_bench.py
- workshop.view_50x3_ms — building the Workshop page's data (services.workshop.build_workshop,
  anonymised, in Lao) for 50 shelters × 3 rounds of the bundled catalogue with random answers, median
  (goal ≤ 300)
- workshop.view_50x3_first_ms — the same, the first time in the process (catalogue not yet parsed)
- workshop.import_50_s — importing 50 exchange files (one shelter with two complete rounds and a plan each:
  the demo shelter under fresh IDs) one after another into a fresh SQLite database, each read, checked,
  previewed, backed up and written as `sheltercheck import --yes` does; median of up to 3 runs (goal ≤ 10)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: make `tests` importable

from tests.benchmarks import pdf_bench

BARE_QT = r"""
import json, resource, sys, time
started = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class Reporter(QObject):
    done = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.report)
        return False
    def report(self):
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"first_paint_s": time.perf_counter() - started, "rss_mb": rss}), flush=True)
        QApplication.quit()
app = QApplication(sys.argv)
window = QMainWindow()
reporter = Reporter()
window.installEventFilter(reporter)
window.resize(1280, 720)
window.show()
app.exec()
"""


def startup(repeat: int) -> dict[str, float]:
    home = Path(tempfile.mkdtemp(prefix="sheltercheck-bench-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "SHELTERCHECK_HOME": str(home),
        "SHELTERCHECK_REPORT_FIRST_PAINT": "1",
    }
    settings_dir = home / "config"
    settings_dir.mkdir(parents=True)
    (settings_dir / "settings.json").write_text(json.dumps({"language": "lo"}), encoding="utf-8")
    app_command = [sys.executable, "-m", "sheltercheck", "--db", str(home / "bench.sqlite3")]
    bare_command = [sys.executable, "-c", BARE_QT]
    # warm the OS file cache once for both, so "cold" means a fresh process, not a cold disk
    _timed(app_command, env)
    _timed(bare_command, env)
    app_runs, bare_runs = [], []
    for _ in range(repeat):  # interleaved, so a slow moment of the machine hits both alike
        app_runs.append(_timed(app_command, env))
        bare_runs.append(_timed(bare_command, env))
    app_median = statistics.median(r[0] for r in app_runs)
    bare_median = statistics.median(r[0] for r in bare_runs)
    return {
        "startup.ratio_vs_bare_qt": round(app_median / bare_median, 3),
        "startup.rss_mb": round(max(r[1] for r in app_runs), 1),
        "startup.app_first_paint_s": round(app_median, 4),
        "startup.bare_qt_first_paint_s": round(bare_median, 4),
    }


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning the process to its first paint (as the process reports it), and peak RSS."""
    spawned = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    painted = time.perf_counter()
    process.communicate(timeout=120)
    if process.returncode != 0 or not line:
        raise RuntimeError(f"{command} failed: exit {process.returncode}")
    return painted - spawned, float(json.loads(line)["rss_mb"])


def scoring(repeat: int) -> dict[str, float]:
    import random

    from sheltercheck.assessment.scoring import Answer, IndicatorRef, score_round

    rng = random.Random(150)
    refs = [IndicatorRef(f"D{d:02d}-{i:02d}", f"D{d:02d}", i % 4 == 0) for d in range(15) for i in range(10)]
    answers = {ref.code: Answer("rated", rng.randint(0, 3)) for ref in refs}
    timings = []
    for run in range(max(200, repeat)):
        code = refs[run % len(refs)].code
        started = time.perf_counter()
        answers[code] = Answer("rated", (run * 7) % 4)  # one rating changes...
        score_round(refs, answers)  # ...and every score is recomputed
        timings.append((time.perf_counter() - started) * 1000)
    return {"scoring.recompute_ms": round(statistics.median(timings), 3)}


def ui_next_indicator(repeat: int) -> dict[str, float]:
    """Drives the real walk-through offscreen: a key press, then events until the statement repaints."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="sheltercheck-bench-ui-"))
    os.environ["SHELTERCHECK_HOME"] = str(home)
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from sheltercheck.app import create_application
    from sheltercheck.services.demo import create_demo
    from sheltercheck.settings import Settings
    from sheltercheck.store.db import open_database
    from sheltercheck.ui.context import AppContext
    from sheltercheck.ui.main_window import MainWindow
    from sheltercheck.ui.pages.assessment import AssessmentPage

    database = home / "bench.sqlite3"
    db = open_database(database)
    create_demo(db)
    db.dispose()
    app = create_application([])
    context = AppContext(Settings(language="lo"), database_override=str(database))
    context.set_language("lo")
    context.open_database()
    window = MainWindow(context)
    window.resize(1280, 720)
    window.show()
    window.show_page("shelters")
    window.show_page("assessment")
    page = window.page("assessment")
    assert isinstance(page, AssessmentPage) and page.state is not None
    page.go_to(0)
    QApplication.processEvents()

    class PaintWatch(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    watch = PaintWatch()
    page.statement.installEventFilter(watch)
    timings = []
    for move in range(max(100, repeat)):
        key = Qt.Key.Key_Right if (move // 50) % 2 == 0 else Qt.Key.Key_Left
        watch.painted = False
        started = time.perf_counter()
        QTest.keyClick(page, key)
        while not watch.painted:
            app.processEvents()
        timings.append((time.perf_counter() - started) * 1000)
    page.flush()
    page.statement.removeEventFilter(watch)
    window.close()
    window.deleteLater()
    context.close()
    QApplication.processEvents()
    del window, page, watch
    return {"ui.next_indicator_ms": round(statistics.median(timings), 2)}


def workshop_view(repeat: int) -> dict[str, float]:
    import datetime as dt
    import random

    from sheltercheck.catalogue.loader import bundled_catalogue
    from sheltercheck.services.catalogues import ensure_snapshot
    from sheltercheck.services.workshop import build_workshop, default_selection
    from sheltercheck.store.db import open_database
    from sheltercheck.store.models import AssessmentRound, Response, Shelter

    home = Path(tempfile.mkdtemp(prefix="sheltercheck-bench-workshop-"))
    db = open_database(home / "bench.sqlite3")
    catalogue = bundled_catalogue()
    rng = random.Random(50)
    kinds = ("women", "children", "men")
    with db.transaction() as session:
        key = ensure_snapshot(session, catalogue).key
        for number in range(50):
            populations = sorted(rng.sample(kinds, rng.randint(1, 2)))
            shelter = Shelter(name=f"Shelter {number}", serves_children="children" in populations)
            session.add(shelter)
            session.flush()
            indicators = catalogue.applicable(set(populations), "residential")
            for year in range(3):
                round_ = AssessmentRound(
                    shelter_id=shelter.id,
                    assessed_on=dt.date(2024 + year, 6, 1),
                    catalogue_key=key,
                    status="complete",
                    populations=populations,
                )
                session.add(round_)
                session.flush()
                for indicator in indicators:
                    pick = rng.random()
                    answer = "not_applicable" if pick < 0.04 else "unknown" if pick < 0.08 else "rated"
                    rating = rng.randint(0, 3) if answer == "rated" else None
                    session.add(
                        Response(
                            round_id=round_.id, indicator_code=indicator.code, answer=answer, rating=rating
                        )
                    )
    selection = default_selection(db)

    def build() -> float:
        started = time.perf_counter()
        build_workshop(db, selection, anonymise=True, language="lo")
        return (time.perf_counter() - started) * 1000

    first = build()
    timings = [build() for _ in range(max(5, repeat))]
    db.dispose()
    return {
        "workshop.view_50x3_ms": round(statistics.median(timings), 1),
        "workshop.view_50x3_first_ms": round(first, 1),
    }


def _workshop_files(folder: Path, count: int) -> list[Path]:
    """`count` exchange files, each the demo shelter with every ID replaced by a fresh one."""
    import re
    import uuid

    from sheltercheck import __version__
    from sheltercheck.exchange.jsontext import dump_json, load_json
    from sheltercheck.exchange.package import DATA, read_package, write_package
    from sheltercheck.exchange.schema import validate_data
    from sheltercheck.services.demo import create_demo
    from sheltercheck.services.exchange_export import export_bytes
    from sheltercheck.store.db import open_database

    source = open_database(folder / "source.sqlite3")
    create_demo(source)
    raw, _summary = export_bytes(source)
    source.dispose()
    package = read_package(raw, name="demo")
    text = dump_json(package.data.model_dump(mode="json")).decode("utf-8")
    catalogues = {e.key: (e.checksum, package.snapshot(e.key)) for e in package.manifest.catalogues}
    ids = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
    files = []
    for number in range(count):
        fresh: dict[str, str] = {}

        def new_id(found: re.Match[str], fresh: dict[str, str] = fresh) -> str:
            return fresh.setdefault(found.group(0), str(uuid.uuid4()))

        renamed = ids.sub(new_id, text)
        data = validate_data(load_json(renamed.encode("utf-8"), name="bench", member=DATA))
        shelter = data.shelters[0].model_copy(update={"name": f"ສູນພັກພິງ {number + 1} (Shelter {number + 1})"})
        data = data.model_copy(update={"shelters": [shelter]})
        path = folder / f"shelter-{number + 1:02d}.shelterchk"
        path.write_bytes(
            write_package(
                data,
                catalogues,
                app_version=__version__,
                installation=uuid.uuid4(),
                redacted=False,
                neutral_names=False,
            )
        )
        files.append(path)
    return files


def workshop_import(repeat: int) -> dict[str, float]:
    from sheltercheck.exchange.package import read_file
    from sheltercheck.services.exchange_import import apply_import
    from sheltercheck.services.exchange_plan import plan_import
    from sheltercheck.store.db import open_database

    folder = Path(tempfile.mkdtemp(prefix="sheltercheck-bench-workshop-"))
    files = _workshop_files(folder, 50)
    timings = []
    for run in range(max(1, min(repeat, 3))):
        db = open_database(folder / f"workshop-{run}.sqlite3")
        started = time.perf_counter()
        for path in files:
            result = apply_import(db, plan_import(db, read_file(path)))
            assert result.outcome.rounds_added == 2
        timings.append(time.perf_counter() - started)
        db.dispose()
    return {"workshop.import_50_s": round(statistics.median(timings), 2)}


BENCHMARKS: dict[str, Callable[[int], dict[str, float]]] = {
    "startup.": startup,
    "scoring.": scoring,
    "ui.": ui_next_indicator,
    "pdf.": pdf_bench.pdf,
    "workshop.": workshop_view,
    "workshop.import_": workshop_import,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--only", default="", metavar="PREFIX", help="only figures whose names start with PREFIX"
    )
    parser.add_argument("--repeat", type=int, default=9, help="runs per measurement (median is reported)")
    args = parser.parse_args(argv)
    figures: dict[str, float] = {}
    for prefix, benchmark in BENCHMARKS.items():
        if prefix.startswith(args.only) or args.only.startswith(prefix):
            figures.update(benchmark(args.repeat))
    figures = {name: value for name, value in figures.items() if name.startswith(args.only)}
    print(json.dumps(figures, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
