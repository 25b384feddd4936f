"""Use cases in plain Python, shared by the desktop app and the CLI: each opens its own transaction."""
