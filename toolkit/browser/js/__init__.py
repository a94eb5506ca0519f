"""The JavaScript the toolkit runs inside pages, one file per job, loaded by name."""

from importlib import resources


def script(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
