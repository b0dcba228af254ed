"""Local processes against a Dask cluster on the same cores: throughput and memory of each side.

Generates N articles with :mod:`corpus`, starts a ``dask scheduler`` and two single-threaded
``dask worker`` processes on 127.0.0.1 (the cluster of ``tests/test_dask_cluster.py``), then
builds the same corpus with ``--executor dask`` and with ``--executor local --jobs 2``,
alternating the two so a change in the machine's load falls on both. It reports articles per
second of each, their ratio, the driver's peak resident memory (``wait4``'s ``ru_maxrss`` of the
``briefgen`` process) and the workers' peak (``VmHWM`` of every worker process, read before the
cluster stops). The driver holds the grouping keys, not the texts, so its memory should grow by
about 1 KB an article; the workers' should not grow with N.

Usage: ``python benchmarks/scale_dask.py --articles 2000,5000 [--format json] [--rounds 1]``
(needs the ``dask`` extra). Prints a Markdown table for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(Path(__file__).parent), str(ROOT / "tests")]
from corpus import generate  # noqa: E402 (found through the path above)
from test_dask_cluster import Cluster  # noqa: E402 (the cluster the Dask test starts)

BIN = Path(sys.executable).parent


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFGEN_", "DASK_"))}


def worker_peak_mb(cluster: Cluster) -> float:
    """The largest VmHWM among the worker processes (each nanny's children included)."""
    peak = 0
    for worker in cluster.workers:
        for pid in _group(worker.pid):
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
    return peak / 1024


def _group(pgid: int) -> list[int]:
    """Every live process in the process group ``pgid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.getpgid(int(entry.name)) == pgid:
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def build(corpus: Path, out: Path, fmt: str, executor: list[str]) -> tuple[float, float]:
    """(wall seconds, the briefgen process's peak RSS in MB) of one build."""
    shutil.rmtree(out, ignore_errors=True)
    command = [str(BIN / "briefgen"), "build", str(corpus), "-o", str(out), "--format", fmt, "-q", *executor]
    started = time.perf_counter()
    process = subprocess.Popen(command, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} failed: {process.stderr.read().decode()[-2000:]}")
    return wall, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default="2000", help="comma-separated corpus sizes")
    parser.add_argument("--format", default="json", help="output formats of both builds")
    parser.add_argument("--rounds", type=int, default=1, help="paired rounds per size")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="briefgen-scale-") as scratch:
        root = Path(scratch)
        cluster = Cluster(root)
        try:
            for size in (int(n) for n in args.articles.split(",")):
                corpus = root / f"corpus-{size}"
                generate(size, corpus)
                for _ in range(args.rounds):
                    local = build(
                        corpus, root / "out-local", args.format, ["--executor", "local", "--jobs", "2"]
                    )
                    dask = build(
                        corpus,
                        root / "out-dask",
                        args.format,
                        ["--executor", "dask", "--scheduler", cluster.address],
                    )
                    rows.append((size, local, dask, worker_peak_mb(cluster), os.getloadavg()[0]))
                shutil.rmtree(corpus)
        finally:
            cluster.stop()
    print(
        "| articles | local --jobs 2 (art/s) | dask, 2 workers (art/s) | ratio dask/local "
        "| driver peak MB (local / dask) | worker peak MB | load |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for size, (local_s, local_mb), (dask_s, dask_mb), worker_mb, load in rows:
        print(
            f"| {size} | {size / local_s:.1f} | {size / dask_s:.1f} | {local_s / dask_s:.2f} "
            f"| {local_mb:.0f} / {dask_mb:.0f} | {worker_mb:.0f} | {load:.1f} |"
        )


if __name__ == "__main__":
    main()
