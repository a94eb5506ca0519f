"""--dedup FILE: the URLs an earlier run already got, from its JSONL or CSV output."""

from __future__ import annotations

from pathlib import Path

from toolkit.discover.urls import canonical
from toolkit.errors import UsageError
from toolkit.run.output import csv_rows, jsonl_rows


def seen_before(path: str | Path) -> set[str]:
    """Canonical `url` and `final_url` of every `ok` record in an earlier output (.jsonl or .csv), read as
    `--resume` reads it: JSONL by `\\n` alone, CSV cells of any length, URLs without a formula guard."""
    file = Path(path)
    if not file.is_file():
        raise UsageError(f"--dedup: no such file: {file}")
    try:
        text = file.read_bytes().decode("utf-8-sig", "replace")
    except OSError as exc:
        raise UsageError(f"--dedup: cannot read {file}: {exc.strerror or exc}") from exc
    rows = csv_rows(text) if file.suffix.lower() == ".csv" else jsonl_rows(text)
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
