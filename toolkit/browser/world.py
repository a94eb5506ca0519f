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

import asyncio
import weakref
from collections.abc import Awaitable, Callable
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
    gone: asyncio.Future[str]
    """Set when the page's renderer crashes or the page closes: a CDP call, unlike `page.evaluate`, is not failed
    by a crash and would wait out the run's timeout, and a crash may come before the first call."""
    opened: asyncio.Task[CDPSession] | None = None
    """The page's CDP session, opened once (`watch` starts it, so that it overlaps the navigation)."""
    frame: str | None = None
    """The main frame's id: asked for with the session; it survives navigations, unlike the isolated world."""
    context_id: int | None = None


_WORLDS: weakref.WeakKeyDictionary[Page, _World] = weakref.WeakKeyDictionary()


def watch(page: Page) -> None:
    """Note from now on whether `page` crashes or closes, and open its CDP session meanwhile; call it right after
    the page is made."""
    if page in _WORLDS:
        return
    gone: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    world = _WORLDS[page] = _World(gone)
    world.opened = asyncio.ensure_future(_open(page, world))
    world.opened.add_done_callback(lambda t: t.cancelled() or t.exception())  # a page closed first: nobody asks

    def on_gone(why: str) -> Callable[[Any], None]:
        return lambda _: gone.done() or gone.set_result(why)

    page.on("crash", on_gone("Target crashed"))
    page.on("close", on_gone("Target page, context or browser has been closed"))


def alive(page: Page) -> bool:
    """Neither crashed nor closed, as far as the toolkit has seen."""
    world = _WORLDS.get(page)
    return not page.is_closed() and (world is None or not world.gone.done())


def forget(page: Page) -> None:
    """The page navigated on purpose: its isolated world went with the old document (no stale call needed)."""
    if page in _WORLDS:
        _WORLDS[page].context_id = None


async def evaluate(page: Page, script: str, arg: Any = None) -> Any:
    """`script` (a JS function expression) called with `arg` in the toolkit's isolated world of `page`;
    its JSON value (promises awaited). Raises Playwright's Error when the page goes away or the script throws."""
    watch(page)
    world = _WORLDS[page]
    assert world.opened is not None
    session = await _unless_gone(world, asyncio.shield(world.opened))
    for attempt in range(2):
        if world.context_id is None:
            world.context_id = await _unless_gone(world, _create(world, session))
        try:
            answer = await _unless_gone(world, session.send("Runtime.callFunctionOn", {
                "functionDeclaration": script, "executionContextId": world.context_id,
                "arguments": [{"value": arg}], "returnByValue": True, "awaitPromise": True,
            }))  # fmt: skip
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


async def _unless_gone(world: _World, call: Awaitable[Any]) -> Any:
    """`call`'s answer, or Playwright's Error at once when the page has crashed or closed, before or meanwhile."""
    task = asyncio.ensure_future(call)
    await asyncio.wait([task, world.gone], return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        return task.result()
    task.cancel()
    task.add_done_callback(lambda t: t.cancelled() or t.exception())  # nobody waits for it any more
    raise PlaywrightError(world.gone.result())


async def _open(page: Page, world: _World) -> CDPSession:
    session = await page.context.new_cdp_session(page)
    await _main_frame(world, session)
    return session


async def _main_frame(world: _World, session: CDPSession) -> None:
    tree = await session.send("Page.getFrameTree")
    world.frame = str(tree["frameTree"]["frame"]["id"])


async def _create(world: _World, session: CDPSession) -> int:
    """A new isolated world in the page's main frame (whose id is asked for again if it changed)."""
    try:
        made = await session.send("Page.createIsolatedWorld", {"frameId": world.frame, "worldName": WORLD_NAME})
    except PlaywrightError as exc:
        if "No frame" not in str(exc):
            raise
        await _main_frame(world, session)
        made = await session.send("Page.createIsolatedWorld", {"frameId": world.frame, "worldName": WORLD_NAME})
    return int(made["executionContextId"])


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
