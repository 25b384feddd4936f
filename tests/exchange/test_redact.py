"""What redaction removes and keeps, and the neutral shelter labels."""

from __future__ import annotations

from sheltercheck.exchange.package import read_package
from sheltercheck.exchange.redact import neutral_names, redact


def test_redaction_removes_notes_and_names_of_people(demo_export: bytes) -> None:
    data = read_package(demo_export, name="x").data
    assert any(r.notes for r in data.shelters[0].rounds[0].responses)  # the demo has notes to remove
    clean = redact(data)
    shelter = clean.shelters[0]
    assert shelter.contact_person == ""
    for round_ in shelter.rounds:
        assert round_.participants == ""
        assert all(not (r.notes or r.evidence or r.na_reason) for r in round_.responses)
        assert all(r.answer != "unanswered" for r in round_.responses)
        for action in round_.actions:
            assert action.responsible == "" and action.dropped_reason == "" and action.notes == []


def test_redaction_keeps_what_a_facilitator_needs(demo_export: bytes) -> None:
    data = read_package(demo_export, name="x").data
    clean = redact(data)
    before, after = data.shelters[0], clean.shelters[0]
    assert (after.name, after.operator, after.province, after.kind) == (
        before.name,
        before.operator,
        before.province,
        before.kind,
    )
    for old, new in zip(before.rounds, after.rounds, strict=True):
        assert [(r.indicator_code, r.answer, r.rating) for r in new.responses] == [
            (r.indicator_code, r.answer, r.rating) for r in old.responses
        ]
        assert [(a.action, a.status, a.due_on, a.support_from) for a in new.actions] == [
            (a.action, a.status, a.due_on, a.support_from) for a in old.actions
        ]


def test_neutral_names_hide_the_shelter_but_keep_its_id(demo_export: bytes) -> None:
    data = read_package(demo_export, name="x").data
    hidden = neutral_names(data, lambda code: f"Shelter {code}").shelters[0]
    assert hidden.id == data.shelters[0].id
    assert hidden.name == f"Shelter {data.shelters[0].id.hex[:4].upper()}"
    assert hidden.operator == "" and hidden.contact_person == ""
