"""Groups of sites named as one SOURCE: `@id` is every Indonesian profile, `@all` every profile.

A profile is in group G when G is its language ("id") or one of its `groups`. Discovery, `scrape
--discover` and `health` take `@G` wherever they take a site; an unknown group is a usage error that
names the groups there are.
"""

from __future__ import annotations

from collections.abc import Sequence

from toolkit import sites
from toolkit.errors import UsageError
from toolkit.sites.base import SiteProfile


def groups() -> dict[str, list[SiteProfile]]:
    """Every group and its profiles, in registry order (the first nine first)."""
    found: dict[str, list[SiteProfile]] = {"all": list(sites.PROFILES)}
    for profile in sites.PROFILES:
        for name in dict.fromkeys([*([profile.language] if profile.language else []), *profile.groups]):
            found.setdefault(name.lower(), []).append(profile)
    return found


def members(name: str) -> list[SiteProfile]:
    """The profiles of group `name` ("@id" or "id"); UsageError naming the groups when there is none."""
    known = groups()
    key = name.removeprefix("@").strip().lower()
    if key not in known:
        listed = ", ".join(f"@{g} ({len(p)})" for g, p in sorted(known.items()))
        raise UsageError(f"no group {name!r}; the groups are: {listed}")
    return known[key]


def expand(sources: Sequence[str]) -> list[str]:
    """SOURCEs with each `@group` replaced by its sites (`kompas.com`), each site once, in order."""
    out: list[str] = []
    for source in sources:
        if source.startswith("@"):
            out += [profile.domains[0] for profile in members(source)]
        else:
            out.append(source)
    return list(dict.fromkeys(out))
