"""The HTML pages' templates (package data): `{{name}}` slots filled with already-escaped HTML."""

from __future__ import annotations

import re
from importlib import resources

_SLOT = re.compile(r"\{\{(\w+)\}\}")


def fill(template: str, /, **values: str) -> str:
    """The template file `template` with every `{{slot}}` replaced; a slot without a value is a bug, so it raises."""
    text = resources.files(__name__).joinpath(template).read_text(encoding="utf-8")
    return _SLOT.sub(lambda m: values[m.group(1)], text)
