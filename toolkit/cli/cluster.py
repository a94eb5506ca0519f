"""`toolkit scrape --workers N | --cluster ADDRESS [--tls-*]`: the same run, spread over a Dask cluster.

Thin: the options, and the scraper that `scrape_and_report` calls instead of the local engine.
Dask is imported only when one of the two options is given (it is the optional `[cluster]` extra).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from toolkit.errors import UsageError
from toolkit.record import Record
from toolkit.run import Listener, RunResult, ScrapeOptions

Workers = Annotated[
    int | None,
    typer.Option("--workers", min=1, max=64, help="Scrape on a local Dask cluster of N worker processes."),
]
ClusterAddress = Annotated[
    str | None,
    typer.Option("--cluster", help="Scrape on a running Dask cluster: its scheduler, e.g. tls://10.0.0.5:8786."),
]
TlsCaFile = Annotated[
    Path | None, typer.Option("--tls-ca-file", help="With --cluster tls://: the CA of the cluster's certificates.")
]
TlsCert = Annotated[Path | None, typer.Option("--tls-cert", help="With --cluster tls://: this client's certificate.")]
TlsKey = Annotated[Path | None, typer.Option("--tls-key", help="With --cluster tls://: this client's private key.")]
Scraper = Callable[[Sequence[str], ScrapeOptions, Listener, Callable[[Record], None]], RunResult]


def cluster_scraper(workers: int | None, address: str | None, tls_ca_file: Path | None = None,
                    tls_cert: Path | None = None, tls_key: Path | None = None) -> Scraper | None:  # fmt: skip
    """The scraper for `--workers`/`--cluster`, or None for a local run."""
    given = {"--tls-ca-file": tls_ca_file, "--tls-cert": tls_cert, "--tls-key": tls_key}
    if any(given.values()) and not (address or "").startswith("tls://"):
        raise UsageError("--tls-ca-file, --tls-cert and --tls-key go with --cluster tls://HOST:PORT")
    for option, path in given.items():
        if path is not None and not path.is_file():
            raise UsageError(f"{option}: no such file: {path}")
    if workers is None and not address:
        return None
    if workers is not None and address:
        raise UsageError("give --workers N (a local cluster) or --cluster ADDRESS (a running one), not both")
    from toolkit.cluster import require

    require()
    from toolkit.cluster.client import scrape_on_cluster
    from toolkit.cluster.connect import Tls

    tls = Tls(*(str(path) if path else None for path in given.values()))
    if address and address.startswith("tls://"):
        tls.security()  # a missing certificate is a usage error now, before any input is read
    return partial(scrape_on_cluster, workers=workers, address=address, tls=tls)
