"""Removing notes and names of people before a file is sent (`--redact`), and, only when asked, the
shelters' names too (`--neutral-names`).

A facilitator needs from a shelter's file: which shelter it is (name, kind, province, type of service,
whom it serves), its answers and ratings, and its action plan (the actions, their indicators, dates,
resources, the support needed and from which organisation, and their status). A file on a USB stick or
in an e-mail can go astray, so `redact` removes what may name or describe residents and staff:

- the shelter's contact person;
- who took part in each round;
- every answer's notes, evidence and reason for "does not apply" (the answer itself stays; answers
  that held nothing but notes are left out);
- who is responsible for each action, and why an action was dropped;
- the progress notes (free text; left out with their dates).

Kept: the organisation named as giving support (an organisation, not a person) and the texts of the
actions, resources and support needed (the plan the workshop discusses).

`neutral_names` is for a shelter that does not want to be named at all: each shelter's name becomes a
neutral label made from its ID ("Shelter 3F2A"), so the same shelter keeps the same label in every
file, and who runs it and the contact person are removed. The IDs stay, so a facilitator still sees a
shelter's rounds together. The workshop page anonymises names for the projector on its own; this is
for what leaves the shelter's computer.
"""

from __future__ import annotations

from collections.abc import Callable

from sheltercheck.exchange.schema import ActionDoc, ExchangeData, ResponseDoc, RoundDoc, ShelterDoc


def _response(response: ResponseDoc) -> ResponseDoc | None:
    if response.answer == "unanswered":
        return None
    return response.model_copy(update={"notes": "", "evidence": "", "na_reason": ""})


def _action(action: ActionDoc) -> ActionDoc:
    return action.model_copy(update={"responsible": "", "dropped_reason": "", "notes": []})


def _round(round_: RoundDoc) -> RoundDoc:
    responses = [kept for response in round_.responses if (kept := _response(response)) is not None]
    actions = [_action(action) for action in round_.actions]
    return round_.model_copy(update={"participants": "", "responses": responses, "actions": actions})


def redact(data: ExchangeData) -> ExchangeData:
    """The same data without notes and names of people (see the module's docstring for the fields)."""
    shelters = [
        shelter.model_copy(
            update={"contact_person": "", "rounds": [_round(round_) for round_ in shelter.rounds]}
        )
        for shelter in data.shelters
    ]
    return data.model_copy(update={"shelters": shelters})


def neutral_label(shelter: ShelterDoc, label: Callable[[str], str]) -> str:
    return label(shelter.id.hex[:4].upper())


def neutral_names(data: ExchangeData, label: Callable[[str], str]) -> ExchangeData:
    """Every shelter named by `label(code)` (e.g. "Shelter 3F2A"), without operator or contact person."""
    shelters = [
        shelter.model_copy(
            update={"name": neutral_label(shelter, label), "operator": "", "contact_person": ""}
        )
        for shelter in data.shelters
    ]
    return data.model_copy(update={"shelters": shelters})
