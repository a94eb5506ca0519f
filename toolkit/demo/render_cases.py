"""Demo pages that test rendering rather than extraction, under /uji/ (served by `demo/server.py`).

- /uji/arsip/N: an archive of pages, five server-rendered paragraphs and a sixth added by script
  150 ms after load.
- /uji/berita/N: the same page under a cookie-consent overlay that locks scrolling until its button is
  clicked (the throughput bench's pages: its bare loop waits for #paragraf-6).
- /uji/promo: a 2,400 px promo block before the body, and an IntersectionObserver sentinel at the
  end of the body that appends the last three paragraphs 300 ms after it is seen.
- /uji/tanpa-ujung: an article followed by an endless feed (more items whenever its end is seen).
- /uji/tantangan/lolos: a Cloudflare-like challenge that clears itself after 2 s (cookie, reload);
  /uji/tantangan/tetap: one that never does; /uji/tantangan/antre: a 429 challenge with Retry-After
  on the first visit of each URL, the article after it.
The paragraphs are the gold the tests compare with (`archive_paragraphs`, `PROMO_PARAGRAPHS`, ...).
"""

from __future__ import annotations

import html
import json
import threading
from collections import Counter
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler

PREFIX = "/uji/"
ARCHIVE_DELAY_MS = 150
SENTINEL_DELAY_MS = 300
CHALLENGE_MS = 2000
FEED_BATCH = 10
CLEARANCE = "tk_clearance"

_SENTENCES = [
    "Pemerintah daerah menyiapkan anggaran tambahan untuk memperbaiki jalan desa yang rusak sejak musim hujan",
    "Para petani di lereng gunung mulai memanen kopi lebih awal karena cuaca yang kering",
    "Harga cabai merah di pasar tradisional turun setelah pasokan dari sentra produksi kembali normal",
    "Dinas pendidikan membuka pendaftaran guru honorer dengan syarat pengalaman mengajar dua tahun",
    "Warga pesisir membangun tanggul sederhana dari karung pasir untuk menahan air pasang",
    "Koperasi nelayan mencatat kenaikan hasil tangkapan tongkol pada bulan ini",
    "Rumah sakit umum daerah menambah ruang rawat inap untuk pasien demam berdarah",
    "Penyuluh pertanian mengajarkan cara membuat pupuk organik dari limbah dapur",
    "Pedagang kaki lima berharap relokasi ke pasar baru tidak mengurangi jumlah pembeli",
    "Perpustakaan keliling kini singgah di sekolah-sekolah terpencil setiap pekan",
    "Kelompok pemuda desa merintis usaha kerajinan bambu yang dijual secara daring",
    "Badan meteorologi memperkirakan hujan lebat masih akan turun hingga akhir pekan",
    "Sejumlah ruas jalan ditutup sementara untuk perbaikan saluran air yang tersumbat",
    "Pengelola taman nasional membatasi jumlah pendaki demi menjaga kelestarian hutan",
    "Pabrik tekstil di pinggiran kota kembali merekrut pekerja setelah pesanan ekspor naik",
    "Bank daerah menyalurkan kredit usaha rakyat dengan bunga ringan kepada pedagang pasar",
    "Festival budaya tahunan menampilkan tarian tradisional dari tujuh kabupaten",
    "Petugas kebersihan mengangkut puluhan ton sampah dari sungai yang melintasi kota",
    "Sekolah kejuruan menjalin kerja sama dengan bengkel lokal untuk program magang siswa",
    "Harga gabah kering panen di tingkat petani naik tipis dibandingkan bulan lalu",
    "Posyandu di kampung nelayan rutin menimbang balita dan membagikan makanan tambahan",
    "Pemadam kebakaran mengimbau warga memeriksa instalasi listrik rumah secara berkala",
    "Jumlah wisatawan yang berkunjung ke pantai selatan meningkat selama libur sekolah",
    "Pemerintah kecamatan menggelar pelatihan pemasaran digital bagi pelaku usaha kecil",
]
_lock = threading.Lock()
_hits: Counter[str] = Counter()


def _paragraph(seed: int, k: int) -> str:
    picks = [_SENTENCES[(seed * 7 + k * 5 + j * 3) % len(_SENTENCES)] for j in range(3)]
    return f"Bagian {k} dari laporan {seed}. " + ". ".join(picks) + "."


