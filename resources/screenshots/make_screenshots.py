"""Regenerate the README's screenshots: `python resources/screenshots/make_screenshots.py`.

Runs the real app offscreen on a throw-away demo database (the demo shelter and the workshop's demo
shelters) and saves each page in Lao and in English at 1280×800, so the README always shows the current
UI. The Workshop page is shot anonymised, as a facilitator would project it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
SHOTS = {
    "shelters": "shelters",
    "assessment": "walkthrough",
    "results": "results",
    "plan": "action-plan",
    "standards": "standards",
    "workshop": "workshop",
}


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="sheltercheck-shots-"))
    os.environ["SHELTERCHECK_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication

    from sheltercheck.app import create_application
    from sheltercheck.services.demo import DEMO_SHELTER_ID, create_demo
    from sheltercheck.services.demo_workshop import create_workshop_demo
    from sheltercheck.settings import Settings
    from sheltercheck.store.db import open_database
    from sheltercheck.ui.context import AppContext
    from sheltercheck.ui.main_window import MainWindow

    database = home / "demo.sqlite3"
    db = open_database(database)
    create_demo(db)
    create_workshop_demo(db)
    db.dispose()
    app = create_application(sys.argv)
    for language in ("lo", "en"):
        settings = Settings(language=language, last_shelter_id=str(DEMO_SHELTER_ID))
        context = AppContext(settings, database_override=str(database))
        context.set_language(language)
        window = MainWindow(context)
        window.resize(1280, 800)
        window.show()
        context.open_database()
        for page, name in SHOTS.items():
            window.show_page(page)
            for _ in range(5):
                QApplication.processEvents()
            target = HERE / f"{name}-{language}.png"
            window.grab().save(str(target))
            print(target)
        window.close()
        context.close()
    app.quit()


if __name__ == "__main__":
    main()
