"""--dedup FILE: the URLs an earlier run already got, from its JSONL or CSV output."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from toolkit.discover.urls import canonical
from toolkit.errors import UsageError


def seen_before(path: str | Path) -> set[str]:
    """Canonical `url` and `final_url` of every `ok` record in an earlier output (.jsonl or .csv)."""
    file = Path(path)
    if not file.is_file():
        raise UsageError(f"--dedup: no such file: {file}")
    rows: list[dict[str, object]] = []
    with file.open(encoding="utf-8", errors="replace", newline="") as handle:
        if file.suffix.lower() == ".csv":
            rows = list(csv.DictReader(handle))
        else:
            for line in handle:
                try:
                    row = json.loads(line)
                except ValueError:
                    continue  # a line cut off by a crash
                if isinstance(row, dict):
                    rows.append(row)
    seen: set[str] = set()
    for row in rows:
        if row.get("status") != "ok":
            continue
        for key in ("url", "final_url"):
            value = row.get(key)
            url = canonical(value) if isinstance(value, str) else None
            if url:
                seen.add(url)
    return seen
