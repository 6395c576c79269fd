"""HTTPS to the office server (httpx), with its failures turned into the errors the user
can act on: the server cannot be reached, or it shows another certificate."""

from __future__ import annotations

import contextlib
import json
import os
import ssl
from pathlib import Path
from typing import Any

import httpx

from broker_desktop.remote.tls import fetch_certificate, fingerprint
from broker_desktop.wire import codec
from broker_desktop.wire.errors import (
    CertificateChanged,
    InternalServerError,
    ServerUnreachable,
    decode_error,
)


def _cert_verification_failed(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        if isinstance(current, ssl.SSLError) and "CERTIFICATE_VERIFY_FAILED" in str(current):
            return True
        current = current.__cause__ or current.__context__
    return False


class Transport:
    """One server address and the way it is trusted (a pinned certificate or an office CA)."""

    def __init__(
        self,
        host: str,
        port: int,
        context: ssl.SSLContext,
        *,
        pinned_pem: str | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.host, self.port = host, int(port)
        self.address = f"{host}:{port}"
        self.base_url = f"https://{host}:{port}"  # never plain HTTP
        self._context = context
        self._pinned = pinned_pem
        self._timeout = timeout
        self._client = self.new_client(timeout)

    def new_client(self, timeout: float) -> httpx.Client:
        return httpx.Client(
            base_url=self.base_url,
            verify=self._context,
            timeout=httpx.Timeout(timeout, connect=5.0),
            trust_env=False,  # no proxy from the environment sees the office's traffic
            follow_redirects=False,
        )

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._client.close()

    def _refused(self, exc: httpx.HTTPError) -> Exception:
        if _cert_verification_failed(exc):
            presented = ""
            with contextlib.suppress(Exception):
                presented = fingerprint(fetch_certificate(self.host, self.port))
            expected = fingerprint(self._pinned) if self._pinned else ""
            return CertificateChanged(self.address, expected, presented)
        if isinstance(exc, httpx.TimeoutException):
            return ServerUnreachable(self.address, "no answer in time")
        if isinstance(exc, httpx.ConnectError):
            return ServerUnreachable(self.address, "connection refused")
        return ServerUnreachable(self.address, "the connection dropped")

    @staticmethod
    def _raise_for(response: httpx.Response) -> None:
        if response.status_code < 400:
            return
        try:
            doc = response.json()
        except ValueError:
            raise InternalServerError() from None
        raise decode_error(doc.get("error") if isinstance(doc, dict) else None)

    def request(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        token: str | None = None,
        params: dict[str, Any] | None = None,
        client: httpx.Client | None = None,
    ) -> Any:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        try:
            response = (client or self._client).request(
                method,
                path,
                content=None if body is None else json.dumps(body).encode("utf-8"),
                headers={**headers, "Content-Type": "application/json"},
                params=params,
            )
        except httpx.HTTPError as exc:
            raise self._refused(exc) from None
        self._raise_for(response)
        try:
            return response.json()
        except ValueError:
            raise InternalServerError() from None

    def download(self, path: str, *, body: Any, token: str, target: Path) -> Any:
        """POST, stream the answer's file to ``target`` (written beside it first, then
        renamed: an interrupted download leaves no half file); returns the call's result."""
        target = Path(target)
        partial = target.with_name(f".{target.name}.partial")
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        try:
            with self._client.stream(
                "POST", path, content=json.dumps(body).encode("utf-8"), headers=headers
            ) as response:
                if response.status_code >= 400:
                    response.read()
                    self._raise_for(response)
                result = codec.from_jsonable(
                    json.loads(response.headers.get("X-Broker-Result", "null")), codec.CLIENT_RULES
                )
                with open(partial, "wb") as handle:
                    for chunk in response.iter_bytes():
                        handle.write(chunk)
                    handle.flush()
                    os.fsync(handle.fileno())
            os.replace(partial, target)
        except httpx.HTTPError as exc:
            raise self._refused(exc) from None
        finally:
            with contextlib.suppress(OSError):
                partial.unlink()
        return result
