"""A recording on disk: recordings/NAME/ with meta.json, expected.json, page.html, screenshot.png
and the network archive. JSON is pretty-printed with sorted keys; expected.json has no volatile
fields (timings, timestamps), so a recording only changes when what was extracted changes."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from toolkit.browser.render import RenderedPage
from toolkit.record import Record
from toolkit.recordings.archive import NAMES, Archive

VOLATILE_FIELDS = ("elapsed_ms", "fetched_at", "source", "notes")
FILES = ("meta.json", "expected.json", "page.html", "screenshot.png", *NAMES)
"""Every file a recording folder may hold (a cluster client writes no other name a worker sends)."""


@dataclass(frozen=True)
class Recording:
    path: Path
    meta: dict[str, Any]

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def url(self) -> str:
        return str(self.meta["url"])

    def expected(self) -> dict[str, Any] | None:
        path = self.path / "expected.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None

    def write_expected(self, record: Record) -> None:
        write_json(self.path / "expected.json", stable(record))


def stable(record: Record) -> dict[str, Any]:
    """The record without the fields that change on every run."""
    data = record.to_dict()
    for name in VOLATILE_FIELDS:
        data.pop(name, None)
    return data


def write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def name_for(url: str, taken: set[str]) -> str:
    """A folder name from the URL's slug: "rupiah-menguat-didorong-aliran-modal-asing"."""
    parts = urlsplit(url)
    slug = next((s for s in reversed(parts.path.split("/")) if s), parts.hostname or "page")
    slug = re.sub(r"\.(html?|php|aspx?)$", "", slug.lower())
    base = re.sub(r"[^a-z0-9]+", "-", slug).strip("-")[:60] or "page"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    taken.add(name)
    return name


def write_recording(directory: Path, record: Record, page: RenderedPage | None, archive: Archive,
                    browser_version: str, toolkit_version: str) -> Recording:  # fmt: skip
    directory.mkdir(parents=True, exist_ok=True)
    meta = {
        "url": record.url,
        "recorded_at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "browser": browser_version,
        "toolkit": toolkit_version,
    }
    write_json(directory / "meta.json", meta)
    archive.save(directory, toolkit_version)
    if page is not None:
        (directory / "page.html").write_text(page.html, encoding="utf-8")
        if page.screenshot:
            (directory / "screenshot.png").write_bytes(page.screenshot)
    recording = Recording(directory, meta)
    recording.write_expected(record)
    return recording


def find_recordings(paths: list[Path]) -> list[Recording]:
    """Every recording at or below `paths` (a recording is a folder with meta.json and an archive)."""
    found: dict[Path, Recording] = {}
    for root in paths:
        candidates = [root] if (root / "meta.json").is_file() else sorted(p.parent for p in root.rglob("meta.json"))
        for folder in candidates:
            if any((folder / n).is_file() for n in NAMES):
                found[folder.resolve()] = Recording(folder, json.loads((folder / "meta.json").read_text("utf-8")))
    return list(found.values())
