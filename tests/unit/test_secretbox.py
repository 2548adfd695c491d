"""The encrypted column type and its key derivation."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from catalogue.secretbox import EncryptedString, derive_key


class Dialect:
    def __init__(self, secret: str | None):
        if secret is not None:
            self.catalogue_secret_box = Fernet(derive_key(secret))


def test_a_value_is_encrypted_on_the_way_in_and_read_back_on_the_way_out():
    column, dialect = EncryptedString(255), Dialect("schlüssel-" + "x" * 32)
    stored = column.process_bind_param("JBSWY3DPEHPK3PXP", dialect)
    assert stored != "JBSWY3DPEHPK3PXP" and column.process_result_value(stored, dialect) == "JBSWY3DPEHPK3PXP"


def test_the_key_follows_the_configured_secret():
    assert derive_key("a" * 32) == derive_key("a" * 32) != derive_key("b" * 32)


def test_a_value_encrypted_with_another_key_is_refused_with_a_clear_message():
    stored = EncryptedString(255).process_bind_param("JBSWY3DPEHPK3PXP", Dialect("a" * 32))
    with pytest.raises(RuntimeError, match="MFA_SECRET_KEY"):
        EncryptedString(255).process_result_value(stored, Dialect("b" * 32))


def test_an_engine_without_a_key_refuses_to_store_a_secret():
    with pytest.raises(RuntimeError, match="No key"):
        EncryptedString(255).process_bind_param("JBSWY3DPEHPK3PXP", Dialect(None))


def test_empty_values_pass_through():
    assert EncryptedString(255).process_bind_param(None, Dialect(None)) is None
    assert EncryptedString(255).process_result_value(None, Dialect(None)) is None
