"""What travels between the client and the workers: the run's spec, batches, and messages.

The spec carries everything a worker on another machine needs to scrape as the client would: the
options (proxy included), the content of the session file (the file itself stays on the client's
machine) and the client's site profiles. Its repr shows the options without the proxy password and
the session as a cookie count, so that no secret reaches a log line, Dask's included.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from toolkit import sites
from toolkit.errors import ToolkitError
from toolkit.record import Image, Record
from toolkit.run import ScrapeOptions
from toolkit.sites import SiteProfile

TOPIC = "toolkit"
"""The Dask event topic on which workers send records and news (one topic for every run: the
scheduler keeps the last events of each topic, so a topic per run would pile up)."""
PLUGIN = "toolkit-browser"


class NoBrowser(ToolkitError):
    """This worker could not start a browser: it leaves the cluster and its batch goes elsewhere."""


@dataclass(frozen=True, repr=False)
class RunSpec:
    run_id: str
    options: ScrapeOptions
    session: bytes | None = None
    """The session file's content (a Playwright storage state)."""
    session_name: str | None = None
    profiles: tuple[SiteProfile, ...] = field(default_factory=lambda: sites.PROFILES)

    @classmethod
    def of(cls, run_id: str, options: ScrapeOptions) -> RunSpec:
        session = Path(options.session) if options.session else None
        return cls(run_id, options, session.read_bytes() if session else None, session.name if session else None)

    def __repr__(self) -> str:
        return f"RunSpec({self.run_id}, {self.options!r}, {_session_shown(self.session)})"


def _session_shown(session: bytes | None) -> str:
    """`<session: 3 cookies>`: what a repr may say of a session's content."""
    if session is None:
        return "no session"
    try:
        cookies = json.loads(session).get("cookies")
    except (ValueError, AttributeError):
        cookies = None
    return f"<session: {len(cookies)} cookies>" if isinstance(cookies, list) else "<session>"


@dataclass(frozen=True)
class Batch:
    """Inputs of one host for one worker: `slots` of them load at once (its share of the host)."""

    number: int
    host: str
    slots: int
    items: tuple[tuple[int, str], ...]
    """(input index, URL): the index tells two inputs of the same URL apart."""

    def __repr__(self) -> str:
        return f"Batch({self.number}, {self.host}, {len(self.items)} inputs)"


def record_from_dict(data: dict) -> Record:
    """A record as it came over the wire (`Record.to_dict`) back into a Record."""
    image = data.get("image")
    return Record(**{**data, "image": Image(**image) if isinstance(image, dict) else None})
