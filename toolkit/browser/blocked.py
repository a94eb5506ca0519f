"""Challenge and block pages of bot walls (Cloudflare, AWS WAF, DataDome, Akamai, PerimeterX, Imperva,
captcha interstitials), told apart from articles. Every marker lives here, in one list.

A marker is strong (a title, a response header or an element that only a challenge page has) or
weak (wording or a captcha widget that an article could also carry, in a comment form, say). Weak
markers count only on a page with little text, or one that came with a status that challenges use
(202, 403, 429, 503). `probe.js` collects what the markers look at in one round trip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

Where = Literal["title", "header", "selector", "text"]
CHALLENGE_STATUS = frozenset({202, 403, 429, 503})
SHORT_PAGE_CHARS = 2000
"""A challenge page says a sentence or two; an article says far more."""


@dataclass(frozen=True)
class Marker:
    vendor: str
    where: Where
    pattern: str
    """A regex (case-insensitive) on the title, on 'name: value' of a header, or on the page text;
    a CSS selector for `selector`."""
    strong: bool = True

    def describe(self, found: str) -> str:
        return f"{self.vendor}: {self.where} {found!r}"


MARKERS: tuple[Marker, ...] = (
    # Cloudflare
    Marker("Cloudflare", "title", r"^\s*just a moment\.*\s*$"),
    Marker("Cloudflare", "title", r"attention required!? \| cloudflare"),
    Marker("Cloudflare", "header", r"^cf-mitigated: challenge"),
    Marker(
        "Cloudflare",
        "selector",
        "#challenge-form, #challenge-running, #cf-challenge-running, .cf-browser-verification, #cf-please-wait",
    ),
    # Cloudflare's bot detection script rides along on ordinary pages too
    Marker("Cloudflare", "selector", "script[src*='/cdn-cgi/challenge-platform/']", strong=False),
    Marker("Cloudflare", "text", r"checking (if the site connection is secure|your browser before accessing)"),
    Marker("Cloudflare", "text", r"enable javascript and cookies to continue", strong=False),
    Marker("Cloudflare", "text", r"ray id: [0-9a-f]{8,}", strong=False),
    # AWS WAF
    Marker("AWS WAF", "header", r"^x-amzn-waf-action: (challenge|captcha)"),
    Marker(
        "AWS WAF",
        "selector",
        "script[src*='token.awswaf.com'], script[src*='.captcha.awswaf.com'], #captcha-container[data-aws]",
    ),
    # DataDome
    Marker("DataDome", "selector", "iframe[src*='captcha-delivery.com'], script[src*='captcha-delivery.com']"),
    Marker("DataDome", "header", r"^x-datadome: protected", strong=False),
    # Akamai
    Marker("Akamai", "title", r"^\s*access denied\s*$", strong=False),
    Marker("Akamai", "text", r"you don't have permission to access .* on this server\..*reference #[0-9a-f.]+"),
    # PerimeterX (HUMAN)
    Marker(
        "PerimeterX",
        "selector",
        "#px-captcha, script[src*='captcha.px-cdn.net'], script[src*='/px/client/main.min.js']",
    ),
    Marker("PerimeterX", "text", r"press (&|and) hold", strong=False),
    # Imperva / Incapsula
    Marker("Imperva", "text", r"request unsuccessful\. incapsula incident id"),
    Marker("Imperva", "selector", "iframe[src*='/_Incapsula_Resource']"),
    # Captchas and generic interstitials
    Marker("Turnstile", "selector", ".cf-turnstile, iframe[src*='challenges.cloudflare.com']", strong=False),
    Marker("hCaptcha", "selector", ".h-captcha, iframe[src*='hcaptcha.com']", strong=False),
    Marker("reCAPTCHA", "selector", ".g-recaptcha, iframe[src*='google.com/recaptcha']", strong=False),
    Marker(
        "captcha",
        "title",
        r"^\s*(verify you are (a )?human|are you a robot\??|human verification|"
        r"security check|one more step|please wait\.*|pardon our interruption)\s*$",
    ),
    Marker(
        "captcha",
        "text",
        r"verify (that )?you are (a )?human|are you a robot|confirm you are not a robot",
        strong=False,
    ),
    Marker("captcha", "text", r"please (complete|solve) the (security check|captcha)", strong=False),
)


def _parts(selector_list: str) -> list[str]:
    return [part.strip() for part in selector_list.split(",")]


SELECTORS: list[str] = [part for m in MARKERS if m.where == "selector" for part in _parts(m.pattern)]
"""Handed to probe.js, which answers with the ones that match (each reported on its own)."""


def find_block(status: int | None, headers: dict[str, str], probe: dict[str, Any]) -> list[str]:
    """The evidence that the page is a challenge or block page, or [] for a page to read.
    `probe` is probe.js's answer: title, text (the visible text, cut), chars, selectors (matched)."""
    title = str(probe.get("title") or "")
    text = str(probe.get("text") or "")
    matched = set(probe.get("selectors") or [])
    short = int(probe.get("chars") or 0) < SHORT_PAGE_CHARS
    header_lines = [f"{k.lower()}: {v}" for k, v in headers.items()]
    strong: list[str] = []
    weak: list[str] = []
    by_header = False
    for marker in MARKERS:
        found = _match(marker, title, text, header_lines, matched)
        if found is not None:
            (strong if marker.strong else weak).append(marker.describe(found))
            by_header |= marker.strong and marker.where == "header"
    if strong and (short or by_header or status in CHALLENGE_STATUS):
        return strong + weak
    if weak and short and (status in CHALLENGE_STATUS or len(weak) > 1):
        return weak
    return []


def _match(marker: Marker, title: str, text: str, headers: list[str], selectors: set[str]) -> str | None:
    if marker.where == "selector":
        return next((part for part in _parts(marker.pattern) if part in selectors), None)
    haystacks = {"title": [title], "text": [text], "header": headers}[marker.where]
    for haystack in haystacks:
        hit = re.search(marker.pattern, haystack, re.IGNORECASE | re.DOTALL)
        if hit:
            return hit.group(0)[:80]
    return None
