"""`--record DIR` on a cluster: what a worker sends back is untrusted. Only a recording's own file names
are written, and only at paths that resolve under DIR; the rest is refused with one line each."""

from __future__ import annotations

import json
import logging
import os
import stat
from pathlib import Path

import pytest

from toolkit.cluster.client import _Run
from toolkit.run import Listener, RunResult, ScrapeOptions


def meta(slug: str) -> bytes:
    return json.dumps({"url": f"http://127.0.0.1:8000/read/{slug}.html"}).encode()


def snapshot(folder: Path, skip: Path) -> dict[str, bytes | str]:
    """Every path under `folder` but `skip`, with its content (a symlink: its target)."""
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        if path == skip or skip in path.parents:
            continue
        found[str(path)] = os.readlink(path) if path.is_symlink() else path.read_bytes() if path.is_file() else "dir"
    return found


def answer_handler(record_dir: Path, session: Path | None = None) -> _Run:
    """The client's handler of worker answers, as a cluster run has it (no cluster needed for this part)."""
    options = ScrapeOptions(record_dir=str(record_dir), session=str(session) if session else None)
    return _Run(None, options, Listener(), lambda record: None, RunResult())  # type: ignore[arg-type]


def test_a_worker_answer_writes_nothing_outside_the_record_folder(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    record_dir = tmp_path / "recordings"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "victim.html").write_bytes(b"precious")
    record_dir.mkdir()
    (record_dir / "linked-away").symlink_to(outside, target_is_directory=True)  # a folder that leads out
    (record_dir / "file-linked").mkdir()
    (record_dir / "file-linked" / "page.html").symlink_to(outside / "victim.html")  # a file that leads out
    before = snapshot(tmp_path, record_dir)
    answer = {
        "../../escape": {  # the worker's own folder name is never used
            "meta.json": meta("berita-satu"),
            "page.html": b"<p>kept</p>",
            "../x": b"dot-dot",
            str(tmp_path / "abs"): b"absolute",
            "sub/../../x": b"inner dot-dot",
            "run.sh": b"unknown name",
            "expected.json": "a str, not bytes",
        },
        "b": {"meta.json": meta("linked-away"), "page.html": b"through a folder symlink"},
        "c": {"meta.json": meta("file-linked"), "page.html": b"through a file symlink"},
        "d": ["not", "a", "dict"],
    }
    with caplog.at_level(logging.WARNING, logger="toolkit.cluster"):
        answer_handler(record_dir)._write_recordings(answer)
    assert snapshot(tmp_path, record_dir) == before  # nothing outside DIR was written or changed
    assert not (tmp_path / "x").exists() and not (tmp_path / "abs").exists()
    kept = record_dir / "berita-satu"
    assert sorted(p.name for p in kept.iterdir()) == ["meta.json", "page.html"]
    assert (kept / "page.html").read_bytes() == b"<p>kept</p>"
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 8, warnings  # 5 refused files, 2 symlinks, 1 recording that is no folder
    assert all("\n" not in w and w.endswith("not written") for w in warnings)
    for refused in ("'../x'", "'sub/../../x'", "'run.sh'", "'expected.json'", repr(str(tmp_path / "abs"))):
        assert any(f"berita-satu.html: file {refused}" in w for w in warnings), refused
    assert any("linked-away.html: its folder linked-away leads outside" in w for w in warnings)
    assert any("file-linked.html: file 'page.html' leads outside" in w for w in warnings)


def test_recordings_of_a_session_run_are_private_and_not_a_dict_is_refused(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    session = tmp_path / "reader.json"
    session.write_text('{"cookies": [], "origins": []}')
    handler = answer_handler(tmp_path / "recordings", session)
    with caplog.at_level(logging.WARNING, logger="toolkit.cluster"):
        handler._write_recordings({"a": {"meta.json": meta("berita"), "page.html": b"<p>x</p>"}})
        handler._write_recordings(["meta.json"])
    folder = tmp_path / "recordings" / "berita"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()} == {0o600}
    assert [r.getMessage() for r in caplog.records] == [
        "warning: a worker's recordings came as list, not as folders: not written"
    ]
