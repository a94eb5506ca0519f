from datetime import timedelta

from toolkit.extract.dom import parse
from toolkit.extract.metadata import people, read_metadata, strip_site_suffix

PAGE = """<html lang="id-ID"><head>
<title>Harga Emas Naik Lagi | Warta Contoh</title>
<meta property="og:title" content="Harga Emas Naik Lagi | Warta Contoh">
<meta property="og:site_name" content="Warta Contoh">
<meta property="og:image" content="/img/emas.jpg">
<meta name="author" content="wartacontoh.co.id developer">
<meta property="article:tag" content="Emas"><meta property="article:tag" content="Investasi">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Warta Contoh"},
 {"@type":"NewsArticle","headline":"Harga Emas Naik Lagi","datePublished":"2025-03-02 09:30",
  "author":[{"@type":"Person","name":"Rina Wulandari"},{"@type":"Organization","name":"Warta Contoh"}],
  "publisher":{"@type":"Organization","name":"Warta Contoh"}}]}</script>
</head><body><h1>Harga Emas Naik Lagi</h1>
<figure><img src="/img/emas.jpg"><figcaption>Emas batangan di sebuah toko.</figcaption></figure>
<p>Isi berita.</p></body></html>"""


def test_json_ld_graph_opengraph_and_meta_reconciled() -> None:
    meta = read_metadata(parse(PAGE), "https://wartacontoh.co.id/berita/1", offset=timedelta(hours=7))
    assert meta.title == "Harga Emas Naik Lagi"
    assert meta.authors == ["Rina Wulandari"]  # the Organization and the "developer" account are not people
    assert meta.published == "2025-03-02T09:30:00+07:00"  # zone-less: read as WIB
    assert meta.tags == ["Emas", "Investasi"]
    assert meta.image is not None and meta.image.url == "https://wartacontoh.co.id/img/emas.jpg"
    assert meta.image.caption == "Emas batangan di sebuah toko."
    assert meta.language == "id"


def test_people_filter() -> None:
    assert people(["mediaindonesia.com developer", "Redaksi", "Andhika", "Andhika", "Kompas"], "Kompas",
                  "https://kompas.com/a") == ["Andhika"]  # fmt: skip


def test_site_suffix() -> None:
    assert strip_site_suffix("Rupiah Menguat - Bisnis.com", "Bisnis.com") == "Rupiah Menguat"
    assert strip_site_suffix("Rupiah Menguat | Kabar") == "Rupiah Menguat"
    assert strip_site_suffix("Tanya-Jawab: Pajak Kendaraan") == "Tanya-Jawab: Pajak Kendaraan"


def test_byline_labels_and_brands() -> None:
    names = ["Byron Smith", "By Ana Lee", "Pewarta: Nur Imansyah", "Nur Imansyah", "Kompas Cyber Media"]
    assert people(names, None, "http://regional.kompas.com/read/x") == ["Byron Smith", "Ana Lee", "Nur Imansyah"]
