"""Atomic file writes: a reader (or a killed run) never sees a half-written PDF or JSON.

A run killed between writing a temporary file and renaming it leaves that hidden
``.<name>.*.tmp`` file behind; the next run that writes the same name removes such leftovers,
but only ones older than itself, so a concurrent run's file in flight is never touched.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def _temp_prefix(path: Path) -> str:
    return f".{path.name[:40]}."


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename it over.

    The file gets the usual permissions (0666 less the umask), not mkstemp's private 0600.
    """
    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), 0o666 & ~_umask())
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_stale_temps(path: Path, older_than: float) -> None:
    """Delete temporary files beside ``path`` that a killed run left (modified before ``older_than``)."""
    for leftover in path.parent.glob(glob.escape(_temp_prefix(path)) + "*.tmp"):
        try:
            if leftover.stat().st_mtime < older_than:
                leftover.unlink()
        except OSError:
            continue  # gone already, or not ours to remove: never fail a run over a leftover


# Names and SHA-256 digests of the files briefgen wrote into a folder: a folder walk skips
# exactly these (while unchanged), so ``-o`` may equal the input folder or a parent of it.
MANIFEST = ".briefgen-manifest"


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_manifest(folder: Path) -> dict[str, str]:
    """The files briefgen recorded writing in ``folder``; an unreadable manifest counts as none."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return {}
    return {name: sha for name, sha in files.items() if isinstance(name, str) and isinstance(sha, str)}


def record_outputs(folder: Path, written: dict[str, str], removed: Iterable[str] = ()) -> None:
    """Add ``written`` (file name -> digest) to the folder's manifest and forget the ``removed``
    names (files briefgen deleted), atomically."""
    files = {**read_manifest(folder), **written}
    for name in removed:
        files.pop(name, None)
    write_atomic(folder / MANIFEST, json.dumps({"files": files}, indent=1, sort_keys=True).encode())


def is_own_output(path: Path, manifest: dict[str, str]) -> bool:
    """Whether ``path`` is a file briefgen wrote and nobody has changed since."""
    expected = manifest.get(path.name)
    if expected is None:
        return False
    try:
        return digest(path.read_bytes()) == expected
    except OSError:
        return False
