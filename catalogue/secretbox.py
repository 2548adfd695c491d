"""Secrets kept encrypted at rest (the TOTP secrets): Fernet with a key derived from the app's key by HKDF.

The key travels with the database engine (its dialect), so every engine of every app encrypts with
its own configuration and no process-wide state is needed. A stored value that is not a Fernet
token is a secret from before encryption: it is still read, and `encrypt_legacy_values` rewrites it.
"""

from __future__ import annotations

import base64
from functools import cached_property

from sqlalchemy import String
from sqlalchemy.engine import Engine
from sqlalchemy.types import TypeDecorator

_INFO = b"catalogue: second-factor secrets at rest"
_TOKEN_PREFIX = "gAAAAA"  # every Fernet token (version byte 0x80) starts so; base32 secrets never do


# cryptography (~8 MB per process) is imported where a secret is first encrypted or read,
# so the web workers that only serve public pages never load it.


def derive_key(secret: str) -> bytes:
    """A Fernet key from the configured secret (MFA_SECRET_KEY, else SECRET_KEY)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    raw = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(secret.encode())
    return base64.urlsafe_b64encode(raw)


class LazyFernet:
    """Fernet's encrypt and decrypt with the key derived on first use."""

    def __init__(self, secret: str):
        self._secret = secret

    @cached_property
    def _fernet(self):
        from cryptography.fernet import Fernet

        return Fernet(derive_key(self._secret))

    def encrypt(self, data: bytes) -> bytes:
        return self._fernet.encrypt(data)

    def decrypt(self, token: bytes) -> bytes:
        return self._fernet.decrypt(token)


def attach_key(engine: Engine, secret: str) -> None:
    engine.dialect.catalogue_secret_box = LazyFernet(secret)


def _box(dialect) -> LazyFernet:
    box = getattr(dialect, "catalogue_secret_box", None)
    if box is None:
        raise RuntimeError("No key for encrypted columns: the engine was not set up by the app.")
    return box


def is_encrypted(value: str) -> bool:
    return value.startswith(_TOKEN_PREFIX)


class EncryptedString(TypeDecorator):
    """A string column stored as a Fernet token; reads values stored before encryption as they are."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None or is_encrypted(value):
            return value
        return _box(dialect).encrypt(value.encode()).decode()

    def process_result_value(self, value, dialect):
        if value is None or not is_encrypted(value):
            return value
        from cryptography.fernet import InvalidToken

        try:
            return _box(dialect).decrypt(value.encode()).decode()
        except InvalidToken as error:
            raise RuntimeError(
                "An encrypted secret cannot be read with the configured key (MFA_SECRET_KEY)."
            ) from error
