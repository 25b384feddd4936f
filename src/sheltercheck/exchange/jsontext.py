"""JSON from an untrusted file: strict UTF-8, a nesting cap checked before parsing, no duplicate keys.

The standard library's parser would accept a key given twice (keeping the last, so two readers could see
different data), NaN and Infinity, and nests until Python's recursion limit; each is refused here with a
one-line `UserError`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sheltercheck.errors import UserError
from sheltercheck.exchange import messages as m

MAX_DEPTH = 32  # data.json nests 6 deep (shelters → rounds → actions → notes); catalogues about 8

# A string, or an unterminated one up to the end: possessive, so an adversarial run of quotes and
# backslashes is scanned once (linear time), never re-scanned from every quote.
_STRINGS = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"?', re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def nesting_depth(text: str) -> int:
    """The deepest nesting of arrays and objects, strings left out (exact for valid JSON)."""
    brackets = _NOT_BRACKETS.sub("", _STRINGS.sub("", text))
    depth = peak = 0
    for char in brackets:
        if char in "[{":
            depth += 1
            peak = max(peak, depth)
        else:
            depth -= 1
    return peak


def decode_utf8(raw: bytes, *, name: str, member: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError(m.NOT_UTF8, name=name, member=member) from None


def load_json(raw: bytes, *, name: str, member: str) -> Any:
    """The JSON value in `raw`, or a `UserError` saying what is wrong with it."""
    text = decode_utf8(raw, name=name, member=member)
    if nesting_depth(text) > MAX_DEPTH:
        raise UserError(m.TOO_DEEP, name=name, member=member)
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_constant)
    except _DuplicateKeyError as exc:
        raise UserError(m.DUPLICATE_KEY, name=name, member=member, key=m.shown(exc.key, 60)) from None
    except json.JSONDecodeError as exc:
        raise UserError(m.NOT_JSON, name=name, member=member, line=exc.lineno, column=exc.colno) from None
    except RecursionError:  # the depth check above makes this unreachable; kept as a safety net
        raise UserError(m.TOO_DEEP, name=name, member=member) from None
    except ValueError:  # NaN/Infinity, or an integer longer than Python converts
        raise UserError(m.NOT_JSON_VALUE, name=name, member=member) from None


def dump_json(value: Any) -> bytes:
    """Compact UTF-8 JSON, Lao kept as Lao (not \\u escapes), keys in a stable order."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
