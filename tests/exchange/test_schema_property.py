"""Property: whatever document arrives, the validator returns a model or raises a UserError — never
another exception. At least 5,000 generated documents go through it on every run: valid ones, valid ones
with one thing broken (deleted, replaced by any JSON value, made huge, given an extra key), and
arbitrary JSON.

Valid and damaged documents are assembled from pools of realistic records by a seeded arrangement (fresh
IDs, one answer per indicator; then one to three places damaged), so one hypothesis draw stands for a
whole document (hypothesis' own recursive JSON strategy feeds the manifest test). That keeps 5,000
examples to seconds rather than minutes.
"""

from __future__ import annotations

import copy
import random
import uuid
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sheltercheck.errors import UserError
from sheltercheck.exchange.jsontext import load_json
from sheltercheck.exchange.schema import ExchangeData, Manifest, validate_data, validate_manifest

EXAMPLES = 5_000
NOW, LATER = "2026-06-18T16:00:00Z", "2026-07-01T09:30:00.250000+07:00"

SHELTERS: list[dict[str, Any]] = [
    {
        "name": "ສູນພັກພິງຕົວຢ່າງ (Demo shelter)",
        "kind": "ngo",
        "operator": "ອົງການ",
        "province": "VT",
        "setting": "residential",
        "serves_children": True,
        "serves_women": True,
        "serves_men": False,
        "serves_trafficking_victims": True,
        "other_groups": "",
        "capacity": 24,
        "contact_person": "Ms A",
        "archived": False,
    },
    {
        "name": "Transit centre",
        "kind": "state",
        "operator": "",
        "province": "",
        "setting": "transit",
        "serves_children": False,
        "serves_women": False,
        "serves_men": True,
        "serves_trafficking_victims": False,
        "other_groups": "returnees",
        "capacity": None,
        "contact_person": "",
        "archived": True,
    },
]
ROUNDS: list[dict[str, Any]] = [
    {
        "assessed_on": "2025-06-12",
        "participants": "ຜູ້ຈັດການ\nManager",
        "catalogue_key": "sheltercheck-core@1.0.0",
        "status": "complete",
        "completed_at": NOW,
        "current_indicator": "GOV-01",
        "populations": ["children", "women"],
        "setting": "residential",
    },
    {
        "assessed_on": "2026-01-31",
        "participants": "",
        "catalogue_key": "national-lao@2.1.0-draft",
        "status": "in_progress",
        "completed_at": None,
        "current_indicator": "",
        "populations": [],
        "setting": "drop-in",
    },
]
RESPONSES: list[dict[str, Any]] = [
    {"answer": "rated", "rating": rating, "na_reason": "", "notes": notes, "evidence": ""}
    for rating in range(4)
    for notes in ("", "ຍັງບໍ່ມີເອກະສານ")
] + [
    {"answer": "not_applicable", "rating": None, "na_reason": "No such service", "notes": "", "evidence": ""},
    {"answer": "unknown", "rating": None, "na_reason": "", "notes": "", "evidence": "a photo"},
    {"answer": "unanswered", "rating": None, "na_reason": "", "notes": "to check", "evidence": ""},
]
ACTIONS: list[dict[str, Any]] = [
    {
        "position": 0,
        "action": "ຝຶກອົບຮົມພະນັກງານ",
        "indicator_codes": ["GOV-01", "SAF-02"],
        "responsible": "Manager",
        "start_on": "2026-07-01",
        "due_on": "2026-12-31",
        "resources": "Staff time",
        "support_needed": "",
        "support_from": "partner",
        "support_from_detail": "",
        "status": "in_progress",
        "dropped_reason": "",
    },
    {
        "position": 3,
        "action": "Write a policy",
        "indicator_codes": [],
        "responsible": "",
        "start_on": None,
        "due_on": None,
        "resources": "",
        "support_needed": "Guidance",
        "support_from": "other",
        "support_from_detail": "A partner",
        "status": "dropped",
        "dropped_reason": "Done by the ministry",
    },
]
CODES = [f"{domain}-{number:02d}" for domain in ("GOV", "ADM", "SAF") for number in range(1, 6)]


class _Ids:
    def __init__(self, seed: int) -> None:
        self.seed, self.count = seed, 0

    def __call__(self) -> str:
        self.count += 1
        return str(uuid.UUID(int=(self.seed * 1_000_003 + self.count) % (1 << 128), version=4))


def _stamped(ids: _Ids, record: dict[str, Any]) -> dict[str, Any]:
    return {"id": ids(), "created_at": NOW, "updated_at": LATER, **copy.deepcopy(record)}


