"""The pipeline's reads and writes for the messages of one group commit, in bulk.

Under load a commit holds tens of messages. Written one by one through the ORM, each costs a
handful of round trips to the database thread and most of the service's CPU; here the whole
batch costs one SELECT for its conversations, one INSERT or UPDATE for them, one INSERT for the
messages and one for the outbox (see bot/store/group.py for how a batch is formed).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import String, any_, bindparam, insert, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store._dialect import dialect_of
from bot.store.models import Conversation, Message

CONVERSATIONS = Conversation.__table__
MESSAGES = Message.__table__


@dataclass(eq=False)
class ConversationRow:
    """A conversations row as the pipeline reads and changes it: plain values, no session."""

    id: str
    channel: str
    lang: str
    state: str
    created_at: datetime
    updated_at: datetime
    urgent: bool = False
    urgent_reasons: list[str] = field(default_factory=list)
    out_of_hours: bool = False
    waiting_since: datetime | None = None
    claimed_by: int | None = None
    lease_expires_at: datetime | None = None
    thread_key: str | None = None
    resume_code_hash: str | None = None
    person_hash: str | None = None
    person_year: int | None = None
    connected: bool = False
    faq_answered: list[str] = field(default_factory=list)
    closed_at: datetime | None = None
    text_purged_at: datetime | None = None


# What the pipeline may change on a conversation that exists; the rest belongs to others
# (claims, the console, retention) and is never written back from a snapshot.
_PIPELINE_COLUMNS = ("lang", "state", "updated_at", "urgent", "urgent_reasons", "out_of_hours",
                     "waiting_since", "resume_code_hash", "faq_answered")
_UPDATE = (update(CONVERSATIONS).where(CONVERSATIONS.c.id == bindparam("b_id"))
           .values({c: bindparam(f"b_{c}") for c in _PIPELINE_COLUMNS}))


async def load_conversations(s: AsyncSession, ids: Iterable[str], thread_keys: Iterable[str]
                             ) -> tuple[dict[str, ConversationRow], dict[str, ConversationRow]]:
    """The conversations with these ids, and the newest open one of each thread key.

    On PostgreSQL the rows are locked for the transaction: a counsellor's claim between this read
    and the write back would otherwise be overwritten. (SQLite holds its write lock already.)
    """
    lock = dialect_of(s) == "postgresql"
    by_id: dict[str, ConversationRow] = {}
    by_thread: dict[str, ConversationRow] = {}
    id_list, key_list = sorted(set(ids)), sorted(set(thread_keys))
    if id_list:
        q = (select(CONVERSATIONS).where(_among(CONVERSATIONS.c.id, id_list, lock))
             .order_by(CONVERSATIONS.c.id))
        for row in (await s.execute(q.with_for_update() if lock else q)).mappings():
            by_id[row["id"]] = ConversationRow(**row)
    if key_list:
        # Locked in id order, as above: two instances' batches never wait on each other in a circle.
        q = (select(CONVERSATIONS)
             .where(_among(CONVERSATIONS.c.thread_key, key_list, lock), CONVERSATIONS.c.state != "closed")
             .order_by(CONVERSATIONS.c.id))
        for row in (await s.execute(q.with_for_update() if lock else q)).mappings():
            conv = by_id.setdefault(row["id"], ConversationRow(**row))
            known = by_thread.get(row["thread_key"])
            if known is None or (conv.created_at, conv.id) > (known.created_at, known.id):
                by_thread[row["thread_key"]] = conv  # the newest open one
    return by_id, by_thread


def _among(column: Any, values: list[str], postgresql: bool) -> Any:
    # On PostgreSQL "= ANY($1)" is one prepared statement for any number of values; an IN list
    # would be a new statement (prepared and planned again) for every batch size.
    if postgresql:
        return column == any_(bindparam(None, values, type_=ARRAY(String)))
    return column.in_(values)


async def save_conversations(s: AsyncSession, rows: Iterable[ConversationRow], new: set[str]) -> None:
    """Insert the new ones (as they are now), write back the pipeline's columns of the others."""
    fresh: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    seen: set[str] = set()
    for row in rows:
        if row.id in seen:
            continue
        seen.add(row.id)
        if row.id in new:
            fresh.append(asdict(row))
        else:
            changed.append({"b_id": row.id, **{f"b_{c}": getattr(row, c) for c in _PIPELINE_COLUMNS}})
    if fresh:
        await s.execute(insert(CONVERSATIONS), fresh)
    if changed:
        await s.execute(_UPDATE, changed)


async def insert_messages(s: AsyncSession, rows: list[dict[str, Any]]) -> list[int]:
    """Insert message rows (all with the same keys); returns their ids in the same order."""
    if not rows:
        return []
    result = await s.execute(insert(MESSAGES).returning(MESSAGES.c.id, sort_by_parameter_order=True), rows)
    return [int(r[0]) for r in result]
