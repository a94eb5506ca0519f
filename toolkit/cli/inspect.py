"""`toolkit inspect URL|FILE.html|RECORDING -o DIR`: see what extraction took from a page and what it dropped."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from toolkit.errors import UsageError


def inspect_command(
    target: Annotated[
        str, typer.Argument(help="An article URL, a saved HTML page or a recording folder.", show_default=False)
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Folder for inspect.png, inspect.html, record.json.")
    ] = None,
    profile: Annotated[
        str | None, typer.Option(help="Apply this site profile whatever the page (to check its selectors).")
    ] = None,
    url: Annotated[str | None, typer.Option(help="A saved page's URL (else its canonical link or og:url).")] = None,
    proxy: Annotated[str | None, typer.Option(help="Proxy for every request (URLs only).")] = None,
    session: Annotated[Path | None, typer.Option(help="Storage state file written by `toolkit login`.")] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=1.0, help="Seconds allowed for the page.")] = 30.0,
    max_height: Annotated[int, typer.Option(min=200, help="The picture stops at this many pixels.")] = 8000,
) -> None:
    """Draw on the rendered page what was extracted: title, kept body, dropped blocks (and why), paywall, pager."""
    from rich.markup import escape

    from toolkit._sync import run_coroutine
    from toolkit.cli.common import console
    from toolkit.recordings.store import name_for
    from toolkit.report.inspect import ROLES, inspect_target, write_inspection

    if session is not None and not session.is_file():
        raise UsageError(f"session file not found: {session}")
    if url is not None and not Path(target).is_file():
        raise UsageError("--url is for a saved page (FILE.html)")
    directory = output or Path("inspect") / name_for(target.rstrip("/"), set())
    if directory.exists() and not directory.is_dir():
        raise UsageError(f"-o {directory}: a folder is needed (inspect writes three files into it)")
    inspection = run_coroutine(inspect_target(target, url, profile, proxy, str(session) if session else None,
                                              timeout, max_height))  # fmt: skip
    written = write_inspection(inspection, directory)
    record = inspection.record
    if record.status == "ok":
        console.print(f"[bold]{escape(record.title or '')}[/] · {escape(record.site or '')} · {record.access} · "
                      f"{record.pages} page(s) · {record.word_count} words", highlight=False)  # fmt: skip
    else:
        error = record.error or {}
        console.print(f"[red]{record.status}[/] {escape(str(error.get('kind')))}: {escape(str(error.get('message')))}")
    drawn = Counter(box.role for box in inspection.boxes)
    parts = [f"[{ROLES[role][0]}]{role} {drawn[role]}[/]" for role in ROLES]
    hidden = f" · {inspection.undrawn} not drawn (hidden)" if inspection.undrawn else ""
    console.print("outlined: " + ", ".join(parts) + hidden)
    for note in inspection.notes:
        console.print(f"note: {note}", markup=False)
    for path in written:
        console.print(f"wrote {path}", markup=False)
    raise typer.Exit(0 if record.status == "ok" else 1)
