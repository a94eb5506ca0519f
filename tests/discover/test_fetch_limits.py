"""Discovery against hostile servers (issue 23, item 4): gzip bombs as sitemap, feed, `.xml.gz` and robots.txt,
and sources trickled a byte a second. Each is one warning naming it; the other sources are read as usual."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.discover.conftest import urlset
from tests.run.bombs import hostile_site, run_measured
from toolkit.discover import DiscoverOptions, discover

MB = 1024 * 1024
ARTICLE = "/berita/2025/03/16/500001/jembatan-baru-dibuka"


def test_gzip_bombs_are_not_read_and_the_other_sources_are(tmp_path: Path) -> None:
    with hostile_site() as site:
        site.robots = "bomb"
        site.sitemap = urlset((site.base + ARTICLE, None))
        bombs = [f"{site.base}/bomb.xml", f"{site.base}/bomb-feed.xml", f"{site.base}/bomb-in-gzip.xml.gz"]
        done = run_measured("discover", *bombs, f"{site.base}/sitemap.xml", site.base, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stdout + done.stderr
    assert done.stdout.splitlines() == [site.base + ARTICLE]  # from the sitemap; the site's row finds it again
    warnings = " ".join(done.stderr.split())
    assert f"source {bombs[0]}: larger than 50 MB, not read" in warnings
    assert f"source {bombs[1]}: larger than 50 MB, not read" in warnings
    assert f"{bombs[2]}: larger than 50 MB once gunzipped, not read" in warnings
    assert done.peak < 500 * MB, f"peak {done.peak / MB:.0f} MB"
    assert site.hits.count("/robots.txt") == 1  # read once (its first 500 KiB), for every source of the origin


def test_a_trickled_sitemap_or_robots_txt_stops_at_the_time_limit() -> None:
    with hostile_site() as site:
        site.sitemap = urlset((site.base + ARTICLE, None))
        started = time.monotonic()
        result = discover([f"{site.base}/trickle.xml", f"{site.base}/sitemap.xml"], DiscoverOptions(timeout=3))
        assert time.monotonic() - started < 15
        assert result.urls == [site.base + ARTICLE]
        assert result.stats[0].warnings == [f"source {site.base}/trickle.xml: no whole answer within 3 s"]
        site.robots = "trickle"
        started = time.monotonic()
        result = discover([f"{site.base}/sitemap.xml"], DiscoverOptions(timeout=3))
        assert time.monotonic() - started < 15
        assert result.urls == [site.base + ARTICLE]  # a robots.txt that never ends forbids nothing


@contextmanager
def silent_host() -> Iterator[str]:
    """A port that takes connections (the kernel's backlog) and never answers a byte."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


def test_a_document_on_a_silent_host_gets_its_warning() -> None:
    """The quiet look at the home page finds the host silent; the SOURCE itself, then not asked, still says why."""
    with silent_host() as silent:
        result = discover([f"{silent}/sitemap.xml"], DiscoverOptions(timeout=1))
    assert result.urls == []
    assert result.stats[0].warnings == [f"source {silent}/sitemap.xml: no whole answer within 1 s"]


def test_discover_timeout_bounds_each_request_through_the_cli(tmp_path: Path) -> None:
    """`--timeout 1`: a sitemap trickled a byte a second (for ten minutes) and a host that never answers
    each give their source one warning line within seconds; the default allows each request 30 s."""
    with hostile_site() as site, silent_host() as silent:
        trickled = f"{site.base}/trickle.xml"
        done = run_measured("discover", trickled, f"{silent}/sitemap.xml", "--timeout", "1", cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stdout + done.stderr
    assert done.seconds < 20, done.seconds
    warnings = " ".join(done.stderr.split())
    assert warnings.count(f"source {trickled}: no whole answer within 1 s") == 1
    assert warnings.count(f"source {silent}/sitemap.xml: no whole answer within 1 s") == 1
    assert done.stdout == ""


def test_scrape_discover_gives_its_timeout_to_discovery(tmp_path: Path) -> None:
    with hostile_site() as site:
        site.sitemap = urlset((site.base + ARTICLE, None))
        trickled, listed = f"{site.base}/trickle.xml", f"{site.base}/sitemap.xml"
        done = run_measured("scrape", "--discover", trickled, "--discover", listed, "--timeout", "1",
                            "-o", "out.jsonl", cwd=tmp_path, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stdout + done.stderr
    assert done.seconds < 30, done.seconds
    assert f"source {trickled}: no whole answer within 1 s" in " ".join(done.stderr.split())
    [record] = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert record["url"] == site.base + ARTICLE and record["status"] == "ok"
