"""Fetches outside the browser during a scrape (issue 23, items 4 and 5): robots.txt as a gzip bomb, trickled
forever, or holding a rule that backtracks; and through the proxy with the session, as the browser goes."""

from __future__ import annotations

import json
from pathlib import Path

from tests.proxy import recording_proxy
from tests.run.bombs import hostile_site, run_measured

MB = 1024 * 1024
BACKTRACKER = "/*a*a*a*a*a*a*a*a*a*a*a*a*a*b"


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_bytes().decode("utf-8").split("\n") if line]


def test_a_gzip_bomb_as_robots_txt_is_read_to_500_kib(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with hostile_site() as site:
        site.robots = "bomb"
        done = run_measured("scrape", f"{site.base}/a1", f"{site.base}/berita/2", "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stdout + done.stderr
    assert sorted(r["status"] for r in records(out)) == ["ok", "ok"]
    assert done.peak < 500 * MB, f"peak {done.peak / MB:.0f} MB"
    assert site.hits.count("/robots.txt") == 1


def test_a_robots_txt_trickled_forever_costs_one_timeout(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with hostile_site() as site:
        site.robots = "trickle"
        done = run_measured("scrape", f"{site.base}/a1", f"{site.base}/berita/2", "--timeout", "4", "-o", str(out),
                            cwd=tmp_path, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert sorted(r["status"] for r in records(out)) == ["ok", "ok"]  # no answer: nothing forbids
    assert done.seconds < 40, f"{done.seconds:.0f} s"


def test_a_backtracking_robots_rule_does_not_hold_the_run(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    long_a, with_b = f"/{'a' * 60}", f"/{'a' * 60}b"
    with hostile_site() as site:
        site.robots = f"User-agent: *\nDisallow: {BACKTRACKER}\n"
        done = run_measured("scrape", site.base + long_a, site.base + with_b, f"{site.base}/berita/3", "-o", str(out),
                            cwd=tmp_path, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    status = {r["url"].removeprefix(site.base): r["status"] for r in records(out)}
    assert status == {long_a: "ok", with_b: "skipped", "/berita/3": "ok"}
    assert done.seconds < 45, f"{done.seconds:.0f} s"


def test_robots_txt_goes_through_the_proxy_with_the_session_and_the_browsers_user_agent(tmp_path: Path) -> None:
    """news.test resolves nowhere: robots.txt (outside the browser) and the page (in Chromium) both reach the
    site through the proxy, with its credentials, the session's cookie and one User-Agent."""
    session = tmp_path / "session.json"
    session.write_text(json.dumps({"cookies": [{"name": "sid", "value": "pembaca-42", "domain": "news.test",
                                                "path": "/", "expires": -1, "httpOnly": True, "secure": False,
                                                "sameSite": "Lax"}], "origins": []}))  # fmt: skip
    out = tmp_path / "out.jsonl"
    with hostile_site() as site, recording_proxy(int(site.base.rsplit(":", 1)[1])) as proxy:
        site.robots = "User-agent: *\nDisallow: /berita/rahasia\n"
        done = run_measured("scrape", "http://news.test/berita/1", "http://news.test/berita/rahasia", "--proxy",
                            proxy.url, "--session", str(session), "-o", str(out), cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    status = {r["url"]: r["status"] for r in records(out)}
    assert status == {"http://news.test/berita/1": "ok", "http://news.test/berita/rahasia": "skipped"}
    [robots] = proxy.forwarded("/robots.txt")
    [page, *_] = proxy.forwarded("/berita/1")
    assert robots.target == "http://news.test/robots.txt"
    assert robots.headers["cookie"] == page.headers["cookie"] == "sid=pembaca-42"
    assert robots.headers["user-agent"] == page.headers["user-agent"]
    assert "HeadlessChrome/" in robots.headers["user-agent"]
    assert proxy.password not in done.stdout + done.stderr + out.read_text()
