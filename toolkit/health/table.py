"""The Rich table of a health run. Evidence quotes pages and URLs: every cell is a `Text`, never markup."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table
from rich.text import Text

from toolkit.health.model import SiteHealth

MAX_EVIDENCE = 5
"""Evidence lines shown per site; the rest are counted (all of them are in -o FILE and the history)."""
COLOURS = {"ok": "green", "drift": "yellow", "blocked": "red", "no-articles": "magenta", "unreachable": "red"}


def health_table(results: Sequence[SiteHealth]) -> Table:
    bad = sum(h.verdict != "ok" for h in results)
    table = Table(title=f"Site health: {len(results) - bad} ok, {bad} not", title_justify="left", show_lines=True)
    for name in ("site", "verdict", "fields", "changed since last run", "evidence"):
        table.add_column(name, overflow="fold")
    for health in results:
        fields = "\n".join(f"{name} {k}/{n}" for name, (k, n) in health.fields.items())
        evidence = health.evidence[:MAX_EVIDENCE]
        if len(health.evidence) > MAX_EVIDENCE:
            evidence.append(f"and {len(health.evidence) - MAX_EVIDENCE} more (-o FILE, the history)")
        table.add_row(Text(health.site), Text(health.verdict, style=COLOURS.get(health.verdict, "")),
                      Text(fields), Text("\n".join(health.changed)), Text("\n".join(evidence)))  # fmt: skip
    return table
