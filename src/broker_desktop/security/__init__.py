"""Security helpers that sit beside the storage: passwords and the OS keyring."""
