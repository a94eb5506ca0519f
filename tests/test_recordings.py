"""Recordings: every committed recording replays offline to its expected record, and the machinery
(record, secrets, cache-busting, other ports, readable diffs, --update) works end to end."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import ROOT, run_cli
from toolkit import sites
from toolkit.demo.articles import BY_ID, DEMO_PASSWORD, DEMO_USER
from toolkit.demo.server import DemoSite
from toolkit.recordings import Archive, find_recordings
from toolkit.sites import bisnis
from toolkit.testing import replay_one

COMMITTED = find_recordings([ROOT / "recordings"])


def test_the_collection_is_there() -> None:
    names = {r.name for r in COMMITTED}
    assert {"strategi-bank-daerah-unlocked", "strategi-bank-daerah-hadapi-suku-bunga-tinggi",
            "ekspor-kopi-robusta-lampung-naik", "jejak-rempah-maluku"} <= names  # fmt: skip


@pytest.mark.parametrize("recording", COMMITTED, ids=lambda r: r.name)
def test_recording_replays_unchanged(recording, recording_unchanged) -> None:
    """One test per recording under recordings/: a changed field fails here with a diff."""
    record = recording_unchanged(recording.path)
    assert record.status == "ok"


def test_unlocked_recording_replays_as_unlocked(replay_recording) -> None:
    record = replay_recording(ROOT / "recordings" / "strategi-bank-daerah-unlocked")
    assert record.access == "unlocked"
    assert record.text == BY_ID[1003].full_text()


@pytest.fixture(scope="module")
def logged_in_recording(demo_site: DemoSite, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A recording made with a login session: (its folder, the session cookie's value)."""
    work = tmp_path_factory.mktemp("record")
    session = work / "session.json"
    done = run_cli("login", f"{demo_site.base_url}/login", "--username", DEMO_USER, "--session", str(session),
                   cwd=work, env={"TOOLKIT_PASSWORD": DEMO_PASSWORD})  # fmt: skip
    assert done.returncode == 0, done.stderr
    cookie = json.loads(session.read_text())["cookies"][0]["value"]
    done = run_cli("record", demo_site.url(1003), "--name", "premium", "--dir", str(work / "recs"),
                   "--session", str(session), cwd=work)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return work / "recs" / "premium", cookie


def test_record_writes_every_file(logged_in_recording: tuple[Path, str]) -> None:
    folder, _ = logged_in_recording
    assert {p.name for p in folder.iterdir()} == {"meta.json", "expected.json", "page.html", "screenshot.png",
                                                   "archive.har"}  # fmt: skip
    assert (folder / "screenshot.png").read_bytes().startswith(b"\x89PNG")
    expected = json.loads((folder / "expected.json").read_text())
    assert expected["access"] == "unlocked" and "elapsed_ms" not in expected and "fetched_at" not in expected
    assert list(expected) == sorted(expected)  # stable key order
    meta = json.loads((folder / "meta.json").read_text())
    assert set(meta) == {"url", "recorded_at", "browser", "toolkit", "session", "session_file"}
    assert meta["session"] is True and meta["session_file"] == "session.json"
    assert str(Path.home()) not in (folder / "meta.json").read_text()


def test_no_secret_reaches_a_recording(logged_in_recording: tuple[Path, str]) -> None:
    folder, cookie = logged_in_recording
    for path in folder.iterdir():
        content = path.read_bytes()
        assert cookie.encode() not in content, path.name
        assert DEMO_PASSWORD.encode() not in content, path.name
        assert b"demo_session" not in content, path.name
        assert b"set-cookie" not in content.lower(), path.name


def test_replay_is_offline_and_faithful_with_cache_busting(logged_in_recording: tuple[Path, str]) -> None:
    folder, _ = logged_in_recording
    archived = [e.url for e in Archive.load(folder).exchanges if "/api/body/" in e.url]
    assert len(archived) == 1 and "&_=" in archived[0]  # the page asked with a cache-busting parameter
    replayed = replay_one(folder)
    assert replayed.diffs == []
    served = [u for u in (replayed.recording and []) or []]  # noqa: F841 - kept simple below
    assert replayed.record.text == BY_ID[1003].full_text()


