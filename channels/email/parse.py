"""One raw mail → the writer's new text, whether there were attachments, whether a machine sent
it, and the header values needed to reply (for the reply vault only, never stored elsewhere).

Parsing is the standard library's `email` package in its lenient mode (compat32 never raises on
broken headers); bodies are decoded by hand so that an unknown or lying charset costs a few
replacement characters, not the message. Attachments are counted, never decoded or opened.
"""
from __future__ import annotations

import codecs
import email
import email.header
import email.utils
from dataclasses import dataclass, field
from email.message import Message

from channels.email.clean import clean
from channels.email.html_text import html_to_text
from channels.email.loops import automatic_reason
from channels.email.threads import message_ids

MAX_DEPTH = 12
MAX_PARTS = 200


class UnreadableMail(Exception):
    """The mail cannot be read at all; it stays in the mailbox for a person."""


@dataclass(frozen=True)
class ReplyHeaders:
    """Raw values, for the reply vault only."""

    sender: str | None                  # the From address, lower case
    reply_to: str | None                # where replies go (Reply-To, else From)
    message_id: str | None
    references: tuple[str, ...] = ()    # In-Reply-To and References ids, oldest first
    subject: str = ""


@dataclass(frozen=True)
class ParsedMail:
    text: str                           # the new text, cleaned, not yet scrubbed
    attachments: int
    automatic: str | None               # reason code when a machine sent it
    headers: ReplyHeaders
    truncated: bool = False
    notes: tuple[str, ...] = field(default=())


def parse_mail(raw: bytes, *, own_address: str = "", max_text_chars: int = 20000) -> ParsedMail:
    if not isinstance(raw, bytes | bytearray) or not raw.strip():
        raise UnreadableMail("empty")
    try:
        msg = email.message_from_bytes(bytes(raw))
    except Exception as exc:  # the lenient parser should not raise; a bug must not lose the mail
        raise UnreadableMail(type(exc).__name__) from None
    if not msg.keys() and not msg.get_payload():
        raise UnreadableMail("no message")

    def header(name: str) -> str | None:
        value = msg.get(name)
        return None if value is None else _decoded(value)

    sender = _address(header("from"))
    reply_to = _address(header("reply-to")) or sender
    counter = [0]
    body, attachments = _body(msg, 0, counter)
    text = clean(body)
    truncated = len(text) > max_text_chars
    if truncated:
        text = text[:max_text_chars].rstrip()
    refs = [*message_ids(header("references")), *message_ids(header("in-reply-to"))]
    seen: set[str] = set()
    ordered = tuple(r for r in refs if not (r in seen or seen.add(r)))  # type: ignore[func-returns-value]
    mids = message_ids(header("message-id"))
    return ParsedMail(
        text=text,
        attachments=attachments,
        automatic=automatic_reason(header, sender, _content_type(msg), own_address),
        headers=ReplyHeaders(sender=sender, reply_to=reply_to, message_id=mids[0] if mids else None,
                             references=ordered, subject=" ".join((header("subject") or "").split())[:300]),
        truncated=truncated,
    )


def _decoded(value: object) -> str:
    """A header value with RFC 2047 encoded words decoded; never raises."""
    try:
        parts = email.header.decode_header(str(value))
        out = []
        for chunk, charset in parts:
            out.append(_decode_bytes(chunk, charset) if isinstance(chunk, bytes) else chunk)
        return "".join(out)
    except Exception:
        return str(value)


def _address(value: str | None) -> str | None:
    if not value:
        return None
    try:
        found = [a for _n, a in email.utils.getaddresses([value]) if a]
    except Exception:
        return None
    addr = found[0].strip().lower() if found else ""
    if addr.count("@") != 1 or any(c.isspace() for c in addr) or len(addr) > 254:
        return None
    local, domain = addr.split("@")
    return addr if local and "." in domain else None


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:
        return "text/plain"


def _decode_bytes(data: bytes, charset: str | None) -> str:
    declared = None
    if charset:
        try:
            declared = codecs.lookup(charset.strip().strip('"').lower()).name
        except (LookupError, ValueError):
            declared = None
    for cs in (declared, "utf-8"):
        if cs:
            try:
                return data.decode(cs)
            except (UnicodeDecodeError, LookupError):
                pass
    # Mislabelled mail is mostly Windows-1252 sent as UTF-8 or ASCII.
    return data.decode("cp1252", errors="replace")


def _is_attachment(part: Message) -> bool:
    try:
        disposition = (part.get_content_disposition() or "").lower()
    except Exception:
        disposition = ""
    try:
        filename = part.get_filename()
    except Exception:
        filename = "unknown"
    ctype = _content_type(part)
    return (disposition == "attachment" or bool(filename)
            or ctype not in ("text/plain", "text/html"))


def _leaf_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if payload is None:
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    text = _decode_bytes(payload, charset)
    return html_to_text(text) if _content_type(part) == "text/html" else text


def _body(part: Message, depth: int, counter: list[int]) -> tuple[str, int]:
    """(text, number of attachments) of a part, plain text preferred over HTML."""
    counter[0] += 1
    if depth > MAX_DEPTH or counter[0] > MAX_PARTS:
        return "", 0
    ctype = _content_type(part)
    if ctype.startswith("message/"):
        return "", 1   # an attached mail is an attachment: not opened
    if part.is_multipart():
        children = part.get_payload()
        if not isinstance(children, list):
            return "", 0
        if ctype == "multipart/alternative":
            return _alternative(children, depth, counter)
        texts, attachments = [], 0
        for child in children:
            if not isinstance(child, Message):
                continue
            t, a = _body(child, depth + 1, counter)
            attachments += a
            if t.strip():
                texts.append(t.strip())
        return "\n\n".join(texts), attachments
    if _is_attachment(part):
        return "", 1
    return _leaf_text(part), 0


def _alternative(children: list[object], depth: int, counter: list[int]) -> tuple[str, int]:
    parts = [c for c in children if isinstance(c, Message)]
    for wanted in ("text/plain", "text/html", None):
        for child in parts:
            if wanted is None or _content_type(child) == wanted:
                text, attachments = _body(child, depth + 1, counter)
                if text.strip():
                    return text, attachments
    return "", 0
