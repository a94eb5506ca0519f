"""Input files: one URL a line, whatever the URL holds."""

from __future__ import annotations

from pathlib import Path

from toolkit.run.inputs import read_url_file


def test_a_line_is_ended_by_cr_or_lf_alone(tmp_path: Path) -> None:
    """A URL holding U+2028 or U+0085 (str.splitlines would cut it) stays one input: one record, not two."""
    listed = tmp_path / "urls.txt"
    listed.write_text("# a comment\r\nhttps://a.test/x\u2028y\nhttps://a.test/z\u0085w\r\n\r\n  https://a.test/3  \r",
                      encoding="utf-8")  # fmt: skip
    assert read_url_file(str(listed)) == ["https://a.test/x\u2028y", "https://a.test/z\u0085w", "https://a.test/3"]