def test_replay_with_another_port(logged_in_recording: tuple[Path, str], tmp_path: Path) -> None:
    copy = tmp_path / "moved"
    shutil.copytree(logged_in_recording[0], copy)
    meta = json.loads((copy / "meta.json").read_text())
    parts = urlsplit(meta["url"])
    meta["url"] = parts._replace(netloc=f"127.0.0.1:{(parts.port or 0) % 60000 + 1}").geturl()
    (copy / "meta.json").write_text(json.dumps(meta))
    replayed = replay_one(copy)
    assert replayed.record.status == "ok"
    assert replayed.record.text == BY_ID[1003].full_text()
    assert {d.field for d in replayed.diffs} <= {"url", "final_url", "image"}  # only what carries the port


def test_changed_rule_fails_with_a_readable_diff(monkeypatch: pytest.MonkeyPatch) -> None:
    # a body selector too wide (the whole column): the summary box, the tags and the sidebar leak into text; forgetting
    # the drop rules alone no longer shows, as what they drop is above the dateline or in the paragraph rules too
    careless = replace(bisnis.PROFILE, body="main.container", drop=())
    monkeypatch.setattr(sites, "PROFILES", (careless,))
    recording = ROOT / "recordings" / "rupiah-menguat-didorong-aliran-modal-asing"
    with pytest.raises(AssertionError) as failure:
        from toolkit.testing import assert_unchanged

        assert_unchanged(recording)
    message = str(failure.value)
    assert "text:" in message
    assert "+Ringkasan Berita" in message  # the AI-summary box the drop rules remove
    assert "+Konten Premium" in message  # the sidebar's promo
    assert "word_count:\n  - 182\n  + " in message


def test_check_update_cycle_on_the_command_line(tmp_path: Path) -> None:
    copy = tmp_path / "rec"
    shutil.copytree(ROOT / "recordings" / "festival-kuliner-nusantara-surabaya", copy)
    expected = json.loads((copy / "expected.json").read_text())
    expected["title"] = "A title someone expected once"
    expected["tags"] = ["Kuliner"]
    (copy / "expected.json").write_text(json.dumps(expected))
    check = run_cli("replay", str(copy), "--check", cwd=tmp_path)
    assert check.returncode == 1
    assert "2 field(s) changed" in check.stdout
    assert "A title someone expected once" in check.stdout and "Festival Kuliner Nusantara" in check.stdout
    update = run_cli("replay", str(copy), "--update", cwd=tmp_path)
    assert update.returncode == 0
    again = run_cli("replay", str(copy), "--check", "-o", str(tmp_path / "out.jsonl"), cwd=tmp_path)
    assert again.returncode == 0, again.stdout
    assert "1 unchanged, 0 changed" in again.stdout
    record = json.loads((tmp_path / "out.jsonl").read_text())
    assert record["source"] == str(copy)


def test_scrape_record_option(demo_site: DemoSite, tmp_path: Path) -> None:
    done = run_cli("scrape", demo_site.url(2002), demo_site.url(2004), "--record", str(tmp_path / "recs"),
                   "-o", str(tmp_path / "out.jsonl"), cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in (tmp_path / "recs").iterdir())
    assert names == ["festival-kuliner-nusantara-surabaya", "jejak-rempah-maluku"]
    multi = Archive.load(tmp_path / "recs" / "jejak-rempah-maluku")
    assert sum("page=" in e.url for e in multi.exchanges) == 2  # pages 2 and 3 are in the archive too


def test_replay_usage_errors(tmp_path: Path) -> None:
    assert run_cli("replay", str(tmp_path / "nothing"), cwd=tmp_path).returncode == 2
    assert run_cli("replay", "--dir", str(tmp_path), cwd=tmp_path).returncode == 2
    assert run_cli("record", "http://127.0.0.1/", "--name", "../escape", cwd=tmp_path).returncode == 2


def test_a_broken_recording_costs_only_itself(tmp_path: Path) -> None:
    good = tmp_path / "recs" / "festival"
    shutil.copytree(ROOT / "recordings" / "festival-kuliner-nusantara-surabaya", good)
    broken = tmp_path / "recs" / "broken"
    shutil.copytree(good, broken)
    (broken / "archive.har").write_text("{ not a HAR archive")
    out = tmp_path / "out.jsonl"
    done = run_cli("replay", str(tmp_path / "recs"), "--check", "-o", str(out), cwd=tmp_path)
    records = {Path(r["source"]).name: r for r in map(json.loads, out.read_text().splitlines())}
    assert done.returncode == 1 and "Traceback" not in done.stdout + done.stderr
    assert records["festival"]["status"] == "ok"
    assert records["broken"]["error"]["kind"] == "internal"
    assert records["broken"]["error"]["message"].startswith("JSONDecodeError: ")
