"""Replies out over SMTP (aiosmtplib): plain text in UTF-8, threaded (In-Reply-To, References,
"Re:" subject, a Message-ID of the helpline's domain), RFC 3834 marking of automatic replies,
and failures sorted into "try again later" and "will never work" for the outbox.
"""
from __future__ import annotations

import ssl
from collections.abc import Mapping, Sequence
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

import aiosmtplib

from bot.envelope import Reply
from channels.base import PermanentFailure, TemporaryFailure
from channels.email.config import EmailSettings
from channels.email.imap_in import tls_context


def render_text(reply: Reply, notices: Sequence[str] = ()) -> str:
    """The reply's text, with buttons as a plain list (e-mail has no buttons) and any notices
    (such as "we cannot receive files") first."""
    parts = [n.strip() for n in notices if n.strip()]
    parts.append(reply.text.strip())
    if reply.buttons:
        parts.append("\n".join(f"- {b.label}" for b in reply.buttons))
    return "\n\n".join(p for p in parts if p) + "\n"


def build_message(*, cfg: EmailSettings, body: str, to: str, subject: str, message_id: str,
                  in_reply_to: str | None, references: Sequence[str], automatic: bool,
                  now: datetime) -> EmailMessage:
    msg = EmailMessage()
    local, _, domain = cfg.from_address.partition("@")
    msg["From"] = Address(display_name=cfg.from_name, username=local, domain=domain)
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = " ".join(references)
    if automatic:
        # RFC 3834: machines must not answer this; Exchange's own suppression header too.
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(body, subtype="plain", charset="utf-8")
    return msg


def _is_permanent(exc: BaseException) -> bool:
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        codes = [r.code for r in exc.recipients]
        return bool(codes) and all(500 <= c < 600 for c in codes)
    if isinstance(exc, aiosmtplib.SMTPSenderRefused | aiosmtplib.SMTPDataError):
        return 500 <= exc.code < 600 and exc.code not in (552,)   # 552: mailbox full, may clear
    return False


async def send(cfg: EmailSettings, msg: EmailMessage, recipient: str) -> None:
    """Send one message; TemporaryFailure (outbox retries) or PermanentFailure, with generic
    reasons only (the outbox stores them)."""
    kwargs: dict[str, Any] = {
        "hostname": cfg.smtp_host, "port": cfg.smtp_port, "timeout": cfg.smtp_timeout_seconds,
        "recipients": [recipient], "sender": cfg.from_address,
    }
    if cfg.smtp_user:
        kwargs.update(username=cfg.smtp_user, password=cfg.smtp_password)
    if cfg.smtp_security == "tls":
        kwargs.update(use_tls=True, tls_context=tls_context(cfg))
    elif cfg.smtp_security == "starttls":
        kwargs.update(start_tls=True, tls_context=tls_context(cfg))
    else:
        kwargs.update(use_tls=False, start_tls=False)
    try:
        await aiosmtplib.send(msg, **kwargs)
    except aiosmtplib.SMTPException as exc:
        code = getattr(exc, "code", None)
        reason = f"smtp {code}" if isinstance(code, int) else "smtp unavailable"
        if _is_permanent(exc):
            raise PermanentFailure(f"{reason}: refused") from None
        raise TemporaryFailure(reason) from None
    except (OSError, TimeoutError, ssl.SSLError):
        raise TemporaryFailure("smtp unavailable") from None


def vault_entry(address: str, sender: str | None, message_id: str | None, references: Sequence[str],
                subject: str) -> dict[str, Any]:
    """What the reply vault keeps for the e-mail channel (the only place these values live)."""
    return {"address": address, "writer": sender or address, "message_id": message_id,
            "references": list(references), "subject": subject}


def reply_target(address: Mapping[str, Any]) -> str | None:
    to = address.get("address")
    return to if isinstance(to, str) and "@" in to else None
