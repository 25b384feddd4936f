"""The words for exchange files, shared by the command line and the app: the import preview, the choices
and the results (their messages keep the "CLI" context they were first written for)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from pathlib import Path

from sheltercheck.exchange.messages import FIELD_LABELS, shown
from sheltercheck.messages import QT_TRANSLATE_NOOP, Message, Translate, render
from sheltercheck.services.exchange_export import ExportSummary
from sheltercheck.services.exchange_import import ImportResult
from sheltercheck.services.exchange_plan import (
    Action,
    Change,
    Choice,
    ImportPlan,
    RoundPreview,
    ShelterPreview,
)
from sheltercheck.text.locale import format_date

EXPORTED = QT_TRANSLATE_NOOP("CLI", "Wrote {path}: {shelters} shelter(s) with {rounds} assessment round(s).")
EXPORTED_PROTECTED = QT_TRANSLATE_NOOP(
    "CLI", "The file is protected by the password; send the password separately."
)
EXPORTED_REDACTED = QT_TRANSLATE_NOOP("CLI", "Notes and names of people were left out of the file.")
EXPORTED_NEUTRAL = QT_TRANSLATE_NOOP("CLI", "The shelters' names were replaced by neutral labels.")

HEADER = QT_TRANSLATE_NOOP(
    "CLI", "{name}: written on {date} by ShelterCheck {version}; {shelters} shelter(s), {rounds} round(s)."
)
HEADER_REDACTED = QT_TRANSLATE_NOOP("CLI", "Notes and names of people were removed before the file was sent.")
HEADER_NEUTRAL = QT_TRANSLATE_NOOP(
    "CLI", "The shelters' names were replaced by neutral labels before sending."
)
SHELTER_NEW = QT_TRANSLATE_NOOP("CLI", "New shelter {shelter}: it will be added.")
SHELTER_SAME = QT_TRANSLATE_NOOP("CLI", "Shelter {shelter}: already here, the same.")
SHELTER_CHANGED = QT_TRANSLATE_NOOP(
    "CLI", "Shelter {shelter}: already here with a different {differences}. Choice: {choice}."
)
ROUND_NEW = QT_TRANSLATE_NOOP("CLI", "  Assessment of {date}: new, it will be added.")
ROUND_SAME = QT_TRANSLATE_NOOP("CLI", "  Assessment of {date}: already here, the same; skipped.")
ROUND_CHANGED = QT_TRANSLATE_NOOP(
    "CLI", "  Assessment of {date}: already here with different {differences}. Choice: {choice}."
)
ROUND_WITH_COPY = QT_TRANSLATE_NOOP("CLI", "  Assessment of {date}: goes with the copy of the shelter.")
ANSWERS_COUNT = QT_TRANSLATE_NOOP("CLI", "{label} ({count})")
CATALOGUE_ADDED = QT_TRANSLATE_NOOP("CLI", "The catalogue {key} comes with the file and will be added.")

CHOICE_LABELS: dict[Choice, Message] = {
    Choice.KEEP_BOTH: QT_TRANSLATE_NOOP("CLI", "keep both (the file's as a copy)"),
    Choice.REPLACE: QT_TRANSLATE_NOOP("CLI", "replace with the file's"),
    Choice.KEEP_EXISTING: QT_TRANSLATE_NOOP("CLI", "keep this computer's"),
}
ASK_CHOICE = QT_TRANSLATE_NOOP(
    "CLI",
    "{record}: 1 = keep both (the default), 2 = replace with the file's, 3 = keep this computer's. "
    "Your choice: ",
)
ASK_CONFIRM = QT_TRANSLATE_NOOP("CLI", "Import now? Type y for yes: ")
CANCELLED = QT_TRANSLATE_NOOP("CLI", "Nothing was imported.")
NEED_YES = QT_TRANSLATE_NOOP(
    "CLI",
    "Nothing was imported: check the preview above, then run the command again with --yes to import with "
    "these choices (they never replace data here).",
)
NOTHING_TO_IMPORT = QT_TRANSLATE_NOOP("CLI", "Nothing to import: everything in {name} is already here.")
IMPORTED = QT_TRANSLATE_NOOP(
    "CLI",
    "Imported {name}: {shelters} new shelter(s), {profiles} profile(s) replaced; {added} round(s) added, "
    "{copied} added as copies, {replaced} replaced, {kept} left as they were.",
)
BACKED_UP = QT_TRANSLATE_NOOP("CLI", "The database was backed up first, to {path}")


def _differences(differences: tuple[str, ...], answers: int, translate: Translate) -> str:
    labels = []
    for key in differences:
        label = render(FIELD_LABELS[key], {}, translate)
        if key == "answers":
            label = render(ANSWERS_COUNT, {"label": label, "count": answers}, translate)
        labels.append(label)
    return ", ".join(labels)


def _one_line(text: str) -> str:
    return shown(" ".join(text.split()), 200)


def round_label(round_: RoundPreview, language: str) -> str:
    return format_date(round_.assessed_on, language)


def _round_line(
    plan: ImportPlan,
    shelter: ShelterPreview,
    round_: RoundPreview,
    choices: Mapping[uuid.UUID, Choice],
    language: str,
    translate: Translate,
) -> str:
    date = round_label(round_, language)
    if plan.shelter_action(shelter, choices) is Action.ADD_COPY:
        return render(ROUND_WITH_COPY, {"date": date}, translate)
    if round_.change is Change.NEW:
        return render(ROUND_NEW, {"date": date}, translate)
    if round_.change is Change.SAME:
        return render(ROUND_SAME, {"date": date}, translate)
    params: dict[str, object] = {
        "date": date,
        "differences": _differences(round_.differences, round_.answers_differing, translate),
        "choice": render(CHOICE_LABELS[choices[round_.id]], {}, translate),
    }
    return render(ROUND_CHANGED, params, translate)


def preview_lines(
    plan: ImportPlan, choices: Mapping[uuid.UUID, Choice], language: str, translate: Translate
) -> list[str]:
    """What the import will do, one line per shelter and round, with the choice for each conflict."""
    package = plan.package
    manifest = package.manifest
    lines = [
        render(
            HEADER,
            {
                "name": package.name,
                "date": format_date(manifest.created_at.date(), language),
                "version": shown(manifest.app_version),
                "shelters": len(package.data.shelters),
                "rounds": package.round_count,
            },
            translate,
        )
    ]
    if manifest.redacted:
        lines.append(render(HEADER_REDACTED, {}, translate))
    if manifest.neutral_names:
        lines.append(render(HEADER_NEUTRAL, {}, translate))
    for key in plan.catalogues_to_add:
        lines.append(render(CATALOGUE_ADDED, {"key": key}, translate))
    for shelter in plan.shelters:
        name = _one_line(shelter.name)
        if shelter.change is Change.NEW:
            lines.append(render(SHELTER_NEW, {"shelter": name}, translate))
        elif shelter.change is Change.SAME:
            lines.append(render(SHELTER_SAME, {"shelter": name}, translate))
        else:
            params: dict[str, object] = {
                "shelter": name,
                "differences": _differences(shelter.differences, 0, translate),
                "choice": render(CHOICE_LABELS[choices[shelter.id]], {}, translate),
            }
            lines.append(render(SHELTER_CHANGED, params, translate))
        lines.extend(_round_line(plan, shelter, r, choices, language, translate) for r in shelter.rounds)
    return lines


def result_lines(result: ImportResult, name: str, translate: Translate) -> list[str]:
    outcome = result.outcome
    params = {
        "name": name,
        "shelters": outcome.shelters_added + outcome.shelters_copied,
        "profiles": outcome.shelters_replaced,
        "added": outcome.rounds_added,
        "copied": outcome.rounds_copied,
        "replaced": outcome.rounds_replaced,
        "kept": outcome.rounds_kept,
    }
    lines = [render(IMPORTED, params, translate)]
    if result.backup is not None:
        lines.append(render(BACKED_UP, {"path": result.backup}, translate))
    return lines


def export_lines(summary: ExportSummary, path: Path, translate: Translate) -> list[str]:
    lines = [
        render(EXPORTED, {"path": path, "shelters": summary.shelters, "rounds": summary.rounds}, translate)
    ]
    if summary.protected:
        lines.append(render(EXPORTED_PROTECTED, {}, translate))
    if summary.redacted:
        lines.append(render(EXPORTED_REDACTED, {}, translate))
    if summary.neutral_names:
        lines.append(render(EXPORTED_NEUTRAL, {}, translate))
    return lines
