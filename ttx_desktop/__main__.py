"""`python -m ttx_desktop` runs the same program as `ttx-desktop`."""

import sys

from ttx_desktop.cli import main

sys.exit(main())
