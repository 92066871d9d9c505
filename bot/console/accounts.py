"""Console accounts: the one code path behind `intake-bot counsellor ...` and the supervisor page."""
from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.console import audit
from bot.console.auth import hash_password
from bot.store.db import Store
from bot.store.models_console import ROLES, ConsoleSession, Counsellor

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,62}[A-Za-z0-9]$")


class AccountError(ValueError):
    pass


def normalise_name(name: str) -> str:
    name = " ".join(name.split())
    if not NAME.match(name):
        raise AccountError("a name is 2-64 letters, digits, spaces, dots, dashes or underscores")
    return name


async def by_name(s: AsyncSession, name: str) -> Counsellor | None:
    return (await s.execute(select(Counsellor).where(Counsellor.name == name))).scalar_one_or_none()


async def all_accounts(s: AsyncSession) -> list[Counsellor]:
    return list((await s.execute(select(Counsellor).order_by(Counsellor.name))).scalars().all())


async def add(store: Store, name: str, role: str, password: str, now: datetime,
              by: int | None = None) -> Counsellor:
    name = normalise_name(name)
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    hashed = hash_password(password)  # raises PasswordRejected for a short one
    try:
        async with store.write() as s:
            if await by_name(s, name) is not None:
                raise AccountError(f"an account named {name!r} already exists")
            account = Counsellor(name=name, role=role, password_hash=hashed, totp_confirmed=False,
                                 active=True, created_at=now)
            s.add(account)
            await s.flush()
            audit.record(s, now, by, "account_added", other_id=account.id)
    except IntegrityError:
        raise AccountError(f"an account named {name!r} already exists") from None
    return account


async def _change(store: Store, name: str, now: datetime, by: int | None, action: str,
                  disable: bool) -> Counsellor:
    async with store.write() as s:
        account = await by_name(s, normalise_name(name))
        if account is None:
            raise AccountError(f"no account named {name!r}")
        if disable:
            account.active = False
        else:
            account.totp_secret, account.totp_confirmed, account.totp_last_step = None, False, None
        # Either way every open session ends now.
        await s.execute(delete(ConsoleSession).where(ConsoleSession.counsellor_id == account.id))
        audit.record(s, now, by, action, other_id=account.id)
    return account


async def disable(store: Store, name: str, now: datetime, by: int | None = None) -> Counsellor:
    return await _change(store, name, now, by, "account_disabled", disable=True)


async def reset_2fa(store: Store, name: str, now: datetime, by: int | None = None) -> Counsellor:
    """The account enrols a new authenticator at its next sign-in."""
    return await _change(store, name, now, by, "two_factor_reset", disable=False)
