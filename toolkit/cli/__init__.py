"""The command line (Typer): thin commands over the package's stages."""

from toolkit.cli.app import app, main

__all__ = ["app", "main"]
