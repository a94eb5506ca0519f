"""Replay's request matching: a URL whose session value was redacted still finds its answer."""

from __future__ import annotations

from toolkit.recordings.archive import Archive, Exchange, Replayer
from toolkit.recordings.redact import PLACEHOLDER


def exchange(url: str, body: bytes, anonymous: bool = False) -> Exchange:
    return Exchange("GET", url, 200, "OK", {"content-type": "application/json"}, body, anonymous)


def test_a_redacted_value_matches_whatever_the_live_page_sends() -> None:
    archive = Archive([exchange("http://a.test/api/me?v=2", b"other"),
                       exchange(f"http://a.test/api/me?access_token={PLACEHOLDER}&v=1", b"mine")])  # fmt: skip
    for live in ("live%2Ftoken", "", PLACEHOLDER):
        found = Replayer(archive).find("GET", f"http://127.0.0.1:9/api/me?access_token={live}&v=1")
        assert found is not None and found.body == b"mine", live


def test_the_anonymous_load_is_served_only_to_the_check() -> None:
    archive = Archive([exchange("http://a.test/page", b"reader"), exchange("http://a.test/page", b"anon", True)])
    again = Archive([Exchange.from_har(e.to_har()) for e in archive.exchanges])
    assert archive.has_anonymous and again.has_anonymous
    assert Replayer(again).find("GET", "http://a.test/page").body == b"reader"
    assert Replayer(again, anonymous=True).find("GET", "http://a.test/page").body == b"anon"
