"""`toolkit inspect`: the page as rendered, with what extraction kept and dropped outlined on it.

The page is loaded the way its kind is scraped (a URL live, a saved file offline as `toolkit extract`
does, a recording from its archive as `toolkit replay` does). While the live page is still open, a
hook extracts its marked DOM (`extract_page` gives `marks`: element by element, what was kept or
dropped and why), finds each marked element by its `data-tk-id`, outlines it on a layer above the
page, and takes a full-page screenshot. The record is the one the run would write.
"""

from __future__ import annotations

import asyncio
import json
from importlib import resources
from pathlib import Path
from typing import Any

from playwright.async_api import Browser, Page, async_playwright
from playwright.async_api import Error as PlaywrightError

from toolkit.browser.launch import launch, new_context
from toolkit.browser.render import RenderedPage
from toolkit.browser.world import checked, evaluate, number
from toolkit.errors import PageError, UsageError
from toolkit.extract import extract_page
from toolkit.extract.trace import Mark
from toolkit.record import Record
from toolkit.report.inspect_page import render_inspection
from toolkit.report.inspection import DRAW_ORDER, ROLES, Box, Inspection
from toolkit.run.inputs import check_url
from toolkit.run.pipeline import scrape_url
from toolkit.sites import forced_profile

MAX_HEIGHT = 8000
"""Pixels: a full-page picture of an endless page would be useless and huge; the rest is cut off."""
TIMEOUT = 30.0
OVERLAY_JS = resources.files("toolkit.report.templates").joinpath("overlay.js").read_text(encoding="utf-8")


class Overlay:
    """The page hook: extract the live page, draw its marks, take the picture."""

    def __init__(self, max_height: int = MAX_HEIGHT) -> None:
        self.max_height = max_height
        self.marks: list[Mark] = []
        self.boxes: list[Box] = []
        self.notes: list[str] = []
        self.png: bytes | None = None
        self.width = self.height = self.shot_height = 0

    async def __call__(self, page: Page, rendered: RenderedPage) -> None:
        try:
            content = await asyncio.to_thread(extract_page, rendered.html, rendered.final_url, rendered.http_status)
        except PageError as exc:  # the record will say so; the picture is still worth having
            self.notes.append(f"extraction failed: {exc}")
            content = None
        if content is not None:
            self.marks, self.notes = content.marks, [*content.notes, *rendered.notes]
        try:
            drawn = checked(await evaluate(page, OVERLAY_JS, {
                "marks": [{"id": m.id, "role": m.role, "reason": m.reason} for m in self.marks],
                "colours": {role: colour for role, (colour, _) in ROLES.items()},
                "order": DRAW_ORDER,
            }), {"boxes": list, "width": (int, float), "height": (int, float)}, "overlay")  # fmt: skip
            self.boxes = _boxes(drawn["boxes"], self.marks)
            self.width = _pixels(drawn["width"], 1)
            self.height = _pixels(drawn["height"], 1)
            self.shot_height = max(1, min(self.height, self.max_height))
            self.png = await page.screenshot(
                type="png", full_page=True, clip={"x": 0, "y": 0, "width": self.width, "height": self.shot_height}
            )
        except PlaywrightError as exc:  # a page that navigated away or crashed while being drawn
            self.notes.append(f"could not draw on the page: {str(exc).splitlines()[0]}")
        except PageError as exc:  # an answer of the wrong shape: no picture, the record stands
            self.notes.append(f"could not draw on the page: {exc}")


def _boxes(drawn: list[Any], marks: list[Mark]) -> list[Box]:
    """The page gives only where each mark is (n, x, y, width, height); what it is comes from the mark
    itself. A box of any other shape, or for no mark, is dropped."""
    boxes = []
    for item in drawn:
        if not isinstance(item, dict):
            continue
        n, x, y = item.get("n"), number(item.get("x")), number(item.get("y"))
        width, height = number(item.get("width")), number(item.get("height"))
        if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= len(marks) or None in (x, y, width, height):
            continue
        mark = marks[n - 1]
        boxes.append(Box(n, mark.id, mark.role, mark.reason, mark.text, _pixels(x), _pixels(y), _pixels(width),
                         _pixels(height)))  # fmt: skip
    return boxes


def _pixels(value: float | None, least: int = 0) -> int:
    """A page coordinate as whole pixels, within what a picture can be."""
    return max(least, min(int(value or 0), 1_000_000))


def target_kind(target: str) -> str:
    """What the target is: "recording" (a folder with meta.json and an archive), "file" (a saved page) or "url"."""
    path = Path(target)
    if path.is_dir():
        from toolkit.recordings import find_recordings

        if (path / "meta.json").is_file() and find_recordings([path]):
            return "recording"
        raise UsageError(f"{target} is a folder but not a recording (no meta.json and archive.har)")
    if path.is_file():
        return "file"
    if "://" not in target and not target.startswith("www."):
        raise UsageError(f"no such file or recording: {target}")
    return "url"


async def inspect_target(
    target: str,
    url: str | None = None,
    profile: str | None = None,
    proxy: str | None = None,
    session: str | None = None,
    timeout: float = TIMEOUT,
    max_height: int = MAX_HEIGHT,
) -> Inspection:
    """Load `target` (URL, saved page or recording), extract it as a run would, and draw what was extracted."""
    kind = target_kind(target)
    if kind == "url":
        try:
            check_url(target)
        except PageError as exc:
            raise UsageError(str(exc)) from exc
    overlay = Overlay(max_height)
    with forced_profile(profile):
        async with async_playwright() as playwright:
            browser = await launch(playwright, proxy if kind == "url" else None)
            try:
                if kind == "file":
                    from toolkit.run.saved import extract_file

                    record, _ = await extract_file(browser, Path(target), url, on_page=overlay)
                elif kind == "recording":
                    record = await _replay(browser, Path(target), timeout, overlay)
                else:
                    context = await new_context(browser, session, block_resources=False)  # the picture needs images
                    try:
                        record, _ = await scrape_url(context, target, timeout, session, on_page=overlay)
                    finally:
                        await context.close()
            finally:
                await browser.close()
    return Inspection(target, record, overlay.marks, overlay.boxes, overlay.png, overlay.width, overlay.height,
                      overlay.shot_height, overlay.notes, profile)  # fmt: skip


async def _replay(browser: Browser, path: Path, timeout: float, overlay: Overlay) -> Record:
    from toolkit.recordings import find_recordings
    from toolkit.recordings.replay import replay_record

    record, _ = await replay_record(browser, find_recordings([path])[0], timeout, on_page=overlay)
    return record


def write_inspection(inspection: Inspection, directory: Path) -> list[Path]:
    """DIR/inspect.png (when the page rendered), DIR/inspect.html and DIR/record.json."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    png = directory / "inspect.png"
    png.unlink(missing_ok=True)
    if inspection.png:
        png.write_bytes(inspection.png)
        written.append(png)
    page = directory / "inspect.html"
    page.write_text(render_inspection(inspection), encoding="utf-8")
    record = directory / "record.json"
    record.write_text(json.dumps(inspection.record.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return [*written, page, record]
