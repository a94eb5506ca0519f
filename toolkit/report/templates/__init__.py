"""The HTML pages' templates (package data): `{{name}}` slots filled with already-escaped HTML.

Every page gets `{{page_css}}`: the colours, font and box model the pages share (`page.css`)."""

from __future__ import annotations

import re
from importlib import resources

_SLOT = re.compile(r"\{\{(\w+)\}\}")


def fill(template: str, /, **values: str) -> str:
    """The template file `template` with every `{{slot}}` replaced; a slot without a value is a bug, so it raises."""
    files = resources.files(__name__)
    text = files.joinpath(template).read_text(encoding="utf-8")
    values = {"page_css": files.joinpath("page.css").read_text(encoding="utf-8").rstrip("\n"), **values}
    return _SLOT.sub(lambda m: values[m.group(1)], text)
