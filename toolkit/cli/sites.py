"""`toolkit sites`: every profile, how discovery reaches its articles, whether it needs the browser, and
its last health verdict; `--markdown` prints the README's table of supported sites."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from toolkit.sites import PROFILES, SiteProfile


def discovery_kinds(profile: SiteProfile) -> list[str]:
    """How discovery reaches the site's articles: its search (or "search by filter": --query filters the
    sitemaps and feeds), its dated index, its feeds and sitemaps (robots.txt's are read for every site)."""
    kinds = []
    if profile.search is not None:
        how = "JSON" if profile.search.json_items is not None or profile.search.json_script else ""
        how = " ".join(w for w in (profile.search.method.upper() if profile.search.method.upper() != "GET" else "",
                                   how) if w)  # fmt: skip
        kinds.append(f"search ({how})" if how else "search")
    else:
        kinds.append("search by filter")
    if profile.index is not None:
        kinds.append("index")
    if profile.feeds:
        kinds.append("feed")
    if profile.sitemaps:
        kinds.append("sitemap")
    return kinds


def needs_browser(profile: SiteProfile) -> bool:
    """A listing of the site is built by script or refused to a plain client (`render`)."""
    return any(listing is not None and listing.render for listing in (profile.search, profile.index))


def last_verdicts(history: Path | None) -> dict[str, str]:
    """Profile name -> "verdict (YYYY-MM-DD)" from the health history; {} when there is none to read."""
    from toolkit.errors import UsageError
    from toolkit.health.history import default_path, read_history

    try:
        lines = read_history(history or default_path())
    except UsageError:
        return {}
    return {h.site: f"{h.verdict} ({h.day})" if h.day else h.verdict for h in lines}  # the newest line wins


def markdown_table(verdicts: dict[str, str] | None = None) -> str:
    """The supported sites as a Markdown table (for the README): every cell escaped for a pipe."""
    verdicts = verdicts or {}
    rows = ["| site | domains | discovery | browser | facts |", "| --- | --- | --- | --- | --- |"]
    for p in PROFILES:
        cells = [p.name, ", ".join(p.domains), ", ".join(discovery_kinds(p)), "yes" if needs_browser(p) else "",
                 p.facts or ""]  # fmt: skip
        if verdicts:
            cells.append(verdicts.get(p.name, ""))
        rows.append("| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |")
    if verdicts:
        rows[0], rows[1] = rows[0] + " last health |", rows[1] + " --- |"
    return "\n".join(rows)


def sites_command(
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print the table of supported sites as Markdown.")
    ] = False,
    history: Annotated[
        Path | None, typer.Option(help="Health history to read the last verdicts from (default: the user's).")
    ] = None,
) -> None:
    """List the site profiles: discovery kinds, browser, last health verdict."""
    from toolkit.cli.common import console

    verdicts = last_verdicts(history)
    if markdown:
        typer.echo(markdown_table())
        return
    table = Table(title=f"Site profiles: {len(PROFILES)}", title_justify="left")
    for column in ("profile", "domains", "discovery", "browser", "last health", "body", "paywall"):
        table.add_column(column, overflow="fold")
    for profile in PROFILES:
        table.add_row(*(escape(cell) for cell in (
            profile.name, ", ".join(profile.domains), ", ".join(discovery_kinds(profile)),
            "yes" if needs_browser(profile) else "", verdicts.get(profile.name, ""), profile.body,
            ", ".join(profile.paywall + profile.premium_hosts))))  # fmt: skip
    console.print(table)
    console.print("Any other site: the generic extractor (JSON-LD, OpenGraph, meta, main text block).")
    console.print("@id names every Indonesian profile as SOURCE (discover, scrape --discover, health); @all every one.")
