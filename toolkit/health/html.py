"""`toolkit health --report FILE.html`: the history drawn as one self-contained page: per site, its verdicts
run by run and each field's share of pages over time (inline SVG), and its latest evidence.

Like the run report it makes no request at all (no script, no font, no image), and every value from the
history (site names, evidence that quotes pages and URLs) is HTML-escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from html import escape
from pathlib import Path

from toolkit.health.model import FIELDS, SiteHealth
from toolkit.report.templates import fill

VERDICT_COLOURS = {"ok": "#1a7f37", "drift": "#9a6700", "blocked": "#cf222e", "no-articles": "#8250df",
                   "unreachable": "#59636e"}  # fmt: skip
FIELD_COLOURS = {"title": "#0969da", "text": "#1a7f37", "published": "#bc4c00", "authors": "#8250df"}
WIDTH, HEIGHT, PAD = 480, 90, 40
MAX_RUNS = 60
"""Runs drawn per site, newest last: two months of daily checks."""


def write_health_report(history: Sequence[SiteHealth], output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_health(history, output.name), encoding="utf-8")


def render_health(history: Sequence[SiteHealth], name: str) -> str:
    by_site: dict[str, list[SiteHealth]] = {}
    for health in history:
        by_site.setdefault(health.site, []).append(health)
    key = " ".join(f'<span><i style="background:{c}"></i>{escape(v)}</span>' for v, c in VERDICT_COLOURS.items())
    return fill(
        "health.html",
        title="Site health",
        name=escape(name),
        runs=escape(f"{len(history)} checks of {len(by_site)} sites"),
        generated=escape(datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")),
        key=key,
        sites="\n".join(_site(site, runs[-MAX_RUNS:]) for site, runs in by_site.items()) or "<p>No checks yet.</p>",
    )


def _site(site: str, runs: list[SiteHealth]) -> str:
    latest = runs[-1]
    colour = VERDICT_COLOURS.get(latest.verdict, "#59636e")
    strip = "".join(f'<i style="background:{VERDICT_COLOURS.get(r.verdict, "#59636e")}" '
                    f'title="{escape(r.checked_at)}: {escape(r.verdict)}"></i>' for r in runs)  # fmt: skip
    evidence = "".join(f"<li>{escape(line)}</li>" for line in latest.evidence) or "<li>(none)</li>"
    changed = "".join(f"<li>{escape(line)}</li>" for line in latest.changed) or "<li>(none)</li>"
    profile = f" · profile {escape(latest.profile)}" if latest.profile else ""
    return (f'<section class="site" style="--verdict:{colour}" data-verdict="{escape(latest.verdict)}">'
            f'<h2>{escape(site)} <span class="verdict">{escape(latest.verdict)}</span></h2>'
            f'<p class="sub">last checked {escape(latest.checked_at)}{profile}</p>'
            f'<div class="runs" aria-label="verdicts, oldest first">{strip}</div>'
            f"{_trend(runs)}<h3>evidence</h3><ul>{evidence}</ul><h3>changed since the run before</h3>"
            f"<ul>{changed}</ul></section>")  # fmt: skip


def _trend(runs: list[SiteHealth]) -> str:
    """Each field's share of pages (k/n) per run, as lines from 0 % to 100 %; a run without pages leaves a gap."""
    step = (WIDTH - PAD - 8) / max(len(runs) - 1, 1)
    out = [f'<figure class="trend"><svg role="img" aria-label="field trends" width="{WIDTH}" height="{HEIGHT + 16}" '
           f'viewBox="0 0 {WIDTH} {HEIGHT + 16}" xmlns="http://www.w3.org/2000/svg">'
           f'<text x="0" y="12">100%</text><text x="0" y="{HEIGHT}">0%</text>'
           f'<line x1="{PAD}" y1="{HEIGHT}" x2="{WIDTH}" y2="{HEIGHT}" stroke="#d1d9e0"/>']  # fmt: skip
    for field in FIELDS:
        colour = FIELD_COLOURS[field]
        points = []
        for i, run in enumerate(runs):
            k, n = run.fields.get(field, [0, 0])
            if n:
                x, y = PAD + i * step, HEIGHT - (HEIGHT - 8) * k / n
                points.append(f"{x:.1f},{y:.1f}")
                out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{colour}"><title>'
                           f"{escape(run.checked_at)}: {field} {k}/{n}</title></circle>")  # fmt: skip
        if len(points) > 1:
            out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="1.5" points="{" ".join(points)}"/>')
    first, newest = runs[0].day, runs[-1].day
    out.append(f'<text x="{PAD}" y="{HEIGHT + 14}">{escape(first)}</text>'
               f'<text x="{WIDTH}" y="{HEIGHT + 14}" text-anchor="end">{escape(newest)}</text></svg>')  # fmt: skip
    legend = "".join(f'<span><i style="background:{FIELD_COLOURS[f]}"></i>{f}</span>' for f in FIELDS)
    out.append(f'<figcaption class="legend">fields filled, share of pages checked: {legend}</figcaption></figure>')
    return "".join(out)
