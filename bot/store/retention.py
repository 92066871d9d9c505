"""The retention purge: what is kept only as long as it is needed.

- the scrubbed text of conversations closed more than `message_text_days` ago (the messages
  stay, without body, for the figures);
- vault entries past their expiry, and of conversations closed more than `vault_grace_hours`
  ago even if nobody scheduled the expiry;
- call-back numbers once no call-back of the conversation is still booked;
- with `closed_conversation_days`, closed conversations themselves after that many days: their
  message rows, outbox items, call-backs and registration go with them (ON DELETE CASCADE).
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, delete, exists, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store import vault
from bot.store.models import Callback, Conversation, Message, VaultEntry


async def purge(s: AsyncSession, now: datetime, message_text_days: float,
                vault_grace_hours: float, closed_conversation_days: float | None = None) -> dict[str, int]:
    """Run inside `store.write()`; returns counts per kind of data removed."""
    text_cutoff = now - timedelta(days=message_text_days)
    old_closed = select(Conversation.id).where(Conversation.state == "closed",
                                               Conversation.closed_at <= text_cutoff)
    texts = await s.execute(update(Message)
                            .where(Message.body.is_not(None), Message.conversation_id.in_(old_closed))
                            .values(body=None).execution_options(synchronize_session=False))
    await s.execute(update(Conversation)
                    .where(Conversation.id.in_(old_closed), Conversation.text_purged_at.is_(None))
                    .values(text_purged_at=now).execution_options(synchronize_session=False))

    expired = await vault.vault_purge_expired(s, now)
    vault_cutoff = now - timedelta(hours=vault_grace_hours)
    ended = await s.execute(delete(VaultEntry).where(VaultEntry.conversation_id.in_(
        select(Conversation.id).where(Conversation.state == "closed",
                                      Conversation.closed_at <= vault_cutoff)))
        .execution_options(synchronize_session=False))

    still_booked = exists().where(Callback.conversation_id == VaultEntry.conversation_id,
                                  Callback.kind == "phone", Callback.state == "booked")
    finished = exists().where(Callback.conversation_id == VaultEntry.conversation_id,
                              Callback.kind == "phone",
                              Callback.state.in_(("done", "expired", "cancelled")))
    candidates = (await s.execute(select(VaultEntry.conversation_id)
                                  .where(and_(finished, ~still_booked)))).scalars().all()
    numbers = 0
    for conv_id in candidates:
        numbers += await vault.vault_forget(s, conv_id, "callback_phone")

    gone = 0
    if closed_conversation_days is not None:
        cutoff = now - timedelta(days=closed_conversation_days)
        result = await s.execute(delete(Conversation).where(Conversation.state == "closed",
                                                            Conversation.closed_at <= cutoff)
                                 .execution_options(synchronize_session=False))
        gone = int(result.rowcount)  # type: ignore[attr-defined]

    return {"message_texts": int(texts.rowcount),  # type: ignore[attr-defined]
            "vault_entries": expired + int(ended.rowcount),  # type: ignore[attr-defined]
            "callback_numbers": numbers,
            "conversations": gone}
