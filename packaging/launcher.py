"""Entry script of the PyInstaller bundle: the same `main()` as the `rapport` command and `python -m app`."""

import sys

from app.main import main

if __name__ == "__main__":
    sys.exit(main())
