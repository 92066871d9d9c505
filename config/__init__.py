"""Default configuration shipped with the package: TOML files beside this module."""
from __future__ import annotations

from pathlib import Path

CONFIG_DIR = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """Path of a file in the shipped configuration folder."""
    return CONFIG_DIR.joinpath(*parts)
