"""Writing a recording: a large (gzipped) archive is redacted too, and every file is private."""

from __future__ import annotations

import gzip
import os
import stat
from pathlib import Path
from urllib.parse import quote

from toolkit.record import Article, Record
from toolkit.recordings.archive import COMPRESS_ABOVE, Archive, Exchange
from toolkit.recordings.redact import PLACEHOLDER, Redactor
from toolkit.recordings.store import find_recordings, write_recording

TOKEN = "tok/en+Value=0123456789"


def test_a_gzipped_archive_and_every_other_file_are_redacted_and_private(tmp_path: Path) -> None:
    big = b"<p>" + b"x" * COMPRESS_ABOVE + TOKEN.encode() + b"</p>"
    url = f"http://a.test/berita?token={quote(TOKEN, safe='')}"
    archive = Archive([Exchange("GET", url, 200, "OK", {"content-type": "text/html"}, big)])
    record = Record.ok(url, Article(title=f"Judul {TOKEN}", text=f"Teks dengan {TOKEN}."), final_url=url)
    old = os.umask(0)
    try:
        redactor = Redactor([("token", TOKEN)])
        write_recording(tmp_path / "rec", record, None, archive, "1", "0.1", redactor, "/home/me/reader.json")
    finally:
        os.umask(old)
    folder = tmp_path / "rec"
    assert {p.name for p in folder.iterdir()} == {"archive.har.gz", "expected.json", "meta.json"}
    har = gzip.decompress((folder / "archive.har.gz").read_bytes())
    for content in [har] + [p.read_bytes() for p in folder.iterdir()]:
        assert TOKEN.encode() not in content and quote(TOKEN, safe="").encode() not in content
    assert har.count(PLACEHOLDER.encode()) == 2  # the URL and the body
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())
    (recording,) = find_recordings([folder])
    assert recording.session and recording.session_file == "reader.json" and PLACEHOLDER in recording.url
    assert repr(Redactor([("token", TOKEN)])) == "Redactor(1 session values)"  # a repr names no value
