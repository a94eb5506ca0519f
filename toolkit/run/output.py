"""Where records go, chosen by the file's extension: JSON Lines (default) and CSV are written and flushed
as each record finishes (a crash loses nothing already done); Excel (.xlsx) is written when the run ends.
`finished_inputs` reads a JSONL or CSV output back for `--resume`.

Records hold what pages said, so the files are written for hostile text: a JSONL line holds every line
separator of a string as a `\\u` escape (see `toolkit.record.json_line`) and is read back by `\\n` only; a
spreadsheet cell that would start a formula gets a leading `'` (OWASP's CSV injection advice) and xlsx cells
are stored as strings, never formulas."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import fields
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, TextIO

from toolkit.errors import UsageError
from toolkit.record import Record

LIST_SEPARATOR = "; "
ROW_END = "\r\n"
"""CSV rows end with CRLF (RFC 4180); newlines inside a cell are bare LF, so a cut-off row is found by its end."""
EXCEL_CELL_LIMIT = 32_767
RESUMABLE = (".jsonl", ".csv")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet may take for the start of a formula (OWASP): such a cell gets a leading `'`."""
CSV_FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)
"""A cell as long as the longest article (the csv module stops at 128 KiB by default)."""


def _columns() -> list[str]:
    """The record's fields in DESIGN.md's order, with `error` and `image` split into plain columns (and without
    `access_checks`, which the run's summary counts but no sink writes)."""
    names: list[str] = []
    for f in fields(Record):
        if f.name == "access_checks":
            continue
        names += {"error": ["error_kind", "error_message"], "image": ["image_url", "image_caption"]}.get(
            f.name, [f.name]
        )
    return names


COLUMNS = _columns()


def flat_row(record: Record) -> dict[str, Any]:
    """One record as a flat row: lists joined by "; ", nested objects split, None as empty."""
    data = record.to_dict()
    error = data.pop("error", None) or {}
    image = data.pop("image", None) or {}
    data.update(error_kind=error.get("kind"), error_message=error.get("message"),
                image_url=image.get("url"), image_caption=image.get("caption"))  # fmt: skip
    row: dict[str, Any] = {}
    for name in COLUMNS:
        value = data.get(name)
        if isinstance(value, list):
            value = LIST_SEPARATOR.join(str(v) for v in value)
        row[name] = value
    return row


def neutralised(value: Any) -> Any:
    """A string cell no spreadsheet runs as a formula: a leading `'` when it starts like one. Numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _restored(value: str) -> str:
    """A cell as it was before `neutralised` (for the URLs --resume and --dedup match on)."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) else value


def csv_rows(text: str) -> Iterator[dict[str, Any]]:
    """The rows of a CSV output by column name, any cell length, URLs as the run wrote them."""
    csv.field_size_limit(CSV_FIELD_LIMIT)
    for row in csv.DictReader(io.StringIO(text, newline="")):
        yield {k: _restored(v) if k in ("url", "final_url") and isinstance(v, str) else v for k, v in row.items()}


def jsonl_rows(text: str) -> Iterator[dict[str, Any]]:
    """The objects of a JSON Lines file, split on `\\n` alone (U+2028 and the like belong to a string);
    a line that is not an object (cut off by a crash) is passed over."""
    for line in text.split("\n"):
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            yield record


def default_output(directory: str | Path = "runs") -> Path:
    """runs/2026-11-26T22-40-01.jsonl: a new file per run when no -o is given."""
    return Path(directory) / f"{datetime.now().strftime('%Y-%m-%dT%H-%M-%S')}.jsonl"


class Sink(Protocol):
    path: Path
    count: int

    def write(self, record: Record) -> None: ...

    def close(self) -> None: ...


