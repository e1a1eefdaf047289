"""`python -m ttx_desktop` runs the same program as `ttx-desktop`."""

import sys

if getattr(sys, "frozen", False):  # the PyInstaller build: `export all`'s worker processes
    import multiprocessing  # start as this program, and are told apart here

    multiprocessing.freeze_support()

from ttx_desktop.cli import main

sys.exit(main())
