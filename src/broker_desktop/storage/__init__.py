"""Encrypted storage: keys, key slots and the SQLCipher database."""
