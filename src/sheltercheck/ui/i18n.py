"""The UI language: Qt translators from translations/*.qm, switched at run time without a restart.

Installing a translator makes Qt send every widget a LanguageChange event; each window re-translates
itself in changeEvent. The same `.qm` also translates the messages of the Qt-free layers.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from sheltercheck.messages import Message, Translate, identity_translate, render
from sheltercheck.paths import translations_dir

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"lo": "ລາວ", "en": "English"}
QT_LOCALES = {"lo": "lo_LA", "en": "en_GB"}


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a string for translation where it is defined; it is translated where it is shown."""
    return source


def qm_path(language: str) -> str:
    return str(translations_dir() / f"sheltercheck_{language}.qm")


def load_translator(language: str) -> QTranslator | None:
    """A translator for the language, or None for English (the source language)."""
    if language == "en":
        return None
    translator = QTranslator()
    if not translator.load(qm_path(language)):
        log.warning("no compiled translation for %s at %s", language, qm_path(language))
        return None
    return translator


class LanguageSwitcher:
    """Owns the installed translator and swaps it when the user picks another language."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.language = "en"

    def uninstall(self) -> None:
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None

    def switch(self, language: str) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("a QApplication must exist before the language is set")
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
        self.language = language
        QLocale.setDefault(QLocale(QT_LOCALES.get(language, "en_GB")))
        translator = load_translator(language)
        if translator is not None:
            QCoreApplication.installTranslator(translator)
            self._translator = translator
        # installing or removing a translator sends every widget a LanguageChange event


def standalone_translator(language: str) -> Translate:
    """A translate(context, source) for `language` that needs no QApplication (the CLI, file exports
    in another language than the UI's)."""
    translator = load_translator(language)
    if translator is None:
        return identity_translate
    return lambda context, source: translator.translate(context, source) or source


def ui_translate(context: str, source: str) -> str:
    """A `Translate` into the current UI language, for the Qt-free layers' texts shown in the app."""
    return QCoreApplication.translate(context, source)


def tr_message(message: Message, **params: object) -> str:
    """A message of the Qt-free layers in the current UI language."""
    return render(message, params, ui_translate)
