"""Encryption at rest and keyed lookups.

Stored text (scrubbed message bodies, the reply vault, outbox payloads) is sealed with AES-GCM
under the data key. The associated data is the table and column name, so a value copied into
another column does not decrypt. Each blob starts with a version byte and a short fingerprint of
the key, so reading with the wrong key fails with a clear error instead of garbage.

Returning writers and resume codes are found through HMAC-SHA256 under a separate lookup key:
the raw reply address or code is never stored.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.engine import Dialect
from sqlalchemy.types import LargeBinary, TypeDecorator

VERSION = 1
_NONCE = 12
_KEY_ID = 4
_HEADER = 1 + _KEY_ID + _NONCE


class CryptoError(Exception):
    """Base class for every encryption problem; the message never contains plaintext."""


class KeyringNotInstalled(CryptoError):
    pass


class WrongKeyError(CryptoError):
    pass


class DecryptionError(CryptoError):
    pass


def _key_id(key: bytes) -> bytes:
    return hashlib.sha256(b"intake-bot key id\x00" + key).digest()[:_KEY_ID]


class Keyring:
    """The data key (AES-256-GCM) and the lookup key (HMAC-SHA256)."""

    def __init__(self, data_key: bytes, lookup_key: bytes) -> None:
        if len(data_key) != 32:
            raise ValueError("the data key must be 32 bytes (AES-256)")
        if len(lookup_key) < 32:
            raise ValueError("the lookup key must be at least 32 bytes")
        if hmac.compare_digest(data_key, lookup_key):
            raise ValueError("the data key and the lookup key must differ")
        self._aead = AESGCM(data_key)
        self._key_id = _key_id(data_key)
        self._lookup_key = bytes(lookup_key)

    def __repr__(self) -> str:  # keys never end up in a log line or traceback
        return f"Keyring(key_id={self._key_id.hex()})"

    def encrypt(self, plaintext: bytes, context: str) -> bytes:
        nonce = os.urandom(_NONCE)
        sealed = self._aead.encrypt(nonce, plaintext, context.encode())
        return bytes([VERSION]) + self._key_id + nonce + sealed

    def decrypt(self, blob: bytes, context: str) -> bytes:
        if len(blob) < _HEADER + 16:
            raise DecryptionError(f"{context}: value too short to be encrypted data")
        if blob[0] != VERSION:
            raise DecryptionError(f"{context}: unknown encryption format version {blob[0]}")
        if not hmac.compare_digest(blob[1:1 + _KEY_ID], self._key_id):
            raise WrongKeyError(f"{context}: encrypted with a different data key "
                                "(is this the data directory's own secrets file?)")
        nonce = blob[1 + _KEY_ID:_HEADER]
        try:
            return self._aead.decrypt(nonce, blob[_HEADER:], context.encode())
        except InvalidTag:
            raise DecryptionError(f"{context}: authentication failed (data altered or moved "
                                  "from another column)") from None

    def lookup_hash(self, kind: str, raw: str) -> str:
        """A stable keyed hash (64 hex characters) for finding a row by a value never stored."""
        msg = kind.encode() + b"\x00" + raw.encode()
        return hmac.new(self._lookup_key, msg, hashlib.sha256).hexdigest()


_installed: Keyring | None = None


def install_keyring(keyring: Keyring) -> None:
    """Make `keyring` the one the encrypted column types use in this process."""
    global _installed
    _installed = keyring


def current_keyring() -> Keyring:
    if _installed is None:
        raise KeyringNotInstalled("no keyring installed: call bot.store.crypto.install_keyring() "
                                  "(open_store does) before reading or writing encrypted columns")
    return _installed


class _Encrypted(TypeDecorator[Any]):
    """Base for the sealed column types; `context` is "table.column" (the associated data)."""

    impl = LargeBinary
    cache_ok = True

    def __init__(self, context: str) -> None:
        super().__init__()
        self.context = context

    def _to_bytes(self, value: Any) -> bytes:
        raise NotImplementedError

    def _from_bytes(self, data: bytes) -> Any:
        raise NotImplementedError

    def process_bind_param(self, value: Any, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        return current_keyring().encrypt(self._to_bytes(value), self.context)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        return self._from_bytes(current_keyring().decrypt(bytes(value), self.context))


class EncryptedText(_Encrypted):
    cache_ok = True

    def _to_bytes(self, value: Any) -> bytes:
        if not isinstance(value, str):
            raise TypeError(f"{self.context}: expected str, got {type(value).__name__}")
        return value.encode()

    def _from_bytes(self, data: bytes) -> str:
        return data.decode()


class EncryptedBytes(_Encrypted):
    cache_ok = True

    def _to_bytes(self, value: Any) -> bytes:
        if not isinstance(value, bytes | bytearray):
            raise TypeError(f"{self.context}: expected bytes, got {type(value).__name__}")
        return bytes(value)

    def _from_bytes(self, data: bytes) -> bytes:
        return data


class EncryptedJSON(_Encrypted):
    """JSON, sealed. Not mutation-tracked: assign a new object to change it."""

    cache_ok = True

    def _to_bytes(self, value: Any) -> bytes:
        return json.dumps(value, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode()

    def _from_bytes(self, data: bytes) -> Any:
        return json.loads(data)
