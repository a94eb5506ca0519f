"""Finding and launching Chromium, and making browser contexts for pages.

Search order (DESIGN.md): $TOOLKIT_BROWSER; the Chromium that `playwright install chromium` put in
place; Debian's chromium-headless-shell; `chromium` on PATH. One browser per run; each worker owns
a context that it recycles after a number of pages, so memory stays flat over long runs.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import psutil
from playwright.async_api import Browser, BrowserContext, Playwright, Route

from toolkit.errors import BrowserNotFound, UsageError

DEBIAN_HEADLESS_SHELL = Path("/usr/lib/chromium/chromium-headless-shell")
# Keep Chromium from calling home: this machine (and many CI runners) reach no Google host.
QUIET_ARGS = [
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--no-first-run", "--disable-domain-reliability", "--metrics-recording-only",
    "--disable-features=OptimizationHints,MediaRouter,Translate",
]  # fmt: skip
BLOCKED_RESOURCES = frozenset({"image", "media", "font"})
# Routing every request through Python costs a round trip each; a URL pattern is matched inside
# Playwright's driver, so only what looks like an image, font or media file comes to us at all.
HEAVY_URL = re.compile(
    r"\.(png|jpe?g|gif|webp|avif|bmp|ico|svg|woff2?|ttf|otf|eot|mp4|webm|m4v|mov|mp3|m4a|ogg|wav)(\?.*)?$",
    re.IGNORECASE,
)
HOW_TO_GET_ONE = (
    "No Chromium found. Get one with `python -m playwright install chromium`, or on Debian/Ubuntu "
    "`sudo apt-get install chromium-headless-shell`, or point TOOLKIT_BROWSER at a Chromium binary."
)


@dataclass(frozen=True)
class BrowserChoice:
    path: str | None
    """None means: let Playwright launch the Chromium it installed."""
    origin: str


def find_browser(playwright_chromium_path: str | None = None) -> BrowserChoice:
    """The Chromium to launch, in DESIGN.md's order; BrowserNotFound if there is none."""
    explicit = os.environ.get("TOOLKIT_BROWSER")
    if explicit:
        if Path(explicit).is_file() and os.access(explicit, os.X_OK):
            return BrowserChoice(explicit, "TOOLKIT_BROWSER")
        raise BrowserNotFound(f"TOOLKIT_BROWSER={explicit} is not an executable file. {HOW_TO_GET_ONE}")
    if playwright_chromium_path and Path(playwright_chromium_path).is_file():
        return BrowserChoice(None, "playwright")
    if DEBIAN_HEADLESS_SHELL.is_file():
        return BrowserChoice(str(DEBIAN_HEADLESS_SHELL), "chromium-headless-shell")
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return BrowserChoice(found, name)
    raise BrowserNotFound(HOW_TO_GET_ONE)


PROXY_SCHEMES = ("http", "https", "socks5")


def check_proxy(proxy: str | None) -> None:
    """UsageError unless `proxy` is a proxy URL both Chromium and the plain client can use: told before
    the run, not as a browser that "failed to start" on every record. The message never shows the password."""
    if not proxy:
        return
    parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    shown = masked_proxy(proxy)
    if parts.scheme not in PROXY_SCHEMES:
        raise UsageError(f"--proxy {shown}: the scheme must be one of {', '.join(PROXY_SCHEMES)}")
    try:
        parts.port  # noqa: B018 - urlsplit checks the port only when asked
    except ValueError:
        raise UsageError(f"--proxy {shown}: the port is not a number from 0 to 65535") from None
    if not parts.hostname:
        raise UsageError(f"--proxy {shown}: no host")
    if parts.scheme == "socks5" and parts.username:
        raise UsageError(f"--proxy {shown}: the browser takes no user name or password for a socks5 proxy")


def proxy_settings(proxy: str | None) -> dict[str, str] | None:
    """Playwright's proxy setting from a URL such as http://user:pass@host:3128."""
    if not proxy:
        return None
    parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    server = f"{parts.scheme}://{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    settings = {"server": server}
    if parts.username:
        settings["username"] = unquote(parts.username)
        settings["password"] = unquote(parts.password or "")
    return settings


