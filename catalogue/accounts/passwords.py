"""Argon2id password hashing with OWASP's minimum parameters (m=19 MiB, t=2, p=1), and weak-password rules."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# Verified when the e-mail is unknown, so a login takes as long either way.
_DUMMY_HASH = _hasher.hash("timing-equaliser")

MIN_LENGTH = 10


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


# --- Weak passwords (ASVS 6.2): common ones, and ones built from the person's own data ---

SITE_NAMES = ("präventionskatalog", "praeventionskatalog", "praeventions", "präventions")
_GERMAN_LIST = Path(__file__).with_name("common-passwords-de.txt")
_UNLEET = str.maketrans({"4": "a", "@": "a", "3": "e", "0": "o", "1": "i", "!": "i", "5": "s", "$": "s", "7": "t"})
MIN_DISTINCT = 5
COMMON = "Dieses Passwort ist sehr verbreitet und wird bei Angriffen zuerst ausprobiert. Bitte wählen Sie ein anderes."
PERSONAL = "Das Passwort darf nicht aus Ihrem Namen, Ihrer E-Mail-Adresse oder dem Namen der Website bestehen."
MONOTONOUS = "Das Passwort besteht aus zu wenigen verschiedenen Zeichen."


@cache
def common_passwords() -> frozenset[str]:
    """zxcvbn's 30,000 most common passwords and a German supplement, lower case."""
    # Imported here: zxcvbn's frequency lists take ~12 MB in every process that imports
    # them, and only forms that set a password need them (never the search workers).
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    german = (line.strip() for line in _GERMAN_LIST.read_text(encoding="utf-8").splitlines())
    return frozenset(FREQUENCY_LISTS["passwords"]) | {line for line in german if line and not line.startswith("#")}


def _variants(password: str) -> set[str]:
    """The password as typed, without digits and symbols at the ends, and with 4→a, 3→e … undone."""
    lowered = password.lower()
    core = lowered.strip("0123456789!?.,;:-_+*#@$%&/()=<>[]{} ")
    return {lowered, core, lowered.translate(_UNLEET), core.translate(_UNLEET), re.sub(r"[^a-zäöüß]", "", core)}


def _personal_words(name: str, email: str) -> set[str]:
    local, _, domain = email.lower().partition("@")
    words = re.split(r"[\W_]+", f"{name} {local} {domain.split('.')[0]}".lower())
    whole = {email.lower(), local, domain} - {""}
    return {word for word in words if len(word) >= 3} | whole | set(SITE_NAMES)


def password_weakness(password: str, *, name: str = "", email: str = "") -> str | None:
    """Why a password is too weak (German, for the field), or None. The minimum length is checked apart."""
    if len(set(password.lower())) < MIN_DISTINCT:
        return MONOTONOUS
    variants = _variants(password)
    if variants & common_passwords():
        return COMMON
    for variant in variants:
        rest = variant
        for word in sorted(_personal_words(name, email), key=len, reverse=True):
            rest = rest.replace(word, "")
        if len(re.sub(r"[^a-zäöüß]", "", rest)) < 4 and len(rest) < len(variant):
            return PERSONAL
    return None
