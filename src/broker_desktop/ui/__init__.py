"""The PySide6 desktop interface: the only package allowed to import Qt."""
