"""Access evidence and pagination on small pages made for the purpose (no browser needed)."""

from toolkit.extract import extract_html, extract_page
from toolkit.extract.pagination import same_article

BISNIS = """<html lang="id"><head><title>{title}</title></head><body>
<h1 class="detailsTitleCaption">Judul Berita</h1>
<div class="main"><article class="detailsContent"><p>Paragraf pertama yang cukup panjang untuk artikel.</p>
{inside}</article>{after}<div class="detailsPaging">{pager}</div></div>
<aside class="sidebar">
<div class="paywall">Konten Premium. Silakan login untuk menikmati artikel Konten Premium.</div></aside>
</body></html>"""


def page(inside: str = "", after: str = "", pager: str = "", title: str = "Judul") -> str:
    return BISNIS.format(inside=inside, after=after, pager=pager, title=title)


URL = "https://ekonomi.bisnis.com/read/20250101/9/1/judul"


def test_promo_in_sidebar_is_not_a_wall() -> None:
    article = extract_html(page(), URL)
    assert article.access == "free" and article.access_evidence == []
    assert "Konten Premium" not in article.text


def test_wall_inside_or_right_after_the_body_is() -> None:
    wall = '<div class="paywall">Konten Premium. Silakan login.</div>'
    inside = extract_html(page(inside=wall), URL)
    after = extract_html(page(after=wall), URL)
    assert inside.access == after.access == "paywalled"
    assert "inside the article" in inside.access_evidence[0]
    assert "right after the article" in after.access_evidence[0]
    assert "Silakan" not in inside.text


def test_hidden_wall_is_not_evidence() -> None:
    article = extract_html(page(inside='<div class="paywall" data-tk-hidden>Konten Premium</div>'), URL)
    assert article.access == "free"


def test_json_ld_locked_part() -> None:
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Judul Berita",'
          '"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,'
          '"cssSelector":".locked"}}</script>')  # fmt: skip
    hidden = extract_html(page(inside=ld + '<div class="locked" data-tk-hidden><p>Rahasia.</p></div>'), URL)
    assert hidden.access == "paywalled"
    assert "Rahasia" not in hidden.text
    shown = extract_html(page(inside=ld + '<div class="locked"><p>Bagian terkunci terbaca.</p></div>'), URL)
    assert shown.access == "unlocked"
    assert "Bagian terkunci terbaca." in shown.text


def test_pager_links_of_the_same_article_only() -> None:
    pager = ('<a href="?page=1">1</a><a href="?page=2">2</a><a href="?page=3">3</a>'
             '<a href="/read/20250101/9/2/lain?page=2">lain</a>')  # fmt: skip
    content = extract_page(page(pager=pager), URL)
    assert content.pages == {1: URL, 2: URL + "?page=2", 3: URL + "?page=3"}


def test_same_article_rule() -> None:
    assert same_article(URL, URL + "?page=2", ("page",))
    assert not same_article(URL, URL.replace("/1/judul", "/2/lain") + "?page=2", ("page",))
    assert not same_article(URL, URL + "?page=x", ("page",))
    assert not same_article(URL + "?id=1", URL + "?id=2&page=2", ("page",))
