"""The e-mail tables: migration 0003_email creates exactly what bot/store/models_email.py declares,
on SQLite and PostgreSQL."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bot.store import models_email
from bot.store.base import Base
from bot.store.db import Store

MINE = {t.name for t in Base.metadata.sorted_tables if t.name.startswith("mail_")}


async def test_migration_matches_the_email_models(store: Store) -> None:
    assert MINE == {"mail_folders", "mail_problems", "mail_processed", "mail_writers"}
    assert models_email.MailWriter.__tablename__ in MINE

    def mine(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
        table = obj if type_ == "table" else getattr(obj, "table", None)
        return getattr(table, "name", name) in MINE

    async with store.engine.connect() as conn:
        differences = await conn.run_sync(lambda c: compare_metadata(
            MigrationContext.configure(c, opts={"include_object": mine}), Base.metadata))
    assert differences == []
