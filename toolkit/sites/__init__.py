"""The registry of site profiles: one declarative file per site, found by host or by template."""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
from collections.abc import Iterator
from dataclasses import dataclass, fields

from toolkit.errors import UsageError
from toolkit.sites.base import ListingPage, SiteProfile

FIRST = ("bisnis", "kompas", "detik", "cnnindonesia", "tempo", "kontan", "liputan6", "mediaindonesia", "katadata")
"""The first sites, tried first; every other module of this package that defines PROFILE follows by name."""
_NOT_SITES = ("base", "groups")


def _load() -> tuple[SiteProfile, ...]:
    """Every profile of this package: one module per site, so adding a site is adding a file."""
    names = [m.name for m in pkgutil.iter_modules(__path__) if m.name not in _NOT_SITES and not m.name.startswith("_")]
    ordered = [n for n in FIRST if n in names] + sorted(n for n in names if n not in FIRST)
    found = (getattr(importlib.import_module(f"{__name__}.{n}"), "PROFILE", None) for n in ordered)
    return tuple(p for p in found if isinstance(p, SiteProfile))


PROFILES: tuple[SiteProfile, ...] = _load()


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
