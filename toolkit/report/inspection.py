"""What `toolkit inspect` found, as plain data: the roles it draws, the boxes and the inspection.

Both the stage that makes an inspection (`inspect.py`) and the page that shows it (`inspect_page.py`)
import these; neither imports the other's way back, so the data flows one way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from toolkit.extract.trace import Mark
from toolkit.record import Record

ROLES: dict[str, tuple[str, str]] = {
    "title": ("#8250df", "the headline element the title was read from"),
    "body": ("#1a7f37", "kept: the article body (blocks whose text is in the record)"),
    "dropped": ("#cf222e", "dropped: boilerplate removed, labelled with the rule or signal that removed it"),
    "paywall": ("#e16f24", "paywall: the wall element that made the article paywalled"),
    "pager": ("#0969da", "pager: links to the article's other pages"),
}
"""Role -> (outline colour, what it means). Drawn bottom to top in this order's reverse importance."""
DRAW_ORDER = ["body", "dropped", "paywall", "pager", "title"]


@dataclass(frozen=True)
class Box:
    """A mark drawn on the page, in page pixels. Only the geometry came from the page; the rest is the mark's."""

    n: int
    id: str
    role: str
    reason: str
    text: str
    x: int
    y: int
    width: int
    height: int


@dataclass
class Inspection:
    target: str
    record: Record
    marks: list[Mark] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)
    png: bytes | None = None
    page_width: int = 0
    page_height: int = 0
    """The whole page's height; the picture stops at `shot_height` (at most `MAX_HEIGHT`)."""
    shot_height: int = 0
    notes: list[str] = field(default_factory=list)
    profile: str | None = None
    """The profile that was forced with --profile, if any."""

    @property
    def undrawn(self) -> int:
        """Marks whose element the reader could not see (hidden, zero-sized) or that were not on the live page."""
        return len(self.marks) - len(self.boxes)
