"""Worker processes for ``--jobs > 1``, with a time limit per item that names the plugin at fault.

A hung plugin cannot be interrupted inside a worker, so the pool is replaced when an item runs
past its limit; the items that were running beside it start again in the new pool. Each worker
notes in shared memory which plugin it is about to call (:func:`doing`), so the parent can say
whose code hung. Items are sent one at a time, at most ``jobs`` in flight, so an item's clock
starts when a worker takes it.

A Dask task notes the same in its worker process instead (:func:`run_watched`, read back by
:func:`running_tasks`): its key, when it started and the plugin it is in, per thread, since one
Dask worker process runs several tasks at once.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

ProgressFn = Callable[[str, int, int], None]
TimeoutFn = Callable[[Any, str], Any]
T = TypeVar("T")
R = TypeVar("R")

DEFAULT_ITEM_TIMEOUT = 600.0

_SLOT = 240
_activity: tuple[Any, int] | None = None
# Dask tasks running in this process: thread id -> [task key, start (monotonic), plugin being called]
_tasks: dict[int, list[Any]] = {}
BEFORE_ANY_PLUGIN = "the item (before any plugin was called)"


def doing(what: str) -> None:
    """Note which plugin this worker is about to call (read by the parent when the item times out)."""
    if _activity is not None:
        board, index = _activity
        data = what.encode("utf-8", "replace")[: _SLOT - 1]
        board[index * _SLOT : (index + 1) * _SLOT] = data.ljust(_SLOT, b"\0")
    task = _tasks.get(threading.get_ident())
    if task is not None:
        task[2] = what


def timeout_message(what: str, timeout: float) -> str:
    """The failure message of an item past its limit, one wording for every executor."""
    return f"{what or BEFORE_ANY_PLUGIN} did not finish within {timeout:g} s"


def run_watched(item: Any, key: str, fn: Callable[..., R], args: tuple[Any, ...]) -> R:
    """``fn(item, *args)`` as the Dask task ``key``, noted while it runs so the driver can ask
    this process how long it has been running and in which plugin (:func:`running_tasks`)."""
    ident = threading.get_ident()
    _tasks[ident] = [key, time.monotonic(), ""]
    try:
        return fn(item, *args)
    finally:
        _tasks.pop(ident, None)


def running_tasks(prefix: str) -> dict[str, tuple[float, str]]:
    """The tasks of this process whose key starts with ``prefix``: key -> (seconds running, the
    plugin they are in). Seconds are measured here, so no clock is compared across machines."""
    now = time.monotonic()
    tasks = list(_tasks.values())
    return {key: (now - started, what) for key, started, what in tasks if key.startswith(prefix)}


def _read_activity(board: Any, index: int) -> str:
    return bytes(board[index * _SLOT : (index + 1) * _SLOT]).rstrip(b"\0").decode("utf-8", "replace")


def _init_worker(board: Any) -> None:
    global _activity
    _activity = (board, -1)


def _in_worker(fn: Callable[..., R], index: int, item: Any, args: tuple[Any, ...]) -> R:
    global _activity
    if _activity is not None:
        _activity = (_activity[0], index)
    return fn(item, *args)


def map_items(
    fn: Callable[..., R],
    items: Sequence[T],
    jobs: int,
    progress: ProgressFn | None,
    stage: str,
    *args: Any,
    timeout: float = DEFAULT_ITEM_TIMEOUT,
    on_timeout: TimeoutFn | None = None,
) -> list[R]:
    """Map in worker processes when ``jobs > 1``; report progress as results arrive, keep order.

    In workers each item has ``timeout`` seconds: past it (or when its worker died) the item's
    result is ``on_timeout(item, message)``, the message naming the plugin the worker was in, and
    the pool is replaced (a hung worker cannot be stopped any other way); the items that were
    running with it start again. With ``jobs <= 1`` items run here, unbounded.
    """
    if progress:
        progress(stage, 0, len(items))
    if jobs <= 1 or len(items) < 2:
        results: list[R] = []
        for i, item in enumerate(items, 1):
            results.append(fn(item, *args))
            if progress:
                progress(stage, i, len(items))
        return results
    return _in_workers(fn, items, jobs, progress, stage, args, timeout, on_timeout or timeout_error)


def timeout_error(item: Any, message: str) -> Any:
    """The default ``on_timeout``: an item past its limit ends the map."""
    raise TimeoutError(message)


def _in_workers(
    fn: Callable[..., R],
    items: Sequence[T],
    jobs: int,
    progress: ProgressFn | None,
    stage: str,
    args: tuple[Any, ...],
    timeout: float,
    on_timeout: TimeoutFn,
) -> list[R]:
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    board = context.Array(ctypes.c_char, _SLOT * len(items), lock=False)
    finished = threading.Event()
    results: dict[int, Any] = {}
    waiting = list(range(len(items)))
    running: dict[int, tuple[Any, float]] = {}

    def start_pool() -> Any:
        return context.Pool(jobs, initializer=_init_worker, initargs=(board,))

    def settle(index: int, value: Any) -> None:
        results[index] = value
        del running[index]
        if progress:
            progress(stage, len(results), len(items))

    pool = start_pool()
    try:
        while waiting or running:
            while waiting and len(running) < jobs:
                index = waiting.pop(0)
                handle = pool.apply_async(
                    _in_worker,
                    (fn, index, items[index], args),
                    callback=lambda _: finished.set(),
                    error_callback=lambda _: finished.set(),
                )
                running[index] = (handle, time.monotonic() + timeout)
            finished.wait(max(0.0, min(deadline for _, deadline in running.values()) - time.monotonic()))
            finished.clear()
            now = time.monotonic()
            expired = []
            for index, (handle, deadline) in list(running.items()):
                if handle.ready():
                    settle(index, handle.get())  # fn returns failures as values; a raise is a bug
                elif now >= deadline:
                    expired.append(index)
            if expired:
                for index in expired:
                    message = timeout_message(_read_activity(board, index), timeout)
                    settle(index, on_timeout(items[index], message))
                pool.terminate()
                waiting[:0] = sorted(running)
                running.clear()
                if waiting:
                    pool = start_pool()
    finally:
        pool.terminate()
    return [results[i] for i in range(len(items))]
