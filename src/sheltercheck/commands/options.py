"""What every command reads from the global options: the language of messages and the database."""

from __future__ import annotations

import argparse

from sheltercheck import settings as settings_store


def message_language(args: argparse.Namespace) -> str:
    """--lang, else the language the user chose in the app, else English."""
    if getattr(args, "lang", None):
        return str(args.lang)
    language = settings_store.load().language
    return language if language in settings_store.LANGUAGES else "en"


def database_address(args: argparse.Namespace) -> str:
    """--db, else the database chosen in the app's settings, else the default file."""
    from sheltercheck.paths import default_database_path

    return str(getattr(args, "db", None) or settings_store.load().database or default_database_path())
