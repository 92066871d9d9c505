"""The helpline's mailbox over IMAP (aioimaplib): TLS or STARTTLS and login, new mail by UID,
marking, moving to the processed folder, flagging for a person, deleting after the purge, and
waiting for new mail with IDLE (or by polling when the server has no IDLE).

Errors carry generic reasons only: a server's answer can quote a mail, so it is never logged.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import ssl
from dataclasses import dataclass

import aioimaplib

from channels.email.config import EmailSettings

# aioimaplib logs every byte it receives at DEBUG, mail included: never let that through.
logging.getLogger("aioimaplib").setLevel(logging.WARNING)

_UIDVALIDITY = re.compile(rb"\[UIDVALIDITY (\d+)\]")
_COPYUID = re.compile(rb"\[COPYUID (\d+) (\d+) (\d+)\]")
_SIZE = re.compile(rb"RFC822\.SIZE (\d+)")
TIMEOUT = 30.0


class ImapError(Exception):
    """The mailbox cannot be used right now (generic reason, safe to log)."""


def tls_context(cfg: EmailSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    if cfg.tls_ca_file:
        ctx.load_verify_locations(cafile=cfg.tls_ca_file)
    return ctx


@dataclass(frozen=True)
class Fetched:
    uid: int
    size: int
    raw: bytes | None     # None: larger than allowed, not fetched


class ImapMailbox:
    def __init__(self, cfg: EmailSettings) -> None:
        self.cfg = cfg
        self.imap: aioimaplib.IMAP4 | None = None
        self.lost = asyncio.Event()
        self.selected: str | None = None

    # -- connection ------------------------------------------------------------------------
    async def connect(self) -> None:
        cfg = self.cfg
        if cfg.imap_security == "tls":
            imap: aioimaplib.IMAP4 = aioimaplib.IMAP4_SSL(cfg.imap_host, cfg.imap_port, timeout=TIMEOUT,
                                                          ssl_context=tls_context(cfg))
        else:
            imap = aioimaplib.IMAP4(cfg.imap_host, cfg.imap_port, timeout=TIMEOUT)
        imap.protocol.conn_lost_cb = lambda _exc: self.lost.set()
        self.imap = imap
        try:
            await imap.wait_hello_from_server()
        except (TimeoutError, OSError, ssl.SSLError, aioimaplib.AioImapException) as exc:
            raise ImapError(f"cannot connect ({type(exc).__name__})") from None
        if cfg.imap_security == "starttls":
            await self._starttls()
        response = await imap.login(cfg.imap_user, cfg.imap_password)
        if response.result != "OK":
            raise ImapError("login refused")

    async def _starttls(self) -> None:
        assert self.imap is not None
        proto = self.imap.protocol
        if "STARTTLS" not in proto.capabilities:
            raise ImapError("server does not offer STARTTLS")
        response = await asyncio.wait_for(
            proto.execute(aioimaplib.Command("STARTTLS", proto.new_tag(), loop=proto.loop)), TIMEOUT)
        if response.result != "OK":
            raise ImapError("STARTTLS refused")
        loop = asyncio.get_running_loop()
        try:
            proto.transport = await loop.start_tls(proto.transport, proto, tls_context(self.cfg),
                                                   server_hostname=self.cfg.imap_host)
        except (OSError, ssl.SSLError) as exc:
            # The connection is dead mid-upgrade: no LOGOUT on it (close() would wait its
            # whole timeout for an answer that cannot come, delaying every reconnect).
            self.lost.set()
            raise ImapError(f"TLS handshake failed ({type(exc).__name__})") from None
        await asyncio.wait_for(proto.capability(), TIMEOUT)

    async def close(self) -> None:
        imap, self.imap = self.imap, None
        if imap is None:
            return
        if not self.lost.is_set():
            with contextlib.suppress(Exception):
                if imap.has_pending_idle():
                    imap.idle_done()
                await asyncio.wait_for(imap.logout(), 5)
        with contextlib.suppress(Exception):
            if imap.protocol.transport is not None:
                imap.protocol.transport.close()

    def _ok(self, response: aioimaplib.Response, what: str) -> aioimaplib.Response:
        if response.result != "OK":
            raise ImapError(f"{what} refused")
        return response

    @property
    def client(self) -> aioimaplib.IMAP4:
        if self.imap is None or self.lost.is_set():
            raise ImapError("not connected")
        return self.imap

    # -- folders ---------------------------------------------------------------------------
    async def ensure_folder(self, folder: str) -> None:
        response = await self.client.create(folder)
        if response.result != "OK" and b"ALREADYEXISTS" not in b" ".join(bytes(x) for x in response.lines):
            # Not every server says ALREADYEXISTS: check that it can be selected instead.
            probe = await self.client.status(folder, "(UIDVALIDITY)")
            self._ok(probe, "create folder")

    async def select(self, folder: str) -> int:
        """Select `folder`; returns its UIDVALIDITY."""
        response = self._ok(await self.client.select(folder), "select")
        self.selected = folder
        for line in response.lines:
            m = _UIDVALIDITY.search(bytes(line))
            if m:
                return int(m.group(1))
        raise ImapError("server gave no UIDVALIDITY")

    # -- reading ---------------------------------------------------------------------------
    async def new_uids(self, after: int) -> list[int]:
        """UIDs above `after` not yet marked done or flagged as a problem, oldest first."""
        c = self.cfg
        response = self._ok(await self.client.uid_search(
            f"UID {after + 1}:*", "UNKEYWORD", c.done_keyword, "UNKEYWORD", c.problem_keyword,
            charset=None), "search")
        uids: set[int] = set()
        for line in response.lines[:-1] or response.lines:
            text = bytes(line).decode("ascii", errors="replace")
            if text.upper().startswith("SEARCH"):
                text = text[6:]
            uids.update(int(t) for t in text.split() if t.isdigit())
        return sorted(u for u in uids if u > after)   # "n:*" always matches the last mail

    async def fetch(self, uid: int) -> Fetched | None:
        """The raw mail (None when it is gone); its body only when within max_message_bytes."""
        response = self._ok(await self.client.uid("fetch", str(uid), "(RFC822.SIZE)"), "fetch")
        size = None
        for line in response.lines:
            m = _SIZE.search(bytes(line))
            if m:
                size = int(m.group(1))
        if size is None:
            return None
        if size > self.cfg.max_message_bytes:
            return Fetched(uid, size, None)
        response = self._ok(await self.client.uid("fetch", str(uid), "(BODY.PEEK[])"), "fetch")
        for line in response.lines:
            if isinstance(line, bytearray):
                return Fetched(uid, size, bytes(line))
        return None

    # -- after processing ------------------------------------------------------------------
    async def add_flags(self, uid: int, flags: str) -> None:
        self._ok(await self.client.uid("store", str(uid), "+FLAGS.SILENT", f"({flags})"), "store")

    async def mark_done(self, uid: int) -> None:
        await self.add_flags(uid, f"\\Seen {self.cfg.done_keyword}")

    async def flag_problem(self, uid: int) -> None:
        await self.add_flags(uid, f"\\Flagged {self.cfg.problem_keyword}")

    async def move(self, uid: int, folder: str) -> tuple[int, int] | None:
        """Move one mail; returns (UIDVALIDITY, UID) in `folder` when the server says (UIDPLUS)."""
        client = self.client
        if client.has_capability("MOVE"):
            response = self._ok(await client.uid("move", str(uid), folder), "move")
        else:
            response = self._ok(await client.uid("copy", str(uid), folder), "copy")
            await self.add_flags(uid, "\\Deleted")
            if client.has_capability("UIDPLUS"):
                self._ok(await client.uid("expunge", str(uid)), "expunge")
        for line in response.lines:
            m = _COPYUID.search(bytes(line))
            if m and m.group(2) == str(uid).encode():
                return int(m.group(1)), int(m.group(3))
        return None

    async def delete(self, folder: str, uidvalidity: int, uids: list[int]) -> list[int]:
        """Delete mails from `folder` (only while its UIDVALIDITY is the one recorded); returns the
        UIDs handled (deleted or already gone). Leaves `folder` selected."""
        if not uids:
            return []
        if await self.select(folder) != uidvalidity:
            return uids   # the folder was rebuilt: these UIDs no longer name our mails
        if not self.client.has_capability("UIDPLUS"):
            return []     # a plain EXPUNGE could remove other people's deleted mail: do nothing
        done: list[int] = []
        for start in range(0, len(uids), 200):
            chunk = uids[start:start + 200]
            ids = ",".join(str(u) for u in chunk)
            await self.add_flags_many(ids, "\\Deleted")
            self._ok(await self.client.uid("expunge", ids), "expunge")
            done.extend(chunk)
        return done

    async def add_flags_many(self, uid_set: str, flags: str) -> None:
        self._ok(await self.client.uid("store", uid_set, "+FLAGS.SILENT", f"({flags})"), "store")

    # -- waiting ---------------------------------------------------------------------------
    async def wait_for_mail(self, wake: asyncio.Event, seconds: float) -> None:
        """Return when the server reports a change (IDLE), `wake` is set, the connection is lost,
        or after `seconds`."""
        waiters = [asyncio.ensure_future(wake.wait()), asyncio.ensure_future(self.lost.wait())]
        idle_task = None
        client = self.client
        try:
            if self.cfg.idle and client.has_capability("IDLE"):
                # IDLE has no timeout of its own: a server gone before it answers would hang here.
                starting = asyncio.ensure_future(client.idle_start(timeout=seconds + 30))
                try:
                    await asyncio.wait({starting, waiters[1]}, timeout=TIMEOUT,
                                       return_when=asyncio.FIRST_COMPLETED)
                except asyncio.CancelledError:
                    starting.cancel()
                    raise
                if not starting.done():
                    starting.cancel()
                    self.lost.set()
                    raise ImapError("IDLE not answered")
                idle_task = starting.result()
                waiters.append(asyncio.ensure_future(client.wait_server_push(timeout=seconds + 30)))
            await asyncio.wait(waiters, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for w in waiters:
                w.cancel()
            if idle_task is not None and not self.lost.is_set():
                client.idle_done()
                # A server going away ends IDLE with BYE and no answer to DONE: don't wait long.
                gone = asyncio.ensure_future(self.lost.wait())
                await asyncio.wait({idle_task, gone}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
                gone.cancel()
                if not idle_task.done() or idle_task.cancelled() or idle_task.exception() is not None:
                    self.lost.set()
        if self.lost.is_set():
            raise ImapError("connection lost")
