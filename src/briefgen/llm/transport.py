"""An HTTP transport whose requests end on time and whose answers fit in memory.

httpx's timeouts bound each socket operation, not a request: a server sending one byte per
second never trips a 5 s read timeout, and a never-ending body is read in full. This transport
gives every request a total deadline and a byte cap. The deadline is enforced where the time is
spent, at the socket: a network backend hands each read, write and connect only the time left
before the request's deadline (kept per thread, as the ``openai`` client is synchronous), so a
trickling server fails with a timeout the client already knows how to report. The body is read
here, in chunks, and refused as soon as it passes the cap (or announces a larger size).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

try:  # the openai client of this environment speaks httpx2; older ones speak httpx
    import httpcore2 as httpcore
    import httpx2 as httpx
except ImportError:  # pragma: no cover - depends on the installed openai
    import httpcore  # type: ignore[no-redef]
    import httpx  # type: ignore[no-redef]

_FRAMING = (b"content-length", b"transfer-encoding", b"content-encoding")  # already undone here
_local = threading.local()


class RefusedResponse(httpx.TransportError):
    """A body over the byte cap (sent or announced), or compressed (its real size is unknown)."""


def _left(timeout: float | None) -> float | None:
    """``timeout`` shortened to what is left of this thread's request deadline."""
    deadline: float | None = getattr(_local, "deadline", None)
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise httpcore.ReadTimeout("the request passed its total deadline")
    return remaining if timeout is None else min(timeout, remaining)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, _left(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> Any:
        return _Stream(self._inner.connect_tcp(host, port, _left(timeout), local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> Any:
        return _Stream(self._inner.connect_unix_socket(path, _left(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    _local.deadline = time.monotonic() + seconds
    try:
        yield
    finally:
        _local.deadline = None


@contextmanager
def _as_httpx_errors() -> Iterator[None]:
    """httpcore's errors as the httpx ones the openai client turns into its own (timeout or connection)."""
    try:
        yield
    except httpcore.TimeoutException as error:
        raise httpx.ReadTimeout(str(error)) from error
    except (httpcore.NetworkError, httpcore.ProtocolError, httpcore.UnsupportedProtocol) as error:
        raise httpx.ReadError(str(error)) from error


class BoundedTransport(httpx.BaseTransport):
    """Every request finishes within ``deadline`` seconds with at most ``max_bytes`` of body."""

    def __init__(self, deadline: float, max_bytes: int) -> None:
        self.deadline = deadline
        self.max_bytes = max_bytes
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), network_backend=_Backend()
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=[(k, v) for k, v in request.headers.raw if k.lower() != b"accept-encoding"]
            + [(b"accept-encoding", b"identity")],
            content=request.stream,
            extensions=request.extensions,
        )
        with _deadline(self.deadline), _as_httpx_errors():
            response = self._pool.handle_request(core)
            try:
                body = self._read(response)
            finally:
                response.close()
        headers = [(k, v) for k, v in response.headers if k.lower() not in _FRAMING]
        return httpx.Response(response.status, headers=headers, content=body, request=request)

    def _read(self, response: Any) -> bytes:
        fields = {k.lower(): v for k, v in response.headers}
        if fields.get(b"content-encoding", b"identity").lower() != b"identity":
            raise RefusedResponse("the server compressed its answer although asked not to")
        announced = fields.get(b"content-length", b"")
        if announced.isdigit() and int(announced) > self.max_bytes:
            raise RefusedResponse(
                f"the server announced {int(announced)} bytes, over the {self.max_bytes} cap"
            )
        chunks, size = [], 0
        for chunk in response.iter_stream():
            size += len(chunk)
            if size > self.max_bytes:
                raise RefusedResponse(f"the response passed the {self.max_bytes}-byte cap")
            chunks.append(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        self._pool.close()
