"""The audit log: who did what to which conversation, and when. Supervisors read it."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.models_console import AUDIT_ACTIONS, AuditEntry

# Console actions not (yet) in bot.store.models_console.AUDIT_ACTIONS; the column is free text
# of at most 32 characters, so no migration is needed when they move there.
CONSOLE_ACTIONS = ("mail_problems_resolved",)
ACTIONS = frozenset((*AUDIT_ACTIONS, *CONSOLE_ACTIONS))


def record(s: AsyncSession, now: datetime, counsellor_id: int | None, action: str,
           conversation_id: str | None = None, other_id: int | None = None) -> None:
    """Add an entry to the caller's write transaction (it commits with the action itself)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    s.add(AuditEntry(at=now, counsellor_id=counsellor_id, action=action,
                     conversation_id=conversation_id, other_id=other_id))


async def recent(s: AsyncSession, limit: int = 500, conversation_id: str | None = None,
                 counsellor_id: int | None = None) -> list[AuditEntry]:
    q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if conversation_id:
        q = q.where(AuditEntry.conversation_id == conversation_id)
    if counsellor_id is not None:
        q = q.where(AuditEntry.counsellor_id == counsellor_id)
    return list((await s.execute(q)).scalars().all())
