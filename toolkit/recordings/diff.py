"""What changed between a recording's expected record and a replay, field by field, readably."""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from typing import Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.text import Text


@dataclass(frozen=True)
class FieldDiff:
    field: str
    expected: Any
    actual: Any


def compare(expected: dict[str, Any], actual: dict[str, Any]) -> list[FieldDiff]:
    return [FieldDiff(name, expected.get(name), actual.get(name))
            for name in dict.fromkeys([*expected, *actual]) if expected.get(name) != actual.get(name)]  # fmt: skip


def render_diffs(name: str, diffs: list[FieldDiff]) -> RenderableType:
    """A panel per recording: `text` as a paragraph diff, every other field as expected -> actual."""
    parts: list[RenderableType] = []
    for diff in diffs:
        parts.append(Text(diff.field, style="bold"))
        if diff.field == "text" and isinstance(diff.expected, str) and isinstance(diff.actual, str):
            parts.append(_text_diff(diff.expected, diff.actual))
        else:
            parts.append(Text(f"  - {_show(diff.expected)}", style="red"))
            parts.append(Text(f"  + {_show(diff.actual)}", style="green"))
    return Panel(Group(*parts), title=f"{name}: {len(diffs)} field(s) changed", title_align="left", border_style="red")


def plain_diffs(name: str, diffs: list[FieldDiff]) -> str:
    """The same as text, for assertion messages."""
    lines = [f"{name}: {len(diffs)} field(s) changed"]
    for diff in diffs:
        lines.append(f"{diff.field}:")
        if diff.field == "text" and isinstance(diff.expected, str) and isinstance(diff.actual, str):
            lines.extend(f"  {line}" for line in _paragraph_lines(diff.expected, diff.actual))
        else:
            lines += [f"  - {_show(diff.expected)}", f"  + {_show(diff.actual)}"]
    return "\n".join(lines)


def _paragraph_lines(expected: str, actual: str) -> list[str]:
    lines = difflib.unified_diff(expected.split("\n\n"), actual.split("\n\n"), "expected", "replayed", n=1, lineterm="")
    return [line for line in lines if not line.startswith(("---", "+++"))]


def _text_diff(expected: str, actual: str) -> Text:
    out = Text()
    for line in _paragraph_lines(expected, actual):
        style = "red" if line.startswith("-") else "green" if line.startswith("+") else "dim"
        out.append(f"  {line[:300]}\n", style=style)
    return out


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 200 else text[:200] + "…"
