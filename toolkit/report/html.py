"""The HTML run report (`toolkit report RECORDS.jsonl`): one self-contained page a person can open, keep
and send: totals, a chart of records per site and per access, one card per record, filters and a search.

Everything is inline (CSS, JS, SVG); the page makes no request at all, so it opens offline and from mail.
Cards are rendered here, in Python, so the page reads without JavaScript; the script only filters them.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any

from toolkit.errors import UsageError
from toolkit.report.templates import fill

STATUSES = ("ok", "error", "skipped")
STATUS_COLOURS = {"ok": "#1a7f37", "error": "#cf222e", "skipped": "#9a6700"}
NONE = "(none)"
ACCESS_COLOURS = {"free": "#2da44e", "paywalled": "#bc4c00", "unlocked": "#0969da", NONE: "#8c959f"}
FIRST_PARAGRAPH_CHARS = 420


@dataclass(frozen=True)
class Totals:
    records: int
    ok: int
    error: int
    skipped: int
    pages: int
    words: int
    wall_seconds: float | None
    wall_estimated: bool
    """The wall time came from the records' timestamps (`fetched_at` minus `elapsed_ms`), not from the run."""

    def line(self) -> str:
        wall = "" if self.wall_seconds is None else f" · {'≈' if self.wall_estimated else ''}{self.wall_seconds:.1f}s"
        return (f"{self.records} records: {self.ok} ok, {self.error} error, {self.skipped} skipped · "
                f"{self.pages} pages · {self.words} words{wall}")  # fmt: skip


def read_records(path: Path) -> tuple[list[dict[str, Any]], int]:
    """The records of a JSONL file, and how many lines were not records (a cut-off last line, a URL list)."""
    if path.suffix.lower() in (".csv", ".xlsx"):
        raise UsageError(f"{path}: the report reads JSON Lines (write the run with -o FILE.jsonl)")
    try:
        lines = path.read_text(encoding="utf-8-sig").split("\n")  # by \n alone: U+2028 and the like are text
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path} is not UTF-8 text") from exc
    records, bad = [], 0
    for line in filter(str.strip, lines):
        try:
            record = json.loads(line)
        except ValueError:
            record = None
        if isinstance(record, dict) and "url" in record and "status" in record:
            records.append(record)
        else:
            bad += 1
    return records, bad


def totals(records: list[dict[str, Any]], wall_seconds: float | None = None) -> Totals:
    counts = Counter(str(r.get("status")) for r in records)
    ok = [r for r in records if r.get("status") == "ok"]
    estimated = wall_seconds is None
    if estimated:
        wall_seconds = _wall_from_timestamps(records)
    return Totals(len(records), counts["ok"], counts["error"], counts["skipped"],
                  sum(_int(r.get("pages")) for r in ok), sum(_int(r.get("word_count")) for r in ok),
                  wall_seconds, estimated and wall_seconds is not None)  # fmt: skip


def write_report(records_path: Path, output: Path, wall_seconds: float | None = None) -> Totals:
    """Read a run's records and write its report; the totals, for the caller to print."""
    records, bad = read_records(records_path)
    summary = totals(records, wall_seconds)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_report(records, records_path.name, summary, bad), encoding="utf-8")
    return summary


