"""Text as it may be stored and shown: valid Unicode, no control characters.

Lone surrogates (from broken clients or JSON escapes) cannot be encoded as UTF-8 and would
fail a message at the store; control characters can hide text from a reader. Both are
replaced, never silently dropped with the rest of the message.
"""
from __future__ import annotations

import re

# C0 and C1 controls except tab, newline and carriage return; DEL; lone surrogates.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def sanitise(text: str) -> str:
    return _UNSAFE.sub("\ufffd", text)
