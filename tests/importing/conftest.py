"""Import tests share the core office fixture, on the embedded database (the import and
reconciliation services are not part of the office server's interface)."""

from tests.core.conftest import backend, office, security  # noqa: F401
