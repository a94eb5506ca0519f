"""Visibility is a signal, not a verdict (issue 9, kind 1): when the visible text holds no article, the
whole DOM is read, and the notes say so. The pages here carry the marks `browser/js/mark.js` would set."""

from __future__ import annotations

import json

from toolkit.extract import assemble, extract_page
from toolkit.extract.dom import HIDDEN

URL = "https://kabar.example.test/2025/jembatan"
SENTENCES = [f"Kalimat {n} tentang warga desa yang membangun jembatan bambu di atas sungai yang deras."
             for n in range(8)]  # fmt: skip
ARTICLE = "".join(f"<p>{s}</p>" for s in SENTENCES)


def page(body: str, head: str = "") -> str:
    return f"<html lang='id'><head><title>Jembatan Desa</title>{head}</head><body>{body}</body></html>"


def test_a_body_hidden_by_a_style_no_script_lifted_still_gives_its_article() -> None:
    # anti-flicker: opacity 0 on <html> makes every child of <body> invisible to mark.js
    html = page(f"<header {HIDDEN}=''>Kabar</header><article {HIDDEN}=''><h1>Jembatan Desa</h1>{ARTICLE}</article>")
    article = assemble([extract_page(html, URL)])
    assert article.text.split("\n\n") == SENTENCES
    assert any("no visible article: read the whole DOM" in n for n in article.notes)


def test_visible_furniture_does_not_hide_a_hidden_article() -> None:
    html = page(f"<nav><a href='/'>Beranda</a> <a href='/x'>Ekonomi</a></nav>"
                f"<main {HIDDEN}=''><article><h1>Jembatan Desa</h1>{ARTICLE}</article></main>")  # fmt: skip
    content = extract_page(html, URL)
    assert content.paragraphs == SENTENCES
    assert any("whole DOM" in n for n in content.notes)


def test_a_large_page_nearly_all_hidden_is_read_whole() -> None:
    long_article = ARTICLE * 3
    html = page(f"<p>Iklan</p><div {HIDDEN}=''><article><h1>Jembatan Desa</h1>{long_article}</article></div>")
    content = extract_page(html, URL)
    assert len(content.paragraphs) >= len(SENTENCES)
    assert any(n.startswith("nearly all of the page was hidden") for n in content.notes)


def test_a_visible_article_is_read_as_it_was_seen() -> None:
    hidden_menu = f"<div {HIDDEN}=''>" + "".join(f"<p>Menu tersembunyi {n} dengan banyak teks.</p>" for n in range(9))
    html = page(f"<article><h1>Jembatan Desa</h1>{ARTICLE}</article>{hidden_menu}</div>")
    content = extract_page(html, URL)
    assert content.paragraphs == SENTENCES
    assert content.notes == []


def test_a_paywalled_teaser_is_not_swapped_for_its_hidden_locked_part() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Jembatan Desa",
          "isAccessibleForFree": False,
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".locked"}}  # fmt: skip
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    teaser = "<p>Warga desa membangun jembatan.</p>"
    html = page(f"<article><h1>Jembatan Desa</h1>{teaser}<div class='locked' {HIDDEN}=''>{ARTICLE}</div>"
                "<div class='wall'>Berlangganan untuk membaca selengkapnya</div></article>", head)  # fmt: skip
    content = extract_page(html, URL)
    assert content.access == "paywalled"
    assert not any(s in " ".join(content.paragraphs) for s in SENTENCES)


def test_the_whole_dom_of_a_paywalled_page_keeps_its_locked_part_locked() -> None:
    ld = {"@type": "NewsArticle", "headline": "Jembatan Desa", "isAccessibleForFree": False,
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".locked"}}  # fmt: skip
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    teaser = "".join(f"<p>{s}</p>" for s in SENTENCES[:2])
    locked = "".join(f"<p>{s}</p>" for s in SENTENCES[2:])
    html = page(f"<article {HIDDEN}=''><h1>Jembatan Desa</h1>{teaser}<div class='locked' {HIDDEN}=''>{locked}</div>"
                "</article>", head)  # fmt: skip
    content = extract_page(html, URL)
    assert content.access == "paywalled"
    assert content.paragraphs == SENTENCES[:2]


def test_a_page_with_nothing_hidden_and_no_article_stays_empty() -> None:
    content = extract_page(page("<div></div>"), URL)
    assert content.paragraphs == [] and content.notes == []
