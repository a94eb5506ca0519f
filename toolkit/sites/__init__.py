"""The registry of site profiles: one declarative file per site, found by host or by template."""

from __future__ import annotations

from toolkit.sites import bisnis, cnnindonesia, detik, katadata, kompas, kontan, liputan6, mediaindonesia, tempo
from toolkit.sites.base import ListingPage, SiteProfile

PROFILES: tuple[SiteProfile, ...] = tuple(
    module.PROFILE
    for module in (bisnis, kompas, detik, cnnindonesia, tempo, kontan, liputan6, mediaindonesia, katadata)
)


def profile_for_host(host: str) -> SiteProfile | None:
    """The profile that serves `host`, or None. (Reads PROFILES at call time, so tests can add one.)"""
    return next((p for p in PROFILES if p.serves(host)), None)


__all__ = ["PROFILES", "ListingPage", "SiteProfile", "profile_for_host"]
