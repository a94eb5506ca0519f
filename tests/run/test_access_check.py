"""Access that is proven: with a session, a free-looking article is compared with its anonymous view."""

from __future__ import annotations

from pathlib import Path

import toolkit
from tests import test_access_and_sessions as sessions
from tests.conftest import run_cli
from toolkit.demo.articles import BY_ID
from toolkit.demo.server import MEMBER_VIEW, DemoSite
from toolkit.record import Record
from toolkit.run.engine import ScrapeOptions

session_file = sessions.session_file  # the demo login, as a fixture
PREMIUM = 1003  # bisnis template: premium badge and wall; its member view drops the badge for a logged-in reader


def member_url(site: DemoSite) -> str:
    return site.base_url + MEMBER_VIEW + BY_ID[PREMIUM].path


def scrape(urls: list[str], **options: object) -> dict[str, Record]:
    result = toolkit.scrape(urls, ScrapeOptions(concurrency=2, **options))  # type: ignore[arg-type]
    return {r.url: r for r in result.records}


def test_member_view_without_badge_is_proven_unlocked(demo_site: DemoSite, session_file: Path) -> None:
    url = member_url(demo_site)
    record = scrape([url], session=str(session_file))[url]
    assert record.status == "ok"
    assert record.access == "unlocked"
    assert record.text == BY_ID[PREMIUM].full_text()
    evidence = " | ".join(record.access_evidence)
    assert "without the session the same URL is paywalled" in evidence
    assert ".paywall" in evidence  # the wall the anonymous reader gets is the evidence
    assert record.access_checks == 1
    assert "access_checks" not in record.to_dict()


def test_member_view_without_a_session_is_paywalled_and_not_checked(demo_site: DemoSite) -> None:
    url = member_url(demo_site)
    record = scrape([url])[url]
    assert record.access == "paywalled"
    assert record.access_checks == 0


def test_free_articles_stay_free_and_only_premium_profiles_are_checked(demo_site: DemoSite, session_file: Path) -> None:
    bisnis_free, kabar_free = demo_site.url(1001), demo_site.url(2001)
    records = scrape([bisnis_free, kabar_free], session=str(session_file))
    assert records[bisnis_free].access == records[kabar_free].access == "free"
    assert records[bisnis_free].access_evidence == []
    assert records[bisnis_free].access_checks == 1  # bisnis.com's profile knows a wall: checked
    assert records[kabar_free].access_checks == 0  # no profile: only with --verify-access
    verified = scrape([kabar_free], session=str(session_file), verify_access=True)[kabar_free]
    assert verified.access == "free"
    assert verified.access_checks == 1


def test_cli_flag_and_summary_count_the_extra_load(demo_site: DemoSite, session_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = run_cli("scrape", demo_site.url(2001), member_url(demo_site), "--session", str(session_file),
                   "--verify-access", "-o", str(out), cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "2 extra loads to check access" in done.stdout
    assert '"unlocked"' in out.read_text()
