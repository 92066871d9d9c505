"""The e-mail channel over TLS against real servers on loopback: a throwaway CA signs a certificate
for 127.0.0.1/localhost; Dovecot serves it on an IMAPS port and by STARTTLS on its plain port;
aiosmtpd serves it by STARTTLS (login required, only after TLS) and by implicit TLS. The service
trusts that CA through `email.tls_ca_file`. A server whose certificate another CA signed is
refused, and the channel never falls back to a plain connection."""
from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import itertools
import logging
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import select

from bot.clock import FixedClock
from bot.envelope import Reply
from bot.store.models import Outbox
from tests.service_fixtures import OPEN, LogLines
from tests.test_email_channel import PLAIN, MailService, email_settings, letter, start_service
from tests.test_email_fixtures import PASSWORD, Dovecot, Mailbox, free_port, quiet_mail_loggers

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")

SMTP_USER, SMTP_PASSWORD = "relay-user", "relay-secret-9"
_users = itertools.count(1)


# -- a throwaway PKI ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Pki:
    ca: Path            # the CA the service is told to trust
    cert: Path          # server certificate signed by `ca`, for 127.0.0.1 and localhost
    key: Path
    rogue_cert: Path    # same names, signed by a CA the service does not trust
    rogue_key: Path
    other_ca: Path      # a CA that signed neither server certificate

    def server_context(self, *, rogue: bool = False) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        if rogue:
            ctx.load_cert_chain(self.rogue_cert, self.rogue_key)
        else:
            ctx.load_cert_chain(self.cert, self.key)
        return ctx


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _make_ca(cn: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(cn))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                         content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    return key, cert


