"""A worker whose toolkit version is not the client's is refused when it joins: one line, no browser, no
work; the run goes on on the others, or ends with a clear error when none is left. The other version is
a real installed distribution's metadata (a dist-info folder first on the worker's PYTHONPATH), read by
the real check."""

from __future__ import annotations

import importlib.metadata
import re
from collections import Counter
from pathlib import Path

import psutil

from tests.cluster.conftest import dask_cluster
from tests.cluster.test_cluster_run import many, records_of
from tests.conftest import run_cli
from toolkit import DISTRIBUTION, __version__
from toolkit.cluster.admission import refusal
from toolkit.demo.server import DemoSite


def old_toolkit(folder: Path) -> dict[str, str]:
    """The environment of a worker on which newsbrowser-toolkit 0.0.3 is installed."""
    info = folder / "old-site" / "newsbrowser_toolkit-0.0.3.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {DISTRIBUTION}\nVersion: 0.0.3\n")
    return {"PYTHONPATH": str(info.parent)}


def browsers_under(pid: int) -> list[str]:
    return [p.name() for p in psutil.Process(pid).children(recursive=True) if "chrom" in p.name().lower()]


def test_a_worker_of_another_version_is_refused_and_the_run_completes(demo_site: DemoSite, tmp_path: Path) -> None:
    inputs = many(demo_site, 6)
    out = tmp_path / "out.jsonl"
    with dask_cluster(tmp_path, {"current": {}, "old": old_toolkit(tmp_path)}) as cluster:
        done = run_cli("scrape", *inputs, "-o", str(out), "--cluster", cluster.address, cwd=tmp_path)
        old_browsers = browsers_under(cluster.workers["old"].pid)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    records = records_of(out)
    assert Counter(r["url"] for r in records) == Counter(inputs)
    assert all(r["status"] == "ok" for r in records)
    refused = re.findall(rf"worker tcp://127\.0\.0\.1:\d+: toolkit 0\.0\.3, this client {__version__}: refused", output)
    assert len(refused) == 1, output
    lines = [line.rstrip() for line in done.stdout.splitlines() if line.startswith("worker 127.0.0.1:")]
    assert len(lines) == 2, done.stdout
    assert sum(f"refused: toolkit 0.0.3, this client {__version__}" in line for line in lines) == 1
    assert any(f"{len(inputs)} pages" in line and line.endswith(", done") for line in lines), lines
    assert old_browsers == []  # the refused worker never got the browser plugin
    assert "Traceback" not in output


def test_no_worker_of_this_version_ends_the_run_with_a_clear_error(demo_site: DemoSite, tmp_path: Path) -> None:
    inputs = many(demo_site, 2)
    out = tmp_path / "out.jsonl"
    with dask_cluster(tmp_path, {"old": old_toolkit(tmp_path)}) as cluster:
        done = run_cli("scrape", *inputs, "-o", str(out), "--cluster", cluster.address, cwd=tmp_path)
    assert done.returncode == 1
    why = f"refused: toolkit 0.0.3, this client {__version__}"
    assert f"error: no worker in the cluster can scrape: {why}" in done.stderr
    records = records_of(out)
    assert Counter(r["url"] for r in records) == Counter(inputs)
    assert {(r["error"]["kind"], r["error"]["message"]) for r in records} == {("cluster", why)}
    assert "Traceback" not in done.stdout + done.stderr


def test_what_a_refusal_says() -> None:
    missing = importlib.metadata.PackageNotFoundError(DISTRIBUTION)
    assert refusal("0.1.0", "0.1.0") is None
    assert refusal("0.0.3", "0.1.0") == "toolkit 0.0.3, this client 0.1.0"
    assert refusal(missing, "0.1.0") == f"no {DISTRIBUTION} installed, this client 0.1.0"
    assert refusal(ImportError("no module named toolkit\nmore"), "0.1.0") == (
        "toolkit version unknown (ImportError: no module named toolkit), this client 0.1.0"
    )
