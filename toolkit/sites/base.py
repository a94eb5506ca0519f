"""What a site profile is: plain data that says where a site keeps each part of an article.

A profile holds CSS selectors and a few rules, never code, so that adding a site is one small file
and a redesign is fixed by editing selectors. Extraction (`toolkit.extract.profile`) applies it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

WIB = timedelta(hours=7)


@dataclass(frozen=True)
class ListingPage:
    """An index ("indeks") or search page, declared: where it is, which links are articles, how it pages.

    `url` is a template with `{date}` (written with `date_format`), `{page}` (`first_page`, then + `page_step`:
    offsets too), `{page?}` (the same, but empty on the first page: `/tag/{slug}/{page?}`, or a form field
    sent from page 2 on), `{query}` (URL-quoted words, spaces as `+`), `{query_pct}` (spaces as `%20`),
    `{slug}` (lower-case words joined by `-`), `{category}`, `{since}`/`{until}` (a search window,
    `date_format`), and `{day}`, `{month}`, `{year}` for sites that split the date. Only these names are
    placeholders: other braces (a JSON body's) stay as written. Discovery stops at the last page the site
    announces (`last_page`), at a page that repeats an earlier one, at a page with no article links, at a
    "no results" marker, at `page_limit`, and at its page bound.
    """

    url: str
    links: str = ""
    """Selector of the article links on the page (`a` elements, or elements holding one); a JSON listing
    (`json_items`) has none."""
    date_format: str = "%Y-%m-%d"
    first_page: int = 1
    page_step: int = 1
    category: str = ""
    categories: tuple[str, ...] = ()
    """Walk the listing once for each of these as `{category}` (detik's index on news, finance and health
    hosts); empty: `category` alone."""
    last_page: str | None = None
    """An element that announces the end: a number in its `value` or text is the count of pages
    ("dari 17 halaman"); with no number, the page it is on is the last one."""
    item_date: str | None = None
    """Selector, inside a link's item (`item`) of the date shown beside it."""
    item: str | None = None
    """The element holding one result (its link, title and date)."""
    unwrap: str | None = None
    """A query parameter that wraps the real URL in a redirect link (bisnis search: `link?url=`)."""
    render: bool = False
    """Load the page in Chromium: its list is built by script, or a plain client is refused."""
    # Requests other than a plain GET (issue 22). Every value below is a template filled like `url`.
    method: str = "GET"
    """"GET" or "POST"."""
    form: tuple[tuple[str, str], ...] = ()
    """POST form fields (name, template): `("q", "{query}")`, `("page", "{page}")`; values filled raw, then
    form-encoded once; a field filled empty (`("next", "{page?}")` on page 1) is not sent."""
    json_body: str | None = None
    """A POST body of JSON, a template whose placeholders are filled with JSON-escaped values:
    `{"q": "{query}", "page": {page}}` (sent as application/json)."""
    headers: tuple[tuple[str, str], ...] = ()
    """Extra request headers the listing needs (Referer, X-Requested-With); never a secret."""
    # Listings that answer JSON, or carry it in a script (Next.js `__NEXT_DATA__`).
    json_script: str | None = None
    """Selector of the <script> element whose text is the JSON (the response itself when None)."""
    json_items: str | None = None
    """Dotted path to the list of results ("results", "hits", "props.pageProps.initialArticles")."""
    json_url: str = "url"
    """Field of an item holding its URL, or a template built from fields ("/{category.slug}/{id}/{slug}")."""
    json_base: str | None = None
    """The URL relative item URLs are joined to, when not the page's own (an API on another host:
    "https://www.tempo.co/")."""
    json_title: str | None = None
    json_date: str | None = None
    # Where a listing ends, beyond its empty or repeated pages.
    no_results: str | None = None
    """Selector of the "no results" marker (`:contains("tidak ditemukan")` is allowed): the listing ends."""
    page_limit: int | None = None
    """Pages read at most in one walk (per window, per day), whatever the query (kompas search stops
    near page 38)."""
    window_days: int | None = None
    """Search in windows of this many days, newest first, filling `{since}` and `{until}` (sites whose
    search stops after a page limit: the window keeps each walk under it). The windows cover
    --since..--until; without --since they go back a year (`discover.listing.MAX_DAYS`) from --until or
    today, and --max or --max-pages end the walk sooner."""


@dataclass(frozen=True)
class SiteProfile:
    name: str
    """Shown in the record's `site` field, e.g. "bisnis.com"."""
    domains: tuple[str, ...]
    """Host names it serves; subdomains match too ("bisnis.com" matches "ekonomi.bisnis.com")."""
    body: str
    """The element that holds the article's paragraphs."""
    home: str | None = None
    """The site's home when it is an edition under a path of a shared host (theconversation.com/id): where
    `toolkit health` starts, read as the profile's index when that is the same page. None: the host's root."""
    fingerprint: tuple[str, ...] = ()
    """Selectors that together identify the site's template on any host (mirrors, saved pages)."""
    title: str | None = None
    lead: str | None = None
    """A standfirst shown above the body; it opens `text` when the body does not repeat it."""
    drop: tuple[str, ...] = ()
    """Elements inside the body that are not the article (promos, "Baca juga" boxes, ads)."""
    drop_phrases: tuple[str, ...] = ()
    """Paragraphs starting with one of these (case-insensitive) are not the article."""
    body_end: str | None = None
    """An element inside the body after which nothing is the article (cnnindonesia's end-of-article)."""
    credits: str | None = None
    """Elements holding "Penulis : X" / "Editor : Y" lines ("Reporter: X | Editor: Y" too)."""
    authors: str | None = None
    """Elements (or a <meta>) holding just the authors' names."""
    editor_initials: tuple[tuple[str, str], ...] = ()
    """The initials that close the site's articles ("... pasar. (ant/fik)") and the editors they stand for:
    (("fik", "Fikri Ramadhan"),). Initials are never text; those listed here become `editors`."""
    published: str | None = None
    """A visible date element; read in `timezone` when it names none."""
    published_meta: str | None = None
    """A <meta name=...> or <meta property=...> holding the publication time."""
    timezone: timedelta = WIB
    image: str | None = None
    image_caption: str | None = None
    tags: str | None = None
    """Tag links, or a <meta> whose content lists them comma-separated."""
    section: str | None = None
    dateline: str | None = None
    """A regular expression for the dateline that opens the first paragraph."""
    pager: str | None = None
    """The element holding links to the article's other pages."""
    page_param: str = "page"
    paywall: tuple[str, ...] = ()
    """Wall boxes; visible inside or right after the body, they mean the reader sees a teaser."""
    premium_hosts: tuple[str, ...] = ()
    """Hosts whose articles are all premium."""
    premium_markers: tuple[str, ...] = ()
    """Elements that mark an article as premium whether or not the reader is let in (a badge)."""
    all_pages: tuple[str, str] | None = None
    """A query parameter and value that show the whole article on one page (kompas: ("page", "all"))."""
    login_username: str | None = None
    login_password: str | None = None
    login_submit: str | None = None
    """The login form's fields, when the generic finder (visible form with a password field) is not enough."""
    delay: float = 0.0
    """Seconds between two page loads on the same host: politeness a site asks for."""
    language: str | None = None
    # Discovery (toolkit.discover): where the site lists its articles and what an article URL looks like.
    article_url: str | None = None
    """A regular expression every article URL matches, searched in its path and query (`^/read/...`: the host
    is the profile's by then); others are not articles."""
    not_article: tuple[str, ...] = ()
    """Regular expressions searched in the full URL: never articles here (video hosts, galleries)."""
    sitemaps: tuple[str, ...] = ()
    """Sitemaps read beside those robots.txt names (news sitemaps it does not list)."""
    feeds: tuple[str, ...] = ()
    index: ListingPage | None = None
    """The index ("indeks") by date: read for each day of --since..--until (today without them)."""
    search: ListingPage | None = None
    """The site's search: read instead of the other sources when --query is given."""
    search_note: str | None = None
    """Why --query on this site filters its sitemaps and feeds instead of searching (shown in the summary)."""
    groups: tuple[str, ...] = ()
    """Groups that name the site as SOURCE (`@id` is every profile whose language is "id", and these)."""
    facts: str = ""
    """Where the profile's facts come from and when ("public scrapers, 2026-08; unverified here")."""

    def home_page(self) -> str:
        return self.home or f"https://{self.domains[0]}/"

    def serves(self, host: str) -> bool:
        host = host.lower().split(":")[0]
        return any(host == d or host.endswith("." + d) for d in self.domains)
