"""Real mail servers on loopback for the e-mail tests: a throwaway Dovecot (IMAP) and an aiosmtpd
server that records what it receives. Imported by the tests/test_email_*.py modules."""
from __future__ import annotations

import asyncio
import logging
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import aioimaplib
import pytest
from aiosmtpd.controller import Controller

PASSWORD = "mailbox-secret-7"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Dovecot:
    port: int
    root: Path

    def kick(self, user: str) -> None:
        """Drop every IMAP connection of `user` (as a server restart would)."""
        doveadm = shutil.which("doveadm") or "/usr/bin/doveadm"
        subprocess.run([doveadm, "-c", str(self.root / "dovecot.conf"), "kick", user], check=True,
                       capture_output=True, timeout=10)

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""


_CONFIG = """
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u
{users}
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
"""


def start_dovecot() -> Iterator[Dovecot]:
    """A Dovecot on a free loopback port where any user name logs in with PASSWORD, so every test
    gets a fresh, empty mailbox by using a new user name."""
    binary = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)
    if binary is None:
        pytest.skip("dovecot is not installed (Debian package dovecot-imapd; .ci/run installs it)")
    root = Path(tempfile.mkdtemp(prefix="intake-dovecot-"))
    root.chmod(0o755)
    (root / "mail").mkdir()
    if os.geteuid() == 0:
        uid, gid, users = "nobody", "nogroup", ""
        shutil.chown(root / "mail", "nobody", "nogroup")
    else:  # an unprivileged Dovecot runs everything as the current user
        me = pwd.getpwuid(os.geteuid()).pw_name
        uid, gid = str(os.geteuid()), str(os.getegid())
        users = f"default_internal_user = {me}\ndefault_login_user = {me}\n"
    port = free_port()
    conf = root / "dovecot.conf"
    conf.write_text(_CONFIG.format(root=root, port=port, uid=uid, gid=gid, users=users, password=PASSWORD))
    proc = subprocess.Popen([binary, "-F", "-c", str(conf)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                pytest.skip(f"dovecot did not start: {err.strip()[:300]}")
            time.sleep(0.05)
    else:
        proc.kill()
        pytest.skip("dovecot did not open its port within 10 s")
    try:
        yield Dovecot(port, root)
    finally:
        pid_file = root / "run" / "master.pid"
        try:
            os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)
        except (OSError, ValueError):
            proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(root, ignore_errors=True)


class Mailbox:
    """The test's own IMAP client, standing in for the world that sends mail to the helpline."""

    def __init__(self, dovecot: Dovecot, user: str) -> None:
        self.dovecot = dovecot
        self.user = user

    async def _client(self) -> aioimaplib.IMAP4:
        imap = aioimaplib.IMAP4("127.0.0.1", self.dovecot.port, timeout=10)
        await imap.wait_hello_from_server()
        r = await imap.login(self.user, PASSWORD)
        assert r.result == "OK", r
        return imap

    async def append(self, raw: bytes | EmailMessage, folder: str = "INBOX") -> None:
        data = raw.as_bytes(policy=policy.SMTP) if isinstance(raw, EmailMessage) else raw
        imap = await self._client()
        try:
            r = await imap.append(data, mailbox=folder)
            assert r.result == "OK", r
        finally:
            await imap.logout()

    async def listing(self, folder: str = "INBOX") -> list[tuple[int, str]]:
        """(uid, flags) of every message in `folder`; [] when the folder does not exist."""
        imap = await self._client()
        try:
            r = await imap.select(folder)
            if r.result != "OK":
                return []
            r = await imap.uid("fetch", "1:*", "(UID FLAGS)")
            out = []
            for line in r.lines:
                text = bytes(line).decode(errors="replace")
                if "FETCH" in text and "UID" in text:
                    uid = int(text.split("UID ", 1)[1].split()[0].rstrip(")"))
                    flags = text.split("FLAGS (", 1)[1].split(")", 1)[0] if "FLAGS (" in text else ""
                    out.append((uid, flags))
            return out
        finally:
            await imap.logout()


@dataclass
class SmtpSink:
    host: str
    port: int
    received: list[EmailMessage] = field(default_factory=list)
    rcpts: list[list[str]] = field(default_factory=list)
    controller: Controller | None = None

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.received.append(message_from_bytes(envelope.content, policy=policy.default))  # type: ignore[arg-type]
        self.rcpts.append(list(envelope.rcpt_tos))
        return "250 OK"

    def start(self) -> None:
        self.controller = Controller(self, hostname=self.host, port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    async def wait_for(self, count: int, within: float = 10.0) -> list[EmailMessage]:
        deadline = time.monotonic() + within
        while len(self.received) < count and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        return self.received


def quiet_mail_loggers() -> None:
    # The test servers' own chatter is not the service's log.
    for name in ("mail.log", "aiosmtpd"):
        logging.getLogger(name).setLevel(logging.WARNING)
