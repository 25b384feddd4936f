"""An indicator as rich text for the Standards page and the walk-through, in one language."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from sheltercheck.catalogue.model import Catalogue, Indicator
from sheltercheck.ui.display import shown
from sheltercheck.ui.i18n import QT_TRANSLATE_NOOP

POPULATION_NAMES = {
    "children": QT_TRANSLATE_NOOP("Applicability", "children"),
    "women": QT_TRANSLATE_NOOP("Applicability", "women"),
    "men": QT_TRANSLATE_NOOP("Applicability", "men"),
}
SETTING_NAMES = {
    "residential": QT_TRANSLATE_NOOP("Applicability", "residential"),
    "transit": QT_TRANSLATE_NOOP("Applicability", "transit"),
    "drop-in": QT_TRANSLATE_NOOP("Applicability", "drop-in"),
}


LABELS = {
    "core": QT_TRANSLATE_NOOP("IndicatorDetail", "Core standard"),
    "core_why": QT_TRANSLATE_NOOP("IndicatorDetail", "its absence puts residents at risk"),
    "draft": QT_TRANSLATE_NOOP(
        "IndicatorDetail", "The Lao text is a draft awaiting review by a native speaker."
    ),
    "guidance": QT_TRANSLATE_NOOP("IndicatorDetail", "What to look for"),
    "evidence": QT_TRANSLATE_NOOP("IndicatorDetail", "Examples of evidence"),
    "actions": QT_TRANSLATE_NOOP("IndicatorDetail", "Suggested first actions"),
    "applies": QT_TRANSLATE_NOOP("IndicatorDetail", "Applies to"),
    "sources": QT_TRANSLATE_NOOP("IndicatorDetail", "Rests on"),
}


def label(key: str) -> str:
    return escape(QCoreApplication.translate("IndicatorDetail", LABELS[key]))


def _tr(source: str) -> str:
    return QCoreApplication.translate("Applicability", source)


def _text(value: str) -> str:
    return escape(shown(value))


def _list(items: tuple[str, ...]) -> str:
    return "<ul>" + "".join(f"<li>{_text(item)}</li>" for item in items) + "</ul>"


def guidance_html(indicator: Indicator, language: str) -> str:
    """What the walk-through shows under the statement: guidance, evidence examples, first actions."""
    return (
        f"<h4>{label('guidance')}</h4><p>{_text(indicator.guidance.get(language))}</p>"
        f"<h4>{label('evidence')}</h4>{_list(indicator.evidence.get(language))}"
        f"<h4>{label('actions')}</h4>{_list(indicator.actions.get(language))}"
    )


def indicator_html(catalogue: Catalogue, indicator: Indicator, language: str) -> str:
    """Statement, guidance, evidence, actions, applicability and sources; labels in the UI language."""
    core = f"<p><b>● {label('core')}</b> — {label('core_why')}</p>" if indicator.core else ""
    populations = ", ".join(_tr(POPULATION_NAMES[p]) for p in POPULATION_NAMES if p in indicator.populations)
    settings = ", ".join(_tr(SETTING_NAMES[s]) for s in SETTING_NAMES if s in indicator.settings)
    sources = "".join(
        f"<li>{_text(catalogue.instrument(s.instrument).name.get(language))} — {escape(s.section)}</li>"
        for s in indicator.sources
    )
    draft = ""
    if language == "lo" and indicator.lo_status == "draft":
        draft = f"<p><i>{label('draft')}</i></p>"
    return (
        f"<h3>{escape(indicator.code)}</h3>{core}"
        f"<p style='font-size:large'>{_text(indicator.statement.get(language))}</p>"
        f"<h4>{label('guidance')}</h4><p>{_text(indicator.guidance.get(language))}</p>"
        f"<h4>{label('evidence')}</h4>{_list(indicator.evidence.get(language))}"
        f"<h4>{label('actions')}</h4>{_list(indicator.actions.get(language))}"
        f"<h4>{label('applies')}</h4><p>{escape(populations)}; {escape(settings)}</p>"
        f"<h4>{label('sources')}</h4><ul>{sources}</ul>{draft}"
    )
