"""Where a page's time goes: per-phase seconds of every page, for `throughput.py --timeline`.

`install()` wraps the toolkit's page steps (and Playwright's new_page/goto) so that each adds its time to the
page it runs for; a phase inside another is taken out of the outer one, so a page's phases add up to its
time; a phase named "~..." runs beside the others and is left out of that sum. The bare loop in
throughput.py names its own phases. Medians per phase are printed per runner.
The wrappers only time: the toolkit does exactly what it does without them.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import statistics
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any

_PAGE: ContextVar[tuple[dict[str, float], list[str]] | None] = ContextVar("page", default=None)
_RUNS: dict[str, list[dict[str, float]]] = {}
_ONCE: dict[str, dict[str, list[float]]] = {}
"""Work that is not any one page's (a worker's context, memory samples): every duration."""
_label = ""


def start(label: str) -> None:
    """Pages from now on belong to `label` (one runner at one concurrency)."""
    global _label
    _label = label


@contextlib.contextmanager
def page() -> Iterator[None]:
    """Time one page; the phases inside it are its own."""
    phases: dict[str, float] = {}
    token = _PAGE.set((phases, []))
    started = time.monotonic()
    try:
        yield
    finally:
        phases["total"] = time.monotonic() - started
        _PAGE.reset(token)
        _RUNS.setdefault(_label, []).append(phases)


@contextlib.contextmanager
def phase(name: str) -> Iterator[None]:
    current = _PAGE.get()
    started = time.monotonic()
    overlapped = name.startswith("~")  # runs beside the page's other steps: no outer phase loses its time
    if current is not None and not overlapped:
        current[1].append(name)
    try:
        yield
    finally:
        spent = time.monotonic() - started
        if current is None:
            _ONCE.setdefault(_label, {}).setdefault(name, []).append(spent)
        elif overlapped:
            current[0][name] = current[0].get(name, 0.0) + spent
        else:
            phases, stack = current
            stack.pop()
            phases[name] = phases.get(name, 0.0) + spent
            if stack:  # exclusive times: the outer phase loses what the inner one took
                phases[stack[-1]] = phases.get(stack[-1], 0.0) - spent


def _timed(owner: Any, attr: str, name: str | Callable[..., str | None]) -> None:
    original = getattr(owner, attr)

    @functools.wraps(original)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        label = name(*args, **kwargs) if callable(name) else name
        if label is None:
            return await original(*args, **kwargs)
        with phase(label):
            return await original(*args, **kwargs)

    setattr(owner, attr, wrapper)


def install() -> None:
    """Wrap the toolkit's steps; call once, before the runs."""
    from playwright.async_api import BrowserContext, Page

    launch, render, world, engine, pipeline = (importlib.import_module(f"toolkit.{m}") for m in (
        "browser.launch", "browser.render", "browser.world", "run.engine", "run.pipeline"))  # fmt: skip

    original_article = engine.scrape_article

    @functools.wraps(original_article)
    async def article(*args: Any, **kwargs: Any) -> Any:
        with page():
            return await original_article(*args, **kwargs)

    engine.scrape_article = article
    _timed(engine, "new_context", "context")
    _timed(BrowserContext, "new_page", "page")
    if hasattr(world, "_open"):  # the session is opened beside the navigation
        _timed(world, "_open", "~cdp session+frame")
    else:
        _timed(BrowserContext, "new_cdp_session", "cdp session")
    _timed(Page, "goto", lambda _page, url, *a, **k: "blank after" if url == "about:blank" else "navigation")
    _timed(render, "_prepare", "init script")
    _timed(render, "_first_look", "first look")
    _timed(world, "_create", "isolated world")
    _timed(render, "_wait_selector", "wait body")
    _timed(render, "_settle", lambda *a, **k: "settle again" if _seen("settle") else "settle")
    scripts = {render.FINISH_JS: "consent+scroll+mark", render.MARK_JS: "mark"}
    _timed(render, "evaluate", lambda _page, script, *a, **k: scripts.get(script))
    _timed(render, "_served", "served body")
    _timed(render, "_close", "close")
    _timed(pipeline, "_extract", "extraction")
    original_memory = engine.browser_memory

    def memory() -> int:
        with phase("memory sample"):
            return original_memory()

    engine.browser_memory = memory
    assert launch.browser_memory is original_memory


def _seen(name: str) -> bool:
    current = _PAGE.get()
    return current is not None and name in current[0]


def report() -> str:
    """Median seconds per page of each phase, per runner; 'other' is what no phase covers."""
    lines = []
    for label, pages in _RUNS.items():
        names = sorted({n for p in pages for n in p if n != "total"}, key=lambda n: -statistics.median(
            [p.get(n, 0.0) for p in pages]))  # fmt: skip
        total = statistics.median(p["total"] for p in pages)
        lines.append(f"{label}: {len(pages)} pages, median page {total * 1000:.0f} ms")
        for name in names:
            lines.append(f"  {name:<22} {statistics.median(p.get(name, 0.0) for p in pages) * 1000:7.1f} ms")
        other = statistics.median(p["total"] - sum(v for k, v in p.items() if k != "total" and k[0] != "~")
                                  for p in pages)  # fmt: skip
        lines.append(f"  {'other':<22} {other * 1000:7.1f} ms")
        for name, spent in _ONCE.get(label, {}).items():
            lines.append(f"  once: {name:<16} {len(spent)} x, median {statistics.median(spent) * 1000:.1f} ms, "
                         f"sum {sum(spent):.2f} s")  # fmt: skip
    return "\n".join(lines)
