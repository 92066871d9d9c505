"""Server-side console sessions: a random token in an HttpOnly, SameSite=Strict cookie, its
SHA-256 in the store, idle and absolute expiry measured with the service's clock.

A session has two stages: "password" (the password was right, the code is still due) and
"full". Moving to "full" issues a new token, so a token seen before sign-in is worthless after.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from aiohttp import web
from sqlalchemy import delete, select

from bot.console.policy import POLICY, Policy
from bot.store.db import Store
from bot.store.models_console import ConsoleSession, Counsellor

COOKIE = "intake_console"
PATH = "/console"


@dataclass(frozen=True)
class Session:
    id: str              # the hash, never the token
    stage: str
    csrf: str
    counsellor_id: int
    name: str
    role: str
    created_at: datetime


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Sessions:
    def __init__(self, store: Store, now: object, policy: Policy = POLICY, secure: bool = False) -> None:
        self.store = store
        self._now = now
        self.policy = policy
        self.always_secure = secure

    def now(self) -> datetime:
        return self._now()  # type: ignore[operator,no-any-return]

    async def create(self, counsellor_id: int, stage: str) -> str:
        token = secrets.token_urlsafe(32)
        now = self.now()
        async with self.store.write() as s:
            s.add(ConsoleSession(id=_hash(token), counsellor_id=counsellor_id, stage=stage,
                                 csrf=secrets.token_urlsafe(32), created_at=now, last_seen_at=now))
        return token

    async def promote(self, session: Session) -> str:
        """Second factor done: the pending session is replaced by a full one."""
        await self.end(session.id)
        return await self.create(session.counsellor_id, "full")

    async def end(self, session_id: str) -> None:
        async with self.store.write() as s:
            await s.execute(delete(ConsoleSession).where(ConsoleSession.id == session_id))

    def expired(self, row: ConsoleSession, now: datetime) -> bool:
        p = self.policy
        if row.stage != "full":
            return now - row.created_at > p.second_factor_within
        return now - row.last_seen_at > p.session_idle or now - row.created_at > p.session_absolute

    async def load(self, request: web.Request) -> Session | None:
        token = request.cookies.get(COOKIE)
        if not token or len(token) > 100:
            return None
        sid = _hash(token)
        now = self.now()
        async with self.store.sessionmaker() as s:
            found = (await s.execute(
                select(ConsoleSession, Counsellor)
                .join(Counsellor, Counsellor.id == ConsoleSession.counsellor_id)
                .where(ConsoleSession.id == sid))).one_or_none()
        if found is None:
            return None
        row, account = found
        if self.expired(row, now) or not account.active:
            await self.end(sid)
            return None
        if row.stage == "full" and now - row.last_seen_at >= self.policy.touch_every:
            async with self.store.write() as s:
                live = await s.get(ConsoleSession, sid)
                if live is not None:
                    live.last_seen_at = now
        return Session(sid, row.stage, row.csrf, account.id, account.name, account.role, row.created_at)

    def secure(self, request: web.Request) -> bool:
        return self.always_secure or request.secure

    def set_cookie(self, request: web.Request, response: web.StreamResponse, token: str) -> None:
        response.set_cookie(COOKIE, token, path=PATH, httponly=True, samesite="Strict",
                            secure=self.secure(request))

    def clear_cookie(self, response: web.StreamResponse) -> None:
        response.del_cookie(COOKIE, path=PATH)


async def still_valid(sessions: Sessions, session_id: str) -> bool:
    """For long-lived sockets: the session has not ended or expired since the socket opened."""
    async with sessions.store.sessionmaker() as s:
        row = await s.get(ConsoleSession, session_id)
        account = await s.get(Counsellor, row.counsellor_id) if row is not None else None
    return row is not None and account is not None and account.active and not sessions.expired(
        row, sessions.now())
