"""The registry of site profiles: one declarative file per site, found by host or by template."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, fields

from toolkit.errors import UsageError
from toolkit.sites import bisnis, cnnindonesia, detik, katadata, kompas, kontan, liputan6, mediaindonesia, tempo
from toolkit.sites.base import ListingPage, SiteProfile

PROFILES: tuple[SiteProfile, ...] = tuple(
    module.PROFILE
    for module in (bisnis, kompas, detik, cnnindonesia, tempo, kontan, liputan6, mediaindonesia, katadata)
)


def profile_for_host(host: str) -> SiteProfile | None:
    """The profile that serves `host`, or None. (Reads PROFILES at call time, so tests can add one.)"""
    return next((p for p in PROFILES if p.serves(host)), None)


@contextlib.contextmanager
def forced_profile(name: str | None) -> Iterator[SiteProfile | None]:
    """While inside, every page is matched to profile `name`, whatever its host or template.

    Extraction looks profiles up in `PROFILES` at call time (by host, then by fingerprint), so a
    copy of the profile that serves every host, left alone in that registry, is the one it finds.
    One inspect or health check runs at a time in a process (the CLI), so swapping the registry is safe."""
    global PROFILES
    if not name:
        yield None
        return
    found = next((p for p in PROFILES if p.name == name), None)
    if found is None:
        names = ", ".join(p.name for p in PROFILES)
        raise UsageError(f"no profile named {name!r}; the profiles are: {names}")
    forced = _AnyHost(**{f.name: getattr(found, f.name) for f in fields(found)})
    saved = PROFILES
    PROFILES = (forced,)
    try:
        yield found
    finally:
        PROFILES = saved


@dataclass(frozen=True)
class _AnyHost(SiteProfile):
    def serves(self, host: str) -> bool:
        return True


__all__ = ["PROFILES", "ListingPage", "SiteProfile", "forced_profile", "profile_for_host"]
