"""Fixtures shared across test files: where things are, and running the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from scoring import SEEDS

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def seeds() -> Path:
    """The shared seed corpus (outside the repository); tests using it skip when it is absent."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not present")
    return SEEDS


RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run_cli() -> RunCli:
    """Run ``python -m briefgen ARGS`` in a subprocess, the way a user would, and capture it.

    ``env`` entries are added to (or, when None, removed from) a copy of this process's
    environment; the plugin switches are cleared first so the caller's shell cannot leak in.
    """

    def run(*args: str, env: dict[str, str | None] | None = None, cwd: Path = REPO):
        merged = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
        for key, value in (env or {}).items():
            if value is None:
                merged.pop(key, None)
            else:
                merged[key] = value
        return subprocess.run(
            [sys.executable, "-m", "briefgen", *args],
            cwd=cwd,
            env=merged,
            capture_output=True,
            text=True,
            timeout=300,
        )

    return run


@pytest.fixture
def site(tmp_path: Path) -> Callable[[str, str], Path]:
    """Install one-module plugin distributions for real into a folder for ``PYTHONPATH``.

    Each gets a module and dist-info metadata with a ``briefgen`` entry point, which
    importlib.metadata finds through sys.path exactly as it finds a pip-installed package.
    """
    folder = tmp_path / "site"
    folder.mkdir()

    def install(name: str, module_source: str) -> Path:
        module = name.replace("-", "_")
        (folder / f"{module}.py").write_text(textwrap.dedent(module_source), encoding="utf-8")
        info = folder / f"{module}-0.1.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n", encoding="utf-8"
        )
        (info / "entry_points.txt").write_text(f"[briefgen]\n{module} = {module}\n", encoding="utf-8")
        return folder

    return install
