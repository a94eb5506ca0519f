"""Recordings: freeze what the browser saw, replay it offline, and see which field changed.

recordings/NAME/meta.json        url, recorded_at, browser and toolkit versions
recordings/NAME/expected.json    the record at recording time, volatile fields left out
recordings/NAME/page.html        the final DOM of the (first) page
recordings/NAME/screenshot.png   what the reader saw
recordings/NAME/archive.har      every response the record used (.har.gz when large)
"""

from toolkit.recordings.archive import Archive, Replayer
from toolkit.recordings.capture import Recorder, RecordingWriter
from toolkit.recordings.diff import FieldDiff, compare, plain_diffs, render_diffs
from toolkit.recordings.replay import Replayed, replay
from toolkit.recordings.store import Recording, find_recordings, name_for, stable, write_recording

__all__ = [
    "Archive",
    "FieldDiff",
    "Recorder",
    "Recording",
    "RecordingWriter",
    "Replayed",
    "Replayer",
    "compare",
    "find_recordings",
    "name_for",
    "plain_diffs",
    "render_diffs",
    "replay",
    "stable",
    "write_recording",
]