def archive_paragraphs(n: int) -> list[str]:
    """The six paragraphs of archive page N, in order (the sixth is added by script)."""
    return [_paragraph(n, k) for k in range(1, 7)]


PROMO_PARAGRAPHS = [_paragraph(9001, k) for k in range(1, 7)]
"""Three server-rendered, three appended by the end-of-body sentinel."""
FEED_ARTICLE_PARAGRAPHS = [_paragraph(9002, k) for k in range(1, 5)]
CHALLENGE_PARAGRAPHS = [_paragraph(9003, k) for k in range(1, 5)]


def serve(handler: BaseHTTPRequestHandler, path: str, query: dict[str, list[str]]) -> None:
    """Answer a GET under /uji/ (404 for anything else there)."""
    rest = path.removeprefix(PREFIX)
    if rest.startswith("arsip/") and rest.removeprefix("arsip/").isdigit():
        return _send(handler, _archive_page(int(rest.removeprefix("arsip/"))))
    if rest.startswith("berita/") and rest.removeprefix("berita/").isdigit():
        return _send(handler, _archive_page(int(rest.removeprefix("berita/")), consent=True))
    if rest == "promo":
        return _send(handler, _promo_page())
    if rest == "tanpa-ujung":
        return _send(handler, _feed_page())
    if rest == "api/feed":
        start = int(query.get("dari", ["0"])[0] or 0)
        items = [{"href": f"{PREFIX}arsip/{n}", "title": f"Laporan {n}: {_SENTENCES[n % len(_SENTENCES)]}"}
                 for n in range(start, start + FEED_BATCH)]  # fmt: skip
        return _send(handler, json.dumps(items), content_type="application/json")
    if rest in ("tantangan/lolos", "tantangan/tetap"):
        cleared = f"{CLEARANCE}=1" in (handler.headers.get("Cookie") or "")
        if rest == "tantangan/lolos" and cleared:
            return _send(handler, _article("Jalan Desa Diperbaiki Usai Tantangan", CHALLENGE_PARAGRAPHS))
        return _send(handler, challenge_page(clears=rest == "tantangan/lolos"), HTTPStatus.FORBIDDEN,
                     headers={"cf-mitigated": "challenge", "Server": "cloudflare"})  # fmt: skip
    if rest == "tantangan/antre":
        with _lock:
            _hits[handler.path] += 1
            first = _hits[handler.path] == 1
        if first:
            return _send(handler, challenge_page(clears=False, title="Verify you are human"),
                         HTTPStatus.TOO_MANY_REQUESTS, headers={"Retry-After": "1"})  # fmt: skip
        return _send(handler, _article("Antrean Panjang di Loket Pajak Kendaraan", CHALLENGE_PARAGRAPHS))
    return _send(handler, "<!DOCTYPE html><title>Tidak ditemukan</title><h1>404</h1>", HTTPStatus.NOT_FOUND)


def _article(title: str, paragraphs: list[str], before: str = "", after: str = "", script: str = "",
             body_id: str = "isi") -> str:  # fmt: skip
    body = "\n".join(f'<p id="paragraf-{k}">{html.escape(p)}</p>' for k, p in enumerate(paragraphs, 1))
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{html.escape(title)} - Kabar Arsip</title>
<meta property="og:title" content="{html.escape(title)}">
<meta name="author" content="Redaksi Kabar Arsip">
<style>body{{font:16px/1.5 sans-serif;max-width:760px;margin:0 auto}} .feed li{{height:160px}}</style></head>
<body><header><nav><a href="/">Beranda</a> <a href="{PREFIX}arsip/1">Arsip</a></nav></header>
<main><article><h1>{html.escape(title)}</h1><p class="byline">Oleh Redaksi Kabar Arsip</p>
{before}<div id="{body_id}" class="article-body">
{body}
</div></article>{after}</main>
<footer><p>&copy; Kabar Arsip</p></footer>
<script>{script}</script></body></html>"""


CONSENT_TEXT = "Kami menggunakan kuki untuk mengukur kunjungan dan menampilkan iklan yang sesuai."
_CONSENT = f"""<div id="persetujuan-kuki" class="cookie-consent" role="dialog" aria-label="Persetujuan kuki"
 style="position:fixed;inset:0;background:rgba(0,0,0,.6);z-index:1000"><div style="background:#fff;margin:30vh auto;
 max-width:480px;padding:24px"><p>{CONSENT_TEXT}</p><button type="button" id="setuju">Setuju</button></div></div>"""
