"""Login sessions: fill a site's login form once, keep its cookies in a file, reuse them on scrape.

`login` opens the login page in Chromium, finds the form (a profile may name its fields; otherwise
the visible form with a password field), submits it and checks that it worked: the form is gone
(success) or an error message is shown (failure, with the site's words). The Playwright storage
state is saved with mode 0600. `import_cookies` builds the same file from a browser's cookies.txt.
The password is never stored, printed or logged.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Locator, Page, async_playwright

from toolkit.browser.js import script
from toolkit.browser.launch import launch, new_context
from toolkit.browser.world import checked, evaluate
from toolkit.errors import ToolkitError, UsageError
from toolkit.run.inputs import check_url
from toolkit.sites import profile_for_host

LOGIN_STATE_JS = script("login_state.js")
USERNAME_FIELDS = (
    "input[type=email]:visible, input[autocomplete=username]:visible, input[name*=user i]:visible, "
    "input[name*=email i]:visible, input[name*=login i]:visible, input[type=text]:visible"
)
SUBMIT = "button[type=submit]:visible, input[type=submit]:visible, button:not([type]):visible, button:visible"


class LoginFailed(ToolkitError):
    """The site rejected the login, or the form could not be found or submitted."""


@dataclass(frozen=True)
class LoginResult:
    session: Path
    cookies: int
    message: str


def save_session(state: dict[str, Any], path: Path) -> None:
    """Write a storage state readable by its owner only (mode 0600), even if the file existed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(state, handle, indent=2, sort_keys=True)


async def login(url: str, username: str, password: str, session: Path, proxy: str | None = None,
                timeout: float = 30.0) -> LoginResult:  # fmt: skip
    check_url(url)
    async with async_playwright() as playwright:
        browser = await launch(playwright, proxy)
        try:
            context = await new_context(browser)
            page = await context.new_page()
            try:
                await page.goto(url, wait_until="load", timeout=timeout * 1000)
            except PlaywrightError as exc:
                raise LoginFailed(f"could not open {url}: {str(exc).splitlines()[0]}") from exc
            message = await _submit(page, url, username, password, timeout)
            state = await context.storage_state()
        finally:
            await browser.close()
    save_session(state, session)  # type: ignore[arg-type]
    return LoginResult(session, len(state["cookies"]), message)


async def _submit(page: Page, url: str, username: str, password: str, timeout: float) -> str:
    profile = profile_for_host(urlsplit(url).hostname or "")
    password_field = page.locator(profile.login_password if profile and profile.login_password
                                  else "input[type=password]:visible").first  # fmt: skip
    try:
        await password_field.wait_for(state="visible", timeout=min(timeout, 10) * 1000)
    except PlaywrightError as exc:
        raise LoginFailed(f"no login form with a password field on {url}") from exc
    form = password_field.locator("xpath=ancestor::form[1]")
    scope: Page | Locator = form if await form.count() else page
    user_field = scope.locator(profile.login_username if profile and profile.login_username else USERNAME_FIELDS)
    if await user_field.count() == 0:
        raise LoginFailed(f"the login form on {url} has no username or email field")
    await user_field.first.fill(username)
    await password_field.fill(password)
    submit = scope.locator(profile.login_submit if profile and profile.login_submit else SUBMIT)
    if await submit.count():
        await submit.first.click(no_wait_after=True)
    else:
        await password_field.press("Enter")
    return await _outcome(page, timeout)


async def _outcome(page: Page, timeout: float) -> str:
    """Wait until the form is gone (success) or an error is shown (LoginFailed)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        await asyncio.sleep(0.25)
        try:
            state = checked(await evaluate(page, LOGIN_STATE_JS), {"form": bool, "error": (str, type(None))}, "login")
        except PlaywrightError:
            continue  # navigating: ask again on the next page
        except ToolkitError as exc:
            raise LoginFailed(str(exc)) from exc
        if state["error"]:
            raise LoginFailed(f"login rejected: {state['error'][:200]}")
        if not state["form"]:
            return "logged in: the login form is gone"
    raise LoginFailed("could not tell whether the login worked: the form is still there and shows no error")


def import_cookies(cookies_txt: Path, session: Path) -> int:
    """A browser's cookies.txt (Netscape format) -> a storage state file; returns the cookie count."""
    try:
        lines = cookies_txt.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read {cookies_txt}: {exc.strerror or exc}") from exc
    cookies: list[dict[str, Any]] = []
    for number, line in enumerate(lines, 1):
        http_only = line.startswith("#HttpOnly_")
        line = line.removeprefix("#HttpOnly_")
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 7:
            raise UsageError(f"{cookies_txt}:{number}: not a Netscape cookies.txt line (7 tab-separated fields)")
        domain, _subdomains, path, secure, expires, name, value = fields
        cookies.append({
            "name": name, "value": value, "domain": domain, "path": path or "/",
            "expires": float(expires) if expires.strip() not in ("", "0") else -1,
            "httpOnly": http_only, "secure": secure.upper() == "TRUE", "sameSite": "Lax",
        })  # fmt: skip
    if not cookies:
        raise UsageError(f"{cookies_txt} holds no cookies")
    save_session({"cookies": cookies, "origins": []}, session)
    return len(cookies)
