"""Every message about exchange files, in the translation context "Exchange".

Kept in one module so the UI's import dialog and the CLI show the same sentences. Each is one line;
`{name}` is the file's name, `{member}` a part inside it (data.json, manifest.json, …), `{field}` the
place in that part (shelters[0].rounds[1].responses[3].rating).
"""

from __future__ import annotations

from sheltercheck.errors import UserError
from sheltercheck.messages import QT_TRANSLATE_NOOP

# --- reading the file -------------------------------------------------------------------------------
CANNOT_READ = QT_TRANSLATE_NOOP(
    "Exchange", "The file {name} cannot be read ({reason}). Nothing was imported."
)
EMPTY = QT_TRANSLATE_NOOP(
    "Exchange", "{name} is empty: it is not a ShelterCheck exchange file. Nothing was imported."
)
NOT_EXCHANGE = QT_TRANSLATE_NOOP(
    "Exchange", "{name} is not a ShelterCheck exchange file (.shelterchk). Nothing was imported."
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name} is damaged or incomplete: it cannot be opened as an exchange file. Nothing was imported.",
)
FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Exchange", "{name} is larger than an exchange file can be (at most {limit} MB). Nothing was imported."
)
TOO_MANY_MEMBERS = QT_TRANSLATE_NOOP(
    "Exchange", "{name} holds {count} parts; an exchange file holds at most {limit}. Nothing was imported."
)
MEMBER_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name}: the part {member} would unpack to more than {limit} MB (a “zip bomb”?). Nothing was imported.",
)
TOTAL_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Exchange", "{name} would unpack to more than {limit} MB in all (a “zip bomb”?). Nothing was imported."
)
BAD_MEMBER_NAME = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name} holds a part with a forbidden name ({member}), as an attack on the computer would. "
    "Nothing was imported.",
)
DUPLICATE_MEMBER = QT_TRANSLATE_NOOP(
    "Exchange", "{name} holds the part {member} twice. Nothing was imported."
)
UNLISTED_MEMBER = QT_TRANSLATE_NOOP(
    "Exchange", "{name} holds a part that its manifest does not list ({member}). Nothing was imported."
)
MISSING_MEMBER = QT_TRANSLATE_NOOP("Exchange", "{name} lacks the part {member}. Nothing was imported.")
UNSUPPORTED_MEMBER = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name}: the part {member} is compressed or encrypted in a way ShelterCheck does not read. "
    "Nothing was imported.",
)
CHECKSUM_MISMATCH = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name}: the part {member} does not match its checksum; the file was changed or damaged. "
    "Nothing was imported.",
)
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Exchange", "{name}: the part {member} is not valid UTF-8 text. Nothing was imported."
)
NOT_JSON = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name}: the part {member} is not valid JSON (line {line}, column {column}). Nothing was imported.",
)
NOT_JSON_VALUE = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name}: the part {member} is not valid JSON (NaN, Infinity or an endless number). Nothing was imported.",
)
TOO_DEEP = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name}: the part {member} is nested more deeply than ShelterCheck allows. Nothing was imported.",
)
DUPLICATE_KEY = QT_TRANSLATE_NOOP(
    "Exchange", "{name}: the part {member} gives the field “{key}” twice in one place. Nothing was imported."
)
FUTURE_VERSION = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name} was written by a newer ShelterCheck (exchange format {version}; this ShelterCheck reads format "
    "{supported}). Install the newer ShelterCheck to import it.",
)

# --- validating the documents -------------------------------------------------------------------------
NOT_AN_OBJECT = QT_TRANSLATE_NOOP(
    "Exchange", "{name} is not valid: {member} is not a JSON object. Nothing was imported."
)
FIELD_MISSING = QT_TRANSLATE_NOOP(
    "Exchange", "{name} is not valid: in {member}, {field} is missing. Nothing was imported."
)
FIELD_UNKNOWN = QT_TRANSLATE_NOOP(
    "Exchange", "{name} is not valid: in {member}, {field} is not a known field. Nothing was imported."
)
FIELD_TYPE = QT_TRANSLATE_NOOP(
    "Exchange", "{name} is not valid: in {member}, {field} has the wrong type. Nothing was imported."
)
FIELD_TOO_LONG = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name} is not valid: in {member}, {field} is too long (at most {limit}). Nothing was imported.",
)
FIELD_EMPTY = QT_TRANSLATE_NOOP(
    "Exchange", "{name} is not valid: in {member}, {field} is empty. Nothing was imported."
)
FIELD_RANGE = QT_TRANSLATE_NOOP(
    "Exchange", "{name} is not valid: in {member}, {field} is out of range. Nothing was imported."
)
FIELD_VALUE = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name} is not valid: in {member}, {field} has a value ShelterCheck does not accept. "
    "Nothing was imported.",
)
RATING_MISMATCH = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name} is not valid: in {member}, {field} has a rating without the answer “rated”, or the other way "
    "round. Nothing was imported.",
)
DATES_OUT_OF_ORDER = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name} is not valid: in {member}, {field} is due before it starts. Nothing was imported.",
)
DUPLICATE_ID = QT_TRANSLATE_NOOP(
    "Exchange", "{name} is not valid: in {member}, the ID {id} is used twice. Nothing was imported."
)
DUPLICATE_INDICATOR = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name} is not valid: in {member}, {field} answers the indicator {code} twice. Nothing was imported.",
)
MEMBERS_INCONSISTENT = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name} is not valid: its manifest lists the part {member}, which does not belong to its catalogues "
    "or data. Nothing was imported.",
)
CATALOGUE_NOT_LISTED = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name} is not valid: a round uses the catalogue {key}, which its manifest does not list. "
    "Nothing was imported.",
)
UNKNOWN_INDICATOR = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name} is not valid: the round of {date} answers the indicator {code}, which the catalogue {key} "
    "does not have. Nothing was imported.",
)

