"""`python -m sheltercheck` runs the same entry point as the `sheltercheck` command."""

from sheltercheck.cli import main

raise SystemExit(main())
