"""A recording on disk: recordings/NAME/ with meta.json, expected.json, page.html, screenshot.png
and the network archive. JSON is pretty-printed with sorted keys; expected.json has no volatile
fields (timings, timestamps), so a recording only changes when what was extracted changes.

Every file is 0600 in a 0700 folder. A recording made with a session says so in meta.json
(`"session": true`, and `"session_file"`: the file's name, which a record's evidence may quote) and holds
none of the session's values (see `redact`): each file is redacted as it is written, and the screenshot
is left out when the page showed one of them.
"""

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
from toolkit.recordings.redact import Redactor, private_folder, write_private

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

    @property
    def session(self) -> bool:
        """Made with a reader's session (whose values the files do not hold)."""
        return self.meta.get("session") is True

    @property
    def session_file(self) -> str | None:
        """The name (not the path) of the session file it was made with, as the record's evidence names it."""
        name = self.meta.get("session_file")
        return name if self.session and isinstance(name, str) and name else None

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


def write_json(path: Path, data: Any, redactor: Redactor | None = None) -> None:
    text = json.dumps(redactor.data(data) if redactor else data, indent=2, sort_keys=True, ensure_ascii=False)
    write_private(path, (redactor.text(text) if redactor else text).encode("utf-8") + b"\n")


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
                    browser_version: str, toolkit_version: str,
                    redactor: Redactor | None = None, session: str | None = None) -> Recording:  # fmt: skip
    """Write every file of a recording; with a `session` (its file), `redactor` scrubs each of them."""
    private_folder(directory)
    meta = {
        "url": record.url,
        "recorded_at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "browser": browser_version,
        "toolkit": toolkit_version,
        "session": session is not None,
    }
    if session is not None:
        meta["session_file"] = Path(session).name
    meta = redactor.data(meta) if redactor else meta
    write_json(directory / "meta.json", meta)
    if redactor:
        archive = Archive([e.redacted(redactor) for e in archive.exchanges])
    archive.save(directory, toolkit_version, redactor.bytes if redactor else None)
    (directory / "screenshot.png").unlink(missing_ok=True)
    if page is not None:
        write_private(directory / "page.html", (redactor.text(page.html) if redactor else page.html).encode("utf-8"))
        if page.screenshot and not (redactor and redactor.found_in(page.html)):  # pixels cannot be redacted
            write_private(directory / "screenshot.png", page.screenshot)
    recording = Recording(directory, meta)
    write_json(directory / "expected.json", stable(record), redactor)
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
