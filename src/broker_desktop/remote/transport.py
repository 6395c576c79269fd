"""HTTPS to the office server (httpx), with its failures turned into the errors the user
can act on: the server cannot be reached, or it shows another certificate."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import ssl
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

from broker_desktop.remote.channel import ChannelPool, ChannelUnavailable
from broker_desktop.remote.tls import fetch_certificate, fingerprint
from broker_desktop.wire import codec
from broker_desktop.wire.errors import (
    CertificateChanged,
    InternalServerError,
    ServerUnreachable,
    decode_error,
)
from broker_desktop.wire.protocol import MAX_BODY_BYTES, UPLOAD_CHUNK

log = logging.getLogger("broker_desktop.remote")

# A call channel that could not be opened while the server answers HTTPS (a firewall
# between them) is tried again after this long; calls meanwhile travel over HTTPS.
CHANNEL_RETRY_SECONDS = 60


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
        self._channels: ChannelPool | None = None  # the server's call channel, once known
        self._channel_retry = 0.0  # monotonic time before which calls go over HTTP

    def new_client(self, timeout: float) -> httpx.Client:
        return httpx.Client(
            base_url=self.base_url,
            verify=self._context,
            timeout=httpx.Timeout(timeout, connect=5.0),
            trust_env=False,  # no proxy from the environment sees the office's traffic
            follow_redirects=False,
        )

    def set_channel(self, port: int | None) -> None:
        """The server's call channel port (None: it has none); calls travel there."""
        current = self._channels
        if current is not None and current.port == port:
            return
        self._channels = (
            ChannelPool(self.host, port, self._context, self._timeout, self._refused, self.address)
            if port
            else None
        )
        if current is not None:
            current.close()

    @property
    def use_channel(self) -> bool:
        return self._channels is not None

    def close(self) -> None:
        with contextlib.suppress(Exception):
            if self._channels is not None:
                self._channels.close()
        with contextlib.suppress(Exception):
            self._client.close()

    def _refused(self, exc: BaseException, port: int | None = None) -> Exception:
        """A failed connection (to the HTTPS port, or to ``port``) as the user reads it."""
        port = port or self.port
        address = f"{self.host}:{port}"
        if _cert_verification_failed(exc):
            presented = ""
            with contextlib.suppress(Exception):
                presented = fingerprint(fetch_certificate(self.host, port))
            expected = fingerprint(self._pinned) if self._pinned else ""
            return CertificateChanged(address, expected, presented)
        if isinstance(exc, (httpx.TimeoutException, TimeoutError)):
            return ServerUnreachable(address, "no answer in time")
        if isinstance(exc, (httpx.ConnectError, ConnectionRefusedError)):
            return ServerUnreachable(address, "connection refused")
        return ServerUnreachable(address, "the connection dropped")

    @staticmethod
    def _document(data: bytes) -> Any:
        try:
            return codec.loads_doc(data)
        except codec.CodecError:
            raise InternalServerError() from None

    @classmethod
    def _raise_for(cls, response: httpx.Response) -> None:
        if response.status_code < 400:
            return
        doc = cls._document(response.content)
        raise decode_error(doc.get("error") if isinstance(doc, dict) else None)

    def call(self, envelope: dict[str, Any], *, token: str) -> Any:
        """One call of the core (``{"service", "method", "args", "kwargs"}``): on the call
        channel when the server has one, else ``POST /v1/call``; its answer's document."""
        body = codec.dumps_doc(envelope)
        for _attempt in range(2):  # the second on the channel's new port, if it moved
            channels = self._channels
            if not (
                channels is not None
                and len(body) <= MAX_BODY_BYTES
                and time.monotonic() >= self._channel_retry
            ):
                break
            try:
                return channels.call(body, token)
            except ChannelUnavailable as exc:
                self._channel_failed(channels, exc.error)
        return self.request("POST", "/v1/call", content=body, token=token)

    def _channel_failed(self, channels: ChannelPool, error: Exception) -> None:
        """No channel could be opened (the call was not sent). A changed certificate is
        the user's to decide, never worked around. Otherwise the server may have moved
        its channel (a restart with another port) or a firewall stops it: ask the
        server; if it is still there and unchanged, calls use HTTP for a while."""
        if isinstance(error, CertificateChanged):
            raise error
        info = self.request("GET", "/v1/hello")  # raises if the server itself is gone
        port = info.get("channel_port") if isinstance(info, dict) else None
        if isinstance(port, int) and port != channels.port:
            self.set_channel(port)
            return
        log.warning(
            "The office server's call channel (port %s) cannot be reached (%s); calls use "
            "HTTPS for the next %d seconds.",
            channels.port,
            error,
            CHANNEL_RETRY_SECONDS,
        )
        self._channel_retry = time.monotonic() + CHANNEL_RETRY_SECONDS

    def request(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        content: bytes | None = None,
        token: str | None = None,
        params: dict[str, Any] | None = None,
        client: httpx.Client | None = None,
    ) -> Any:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        if content is None and body is not None:
            content = codec.dumps_doc(body)
        try:
            response = (client or self._client).request(
                method,
                path,
                content=content,
                headers={**headers, "Content-Type": "application/json"},
                params=params,
            )
        except httpx.HTTPError as exc:
            raise self._refused(exc) from None
        self._raise_for(response)
        return self._document(response.content)

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

    def upload(self, source: Path, *, token: str) -> str:
        """Stream ``source`` to the server (chunked); returns its upload id."""

        handle = open(source, "rb")  # noqa: SIM115 - closed below, even if not read to the end

        def chunks() -> Iterator[bytes]:
            while chunk := handle.read(UPLOAD_CHUNK):
                yield chunk

        try:
            response = self._client.post(
                "/v1/upload",
                content=chunks(),
                params={"name": Path(source).name},
                headers={
                    "Authorization": f"Bearer {token}",
                    "Content-Type": "application/octet-stream",
                },
            )
        except httpx.HTTPError as exc:
            raise self._refused(exc) from None
        finally:
            handle.close()
        self._raise_for(response)
        try:
            upload_id = response.json()["upload"]
        except (ValueError, KeyError, TypeError):
            raise InternalServerError() from None
        if not isinstance(upload_id, str):
            raise InternalServerError()
        return upload_id

    def job(
        self,
        body: dict[str, Any],
        *,
        token: str,
        on_progress: Callable[[list[Any]], bool],
        target: Path | None = None,
    ) -> Any:
        """Run a job (``POST /v1/job``): ``on_progress`` gets each progress line's figures
        and also every heartbeat (with ``[]``) and answers whether to go on, which is sent
        back (``POST /v1/cancel``; the server's core waits for it at each report); False
        cancels the job, whose error then ends the stream. A
        file call's file is written beside ``target`` first, then renamed over it."""
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        partial = None if target is None else target.with_name(f".{target.name}.partial")
        cancelled = False
        try:
            with self._client.stream(
                "POST", "/v1/job", content=json.dumps(body).encode("utf-8"), headers=headers
            ) as response:
                if response.status_code >= 400:
                    response.read()
                    self._raise_for(response)
                stream = response.iter_bytes()
                buffer = b""
                while True:
                    newline = buffer.find(b"\n")
                    if newline < 0:
                        chunk = next(stream, None)
                        if chunk is None:
                            raise ServerUnreachable(self.address, "the connection dropped")
                        buffer += chunk
                        continue
                    line, buffer = buffer[:newline], buffer[newline + 1 :]
                    try:
                        doc = json.loads(line)
                    except ValueError:
                        raise InternalServerError() from None
                    if not isinstance(doc, dict):
                        raise InternalServerError()
                    if "error" in doc:
                        raise decode_error(doc["error"])
                    if "result" in doc:
                        break
                    figures = doc.get("progress")
                    go_on = on_progress(figures if isinstance(figures, list) else [])
                    if doc.get("ask") or (not go_on and not cancelled):
                        cancelled = cancelled or not go_on
                        self.request(
                            "POST",
                            "/v1/cancel",
                            body={"job": body["job"], "go_on": go_on},
                            token=token,
                        )
                result = codec.from_jsonable(doc["result"], codec.CLIENT_RULES)
                size = doc.get("size")
                if target is None or partial is None:
                    return result
                if not isinstance(size, int) or size < 0:
                    raise InternalServerError()
                written = 0
                with open(partial, "wb") as handle:
                    if buffer:
                        handle.write(buffer)
                        written += len(buffer)
                    for chunk in stream:
                        handle.write(chunk)
                        written += len(chunk)
                    handle.flush()
                    os.fsync(handle.fileno())
                if written != size:
                    raise ServerUnreachable(self.address, "the connection dropped")
            os.replace(partial, target)
            return result
        except httpx.HTTPError as exc:
            raise self._refused(exc) from None
        finally:
            if partial is not None:
                with contextlib.suppress(OSError):
                    partial.unlink()
