"""Recordings made with a session hold none of its values, in any file and any form, and still replay."""

from __future__ import annotations

import base64
import gzip
import json
import os
import stat
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest

from tests.conftest import run_cli
from tests.recordings.conftest import COOKIE, SHORT, STORED, EchoSite
from toolkit.recordings.redact import PLACEHOLDER, Redactor


def forms(value: str) -> list[bytes]:
    """The value as a page may write it: raw, percent-encoded (either case, `+` for spaces), base64."""
    encoded = quote(value, safe="")
    found = [value, encoded, encoded.lower(), quote_plus(value), base64.b64encode(value.encode()).decode()]
    return [form.encode() for form in found]


def har_bodies(folder: Path) -> list[bytes]:
    """Every body of the archive, base64 ones decoded."""
    raw = (folder / "archive.har").read_bytes() if (folder / "archive.har").is_file() else b""
    raw = raw or gzip.decompress((folder / "archive.har.gz").read_bytes())
    bodies = []
    for entry in json.loads(raw)["log"]["entries"]:
        content = entry["response"]["content"]
        text = content.get("text", "")
        bodies.append(base64.b64decode(text) if content.get("encoding") == "base64" else text.encode())
    return bodies


@pytest.fixture(scope="module")
def recorded(echo_site: EchoSite, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, str]:
    """`scrape --session --record` of a page that echoes the session, under umask 0 (nothing may rely on it):
    (the recording's folder, the live record, the command's output)."""
    work = tmp_path_factory.mktemp("echo")
    session = echo_site.session(work)
    old = os.umask(0)
    try:
        done = run_cli("scrape", f"{echo_site.base_url}/start", "--session", str(session), "--record",
                       str(work / "recs"), "-o", str(work / "out.jsonl"), cwd=work)  # fmt: skip
    finally:
        os.umask(old)
    assert done.returncode == 0, done.stdout + done.stderr
    folders = list((work / "recs").iterdir())
    assert len(folders) == 1
    return folders[0], json.loads((work / "out.jsonl").read_text()), done.stdout


def test_the_page_really_echoed_the_session(recorded: tuple[Path, dict, str]) -> None:
    _, record, _ = recorded
    assert COOKIE in record["text"]  # the live page put the value into its text: the test means something
    assert quote(COOKIE, safe="") in record["final_url"]


def test_no_file_holds_a_session_value(recorded: tuple[Path, dict, str]) -> None:
    folder, _, _ = recorded
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"meta.json", "expected.json", "page.html"}
    assert any(p.name.startswith("archive.har") for p in files)
    for content in [p.read_bytes() for p in files] + har_bodies(folder):
        for value in (COOKIE, STORED):
            for form in forms(value):
                assert form not in content, form
    har = b"\n".join(p.read_bytes() for p in files if p.name.startswith("archive.har")).lower()
    for header in (b'"cookie"', b'"set-cookie"', b'"authorization"', b"sid="):
        assert header not in har


def test_values_are_replaced_where_they_were(recorded: tuple[Path, dict, str]) -> None:
    folder, _, _ = recorded
    expected = json.loads((folder / "expected.json").read_text())
    assert PLACEHOLDER in expected["text"] and PLACEHOLDER in expected["final_url"]
    assert f'const sid = "{PLACEHOLDER}"' in (folder / "page.html").read_text()
    assert any(PLACEHOLDER.encode() in body and body.startswith(b"\x00\x01BIN") for body in har_bodies(folder))
    assert not (folder / "screenshot.png").exists()  # the page showed a value: pixels cannot be redacted


def test_a_short_value_is_replaced_beside_its_name(recorded: tuple[Path, dict, str]) -> None:
    """`uid=u7k` in a link, a request URL, a header, and `"uid": "u7k"` in a JSON body: gone from every file."""
    folder, _, _ = recorded
    files = [p.read_bytes() for p in folder.rglob("*") if p.is_file()] + har_bodies(folder)
    assert f"/profil?uid={PLACEHOLDER}".encode() in (folder / "page.html").read_bytes()
    assert any(f'"uid": "{PLACEHOLDER}"'.encode() in body for body in har_bodies(folder))  # the page asked with it
    for content in files:
        for shown in (f"uid={SHORT}", f'"uid": "{SHORT}"', f'\\"uid\\": \\"{SHORT}\\"'):
            assert shown.encode() not in content, shown


def test_a_short_value_elsewhere_is_left_alone() -> None:
    """Replacing `1` or `id` everywhere would rewrite the page's own code: only the pair is a secret."""
    redactor = Redactor([("uid", "u7k"), ("lang", "id")])
    written = 'f("u7k"); x.uid=u7k2; a?xuid=u7k&uid=u7k; lang=id; b.lang = "id"; {"lang": "id", "id": 1}'
    assert redactor.text(written) == (
        f'f("u7k"); x.uid=u7k2; a?xuid=u7k&uid={PLACEHOLDER}; lang={PLACEHOLDER}; b.lang = "id"; '
        f'{{"lang": "{PLACEHOLDER}", "id": 1}}'
    )
    assert redactor.bytes(b"Cookie: uid=u7k; lang=id") == f"Cookie: uid={PLACEHOLDER}; lang={PLACEHOLDER}".encode()
    assert repr(redactor) == "Redactor(2 session values)"


def test_files_are_private_whatever_the_umask(recorded: tuple[Path, dict, str]) -> None:
    folder, _, _ = recorded
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_the_recording_says_it_was_made_with_a_session(recorded: tuple[Path, dict, str]) -> None:
    folder, _, output = recorded
    assert json.loads((folder / "meta.json").read_text())["session"] is True
    assert "made with a session" in output and PLACEHOLDER in output


def test_replay_check_passes(recorded: tuple[Path, dict, str], tmp_path: Path) -> None:
    folder, live, _ = recorded
    done = run_cli("replay", str(folder), "--check", "-o", str(tmp_path / "replayed.jsonl"), cwd=tmp_path)
    assert done.returncode == 0, done.stdout
    assert "1 unchanged, 0 changed" in done.stdout
    replayed = json.loads((tmp_path / "replayed.jsonl").read_text())
    assert replayed["text"] == live["text"].replace(COOKIE, PLACEHOLDER)  # the API's answer was served too
