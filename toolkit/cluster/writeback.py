"""`--record DIR` on a cluster: the recordings that the workers send back, written under DIR here.

A worker's answer is untrusted: a worker may run another program, or have been taken over. Only the
file names a recording has (`recordings.store.FILES`) are written, each at a path that still resolves
under DIR (a symlink in DIR cannot lead a write elsewhere, and no write follows one); anything else is
dropped with one warning line naming the recording's URL, and never written.
"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path
from typing import Any

from toolkit.recordings.store import FILES, name_for


def write_recordings(root: Path, recordings: object, taken: set[str], private: bool = False) -> list[str]:
    """Write each recording of a batch's answer (`{folder: {file: bytes}}`) to its own folder under
    `root` (named from its URL, never from the worker's folder name); return one line per refusal.
    `private` (a run with a session): files 0600 in a 0700 folder."""
    if not isinstance(recordings, dict):
        return [f"a worker's recordings came as {type(recordings).__name__}, not as folders: not written"]
    base = root.resolve()
    warnings = []
    for files in recordings.values():
        if not isinstance(files, dict):
            warnings.append(f"a worker's recording came as {type(files).__name__}, not as files: not written")
            continue
        url = _url(files.get("meta.json"))
        folder = root / name_for(url, taken)
        if not folder.resolve().is_relative_to(base):
            warnings.append(f"recording of {_clean(url)}: its folder {folder.name} leads outside {root}: not written")
            continue
        folder.mkdir(parents=True, exist_ok=True, mode=0o700 if private else 0o777)
        for name, data in files.items():
            why = _refusal(folder, base, name, data) or _write(folder / name, data, private)
            if why:
                warnings.append(f"recording of {_clean(url)}: file {_clean(repr(name))} {why}: not written")
    return warnings


def _refusal(folder: Path, base: Path, name: object, data: object) -> str | None:
    if not isinstance(name, str) or name not in FILES:
        return "is not a recording file"
    if not isinstance(data, bytes):
        return f"came as {type(data).__name__}, not bytes"
    if not (folder / name).resolve().is_relative_to(base):
        return f"leads outside {base}"
    return None


def _write(path: Path, data: bytes, private: bool) -> str | None:
    """The file written without following a symlink at its place (one put there after the checks)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600 if private else 0o666)
        with os.fdopen(descriptor, "wb") as file:
            if private:
                os.fchmod(file.fileno(), 0o600)  # a file of an earlier recording keeps its mode otherwise
            file.write(data)
    except OSError as exc:
        return f"cannot be written ({exc.strerror})"
    return None


def _url(meta: object) -> str:
    """The recording's URL from its meta.json, for its folder's name and the warnings."""
    try:
        value: Any = json.loads(meta) if isinstance(meta, bytes) else None
    except ValueError:
        value = None
    url = value.get("url") if isinstance(value, dict) else None
    return url if isinstance(url, str) and url else "page"


def _clean(text: str, limit: int = 200) -> str:
    """Untrusted text for a terminal line: no control characters (no line breaks, no escape codes)."""
    return "".join("?" if unicodedata.category(c).startswith("C") else c for c in text[:limit])
