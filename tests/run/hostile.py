"""Saved pages that went wrong on real unseen pages (issue 9), written at test time: each file name maps to
what its record must say. Nothing here is copied from a corpus."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.conftest import serving

SENTENCES = [f"Paragraf {n}: warga desa membangun jembatan bambu baru di atas sungai yang deras setiap musim hujan."
             for n in range(6)]  # fmt: skip
ZH = [f"第{n}段：北京市今天举行了新闻发布会，介绍了城市交通发展的最新情况和未来计划。" for n in range(6)]
JA = [f"第{n}段落：東京都は本日、新しい交通計画について記者会見を開き、今後の方針を説明しました。" for n in range(6)]
FR = [f"Paragraphe {n} : les élèves de l'école ont découvert à Noël un château fort très âgé près de la forêt."
      for n in range(6)]  # fmt: skip


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """The files of `folder` served on 127.0.0.1 as a plain web server would: its base URL."""
    with serving(ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(folder)))) as base:
        yield base


@dataclass(frozen=True)
class Expect:
    kind: str | None = None
    """The record's error kind; None for an `ok` record."""
    text: tuple[str, ...] = ()
    """Paragraphs the text must hold (an `ok` record)."""
    note: str | None = None
    """Words one of the record's notes must hold."""


def article(paragraphs: list[str], head: str = "", body_attr: str = "", tail: str = "", charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html lang='id'><head><meta charset='{charset}'><title>Jembatan Desa</title>{head}</head>"
        f"<body{body_attr}><header><a href='/'>Kabar Desa</a></header><article><h1>Jembatan Desa</h1>{body}"
        f"</article>{tail}</body></html>"
    )


def write_hostile(folder: Path) -> dict[str, Expect]:
    """Write the hostile pages into `folder`; {file name: what its record must say}."""
    folder.mkdir(parents=True, exist_ok=True)
    ok = Expect(text=tuple(SENTENCES))
    hidden = Expect(text=tuple(SENTENCES), note="whole DOM")
    left = Expect(text=tuple(SENTENCES), note="tried to leave")
    pages: dict[str, tuple[bytes, Expect]] = {
        # kind 1: nothing at all. Bodies hidden by a style only a script would lift ...
        "anti-flicker.html": (article(SENTENCES, head="<style>.async-hide{opacity:0 !important}</style><script>"
                              "document.documentElement.classList.add('async-hide')</script>").encode(), hidden),
        "body-opacity.html": (article(SENTENCES, head="<style>body{opacity:0}</style>").encode(), hidden),
        "body-visibility.html": (article(SENTENCES, body_attr=" style='visibility:hidden'").encode(), hidden),
        "font-hidden.html": (article(SENTENCES, head="<style>@font-face{font-family:Berita;src:url(/f.woff2)}"
                             "html.wf-loading body{visibility:hidden}</style><script>document.documentElement"
                             ".classList.add('wf-loading');document.fonts.load('1em Berita').then(()=>document"
                             ".documentElement.classList.remove('wf-loading'),()=>{})</script>").encode(), hidden),
        # ... and pages whose own scripts navigate away
        "leaves-after-load.html": (article(SENTENCES, tail="<script>addEventListener('load',()=>{location.href="
                                   "'https://elsewhere.example.test/away'})</script>").encode(), left),
        "leaves-while-parsed.html": (article(SENTENCES, head="<script>location.replace('/next')</script>").encode(),
                                     left),
        "meta-refresh.html": (article(SENTENCES, head="<meta http-equiv='refresh' content='0;url=https://"
                              "elsewhere.example.test/'>").encode(), left),
        "reloads.html": (article(SENTENCES, tail="<script>setTimeout(()=>location.reload(),20)</script>").encode(),
                         left),
        # kind 2: hostile URLs
        "bad-links.html": (article(SENTENCES, head="<link rel='canonical' href='https://[ccpa-preferences]'>"
                           "<meta property='og:image' content='http://x:99999/a.png'>",
                           tail="<div class='pagination'><a href='https://[ccpa-preferences]'>2</a>"
                           "<a href='http://[::1/?page=3'>3</a></div>"
                           "<a href='https://[ccpa-preferences]'>Do Not Sell</a>").encode(), ok),
        # kind 6 and other hostile bytes
        "random-bytes.html": (random.Random(6).randbytes(20_000), Expect(kind="not-html")),
        "image.html": (b"\x89PNG\r\n\x1a\n" + random.Random(7).randbytes(2_000), Expect(kind="not-html")),
        "document.html": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + random.Random(8).randbytes(2_000),
                          Expect(kind="not-html")),
        "empty.html": (b"", Expect(kind="no-article")),
        "gbk-declared-utf8.html": (article(ZH, charset="gbk").encode("utf-8"), Expect(text=tuple(ZH))),
        "gbk.html": (article(ZH, charset="gbk").encode("gbk"), Expect(text=tuple(ZH))),
        "shift-jis.html": (article(JA, charset="shift_jis").encode("shift_jis"), Expect(text=tuple(JA))),
        "windows-1252.html": (article(FR, charset="windows-1252").encode("cp1252"), Expect(text=tuple(FR))),
        "nested-4000.html": (article(SENTENCES, tail="<div>" * 4000 + "dalam" + "</div>" * 4000).encode(), ok),
        "scripted-4000.html": (article(SENTENCES, tail="<script>let e=document.body;for(let i=0;i<4000;i++){"
                               "const c=document.createElement('div');e.appendChild(c);e=c}e.textContent='dalam'"
                               "</script>").encode(), ok),
        # a 50 MB saved page: the article, then an inlined image of 50 MB (as "save complete page" tools do)
        "huge.html": (article(SENTENCES).replace("</body>", "<img src='data:image/png;base64,").encode()
                      + b"QUJD" * 12_500_000 + b"'></body></html>", Expect(text=tuple(SENTENCES), note="cut")),
    }  # fmt: skip
    for name, (data, _) in pages.items():
        (folder / name).write_bytes(data)
    return {name: expect for name, (_, expect) in pages.items()}
