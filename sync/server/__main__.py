"""python -m sync.server: the bekwaam-server command."""

import sys

from sync.server.cli import main

sys.exit(main())
