"""Qt item models over the domain objects (tested with qtmodeltester)."""
