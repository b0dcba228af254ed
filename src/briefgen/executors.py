"""Where a stage's items run: this process, local worker processes, or a Dask cluster.

The stages (:mod:`briefgen.pipeline`) are plain functions over plain, picklable data, so the
runner only needs one operation from an executor: map a function over items, in order, with
progress. ``local`` is :func:`briefgen.workers.map_items` (processes on this machine, a time
limit per item); ``dask`` hands the same calls to an existing ``dask.distributed`` scheduler,
whose workers import briefgen and its plugins themselves (entry points) and which retries a
task whose worker died; it keeps the same time limit per item (:class:`DaskExecutor`).
``distributed`` is imported only when a Dask executor is made, so ``briefgen --help`` never
pays for it.
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from .plugins import Registry
from .workers import (
    DEFAULT_ITEM_TIMEOUT,
    ProgressFn,
    TimeoutFn,
    map_items,
    run_watched,
    running_tasks,
    timeout_error,
    timeout_message,
)

log = logging.getLogger("briefgen")

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


class DaskExecutor:
    """A ``dask.distributed`` cluster at ``address``: each item is one task, retried by Dask when its
    worker dies (``retries`` more times), results gathered in input order.

    Workers must see the same files at the same paths (shared storage) and have briefgen and the
    same plugins installed; a plugin registered in this process only could not reach them, so it is
    refused by name instead of being silently left out on the workers.

    Each item has ``timeout`` seconds from the moment its task starts on a worker, as locally.
    The driver keeps the clock, because nothing on the worker can stop a stuck item: a task runs
    in a thread of the worker process, a Python thread cannot be interrupted from outside (least
    of all in a C call such as a socket read), Dask's cancel only forgets a running task while its
    thread goes on, and running each item in a process forked from the worker is unsafe in a
    process full of threads (a lock held by another thread stays locked in the child) and would
    lose the worker's cache of Documents. So every ``poll`` seconds the driver asks each worker
    which of the map's tasks it runs, for how long and in which plugin (measured there:
    :func:`briefgen.workers.running_tasks`). A task past its limit is reported as the local
    executor reports it (``on_timeout``, the same message), cancelled so Dask never runs it again,
    and its worker is restarted by its nanny (``client.restart_workers``), which ends the stuck
    thread with its process. Dask runs the tasks that were beside it on another worker or on the
    new process (for them a restart counts as one worker death, within Dask's allowed failures).
    A worker without a nanny cannot be restarted: it is removed from the cluster, with a warning
    (see :meth:`_restart`).
    """

    name = "dask"

    def __init__(
        self,
        address: str,
        registry: Registry,
        retries: int = 3,
        timeout: float = DEFAULT_ITEM_TIMEOUT,
        restart_timeout: float = 60.0,
    ) -> None:
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
        self.timeout = timeout
        self.poll = min(1.0, timeout / 4)
        self.restart_timeout = restart_timeout
        self._prepared: list[Callable[[], Any]] = []

    def map(
        self,
        fn: Callable[..., Any],
        items: Sequence[Any],
        stage: str,
        *args: Any,
        progress: ProgressFn | None = None,
        on_timeout: TimeoutFn | None = None,
    ) -> list[Any]:
        return self._map(fn, items, stage, args, progress, on_timeout, None)[0]

    def map_kept(
        self,
        fn: Callable[..., Any],
        items: Sequence[Any],
        stage: str,
        *args: Any,
        light: Callable[[Any], Any],
        progress: ProgressFn | None = None,
        on_timeout: TimeoutFn | None = None,
    ) -> tuple[list[Any], list[Any]]:
        """Like :meth:`map`, but each item's whole result stays on the cluster: return what
        ``light`` keeps of each (computed where the result is) and each result's future, for
        later tasks to use in place (None for an item that failed or ran past its limit)."""
        return self._map(fn, items, stage, args, progress, on_timeout, light)

    def _map(
        self,
        fn: Callable[..., Any],
        items: Sequence[Any],
        stage: str,
        args: tuple[Any, ...],
        progress: ProgressFn | None,
        on_timeout: TimeoutFn | None,
        light: Callable[[Any], Any] | None,
    ) -> tuple[list[Any], list[Any]]:
        from distributed import as_completed

        if progress:
            progress(stage, 0, len(items))
        if not items:
            return [], []
        run = uuid.uuid4().hex[:12]
        prefix = f"briefgen-{stage}-{run}-"
        keys = [f"{prefix}{i}" for i in range(len(items))]
        whole = self.client.map(
            run_watched, list(items), keys, fn=fn, args=args, key=keys, retries=self.retries
        )
        # what comes back: the result itself, or only its light part (a task next to the result)
        shown = (
            whole
            if light is None
            else self.client.map(light, whole, key=[f"briefgen-light-{run}-{i}" for i in range(len(items))])
        )
        kept: list[Any] = [None] * len(items)
        finished = as_completed(shown, loop=self.client.loop)
        pending = {key: i for i, key in enumerate(keys)}  # watched key -> item
        item_of = {future.key: i for i, future in enumerate(shown)}
        results: dict[int, Any] = {}

        def settle(index: int, value: Any) -> None:
            results[index] = value
            if progress:
                progress(stage, len(results), len(items))

        check = time.monotonic() + self.poll
        while pending:
            for future in finished.next_batch(block=False):
                index = item_of[future.key]
                if pending.pop(keys[index], None) is None:
                    continue  # it was settled as timed out, then cancelled
                settle(index, self._outcome(future, items[index], on_timeout))
                if light is not None and future.status == "finished":
                    kept[index] = whole[index]
                future.release()  # a settled result is not kept on its worker, unless kept above
            if pending and time.monotonic() >= check:
                for key, message in self._stop_overdue(prefix, pending, [whole, shown]):
                    index = pending.pop(key)
                    settle(index, (on_timeout or timeout_error)(items[index], message))
                check = time.monotonic() + self.poll
            if pending and not finished.has_ready():
                time.sleep(min(0.05, self.poll))
        del whole, shown
        return [results[i] for i in range(len(items))], kept

    @staticmethod
    def _outcome(future: Any, item: Any, on_timeout: TimeoutFn | None) -> Any:
        try:
            return future.result()
        except Exception as error:  # the task's worker kept dying (KilledWorker) or fn had a bug
            if on_timeout is None:
                raise
            return on_timeout(item, f"Dask task failed: {type(error).__name__}: {error}")

    def _stop_overdue(
        self, prefix: str, pending: dict[str, int], futures: list[list[Any]]
    ) -> list[tuple[str, str]]:
        """Find the map's tasks running past the limit, cancel them (``futures``: the map's lists
        of futures, by item) and restart their workers; return each one's key and message."""
        late: dict[str, list[tuple[str, str]]] = {}
        answers = self.client.run(running_tasks, prefix, on_error="return")
        for worker, running in answers.items():
            if isinstance(running, BaseException):  # a worker starting or leaving: asked again later
                continue
            for key, (seconds, what) in running.items():
                if key in pending and seconds >= self.timeout:
                    late.setdefault(worker, []).append((key, timeout_message(what, self.timeout)))
        overdue = [task for tasks in late.values() for task in tasks]
        if overdue:
            self.client.cancel([each[pending[key]] for key, _ in overdue for each in futures])
            self._restart(sorted(late))
        return overdue

    def _restart(self, workers: list[str]) -> None:
        """Restart ``workers`` (each nanny starts a fresh process), then build in the new processes
        what :meth:`prepare` built, so their first item's clock does not include it.

        The client restarts only workers under a nanny. One without a nanny is removed from the
        cluster instead (the scheduler's own answer to a restart it cannot make): left in, it would
        be sent new tasks that wait forever behind the stuck one, since a cancelled task keeps its
        thread; out, its tasks run elsewhere, and its process lingers until the stuck item ends.
        """
        try:
            self.client.restart_workers(workers, timeout=self.restart_timeout, raise_for_error=False)
        except ValueError:  # some worker has no nanny
            log.warning(
                "briefgen: worker(s) %s run past the time limit and have no nanny to restart them: "
                "removed from the cluster (start workers with a nanny, the `dask worker` default)",
                ", ".join(workers),
            )
            self.client.sync(
                self.client.scheduler.restart_workers,
                workers=workers,
                timeout=self.restart_timeout,
                wait_for_workers=False,
                on_error="return",
                stimulus_id=f"briefgen-time-limit-{time.time()}",
            )
        for fn in self._prepared:
            self.client.run(fn)

    def prepare(self, fn: Callable[[], Any]) -> None:
        """Run ``fn`` on every worker now, so no task's time includes building the tables (and again
        on any worker restarted after a time-out)."""
        self.client.run(fn)
        if fn not in self._prepared:
            self._prepared.append(fn)

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
    return DaskExecutor(address, registry, timeout=timeout)
