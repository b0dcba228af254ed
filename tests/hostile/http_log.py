"""A web server on 127.0.0.1 that records every request: the witness that nothing was fetched.

Hostile articles point their images, stylesheets, frames and attachments at it; a test passes
only if its log stays empty after the whole pipeline (loading, analysis, every renderer) ran.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class RequestLog:
    base: str
    requests: list[str] = field(default_factory=list)


@contextmanager
def logging_server() -> Iterator[RequestLog]:
    """Serve on a free port of 127.0.0.1 for one ``with`` block; every request is logged."""
    log = RequestLog(base="")

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            log.requests.append(f"{self.command} {self.path}")
            body = b"body { background: red }"
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        do_GET = do_POST = do_HEAD = _answer

        def log_message(self, format: str, *args: object) -> None:  # keep pytest output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    log.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield log
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
