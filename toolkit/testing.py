"""A pytest plugin: replay a recording in your own tests and assert on the record.

Installed with the package (entry point `pytest11`), so in any test suite:

    def test_premium_article(replay_recording):
        record = replay_recording("recordings/strategi-bank-daerah-unlocked")
        assert record.access == "unlocked"

    def test_nothing_changed(recording_unchanged):
        recording_unchanged("recordings/rupiah-menguat")   # fails with a field-by-field diff

Replay is offline: every request not in the recording's archive is aborted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from toolkit._sync import run_coroutine
from toolkit.record import Record
from toolkit.recordings import Replayed, find_recordings, plain_diffs, replay


def replay_one(path: str | Path) -> Replayed:
    found = find_recordings([Path(path)])
    if len(found) != 1:
        raise FileNotFoundError(f"{path} is not one recording (a folder with meta.json and archive.har)")
    results, _ = run_coroutine(replay(found))
    return results[0]


def assert_unchanged(path: str | Path) -> Record:
    """Replay and compare with expected.json; AssertionError with a readable diff when a field changed."""
    replayed = replay_one(path)
    if replayed.recording.expected() is None:
        raise AssertionError(f"{path}: no expected.json (run `toolkit replay --update {path}`)")
    if replayed.diffs:
        raise AssertionError(plain_diffs(replayed.recording.name, replayed.diffs))
    return replayed.record


@pytest.fixture
def replay_recording() -> Callable[[str | Path], Record]:
    """Replay a recording offline and return its record."""
    return lambda path: replay_one(path).record


@pytest.fixture
def recording_unchanged() -> Callable[[str | Path], Record]:
    """Replay a recording and fail with a field-by-field diff if the record differs from expected.json."""
    return assert_unchanged
