"""Keeping e-mail threads together.

A reply's Message-ID is of the helpline's domain and carries the opaque conversation id with a
keyed tag: `<conversation.tag.random@domain>`. When the writer answers, In-Reply-To/References
point at it and the answer continues the same conversation. The tag makes an id that only looks
like ours useless: nobody without the key can steer mail into a conversation.
"""
from __future__ import annotations

import hmac
import re
import secrets
from collections.abc import Iterable

from bot.store.crypto import Keyring

_MSG_ID = re.compile(r"<[^<>\s]{1,250}>")
_OURS = re.compile(r"<([A-Za-z0-9_-]{8,40})\.([0-9a-f]{16})\.[0-9a-f]{8,32}@([A-Za-z0-9.-]+)>")
_RE_PREFIX = re.compile(r"^\s*((re|antw|aw|sv|vs|r|réf|ref)\s*(\[\d+\])?\s*:\s*)+", re.I)
MAX_REFERENCES = 20


def _tag(keyring: Keyring, conversation_id: str) -> str:
    return keyring.lookup_hash("email.message_id", conversation_id)[:16]


def new_message_id(conversation_id: str, domain: str, keyring: Keyring) -> str:
    return f"<{conversation_id}.{_tag(keyring, conversation_id)}.{secrets.token_hex(8)}@{domain}>"


def message_ids(value: str | None) -> list[str]:
    """The <...> ids in a Message-ID, In-Reply-To or References header value, in order."""
    return _MSG_ID.findall(value or "")[-MAX_REFERENCES * 5:]


def conversation_from(ids: Iterable[str], domain: str, keyring: Keyring) -> str | None:
    """The conversation id in the newest of `ids` that is one of our Message-IDs, else None."""
    for mid in reversed(list(ids)):
        m = _OURS.fullmatch(mid)
        if m and m.group(3).lower() == domain.lower() and hmac.compare_digest(
                m.group(2), _tag(keyring, m.group(1))):
            return m.group(1)
    return None


def reply_subject(subject: str, fallback: str) -> str:
    """ "Re: <their subject>" (one "Re:", whatever prefixes their program used)."""
    subject = " ".join((subject or "").split())[:200]
    bare = _RE_PREFIX.sub("", subject).strip()
    return f"Re: {bare}" if bare else fallback


def references(previous: Iterable[str], their_id: str | None) -> list[str]:
    """References for our reply: theirs plus the message we answer, the newest MAX_REFERENCES."""
    refs = [r for r in previous if r]
    if their_id and their_id not in refs:
        refs.append(their_id)
    return refs[-MAX_REFERENCES:]
