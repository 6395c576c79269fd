"""The server's TLS certificate: generated at first start, self-signed, pinned by the
workstations through its SHA-256 fingerprint (or signed by an office CA)."""

from __future__ import annotations

import hashlib
import ipaddress
import os
import socket
from datetime import timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from broker_desktop.storage.clock import utc_now
from broker_desktop.storage.files import sidecar


def default_paths(database: Path) -> tuple[Path, Path]:
    database = Path(database).absolute()
    return sidecar(database, ".server-cert.pem"), sidecar(database, ".server-key.pem")


def fingerprint(cert_pem: bytes) -> str:
    """SHA-256 of the certificate (DER), as colon-separated hex pairs."""
    der = x509.load_pem_x509_certificate(cert_pem).public_bytes(serialization.Encoding.DER)
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def _names(host: str) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = [x509.DNSName("localhost")]
    hostnames = {socket.gethostname()}
    ips = {"127.0.0.1", "::1"}
    try:
        ips.add(str(ipaddress.ip_address(host)))
    except ValueError:
        if host:
            hostnames.add(host)
    for name in sorted(hostnames):
        if name and name != "localhost":
            names.append(x509.DNSName(name))
    for ip in sorted(ips):
        if ip not in ("0.0.0.0", "::"):  # noqa: S104 - a wildcard listen address is no name
            names.append(x509.IPAddress(ipaddress.ip_address(ip)))
    return names


def generate(cert_path: Path, key_path: Path, host: str = "", years: int = 10) -> None:
    """A new ECDSA P-256 key (file mode 0600) and a self-signed certificate."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(
                NameOID.COMMON_NAME, f"Broker Desktop office server {socket.gethostname()}"
            ),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Broker Desktop"),
        ]
    )
    now = utc_now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=365 * years))
        .add_extension(x509.SubjectAlternativeName(_names(host)), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    key_bytes = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key_bytes)
    Path(cert_path).write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def ensure(cert_path: Path, key_path: Path, host: str = "") -> tuple[str, bool]:
    """The certificate's fingerprint, generating the pair when neither file exists."""
    cert_path, key_path = Path(cert_path), Path(key_path)
    created = False
    if not cert_path.exists() and not key_path.exists():
        generate(cert_path, key_path, host)
        created = True
    return fingerprint(cert_path.read_bytes()), created
