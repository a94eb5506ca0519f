"""What every command module shares: the Typer app and the consoles.

Command modules import from here and `app.py` registers them, so imports flow one way
(common <- commands <- app) and no module imports the one that imports it.
"""

from __future__ import annotations

import os
import sys

import typer
from rich.console import Console

app = typer.Typer(
    help="Scrape news articles through a real browser.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# A pipe or a CI log gets a wide plain table instead of Rich's 80-column default.
console = Console(highlight=False, width=None if sys.stdout.isatty() else int(os.environ.get("COLUMNS", 150)))
errors = Console(stderr=True, highlight=False, soft_wrap=True)
