"""The service behind renewing recovery codes: only with a working second factor, throttled like a login code."""

from __future__ import annotations

import pytest

from catalogue.accounts.mfa import MAX_CODE_FAILURES, SecondFactorThrottled, renew_recovery_codes
from catalogue.errors import ValidationFailed
from tests.factories import make_user


def test_renewal_without_a_second_factor_is_refused(db):
    user = make_user(db)
    with pytest.raises(ValidationFailed, match="noch nicht eingerichtet"):
        renew_recovery_codes(db, user_id=user.id, code="123456", window_minutes=15)


def test_renewal_after_too_many_wrong_codes_is_throttled(db):
    user = make_user(db, office_role="admin")
    for _ in range(MAX_CODE_FAILURES):
        with pytest.raises(ValidationFailed):
            renew_recovery_codes(db, user_id=user.id, code="abc", window_minutes=15)
    with pytest.raises(SecondFactorThrottled):
        renew_recovery_codes(db, user_id=user.id, code="abc", window_minutes=15)
