"""Dialogs: first run, About, crash report."""
