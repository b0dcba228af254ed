"""Limits that hold across worker processes: the run's token cap and concurrent requests.

``briefgen build --jobs N`` summarises conferences in N processes, so in-memory counters would
each see a fraction of the run. Both limits therefore live in small files guarded by ``flock``:
a ledger per run (keyed by the run id the pipeline puts in the settings) and N slot files per
endpoint. Where ``fcntl`` is missing (Windows) the slot limit is not enforced and the ledger is
kept without a lock; documented rather than emulated.

On a Dask cluster (``--executor dask``) the workers run on other machines, so files would hold
each machine's share only: inside a Dask task both limits live on the scheduler instead, the
ledger as a ``distributed.Variable`` guarded by a ``distributed.Lock`` and the slots as a
``distributed.Semaphore``, all named after the run or endpoint. ``distributed`` is never imported
here: a task on a Dask worker has it loaded already.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

SLOT_POLL_SECONDS = 0.1
LEDGER_MAX_AGE_SECONDS = 24 * 3600


class TokenCapReached(RuntimeError):
    """The next request would take the run past ``max_tokens``."""


def _on_dask_worker() -> Any | None:
    """``distributed`` when this code runs inside a Dask task, else None."""
    distributed = sys.modules.get("distributed")
    if distributed is None:
        return None
    try:
        distributed.get_worker()
    except ValueError:  # imported, but not in a worker's task
        return None
    return distributed


def _checked(spent: int, tokens: int, cap: int | None) -> int:
    """The new total after ``tokens``, refused when it would pass ``cap``."""
    if cap is not None and spent + tokens > cap:
        raise TokenCapReached(
            f"token cap reached: this run has used {spent} of max_tokens={cap}, "
            f"the next request needs up to {tokens}"
        )
    return spent + tokens


@contextmanager
def _locked(path: Path) -> Iterator[IO[str]]:
    with open(path, "a+", encoding="ascii") as handle:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield handle
        finally:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_UN)


class TokenLedger:
    """Tokens one run has spent, shared by every process of the run."""

    def __init__(self, folder: Path, run_id: str) -> None:
        distributed = _on_dask_worker()
        self._cluster = None
        if distributed is not None:
            name = f"briefgen-tokens-{run_id}"
            self._cluster = (distributed.Lock(name), distributed.Variable(name))
            return
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / f"run-{run_id or f'pid{os.getpid()}'}.tokens"
        if not self.path.exists():
            self._forget_old(folder)

    @staticmethod
    def _forget_old(folder: Path) -> None:
        cutoff = time.time() - LEDGER_MAX_AGE_SECONDS
        for old in folder.glob("run-*.tokens"):
            if old.stat().st_mtime < cutoff:
                old.unlink(missing_ok=True)

    def charge(self, tokens: int, cap: int | None) -> int:
        """Add ``tokens`` unless that passes ``cap``; return the new total."""
        if self._cluster is not None:
            lock, variable = self._cluster
            with lock:
                try:
                    spent = int(variable.get(timeout=0.2))
                except TimeoutError:  # nothing charged yet in this run
                    spent = 0
                total = _checked(spent, tokens, cap)
                variable.set(total)
                return total
        with _locked(self.path) as handle:
            handle.seek(0)
            total = _checked(int(handle.read().strip() or 0), tokens, cap)
            handle.seek(0)
            handle.truncate()
            handle.write(str(total))
            return total


@contextmanager
def endpoint_slot(folder: Path, endpoint: str, limit: int) -> Iterator[None]:
    """Hold one of ``limit`` request slots for ``endpoint`` (blocks until one is free)."""
    distributed = _on_dask_worker()
    if distributed is not None:
        key = hashlib.sha1(endpoint.encode()).hexdigest()[:12]
        with distributed.Semaphore(max_leases=limit, name=f"briefgen-slots-{key}"):
            yield
        return
    if fcntl is None:
        yield
        return
    slots = folder / f"slots-{hashlib.sha1(endpoint.encode()).hexdigest()[:12]}"
    slots.mkdir(parents=True, exist_ok=True)
    while True:
        for i in range(limit):
            handle = open(slots / f"{i}.lock", "a")  # noqa: SIM115 - held across the yield
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                continue
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
                handle.close()
            return
        time.sleep(SLOT_POLL_SECONDS)
