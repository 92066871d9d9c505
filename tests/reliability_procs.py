"""Real processes for the reliability tests: `intake-bot serve` subprocesses sharing one
PostgreSQL database and one secrets file, a throwaway PostgreSQL cluster, web-chat writers
speaking the socket protocol of channels/webchat.py, and counsellors signing in through the
console's HTTP forms with real TOTP codes."""
from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import asyncpg
import pyotp
import pytest

ADMIN_DSN = "postgresql://postgres@127.0.0.1:5432/postgres"
PG_BIN = Path("/usr/lib/postgresql/15/bin")
CLI = str(Path(sys.executable).with_name("intake-bot"))
PASSWORD = "een lang genoeg wachtwoord"
# Plain stories: no FAQ match, no urgency, so each one queues for a person.
STORY = ("Ik merk al een tijd dat mijn gedachten niet kloppen en ik schaam me erg, "
         "ik weet niet goed hoe ik dit moet vertellen")
_words = ["rustig", "lastig", "moeilijk", "spannend", "zwaar", "onrustig", "vreemd", "verwarrend"]
_stories = itertools.count(1)


def story() -> str:
    n = next(_stories)
    return f"{STORY}, het voelt {_words[n % len(_words)]} en {_words[(n // 8) % len(_words)]}."


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- PostgreSQL --------------------------------------------------------------------------------
async def create_database(admin_dsn: str = ADMIN_DSN) -> str:
    """A fresh database; its SQLAlchemy URL. Skips when the server is not there."""
    name = f"intake_rel_{os.getpid()}_{secrets.token_hex(3)}"
    try:
        conn = await asyncpg.connect(admin_dsn, timeout=3)
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        pytest.skip(f"PostgreSQL not reachable for the reliability tests ({type(exc).__name__})")
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    base = admin_dsn.rsplit("/", 1)[0]
    return f"{base.replace('postgresql://', 'postgresql+asyncpg://')}/{name}"


async def drop_database(url: str, admin_dsn: str = ADMIN_DSN) -> None:
    name = url.rsplit("/", 1)[1]
    with contextlib.suppress(OSError, asyncpg.PostgresError, TimeoutError):
        conn = await asyncpg.connect(admin_dsn, timeout=3)
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await conn.close()


def plain_dsn(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://")


@contextlib.asynccontextmanager
async def fresh_database(admin_dsn: str = ADMIN_DSN) -> AsyncIterator[str]:
    url = await create_database(admin_dsn)
    try:
        yield url
    finally:
        await drop_database(url, admin_dsn)


@dataclass
class Cluster:
    """A throwaway PostgreSQL cluster of our own (never the machine's main server)."""

    root: Path
    port: int

    @property
    def admin_dsn(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _as_postgres(self, *args: str) -> subprocess.CompletedProcess[bytes]:
        cmd = [str(a) for a in args]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, timeout=60, check=False)

    def start(self) -> None:
        r = self._as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.root / "db"), "-o",
                              f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1",
                              "-l", str(self.root / "pg.log"), "-w", "start")
        if r.returncode != 0:
            raise RuntimeError(f"pg_ctl start failed: {r.stderr.decode(errors='replace')[:300]}")

    def stop(self, mode: str = "fast") -> None:
        self._as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.root / "db"), "-m", mode, "-w", "stop")

    def remove(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster(_tmp: Path | None = None) -> Cluster:
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"PostgreSQL server binaries not found under {PG_BIN}")
    # Not under pytest's tmp_path: its folders are the test user's only, and the cluster runs
    # as the postgres user. stop() leaves the folder; remove_cluster() deletes it.
    root = Path(tempfile.mkdtemp(prefix="intake-pg-"))
    root.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    cluster = Cluster(root, free_port())
    r = cluster._as_postgres(str(PG_BIN / "initdb"), "-D", str(root / "db"), "-U", "postgres",
                             "--auth=trust")
    if r.returncode != 0:
        pytest.skip(f"initdb failed: {r.stderr.decode(errors='replace')[:300]}")
    cluster.start()
    return cluster


