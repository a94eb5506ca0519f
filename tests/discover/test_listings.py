"""Each listing mechanism a profile can declare, against a local server that answers only well-formed
requests (right method, content type, body, page numbering and query encoding; anything else is a 400):
more than one page of results, then the page that ends it."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from http.server import BaseHTTPRequestHandler

import pytest

from tests.discover.strict import Answer, Asked, StrictSite, as_json, html
from tests.proxy import recording_proxy, serving
from toolkit import sites
from toolkit.discover import DiscoverOptions, DiscoverResult, discover
from toolkit.discover.listing import windows
from toolkit.discover.request import ListingError, build
from toolkit.sites.base import ListingPage, SiteProfile

QUERY = "harga beras"


def article(page: int, n: int) -> str:
    return f"/berita/{page}{n:04d}/harga-beras-naik-{n}"


def results(page: int, host: str = "", count: int = 3) -> str:
    """A page of search results: `count` article links in a list, and a link that is no result."""
    rows = "".join(f'<li><div class="text"><a href="{host}{article(page, n)}">Harga beras {n}</a></div></li>'
                   for n in range(count))  # fmt: skip
    return f'<ul class="list-3">{rows}</ul><a href="/tentang">Tentang</a>'


def urls(base: str, *pages: int, count: int = 3) -> list[str]:
    return sorted(f"{base}{article(page, n)}" for page in pages for n in range(count))


@contextmanager
def profile_for(monkeypatch: pytest.MonkeyPatch, listing: ListingPage, domain: str = "strict.test") -> Iterator[None]:
    profile = SiteProfile(name=domain, domains=(domain,), body="article", language="id", search=listing)
    with monkeypatch.context() as patch:
        patch.setattr(sites, "PROFILES", (*sites.PROFILES, profile))
        yield


def search(site: StrictSite, monkeypatch: pytest.MonkeyPatch, listing: ListingPage, query: str = QUERY,
           **options: object) -> DiscoverResult:  # fmt: skip
    """Discover `site` with `listing` as the profile's search (the template's host is the local site's)."""
    with profile_for(monkeypatch, listing):
        return discover([site.base], DiscoverOptions(profile="strict.test", query=query, **options))  # type: ignore[arg-type]


def proxied(
    site: StrictSite, monkeypatch: pytest.MonkeyPatch, listing: ListingPage
) -> tuple[DiscoverResult, list[str]]:
    """Discover http://news.test/ (no DNS) through an authenticating proxy that sends every host to `site`;
    also the methods and paths the proxy forwarded with its credentials."""
    port = int(site.base.rsplit(":", 1)[1])
    listing = dataclasses.replace(listing, url=listing.url.replace("strict.test", "news.test"))
    with profile_for(monkeypatch, listing, "news.test"), recording_proxy(port) as proxy:
        result = discover(["http://news.test/"], DiscoverOptions(query=QUERY, proxy=proxy.url))
    forwarded = [f"{s.method} {s.target}" for s in proxy.seen if proxy.authorised(s.headers)]
    return result, forwarded


# POST form (mediaindonesia): q, and next=page-1 from page 2 on; page 1 sends no `next` at all.
FORM = ListingPage(url="http://strict.test/search", method="POST", form=(("q", "{query}"), ("next", "{page?}")),
                   first_page=0, links="ul.list-3 div.text a[href]")  # fmt: skip


def form_search(asked: Asked) -> Answer | None:
    form = asked.form()
    if form is None or form.pop("q") != [QUERY] or set(form) - {"next"}:
        return None
    sent = form.get("next")
    if sent is not None and (len(sent) != 1 or not sent[0].isdigit() or sent[0] == "0"):
        return None  # the site numbers `next` from 1 (page 2); page 1 has none
    page = int(sent[0]) + 1 if sent else 1
    return html(results(page) if page <= 2 else "<p>Tidak ada hasil</p>")


@pytest.mark.parametrize("through_proxy", [False, True], ids=["direct", "proxy"])
def test_form_post_pages_from_two_with_next(strict_site: StrictSite, monkeypatch: pytest.MonkeyPatch,
                                            through_proxy: bool) -> None:  # fmt: skip
    strict_site.routes["/search"] = form_search
    if through_proxy:
        result, forwarded = proxied(strict_site, monkeypatch, FORM)
        assert [f for f in forwarded if f.startswith("POST")] == ["POST http://news.test/search"] * 3
        base = "http://news.test"
    else:
        result, base = search(strict_site, monkeypatch, FORM), strict_site.base
    assert sorted(result.urls) == urls(base, 1, 2), result.stats[0].warnings
    posts = strict_site.on("/search")
    assert [a.body for a in posts] == [b"q=harga+beras", b"q=harga+beras&next=1", b"q=harga+beras&next=2"]
    assert result.stats[0].pages == 3 and result.stats[0].query_by == "search" and not result.stats[0].warnings


