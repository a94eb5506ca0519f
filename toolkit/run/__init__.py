"""The run engine: inputs -> workers with browser contexts -> one record per input -> sinks.

Nothing here imports the stages above it (recordings, report, cli); they plug in through
`Listener` (observers), `sink` (where records go) and `isolated` (a per-input scrape of their own).
"""

from toolkit.run.engine import (
    HostGate,
    IsolatedScrape,
    Listener,
    RunResult,
    ScrapeOptions,
    WarmBrowser,
    WorkerStats,
    run,
)

__all__ = ["HostGate", "IsolatedScrape", "Listener", "RunResult", "ScrapeOptions", "WarmBrowser", "WorkerStats", "run"]