# -- intake-bot serve as a process ---------------------------------------------------------------
@dataclass
class Instance:
    name: str
    data_dir: Path
    port: int
    env: dict[str, str]
    proc: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        self.log_path = self.data_dir.parent / f"{self.name}.log"
        out = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [CLI, "serve", "--host", "127.0.0.1", "--port", str(self.port), "--data-dir", str(self.data_dir)],
            stdout=out, stderr=subprocess.STDOUT, env=self.env, start_new_session=True)
        out.close()

    async def ready(self, within: float = 30.0) -> None:
        deadline = time.monotonic() + within
        async with aiohttp.ClientSession() as http:
            while time.monotonic() < deadline:
                if self.proc is not None and self.proc.poll() is not None:
                    raise AssertionError(f"{self.name} exited: {self.log()[-2000:]}")
                with contextlib.suppress(aiohttp.ClientError, OSError):
                    async with http.get(f"{self.url}/healthz") as r:
                        if r.status == 200:
                            return
                await asyncio.sleep(0.1)
        raise AssertionError(f"{self.name} not healthy within {within}s: {self.log()[-2000:]}")

    def kill9(self) -> None:
        assert self.proc is not None
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path and self.log_path.exists() else ""


def service_env(database_url: str | None, **settings: str) -> dict[str, str]:
    """The environment of a serve process: SQLite in its data folder when `database_url` is None."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    if database_url:
        env["INTAKE__SERVER__DATABASE_URL"] = database_url
    env.update({f"INTAKE__{k.replace('.', '__').upper()}": v for k, v in settings.items()})
    return env


def share_secrets(first: Path, second: Path) -> None:
    """Several instances must read one keyring: copy the first one's secrets.json (0600)."""
    second.mkdir(mode=0o700, parents=True, exist_ok=True)
    shutil.copyfile(first / "secrets.json", second / "secrets.json")
    (second / "secrets.json").chmod(0o600)


def add_counsellor(instance: Instance, name: str, role: str = "counsellor") -> None:
    r = subprocess.run([CLI, "counsellor", "--data-dir", str(instance.data_dir), "add", name, "--role", role],
                       input=f"{PASSWORD}\n".encode(), capture_output=True, env=instance.env, timeout=60,
                       check=False)
    assert r.returncode == 0, r.stderr.decode(errors="replace")


async def start_instances(tmp: Path, database_url: str, count: int = 2,
                          **settings: str) -> list[Instance]:
    """`count` serve processes on one database and one secrets file."""
    env = service_env(database_url, **settings)
    first = Instance("a", tmp / "a" / "data", free_port(), env)
    first.start()
    await first.ready()
    out = [first]
    for i in range(1, count):
        other = Instance(chr(ord("a") + i), tmp / chr(ord("a") + i) / "data", free_port(), env)
        share_secrets(first.data_dir, other.data_dir)
        other.start()
        await other.ready()
        out.append(other)
    return out


