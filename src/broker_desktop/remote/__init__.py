"""The workstation's side of the office server mode: a ``RemoteSession`` with the same
services as the core ``Session``, over HTTPS to a pinned server. Holds no database, no
key slot and no key: only a session token, in memory."""
