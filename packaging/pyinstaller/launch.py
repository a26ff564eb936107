"""Entry point of the frozen app (PyInstaller runs this file, not a console script)."""

import sys

from backcoach.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
