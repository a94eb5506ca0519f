"""Reaching a cluster: a local one for `--workers N`, or a running scheduler for `--cluster ADDRESS`.

A `tls://` address goes over Dask's TLS (`distributed.security.Security`): the certificate paths given on
the command line, else those of Dask's config (`distributed.comm.tls.*`, which `Security()` reads). A
scheduler started with TLS accepts only peers whose certificate its CA signed, so that nobody else
can reach the workers (whoever reaches a scheduler can run code on every worker).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass

from distributed import Client, LocalCluster
from distributed.security import Security

from toolkit.cluster.worker import LOCAL_WORKER_ENV
from toolkit.errors import BrowserNotFound, UsageError, one_line

CONNECT_TIMEOUT = "20s"


class ClusterUnavailable(BrowserNotFound):
    """No worker can render pages (none reachable, none joined, or none with a browser): handled as a
    missing browser is, with one error record per input left and one line saying why."""


@dataclass(frozen=True)
class Tls:
    """`--tls-ca-file`, `--tls-cert`, `--tls-key`: paths only (the files stay where they are)."""

    ca_file: str | None = None
    cert: str | None = None
    key: str | None = None

    def security(self) -> Security:
        """Dask's TLS security, encryption required; what is not given comes from Dask's config. A
        UsageError when the CA or this client's certificate is in neither (the scheduler asks for both)."""
        given = {"tls_ca_file": self.ca_file, "tls_client_cert": self.cert, "tls_client_key": self.key}
        security = Security(require_encryption=True, **{name: path for name, path in given.items() if path})
        if not security.tls_ca_file:
            raise UsageError("--cluster tls://... needs --tls-ca-file (or Dask's config distributed.comm.tls.ca-file)")
        if not security.tls_client_cert:
            raise UsageError(
                "--cluster tls://... needs this client's certificate: --tls-cert and --tls-key "
                "(or Dask's config distributed.comm.tls.client.cert and .key)"
            )
        return security


@contextlib.contextmanager
def connect(workers: int | None, address: str | None, tls: Tls | None = None) -> Iterator[Client]:
    """A client of the cluster at `address` (TLS for tls://), or of a new local one of `workers` processes."""
    logging.getLogger("distributed").setLevel(logging.ERROR)  # the run's own report says what matters
    # Ctrl-C in the middle of a Dask call leaves a callback failing in Dask's event loop as it
    # closes; tornado would print its traceback. Nothing there for a user to act on.
    logging.getLogger("tornado.application").setLevel(logging.CRITICAL)
    if address:
        security = (tls or Tls()).security() if address.startswith("tls://") else None
        try:
            client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False, security=security)
        except Exception as exc:  # refused, timed out, a TLS handshake that failed, a bad address
            raise ClusterUnavailable(f"cannot reach the Dask scheduler at {address}: {_why(exc, address)}") from None
        with client:
            yield client
        return
    os.environ[LOCAL_WORKER_ENV] = "1"  # inherited by the worker processes (see worker.LOCAL_WORKER_ENV)
    with (
        LocalCluster(
            n_workers=workers or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            host="127.0.0.1",
            # A worker whose scheduler (in this process) closes under Ctrl-C logs a failed heartbeat with
            # its traceback: the run's own report says what matters.
            silence_logs=logging.CRITICAL,
        ) as cluster,  # fmt: skip
        Client(cluster, set_as_default=False) as client,
    ):
        yield client


def _why(exc: Exception, address: str) -> str:
    """The failure in one line, with the likely cause of a plain address that timed out (a TLS scheduler)."""
    why = one_line(exc)
    if not address.startswith("tls://") and isinstance(exc, (OSError, TimeoutError)):
        why += " (a scheduler started with TLS needs --cluster tls://... and --tls-ca-file, --tls-cert, --tls-key)"
    return why