_CONSENT_JS = """document.body.style.overflow = "hidden";
document.getElementById("setuju").addEventListener("click", () => {
  document.getElementById("persetujuan-kuki").remove(); document.body.style.overflow = "";
});"""


def _archive_page(n: int, consent: bool = False) -> str:
    paragraphs = archive_paragraphs(n)
    add_last = f"""addEventListener("load", () => setTimeout(() => {{
  const p = document.createElement("p"); p.id = "paragraf-6"; p.textContent = {json.dumps(paragraphs[5])};
  document.getElementById("isi").append(p);
}}, {ARCHIVE_DELAY_MS}));"""
    if consent:
        return _article(f"Laporan Nomor {n}", paragraphs[:5], after=_CONSENT, script=_CONSENT_JS + add_last)
    return _article(f"Laporan Arsip Nomor {n}", paragraphs[:5], script=add_last)


def _promo_page() -> str:
    promo = ('<div class="promo" style="height:2400px;background:#f3e9d2">'
             "<strong>Promo</strong> Langganan Kabar Arsip Plus</div>")  # fmt: skip
    tail = json.dumps(PROMO_PARAGRAPHS[3:])
    sentinel = f"""const sentinel = document.createElement("div"); sentinel.id = "akhir-isi";
document.getElementById("isi").after(sentinel);
const seen = new IntersectionObserver((entries) => {{
  if (!entries.some((e) => e.isIntersecting)) return;
  seen.disconnect();
  setTimeout(() => {{
    {tail}.forEach((text, i) => {{
      const p = document.createElement("p"); p.id = "paragraf-" + (4 + i); p.textContent = text;
      document.getElementById("isi").append(p);
    }});
  }}, {SENTINEL_DELAY_MS});
}});
seen.observe(sentinel);"""
    return _article("Harga Kopi Naik Setelah Panen Dini", PROMO_PARAGRAPHS[:3], before=promo, script=sentinel)


def _feed_page() -> str:
    feed = '<section class="feed"><h2>Berita lainnya</h2><ul id="umpan"></ul><div id="umpan-akhir"></div></section>'
    more = f"""let next = 0, loading = false;
const more = new IntersectionObserver(async (entries) => {{
  if (loading || !entries.some((e) => e.isIntersecting)) return;
  loading = true;
  const items = await (await fetch("{PREFIX}api/feed?dari=" + next)).json();
  next += items.length;
  for (const item of items) {{
    const li = document.createElement("li"); const a = document.createElement("a");
    a.href = item.href; a.textContent = item.title; li.append(a);
    document.getElementById("umpan").append(li);
  }}
  loading = false;
  more.unobserve(document.getElementById("umpan-akhir")); more.observe(document.getElementById("umpan-akhir"));
}});
more.observe(document.getElementById("umpan-akhir"));"""
    return _article("Warga Pesisir Bangun Tanggul Pasir", FEED_ARTICLE_PARAGRAPHS, after=feed, script=more)


def challenge_page(clears: bool, title: str = "Just a moment...") -> str:
    solve = (
        f'setTimeout(() => {{ document.cookie = "{CLEARANCE}=1; path=" + location.pathname; location.reload(); }}, '
        f"{CHALLENGE_MS});"
    )
    spin = (
        "(function spin(){ const s = document.getElementById('spinner'); "
        "s.textContent = s.textContent.length > 5 ? '.' : s.textContent + '.'; setTimeout(spin, 400); })();"
    )
    solve = solve if clears else spin
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>
<body><div class="main-wrapper"><h1>127.0.0.1</h1>
<div id="challenge-running">Checking if the site connection is secure</div><span id="spinner">.</span>
<noscript>Enable JavaScript and cookies to continue</noscript>
<p>127.0.0.1 needs to review the security of your connection before proceeding.</p></div>
<script>{solve}</script></body></html>"""


def _send(handler: BaseHTTPRequestHandler, body: str, status: HTTPStatus = HTTPStatus.OK,
          content_type: str = "text/html", headers: dict[str, str] | None = None) -> None:  # fmt: skip
    data = body.encode("utf-8")
    handler.send_response(status)
    handler.send_header("Content-Type", f"{content_type}; charset=utf-8")
    handler.send_header("Content-Length", str(len(data)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(data)
