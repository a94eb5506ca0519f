"""`@id` and other groups as SOURCE, through the real CLI; `toolkit sites` and its Markdown table."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest

from tests.conftest import run_cli
from toolkit import sites
from toolkit.health.target import resolve_targets
from toolkit.sites.groups import expand, members


def indonesian() -> list[sites.SiteProfile]:
    return [p for p in sites.PROFILES if p.language == "id" or "id" in p.groups]


def offline() -> bool:
    try:
        socket.getaddrinfo(indonesian()[0].domains[0], 443)
    except OSError:
        return True
    return False


def test_groups_expand_to_their_profiles_once() -> None:
    assert expand(["@id"]) == [p.domains[0] for p in indonesian()]
    assert expand(["kompas.com", "@id"])[0] == "kompas.com" and expand(["kompas.com", "@id"]).count("kompas.com") == 1
    assert len(members("@all")) == len(sites.PROFILES)
    assert [t.name for t in resolve_targets(["@id"])] == [p.name for p in indonesian()]


def test_an_unknown_group_is_a_usage_error_naming_the_groups(tmp_path: Path) -> None:
    for command in (["discover", "@nope"], ["scrape", "--discover", "@nope"], ["health", "@nope"]):
        done = run_cli(*command, cwd=tmp_path)
        assert done.returncode == 2, (command, done.stderr)
        assert "no group '@nope'" in done.stderr and "@id (" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.skipif(not offline(), reason="needs a machine whose DNS resolves none of the sites")
def test_discover_at_id_with_no_network_is_one_warning_a_site_and_a_summary(tmp_path: Path) -> None:
    started = time.monotonic()
    done = run_cli("discover", "@id", "--query", "harga beras", "--since", "2026-11-01", cwd=tmp_path,
                   env={"COLUMNS": "250"}, timeout=600)  # fmt: skip
    seconds = time.monotonic() - started
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr + done.stdout and done.stdout == ""
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning: ")]
    for profile in indonesian():
        mine = [w for w in warnings if w.startswith(f"warning: {profile.domains[0]}: ")]
        assert len(mine) == 1, (profile.name, mine)
        assert any(line.startswith(f"│ {profile.domains[0]} ") for line in done.stderr.splitlines()), profile.name
    assert len(warnings) == len(indonesian())
    assert "Discovery: 0 URLs kept" in done.stderr
    for profile in indonesian():
        if profile.search is None:
            assert f"{profile.domains[0]}: no search; --query filtered its sitemaps and feeds" in done.stderr
    assert seconds < 30 + 5 * len(indonesian()), f"{seconds:.0f} s"


def test_sites_lists_discovery_kinds_and_prints_markdown(tmp_path: Path) -> None:
    history = tmp_path / "health.jsonl"
    name = sites.PROFILES[0].name
    history.write_text(f'{{"site": "{name}", "verdict": "drift", "checked_at": "2026-12-01T06:15:00+07:00"}}\n')
    done = run_cli("sites", "--history", str(history), cwd=tmp_path, env={"COLUMNS": "300"})
    assert done.returncode == 0, done.stderr
    row = next(line for line in done.stdout.splitlines() if line.startswith(f"│ {name} "))
    assert "drift (2026-12-01)" in row and "search" in row
    markdown = run_cli("sites", "--markdown", cwd=tmp_path)
    lines = markdown.stdout.splitlines()
    assert lines[0].startswith("| site | domains | discovery | browser |") and len(lines) == 2 + len(sites.PROFILES)
    tempo = next(line for line in lines if line.startswith("| tempo.co |"))
    assert "search by filter" in tempo and "| yes |" in tempo  # no usable search; its index is rendered
    katadata = next(line for line in lines if line.startswith("| katadata.co.id |"))
    assert "search (POST JSON)" in katadata