# POST JSON (tempo's Algolia, katadata): 0-based pages, a header, relative URLs joined to the site's home.
def json_listing(host: str) -> ListingPage:
    return ListingPage(
        url=f"http://api.{host}/1/indexes/articles/query",
        method="POST",
        json_body='{"query": "{query}", "hitsPerPage": 3, "page": {page}}',
        headers=(("Referer", "https://www.news.test/"), ("X-App-Id", "APP1")),
        first_page=0,
        json_items="hits",
        json_url="canonical_url",
        json_title="title",
        json_date="published_at",
        json_base=f"http://{host}/",
    )


def json_search(asked: Asked) -> Answer | None:
    body = asked.json()
    if asked.headers.get("referer") != "https://www.news.test/" or asked.headers.get("x-app-id") != "APP1":
        return None
    if not isinstance(body, dict) or set(body) != {"query", "hitsPerPage", "page"} or body["query"] != 'harga "beras"':
        return None
    page = body["page"]
    if type(page) is not int or page < 0:
        return None
    hits = [{"canonical_url": f"/ekonomi/harga-beras-naik-{page}{n:04d}", "title": f"Harga {n}",
             "published_at": 1_764_547_200 + n} for n in range(3)] if page < 2 else []  # fmt: skip
    return as_json({"hits": hits, "page": page})


@pytest.mark.parametrize("through_proxy", [False, True], ids=["direct", "proxy"])
def test_json_post_pages_from_zero_and_joins_relative_urls(strict_site: StrictSite, monkeypatch: pytest.MonkeyPatch,
                                                           through_proxy: bool) -> None:  # fmt: skip
    strict_site.routes["/1/indexes/articles/query"] = json_search
    host = "news.test" if through_proxy else "strict.test"
    listing = json_listing(host)
    if through_proxy:
        port = int(strict_site.base.rsplit(":", 1)[1])
        with profile_for(monkeypatch, listing, "news.test"), recording_proxy(port) as proxy:
            result = discover(["http://news.test/"], DiscoverOptions(query='harga "beras"', proxy=proxy.url))
        posts = proxy.forwarded("/1/indexes/articles/query", "POST")
        assert [p.target for p in posts] == ["http://api.news.test/1/indexes/articles/query"] * 3
    else:
        result = search(strict_site, monkeypatch, listing, query='harga "beras"')
    assert sorted(result.urls) == sorted(f"http://{host}/ekonomi/harga-beras-naik-{p}{n:04d}"
                                         for p in (0, 1) for n in range(3)), result.stats[0].warnings  # fmt: skip
    assert [json.loads(a.body)["page"] for a in strict_site.on("/1/indexes/articles/query")] == [0, 1, 2]
    first = next(f for f in result.found if f.url.endswith("-00000"))
    assert first.title == "Harga 0" and first.published == "2025-12-01T07:00:00+07:00"  # epoch, in WIB


def test_json_body_escapes_values_and_a_bad_template_is_one_error() -> None:
    listing = ListingPage(url="http://x.test/q", method="POST", json_body='{"q": "{query}", "page": {page}}')
    request = build(listing, None, 'a "b" \\ c', 1)
    assert json.loads(request.body or b"") == {"q": 'a "b" \\ c', "page": 1}
    assert dict(request.headers)["Content-Type"] == "application/json"
    doubled = ListingPage(url="http://x.test/q", method="POST", json_body='{{"q": "{query}"}}')  # str.format style
    assert json.loads(build(doubled, None, "beras", 1).body or b"") == {"q": "beras"}
    with pytest.raises(ListingError):
        build(ListingPage(url="http://x.test/q", method="POST", json_body='{"q": {query}}'), None, "beras", 1)


