"""Every site profile on a page of its template: the article alone, the right metadata.

The pages are small and written here after ../shared/sites/indonesian-news.md (selectors and the
boilerplate each site puts inside its body); mediaindonesia is also checked on three real pages.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from toolkit.extract import extract_html
from toolkit.sites import FIRST, PROFILES

ARTICLE = [
    "Pemerintah menaikkan target produksi beras nasional menjadi 32 juta ton pada tahun depan.",
    "Menteri Pertanian mengatakan target itu realistis karena luas tanam bertambah di luar Jawa.",
    "Petani berharap harga pupuk tetap terjangkau agar target tersebut dapat dicapai.",
]


def page(head: str, body: str) -> str:
    return f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


P = [f"<p>{text}</p>" for text in ARTICLE]
CASES = {
    "kompas.com": ("https://nasional.kompas.com/read/2025/07/23/22210001/target-beras", page(
        "<title>Target Beras Naik - Kompas.com</title>",
        '<h1 class="read__title">Target Beras Naik</h1>'
        '<div class="read__time">Kompas.com - 23/07/2025, 22:21 WIB</div>'
        f'<div class="read__content"><p>KOMPAS.com - {ARTICLE[0]}</p><p><strong>Baca juga: Harga Cabai</strong></p>'
        f'<div class="ads-on-body">Iklan</div>{P[1]}<p class="inject-baca-juga">Baca juga: Lain</p>{P[2]}'
        "<p>Simak breaking news dan berita pilihan kami langsung di ponselmu.</p></div>")),
    "detik.com": ("https://news.detik.com/berita/d-7000001/target-beras", page(
        '<title>Target Beras Naik</title><meta name="dtk:publishdate" content="2025/07/29 07:05:00">'
        '<meta name="dtk:author" content="Andi Saputra">',
        '<h1 class="detail__title">Target Beras Naik</h1><div class="detail__body-text itp_bodycontent">'
        f'<p><strong>Jakarta</strong> - {ARTICLE[0]}</p><p class="para_caption">ADVERTISEMENT</p>'
        f'<p class="para_caption">SCROLL TO CONTINUE WITH CONTENT</p>{P[1]}'
        '<table class="linksisip"><tr><td>Baca juga: Harga Cabai</td></tr></table>'
        f"{P[2]}<p>Lihat juga Video 'Panen Raya di Karawang':</p><p>[Gambas:Video 20detik]</p></div>")),
    "cnnindonesia.com": ("https://www.cnnindonesia.com/ekonomi/20250729070500-92-1/target-beras", page(
        "<title>Target Beras Naik</title>",
        '<h1>Target Beras Naik</h1><div class="detail-text">'
        f"<p>Jakarta, CNN Indonesia -- {ARTICLE[0]}</p>{P[1]}"
        '<table class="linksisip"><tr><td>Lihat Juga : Harga Cabai</td></tr></table>'
        f'<p>ADVERTISEMENT</p><p>{ARTICLE[2]}</p><p>(agt/sfr)</p><p>[Gambas:Video CNN]</p>'
        '<div class="end-of-article"></div><p>Berita terkait lainnya</p></div>')),
    "tempo.co": ("https://www.tempo.co/ekonomi/target-beras-1", page(
        '<title>Target Beras Naik | tempo.co</title>'
        '<meta property="article:published_time" content="2025-07-29T07:05:00+07:00">',
        f'<h1>Target Beras Naik</h1><div class="detail-content"><p>TEMPO.CO, Jakarta - {ARTICLE[0]}</p>{P[1]}'
        f"<p>Pilihan Editor: Harga Cabai Turun</p>{P[2]}</div>")),
    "kontan.co.id": ("https://nasional.kontan.co.id/news/target-beras-naik", page(
        "<title>Target Beras Naik</title>",
        '<h1>Target Beras Naik</h1><div class="tmpt-desk-kon" itemprop="articleBody">'
        f"<p>Reporter: Siti Aminah | Editor: Budi Santoso</p><p>KONTAN.CO.ID - JAKARTA. {ARTICLE[0]}</p>"
        f"<p>Baca Juga: Harga Cabai Turun</p>{P[1]}{P[2]}"
        "<p>Cek Berita dan Artikel yang lain di Google News</p></div>")),
    "liputan6.com": ("https://www.liputan6.com/bisnis/read/6000001/target-beras", page(
        "<title>Target Beras Naik</title>",
        '<h1 class="read-page--header--title">Target Beras Naik</h1><div class="article-content-body">'
        f"<p>Liputan6.com, Jakarta - {ARTICLE[0]}</p><p>Advertisement</p>{P[1]}"
        f"<p>Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan cek.</p>{P[2]}"
        "<p>Disclaimer: Setiap keputusan investasi ada di tangan pembaca.</p></div>")),
    "katadata.co.id": ("https://katadata.co.id/berita/target-beras", page(
        "<title>Target Beras Naik</title>",
        '<h1>Target Beras Naik</h1><div class="detail-main">'
        f'<div class="ai-summary-box">Ringkasan: target beras naik.</div>{P[0]}'
        f'<div class="widget-baca-juga-list">Baca juga: Harga Cabai</div>{P[1]}{P[2]}</div>')),
    "bisnis.com": ("https://ekonomi.bisnis.com/read/20250729/9/1900001/target-beras-naik", page(
        '<title>Target Beras Naik | Bisnis.com</title><meta name="publishdate" content="2025/07/29 18:27:00">',
        '<div class="detailsTitle"><h1 class="detailsTitleCaption">Target Beras Naik</h1></div>'
        '<div class="detailsAttributeDates">Selasa, 29 Juli 2025 | 18:27</div><article class="detailsContent">'
        f'<p>Bisnis.com, JAKARTA — {ARTICLE[0]}</p><div class="baca-juga-box">Baca Juga : Harga Cabai</div>'
        f'{P[1]}<div class="billboard">ADVERTISEMENT</div>{P[2]}</article>'
        '<div class="detailsAuthor"><div class="detailsAuthorItem">Penulis : Rendi Mahendra</div>'
        '<div class="detailsAuthorItem">Editor : Rendi Mahendra</div></div>'
        '<aside><div class="sidebarPremium">Konten Premium Silakan login untuk menikmati artikel Konten Premium.</div>'
        "</aside>")),
}  # fmt: skip
EXPECTED = {
    "kompas.com": {"published": "2025-07-23T22:21:00+07:00"},
    "detik.com": {"published": "2025-07-29T07:05:00+07:00", "authors": ["Andi Saputra"]},
    "tempo.co": {"published": "2025-07-29T07:05:00+07:00"},
    "kontan.co.id": {"authors": ["Siti Aminah"], "editors": ["Budi Santoso"]},
    "bisnis.com": {"published": "2025-07-29T18:27:00+07:00", "authors": ["Rendi Mahendra"],
                   "editors": ["Rendi Mahendra"], "access": "free"},
}  # fmt: skip


def test_every_first_profile_has_a_case() -> None:
    """The nine first sites' article selectors are checked here; the others' (facts from public scrapers,
    unverified) by the URL tests of tests/sites and by `toolkit health` on the live site."""
    first = {p.name for p in PROFILES[: len(FIRST)]}
    assert first - {"mediaindonesia.com"} == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_profile_gives_the_article_alone(name: str) -> None:
    url, markup = CASES[name]
    article = extract_html(markup, url)
    assert article.site == name
    assert article.title == "Target Beras Naik"
    assert article.text == "\n\n".join(ARTICLE)
    for field, value in EXPECTED.get(name, {}).items():
        assert getattr(article, field) == value, field


def test_a_profile_that_finds_nothing_falls_back_and_says_so() -> None:
    article = extract_html(page("<title>Lain</title>", "<main><h1>Lain</h1>" + "".join(P) + "</main>"),
                           "https://www.detik.com/x/berita-lain")  # fmt: skip
    assert article.site == "generic"
    assert article.text == "\n\n".join(ARTICLE)
    assert any("profile detik.com found no body" in note for note in article.notes)


GOLD = sorted(CORPUS.glob("indonesian/fundus_*.expected.json")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not GOLD, reason="../shared/corpus is absent")
@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.name.split(".")[0])
def test_mediaindonesia_real_pages(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["V1"]
    html = gold_path.with_name(gold_path.name.replace(".expected.json", ".html")).read_text(encoding="utf-8")
    article = extract_html(html, "https://mediaindonesia.com/ekonomi/1/x")
    assert article.site == "mediaindonesia.com"

    def fold(text: str) -> str:
        return re.sub(r"\W+", " ", text).strip().casefold()

    assert fold(article.title or "") == fold(gold["title"])  # the on-page headline keeps its ':' and '?'
    assert article.published == gold["publishing_date"].replace(" ", "T")
    assert "mediaindonesia.com developer" not in article.authors and article.authors
    assert article.tags == gold.get("topics", article.tags)
    for phrase in ("Baca juga", "Cek berita", "Editor :", "googletag", "Headline"):
        assert phrase not in article.text
    paragraphs = [p for s in gold["body"]["sections"] for p in s["paragraphs"]]
    if len(paragraphs) > 1:  # one gold page is a single run-on blob of fundus's; the others are paragraphs
        assert sum(p in article.text for p in paragraphs) == len(paragraphs)
