"""The database key: 32 random bytes, used as a raw SQLCipher key.

The recovery code is the same key in base32, grouped for reading aloud, so that the
file can always be opened with the standard SQLCipher tools.
"""

from __future__ import annotations

import base64
import hmac
import secrets
from typing import NoReturn

from broker_desktop.storage.errors import InvalidKeyFormat, InvalidRecoveryCode

KEY_BYTES = 32
_CODE_CHARS = 52  # 256 bits in base32, without padding
_GROUP = 4
# Letters people confuse with digits that base32 does not use.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


class DatabaseKey:
    """A raw 256-bit key. Its repr and str never show the bytes."""

    __slots__ = ("_raw",)

    def __init__(self, raw: bytes) -> None:
        if not isinstance(raw, (bytes, bytearray)):
            raise InvalidKeyFormat("the key must be bytes")
        if len(raw) != KEY_BYTES:
            raise InvalidKeyFormat(f"the key must be exactly {KEY_BYTES} bytes")
        self._raw = bytes(raw)

    @classmethod
    def generate(cls) -> DatabaseKey:
        return cls(secrets.token_bytes(KEY_BYTES))

    @classmethod
    def from_recovery_code(cls, code: str) -> DatabaseKey:
        if not isinstance(code, str):
            raise InvalidRecoveryCode("it must be text")
        letters = "".join(ch for ch in code.upper() if not ch.isspace() and ch != "-")
        letters = letters.translate(_LOOKALIKES)
        if len(letters) != _CODE_CHARS:
            raise InvalidRecoveryCode(
                f"it has {len(letters)} letters and digits instead of {_CODE_CHARS}"
            )
        try:
            raw = base64.b32decode(letters + "====", casefold=False)
        except ValueError:  # binascii.Error is one
            raise InvalidRecoveryCode("it contains characters that are not A–Z or 2–7") from None
        if base64.b32encode(raw).decode().rstrip("=") != letters:
            raise InvalidRecoveryCode("its last letter is not possible; check for a typo")
        return cls(raw)

    @property
    def raw(self) -> bytes:
        return self._raw

    def recovery_code(self) -> str:
        letters = base64.b32encode(self._raw).decode().rstrip("=")
        return "-".join(letters[i : i + _GROUP] for i in range(0, len(letters), _GROUP))

    def sqlcipher_key(self) -> bytes:
        """The key in SQLCipher's raw-key spelling ``x'<64 hex>'``.

        Without this exact form SQLCipher would take the bytes as a passphrase and run
        its own KDF, silently creating a database under a different key.
        """
        return b"x'" + self._raw.hex().encode("ascii") + b"'"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DatabaseKey):
            return NotImplemented
        return hmac.compare_digest(self._raw, other._raw)

    def __hash__(self) -> int:
        return hash(("DatabaseKey", self._raw[:4]))

    def __repr__(self) -> str:
        return "DatabaseKey(<hidden>)"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:  # never pickled into a crash report or a queue by accident
        raise TypeError("DatabaseKey cannot be pickled")
