"""`toolkit health` on a site that is an edition under a path of a shared host (The Conversation Indonesia at
theconversation.com/id): it checks that edition's home, asked for as the profile asks (Accept-Language: id),
not the host's root, which is the English edition."""

from __future__ import annotations

import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import ClassVar

import pytest

from tests.conftest import run_cli
from tests.proxy import serving
from toolkit.health import resolve_targets
from toolkit.sites import PROFILES

NAME = "theconversation.com/id"
INDONESIAN = ["/harga-beras-naik-apa-sebabnya-245678", "/petani-dan-harga-pupuk-245679", "/lumbung-pangan-desa-245680"]
ENGLISH = ["/why-rice-prices-rise-990001", "/the-fertiliser-question-990002", "/village-granaries-990003"]
SENTENCE = "Harga beras di pasar tradisional naik karena panen mundur dan ongkos angkut bertambah di banyak daerah."


class Edition(BaseHTTPRequestHandler):
    """/id is the Indonesian home only for a reader who asks for Indonesian; anyone else gets the English one."""

    protocol_version = "HTTP/1.1"
    asked: ClassVar[list[tuple[str, str]]] = []

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        language = self.headers.get("Accept-Language", "")
        self.asked.append((self.path, language))
        if self.path.rstrip("/") == "/id":
            paths = INDONESIAN if language.startswith("id") else ENGLISH
            links = "".join(f'<li><a href="{p}">Artikel {n}</a></li>' for n, p in enumerate(paths))
            return self._send(200, f"<h1>The Conversation</h1><ul>{links}</ul><a href='/id/topics/beras-12'>Beras</a>")
        if self.path in INDONESIAN + ENGLISH:
            body = "".join(f"<p>{SENTENCE} Paragraf {n}.</p>" for n in range(8))
            return self._send(200, f'<article><h1>Artikel {self.path[1:20]}</h1><a rel="author">Siti Aminah</a>'
                                   f'<div itemprop="articleBody">{body}</div></article>',
                              '<meta property="article:published_time" content="2026-12-05T03:00:00Z">')  # fmt: skip
        return self._send(404, "<h1>Not found</h1>")

    def _send(self, status: int, body: str, head: str = "") -> None:
        data = f"<!DOCTYPE html><html><head><title>TC</title>{head}</head><body>{body}</body></html>".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def edition() -> Iterator[str]:
    Edition.asked.clear()
    with serving(Edition) as port:
        yield f"http://127.0.0.1:{port}"


def test_health_checks_the_indonesian_edition_not_the_hosts_root() -> None:
    profile = next(p for p in PROFILES if p.name == NAME)
    for names in ([], ["@all"], ["@id"], [NAME]):
        [target] = [t for t in resolve_targets(names) if t.name == NAME]
        assert target.source == "https://theconversation.com/id" == profile.index.url, names  # type: ignore[union-attr]
    assert next(t for t in resolve_targets(["bisnis.com"])).source == "https://bisnis.com/"  # others: the root


def test_the_editions_home_is_asked_for_in_indonesian(edition: str, tmp_path: Path) -> None:
    """The home is read as the profile's index (its Accept-Language header): the Indonesian articles are checked."""
    out = tmp_path / "out.jsonl"
    done = run_cli("health", f"{edition}/id", "--profile", NAME, "--since", "2026-12-04", "--until", "2026-12-06",
                   "--history", str(tmp_path / "h.jsonl"), "-o", str(out), cwd=tmp_path)  # fmt: skip
    assert "Traceback" not in done.stdout + done.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(result["urls"]) == sorted(edition + p for p in INDONESIAN), (result, Edition.asked)
    assert result["verdict"] == "ok", result["evidence"]
    assert done.returncode == 0
    assert ("/id", "id,en;q=0.9") in Edition.asked
    assert not any(path in ENGLISH for path, _ in Edition.asked)