def render_report(records: list[dict[str, Any]], name: str, summary: Totals | None = None, bad_lines: int = 0) -> str:
    summary = summary or totals(records)
    sites = Counter(_site(r) for r in records)
    access = Counter(_access(r) for r in records)
    return fill(
        "report.html",
        title=escape(f"Run report: {name}"),
        name=escape(name),
        generated=escape(datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")),
        totals=_totals_html(summary, bad_lines),
        charts=_site_chart(records) + _access_chart(access),
        status_options=_options({s: c for s, c in Counter(str(r.get("status")) for r in records).items()}),
        site_options=_options(dict(sites)),
        access_options=_options(dict(access)),
        count=str(len(records)),
        cards="\n".join(_card(n, r) for n, r in enumerate(records, 1)) or "<p class='none'>No records.</p>",
    )


def _totals_html(t: Totals, bad_lines: int) -> str:
    wall = "n/a" if t.wall_seconds is None else _duration(t.wall_seconds)
    wall_label = "wall time (from timestamps)" if t.wall_estimated else "wall time"
    cells = [("records", str(t.records), ""), ("ok", str(t.ok), "ok"), ("error", str(t.error), "error"),
             ("skipped", str(t.skipped), "skipped"), ("pages", str(t.pages), ""), ("words", f"{t.words:,}", ""),
             (wall_label, wall, "")]  # fmt: skip
    html = "".join(
        f'<div class="total {cls}" data-total="{escape(label.split()[0])}"><b>{escape(value)}</b>'
        f"<span>{escape(label)}</span></div>"
        for label, value, cls in cells
    )
    if bad_lines:
        html += f'<p class="warn">{bad_lines} line(s) of the file were not records and were left out.</p>'
    return html


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f}s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes // 60}h {minutes % 60:02d}m" if minutes >= 60 else f"{minutes}m {rest:02d}s"


def _options(counts: dict[str, int]) -> str:
    return "".join(f'<option value="{escape(k)}">{escape(k)} ({v})</option>' for k, v in sorted(counts.items()))


def _site_chart(records: list[dict[str, Any]]) -> str:
    by_site: dict[str, Counter[str]] = {}
    for record in records:
        by_site.setdefault(_site(record), Counter())[str(record.get("status"))] += 1
    rows = [(site, "site", [(c[s], STATUS_COLOURS[s], s) for s in STATUSES if c[s]])
            for site, c in sorted(by_site.items(), key=lambda kv: -sum(kv[1].values()))]  # fmt: skip
    legend = [(s, STATUS_COLOURS[s]) for s in STATUSES]
    return _bar_chart("Records per site", rows, legend)


def _access_chart(access: Counter[str]) -> str:
    rows = [(name, "access", [(count, ACCESS_COLOURS.get(name, ACCESS_COLOURS[NONE]), name)])
            for name, count in access.most_common()]  # fmt: skip
    return _bar_chart("Records per access", rows, [])


def _bar_chart(title: str, rows: list[tuple[str, str, list[tuple[int, str, str]]]],
               legend: list[tuple[str, str]]) -> str:  # fmt: skip
    """A horizontal bar chart as inline SVG; each bar filters the cards when clicked."""
    label_w, bar_w, row_h = 150, 300, 24
    most = max((sum(n for n, _, _ in parts) for _, _, parts in rows), default=1) or 1
    height = row_h * len(rows) + 8
    out = [f'<figure class="chart"><figcaption>{escape(title)}</figcaption>'
           f'<svg role="img" aria-label="{escape(title)}" width="{label_w + bar_w + 50}" height="{height}" '
           f'viewBox="0 0 {label_w + bar_w + 50} {height}" xmlns="http://www.w3.org/2000/svg">']  # fmt: skip
    for i, (label, field, parts) in enumerate(rows):
        y = i * row_h + 4
        total = sum(n for n, _, _ in parts)
        out.append(f'<g class="bar" data-filter="{field}" data-value="{escape(label)}" tabindex="0">'
                   f'<title>{escape(label)}: {total}</title>'
                   f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">'
                   f"{escape(_cut(label, 22))}</text>")  # fmt: skip
        x = float(label_w)
        for count, colour, name in parts:
            width = bar_w * count / most
            out.append(f'<rect x="{x:.1f}" y="{y}" width="{max(width, 1):.1f}" height="{row_h - 6}" '
                       f'fill="{colour}"><title>{escape(label)} · {escape(name)}: {count}</title></rect>')  # fmt: skip
            x += width
        out.append(f'<text x="{x + 6:.1f}" y="{y + 15}" class="n">{total}</text></g>')
    out.append("</svg>")
    if legend:
        out.append('<p class="legend">' + " ".join(
            f'<span><i style="background:{c}"></i>{escape(n)}</span>' for n, c in legend) + "</p>")  # fmt: skip
    out.append("</figure>")
    return "".join(out)