# GET JSON (WordPress REST): the list is the document itself; URL built from item fields; HTML in titles.
def test_json_items_and_a_url_template_of_fields(strict_site: StrictSite, monkeypatch: pytest.MonkeyPatch) -> None:
    def posts(asked: Asked) -> Answer | None:
        if asked.method != "GET" or asked.query.get("search") != [QUERY] or "harga+beras" not in asked.target:
            return None
        page = int(asked.query["page"][0])
        items = [{"id": f"{page}{n:04d}", "slug": f"harga-beras-{n}", "category": {"slug": "ekonomi"},
                  "title": {"rendered": f"Harga &amp; beras <b>{n}</b>"}} for n in range(2)]  # fmt: skip
        return as_json(items if page <= 2 else [])

    strict_site.routes["/wp-json/wp/v2/posts"] = posts
    listing = ListingPage(url="http://strict.test/wp-json/wp/v2/posts?search={query}&page={page}", json_items="",
                          json_url="/{category.slug}/{id}/{slug}", json_title="title")  # fmt: skip
    result = search(strict_site, monkeypatch, listing)
    assert sorted(result.urls) == sorted(f"{strict_site.base}/ekonomi/{p}{n:04d}/harga-beras-{n}"
                                         for p in (1, 2) for n in range(2))  # fmt: skip
    assert {f.title for f in result.found} == {"Harga & beras 0", "Harga & beras 1"}
    assert len(strict_site.on("/wp-json/wp/v2/posts")) == 3


def test_next_data_script_pages(strict_site: StrictSite, monkeypatch: pytest.MonkeyPatch) -> None:
    def page(asked: Asked) -> Answer | None:
        if asked.query.get("q") != [QUERY]:
            return None
        number = int(asked.query.get("page", ["1"])[0])
        articles = [{"url": article(number, n), "headline": f"Beras {n}"} for n in range(3)] if number <= 2 else []
        data = json.dumps({"props": {"pageProps": {"data": {"articles": articles}}}}).replace("</", "<\\/")
        return html(f'<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{data}</script>')

    strict_site.routes["/search"] = page
    listing = ListingPage(url="http://strict.test/search?q={query}&page={page}", json_script="script#__NEXT_DATA__",
                          json_items="props.pageProps.data.articles", json_title="headline")  # fmt: skip
    result = search(strict_site, monkeypatch, listing)
    assert sorted(result.urls) == urls(strict_site.base, 1, 2)
    assert len(strict_site.on("/search")) == 3


@pytest.mark.parametrize("body", ["not json {", '{"props": {}}', "[" * 200_000 + "]" * 200_000],
                         ids=["not-json", "path-missing", "nested-deep"])  # fmt: skip
