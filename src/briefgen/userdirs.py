"""Where briefgen keeps per-user caches (tiktoken vocabularies, LLM answers).

A tiny stand-in for platformdirs (not a dependency): ``XDG_CACHE_HOME`` is honoured on every
platform so tests and sandboxes can redirect it, then the platform's usual place is used.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def user_cache_dir(*parts: str) -> Path:
    """``$XDG_CACHE_HOME/briefgen/...`` (else ``~/.cache``, ``~/Library/Caches`` or ``%LOCALAPPDATA%``)."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        if sys.platform == "darwin":
            base = str(Path.home() / "Library" / "Caches")
        elif sys.platform == "win32":
            base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        else:
            base = str(Path.home() / ".cache")
    return Path(base, "briefgen", *parts)
