"""Passwords (Argon2id) and time-based one-time codes (TOTP, RFC 6238) for console accounts.

The QR image for enrolment is drawn here as SVG: no outside service ever sees the secret.
"""
from __future__ import annotations

import base64
import io
from datetime import datetime

import pyotp
import qrcode
import qrcode.image.svg
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

ISSUER = "intake-bot console"
MIN_PASSWORD_CHARS = 12
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Checked against when the account is unknown, so the answer takes as long either way.
_DUMMY_HASH = _hasher.hash("an account that does not exist")


class PasswordRejected(ValueError):
    pass


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_CHARS:
        raise PasswordRejected(f"a password needs at least {MIN_PASSWORD_CHARS} characters")


def hash_password(password: str) -> str:
    check_new_password(password)
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


def new_totp_secret() -> str:
    return pyotp.random_base32()


def totp_uri(secret: str, account: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=account, issuer_name=ISSUER)


def qr_svg_data_uri(text: str) -> str:
    """The QR code of `text` as an SVG data: URI (allowed by the console's img-src)."""
    img = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=10)
    buf = io.BytesIO()
    img.save(buf)
    return "data:image/svg+xml;base64," + base64.b64encode(buf.getvalue()).decode()


def verify_totp(secret: str, code: str, now: datetime, last_step: int | None) -> int | None:
    """The accepted time step, or None. One step of clock drift either way; never a step
    at or before `last_step` (a code seen over a shoulder cannot be replayed)."""
    code = "".join(ch for ch in code if ch.isdigit())
    if len(code) != 6:
        return None
    totp = pyotp.TOTP(secret)
    step_now = int(now.timestamp()) // totp.interval
    for step in (step_now, step_now - 1, step_now + 1):
        if last_step is not None and step <= last_step:
            continue
        if pyotp.utils.strings_equal(totp.generate_otp(step), code):
            return step
    return None
