"""The toolkit's own JavaScript world in a page, and a type check on every answer that comes back.

`page.evaluate` runs in the page's main world, where the page's scripts may have replaced any builtin
(`Array.prototype.push`, `JSON.stringify`, `Element.prototype.getBoundingClientRect`...) and so rewrite
what our scripts return. `evaluate` here runs a script in an isolated world of the page's main frame
(CDP `Page.createIsolatedWorld`, as browser extensions' content scripts run): the same DOM, pristine
builtins, none of the page's globals. Playwright's Python API has no call for it, so a CDP session does.
The world dies with its document; a call after a navigation makes a new one.

Only pending.js stays in the main world (it must wrap the page's fetch and timers to count them); the
isolated world asks it whether the page is busy through a cancelable DOM event (see scroll.js), one bit
a page can at worst fake, which costs a bounded wait.

Whatever comes back is still data from a page: `checked` holds it to the shape the caller expects.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Any

from playwright.async_api import CDPSession, Page
from playwright.async_api import Error as PlaywrightError

from toolkit.errors import NavigationError

WORLD_NAME = "toolkit"
_STALE = ("Cannot find context", "Execution context was destroyed", "No frame")
"""CDP's words for a world that went with its document: make a new one and ask again."""


@dataclass
class _World:
    session: CDPSession
    context_id: int | None = None


_WORLDS: weakref.WeakKeyDictionary[Page, _World] = weakref.WeakKeyDictionary()


async def evaluate(page: Page, script: str, arg: Any = None) -> Any:
    """`script` (a JS function expression) called with `arg` in the toolkit's isolated world of `page`;
    its JSON value (promises awaited). Raises Playwright's Error when the page goes away or the script throws."""
    world = _WORLDS.get(page)
    if world is None:
        world = _WORLDS[page] = _World(await page.context.new_cdp_session(page))
    for attempt in range(2):
        if world.context_id is None:
            world.context_id = await _create(world.session)
        try:
            answer = await world.session.send("Runtime.callFunctionOn", {
                "functionDeclaration": script, "executionContextId": world.context_id,
                "arguments": [{"value": arg}], "returnByValue": True, "awaitPromise": True,
            })  # fmt: skip
        except PlaywrightError as exc:
            if attempt == 0 and any(word in str(exc) for word in _STALE):
                world.context_id = None
                continue
            raise
        if "exceptionDetails" in answer:
            details = answer["exceptionDetails"]
            text = str((details.get("exception") or {}).get("description") or details.get("text") or "error")
            raise PlaywrightError(f"toolkit script failed in the page: {text.strip().splitlines()[0]}")
        return answer.get("result", {}).get("value")
    raise PlaywrightError("the page kept replacing its document")


async def _create(session: CDPSession) -> int:
    tree = await session.send("Page.getFrameTree")
    frame = tree["frameTree"]["frame"]["id"]
    world = await session.send("Page.createIsolatedWorld", {"frameId": frame, "worldName": WORLD_NAME})
    return int(world["executionContextId"])


Shape = dict[str, type | tuple[type, ...]]


def checked(value: Any, shape: Shape, what: str) -> dict[str, Any]:
    """`value` if it is a dict whose keys in `shape` hold values of their types (bool is no int here);
    otherwise one line for the record."""
    if not isinstance(value, dict):
        raise NavigationError(f"{what}: the page's answer was {type(value).__name__}, not an object", kind="browser")
    for key, kind in shape.items():
        item = value.get(key)
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if not isinstance(item, kinds) or (isinstance(item, bool) and bool not in kinds):
            raise NavigationError(f"{what}: the page's answer has no valid {key!r}", kind="browser")
    return value


def number(value: Any) -> float | None:
    """A finite JS number as a float; None for anything else (a string, a bool, NaN)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value or abs(value) == float("inf"):
        return None
    return float(value)
