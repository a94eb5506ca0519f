"""Which workers may take a run's work: those with the same toolkit version as the client.

A worker with another version (or another package that happens to be called `toolkit`) would extract
differently, or fail in ways the client cannot read: it is refused when it joins, with one line
saying why, and gets neither the browser plugin nor a batch; an admitted one gets the plugin (its
warm browser) here. The version is asked with
`importlib.metadata.version` itself, so that the question works whatever the worker has installed.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
from typing import Any

from toolkit import DISTRIBUTION, __version__
from toolkit.cluster.worker import install_plugin
from toolkit.errors import one_line


def admit(client: Any, addresses: list[str], mine: str = __version__) -> dict[str, str | None]:
    """{worker: None (admitted, its browser starting) or why it is refused} for the workers that
    answered; one that did not (it left meanwhile, or the call failed) is asked again next time."""
    if not addresses:
        return {}
    try:
        answers = client.run(importlib.metadata.version, DISTRIBUTION, workers=addresses, on_error="return")
    except Exception:
        return {}
    verdicts = {address: refusal(answer, mine) for address, answer in answers.items()}
    for address in [address for address, why in verdicts.items() if why is None]:
        with contextlib.suppress(Exception):  # one that left meanwhile is seen gone by the run
            client.run(install_plugin, workers=[address], wait=False)
    return verdicts


def refusal(answer: object, mine: str) -> str | None:
    """Why a worker whose version check answered `answer` is refused, or None when it matches `mine`."""
    if isinstance(answer, importlib.metadata.PackageNotFoundError):
        return f"no {DISTRIBUTION} installed, this client {mine}"
    if isinstance(answer, BaseException):
        return f"toolkit version unknown ({one_line(answer)}), this client {mine}"
    if answer != mine:
        return f"toolkit {answer}, this client {mine}"
    return None
