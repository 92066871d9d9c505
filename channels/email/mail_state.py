"""The e-mail channel's rows in the store (bot/store/models_email.py): where reading stopped,
processed mail to delete after the purge, mail problems, and per-writer notices."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store._dialect import insert_for
from bot.store.db import Store
from bot.store.models import Conversation
from bot.store.models_email import MailFolderState, MailProblem, MailProcessed, MailWriter


async def position(store: Store, folder: str) -> tuple[int, int] | None:
    """(UIDVALIDITY, last UID done) of `folder`, or None before the first run."""
    async with store.sessionmaker() as s:
        row = await s.get(MailFolderState, folder)
        return (row.uidvalidity, row.last_uid) if row else None


async def set_position(store: Store, folder: str, uidvalidity: int, last_uid: int, now: datetime) -> None:
    async with store.write() as s:
        await move_position(s, folder, uidvalidity, last_uid, now)


async def move_position(s: AsyncSession, folder: str, uidvalidity: int, last_uid: int,
                        now: datetime) -> None:
    """In the caller's transaction: the pipeline's, so a stored mail and the position past it
    commit together (a crash can then neither lose nor repeat it)."""
    row = await s.get(MailFolderState, folder)
    if row is None:
        s.add(MailFolderState(folder=folder, uidvalidity=uidvalidity, last_uid=last_uid, updated_at=now))
    elif row.uidvalidity != uidvalidity:
        row.uidvalidity, row.last_uid, row.updated_at = uidvalidity, last_uid, now
    else:
        row.last_uid, row.updated_at = max(row.last_uid, last_uid), now


async def done(store: Store, inbox: str, uidvalidity: int, uid: int, now: datetime,
               processed: tuple[str, str, int, int] | None) -> None:
    """One transaction: the inbox position moves past `uid`, and the processed mail's place
    (conversation id, folder, UIDVALIDITY, UID) is kept for the purge."""
    async with store.write() as s:
        row = await s.get(MailFolderState, inbox)
        if row is None or row.uidvalidity != uidvalidity:
            await s.merge(MailFolderState(folder=inbox, uidvalidity=uidvalidity, last_uid=uid,
                                          updated_at=now))
        else:
            row.last_uid, row.updated_at = max(row.last_uid, uid), now
        if processed is not None:
            conversation_id, folder, folder_validity, folder_uid = processed
            s.add(MailProcessed(conversation_id=conversation_id, folder=folder,
                                uidvalidity=folder_validity, uid=folder_uid, processed_at=now))


async def add_problem(store: Store, uidvalidity: int, uid: int, reason: str, now: datetime) -> bool:
    """Record a mail a person must look at; False when it was already recorded."""
    async with store.write() as s:
        result = await s.execute(
            insert_for(s, MailProblem.__table__)
            .values(noticed_at=now, uidvalidity=uidvalidity, uid=uid, reason=reason)
            .on_conflict_do_nothing(index_elements=["uidvalidity", "uid"]))
        return bool(result.rowcount)  # type: ignore[attr-defined]


async def open_problems(store: Store) -> int:
    """How many mails could not be read and wait for a person (for the console)."""
    async with store.sessionmaker() as s:
        return int((await s.execute(select(func.count()).select_from(MailProblem)
                                    .where(MailProblem.resolved_at.is_(None)))).scalar_one())


async def purgeable(store: Store, limit: int = 500) -> list[MailProcessed]:
    """Processed mails whose conversation's text has been purged (or that is gone)."""
    async with store.sessionmaker() as s:
        gone = ~select(Conversation.id).where(Conversation.id == MailProcessed.conversation_id).exists()
        purged = select(Conversation.id).where(Conversation.id == MailProcessed.conversation_id,
                                               Conversation.text_purged_at.is_not(None)).exists()
        return list((await s.execute(select(MailProcessed).where(or_(gone, purged))
                                     .order_by(MailProcessed.id).limit(limit))).scalars().all())


async def forget_processed(store: Store, ids: Sequence[int]) -> None:
    if ids:
        async with store.write() as s:
            await s.execute(delete(MailProcessed).where(MailProcessed.id.in_(list(ids))))


# -- writers (by keyed hash) ------------------------------------------------------------------
async def writer(store: Store, key: str) -> MailWriter | None:
    async with store.sessionmaker() as s:
        return await s.get(MailWriter, key)


async def _upsert(store: Store, key: str, now: datetime, **values: object) -> None:
    async with store.write() as s:
        row = await s.get(MailWriter, key)
        if row is None:
            s.add(MailWriter(writer_key=key, notice_on=None, media_owed=False, updated_at=now))
            await s.flush()
        await s.execute(update(MailWriter).where(MailWriter.writer_key == key)
                        .values(updated_at=now, **values))


async def owe_media_notice(store: Store, key: str, now: datetime) -> None:
    await _upsert(store, key, now, media_owed=True)


async def after_send(store: Store, key: str, now: datetime, *, notice_on: str | None,
                     media_told: bool) -> None:
    values: dict[str, object] = {}
    if notice_on:
        values["notice_on"] = notice_on
    if media_told:
        values["media_owed"] = False
    if values:
        await _upsert(store, key, now, **values)


async def prune_writers(store: Store, now: datetime) -> None:
    """A writer's row is only needed for today's notice: drop rows untouched for two days."""
    async with store.write() as s:
        await s.execute(delete(MailWriter).where(MailWriter.updated_at < now - timedelta(days=2)))