def _card(number: int, r: dict[str, Any]) -> str:
    status = str(r.get("status"))
    site, access = _site(r), _access(r)
    title = r.get("title") or (r.get("url") if status != "ok" else "(no title)")
    text = str(r.get("text") or "")
    first = _cut(text.split("\n\n")[0].strip(), FIRST_PARAGRAPH_CHARS)
    error = r.get("error") if isinstance(r.get("error"), dict) else None
    authors = ", ".join(map(str, r.get("authors") or []))
    search = " ".join(str(x) for x in (title, r.get("url"), site, access, authors, " ".join(r.get("tags") or []),
                                       r.get("section") or "", first, (error or {}).get("kind", ""),
                                       (error or {}).get("message", "")))  # fmt: skip
    facts = [("pages", r.get("pages")), ("words", r.get("word_count")), ("published", r.get("published")),
             ("authors", authors), ("time", f"{_int(r.get('elapsed_ms')) / 1000:.1f}s" if r.get("elapsed_ms") else ""),
             ("source", r.get("source"))] if status == "ok" else [("http", r.get("http_status")),
                                                                  ("source", r.get("source"))]  # fmt: skip
    parts = [
        f'<article class="card {escape(status)}" data-status="{escape(status)}" data-site="{escape(site)}" '
        f'data-access="{escape(access)}" data-search="{escape(search.lower())}">',
        f'<header><span class="n">#{number}</span><span class="badge {escape(status)}">{escape(status)}</span>'
        f'<span class="site">{escape(site)}</span>',
    ]
    if access != NONE:
        parts.append(f'<span class="badge access {escape(access)}">{escape(access)}</span>')
    parts.append(f'</header><h2 class="title">{escape(str(title))}</h2><p class="url">{_link(str(r.get("url")))}</p>')
    shown = [(k, v) for k, v in facts if v not in (None, "", [])]
    if shown:
        parts.append('<dl class="facts">' + "".join(f"<dt>{escape(k)}</dt><dd>{escape(str(v))}</dd>"
                                                    for k, v in shown) + "</dl>")  # fmt: skip
    evidence = [str(e) for e in r.get("access_evidence") or []]
    if evidence:
        parts.append('<ul class="evidence">' + "".join(f"<li>{escape(e)}</li>" for e in evidence) + "</ul>")
    if first:
        parts.append(f'<p class="lead">{escape(first)}</p>')
    if error:
        parts.append(f'<p class="error"><b>{escape(str(error.get("kind", "")))}</b> '
                     f'{escape(str(error.get("message", "")))}</p>')  # fmt: skip
    parts.append("</article>")
    return "".join(parts)


def _link(url: str) -> str:
    """Only web URLs become links (an input such as `javascript:...` stays text)."""
    if url.startswith(("http://", "https://")):
        return f'<a href="{escape(url)}" rel="noreferrer noopener">{escape(url)}</a>'
    return escape(url)


def _site(record: dict[str, Any]) -> str:
    return str(record.get("site") or NONE)


def _access(record: dict[str, Any]) -> str:
    return str(record.get("access") or NONE)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _wall_from_timestamps(records: list[dict[str, Any]]) -> float | None:
    """First start to last finish, from `fetched_at` (when a record finished) and `elapsed_ms`."""
    spans = []
    for record in records:
        try:
            end = datetime.fromisoformat(str(record.get("fetched_at")).replace("Z", "+00:00"))
        except ValueError:
            continue
        spans.append((end - timedelta(milliseconds=_int(record.get("elapsed_ms"))), end))
    if not spans:
        return None
    return max(0.0, (max(e for _, e in spans) - min(s for s, _ in spans)).total_seconds())
