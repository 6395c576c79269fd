"""Office core (no Qt): accounts, roles and rights, and the permission-scoped services.
Entry points are in ``broker_desktop.core.office``."""
