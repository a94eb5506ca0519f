"""A Dask cluster of real processes on 127.0.0.1, as a user starts one: `dask scheduler`, `dask worker`."""

from __future__ import annotations

import json
import os
import shutil
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


@dataclass
class Certificates:
    """A CA and one certificate it signed, as the README's TLS recipe makes them (openssl)."""

    ca: Path
    cert: Path
    key: Path

    @property
    def options(self) -> list[str]:
        """The same three options for `dask scheduler`, `dask worker` and `toolkit scrape`."""
        return ["--tls-ca-file", str(self.ca), "--tls-cert", str(self.cert), "--tls-key", str(self.key)]


def make_certificates(folder: Path) -> Certificates:
    if shutil.which("openssl") is None:
        pytest.skip("openssl (Debian's openssl package) makes the test certificates")

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True, timeout=60)

    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=toolkit test CA")
    openssl("req", *ec, "-keyout", "node.key", "-out", "node.csr", "-subj", "/CN=toolkit test node")
    openssl("x509", "-req", "-in", "node.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", "node.pem", "-days", "2")  # fmt: skip
    return Certificates(folder / "ca.pem", folder / "node.pem", folder / "node.key")


@contextmanager
def dask_cluster(folder: Path, workers: dict[str, dict[str, str]], nanny: bool = False,
                 tls: Certificates | None = None) -> Iterator[Cluster]:  # fmt: skip
    """A scheduler and one worker process per name (with its own extra environment), all on 127.0.0.1
    (over TLS with `tls`). Each process leads its own process group, so that tearing down also ends its
    browsers."""
    secure = ["--protocol", "tls", *tls.options] if tls else []
    scheduler_file = folder / "scheduler.json"
    processes: list[subprocess.Popen[bytes]] = []

    def start(args: list[str], env: dict[str, str], log: str) -> subprocess.Popen[bytes]:
        process = subprocess.Popen([DASK, *args], env={**os.environ, **env}, stdout=subprocess.DEVNULL,
                                   stderr=(folder / log).open("wb"), start_new_session=True)  # fmt: skip
        processes.append(process)
        return process

    try:
        start(["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file",
               str(scheduler_file), *secure], {}, "scheduler.log")  # fmt: skip
        deadline = time.monotonic() + 60
        while not scheduler_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.2)  # the file is written in one go, but give it a moment
        cluster = Cluster(json.loads(scheduler_file.read_text())["address"])
        for name, env in workers.items():
            args = ["worker", "--scheduler-file", str(scheduler_file), "--host", "127.0.0.1", "--nthreads", "1",
                    "--no-dashboard", "--name", name, "--nanny" if nanny else "--no-nanny", *secure]  # fmt: skip
            cluster.workers[name] = start(args, env, f"worker-{name}.log")
        wait_for_workers(cluster.address, len(workers), tls)
        yield cluster
    finally:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def wait_for_workers(address: str, count: int, tls: Certificates | None = None) -> None:
    from distributed import Client
    from distributed.security import Security

    security = Security(tls_ca_file=str(tls.ca), tls_client_cert=str(tls.cert), tls_client_key=str(tls.key),
                        require_encryption=True) if tls else None  # fmt: skip
    with Client(address, timeout="30s", set_as_default=False, security=security) as client:
        client.wait_for_workers(count, timeout=60)
