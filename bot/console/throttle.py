"""Sign-in throttling per account and per client, with lockout, kept in the store so that
every instance counts the same attempts. Names and client addresses are stored only as keyed
hashes; an unknown name is counted like a known one (no way to probe which accounts exist)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.console.policy import POLICY, Policy
from bot.store.crypto import Keyring
from bot.store.models_console import SignInAttempt


class Throttle:
    def __init__(self, keyring: Keyring, policy: Policy = POLICY) -> None:
        self.keyring = keyring
        self.policy = policy

    def keys(self, name: str, client: str) -> tuple[str, str]:
        return (self.keyring.lookup_hash("console-account", name.strip().casefold()),
                self.keyring.lookup_hash("console-client", client))

    async def locked(self, s: AsyncSession, account_key: str, client_key: str, now: datetime) -> bool:
        since = now - self.policy.attempt_window
        last_ok = (await s.execute(
            select(func.max(SignInAttempt.at))
            .where(SignInAttempt.account_key == account_key, SignInAttempt.ok.is_(True),
                   SignInAttempt.at >= since))).scalar_one_or_none()
        account_failures = (await s.execute(
            select(func.count()).select_from(SignInAttempt)
            .where(SignInAttempt.account_key == account_key, SignInAttempt.ok.is_(False),
                   SignInAttempt.at >= (max(since, last_ok) if last_ok else since)))).scalar_one()
        if account_failures >= self.policy.account_failures:
            return True
        client_failures = (await s.execute(
            select(func.count()).select_from(SignInAttempt)
            .where(SignInAttempt.client_key == client_key, SignInAttempt.ok.is_(False),
                   SignInAttempt.at >= since))).scalar_one()
        return bool(client_failures >= self.policy.client_failures)

    def record(self, s: AsyncSession, account_key: str, client_key: str, ok: bool, now: datetime) -> None:
        s.add(SignInAttempt(at=now, account_key=account_key, client_key=client_key, ok=ok))
