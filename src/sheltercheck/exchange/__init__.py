"""Exchange files (`.shelterchk`): how a shelter sends its assessments to a facilitator, and back.

A file is a zip holding `manifest.json` (format version, app version, when and by which installation it
was written, the catalogue versions used with their checksums, and the SHA-256 and size of every other
member), `data.json` (the shelters with their rounds, answers and action plans) and
`catalogues/<id>@<version>.json` (a snapshot of every catalogue version the rounds were rated against).
A password-protected file is the same zip encrypted whole (crypto.py).

Everything here is plain Python: `schema` validates the two JSON documents, `package` reads and writes
the zip with hard limits checked before anything is decompressed, `crypto` protects it with a password
and `redact` removes notes and names before sending. Reading the database and importing into it are in
services/exchange_export.py and services/exchange_import.py.
"""
