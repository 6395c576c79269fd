"""The office's domain and its permission-scoped services (no Qt here)."""
