"""`toolkit scrape --workers N | --cluster ADDRESS`: the same run, spread over a Dask cluster.

Thin: the options, and the scraper that `scrape_and_report` calls instead of the local engine.
Dask is imported only when one of the two options is given (it is the optional `[cluster]` extra).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
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
    typer.Option("--cluster", help="Scrape on a running Dask cluster: its scheduler, e.g. tcp://10.0.0.5:8786."),
]
Scraper = Callable[[Sequence[str], ScrapeOptions, Listener, Callable[[Record], None]], RunResult]


def cluster_scraper(workers: int | None, address: str | None) -> Scraper | None:
    """The scraper for `--workers`/`--cluster`, or None for a local run."""
    if workers is None and not address:
        return None
    if workers is not None and address:
        raise UsageError("give --workers N (a local cluster) or --cluster ADDRESS (a running one), not both")
    from toolkit.cluster import require

    require()
    from toolkit.cluster.client import scrape_on_cluster

    return partial(scrape_on_cluster, workers=workers, address=address)
