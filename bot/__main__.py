"""`python -m bot` is `sitrep`."""

from bot.cli import main

raise SystemExit(main())