def test_bad_json_is_one_warning(strict_site: StrictSite, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    strict_site.routes["/api"] = lambda asked: (200, "application/json", body.encode())
    listing = ListingPage(url="http://strict.test/api?q={query}&page={page}", json_items="props.pageProps.items")
    result = search(strict_site, monkeypatch, listing)
    [warning] = result.stats[0].warnings
    assert warning.startswith("search http") and ("not JSON" in warning or "no list there" in warning)
    assert result.urls == []


# Offsets (kontan's per_page), relative and protocol-relative links.
def test_offset_paging_with_relative_and_protocol_relative_links(strict_site: StrictSite,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    def offsets(asked: Asked) -> Answer | None:
        offset = asked.query["per_page"][0]
        if asked.query.get("search") != [QUERY] or int(offset) % 20:
            return None  # an offset in steps of 20, never a page number
        page = int(offset) // 20 + 1
        if page > 2:
            return html("")
        rows = f'<li><a href="{article(page, 1)}">relative</a></li>'
        rows += f'<li><a href="//investasi.strict.test{article(page, 2)}">protocol-relative</a></li>'
        return html(f'<div class="list-berita"><ul>{rows}</ul></div>')

    strict_site.routes["/search"] = offsets
    listing = ListingPage(url="http://strict.test/search?search={query}&per_page={page}", first_page=0, page_step=20,
                          links=".list-berita ul li a")  # fmt: skip
    result = search(strict_site, monkeypatch, listing)
    assert [a.query["per_page"] for a in strict_site.on("/search")] == [["0"], ["20"], ["40"]]
    assert sorted(result.urls) == sorted([f"{strict_site.base}{article(1, 1)}", f"{strict_site.base}{article(2, 1)}",
                                          f"http://investasi.strict.test{article(1, 2)}",
                                          f"http://investasi.strict.test{article(2, 2)}"])  # fmt: skip


# Path pagers and the three query encodings.
@pytest.mark.parametrize(("template", "first", "second"), [
    ("/tag/{slug}/{page?}", "/tag/harga-beras/", "/tag/harga-beras/2"),
    ("/cari/{query_pct}/{page}", "/cari/harga%20beras/1", "/cari/harga%20beras/2"),
    ("/search?q={query}&p={page}", "/search?q=harga+beras&p=1", "/search?q=harga+beras&p=2"),
], ids=["slug-path-pager", "percent", "plus"])  # fmt: skip
def test_path_pagers_and_query_encodings(strict_site: StrictSite, monkeypatch: pytest.MonkeyPatch, template: str,
                                         first: str, second: str) -> None:  # fmt: skip
    third = second[:-1] + "3"
    pages = {first: 1, second: 2, third: 3}

    def answer(asked: Asked) -> Answer | None:
        page = pages.get(asked.target)  # the raw target: a query spelt any other way is a 400
        return None if page is None else html(results(page) if page < 3 else "")

    for target in pages:
        strict_site.routes[target.split("?")[0]] = answer
    result = search(strict_site, monkeypatch, ListingPage(url="http://strict.test" + template, links="ul.list-3 a"))
    assert [a.target for a in strict_site.asked if a.path not in ("/", "/robots.txt")] == [first, second, third]
    assert sorted(result.urls) == urls(strict_site.base, 1, 2)


def test_redirect_links_are_unwrapped(strict_site: StrictSite, monkeypatch: pytest.MonkeyPatch) -> None:
    def page(asked: Asked) -> Answer | None:
        number = int(asked.query["page"][0])
        links = "".join(f'<a class="artLink" href="/link?url={strict_site.base}{article(number, n)}'.replace(":", "%3A")
                        + '&amp;src=search">x</a>' for n in range(2))  # fmt: skip
        return html(links if number <= 2 else "")

    strict_site.routes["/"] = lambda asked: page(asked) if "q" in asked.query else html("")
    listing = ListingPage(url="http://strict.test/?q={query}&page={page}", links="a.artLink", unwrap="url")
    result = search(strict_site, monkeypatch, listing)
    assert sorted(result.urls) == urls(strict_site.base, 1, 2, count=2)


def test_a_no_results_marker_ends_the_listing(strict_site: StrictSite, monkeypatch: pytest.MonkeyPatch) -> None:
    """Page 3 shows "Coba kata kunci lain" above popular articles in the same markup as results: they are
    not results, and page 4 is never asked for."""

    def page(asked: Asked) -> Answer | None:
        number = int(asked.query["page"][0])
        if number <= 2:
            return html(results(number))
        return html(f"<p>Pencarian tidak ditemukan. Coba kata kunci lain.</p>{results(90 + number)}")

    strict_site.routes["/search"] = page
    listing = ListingPage(url="http://strict.test/search?q={query}&page={page}", links="ul.list-3 a",
                          no_results=':contains("Coba kata kunci lain")')  # fmt: skip
    result = search(strict_site, monkeypatch, listing)
    assert sorted(result.urls) == urls(strict_site.base, 1, 2)
    assert len(strict_site.on("/search")) == 3


def test_page_limit_ends_an_endless_search(strict_site: StrictSite, monkeypatch: pytest.MonkeyPatch) -> None:
    strict_site.routes["/search"] = lambda asked: html(results(int(asked.query["page"][0])))
    listing = ListingPage(url="http://strict.test/search?q={query}&page={page}", links="ul.list-3 a", page_limit=3)
    result = search(strict_site, monkeypatch, listing)
    assert [a.query["page"] for a in strict_site.on("/search")] == [["1"], ["2"], ["3"]]
    assert sorted(result.urls) == urls(strict_site.base, 1, 2, 3)


def test_search_windows_newest_first_each_from_page_one(strict_site: StrictSite,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    def page(asked: Asked) -> Answer | None:
        since, until = (date.fromisoformat(asked.query[k][0]) for k in ("start_date", "end_date"))
        number = int(asked.query["page"][0])
        if (until - since).days > 6 or since > until:
            return None
        hits = [f'<a class="r" href="/{since:%Y/%m/%d}/berita/harga-beras-{number}-{n}">x</a>' for n in range(2)]
        return html("".join(hits) if number <= 2 else "")

    strict_site.routes["/search"] = page
    listing = ListingPage(url="http://strict.test/search?q={query}&start_date={since}&end_date={until}&page={page}",
                          links="a.r", window_days=7)  # fmt: skip
    result = search(strict_site, monkeypatch, listing, since="2026-11-01", until="2026-11-20")
    asked = [(a.query["start_date"][0], a.query["end_date"][0], a.query["page"][0]) for a in strict_site.on("/search")]
    windows_seen = list(dict.fromkeys((s, u) for s, u, _ in asked))
    assert windows_seen == [("2026-11-14", "2026-11-20"), ("2026-11-07", "2026-11-13"), ("2026-11-01", "2026-11-06")]
    assert [p for _, _, p in asked] == ["1", "2", "3"] * 3
    assert len(result.urls) == 3 * 2 * 2


def test_windows_without_since_go_back_a_year_from_today() -> None:
    today = date(2026, 12, 6)
    got = list(windows(None, None, today, 7))
    assert got[0] == (date(2026, 11, 30), today) and got[-1][0] == date(2025, 12, 6)
    assert sum((u - s).days + 1 for s, u in got) == 366
    assert list(windows(date(2026, 12, 1), date(2026, 12, 3), today, 7)) == [(date(2026, 12, 1), date(2026, 12, 3))]


def test_a_rendered_tag_page(strict_site: StrictSite, monkeypatch: pytest.MonkeyPatch) -> None:
    """liputan6's tag page: its list is built by script, so it is loaded in Chromium; one page."""
    script = ("<script>setTimeout(() => { document.querySelector('#list').innerHTML = "
              f"'<article class=\"item\"><a href=\"{article(1, 7)}\">x</a></article>'; }}, 150);</script>")  # fmt: skip
    strict_site.routes["/tag/harga-beras"] = lambda asked: html(f'<div id="list"></div>{script}')
    listing = ListingPage(url="http://strict.test/tag/{slug}", links="article.item a[href]", render=True)
    result = search(strict_site, monkeypatch, listing, now=datetime(2026, 12, 6, tzinfo=timezone.utc))  # noqa: UP017
    assert result.urls == [f"{strict_site.base}{article(1, 7)}"]


def test_an_index_walked_in_each_category(strict_site: StrictSite, monkeypatch: pytest.MonkeyPatch) -> None:
    """detik's index on three hosts: each day in each category, the date month first."""

    def page(asked: Asked) -> Answer | None:
        if asked.query.get("date") != ["11/03/2026"] or asked.query["kanal"][0] not in ("news", "finance"):
            return None
        number, kanal = int(asked.query["page"][0]), asked.query["kanal"][0]
        links = "".join(f'<article><a href="/{kanal}/d-{number}{n:04d}/harga-beras">x</a></article>' for n in range(2))
        return html(links if number <= 2 else "")

    strict_site.routes["/indeks"] = page
    listing = ListingPage(url="http://strict.test/indeks?kanal={category}&date={date}&page={page}",
                          date_format="%m/%d/%Y", links="article a[href]", categories=("news", "finance"))  # fmt: skip
    profile = SiteProfile(name="strict.test", domains=("strict.test",), body="article", language="id", index=listing)
    monkeypatch.setattr(sites, "PROFILES", (*sites.PROFILES, profile))
    result = discover([strict_site.base], DiscoverOptions(profile="strict.test", since="2026-11-03",
                                                          until="2026-11-03"))  # fmt: skip
    asked = [(a.query["kanal"][0], a.query["page"][0]) for a in strict_site.on("/indeks")]
    assert asked == [("news", "1"), ("news", "2"), ("news", "3"), ("finance", "1"), ("finance", "2"), ("finance", "3")]
    assert len(result.urls) == 2 * 2 * 2 and all("/d-" in u for u in result.urls)


class _SlowSitemap(BaseHTTPRequestHandler):
    """robots.txt names a sitemap whose body trickles past the time limit; the index answers at once."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/robots.txt":
            body = f"Sitemap: http://{self.headers['Host']}/slow.xml\n".encode()
        elif self.path.startswith("/indeks"):
            body = b'<html><body><article><a href="/berita/100001/harga-beras-naik">x</a></article></body></html>'
        elif self.path == "/slow.xml":
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.end_headers()
            for _ in range(8):
                time.sleep(0.5)
                with contextlib.suppress(OSError):
                    self.wfile.write(b" ")
            return
        else:
            body = b'<html lang="id"></html>'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_a_slow_body_is_not_a_dead_host(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sitemap that trickles past the limit is a warning; the host that sent it is still asked for its index."""
    listing = ListingPage(url="http://strict.test/indeks?date={date}", links="article a[href]")
    profile = SiteProfile(name="strict.test", domains=("strict.test",), body="article", language="id", index=listing)
    monkeypatch.setattr(sites, "PROFILES", (*sites.PROFILES, profile))
    options = DiscoverOptions(profile="strict.test", timeout=2, since="2026-11-03", until="2026-11-03")
    with serving(_SlowSitemap) as port:
        result = discover([f"http://127.0.0.1:{port}"], options)
    assert result.urls == [f"http://127.0.0.1:{port}/berita/100001/harga-beras-naik"]
    assert any("no whole answer within 2 s" in w for w in result.stats[0].warnings)
