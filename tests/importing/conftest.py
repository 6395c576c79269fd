"""Import tests share the core office fixture."""

from tests.core.conftest import office, security  # noqa: F401
