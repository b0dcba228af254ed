"""A real HTTP server on 127.0.0.1 that speaks just enough of the chat-completions API for tests.

Each test scripts what the "model" does: a list of replies served in order, where a reply may
be a function of the request (so a scripted model can cite the ids it was actually sent). Every
request is logged with its headers and JSON body, so tests can count requests and inspect what
was sent. A reply can be delayed to simulate a hung server; closing the server ends the delay.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted response. ``trickle`` sends the whole response (status line, headers, body) one
    byte every ``trickle`` seconds; ``endless`` sends a body of spaces that never ends (until the
    client hangs up or ``ENDLESS_LIMIT`` bytes)."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    trickle: float = 0.0
    endless: bool = False


ENDLESS_LIMIT = 200_000_000  # bytes; so a client that reads forever fails its test instead of hanging it


@dataclass
class Request:
    path: str
    headers: dict[str, str]  # names lower-cased
    body: dict[str, Any]

    @property
    def messages(self) -> list[dict[str, str]]:
        return self.body.get("messages", [])

    @property
    def format(self) -> str:
        """The response_format type asked for ("text" when none)."""
        return (self.body.get("response_format") or {}).get("type", "text")

    def data(self) -> dict[str, Any]:
        """The JSON payload between the two DATA fence lines of the first user message."""
        user = next(m["content"] for m in self.messages if m["role"] == "user")
        lines = user.splitlines()
        fences = [i for i, line in enumerate(lines) if line.startswith("=====DATA ")]
        return json.loads("\n".join(lines[fences[0] + 1 : fences[1]]))


Step = Reply | Callable[[Request], Reply]


def chat(content: str, tokens: int = 120) -> Reply:
    """A successful chat completion whose message is ``content``."""
    return Reply(
        body={
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": 0,
            "model": "fake",
            "choices": [
                {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}
            ],
            "usage": {"prompt_tokens": tokens - 20, "completion_tokens": 20, "total_tokens": tokens},
        }
    )


def error(status: int, message: str, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status, {"error": {"message": message, "type": "invalid_request_error"}}, headers or {})


class FakeOpenAI:
    """Serves ``script`` one step per request; past its end every request gets a 500."""

    def __init__(self, script: list[Step]) -> None:
        self.script = list(script)
        self.requests: list[Request] = []
        self.bytes_sent = 0  # by endless and trickling replies, counted as they leave
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def _next(self, request: Request) -> Reply:
        with self._lock:
            self.requests.append(request)
            step = self.script.pop(0) if self.script else error(500, "fake server: script exhausted")
        return step(request) if callable(step) else step

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                headers = {k.lower(): v for k, v in self.headers.items()}
                request = Request(self.path, headers, json.loads(raw or b"{}"))
                reply = fake._next(request)
                if reply.delay and fake._stop.wait(reply.delay):
                    return
                body = reply.body if isinstance(reply.body, str) else json.dumps(reply.body)
                data = body.encode()
                try:
                    if reply.endless or reply.trickle:
                        self._stream(reply, data)
                        return
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

            def _stream(self, reply: Reply, data: bytes) -> None:
                if reply.endless:
                    self.wfile.write(b"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n")
                    chunk = b" " * 65536
                    while fake.bytes_sent < ENDLESS_LIMIT and not fake._stop.is_set():
                        self.wfile.write(chunk)
                        fake.bytes_sent += len(chunk)
                    return
                head = f"HTTP/1.0 {reply.status} OK\r\nContent-Type: application/json\r\n"
                raw = f"{head}Content-Length: {len(data)}\r\n\r\n".encode() + data
                for i in range(len(raw)):
                    if fake._stop.wait(reply.trickle):
                        return
                    self.wfile.write(raw[i : i + 1])
                    self.wfile.flush()
                    fake.bytes_sent += 1

            def log_message(self, *_args: Any) -> None:
                pass

        return Handler

    def start(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def close(self) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def fake_openai(script: list[Step]) -> Iterator[FakeOpenAI]:
    server = FakeOpenAI(script).start()
    try:
        yield server
    finally:
        server.close()


def faithful_answer(request: Request) -> dict[str, Any]:
    """What a careful model would answer: every person, figure and outcome it was sent, cited by id,
    each outcome in the words of its sentence."""
    data = request.data()
    first = next(iter(data.get("event_candidates", [])), {})
    return {
        "event": {
            "title": first.get("title"),
            "date": first.get("date"),
            "place": first.get("place"),
            "organisers": first.get("organisers", []),
        },
        "lead": None,
        "people": [{"ref": p["id"], "role": p.get("role")} for p in data.get("people", [])],
        "figures": [
            {
                "value": f["value"],
                "unit": f.get("unit", ""),
                "label": f.get("label", "figure"),
                "kind": f.get("kind", "other"),
                "cite": [f["id"]],
            }
            for f in data.get("figures", [])
        ],
        "outcomes": [
            {"text": s["text"], "kind": s["outcome"].split("/")[0], "cite": [s["id"]]}
            for s in data.get("sentences", [])
            if "outcome" in s
        ],
    }


def answering(make: Callable[[Request], dict[str, Any]] = faithful_answer) -> Callable[[Request], Reply]:
    """A script step that answers with ``make(request)`` as JSON."""
    return lambda request: chat(json.dumps(make(request)))


# What the lying model writes; none of it is stated by any article, so none of it may be rendered.
LIES = (
    "Pyongyang",
    "Ministry of Truth",
    "Summit on lunar mining",
    "Supreme Commander of the Galaxy",
    "tanks destroyed",
    "dissolve the provincial government",
    "invade Mars",
)


def lying_answer(request: Request) -> dict[str, Any]:
    """A schema-valid answer of inventions, cited with real ids so only grounding can catch it.

    Every field is written: the event, a lead, a role for every real person and one for a person
    who does not exist, a near-miss of every real figure (350 -> 35, a date's digits strung
    together) under a false label, and a false outcome for every outcome sentence.
    """
    data = request.data()
    sentences = [s["id"] for s in data.get("sentences", [])]
    near_misses = [
        {
            "value": f["value"][:-1] or "0",
            "unit": "tanks",
            "label": "tanks destroyed",
            "kind": "count",
            "cite": [f["id"]],
        }
        for f in data.get("figures", [])
    ]
    digits = {"value": "620", "unit": "", "label": "tanks destroyed", "kind": "count", "cite": sentences[:1]}
    return {
        "event": {
            "title": "Summit on lunar mining",
            "date": "1999-12-31",
            "place": "Pyongyang",
            "organisers": ["Ministry of Truth"],
        },
        "lead": "The Ministry of Truth resolved to invade Mars and dissolve the provincial government.",
        "people": [
            {"ref": p["id"], "role": "Supreme Commander of the Galaxy"} for p in data.get("people", [])
        ]
        + [{"ref": "P999", "role": "Minister"}],
        "figures": [*near_misses, digits] if sentences else near_misses,
        "outcomes": [
            {
                "text": "The conference decided to dissolve the provincial government.",
                "kind": "decision",
                "cite": [s["id"]],
            }
            for s in data.get("sentences", [])
            if "outcome" in s
        ]
        + [{"text": "Delegates agreed to invade Mars.", "kind": "decision", "cite": sentences[:1]}],
    }
