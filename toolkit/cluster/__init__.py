"""The Dask scale-out: one `toolkit scrape` run over a distributed cluster.

`worker` holds the worker plugin (one warm browser per worker, batches run on the same engine as a
local run); `client` is the side of the run that owns it: inputs, robots.txt, per-host slots over
the whole cluster, dispatch, records, output and progress. Dask is an optional extra
(`pip install '.[cluster]'` in the checkout); `require()` says so in one line when it is missing.
"""

from __future__ import annotations

from toolkit.errors import ToolkitError

INSTALL_HINT = "--workers and --cluster need Dask: pip install '.[cluster]' in the toolkit checkout (dask, distributed)"


class ClusterMissing(ToolkitError):
    """Dask is not installed: the `[cluster]` extra is optional."""


def require() -> None:
    """ClusterMissing, with how to install it, unless dask and distributed import."""
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise ClusterMissing(f"{INSTALL_HINT} ({exc.name} is missing)") from None
