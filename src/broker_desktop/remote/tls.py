"""Trusting the office server: its certificate pinned on first connection (after the user
compared its fingerprint, like SSH), or an office CA given in the settings."""

from __future__ import annotations

import hashlib
import socket
import ssl

from broker_desktop.wire.errors import ServerUnreachable


def fingerprint_of_der(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def fingerprint(cert_pem: str) -> str:
    return fingerprint_of_der(ssl.PEM_cert_to_DER_cert(cert_pem))


def fetch_certificate(host: str, port: int, timeout: float = 5.0) -> str:
    """The certificate the server presents, unverified: to be shown, compared, pinned.
    Nothing is sent over this connection."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # only to read the certificate we then pin
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            with context.wrap_socket(raw, server_hostname=host) as tls:
                der = tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError) as exc:
        raise ServerUnreachable(f"{host}:{port}", type(exc).__name__) from None
    if not der:
        raise ServerUnreachable(f"{host}:{port}", "no certificate")
    return ssl.DER_cert_to_PEM_cert(der)


def pinned_context(cert_pem: str) -> ssl.SSLContext:
    """Trusts exactly this certificate and nothing else (no system CA)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_verify_locations(cadata=cert_pem)
    context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    # the pin is the identity: the office server is reached by whatever name or address
    context.check_hostname = False
    context.verify_mode = ssl.CERT_REQUIRED
    return context


def ca_context(ca_file: str) -> ssl.SSLContext:
    """Trusts certificates the office CA signed, for the name the server is reached by."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_verify_locations(cafile=ca_file)
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    return context
