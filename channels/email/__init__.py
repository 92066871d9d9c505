"""The e-mail channel (IMAP in, SMTP out). `EmailChannel` is what the service wires in."""
from __future__ import annotations

from channels.email.channel import EmailChannel

__all__ = ["EmailChannel"]