# --- passwords ------------------------------------------------------------------------------------------
PASSWORD_NEEDED = QT_TRANSLATE_NOOP(
    "Exchange", "{name} is protected by a password: give the password to import it."
)
WRONG_PASSWORD = QT_TRANSLATE_NOOP(
    "Exchange",
    "The password for {name} is wrong, or the file was changed after it was written. Nothing was imported.",
)
BAD_PROTECTION = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name} asks for password settings ShelterCheck does not accept (a damaged or hostile file). "
    "Nothing was imported.",
)
EMPTY_PASSWORD = QT_TRANSLATE_NOOP(
    "Exchange", "The password is empty. Choose a password, or export without one."
)
PASSWORD_FILE_EMPTY = QT_TRANSLATE_NOOP(
    "Exchange", "The password file {path} is empty: its first line must hold the password."
)
PASSWORD_FILE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Exchange", "The password file {path} cannot be read ({reason})."
)

# --- catalogues -----------------------------------------------------------------------------------------
CATALOGUE_MISSING = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name} needs the catalogue {keys}, which this computer does not have and the file does not include. "
    "Nothing was imported.",
)
CATALOGUE_DIFFERS = QT_TRANSLATE_NOOP(
    "Exchange",
    "{name} holds the catalogue {key}, which differs from the catalogue of the same version on this "
    "computer. Nothing was imported.",
)
CATALOGUE_INVALID = QT_TRANSLATE_NOOP(
    "Exchange", "{name} holds a catalogue {key} that is not valid: {problem} Nothing was imported."
)

# --- exporting and importing ------------------------------------------------------------------------------
NOTHING_TO_EXPORT = QT_TRANSLATE_NOOP(
    "Exchange", "There is nothing to export: this database has no shelter yet."
)
CANNOT_EXPORT = QT_TRANSLATE_NOOP(
    "Exchange",
    "This database holds a value an exchange file cannot carry ({field}: too long, out of range or "
    "unknown). Correct it and export again; nothing was written.",
)
ROUND_NOT_OF_SHELTER = QT_TRANSLATE_NOOP(
    "Exchange", "The assessment {id} is not one of this shelter's rounds; nothing was written."
)
WRONG_EXTENSION = QT_TRANSLATE_NOOP(
    "Exchange", "Give the exchange file the extension .shelterchk (not “{suffix}”); nothing was written."
)
STALE_PREVIEW = QT_TRANSLATE_NOOP(
    "Exchange",
    "The database changed after the preview was made. Look at the preview again; nothing was imported.",
)
NEUTRAL_NAME = QT_TRANSLATE_NOOP("Exchange", "Shelter {code}")

# Labels of the parts of a record an import compares (shown in the preview).
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Exchange", "name"),
    "kind": QT_TRANSLATE_NOOP("Exchange", "kind"),
    "operator": QT_TRANSLATE_NOOP("Exchange", "who runs it"),
    "province": QT_TRANSLATE_NOOP("Exchange", "province"),
    "setting": QT_TRANSLATE_NOOP("Exchange", "type of service"),
    "populations": QT_TRANSLATE_NOOP("Exchange", "whom it serves"),
    "serves_trafficking_victims": QT_TRANSLATE_NOOP("Exchange", "serves victims of trafficking"),
    "other_groups": QT_TRANSLATE_NOOP("Exchange", "other groups"),
    "capacity": QT_TRANSLATE_NOOP("Exchange", "capacity"),
    "contact_person": QT_TRANSLATE_NOOP("Exchange", "contact person"),
    "shelter": QT_TRANSLATE_NOOP("Exchange", "shelter"),
    "assessed_on": QT_TRANSLATE_NOOP("Exchange", "date"),
    "participants": QT_TRANSLATE_NOOP("Exchange", "who took part"),
    "catalogue_key": QT_TRANSLATE_NOOP("Exchange", "catalogue"),
    "status": QT_TRANSLATE_NOOP("Exchange", "status"),
    "answers": QT_TRANSLATE_NOOP("Exchange", "answers"),
    "plan": QT_TRANSLATE_NOOP("Exchange", "action plan"),
}


def shown(text: str, limit: int = 120) -> str:
    """A piece of an untrusted file fit for a one-line message: control characters escaped, cut short."""
    safe = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
    return safe if len(safe) <= limit else safe[: limit - 1] + "…"


class PasswordRequiredError(UserError):
    """The file is password-protected and no password was given: the UI asks for one and tries again."""


class WrongPasswordError(UserError):
    """The password does not open the file (or the file was changed): the UI may ask again."""
