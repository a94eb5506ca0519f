"""A Dask cluster of real processes on 127.0.0.1, as a user starts one: `dask scheduler`, `dask worker`."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="the [cluster] extra (make test installs it)")

DASK = str(Path(sys.executable).with_name("dask"))


@dataclass
class Cluster:
    address: str
    workers: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)


@contextmanager
def dask_cluster(folder: Path, workers: dict[str, dict[str, str]], nanny: bool = False) -> Iterator[Cluster]:
    """A scheduler and one worker process per name (with its own extra environment), all on 127.0.0.1.
    Each process leads its own process group, so that tearing down also ends its browsers."""
    scheduler_file = folder / "scheduler.json"
    processes: list[subprocess.Popen[bytes]] = []

    def start(args: list[str], env: dict[str, str], log: str) -> subprocess.Popen[bytes]:
        process = subprocess.Popen([DASK, *args], env={**os.environ, **env}, stdout=subprocess.DEVNULL,
                                   stderr=(folder / log).open("wb"), start_new_session=True)  # fmt: skip
        processes.append(process)
        return process

    try:
        start(["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file",
               str(scheduler_file)], {}, "scheduler.log")  # fmt: skip
        deadline = time.monotonic() + 60
        while not scheduler_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.2)  # the file is written in one go, but give it a moment
        cluster = Cluster(json.loads(scheduler_file.read_text())["address"])
        for name, env in workers.items():
            args = ["worker", "--scheduler-file", str(scheduler_file), "--host", "127.0.0.1", "--nthreads", "1",
                    "--no-dashboard", "--name", name, "--nanny" if nanny else "--no-nanny"]  # fmt: skip
            cluster.workers[name] = start(args, env, f"worker-{name}.log")
        wait_for_workers(cluster.address, len(workers))
        yield cluster
    finally:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def wait_for_workers(address: str, count: int) -> None:
    from distributed import Client

    with Client(address, timeout="30s", set_as_default=False) as client:
        client.wait_for_workers(count, timeout=60)
