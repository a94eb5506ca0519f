"""`toolkit report RECORDS.jsonl [-o report.html]`: a run's records as one self-contained HTML page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from toolkit.errors import UsageError


def report_command(
    records: Annotated[Path, typer.Argument(help="A run's records (JSON Lines).", show_default=False)],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="The HTML file (default: RECORDS with .html).")
    ] = None,
) -> None:
    """Write one HTML page for a run: totals, records per site and access, a card per record, filters."""
    if not records.is_file():
        raise UsageError(f"no such file: {records}")
    target = output or records.with_suffix(".html")
    if target.resolve() == records.resolve():
        raise UsageError(f"-o {target} would overwrite the records")
    write_and_print(records, target)


def write_and_print(records: Path, target: Path, wall_seconds: float | None = None) -> None:
    """Write the report and say where it is and what it totals."""
    from toolkit.cli.common import console
    from toolkit.report.html import write_report

    summary = write_report(records, target, wall_seconds)
    console.print(f"report: {target} ({summary.line()}); open it in a browser", soft_wrap=True, markup=False)
