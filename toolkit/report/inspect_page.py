"""inspect.html: the annotated picture with a legend, hover areas over each box, and the record beside it.

Self-contained: the picture is inlined as a data: URI, the styles and the small hover script are inline.
Boxes are placed in percentages of the picture, so they stay on their element at any zoom or width.
"""

from __future__ import annotations

import base64
from collections import Counter
from html import escape
from typing import Any

from toolkit.report.inspection import ROLES, Box, Inspection
from toolkit.report.templates import fill

RECORD_FIELDS = ("status", "site", "access", "access_evidence", "pages", "word_count", "title", "authors", "editors",
                 "published", "modified", "section", "tags", "language", "url", "final_url", "source", "http_status",
                 "error")  # fmt: skip


def render_inspection(inspection: Inspection) -> str:
    record = inspection.record
    return fill(
        "inspect.html",
        title=escape(f"Inspect: {record.title or inspection.target}"),
        target=escape(inspection.target),
        legend=_legend(inspection),
        notes="".join(f"<li>{escape(n)}</li>" for n in inspection.notes),
        picture=_picture(inspection),
        record=_record(record.to_dict()),
        text="".join(f"<p>{escape(p)}</p>" for p in record.text.split("\n\n") if p.strip()) or "<p>(no text)</p>",
        marks=_marks_table(inspection),
    )


def _legend(inspection: Inspection) -> str:
    drawn = Counter(b.role for b in inspection.boxes)
    marked = Counter(m.role for m in inspection.marks)
    items = []
    for role, (colour, meaning) in ROLES.items():
        items.append(
            f'<li data-role="{role}"><i style="border-color:{colour};background:{colour}22"></i>'
            f'<b>{role}</b> <span class="count" data-count="{drawn[role]}">{drawn[role]}</span> '
            f"<span class='meaning'>{escape(meaning)}</span></li>"
        )
    for role in sorted(set(marked) - set(ROLES)):
        items.append(f'<li data-role="{escape(role)}"><i></i><b>{escape(role)}</b> {drawn[role]}</li>')
    extra = ""
    if inspection.undrawn:
        extra = (f'<p class="undrawn">{inspection.undrawn} mark(s) not drawn: the element was hidden, empty, '
                 "or not on the live page.</p>")  # fmt: skip
    if inspection.shot_height and inspection.shot_height < inspection.page_height:
        extra += (f'<p class="undrawn">The picture stops at {inspection.shot_height}px of a '
                  f"{inspection.page_height}px page.</p>")  # fmt: skip
    return f'<ul class="legend">{"".join(items)}</ul>{extra}'


def _picture(inspection: Inspection) -> str:
    if not inspection.png:
        error = inspection.record.error or {}
        why = f": {error.get('kind')}: {error.get('message')}" if error else ""
        return f'<p class="nopicture">No picture: the page could not be drawn{escape(why)}.</p>'
    width, height = max(inspection.page_width, 1), max(inspection.shot_height, 1)
    data = base64.b64encode(inspection.png).decode("ascii")
    boxes = "".join(_box(b, width, height) for b in inspection.boxes if b.y < height)
    return (f'<div class="shot" style="aspect-ratio:{width}/{height}">'
            f'<img src="data:image/png;base64,{data}" alt="the page as rendered, with extraction outlined" '
            f'width="{width}" height="{height}">{boxes}</div>')  # fmt: skip


def _box(box: Box, width: int, height: int) -> str:
    colour = ROLES.get(box.role, ("#6e7781", ""))[0]
    bottom = min(box.y + box.height, height)
    style = (f"left:{100 * box.x / width:.3f}%;top:{100 * box.y / height:.3f}%;"
             f"width:{100 * box.width / width:.3f}%;height:{100 * (bottom - box.y) / height:.3f}%;"
             f"--c:{colour}")  # fmt: skip
    tip = f"{box.n} {box.role}: {box.reason}\n{box.text}"
    return (f'<div class="box" data-n="{escape(str(box.n))}" data-role="{escape(box.role)}" '
            f'data-reason="{escape(box.reason)}" data-text="{escape(box.text)}" title="{escape(tip)}" '
            f'style="{style}"></div>')  # fmt: skip


def _record(data: dict[str, Any]) -> str:
    rows = []
    for name in RECORD_FIELDS:
        value = data.get(name)
        if value in (None, "", []):
            continue
        if isinstance(value, list):
            shown = "".join(f"<li>{escape(str(v))}</li>" for v in value)
            cell = f"<ul>{shown}</ul>"
        elif isinstance(value, dict):
            cell = "<br>".join(f"{escape(str(k))}: {escape(str(v))}" for k, v in value.items())
        else:
            cell = escape(str(value))
        rows.append(f'<tr data-field="{name}"><th>{name}</th><td>{cell}</td></tr>')
    return f'<table class="record">{"".join(rows)}</table>'


def _marks_table(inspection: Inspection) -> str:
    if not inspection.marks:
        return "<p>No marks: extraction said nothing element by element about this page.</p>"
    drawn = {b.n for b in inspection.boxes}
    rows = []
    for n, mark in enumerate(inspection.marks, 1):
        colour = ROLES.get(mark.role, ("#6e7781", ""))[0]
        state = "" if n in drawn else ' class="undrawn" title="not drawn: hidden or not on the live page"'
        rows.append(f'<tr data-n="{n}"{state}><td>{n}</td><td><b style="color:{colour}">{escape(mark.role)}</b></td>'
                    f"<td>{escape(mark.reason)}</td><td>{escape(mark.text[:160])}</td></tr>")  # fmt: skip
    return ('<table class="marks"><thead><tr><th>#</th><th>role</th><th>reason</th><th>text</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")  # fmt: skip
