"""The names of the answers, shared by the walk-through, the results and every report.

One definition, so the screen and the printed checklist call a rating the same thing in both languages.
"""

from __future__ import annotations

from sheltercheck.messages import QT_TRANSLATE_NOOP, Message

# answer id -> (the key that picks it in the walk-through, its name); the id is the rating 0–3 or na/unknown
ANSWERS: dict[str, tuple[str, Message]] = {
    "0": ("0", QT_TRANSLATE_NOOP("Ratings", "Not in place")),
    "1": ("1", QT_TRANSLATE_NOOP("Ratings", "Partly in place")),
    "2": ("2", QT_TRANSLATE_NOOP("Ratings", "Mostly in place")),
    "3": ("3", QT_TRANSLATE_NOOP("Ratings", "Fully in place")),
    "na": ("N", QT_TRANSLATE_NOOP("Ratings", "Does not apply")),
    "unknown": ("K", QT_TRANSLATE_NOOP("Ratings", "Don't know yet")),
}
NOT_ANSWERED = QT_TRANSLATE_NOOP("Ratings", "Not answered yet")


def answer_id(kind: str | None, rating: int | None) -> str | None:
    """The answer id of a stored answer (kind as in store.models.ANSWER_KINDS); None when there is none."""
    if kind == "rated" and rating is not None:
        return str(rating)
    if kind == "not_applicable":
        return "na"
    if kind == "unknown":
        return "unknown"
    return None