# -- a web-chat writer at the protocol level ---------------------------------------------------
@dataclass
class Writer:
    """One help-seeker's page: records every acknowledgement and every message id per socket."""

    base_ws: str
    ws: aiohttp.ClientWebSocketResponse | None = None
    http: aiohttp.ClientSession | None = None
    acked: dict[str, int | None] = field(default_factory=dict)  # client id -> stored message id
    sent: list[str] = field(default_factory=list)                # client ids sent
    code: str | None = None
    frames: list[dict[str, Any]] = field(default_factory=list)
    sockets: list[list[int]] = field(default_factory=list)       # message ids seen, per socket
    notices: list[str] = field(default_factory=list)
    _reader: asyncio.Task[None] | None = None
    _acks: dict[str, asyncio.Future[int | None]] = field(default_factory=dict)
    _got: asyncio.Event = field(default_factory=asyncio.Event)

    async def connect(self, base_ws: str | None = None) -> None:
        if base_ws:
            self.base_ws = base_ws
        if self.http is None:
            self.http = aiohttp.ClientSession()
        self.ws = await self.http.ws_connect(f"{self.base_ws}/chat/ws", heartbeat=None, max_msg_size=0)
        self.sockets.append([])
        self._reader = asyncio.get_running_loop().create_task(self._read(self.ws, self.sockets[-1]))

    async def _read(self, ws: aiohttp.ClientWebSocketResponse, seen: list[int]) -> None:
        async for msg in ws:
            if msg.type != aiohttp.WSMsgType.TEXT:
                continue
            data = msg.json()
            self.frames.append(data)
            kind = data.get("type")
            if kind == "ack":
                fut = self._acks.get(data.get("client_id") or "")
                self.acked[data.get("client_id") or ""] = data.get("id")
                if fut is not None and not fut.done():
                    fut.set_result(data.get("id"))
            elif kind == "message":
                seen.append(int(data["id"]))
                if data.get("code"):
                    self.code = data["code"]
            elif kind == "history":
                seen.extend(int(m["id"]) for m in data["messages"] if m["sender"] != "writer")
            elif kind == "notice":
                self.notices.append(str(data.get("key")))
            self._got.set()

    async def say(self, body: str, within: float = 15.0) -> int | None:
        """Send and wait for the acknowledgement; the stored message id."""
        assert self.ws is not None
        cid = secrets.token_hex(6)
        fut: asyncio.Future[int | None] = asyncio.get_running_loop().create_future()
        self._acks[cid] = fut
        self.sent.append(cid)
        await self.ws.send_json({"type": "message", "text": body, "client_id": cid})
        return await asyncio.wait_for(fut, within)

    async def send_raw(self, data: str | bytes) -> None:
        assert self.ws is not None
        if isinstance(data, bytes):
            await self.ws.send_bytes(data)
        else:
            await self.ws.send_str(data)

    async def resume(self, within: float = 10.0) -> None:
        assert self.ws is not None and self.code
        await self.ws.send_json({"type": "resume", "code": self.code})
        await self.wait_for(lambda: any(f.get("type") == "history" for f in self.frames[-20:]), within)

    async def wait_for(self, check: Any, within: float = 10.0) -> None:
        deadline = time.monotonic() + within
        while not check():
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("writer: condition not met in time")
            self._got.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._got.wait(), min(left, 0.2))

    def message_ids(self) -> list[int]:
        return [i for seen in self.sockets for i in seen]

    def duplicates(self) -> list[int]:
        """Message ids that arrived twice on one socket (the page would show them twice)."""
        out: list[int] = []
        for seen in self.sockets:
            out += [i for i in set(seen) if seen.count(i) > 1]
        return out

    async def drop(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._reader
        if self.ws is not None and not self.ws.closed:
            with contextlib.suppress(Exception):
                await self.ws.close()

    async def close(self) -> None:
        await self.drop()
        if self.http is not None:
            await self.http.close()
            self.http = None


# -- a counsellor at the console over HTTP -----------------------------------------------------
def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "no CSRF field in the page"
    return m.group(1)


@dataclass
class Counsellor:
    base: str
    name: str
    http: aiohttp.ClientSession = field(default_factory=lambda: aiohttp.ClientSession(
        cookie_jar=aiohttp.CookieJar(unsafe=True)))
    csrf: str = ""

    async def sign_in(self) -> str:
        """Password, enrolment with the shown secret, a real-time TOTP code; the queue page."""
        async with self.http.get(f"{self.base}/console/login") as r:
            token = csrf_of(await r.text())
        async with self.http.post(f"{self.base}/console/login", allow_redirects=False,
                                  data={"csrf": token, "name": self.name, "password": PASSWORD}) as r:
            assert r.status == 303, await r.text()
        async with self.http.get(f"{self.base}/console/2fa") as r:
            page = await r.text()
        m = re.search(r'id="totp-secret">([A-Z2-7]+)<', page)
        assert m, "expected a first sign-in with enrolment"
        code = pyotp.TOTP(m.group(1)).now()
        form = {"csrf": csrf_of(page), "code": code}
        async with self.http.post(f"{self.base}/console/2fa", data=form) as r:
            body = await r.text()
            assert r.status == 200 and str(r.url).endswith("/console"), body
        self.csrf = csrf_of(body)
        return body

    async def post(self, path: str, **data: str) -> tuple[int, str]:
        async with self.http.post(f"{self.base}{path}", allow_redirects=False,
                                  data={"csrf": self.csrf, **data}) as r:
            return r.status, r.headers.get("Location", "")

    async def next(self) -> str | None:
        """Take the front of the queue; the conversation id or None when nothing waits."""
        status, location = await self.post("/console/next")
        assert status in (302, 303), status
        m = re.fullmatch(r"/console/c/([A-Za-z0-9_-]+)", location)
        return m.group(1) if m else None

    async def close(self) -> None:
        await self.http.close()
