"""Discovery end to end against the demo site and a local site: real HTTP, real Chromium where rendered."""

from __future__ import annotations

import dataclasses
import gzip
import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.discover.conftest import LocalSite, urlset
from tests.proxy import recording_proxy
from toolkit import sites
from toolkit.browser.launch import user_agent
from toolkit.demo.articles import ARTICLES
from toolkit.demo.server import DemoSite
from toolkit.discover import DiscoverOptions, discover
from toolkit.sites.base import ListingPage, SiteProfile


def days(first: str, last: str) -> list[str]:
    """The demo's gold: its articles published from `first` to `last` (WIB), newest first."""
    chosen = [a for a in ARTICLES if first <= a.date[:10] <= last]
    return [a.path for a in sorted(chosen, key=lambda a: a.date, reverse=True)]


def paths(urls: list[str], base: str) -> list[str]:
    return [url.removeprefix(base) for url in urls]


def test_cli_prints_exactly_the_demo_articles_of_those_days(demo_site: DemoSite, tmp_path: Path) -> None:
    done = run_cli("discover", demo_site.base_url, "--since", "2025-08-04", "--until", "2025-08-14", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert paths(done.stdout.splitlines(), demo_site.base_url) == days("2025-08-04", "2025-08-14")
    assert "Discovery: 3 URLs kept" in done.stderr and "not an article" in done.stderr  # the summary, on stderr


def test_sitemap_index_with_gzip_children_and_the_counts(demo_site: DemoSite) -> None:
    result = discover([demo_site.base_url + "/sitemap.xml"])
    assert sorted(paths(result.urls, demo_site.base_url)) == sorted(a.path for a in ARTICLES)
    months = {a.date[:7] for a in ARTICLES}
    [stats] = result.stats
    assert stats.sitemaps == 1 + 1 + len(months)  # the index, the static pages, one gzip child per month
    assert stats.kept == len(ARTICLES) and stats.dropped == {"not an article": 6}
    assert stats.not_article == {"navigation page": 4, "static page": 2}
    assert stats.found == stats.kept + sum(stats.dropped.values())


def test_a_since_skips_the_child_sitemaps_older_than_it(demo_site: DemoSite) -> None:
    demo_site.server.requests.clear()
    discover([demo_site.base_url + "/sitemap.xml"], DiscoverOptions(since="2025-09-01"))
    read = [p for p in demo_site.server.requests if p.startswith("/sitemaps/articles-")]
    assert read == ["/sitemaps/articles-2025-09.xml.gz", "/sitemaps/articles-2025-10.xml.gz"]


def test_news_sitemap_gives_publication_times_and_titles(demo_site: DemoSite) -> None:
    result = discover([demo_site.base_url + "/sitemap-news.xml"])
    newest = sorted(ARTICLES, key=lambda a: a.date, reverse=True)[:3]
    assert [(f.url.removeprefix(demo_site.base_url), f.published, f.title) for f in result.found] == [
        (a.path, a.date.replace(" ", "T") + ":00+07:00", a.title) for a in newest
    ]


def test_feed_and_the_jsonl_output(demo_site: DemoSite, tmp_path: Path) -> None:
    out = tmp_path / "found.jsonl"
    done = run_cli("discover", demo_site.base_url + "/rss.xml", "--since", "2025-09-01", "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    chosen = sorted((a for a in ARTICLES if a.date >= "2025-09-01"), key=lambda a: a.date, reverse=True)
    assert [(r["url"], r["published"], r["title"], r["found_in"]) for r in rows] == [
        (demo_site.base_url + a.path, a.date.replace(" ", "T") + ":00+07:00", a.title, demo_site.base_url + "/rss.xml")
        for a in chosen]  # fmt: skip


def test_max_keeps_the_newest_and_says_how_many_it_cut(demo_site: DemoSite) -> None:
    result = discover([demo_site.base_url], DiscoverOptions(max_urls=2))
    assert paths(result.urls, demo_site.base_url) == days("2000-01-01", "2100-01-01")[:2]
    assert result.stats[0].dropped.get("over --max", 0) + result.stats[0].kept <= len(ARTICLES)


def test_dedup_drops_what_an_earlier_jsonl_or_csv_got(demo_site: DemoSite, tmp_path: Path) -> None:
    first, second, third = (demo_site.base_url + a.path for a in ARTICLES[:3])
    earlier = tmp_path / "earlier.jsonl"
    earlier.write_text(json.dumps({"url": first, "status": "ok"}) + "\n"
                       + json.dumps({"url": second, "status": "error"}) + "\n{cut off")  # fmt: skip
    table = tmp_path / "earlier.csv"
    table.write_text(f"url,final_url,status\nhttp://elsewhere.test/x,{third},ok\n")
    for file, gone in ((earlier, first), (table, third)):
        result = discover([demo_site.base_url + "/rss.xml"], DiscoverOptions(dedup=str(file)))
        assert gone not in result.urls and len(result.urls) == len(ARTICLES) - 1
        assert result.stats[0].dropped == {"seen before": 1}


def test_the_bisnis_profile_reads_the_demo_indeks_by_day(demo_site: DemoSite) -> None:
    demo_site.server.requests.clear()
    result = discover([demo_site.base_url],
                      DiscoverOptions(profile="bisnis.com", since="2025-07-29", until="2025-08-11"))  # fmt: skip
    bisnis = [a.path for a in ARTICLES if a.template == "bisnis" and "2025-07-29" <= a.date[:10] <= "2025-08-11"]
    assert sorted(paths(result.urls, demo_site.base_url)) == sorted(bisnis)
    indexes = [p for p in demo_site.server.requests if p.startswith("/index?")]
    assert len(indexes) == 14 and "date=2025-08-04&page=1" in " ".join(indexes)  # one page a day: each says "dari 1"
    assert result.stats[0].pages == 14
    assert result.stats[0].not_article.get("profile pattern", 0) > 0  # kabar's URLs are not bisnis articles


def test_the_bisnis_profile_search_unwraps_links_and_pages(demo_site: DemoSite) -> None:
    result = discover([demo_site.base_url], DiscoverOptions(profile="bisnis.com", query="harga"))
    gold = [a for a in ARTICLES if "harga" in (a.full_text() + a.title).lower()]
    assert len(gold) > 2  # two results a page: the search must page
    assert sorted(paths(result.urls, demo_site.base_url)) == sorted(a.path for a in gold if a.template == "bisnis")
    assert result.stats[0].pages >= 2 and result.stats[0].sitemaps == 0  # search instead of the other sources


INDEX_PROFILE = SiteProfile(
    name="indeks.test",
    domains=("indeks.test",),
    body="article",
    index=ListingPage(
        url="http://indeks.test/indeks?date={date}&page={page}",
        links="ul.list a",
        item="ul.list li",
        item_date="time",
        last_page="#last",
    ),
)


@pytest.fixture
def with_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sites, "PROFILES", (*sites.PROFILES, INDEX_PROFILE))


def test_indeks_pagination_stops_at_the_last_page_marker(local_site: LocalSite, with_profile: None) -> None:
    def indeks(query: dict[str, list[str]]) -> tuple[int, str, bytes]:
        page = int(query["page"][0])
        row = '<li><a href="/berita/{page}{n:03d}/kabar-hari-ini-{n}">x</a><time>2025-03-16 08:00</time></li>'
        links = "".join(row.format(page=page, n=n) for n in range(3))
        last = '<span id="last">halaman terakhir</span>' if page == 3 else ""  # page 4 and on would still answer
        return 200, "text/html", f'<html><ul class="list">{links}</ul>{last}</html>'.encode()

    local_site.routes["/indeks"] = indeks
    local_site.html("/", '<html lang="id"></html>')
    result = discover([local_site.base], DiscoverOptions(profile="indeks.test", since="2025-03-16", until="2025-03-16"))
    assert [h for h in local_site.hits if h.startswith("/indeks")] == [
        f"/indeks?date=2025-03-16&page={n}" for n in (1, 2, 3)
    ]
    assert len(result.urls) == 9 and result.stats[0].pages == 3


def test_utc_lastmod_lands_on_the_wib_day(local_site: LocalSite) -> None:
    local_site.robots("User-agent: *", f"Sitemap: {local_site.base}/sitemap.xml")
    local_site.xml(
        "/sitemap.xml",
        urlset(
            (f"{local_site.base}/berita/100001/dini-hari", "2025-03-15T19:00:00Z"),
            (f"{local_site.base}/berita/100002/malam-hari", "2025-03-15T16:00:00Z"),
        ),
    )
    # 19:00Z on the 15th is 02:00 WIB on the 16th; 16:00Z is 23:00 WIB on the 15th. A site with no profile
    # that says it is Indonesian (lang="id") keeps WIB days; one that does not keeps UTC days.
    expected = {("id", "15"): ["malam-hari"], ("id", "16"): ["dini-hari"],
                ("en", "15"): ["dini-hari", "malam-hari"], ("en", "16"): []}  # fmt: skip
    for (lang, day), slugs in expected.items():
        local_site.html("/", f'<html lang="{lang}"><title>Berita</title></html>')
        result = discover([local_site.base], DiscoverOptions(since=f"2025-03-{day}", until=f"2025-03-{day}"))
        assert [u.rsplit("/", 1)[1] for u in result.urls] == slugs, (lang, day)
        assert result.stats[0].dropped.get("out of range", 0) == 2 - len(slugs)
        if lang == "id" and day == "16":
            assert result.found[0].published == "2025-03-16T02:00:00+07:00"


def test_malformed_sitemap_warns_and_the_others_go_on(local_site: LocalSite) -> None:
    local_site.robots(f"Sitemap: {local_site.base}/broken.xml", f"Sitemap: {local_site.base}/good.xml",
                      f"Sitemap: {local_site.base}/missing.xml")  # fmt: skip
    local_site.xml("/broken.xml", "<urlset><url><loc>oops</loc></url><url><lo")
    local_site.xml("/good.xml", urlset((f"{local_site.base}/berita/200001/kabar-baik-hari-ini", None)))
    local_site.html("/", "<html></html>")
    result = discover([local_site.base])
    [stats] = result.stats
    assert result.urls == [f"{local_site.base}/berita/200001/kabar-baik-hari-ini"]
    assert any("broken.xml: not well-formed XML" in w for w in stats.warnings)
    assert any("missing.xml: HTTP 404" in w for w in stats.warnings)


def test_an_endless_pager_is_bounded_and_a_repeated_page_ends(local_site: LocalSite) -> None:
    def endless(query: dict[str, list[str]]) -> tuple[int, str, bytes]:
        page = int(query.get("page", ["1"])[0])
        links = "".join(f'<a href="/berita/{page}{n:04d}/kabar-ke-{n}-hari-ini">x</a>' for n in range(2))
        return 200, "text/html", f'<html>{links}<a rel="next" href="/endless?page={page + 1}">»</a></html>'.encode()

    def same(query: dict[str, list[str]]) -> tuple[int, str, bytes]:
        page = int(query.get("page", ["1"])[0])
        return (
            200,
            "text/html",
            f'<html><a href="/berita/77777/sama-saja-terus">x</a><a href="/same?page={page + 1}">Selanjutnya</a>'
            "</html>".encode(),
        )

    local_site.routes["/endless"] = endless
    local_site.routes["/same"] = same
    result = discover([local_site.base + "/endless"], DiscoverOptions(max_pages=5))
    assert result.stats[0].pages == 4 and len(result.urls) == 8  # the home page (for the zone) was the 5th
    assert any("stopped after 5 pages" in w for w in result.stats[0].warnings)
    result = discover([local_site.base + "/same"])
    assert result.stats[0].pages == 2 and len(result.urls) == 1


def test_robots_txt_refusal_is_a_warning_and_nothing_is_fetched(local_site: LocalSite, with_profile: None) -> None:
    local_site.robots("User-agent: *", "Disallow: /indeks")
    local_site.html("/", '<html lang="id"></html>')
    result = discover([local_site.base], DiscoverOptions(profile="indeks.test", since="2025-03-16", until="2025-03-16"))
    assert not any(h.startswith("/indeks") for h in local_site.hits)
    assert any("robots.txt: Disallow: /indeks" in w for w in result.stats[0].warnings)


def test_a_listing_built_by_script_is_rendered_when_the_profile_says_so(
    local_site: LocalSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = ("<script>setTimeout(() => { document.querySelector('ul.list').innerHTML = "
              "'<li><a href=\"/berita/300001/dibuat-oleh-skrip\">x</a></li>'; }, 200);</script>")  # fmt: skip
    local_site.html("/indeks", f'<html lang="id"><body><ul class="list"></ul>{script}</body></html>')
    local_site.html("/", '<html lang="id"></html>')
    known = sites.PROFILES
    for render in (False, True):
        profile = dataclasses.replace(INDEX_PROFILE, index=dataclasses.replace(INDEX_PROFILE.index, render=render))
        monkeypatch.setattr(sites, "PROFILES", (*known, profile))
        result = discover([local_site.base], DiscoverOptions(profile="indeks.test", since="2025-03-16",
                                                             until="2025-03-16"))  # fmt: skip
        assert result.urls == ([f"{local_site.base}/berita/300001/dibuat-oleh-skrip"] if render else [])


def test_gzip_sitemap_served_as_a_download(local_site: LocalSite) -> None:
    body = gzip.compress(urlset((f"{local_site.base}/2025/03/16/kabar/satu-dua-tiga", None)).encode())
    local_site.xml("/s.xml.gz", body, kind="application/octet-stream")
    result = discover([local_site.base + "/s.xml.gz"], DiscoverOptions(since="2025-03-16", until="2025-03-16"))
    assert result.urls == [f"{local_site.base}/2025/03/16/kabar/satu-dua-tiga"]


def test_scrape_discover_scrapes_what_discovery_kept(demo_site: DemoSite, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    done = run_cli("scrape", "--discover", demo_site.base_url + "/rss.xml", "--since", "2025-09-18", "--until",
                   "2025-10-02", "-o", str(out), cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["url"].removeprefix(demo_site.base_url) for r in records) == sorted(
        days("2025-09-18", "2025-10-02")
    )
    assert all(r["status"] == "ok" for r in records)


def test_bad_usage_exits_2(demo_site: DemoSite, tmp_path: Path) -> None:
    assert run_cli("discover", demo_site.base_url, "--since", "last week", cwd=tmp_path).returncode == 2
    assert run_cli("discover", demo_site.base_url, "--profile", "nope.test", cwd=tmp_path).returncode == 2
    backwards = run_cli("discover", demo_site.base_url, "--since", "2025-08-02", "--until", "2025-08-01", cwd=tmp_path)
    assert backwards.returncode == 2 and "is after --until" in backwards.stderr
    assert run_cli("scrape", demo_site.url(1001), "--since", "2025-01-01", cwd=tmp_path).returncode == 2


def test_every_request_goes_through_the_proxy_with_its_credentials(local_site: LocalSite, tmp_path: Path) -> None:
    """news.test resolves nowhere: only the proxy, which sends it to the local site, can answer. Each request
    carries the session's cookies that a browser would send there, and Chromium's User-Agent."""
    session = tmp_path / "session.json"
    cookie = {"path": "/", "expires": -1, "httpOnly": True, "secure": False, "sameSite": "Lax"}
    session.write_text(json.dumps({"cookies": [
        {**cookie, "name": "sid", "value": "pembaca-42", "domain": "news.test"},
        {**cookie, "name": "wide", "value": "semua", "domain": ".news.test"},
        {**cookie, "name": "other", "value": "bukan-di-sini", "domain": "other.test"},
        {**cookie, "name": "tls", "value": "hanya-https", "domain": "news.test", "secure": True},
        {**cookie, "name": "deep", "value": "hanya-berita", "domain": "news.test", "path": "/berita"},
        {**cookie, "name": "old", "value": "kedaluwarsa", "domain": "news.test", "expires": 1_000_000},
    ], "origins": []}))  # fmt: skip
    local_site.robots("User-agent: *", "Sitemap: http://news.test/sitemap.xml")
    local_site.xml("/sitemap.xml", urlset(("http://news.test/berita/400001/lewat-proksi-saja", None)))
    local_site.html("/", '<html lang="id"></html>')
    with recording_proxy(int(local_site.base.rsplit(":", 1)[1])) as proxy:
        result = discover(["http://news.test/"], DiscoverOptions(proxy=proxy.url, session=str(session)))
    assert result.urls == ["http://news.test/berita/400001/lewat-proksi-saja"], result.stats[0].warnings
    for path in ("/robots.txt", "/sitemap.xml", "/"):
        [seen] = proxy.forwarded(path)
        assert seen.target == f"http://news.test{path}"
        assert seen.headers["cookie"] == "sid=pembaca-42; wide=semua"
        assert seen.headers["user-agent"] == user_agent(None)
    assert {"/robots.txt", "/sitemap.xml", "/"} <= set(local_site.hits)
    assert all(s.target.startswith("http://news.test/") for s in proxy.seen)


def test_an_index_page_as_source_is_followed_by_its_next_links(demo_site: DemoSite) -> None:
    result = discover([demo_site.base_url + "/index?categoryId=0&type=indeks"])
    [stats] = result.stats
    assert stats.pages == -(-len(ARTICLES) // 2)  # two a page, rel=next to the last
    assert sorted(paths(result.urls, demo_site.base_url)) == sorted(a.path for a in ARTICLES)
    assert stats.not_article.get("navigation page", 0) > 0  # the sidebar's tag link on every page
