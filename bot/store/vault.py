"""The reply vault: what a channel needs to answer (a socket id, an e-mail address, a chat id, a
call-back number), sealed and keyed by the opaque conversation id. Nothing else in the store
can lead back to a person; the entry is deleted when the conversation ends plus a grace period.

Functions run in the caller's transaction (use `store.write()` for the writing ones).
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store._dialect import dialect_of, insert_for
from bot.store.models import VaultEntry
from bot.store.types import utcnow


async def _locked(s: AsyncSession, conversation_id: str) -> VaultEntry | None:
    q = select(VaultEntry).where(VaultEntry.conversation_id == conversation_id)
    if dialect_of(s) == "postgresql":
        q = q.with_for_update()  # two writers merging keys must not lose one
    return (await s.execute(q.execution_options(populate_existing=True))).scalar_one_or_none()


async def vault_put(s: AsyncSession, conversation_id: str, key: str, value: Any,
                    now: datetime | None = None) -> None:
    """Set `key` in the conversation's vault entry (created if missing); other keys stay."""
    entry = await _locked(s, conversation_id)
    if entry is None:
        created = now or utcnow()
        await s.execute(insert_for(s, VaultEntry.__table__)
                        .values(conversation_id=conversation_id, blob={}, created_at=created)
                        .on_conflict_do_nothing(index_elements=["conversation_id"]))
        entry = await _locked(s, conversation_id)
        assert entry is not None
    entry.blob = {**(entry.blob or {}), key: value}
    await s.flush()


async def vault_get(s: AsyncSession, conversation_id: str) -> dict[str, Any]:
    """The whole entry ({} when there is none)."""
    entry = await s.get(VaultEntry, conversation_id)
    return dict(entry.blob) if entry is not None else {}


async def vault_forget(s: AsyncSession, conversation_id: str, key: str) -> bool:
    """Remove one key (e.g. "callback_phone"); the entry goes when nothing is left in it."""
    entry = await _locked(s, conversation_id)
    if entry is None or key not in (entry.blob or {}):
        return False
    rest = {k: v for k, v in entry.blob.items() if k != key}
    if rest:
        entry.blob = rest
    else:
        await s.delete(entry)
    await s.flush()
    return True


async def vault_delete(s: AsyncSession, conversation_id: str) -> bool:
    result = await s.execute(delete(VaultEntry).where(VaultEntry.conversation_id == conversation_id)
                             .execution_options(synchronize_session="fetch"))
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def vault_schedule_expiry(s: AsyncSession, conversation_id: str, at: datetime) -> bool:
    """Delete the entry at `at` (by `vault_purge_expired`); False when there is no entry."""
    entry = await _locked(s, conversation_id)
    if entry is None:
        return False
    entry.expires_at = at
    await s.flush()
    return True


async def vault_purge_expired(s: AsyncSession, now: datetime) -> int:
    result = await s.execute(delete(VaultEntry).where(VaultEntry.expires_at <= now)
                             .execution_options(synchronize_session="fetch"))
    return int(result.rowcount)  # type: ignore[attr-defined]
