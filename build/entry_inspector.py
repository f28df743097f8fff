"""Frozen entry point for both executables: `inspector` (console) and `inspector-gui` (no console)."""

import sys

from inspector_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
