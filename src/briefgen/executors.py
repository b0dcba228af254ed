"""Where a stage's items run: this process, local worker processes, or a Dask cluster.

The stages (:mod:`briefgen.pipeline`) are plain functions over plain, picklable data, so the
runner only needs one operation from an executor: map a function over items, in order, with
progress. ``local`` is :func:`briefgen.workers.map_items` (processes on this machine, a time
limit per item); ``dask`` hands the same calls to an existing ``dask.distributed`` scheduler,
whose workers import briefgen and its plugins themselves (entry points) and which retries a
task whose worker died. ``distributed`` is imported only when a Dask executor is made, so
``briefgen --help`` never pays for it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from .plugins import Registry
from .workers import DEFAULT_ITEM_TIMEOUT, ProgressFn, TimeoutFn, map_items

EXECUTORS = ("local", "dask")
SCHEDULER_VARIABLE = "DASK_SCHEDULER_ADDRESS"


class ExecutorError(ValueError):
    """An executor that cannot run this request (no scheduler, an in-process plugin on Dask)."""


class Executor(Protocol):
    name: str

    def map(
        self,
        fn: Callable[..., Any],
        items: Sequence[Any],
        stage: str,
        *args: Any,
        progress: ProgressFn | None = None,
        on_timeout: TimeoutFn | None = None,
    ) -> list[Any]:
        """``[fn(item, *args) for item in items]``, wherever the executor runs them."""
        ...

    def prepare(self, fn: Callable[[], Any]) -> None:
        """Run ``fn`` once where the items will run, before any of them (tables worth sharing)."""
        ...

    def close(self) -> None: ...


@dataclass
class LocalExecutor:
    """This machine: ``jobs`` worker processes (1: everything in this process, unbounded)."""

    jobs: int = 1
    timeout: float = DEFAULT_ITEM_TIMEOUT
    name: str = "local"

    def map(
        self,
        fn: Callable[..., Any],
        items: Sequence[Any],
        stage: str,
        *args: Any,
        progress: ProgressFn | None = None,
        on_timeout: TimeoutFn | None = None,
    ) -> list[Any]:
        return map_items(
            fn, items, self.jobs, progress, stage, *args, timeout=self.timeout, on_timeout=on_timeout
        )

    def prepare(self, fn: Callable[[], Any]) -> None:
        """With workers, run ``fn`` here: they fork from this process and inherit what it built,
        so neither each worker nor each pool restarted after a timeout builds it again. One job
        leaves it to the first item, which loads only what it needs."""
        if self.jobs > 1:
            fn()

    def close(self) -> None:
        """Nothing to release: each map's pool ends with the map."""


def _call(item: Any, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    return fn(item, *args)


class DaskExecutor:
    """A ``dask.distributed`` cluster at ``address``: each item is one task, retried by Dask when its
    worker dies (``retries`` more times), results gathered in input order.

    Workers must see the same files at the same paths (shared storage) and have briefgen and the
    same plugins installed; a plugin registered in this process only could not reach them, so it is
    refused by name instead of being silently left out on the workers.
    """

    name = "dask"

    def __init__(self, address: str, registry: Registry, retries: int = 3) -> None:
        local_only = sorted(
            info.name
            for info in registry.plugins.values()
            if info.status == "loaded" and not info.builtin and not info.distribution
        )
        if local_only:
            raise ExecutorError(
                f"plugin(s) {', '.join(local_only)} are registered in this process only and cannot reach "
                "Dask workers; install them as packages (the 'briefgen' entry-point group) or use "
                "--executor local"
            )
        try:
            from distributed import Client
        except ImportError:
            raise ExecutorError(
                "--executor dask needs dask.distributed: pip install 'briefgen[dask]'"
            ) from None
        try:
            self.client = Client(address, set_as_default=False, timeout=30)
        except OSError as error:
            raise ExecutorError(f"cannot reach the Dask scheduler at {address}: {error}") from None
        self.retries = retries

    def map(
        self,
        fn: Callable[..., Any],
        items: Sequence[Any],
        stage: str,
        *args: Any,
        progress: ProgressFn | None = None,
        on_timeout: TimeoutFn | None = None,
    ) -> list[Any]:
        from distributed import as_completed

        if progress:
            progress(stage, 0, len(items))
        if not items:
            return []
        prefix = f"briefgen-{stage}-{uuid.uuid4().hex[:12]}"
        futures = self.client.map(
            _call,
            list(items),
            fn=fn,
            args=args,
            key=[f"{prefix}-{i}" for i in range(len(items))],
            retries=self.retries,
        )
        position = {future.key: i for i, future in enumerate(futures)}
        results: dict[int, Any] = {}
        for done, future in enumerate(as_completed(futures, loop=self.client.loop), 1):
            index = position[future.key]
            try:
                results[index] = future.result()
            except Exception as error:  # the task's worker kept dying (KilledWorker) or fn had a bug
                if on_timeout is None:
                    raise
                results[index] = on_timeout(
                    items[index], f"Dask task failed: {type(error).__name__}: {error}"
                )
            if progress:
                progress(stage, done, len(items))
        return [results[i] for i in range(len(items))]

    def prepare(self, fn: Callable[[], Any]) -> None:
        """Run ``fn`` on every worker now, so no task's time includes building the tables."""
        self.client.run(fn)

    def close(self) -> None:
        self.client.close()


def make_executor(
    name: str,
    registry: Registry,
    *,
    jobs: int = 1,
    timeout: float = DEFAULT_ITEM_TIMEOUT,
    scheduler: str | None = None,
) -> Executor:
    """The executor ``--executor NAME`` asks for; Dask's scheduler from ``scheduler`` or the
    ``DASK_SCHEDULER_ADDRESS`` variable (a usage error when neither names one)."""
    if name == "local":
        return LocalExecutor(jobs, timeout)
    if name != "dask":
        raise ExecutorError(f"unknown executor {name!r}; available: {', '.join(EXECUTORS)}")
    address = scheduler or os.environ.get(SCHEDULER_VARIABLE)
    if not address:
        raise ExecutorError(f"--executor dask needs --scheduler ADDRESS or {SCHEDULER_VARIABLE}")
    return DaskExecutor(address, registry)
