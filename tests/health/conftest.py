"""A demo site of its own whose variant each test sets (ok, drift, blocked, empty), and `toolkit health` on it."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.report.conftest import Offline, offline  # noqa: F401 - the fixture, for the report test
from toolkit.demo.server import DemoSite

WINDOW = ("--since", "2025-07-29", "--until", "2025-08-11")
"""The demo's three bisnis-like articles were published in these days."""


@dataclass
class Checked:
    """One `toolkit health` run: the process, and the line it wrote for the site."""

    process: subprocess.CompletedProcess[str]
    result: dict

    @property
    def evidence(self) -> list[str]:
        return self.result["evidence"]


@dataclass
class HealthSite:
    site: DemoSite
    folder: Path

    def check(self, variant: str, history: Path, *extra: str) -> Checked:
        """Serve `variant` ("" for the site as built) and check it with the bisnis.com profile."""
        self.site.server.variant = variant
        out = self.folder / "result.jsonl"
        out.unlink(missing_ok=True)
        process = run_cli("health", self.site.base_url, "--profile", "bisnis.com", *WINDOW, "--history",
                          str(history), "-o", str(out), *extra, cwd=self.folder)  # fmt: skip
        assert "Traceback" not in process.stdout + process.stderr
        lines = out.read_text(encoding="utf-8").split("\n")
        assert lines[-1] == "" and len(lines) == 2, lines  # one site: one line
        return Checked(process, json.loads(lines[0]))

    @property
    def name(self) -> str:
        return self.site.base_url.removeprefix("http://")


@pytest.fixture(scope="module")
def health_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HealthSite]:
    with DemoSite() as site:
        yield HealthSite(site, tmp_path_factory.mktemp("health"))


__all__ = ["Checked", "HealthSite", "Offline"]
