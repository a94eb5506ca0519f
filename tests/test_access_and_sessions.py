"""Premium walls, login sessions and multi-page articles on the demo site (issue: access, evidence, pages)."""

from __future__ import annotations

import json
import stat
import urllib.parse
import urllib.request
from dataclasses import replace
from http.cookiejar import CookieJar
from pathlib import Path

import pytest

import toolkit
from tests.conftest import run_cli
from toolkit import sites
from toolkit.demo.articles import BY_ID, DEMO_PASSWORD, DEMO_USER
from toolkit.demo.server import DemoSite
from toolkit.extract.pagination import MAX_PAGES
from toolkit.record import Record
from toolkit.sites import bisnis

WALL_WORDING = ["Konten Premium", "Silakan login", "khusus pelanggan", "berlangganan", "Masuk", "Kata sandi"]
FREE, PREMIUM = (1001, 1002, 2001, 2002, 2004), (1003, 2003)


@pytest.fixture(scope="module")
def anonymous(demo_site: DemoSite) -> dict[int, Record]:
    result = toolkit.scrape(demo_site.article_urls())
    return {a: next(r for r in result.records if r.url == demo_site.url(a)) for a in BY_ID}


@pytest.fixture(scope="module")
def session_file(demo_site: DemoSite, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("login") / "demo.session.json"
    done = run_cli("login", f"{demo_site.base_url}/login", "--username", DEMO_USER, "--session", str(path),
                   cwd=path.parent, env={"TOOLKIT_PASSWORD": DEMO_PASSWORD})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert DEMO_PASSWORD not in done.stdout + done.stderr
    return path


def test_every_access_case_without_a_session(anonymous: dict[int, Record]) -> None:
    for article_id in FREE:
        assert anonymous[article_id].access == "free", article_id
        assert anonymous[article_id].access_evidence == []
    for article_id in PREMIUM:
        record = anonymous[article_id]
        assert record.access == "paywalled", article_id
        assert record.text == BY_ID[article_id].teaser_text()


def test_paywalled_text_holds_no_wall_wording_and_no_hidden_part(anonymous: dict[int, Record]) -> None:
    for record in anonymous.values():
        for phrase in WALL_WORDING:
            assert phrase not in record.text, (record.url, phrase)
    hidden = BY_ID[2003].pages[0][BY_ID[2003].teaser :]
    assert all(paragraph not in anonymous[2003].text for paragraph in hidden)  # in the DOM, but display:none


def test_evidence_says_why(anonymous: dict[int, Record]) -> None:
    bisnis_evidence = " | ".join(anonymous[1003].access_evidence)
    assert "wall .paywall visible inside the article" in bisnis_evidence
    kabar_evidence = " | ".join(anonymous[2003].access_evidence)
    assert "JSON-LD isAccessibleForFree: false" in kabar_evidence
    assert "locked part .paywall-content is hidden" in kabar_evidence
    assert "right after the article text" in kabar_evidence


def test_sidebar_promos_are_not_evidence(anonymous: dict[int, Record], demo_site: DemoSite) -> None:
    # Every bisnis page carries the "Konten Premium ... Silakan login" promo; every kabar page a
    # "Langganan Kabar Plus" box in its sidebar. Neither makes a free article paywalled.
    page = urllib.request.urlopen(demo_site.url(1001)).read().decode()
    assert "Silakan login untuk menikmati artikel Konten Premium" in page
    kabar = urllib.request.urlopen(demo_site.url(2002)).read().decode()
    assert "Langganan Kabar Plus" in kabar
    assert anonymous[1001].access == anonymous[2002].access == "free"


def test_login_session_file_is_private_and_holds_no_password(session_file: Path) -> None:
    assert stat.S_IMODE(session_file.stat().st_mode) == 0o600
    text = session_file.read_text()
    assert DEMO_PASSWORD not in text
    state = json.loads(text)
    assert [c["name"] for c in state["cookies"]] == ["demo_session"]


def test_logged_in_scrape_unlocks_premium_articles(demo_site: DemoSite, session_file: Path) -> None:
    urls = [demo_site.url(a) for a in (*PREMIUM, 1001)]
    records = toolkit.scrape(urls, toolkit.ScrapeOptions(session=str(session_file))).records
    by_id = {a: next(r for r in records if r.url == demo_site.url(a)) for a in (*PREMIUM, 1001)}
    for article_id in PREMIUM:
        assert by_id[article_id].access == "unlocked", by_id[article_id].access_evidence
        assert by_id[article_id].text == BY_ID[article_id].full_text()
        assert "no wall: the whole article is visible" in by_id[article_id].access_evidence
    assert by_id[1001].access == "free"


def test_wrong_password_is_reported_and_saves_nothing(demo_site: DemoSite, tmp_path: Path) -> None:
    path = tmp_path / "bad.session.json"
    done = run_cli("login", f"{demo_site.base_url}/login", "--username", DEMO_USER, "--password", "salah-sandi",
                   "--session", str(path), cwd=tmp_path)  # fmt: skip
    assert done.returncode == 1
    assert "login rejected: Email atau kata sandi salah." in done.stderr
    assert "salah-sandi" not in done.stdout + done.stderr
    assert not path.exists()


def test_login_page_without_a_form(demo_site: DemoSite, tmp_path: Path) -> None:
    # --timeout 3: the wait for a password field is min(timeout, 10) s; a form that is not there stays away
    done = run_cli("login", demo_site.url(2002), "--username", "x", "--password", "y", "--timeout", "3",
                   "--session", str(tmp_path / "s.json"), cwd=tmp_path)  # fmt: skip
    assert done.returncode == 1
    assert "no login form with a password field" in done.stderr


def test_no_password_without_a_terminal_is_a_usage_error(demo_site: DemoSite, tmp_path: Path) -> None:
    done = run_cli("login", f"{demo_site.base_url}/login", "--username", DEMO_USER, cwd=tmp_path, stdin="")
    assert done.returncode == 2
    assert "no password" in done.stderr


def test_expired_session_is_paywalled_and_says_so(demo_site: DemoSite, tmp_path: Path) -> None:
    expired = tmp_path / "expired.json"
    expired.write_text(json.dumps({"cookies": [{
        "name": "demo_session", "value": "0" * 32, "domain": "127.0.0.1", "path": "/", "expires": -1,
        "httpOnly": True, "secure": False, "sameSite": "Lax"}], "origins": []}))  # fmt: skip
    record = toolkit.scrape([demo_site.url(1003)], toolkit.ScrapeOptions(session=str(expired))).records[0]
    assert record.access == "paywalled"
    assert any("session expired.json did not unlock it" in e for e in record.access_evidence)


def test_cookies_txt_import(demo_site: DemoSite, tmp_path: Path) -> None:
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = urllib.parse.urlencode({"email": DEMO_USER, "password": DEMO_PASSWORD}).encode()
    opener.open(f"{demo_site.base_url}/login?next=/", data=form)
    token = next(c.value for c in jar if c.name == "demo_session")
    cookies = tmp_path / "cookies.txt"
    cookies.write_text(
        f"# Netscape HTTP Cookie File\n\n#HttpOnly_127.0.0.1\tFALSE\t/\tFALSE\t0\tdemo_session\t{token}\n"
    )
    session = tmp_path / "imported.json"
    done = run_cli("login", "--cookies", str(cookies), "--session", str(session), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(session.stat().st_mode) == 0o600
    assert token not in done.stdout
    record = toolkit.scrape([demo_site.url(1003)], toolkit.ScrapeOptions(session=str(session))).records[0]
    assert record.access == "unlocked" and record.text == BY_ID[1003].full_text()


def test_bad_cookies_txt_is_a_usage_error(tmp_path: Path) -> None:
    cookies = tmp_path / "cookies.txt"
    cookies.write_text("not a cookie line\n")
    done = run_cli("login", "--cookies", str(cookies), "--session", str(tmp_path / "s.json"), cwd=tmp_path)
    assert done.returncode == 2 and "cookies.txt line" in done.stderr


def test_pages_joined_for_both_pager_styles(anonymous: dict[int, Record]) -> None:
    assert anonymous[1002].pages == 2  # "Halaman 1 2", ?page=N
    assert anonymous[2004].pages == 3  # only "Selanjutnya »" / rel=next links
    assert anonymous[2004].text == BY_ID[2004].full_text()


def test_endless_pager_stops_at_the_maximum(fault_server: str) -> None:
    record = toolkit.scrape([f"{fault_server}/endless"]).records[0]
    assert record.status == "ok"
    assert record.pages == MAX_PAGES


def test_pager_that_repeats_the_same_page_stops(fault_server: str) -> None:
    record = toolkit.scrape([f"{fault_server}/same"]).records[0]
    assert record.status == "ok"
    assert record.pages == 1


def test_profile_all_on_one_page_view(demo_site: DemoSite, monkeypatch: pytest.MonkeyPatch) -> None:
    """A profile with `all_pages` (kompas: ?page=all) renders one page instead of following the pager."""
    whole = replace(bisnis.PROFILE, name="demo-all", domains=("127.0.0.1",), all_pages=("page", "all"))
    monkeypatch.setattr(sites, "PROFILES", (whole, *sites.PROFILES))
    demo_site.server.requests.clear()
    record = toolkit.scrape([demo_site.url(1002)]).records[0]
    fetched = [path for path in demo_site.server.requests if path.startswith(BY_ID[1002].path)]
    assert fetched == [BY_ID[1002].path, BY_ID[1002].path + "?page=all"]
    assert record.site == "demo-all"
    assert record.pages == 2
    assert record.text == BY_ID[1002].full_text()
