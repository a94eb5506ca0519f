"""A proxy password and a session's values stay out of reprs, records and messages (issue 23): options reach
log lines (Dask logs a task's arguments), tracebacks and bug reports."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from tests.conftest import run_cli
from toolkit.browser.launch import masked_proxy
from toolkit.cluster.work import RunSpec
from toolkit.discover import DiscoverOptions
from toolkit.health.check import HealthOptions
from toolkit.run import ScrapeOptions
from toolkit.run.engine import WarmBrowser

PASSWORD = "s3cret"
PROXY = f"http://user:{PASSWORD}@host:3128"
COOKIE = "c00kie-VALUE-42"


def session_file(folder: Path) -> Path:
    path = folder / "session.json"
    path.write_text(json.dumps({"cookies": [{"name": "sid", "value": COOKIE, "domain": "x.test", "path": "/"}],
                                "origins": []}), encoding="utf-8")  # fmt: skip
    return path


@pytest.mark.parametrize(
    ("proxy", "shown"),
    [(PROXY, "http://user:***@host:3128"), ("http://host:3128", "http://host:3128"),
     (f"user:{PASSWORD}@host:1", "user:***@host:1"), (f"socks5://{PASSWORD}@host:1", "socks5://***@host:1"),
     (f"http://user:p@{PASSWORD}@host:1", "http://user:***@host:1"), (None, None)],
)  # fmt: skip
def test_masked_proxy(proxy: str | None, shown: str | None) -> None:
    assert masked_proxy(proxy) == shown


def test_reprs_hold_no_secret(tmp_path: Path) -> None:
    session = session_file(tmp_path)
    options = ScrapeOptions(proxy=PROXY, session=str(session))
    holders = [
        options,
        DiscoverOptions(proxy=PROXY, session=str(session)),
        HealthOptions(proxy=PROXY, session=str(session)),
        WarmBrowser(playwright=object(), proxy=PROXY),  # type: ignore[arg-type]  # only its repr is looked at
        RunSpec.of("run-1", options),
    ]
    for holder in holders:
        for shown in (repr(holder), str(holder), f"{[holder]}"):
            assert PASSWORD not in shown and COOKIE not in shown, shown
            assert "http://user:***@host:3128" in shown, shown
    spec = holders[-1]
    assert isinstance(spec, RunSpec) and spec.session is not None and COOKIE.encode() in spec.session
    assert "<session: 1 cookies>" in repr(spec)
    assert options.proxy == PROXY  # the value itself is untouched: the browser still gets the password


def test_a_failed_proxy_leaves_its_password_nowhere(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proxy = f"http://user:{PASSWORD}@127.0.0.1:{port}"
    out = tmp_path / "out.jsonl"
    session = session_file(tmp_path)
    done = run_cli("scrape", "http://berita.example.test/a", "-o", str(out), "--proxy", proxy, "--session",
                   str(session), "--retries", "0", "--timeout", "10", cwd=tmp_path)  # fmt: skip
    assert done.returncode == 1
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["status"] == "error" and record["error"]["kind"] == "proxy", record["error"]
    found = run_cli("discover", "http://berita.example.test/", "--proxy", proxy, "--session", str(session),
                    cwd=tmp_path)  # fmt: skip
    assert found.returncode == 0 and "warning" in found.stderr, found.stderr
    for text in (out.read_text(encoding="utf-8"), done.stdout, done.stderr, found.stdout, found.stderr):
        assert PASSWORD not in text and COOKIE not in text, text
        assert "Traceback" not in text


@pytest.mark.parametrize(
    ("proxy", "said"),
    [(f"http://user:{PASSWORD}@:notaport", "the port is not a number"), (f"ftp://user:{PASSWORD}@host:21", "scheme"),
     (f"http://user:{PASSWORD}@:3128", "no host"), (f"socks5://user:{PASSWORD}@host:1080", "socks5")],
)  # fmt: skip
@pytest.mark.parametrize("command", [["scrape", "https://x.invalid/a"], ["discover", "x.invalid"],
                                     ["health", "x.invalid"], ["inspect", "https://x.invalid/a"]])  # fmt: skip
def test_a_proxy_that_cannot_work_is_a_usage_error(tmp_path: Path, command: list[str], proxy: str, said: str) -> None:
    """Told once, before anything runs, without its password: not "Chromium failed to start" on every record."""
    done = run_cli(*command, "--proxy", proxy, cwd=tmp_path, timeout=60)
    assert done.returncode == 2, done.stdout + done.stderr
    told = (done.stdout + done.stderr).strip()
    assert said in told and "--proxy" in told and "Chromium" not in told and "Traceback" not in told, told
    assert PASSWORD not in told and len(told.splitlines()) == 1, told
