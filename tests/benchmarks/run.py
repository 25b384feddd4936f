"""Benchmarks: prints one JSON object mapping figure names to numbers.

    python tests/benchmarks/run.py [--only PREFIX] [--repeat N]

Figure names are a contract other tools read: extend, never rename. Goals are checked by people reading
these figures, not by timed assertions in the test suite.

- startup.ratio_vs_bare_qt — median cold start of `sheltercheck` to its first painted main window,
  divided by the median for a bare PySide6 window, each in a fresh process (goal ≤ 1.6)
- startup.rss_mb — peak resident memory of the app right after that first paint, in MB (goal ≤ 120)
- startup.app_first_paint_s, startup.bare_qt_first_paint_s — the two medians behind the ratio
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


BENCHMARKS: dict[str, Callable[[int], dict[str, float]]] = {"startup.": startup}


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
