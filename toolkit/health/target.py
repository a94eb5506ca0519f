"""Which sites a health run checks: every profile by default, else the named profiles, hosts and URLs."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from toolkit import sites
from toolkit.errors import UsageError
from toolkit.sites import SiteProfile
from toolkit.sites.groups import members


@dataclass(frozen=True)
class Target:
    name: str
    """The key of the site in the history and the table."""
    source: str
    """What discovery walks: the site's home page (or the section URL given)."""
    profile: SiteProfile | None
    """The profile whose selectors are checked; None: the generic path (fields only)."""
    forced: bool = False
    """The profile was named with --profile: applied whatever the host (a mirror, the demo site)."""


def resolve_targets(names: list[str], profile: str | None = None) -> list[Target]:
    """SITE arguments -> targets; UsageError (exit 2) for a name that is no profile, host or URL."""
    forced = None
    if profile is not None:
        forced = next((p for p in sites.PROFILES if p.name == profile), None)
        if forced is None:
            raise UsageError(f"--profile {profile}: no such profile (see `toolkit sites`)")
    if not names:
        if forced is not None:
            raise UsageError("--profile goes with a SITE: the host or URL to check with that profile")
        return [Target(p.name, p.home_page(), p) for p in sites.PROFILES]
    targets: list[Target] = []
    for name in names:
        if name.strip().startswith("@"):  # a group: each of its profiles, as if named
            targets += [Target(p.name, p.home_page(), p) for p in members(name.strip())]
        else:
            targets.append(_target(name.strip(), forced))
    return list({t.name: t for t in targets}.values())


def _target(name: str, forced: SiteProfile | None) -> Target:
    named = next((p for p in sites.PROFILES if p.name == name), None)
    if named is not None and forced is None:
        return Target(named.name, named.home_page(), named)
    url = name if "://" in name else f"https://{name}/"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or ("." not in parts.hostname
                                                                      and parts.hostname != "localhost"):  # fmt: skip
        raise UsageError(f"unknown site {name!r}: give a profile name (see `toolkit sites`), a host or a URL")
    served = sites.profile_for_host(parts.hostname)
    path = parts.path.rstrip("/")
    if forced is not None:
        return Target(parts.netloc + path, url, forced, forced=True)
    if served is not None and not path:
        return Target(served.name, url, served)
    return Target(parts.netloc + path, url, served)
