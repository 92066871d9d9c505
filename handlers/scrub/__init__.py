"""The identifier stripper: every message passes through scrub() before it is stored or shown."""

from .core import scrub
from .model import KINDS, Finding, ScrubResult

__all__ = ["KINDS", "Finding", "ScrubResult", "scrub"]