def open_sink(path: str | Path, append: bool = False) -> Sink:
    """The writer for `path`'s extension: .csv, .xlsx, else JSON Lines. UsageError for --resume on .xlsx."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".csv":
        return CsvWriter(target, append)
    if suffix == ".xlsx":
        if append:
            raise UsageError("--resume works with .jsonl and .csv outputs, not .xlsx")
        return XlsxWriter(target)
    return JsonlWriter(target, append)


def finished_inputs(path: str | Path) -> Counter[str]:
    """How many `ok` or `skipped` records each input already has in a JSONL or CSV file (for --resume).
    A last record cut off by a crash is dropped from the file, so appending starts on a clean line."""
    done: Counter[str] = Counter()
    file = Path(path)
    if file.suffix.lower() == ".xlsx":
        raise UsageError("--resume works with .jsonl and .csv outputs, not .xlsx")
    if not file.is_file():
        return done
    is_csv = file.suffix.lower() == ".csv"
    end = ROW_END.encode() if is_csv else b"\n"
    raw = file.read_bytes()
    if raw and not raw.endswith(end):
        raw = raw[: raw.rfind(end) + len(end)] if end in raw else b""
        file.write_bytes(raw)
    text = raw.decode("utf-8-sig", "replace")
    for record in csv_rows(text) if is_csv else jsonl_rows(text):
        if record.get("status") in ("ok", "skipped") and record.get("url"):
            done[record["url"]] += 1
    return done


class _Writer:
    """Context-manager plumbing shared by the writers."""

    path: Path
    count: int = 0

    def write(self, record: Record) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> _Writer:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def _text_file(path: Path, append: bool, encoding: str = "utf-8") -> TextIO:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path.open("a" if append else "w", encoding=encoding, newline="")


class JsonlWriter(_Writer):
    """Writes each record as soon as it exists, so a crash loses nothing already done."""

    def __init__(self, path: str | Path, append: bool = False) -> None:
        self.path = Path(path)
        self._file = _text_file(self.path, append)

    def write(self, record: Record) -> None:
        self._file.write(record.to_json() + "\n")  # one line: to_json escapes every other line separator
        self._file.flush()
        self.count += 1

    def close(self) -> None:
        self._file.close()


class CsvWriter(_Writer):
    """One row per record, flushed as it finishes; UTF-8 with a BOM so that Excel reads the accents right."""

    def __init__(self, path: str | Path, append: bool = False) -> None:
        self.path = Path(path)
        fresh = not append or not self.path.is_file() or self.path.stat().st_size == 0
        self._file = _text_file(self.path, not fresh, "utf-8-sig")
        self._csv = csv.DictWriter(self._file, COLUMNS, lineterminator=ROW_END)
        if fresh:
            self._csv.writeheader()
            self._file.flush()

    def write(self, record: Record) -> None:
        row = {k: v.replace("\r\n", "\n").replace("\r", "\n") if isinstance(v, str) else v
               for k, v in ((k, neutralised(v)) for k, v in flat_row(record).items())}  # fmt: skip
        self._csv.writerow(row)
        self._file.flush()
        self.count += 1

    def close(self) -> None:
        self._file.close()


class XlsxWriter(_Writer):
    """An Excel sheet, one row per record, saved when the run ends (also on Ctrl-C: `close` runs in a finally)."""

    def __init__(self, path: str | Path) -> None:
        from openpyxl import Workbook

        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet("records")
        self._sheet.freeze_panes = "A2"
        self._sheet.append(COLUMNS)
        self._closed = False

    def write(self, record: Record) -> None:
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, WriteOnlyCell

        row = flat_row(record)
        cells: list[Any] = []
        for name in COLUMNS:
            value = row[name]
            if isinstance(value, str):
                cell = WriteOnlyCell(self._sheet, neutralised(ILLEGAL_CHARACTERS_RE.sub("", value))[:EXCEL_CELL_LIMIT])
                cell.data_type = "s"  # a string, whatever openpyxl would guess from its first character
                value = cell
            cells.append(value)
        self._sheet.append(cells)
        self.count += 1

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._book.save(self.path)
