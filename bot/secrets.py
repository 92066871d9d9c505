"""The service's keys, generated on first start into <data_dir>/secrets.json (mode 0600).

Losing the file makes the encrypted store unreadable, so a damaged or too-open file stops
start-up with a clear message instead of being silently replaced.
"""
from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SECRETS_FILE = "secrets.json"
KEY_BYTES = 32
KEY_NAMES = ("data_key", "lookup_key", "session_key")
_VERSION = 1


class SecretsError(RuntimeError):
    """The secrets file is unsafe or unreadable; the message says which file and why."""


@dataclass(frozen=True)
class Secrets:
    data_key: bytes = field(repr=False)     # AES-256-GCM key for data at rest
    lookup_key: bytes = field(repr=False)   # HMAC-SHA256 key for thread/resume lookups
    session_key: bytes = field(repr=False)  # signs counsellor console sessions
    path: Path = field(default=Path(SECRETS_FILE))


def load_or_create_secrets(data_dir: Path) -> Secrets:
    """The keys in `data_dir`, created (with the folder, mode 0700) on first start."""
    data_dir = Path(data_dir)
    if not data_dir.exists():
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = data_dir / SECRETS_FILE
    if not path.exists():
        _create(path)
    return _read(path)


def _create(path: Path) -> None:
    body = {"version": _VERSION,
            **{name: base64.b64encode(os.urandom(KEY_BYTES)).decode("ascii") for name in KEY_NAMES}}
    # mkstemp creates the file 0600 from the start, so the keys are never readable by others,
    # not even for a moment; link() then publishes it whole, and fails if another instance was
    # quicker — in which case its keys win and ours are dropped.
    fd, tmp = tempfile.mkstemp(prefix=".secrets-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            json.dump(body, fh, indent=2)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(tmp, path)
        _fsync_dir(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system allows opening a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _read(path: Path) -> Secrets:
    st = path.stat()
    if not stat.S_ISREG(st.st_mode):
        raise SecretsError(f"{path}: not a regular file")
    if st.st_mode & 0o077:
        raise SecretsError(
            f"{path}: readable by group or others (mode {stat.S_IMODE(st.st_mode):04o}); "
            f"the keys must be private: run `chmod 600 {path}`")
    try:
        body = json.loads(path.read_text(encoding="ascii"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise SecretsError(f"{path}: damaged (not JSON); restore it from a backup") from None
    if not isinstance(body, dict) or body.get("version") != _VERSION:
        raise SecretsError(f"{path}: damaged or of an unknown version; restore it from a backup")
    keys: dict[str, bytes] = {}
    for name in KEY_NAMES:
        try:
            keys[name] = base64.b64decode(body[name], validate=True)
        except (KeyError, TypeError, binascii.Error):
            raise SecretsError(f"{path}: {name} missing or damaged; restore it from a backup") from None
        if len(keys[name]) != KEY_BYTES:
            raise SecretsError(f"{path}: {name} is not {KEY_BYTES} bytes; restore it from a backup")
    return Secrets(**keys, path=path)
