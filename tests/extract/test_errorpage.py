"""Error pages served as pages (a soft 404, a saved "Access denied") are never `ok` articles (issue 20, kind 1):
told by a title or headline that names an error, in the languages news sites use, and only when short.
Pages written here; the live and saved paths through the CLI are in `test_served.py`."""

from __future__ import annotations

import pytest

from toolkit.errors import NoArticle
from toolkit.extract import extract_html

URL = "https://news.example.test/2024/05/02/footbridge"
STORY = " ".join(
    f"Sentence {n}: the council said the footbridge would open in spring, and that tolls would not be charged."
    for n in range(12)
)


def _page(title: str, h1: str, text: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a>"
            f"</nav><main><h1>{h1}</h1><p>{text}</p></main></body></html>")  # fmt: skip


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        ("404 Not Found", "Not Found"),
        ("Page not found - The Courier", "Sorry, this page could not be found"),
        ("The Courier", "Error 404"),
        ("Halaman Tidak Ditemukan | Kabar Kota", "Maaf, halaman tidak ditemukan"),
        ("Seite nicht gefunden", "Diese Seite existiert nicht"),
        ("Page introuvable", "Erreur 404"),
        ("Página no encontrada", "Ups"),
        ("Access denied", "Access denied"),
        ("503 Service Unavailable", "Service Unavailable"),
    ],
)
def test_a_short_page_titled_as_an_error_is_no_article(title: str, h1: str) -> None:
    with pytest.raises(NoArticle, match="an error page"):
        extract_html(_page(title, h1, "The page you asked for does not exist or has moved. Go back home."), URL)


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        ("Council finds 404 unpaid fines", "Council finds 404 unpaid fines"),
        ("Missing hiker not found after three days of searching", "Missing hiker not found"),
        ("Footbridge opens | The Courier", "Footbridge opens"),
    ],
)
def test_an_article_whose_title_mentions_an_error_word_stays_an_article(title: str, h1: str) -> None:
    short = "The council said on Monday that it had found 404 fines nobody had paid, and would write to each."
    assert extract_html(_page(title, h1, short), URL).text == short


def test_a_long_article_under_an_error_like_headline_stays_an_article() -> None:
    assert extract_html(_page("Not Found", "Not Found", STORY), URL).text == STORY