def masked_proxy(proxy: str | None) -> str | None:
    """The proxy URL with its password as `***`: what a repr, a log line or a message may show of it."""
    if not proxy:
        return proxy
    scheme, sep, rest = proxy.rpartition("://")
    credentials, at, host = rest.rpartition("@")
    if not at:
        return proxy
    user, colon, _ = credentials.partition(":")
    return f"{scheme}{sep}{user}:***@{host}" if user and colon else f"{scheme}{sep}***@{host}"


def repr_without_secrets(obj: Any) -> str:
    """A dataclass's repr without what its fields marked `repr=False` hold, the proxy shown as `masked_proxy`
    shows it: options travel to logs (Dask's too) and tracebacks, a proxy password must not."""
    shown = [f"{f.name}={getattr(obj, f.name)!r}" for f in fields(obj) if f.repr]
    if getattr(obj, "proxy", None):
        shown.append(f"proxy={masked_proxy(obj.proxy)!r}")
    return f"{type(obj).__name__}({', '.join(shown)})"


@functools.cache
def user_agent(playwright_chromium_path: str | None = None) -> str:
    """The User-Agent the chosen Chromium sends headless, for requests made outside it (robots.txt,
    sitemaps, feeds): a site sees one reader, not a browser and a script. Built from `chromium --version`
    (blocking: call it off the event loop); without a browser, the same form without a version."""
    platform = {"darwin": "Macintosh; Intel Mac OS X 10_15_7", "win32": "Windows NT 10.0; Win64; x64"}.get(
        sys.platform, "X11; Linux x86_64"
    )
    version = ""
    try:
        choice = find_browser(playwright_chromium_path)
        path = choice.path or playwright_chromium_path
        if path:
            said = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=10).stdout
            found = re.search(r"\b(\d+(?:\.\d+){1,3})\b", said)
            version = f"/{found.group(1)}" if found else ""
    except (BrowserNotFound, OSError, subprocess.SubprocessError):
        pass
    return f"Mozilla/5.0 ({platform}) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome{version} Safari/537.36"


async def launch(playwright: Playwright, proxy: str | None = None) -> Browser:
    """Launch the chosen Chromium headless; BrowserNotFound with a way out if that fails."""
    check_proxy(proxy)
    choice = find_browser(playwright.chromium.executable_path)
    try:
        return await playwright.chromium.launch(
            executable_path=choice.path, headless=True, args=QUIET_ARGS, proxy=proxy_settings(proxy)
        )
    except Exception as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BrowserNotFound(f"Chromium ({choice.origin}) failed to start: {first_line}. {HOW_TO_GET_ONE}") from exc


async def new_context(browser: Browser, session: str | None = None, block_resources: bool = True) -> BrowserContext:
    """A fresh context: a reader's viewport, a session's cookies, heavy resources blocked."""
    context = await browser.new_context(
        viewport={"width": 1280, "height": 900},
        locale="id-ID",
        storage_state=session,
        service_workers="block",
        java_script_enabled=True,
    )
    if block_resources:
        await context.route(HEAVY_URL, _block_heavy)
    return context


async def _block_heavy(route: Route) -> None:
    if route.request.resource_type in BLOCKED_RESOURCES or route.request.resource_type == "other":
        await route.abort("blockedbyclient")
    else:
        await route.fallback()  # an image URL fetched by script is data, not decoration


def browser_memory() -> int:
    """Memory (bytes) of every Chromium process this Python process started: proportional set size
    where the system reports it, so pages shared between Chromium's processes count once."""
    total = 0
    try:
        for child in psutil.Process().children(recursive=True):
            try:
                if "chrom" in child.name().lower() or "headless" in child.name().lower():
                    info = child.memory_full_info()
                    total += getattr(info, "pss", info.rss)
            except psutil.Error:
                continue
    except psutil.Error:
        return 0
    return total
