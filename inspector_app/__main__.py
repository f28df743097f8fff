"""`python -m inspector_app` runs the same command as `inspector`."""

import sys

from inspector_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
