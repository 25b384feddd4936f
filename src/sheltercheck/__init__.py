"""ShelterCheck: shelter self-assessment against international standards, in Lao and English.

The version below is the one source that the CLI, the About dialog, the wheel and the installer read.
"""

__version__ = "0.1.0"
APP_NAME = "ShelterCheck"
