"""Local processes against a Dask cluster on the same cores: throughput and memory of each side.

Generates N articles with :mod:`corpus`, starts a ``dask scheduler`` and two single-threaded
``dask worker`` processes on 127.0.0.1 (the cluster of ``tests/test_dask_cluster.py``), then
builds the same corpus with ``--executor dask`` and with ``--executor local --jobs 2``,
alternating the two so a change in the machine's load falls on both. It reports articles per
second of each, their ratio, the driver's peak resident memory (``wait4``'s ``ru_maxrss`` of the
``briefgen`` process) and the workers' peak (``VmHWM`` of every worker process, read before the
cluster stops). The driver holds the grouping keys, not the texts, so its memory should grow by
about 1 KB an article; the workers' should not grow with N.

With ``--group-on driver,workers`` it compares instead the two places a Dask run groups
(``--option group_on``): each build on a fresh cluster (so each worker peak is that build's),
reporting the build's wall time, the key and group stages' (``briefgen -v``'s lines), the two
peaks, and how many bytes of keys each path holds on the driver per article (``Keyed`` records
of a sample of the corpus, pickled: whole keys, or their conflict fields only).

Usage: ``python benchmarks/scale_dask.py --articles 2000,5000 [--format json] [--rounds 1]
[--group-on driver,workers]`` (needs the ``dask`` extra). Prints a Markdown table for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import os
import pickle
import re
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
    wall, peak, _ = _build(corpus, out, fmt, executor)
    return wall, peak


def _build(corpus: Path, out: Path, fmt: str, executor: list[str]) -> tuple[float, float, str]:
    """:func:`build`, with the build's stderr (``-v``: each stage's time)."""
    shutil.rmtree(out, ignore_errors=True)
    command = [str(BIN / "briefgen"), "-v", "build", str(corpus), "-o", str(out), "--format", fmt, "-q"]
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, *executor], env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    stderr = process.stderr.read().decode() if process.stderr else ""
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} failed: {stderr[-2000:]}")
    return wall, usage.ru_maxrss / 1024, stderr


def stage_seconds(stderr: str, stage: str) -> float:
    """One stage's time (``group``, ``load, analyse and key``), from the build's ``-v`` log."""
    found = re.search(rf"briefgen: {re.escape(stage)}: .* in ([\d.]+) s", stderr)
    return float(found.group(1)) if found else float("nan")


def driver_bytes(corpus: Path, sample: int = 200) -> tuple[float, float]:
    """Pickled bytes per article of the records the driver holds: whole keys, conflict fields only."""
    from briefgen import stages

    records = []
    for path in sorted(corpus.iterdir())[:sample]:
        found, _ = stages.key_file(path, 1 << 24, cache=False)
        records += [r for r in found if isinstance(r, stages.Keyed)]
    light, _ = stages.light_keyed((records, []))
    return len(pickle.dumps(records)) / len(records), len(pickle.dumps(light)) / len(light)


def compare_group_on(root: Path, sizes: list[int], places: list[str], fmt: str) -> None:
    """Build each size on a fresh cluster for each place to group; print the table."""
    rows = []
    for size in sizes:
        corpus = root / f"corpus-{size}"
        generate(size, corpus)
        whole, light = driver_bytes(corpus)
        for place in places:
            folder = root / f"cluster-{size}-{place}"  # its own scheduler file
            folder.mkdir()
            cluster = Cluster(folder)
            try:
                dask = ["--executor", "dask", "--scheduler", cluster.address, "--option", f"group_on={place}"]
                wall, peak, stderr = _build(corpus, root / "out", fmt, dask)
                stages = [stage_seconds(stderr, stage) for stage in ("load, analyse and key", "group")]
                rows.append((size, place, wall, *stages, peak, worker_peak_mb(cluster)))
            finally:
                cluster.stop()
            rows[-1] += (whole if place == "driver" else light, os.getloadavg()[0])
        shutil.rmtree(corpus)
    print(
        "| articles | group on | build s | key stage s | group stage s | driver peak MB | worker peak MB "
        "| key bytes on the driver per article | load |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for size, place, wall, keying, grouping, peak, worker, held, load in rows:
        times = (f"{wall:.1f}", f"{keying:.1f}", f"{grouping:.2f}")
        cells = (size, place, *times, f"{peak:.0f}", f"{worker:.0f}", f"{held:.0f}")
        print("| " + " | ".join(map(str, cells)) + f" | {load:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default="2000", help="comma-separated corpus sizes")
    parser.add_argument("--format", default="json", help="output formats of both builds")
    parser.add_argument("--rounds", type=int, default=1, help="paired rounds per size")
    parser.add_argument("--group-on", help="compare these places to group on Dask (driver,workers)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="briefgen-scale-") as scratch:
        root = Path(scratch)
        if args.group_on:
            sizes = [int(n) for n in args.articles.split(",")]
            compare_group_on(root, sizes, args.group_on.split(","), args.format)
            return
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
