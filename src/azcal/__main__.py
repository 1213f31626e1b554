"""``python -m azcal``: the same as the ``azcal`` command."""

import sys

from .cli import main

sys.exit(main())
