"""Passwords (Argon2id through argon2-cffi) and device tokens (random, stored as SHA-256).

A token is 256 random bits, shown once at login; the database keeps only its SHA-256, which
is enough for a value that cannot be guessed (a slow hash is for low-entropy passwords).
At most a few Argon2 hashes run at once, so a burst of logins cannot exhaust memory.
"""

from __future__ import annotations

import hashlib
import secrets
import threading

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

TOKEN_PREFIX = "bkw_"


class Passwords:
    def __init__(self, memory_kib: int, time_cost: int, parallelism: int, concurrent: int = 4):
        self._hasher = PasswordHasher(
            time_cost=time_cost, memory_cost=memory_kib, parallelism=parallelism, type=Type.ID
        )
        self._slots = threading.BoundedSemaphore(concurrent)
        # Verifying against this keeps an unknown username as slow as a wrong password.
        self._dummy = self._hasher.hash(secrets.token_urlsafe(16))

    def hash(self, password: str) -> str:
        with self._slots:
            return self._hasher.hash(password)

    def verify(self, stored: str | None, password: str) -> bool:
        with self._slots:
            try:
                return self._hasher.verify(stored or self._dummy, password) and stored is not None
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                return False

    def needs_rehash(self, stored: str) -> bool:
        return self._hasher.check_needs_rehash(stored)


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()
