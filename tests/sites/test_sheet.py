"""Every profile against the facts sheet (../shared/sites/indonesian-sources.json): the sheet's article
URLs are articles by the profile's URL rules; its home, search and latest URLs are not; its search URL
has the shape the profile's template expands to. And every profile's CSS selectors compile.

The sheet sits outside the repository: without it the sheet tests are skipped. Each failure names the
profile, since these run over every profile file the registry finds."""

from __future__ import annotations

import json
import re
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from lxml.cssselect import CSSSelector

from toolkit.discover.pages import fill
from toolkit.discover.urls import not_article
from toolkit.sites import PROFILES, ListingPage, SiteProfile, profile_for_host

SHEET = Path(__file__).resolve().parents[3] / "shared" / "sites" / "indonesian-sources.json"
SAMPLE = {  # the sheet's placeholders, filled as one request would fill them
    "query": "harga+beras", "query-slug": "harga-beras", "page": "2", "page-1": "1", "offset": "20",
    "YYYY/MM/DD": "2026/11/03", "MM/DD/YYYY": "11/03/2026", "YYYYMMDD": "20261103", "YYYY-MM-DD": "2026-11-03",
    "host": "news", "channel": "nasional",
}  # fmt: skip
WINDOW = (date(2026, 11, 3), date(2026, 11, 3))


def sheet() -> list[dict[str, Any]]:
    if not SHEET.is_file():
        pytest.skip(f"no facts sheet at {SHEET}")
    data = json.loads(SHEET.read_text(encoding="utf-8"))
    return [source for source in data if isinstance(source, dict)]


def profiled() -> list[tuple[SiteProfile, dict[str, Any]]]:
    """(profile, sheet entry) for every sheet source a profile serves."""
    pairs = []
    for source in sheet():
        hosts = [urlsplit(source.get("homepage") or "").hostname or "",
                 str(source.get("site") or "").split()[0].split("/")[0] if source.get("site") else ""]  # fmt: skip
        profile = next((p for p in (profile_for_host(h) for h in hosts if h) if p is not None), None)
        if profile is not None:
            pairs.append((profile, source))
    return pairs


def filled(template: str | None) -> str | None:
    """A sheet URL template with its placeholders filled; None when one is left that we cannot fill."""
    if not template or not template.startswith("http"):
        return None
    url = re.sub(r"\{([^{}]+)\}", lambda m: SAMPLE.get(m.group(1), m.group(0)), template)
    return None if "{" in url else url


def examples(source: dict[str, Any]) -> list[str]:
    """The sheet's article URLs: absolute, no placeholder, not labelled as something else."""
    found = (source.get("article_url") or {}).get("examples") or []
    urls = [e for e in found if isinstance(e, dict) and isinstance(e.get("url"), str)]
    return [e["url"] for e in urls if e["url"].startswith("http") and "{" not in e["url"]
            and "not an article" not in str(e.get("kind"))]  # fmt: skip


def listing_urls(source: dict[str, Any]) -> list[str]:
    """The sheet's home page, search and latest URLs (filled): none of them is an article."""
    search = source.get("search") or {}
    latest = [t.get("url") for t in (source.get("latest") or {}).get("url_templates") or [] if isinstance(t, dict)]
    candidates = [source.get("homepage"), search.get("url_template"), search.get("url_template_dated"), *latest]
    return [url for url in (filled(c) for c in candidates if isinstance(c, str)) if url]


def test_the_sheet_names_sources_we_profile() -> None:
    assert len(profiled()) >= 9, "the nine first profiles are in the sheet"


def test_sheet_article_urls_are_articles() -> None:
    problems = []
    for profile, source in profiled():
        for url in examples(source):
            reason = not_article(url, profile, profile.domains[0])
            if reason is not None:
                problems.append(f"{profile.name}: sheet article {url} rejected ({reason})")
    assert not problems, "\n".join(problems)


def test_sheet_home_search_and_latest_urls_are_not_articles() -> None:
    problems = []
    for profile, source in profiled():
        for url in listing_urls(source):
            if not_article(url, profile, profile.domains[0]) is None:
                problems.append(f"{profile.name}: {url} (home, search or latest page) taken as an article")
    assert not problems, "\n".join(problems)


def without_pager(path: str) -> str:
    """A search path without its page part (`/page/2`, a trailing `/2`) and with the query's words however
    encoded (`+`, `%20`): the sheet writes page 1 and `+`, a profile page N and the encoding the site takes."""
    words = unquote(path).replace("+", " ")
    return re.sub(r"(?:/page)?/\d{1,3}/?$|/page/\d{1,3}(?=/)", "", words.rstrip("/")).rstrip("/")


def test_search_templates_expand_to_the_sheets_shape() -> None:
    """Host, path and query parameter names of page 2 of a search for "harga beras" as the profile builds it
    and as the sheet writes it (the dated form when the profile walks windows)."""
    problems = []
    for profile, source in profiled():
        search, given = profile.search, source.get("search") or {}
        dated = search is not None and "{since}" in search.url
        sheet_url = filled(given.get("url_template_dated") if dated else None) or filled(given.get("url_template"))
        if search is None or sheet_url is None:
            continue
        ours = fill(search, None, "harga beras", search.first_page + search.page_step, None, WINDOW)
        mine, theirs = urlsplit(ours), urlsplit(sheet_url)
        if (mine.hostname, without_pager(mine.path)) != (theirs.hostname, without_pager(theirs.path)):
            problems.append(f"{profile.name}: search {ours} is not at the sheet's {sheet_url}")
        missing = set(parse_qs(theirs.query, keep_blank_values=True)) - set(
            parse_qs(mine.query, keep_blank_values=True)
        )
        if missing:
            problems.append(f"{profile.name}: search {ours} lacks the sheet's parameters {sorted(missing)}")
    assert not problems, "\n".join(problems)


def selectors(profile: SiteProfile) -> list[tuple[str, str]]:
    """(field, selector) for every CSS selector the profile and its listings declare."""
    skip = {"name", "domains", "home", "published_meta", "page_param", "dateline", "article_url", "language", "facts",
            "search_note", "login_username", "login_password"}  # fmt: skip
    found: list[tuple[str, str]] = []
    for f in fields(profile):
        value = getattr(profile, f.name)
        if isinstance(value, ListingPage):
            for name in ("links", "item", "item_date", "last_page", "json_script", "no_results"):
                if getattr(value, name):
                    found.append((f"{f.name}.{name}", getattr(value, name)))
        elif f.name in skip or f.name in ("not_article", "sitemaps", "feeds", "premium_hosts", "drop_phrases",
                                          "editor_initials", "groups", "all_pages", "timezone", "delay"):  # fmt: skip
            continue
        elif isinstance(value, str) and value:
            found.append((f.name, value))
        elif isinstance(value, tuple):
            found += [(f.name, v) for v in value if isinstance(v, str) and v]
    return found


@pytest.mark.parametrize("profile", PROFILES, ids=[p.name for p in PROFILES])
def test_every_selector_compiles(profile: SiteProfile) -> None:
    problems = []
    for name, selector in selectors(profile):
        try:
            CSSSelector(selector, translator="html")
        except Exception as exc:  # cssselect's SelectorSyntaxError, ExpressionError
            problems.append(f"{profile.name}: {name} {selector!r}: {type(exc).__name__}: {exc}")
    assert not problems, "\n".join(problems)
