"""The history file and the table: page-supplied text stays one JSON line, and is never Rich markup."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.console import Console

from toolkit.health.history import append_history, changes, default_path, last, read_history
from toolkit.health.model import SiteHealth
from toolkit.health.table import health_table

SEPARATORS = "\u2028\u2029\u0085\x1c\x1d\x1e\x0b\x0c\r"
"""Every character that str.splitlines() breaks a line at, besides \\n."""


def _health(verdict: str, evidence: str, authors: int = 3, when: str = "2026-12-01T06:00:00Z") -> SiteHealth:
    return SiteHealth(site="bisnis.com", verdict=verdict, evidence=[evidence], checked_at=when,
                      fields={"title": [3, 3], "authors": [authors, 3]}, selectors={"body": [authors, 3]})  # fmt: skip


def test_line_separators_in_evidence_stay_inside_one_line(tmp_path: Path) -> None:
    history = tmp_path / "deep" / "health.jsonl"
    quoted = f"title selector matched 0 of 3 pages: a{SEPARATORS}b"
    append_history(history, [_health("drift", quoted)])
    append_history(history, [_health("ok", "3 of 3 articles read", when="2026-12-02T06:00:00Z")])
    raw = history.read_bytes()
    assert raw.count(b"\n") == 2 and raw.isascii()  # escaped as \u2028 ..., one line per site and run
    assert len(raw.decode().splitlines()) == 2  # even a reader that splits on U+2028 and friends sees two lines
    back = read_history(history)
    assert [h.verdict for h in back] == ["drift", "ok"]
    assert back[0].evidence == [quoted]


def test_the_history_is_read_by_newline_alone(tmp_path: Path) -> None:
    """A line written by another tool with raw U+2028/U+0085 inside a string is still one line."""
    history = tmp_path / "health.jsonl"
    raw = json.dumps({"site": "bisnis.com", "verdict": "drift", "evidence": [f"x{SEPARATORS}y"]}, ensure_ascii=False)
    history.write_text(raw + "\n" + _health("ok", "z").to_json() + "\n", encoding="utf-8")
    back = read_history(history)
    assert [h.verdict for h in back] == ["drift", "ok"] and back[0].evidence == [f"x{SEPARATORS}y"]


def test_lines_that_are_not_a_site_are_skipped(tmp_path: Path) -> None:
    history = tmp_path / "health.jsonl"
    good = _health("ok", "3 of 3 articles read").to_json()
    history.write_text("\n".join([good, '{"site": "x", "verdict": "fine"}', "[1, 2]", '{"site": "bisnis.com", "ver',
                                  json.dumps({"site": "y", "verdict": "ok", "fields": {"a": [5, 3], "b": "x"}})]),
                       encoding="utf-8")  # fmt: skip
    back = read_history(history)
    assert [h.site for h in back] == ["bisnis.com", "y"]
    assert back[1].fields == {}  # 5 of 3 is no count


def test_the_default_history_is_in_the_users_data_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_path() == tmp_path / "data" / "toolkit" / "health.jsonl"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_path() == tmp_path / "home" / ".local" / "share" / "toolkit" / "health.jsonl"


def test_changes_against_the_last_run_and_the_last_ok_run() -> None:
    history = [_health("ok", "a"), _health("drift", "b", authors=0, when="2026-12-02T06:00:00Z")]
    assert last(history, "bisnis.com", "ok") is history[0]
    assert last(history, "bisnis.com") is history[1]
    assert last(history, "kompas.com") is None
    now = _health("drift", "c", authors=0, when="2026-12-03T06:00:00Z")
    assert changes(history[1], now) == ["no change since 2026-12-02"]
    assert changes(history[0], now) == ["verdict ok -> drift", "authors 3/3 -> 0/3", "selector body 3/3 -> 0/3"]
    assert changes(None, now) == ["first check"]


def test_the_table_prints_page_text_literally_not_as_markup() -> None:
    console = Console(record=True, width=200, color_system=None)
    hostile = "[bold red]title[/] [link=https://evil.test]x[/link] \\[y]"
    row = _health("drift", hostile)
    row.site = "[blink]site[/]"
    row.changed = ["[red]changed[/]"]
    console.print(health_table([row]))
    text = console.export_text()
    assert hostile in text and "[blink]site[/]" in text and "[red]changed[/]" in text
