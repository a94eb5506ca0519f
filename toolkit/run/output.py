"""Where records go: JSON Lines, one record a line, flushed as each finishes."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TextIO

from toolkit.record import Record


def default_output(directory: str | Path = "runs") -> Path:
    """runs/2026-11-26T22-40-01.jsonl: a new file per run when no -o is given."""
    return Path(directory) / f"{datetime.now().strftime('%Y-%m-%dT%H-%M-%S')}.jsonl"


def finished_inputs(path: str | Path) -> Counter[str]:
    """How many `ok` or `skipped` records each input already has in a JSONL file (for --resume).
    A last line cut off by a crash is dropped from the file, so appending starts on a clean line."""
    done: Counter[str] = Counter()
    file = Path(path)
    if not file.is_file():
        return done
    raw = file.read_bytes()
    if raw and not raw.endswith(b"\n"):
        raw = raw[: raw.rfind(b"\n") + 1]
        file.write_bytes(raw)
    for line in raw.decode("utf-8", "replace").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and record.get("status") in ("ok", "skipped") and "url" in record:
            done[record["url"]] += 1
    return done


class JsonlWriter:
    """Writes each record as soon as it exists, so a crash loses nothing already done."""

    def __init__(self, path: str | Path, append: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file: TextIO = self.path.open("a" if append else "w", encoding="utf-8")
        self.count = 0

    def write(self, record: Record) -> None:
        self._file.write(record.to_json() + "\n")
        self._file.flush()
        self.count += 1

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