def _make_server(ca_key: ec.EllipticCurvePrivateKey, ca: x509.Certificate
                 ) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(_name("localhost")).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([
                x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    return key, cert


def _write(path: Path, cert: x509.Certificate, key: ec.EllipticCurvePrivateKey | None = None) -> None:
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    if key is not None:
        key_path = path.with_suffix(".key")
        key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                               serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
        key_path.chmod(0o644)   # Dovecot's master reads it as root, tests may not be root


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    d = tmp_path_factory.mktemp("pki")
    d.chmod(0o755)
    ca_key, ca = _make_ca("intake test CA")
    rogue_key, rogue = _make_ca("intake test CA")   # same name, other key: only the key may tell
    _other_key, other = _make_ca("unrelated test CA")
    srv_key, srv = _make_server(ca_key, ca)
    bad_key, bad = _make_server(rogue_key, rogue)
    _write(d / "ca.pem", ca)
    _write(d / "other-ca.pem", other)
    _write(d / "server.pem", srv, srv_key)
    _write(d / "rogue.pem", bad, bad_key)
    return Pki(d / "ca.pem", d / "server.pem", d / "server.key", d / "rogue.pem", d / "rogue.key",
               d / "other-ca.pem")


# -- Dovecot with TLS ---------------------------------------------------------------------------
@dataclass
class TlsDovecot(Dovecot):
    imaps_port: int = 0

    def logins(self, user: str) -> list[str]:
        """Dovecot's successful-login lines for `user` (they end in "TLS" when the session was
        encrypted, "secured" for a plain loopback session)."""
        return [line for line in self.log().splitlines() if "Login: user=<" + user + ">" in line]


_TLS_CONFIG = """
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = yes
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
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
"""


@pytest.fixture(scope="module")
def dovecot(pki: Pki) -> Iterator[TlsDovecot]:
    binary = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)
    if binary is None:
        pytest.skip("dovecot is not installed (Debian package dovecot-imapd; .ci/run installs it)")
    root = Path(tempfile.mkdtemp(prefix="intake-dovecot-tls-"))
    root.chmod(0o755)
    (root / "mail").mkdir()
    if os.geteuid() == 0:
        uid, gid, users = "nobody", "nogroup", ""
        shutil.chown(root / "mail", "nobody", "nogroup")
    else:
        import pwd
        me = pwd.getpwuid(os.geteuid()).pw_name
        uid, gid = str(os.geteuid()), str(os.getegid())
        users = f"default_internal_user = {me}\ndefault_login_user = {me}\n"
    port, imaps_port = free_port(), free_port()
    conf = root / "dovecot.conf"
    conf.write_text(_TLS_CONFIG.format(root=root, port=port, imaps_port=imaps_port, uid=uid, gid=gid,
                                       users=users, password=PASSWORD, cert=pki.cert, key=pki.key))
    proc = subprocess.Popen([binary, "-F", "-c", str(conf)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    pending = {port, imaps_port}
    while pending and time.monotonic() < deadline:
        for p in list(pending):
            try:
                with socket.create_connection(("127.0.0.1", p), timeout=0.2):
                    pending.discard(p)
            except OSError:
                pass
        if pending:
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                pytest.skip(f"dovecot did not start with TLS: {err.strip()[:300]}")
            time.sleep(0.05)
    if pending:
        proc.kill()
        pytest.skip("dovecot did not open its ports within 10 s")
    try:
        yield TlsDovecot(port, root, imaps_port)
    finally:
        try:
            os.kill(int((root / "run" / "master.pid").read_text().strip()), signal.SIGTERM)
        except (OSError, ValueError):
            proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(root, ignore_errors=True)


# -- SMTP with TLS ------------------------------------------------------------------------------
@dataclass
class TlsSmtp:
    """An aiosmtpd server that wants a login and records, for each mail and each login attempt,
    whether the connection was encrypted at that moment."""
    port: int
    received: list[EmailMessage] = field(default_factory=list)
    data_over_tls: list[bool] = field(default_factory=list)
    logins: list[tuple[str, bool]] = field(default_factory=list)   # (user, over TLS)
    controller: Controller | None = None

    @staticmethod
    def _tls(server: Any) -> bool:
        return server.transport is not None and server.transport.get_extra_info("ssl_object") is not None

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str,
                     auth_data: Any) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and auth_data.password == SMTP_PASSWORD.encode()
        user = auth_data.login.decode() if isinstance(auth_data, LoginPassword) else "?"
        self.logins.append((user, self._tls(server)))
        return AuthResult(success=ok and user == SMTP_USER)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if not session.authenticated:
            return "530 5.7.0 Authentication required"
        self.data_over_tls.append(self._tls(server))
        self.received.append(message_from_bytes(envelope.content, policy=policy.default))  # type: ignore[arg-type]
        return "250 OK"

    def start(self, ctx: ssl.SSLContext, mode: str) -> None:
        common: dict[str, Any] = {"hostname": "127.0.0.1", "port": self.port,
                                  "authenticator": self.authenticate, "auth_required": True}
        if mode == "starttls":
            self.controller = Controller(self, tls_context=ctx, require_starttls=True,
                                         auth_require_tls=True, **common)
        else:
            # aiosmtpd's auth_require_tls only knows STARTTLS; here the whole connection is TLS
            # (its warning about that setting is silenced by `pytestmark`).
            self.controller = Controller(self, ssl_context=ctx, auth_require_tls=False, **common)
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


@asynccontextmanager
async def smtp_server(ctx: ssl.SSLContext, mode: str) -> AsyncIterator[TlsSmtp]:
    quiet_mail_loggers()
    server = TlsSmtp(free_port())
    server.start(ctx, mode)
    try:
        yield server
    finally:
        server.stop()


# -- the service --------------------------------------------------------------------------------
@asynccontextmanager
async def mail_service(tmp_path: Path, dovecot: TlsDovecot, smtp: TlsSmtp, *, imap: str, smtp_mode: str,
                       ca: Path) -> AsyncIterator[MailService]:
    user = f"tls{next(_users)}@stopitnow.test"
    overrides = email_settings(
        tmp_path / "data", dovecot, smtp.port, user,
        **{"email.imap_port": dovecot.imaps_port if imap == "tls" else dovecot.port,
           "email.imap_security": imap, "email.smtp_security": smtp_mode,
           "email.smtp_user": SMTP_USER, "email.smtp_password": SMTP_PASSWORD,
           "email.tls_ca_file": str(ca), "email.reconnect_max_seconds": 0.3})
    clock = FixedClock(OPEN)
    logs = LogLines()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(logs)
    root.setLevel(logging.DEBUG)
    service = await start_service(overrides, clock)
    ms = MailService(service, clock, Mailbox(dovecot, user), smtp, tmp_path / "data", logs,  # type: ignore[arg-type]
                     overrides)
    try:
        yield ms
    finally:
        await service.stop()
        root.removeHandler(logs)
        root.setLevel(old_level)


MAIL = PLAIN   # a writer who wants a person: queued for a counsellor


# -- in: IMAPS and IMAP STARTTLS ----------------------------------------------------------------
@pytest.mark.parametrize("imap", ["tls", "starttls"])
async def test_a_mail_read_over_tls_becomes_a_queued_conversation(
        tmp_path: Path, pki: Pki, dovecot: TlsDovecot, imap: str) -> None:
    async with smtp_server(pki.server_context(), "starttls") as smtp, \
            mail_service(tmp_path, dovecot, smtp, imap=imap, smtp_mode="starttls", ca=pki.ca) as mail:
        await mail.receive(letter(MAIL, msg_id="<tls-in@example.org>"))
        [conv] = await mail.conversations()
        assert conv.channel == "email" and conv.state == "waiting"
        [body] = await mail.messages(conv.id)
        assert "gevoelens" in body and "12345678" not in body
        assert mail.channel.connected
        assert await mail.mailbox.listing("INBOX") == []
        # Dovecot marks an encrypted login "TLS" and a plain loopback one "secured". The service
        # logged in encrypted (with STARTTLS: after the upgrade); the only plain logins are the
        # test's own two sessions (append, listing).
        logins = dovecot.logins(mail.mailbox.user)
        assert [line for line in logins if re.search(r"\bTLS\b", line)], dovecot.log()[-2000:]
        assert len([line for line in logins if re.search(r"\bsecured\b", line)]) == 2, logins


# -- out: SMTP STARTTLS and implicit TLS, with login --------------------------------------------
@pytest.mark.parametrize("smtp_mode", ["starttls", "tls"])
async def test_a_counsellor_reply_goes_out_over_tls_after_login(
        tmp_path: Path, pki: Pki, dovecot: TlsDovecot, smtp_mode: str) -> None:
    async with smtp_server(pki.server_context(), smtp_mode) as smtp, \
            mail_service(tmp_path, dovecot, smtp, imap="tls", smtp_mode=smtp_mode, ca=pki.ca) as mail:
        await mail.receive(letter(MAIL, msg_id="<tls-out@example.org>"))
        [conv] = await mail.conversations()
        await smtp.wait_for(1)   # the bot's own acknowledgement
        await mail.service.say(conv.id, "email", Reply("Dank je wel voor je mail. Ik ben Sanne.",
                                                       kind="counsellor"), sender="counsellor")
        await mail.settle()
        received = await smtp.wait_for(2)
        assert len(received) == 2
        counsellor = received[1]
        assert "Ik ben Sanne" in counsellor.get_content()
        assert counsellor["In-Reply-To"] == "<tls-out@example.org>"
        assert counsellor["To"] == "writer@example.org"
        assert smtp.data_over_tls == [True, True]
        assert smtp.logins and all(user == SMTP_USER and tls for user, tls in smtp.logins)
        assert await mail.outbox_states() == ["delivered", "delivered"]


# -- a certificate the configured CA did not sign is refused ------------------------------------
async def _wait_for_attempts(mail: MailService, count: int, within: float = 5.0) -> int:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        n = mail.logs.text().count("mailbox not available")
        if n >= count:
            return n
        await asyncio.sleep(0.05)
    return mail.logs.text().count("mailbox not available")


@pytest.mark.parametrize("imap", ["tls", "starttls"])
async def test_imap_with_an_untrusted_certificate_is_refused_and_never_read_in_plain(
        tmp_path: Path, pki: Pki, dovecot: TlsDovecot, imap: str) -> None:
    async with smtp_server(pki.server_context(), "starttls") as smtp, \
            mail_service(tmp_path, dovecot, smtp, imap=imap, smtp_mode="starttls", ca=pki.other_ca) as mail:
        await mail.mailbox.append(letter(MAIL, msg_id="<untrusted@example.org>"))
        assert await _wait_for_attempts(mail, 2) >= 2          # keeps trying, with back-off
        assert not mail.channel.connected
        assert mail.channel.status() == {"connected": False}
        assert await mail.conversations() == []
        [(_uid, flags)] = await mail.mailbox.listing("INBOX")   # the mail is untouched
        assert "$IntakeDone" not in flags and "\\Seen" not in flags
        # The service never logged in at all, encrypted or not (the test's own client logs in
        # over plain loopback, which Dovecot marks "secured").
        assert [line for line in dovecot.logins(mail.mailbox.user) if re.search(r"\bTLS\b", line)] == []
        assert "handshake failed" in mail.logs.text() or "SSLCertVerificationError" in mail.logs.text()
        assert smtp.received == []


@pytest.mark.parametrize("smtp_mode", ["starttls", "tls"])
async def test_smtp_with_an_untrusted_certificate_is_refused_and_the_reply_waits(
        tmp_path: Path, pki: Pki, dovecot: TlsDovecot, smtp_mode: str) -> None:
    async with smtp_server(pki.server_context(rogue=True), smtp_mode) as smtp, \
            mail_service(tmp_path, dovecot, smtp, imap="tls", smtp_mode=smtp_mode, ca=pki.ca) as mail:
        await mail.receive(letter(MAIL, msg_id="<rogue-smtp@example.org>"))
        await mail.settle()   # the bot's acknowledgement: tried once, waiting to retry
        mail.clock.advance(minutes=10)
        await mail.settle()   # ... and tried again: refused again, still waiting
        async with mail.service.store.sessionmaker() as s:
            [row] = (await s.execute(select(Outbox))).scalars().all()
        assert (row.state, row.attempts) == ("pending", 2)
        assert row.last_error == "TemporaryFailure: smtp unavailable"
        # Nothing was sent and no password was offered to the impostor, in plain or otherwise.
        assert smtp.received == [] and smtp.logins == []
