"""Broker Desktop: portfolio management for insurance brokerage offices."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("broker-desktop")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
