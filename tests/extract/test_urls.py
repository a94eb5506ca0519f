"""Page-supplied URLs are data: one bad href costs that link, never the page (issue 9, kind 2)."""

from __future__ import annotations

import pytest

from toolkit.extract import extract_page, urls
from toolkit.extract.dom import parse
from toolkit.extract.pagination import page_links

BAD = ["https://[ccpa-preferences]", "http://host:99999/x", "http://[::1/", "http://a:b:c/", "//[oops]/p"]
BODY = "".join(f"<p>Kalimat {n} tentang pembangunan jembatan desa yang ditunggu warga selama bertahun-tahun.</p>"
               for n in range(6))  # fmt: skip


@pytest.mark.parametrize("href", BAD)
def test_the_helpers_answer_instead_of_raising(href: str) -> None:
    assert urls.join("https://berita.example.test/a", href) is None
    assert urls.split(href) is None
    assert urls.host(href) == ""
    assert urls.web_url(href) is None


def test_the_helpers_still_resolve_good_links() -> None:
    assert urls.join("https://berita.example.test/a/b", "../c?page=2") == "https://berita.example.test/c?page=2"
    assert urls.host("https://Berita.Example.test:8443/x") == "berita.example.test"
    assert urls.web_url(" https://berita.example.test/a ") == "https://berita.example.test/a"
    assert urls.web_url("file:///tmp/a.html") is None
    assert urls.web_url("https://berita.example.test/a b") is None


def test_bad_links_in_a_pager_cost_only_themselves() -> None:
    html = (
        "<html><body><article><h1>Jembatan</h1>" + BODY + "</article><div class='pagination'>"
        "<a href='https://[ccpa-preferences]'>2</a><a href='?page=2'>2</a><a href='http://x:99999/?page=3'>3</a>"
        "</div><a href='https://[ccpa-preferences]' rel='next'>Selanjutnya</a></body></html>"
    )
    found = page_links(parse(html), "https://berita.example.test/a", None)
    assert found == {1: "https://berita.example.test/a", 2: "https://berita.example.test/a?page=2"}


@pytest.mark.parametrize("page_url", ["https://berita.example.test/a", "https://[ccpa-preferences]/a", "not a url"])
def test_hostile_urls_everywhere_still_give_the_article(page_url: str) -> None:
    html = (
        "<html lang='id'><head><title>Jembatan</title>"
        "<link rel='canonical' href='https://[ccpa-preferences]'>"
        "<meta property='og:image' content='http://[bad-image/x.png'>"
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "image": {"url": "https://[x"}}</script>'
        "</head><body><article><h1>Jembatan</h1><figure><img src='http://[::1/a.png'><figcaption>Foto</figcaption>"
        "</figure>" + BODY + "<div class='paging'><a href='https://[ccpa-preferences]'>2</a></div>"
        "<a href='https://[ccpa-preferences]'>Do Not Sell My Info</a></article></body></html>"
    )
    content = extract_page(html, page_url)
    assert content.paragraphs[0].startswith("Kalimat 0 tentang pembangunan")
    assert content.meta.image is None  # the only image URLs on offer were broken
    assert content.pages == {}