def _assemble(seed: int, size: int) -> Any:
    """A valid document: the pools' records in a seeded arrangement, fresh IDs, one answer per code."""
    rng, ids = random.Random(seed), _Ids(seed)
    shelters = []
    for _ in range(1 + size % 2):
        shelter = {**_stamped(ids, rng.choice(SHELTERS)), "rounds": []}
        for _ in range(rng.randint(0, size)):
            round_ = _stamped(ids, rng.choice(ROUNDS))
            codes = rng.sample(CODES, rng.randint(0, min(size, len(CODES))))
            round_["responses"] = [
                {**_stamped(ids, rng.choice(RESPONSES)), "indicator_code": c} for c in codes
            ]
            round_["actions"] = []
            for _ in range(rng.randint(0, 2)):
                action = _stamped(ids, rng.choice(ACTIONS))
                action["carried_from_id"] = rng.choice([None, ids()])
                action["notes"] = [
                    _stamped(ids, {"noted_on": "2026-08-01", "text": "ເລີ່ມແລ້ວ"})
                    for _ in range(rng.randint(0, 2))
                ]
                round_["actions"].append(action)
            shelter["rounds"].append(round_)
        shelters.append(shelter)
    return {"shelters": shelters}


valid_shaped = st.builds(_assemble, st.integers(0, 2**32), st.integers(0, 4))
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(
        ["", "2026-02-30", "2026-06-18T16:00:00", "00000000-0000-0000-0000-00000000000g", "\ud800"]
    ),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=5,
)
HUGE = ["x" * 200_001, 10**30, -1, 2**63, [None] * 2_000, "ບ" * 401]


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _places(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _places(inner, (*path, index))
    return found


ODD_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    4,
    2**63,
    10**30,
    1.5,
    float("1e308"),
    "",
    "x",
    "2026-02-30",
    "2026-06-18T16:00:00",
    "00000000-0000-0000-0000-00000000000g",
    "\ud800",
    "a\x00b",
    "ZZZ-99",
    "x" * 200_001,
    "ບ" * 401,
    [],
    [None] * 2_000,
    {},
    {"id": None},
    [[[]]],
    {"": {"": ""}},
]


def _damage(document: Any, rng: random.Random) -> Any:
    """One place of the document deleted, replaced by an odd value or a random text, or given an extra."""
    places = _places(document)[1:]
    if not places:  # an earlier damage left nothing inside
        return document
    path = rng.choice(places)
    parent: Any = document
    for step in path[:-1]:
        parent = parent[step]
    action = rng.choice(("delete", "replace", "text", "extra"))
    if action == "delete":
        del parent[path[-1]]
    elif action == "replace":
        parent[path[-1]] = copy.deepcopy(rng.choice(ODD_VALUES))
    elif action == "text":
        parent[path[-1]] = "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randint(0, 8)))
    elif isinstance(parent, dict):
        parent[rng.choice(("extra", "ID", "id ", "\n"))] = rng.choice(ODD_VALUES[:12])
    else:
        parent.append(copy.deepcopy(rng.choice(ODD_VALUES)))
    return document


def _broken(seed: int, size: int, damages: int) -> Any:
    document, rng = _assemble(seed, size), random.Random(~seed)
    for _ in range(damages):
        document = _damage(document, rng)
    return document


broken = st.builds(_broken, st.integers(0, 2**32), st.integers(0, 4), st.integers(1, 3))


def _any_json(seed: int, depth: int = 0) -> Any:
    """Arbitrary JSON (a cheaper cousin of `json_values`, which the manifest test uses)."""
    rng = random.Random(seed)
    kind = rng.randrange(8 if depth < 4 else 5)
    if kind < 5:
        return copy.deepcopy(rng.choice(ODD_VALUES[:18]))
    if kind == 5:
        return [_any_json(rng.randrange(2**32), depth + 1) for _ in range(rng.randint(0, 3))]
    keys = ("shelters", "rounds", "id", "name", "", "x")
    return {rng.choice(keys): _any_json(rng.randrange(2**32), depth + 1) for _ in range(rng.randint(0, 3))}


documents = st.one_of(valid_shaped, broken, broken, st.builds(_any_json, st.integers(0, 2**32)))
seen = {"valid": 0, "refused": 0}


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
@given(document=documents)
def _validate_any(document: Any) -> None:
    try:
        result = validate_data(document, name="generated")
    except UserError as error:
        seen["refused"] += 1
        text = error.render()
        assert text and "\n" not in text
    else:
        seen["valid"] += 1
        assert isinstance(result, ExchangeData)


def test_the_validator_takes_5000_generated_documents_without_another_exception() -> None:
    seen.update(valid=0, refused=0)
    _validate_any()
    assert seen["valid"] + seen["refused"] >= EXAMPLES
    assert seen["valid"] >= 500 and seen["refused"] >= 1_000, seen  # both ways out were taken


@settings(max_examples=1_000, deadline=None)
@given(
    document=json_values
    | st.fixed_dictionaries({"format": st.just("sheltercheck-exchange"), "format_version": json_values})
)
def test_the_manifest_validator_never_raises_anything_else(document: Any) -> None:
    try:
        assert isinstance(validate_manifest(document, name="generated"), Manifest)
    except UserError as error:
        assert error.render()


@settings(max_examples=1_000, deadline=None)
@given(
    raw=st.binary(max_size=200) | st.text('[]{}",:0123456789.eE+-\\nutrfals ', max_size=200).map(str.encode)
)
def test_the_json_reader_never_raises_anything_else(raw: bytes) -> None:
    try:
        load_json(raw, name="generated", member="data.json")
    except UserError as error:
        assert error.render()
