"""The identifier stripper: every message passes through scrub() before it is stored or shown."""

from pathlib import Path

from .compiled import choose

# True when scrub() runs as the mypyc build of its current source (see compiled.py).
COMPILED = choose(__name__, Path(__file__).parent)

from .core import scrub  # noqa: E402  (imported as choose() decided)
from .model import KINDS, Finding, ScrubResult  # noqa: E402

__all__ = ["COMPILED", "KINDS", "Finding", "ScrubResult", "scrub"]
