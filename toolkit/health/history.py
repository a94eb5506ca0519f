"""The history: one JSON line per site and run, appended; what a run compares with.

Lines are written with every non-ASCII character escaped and read by splitting on "\\n" alone, so a
U+2028 or U+0085 that a page put into evidence never splits a line. A line that is not a site's health
(cut short by a crash, edited by hand) is skipped.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from toolkit.errors import UsageError
from toolkit.health.model import SiteHealth

MAX_SELECTORS = 4
"""Selector changes listed one by one; beyond this many they are counted (a redesign changes them all)."""


def default_path() -> Path:
    """$XDG_DATA_HOME/toolkit/health.jsonl, else ~/.local/share/toolkit/health.jsonl."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "toolkit" / "health.jsonl"


def read_history(path: Path) -> list[SiteHealth]:
    """Every site line of the file, oldest first ([] when there is no file yet)."""
    try:
        text = path.read_bytes().decode("utf-8", "replace")
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise UsageError(f"cannot read the history {path}: {exc.strerror or exc}") from exc
    lines: list[SiteHealth] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        try:
            found = SiteHealth.from_dict(json.loads(line))
        except ValueError:
            found = None
        if found is not None:
            lines.append(found)
    return lines


def append_history(path: Path, results: Sequence[SiteHealth]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8", newline="\n") as file:
            for health in results:
                file.write(health.to_json() + "\n")
    except OSError as exc:
        raise UsageError(f"cannot write the history {path}: {exc.strerror or exc}") from exc


def last(history: Sequence[SiteHealth], site: str, verdict: str | None = None) -> SiteHealth | None:
    """The site's newest line (with `verdict` only, when given)."""
    return next((h for h in reversed(history) if h.site == site and (verdict is None or h.verdict == verdict)), None)


def changes(before: SiteHealth | None, now: SiteHealth) -> list[str]:
    """What differs from the site's previous run: the verdict, then each field and selector count."""
    if before is None:
        return ["first check"]
    found = [f"verdict {before.verdict} -> {now.verdict}"] if before.verdict != now.verdict else []
    found += _moved(before.fields, now.fields)
    moved = _moved(before.selectors, now.selectors)
    if len(moved) > MAX_SELECTORS:
        moved = [*moved[: MAX_SELECTORS - 1], f"and {len(moved) - MAX_SELECTORS + 1} more selectors"]
    found += [f"selector {line}" if not line.startswith("and ") else line for line in moved]
    return found or [f"no change since {before.day}"]


def _moved(then: dict[str, list[int]], now: dict[str, list[int]]) -> list[str]:
    """One line ("authors 3/3 -> 0/3") per count whose share of pages changed, the body first."""
    found = []
    for name, (k, n) in sorted(now.items(), key=lambda item: item[0] != "body"):
        was = then.get(name)
        if was and n and was[1] and was[0] * n != k * was[1]:
            found.append(f"{name} {was[0]}/{was[1]} -> {k}/{n}")
    return found
