"""Site health (`toolkit health`): for each site, its newest articles discovered and scraped, one verdict
(`ok`, `drift`, `blocked`, `no-articles`, `unreachable`) with evidence a person can act on, and a history.

`target` says which sites and profiles a run checks, `check` discovers and scrapes (with the selector trace
of `extract.trace`), `judge` turns what was seen into a verdict against the site's last `ok` run, `history`
keeps one JSON line per site and run, `table` and `html` draw them.
"""

from toolkit.health.check import HealthOptions, Seen, check_sites
from toolkit.health.judge import judge
from toolkit.health.model import VERDICTS, SiteHealth
from toolkit.health.target import Target, resolve_targets

__all__ = ["VERDICTS", "HealthOptions", "Seen", "SiteHealth", "Target", "check_sites", "judge", "resolve_targets"]
