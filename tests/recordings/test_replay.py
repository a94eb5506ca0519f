"""Replay proves `unlocked` as the live run did: the anonymous load of the access check is in the archive."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests import test_access_and_sessions as sessions
from tests.conftest import run_cli
from tests.run.test_access_check import PREMIUM, member_url
from toolkit.demo.articles import BY_ID
from toolkit.demo.server import DemoSite
from toolkit.recordings import Archive

session_file = sessions.session_file  # the demo login, as a fixture


@pytest.fixture(scope="module")
def member_recording(demo_site: DemoSite, session_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`scrape --session --record` of the member view: the full article, and no premium marker to show for it."""
    work = tmp_path_factory.mktemp("member")
    done = run_cli("scrape", member_url(demo_site), "--session", str(session_file), "--record", str(work / "recs"),
                   "-o", str(work / "out.jsonl"), cwd=work)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads((work / "out.jsonl").read_text())["access"] == "unlocked"
    (folder,) = (work / "recs").iterdir()
    return folder


def test_the_anonymous_load_is_in_the_archive(member_recording: Path) -> None:
    exchanges = Archive.load(member_recording).exchanges
    anonymous = [e for e in exchanges if e.anonymous]
    assert anonymous and len(anonymous) < len(exchanges)
    assert any(e.url.endswith(BY_ID[PREMIUM].path) for e in anonymous)
    assert '"_anonymous": true' in (member_recording / "archive.har").read_text()


def test_replay_gives_unlocked_again(member_recording: Path, tmp_path: Path) -> None:
    done = run_cli("replay", str(member_recording), "--check", "-o", str(tmp_path / "replayed.jsonl"), cwd=tmp_path)
    assert done.returncode == 0, done.stdout
    assert "1 unchanged, 0 changed" in done.stdout
    record = json.loads((tmp_path / "replayed.jsonl").read_text())
    assert record["access"] == "unlocked"
    assert record["text"] == BY_ID[PREMIUM].full_text()  # the reader's load, not the anonymous teaser
    assert any("without the session the same URL is paywalled" in e and ".paywall" in e
               for e in record["access_evidence"])  # fmt: skip


def test_a_session_that_unlocks_nothing_replays_with_its_evidence(demo_site: DemoSite, tmp_path: Path) -> None:
    expired = tmp_path / "expired.json"
    expired.write_text(json.dumps({"cookies": [{
        "name": "demo_session", "value": "0" * 32, "domain": urlsplit(demo_site.base_url).hostname, "path": "/",
        "expires": -1, "httpOnly": True, "secure": False, "sameSite": "Lax"}], "origins": []}))  # fmt: skip
    done = run_cli("record", demo_site.url(PREMIUM), "--name", "walled", "--dir", str(tmp_path / "recs"), "--session",
                   str(expired), cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "made with a session" in done.stdout
    expected = json.loads((tmp_path / "recs" / "walled" / "expected.json").read_text())
    assert expected["access"] == "paywalled"
    assert any("session expired.json did not unlock it" in e for e in expected["access_evidence"])
    check = run_cli("replay", str(tmp_path / "recs" / "walled"), "--check", cwd=tmp_path)
    assert check.returncode == 0, check.stdout  # the evidence names the session the recording was made with


def test_inspect_of_a_member_recording_says_unlocked(member_recording: Path, tmp_path: Path) -> None:
    """`inspect RECORDING` runs the recording as `replay` does, anonymous load included."""
    done = run_cli("inspect", str(member_recording), "-o", str(tmp_path / "seen"), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    record = json.loads((tmp_path / "seen" / "record.json").read_text())
    assert record["access"] == "unlocked"
    assert record["text"] == BY_ID[PREMIUM].full_text()
