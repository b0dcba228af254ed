"""``--executor dask`` on a real cluster: a ``dask scheduler`` and two ``dask worker`` processes on
127.0.0.1, started from the command line as an operator would. Skipped without the ``dask`` extra
(``pip install -e '.[test,dask]'``; ``.ci/run`` installs it)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO

distributed = pytest.importorskip("distributed")

DASK = Path(sys.executable).with_name("dask")


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFGEN_", "DASK_"))}


class Cluster:
    """A scheduler and two one-thread workers, each under a nanny (the ``dask worker`` default)
    unless not ``nanny``; ``path``: folders the workers import from first (plugins installed for
    a test)."""

    def __init__(self, folder: Path, path: tuple[Path, ...] = (), nanny: bool = True) -> None:
        self.folder = folder
        self.path = os.pathsep.join(map(str, (*path, REPO / "tests")))  # tests' tasks unpickle there
        self.processes: list[subprocess.Popen[bytes]] = []
        self.workers: list[subprocess.Popen[bytes]] = []
        file = folder / "scheduler.json"
        self._start(
            "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", str(file)
        )
        deadline = time.monotonic() + 60
        while not file.exists() or not file.read_text().strip():
            assert time.monotonic() < deadline, "the Dask scheduler did not start"
            time.sleep(0.2)
        self.address = json.loads(file.read_text())["address"]
        for number in range(2):
            self.workers.append(
                self._start(
                    "worker",
                    self.address,
                    "--host",
                    "127.0.0.1",
                    "--nthreads",
                    "1",
                    "--nworkers",
                    "1",
                    "--no-dashboard",
                    "--name",
                    f"w{number}",
                    *(() if nanny else ("--no-nanny",)),
                )
            )
        with distributed.Client(self.address, timeout=30) as client:
            client.wait_for_workers(2, timeout=120)

    def _start(self, *args: str) -> subprocess.Popen[bytes]:
        log = open(self.folder / f"{args[0]}-{len(self.processes)}.log", "wb")  # noqa: SIM115
        process = subprocess.Popen(
            [str(DASK), *args],
            cwd=REPO,
            env={**_env(), "PYTHONPATH": self.path},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def kill(self, process: subprocess.Popen[bytes]) -> None:
        """SIGKILL the whole process group (nanny and worker): a machine that dies, not one that stops."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)

    def stop(self) -> None:
        for process in reversed(self.processes):
            self.kill(process)


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    running = Cluster(tmp_path)
    try:
        yield running
    finally:
        running.stop()


PROVINCES = ("Ha Nam", "Ninh Binh", "Nam Dinh", "Thai Binh", "Bac Ninh", "Quang Ninh", "Nghe An", "Thanh Hoa")
TOPICS = ("digital transformation", "flood prevention", "rural roads", "vocational training")
MONTHS = ("March", "April", "May", "June", "July", "September")


def _generate(folder: Path, count: int) -> None:
    """``count`` English conference reports, two reports per conference, each with its own facts."""
    folder.mkdir()
    for number in range(count):
        event = number // 2
        province, topic = PROVINCES[event % len(PROVINCES)], TOPICS[event % len(TOPICS)]
        day, month = 3 + event % 24, MONTHS[event % len(MONTHS)]
        (folder / f"report-{number:03d}.txt").write_text(
            f"{province} holds conference on {topic}\n\n"
            f"On {month} {day}, 2024, the People's Committee of {province} province held a conference on "
            f"{topic}. Chairman Nguyen Van {chr(65 + event % 26)}an chaired the conference, attended by "
            f"{120 + 7 * event} delegates. The province set aside {40 + event} billion dong for {topic} "
            f"and approved Plan No. {100 + event}/KH-UBND. Delegates agreed to finish the work by "
            f"December 2025.\n",
            encoding="utf-8",
        )


@pytest.fixture
def inputs(seeds: Path, tmp_path: Path) -> list[str]:
    _generate(tmp_path / "generated", 24)
    return [str(seeds.resolve()), str((tmp_path / "generated").resolve())]


def _build(*args: str, path: tuple[Path, ...] = (), timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefgen", "build", *args],
        cwd=REPO,
        env=_env() | ({"PYTHONPATH": os.pathsep.join(map(str, path))} if path else {}),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _local_and_dask(
    inputs: list[str], tmp_path: Path, address: str, *on_dask: str
) -> tuple[subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
    """The same JSON build in this process (``-j 1``) and on the cluster at ``address``, into
    ``tmp_path/local`` and ``tmp_path/dask``; ``on_dask``: more arguments for the Dask build."""
    common = ("-f", "json", "-q")
    local = _build(*inputs, "-o", str(tmp_path / "local"), *common, "-j", "1")
    remote = _build(
        *inputs, "-o", str(tmp_path / "dask"), *common, "--executor", "dask", "--scheduler", address, *on_dask
    )
    return local, remote


def _jsons(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.json"))}


def test_a_dask_run_writes_exactly_what_a_local_run_writes(
    cluster: Cluster, inputs: list[str], tmp_path: Path
) -> None:
    local, remote = _local_and_dask(inputs, tmp_path, cluster.address)
    assert local.returncode == remote.returncode, remote.stderr
    assert remote.stderr.splitlines()[0] == local.stderr.splitlines()[0].replace("/local", "/dask")
    expected = _jsons(tmp_path / "local")
    assert len(expected) > 10
    assert _jsons(tmp_path / "dask") == expected


def test_killing_a_worker_mid_run_still_yields_every_briefing(
    cluster: Cluster, inputs: list[str], tmp_path: Path
) -> None:
    local = _build(*inputs, "-o", str(tmp_path / "local"), "-f", "json,pdf", "-j", "2", "-q")
    out = tmp_path / "dask"
    command = [
        sys.executable,
        "-m",
        "briefgen",
        "build",
        *inputs,
        "-o",
        str(out),
        "-f",
        "json,pdf",
        "-q",
        "--executor",
        "dask",
        "--scheduler",
        cluster.address,
    ]
    build = subprocess.Popen(
        command, cwd=REPO, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 300
    while not any(out.glob(".briefgen-stage-*.tmp/*.pdf")):  # briefings are being written: mid-run
        assert build.poll() is None and time.monotonic() < deadline, build.communicate()[1]
        time.sleep(0.05)
    cluster.kill(cluster.workers[0])
    _, stderr = build.communicate(timeout=600)
    assert build.returncode == local.returncode, stderr
    assert _jsons(out) == _jsons(tmp_path / "local")
    assert {p.stem for p in out.glob("*.pdf")} == {Path(n).stem for n in _jsons(out)} | {"index"}
    hidden = sorted(p.name for p in out.iterdir() if p.name.startswith("."))
    assert hidden == [".briefgen-manifest"], hidden  # no staged or half-written file left


def test_grouping_on_the_workers_gives_the_driver_paths_groups_in_order(
    cluster: Cluster, seeds: Path, tmp_path: Path
) -> None:
    """``--option group_on=workers``: the keys stay on the cluster and are shuffled there; the
    conferences (members and order) and every file written equal the driver path's."""
    from hostile.articles import write_articles

    from briefgen.executors import make_executor
    from briefgen.pipeline import collect, conferences_of
    from briefgen.plugins import get_registry

    _generate(tmp_path / "generated", 40)
    write_articles(tmp_path / "hostile", 60)
    inputs = [str(p.resolve()) for p in (seeds, tmp_path / "generated", tmp_path / "hostile")]
    dask = make_executor("dask", get_registry(), scheduler=cluster.address)
    try:
        remote = collect(inputs, dask, group_on="workers")
        assert remote.remote is not None and not any(r.keys.people or r.keys.figures for r in remote.records)
        on_workers = conferences_of(remote, None, [], 1 << 20)
    finally:
        dask.close()
    here = conferences_of(collect(inputs, make_executor("local", get_registry())), None, [], 1 << 20)
    assert sum(len(c.members) > 1 for c in here) >= 20  # real groups, not one article each
    assert on_workers == here
    local, shuffled = _local_and_dask(inputs, tmp_path, cluster.address, "--option", "group_on=workers")
    assert shuffled.returncode == local.returncode, shuffled.stderr
    assert _jsons(tmp_path / "dask") == _jsons(tmp_path / "local")
    assert (tmp_path / "dask" / "index.html").read_bytes() == (tmp_path / "local" / "index.html").read_bytes()


def test_grouping_on_the_workers_is_refused_where_it_cannot_run(run_cli, tmp_path: Path) -> None:
    local = run_cli(
        "build", str(REPO / "examples" / "articles"), "-o", str(tmp_path), "--option", "group_on=workers"
    )
    assert local.returncode != 0 and "group_on=workers needs --executor dask" in local.stderr
    other = run_cli(
        "build", str(REPO / "examples" / "articles"), "-o", str(tmp_path), "--option", "group_on=cloud"
    )
    assert other.returncode != 0 and "unknown group_on 'cloud'" in other.stderr


HANGS = """
import time

from briefgen import hookimpl
from briefgen.plugins import get_registry


class HangingLanguage:
    name = "tlh"

    def analyse(self, article):
        time.sleep(3600)


class HangingSummariser:
    name = "hang"

    def summarise(self, conference, settings):
        if any(d.article.path.endswith("report-004.txt") for d in conference.documents):
            time.sleep(3600)
        return get_registry().summarisers["extractive"].summarise(conference, settings)


@hookimpl
def register_languages(register):
    register(HangingLanguage())


@hookimpl
def register_summarisers(register):
    register(HangingSummariser())
"""

LIMIT = 5


def _timed_out(stderr: str) -> list[str]:
    return sorted(line for line in stderr.splitlines() if f"did not finish within {LIMIT} s" in line)


def test_an_item_past_its_time_limit_fails_alone_and_frees_its_worker(
    site, inputs: list[str], tmp_path: Path
) -> None:
    """A hung article (key stage) and a hung conference (brief stage): each is reported as a
    local run reports it, everything else is briefed as locally, and both workers are free after."""
    plugins = site("hang-both", HANGS)
    hung = tmp_path / "hung"
    hung.mkdir()
    (hung / "k.jsonl").write_text(json.dumps({"text": "Qapla' batlh.", "language": "tlh"}), encoding="utf-8")
    inputs = [*inputs, str(hung)]
    common = ("-f", "json", "-q", "-s", "hang", "--timeout", str(LIMIT))
    local = _build(*inputs, "-o", str(tmp_path / "local"), *common, "-j", "2", path=(plugins,))
    assert len(_timed_out(local.stderr)) == 2, local.stderr
    cluster = Cluster(tmp_path, path=(plugins,))
    try:
        started = time.monotonic()
        remote = _build(
            *inputs,
            "-o",
            str(tmp_path / "dask"),
            *common,
            "--executor",
            "dask",
            "--scheduler",
            cluster.address,
            path=(plugins,),
            timeout=300,  # without a limit on Dask, the hung items would hold the run for an hour
        )
        took = time.monotonic() - started
        with distributed.Client(cluster.address, timeout=30) as client:
            client.wait_for_workers(2, timeout=60)
            workers = sorted(client.scheduler_info()["workers"])
            free = [client.submit(len, "ok", workers=[w], pure=False) for w in workers]
            assert [f.result(timeout=30) for f in free] == [2, 2]  # no thread is still stuck in a hung item
    finally:
        cluster.stop()
    assert remote.returncode == local.returncode == 1, remote.stderr
    assert _timed_out(remote.stderr) == _timed_out(local.stderr), remote.stderr
    (article,) = [line for line in _timed_out(remote.stderr) if "[load]" in line]
    assert "k.jsonl" in article and "language plugin 'hang_both'" in article
    (conference,) = [line for line in _timed_out(remote.stderr) if "[brief]" in line]
    assert "summariser plugin 'hang_both'" in conference and "report-004.txt" in conference
    expected = _jsons(tmp_path / "local")
    assert len(expected) > 10
    assert _jsons(tmp_path / "dask") == expected
    assert took < 120, took
    print(f"dask run took {took:.1f} s")


def test_a_worker_without_a_nanny_is_removed_after_a_time_out_and_the_run_ends(site, tmp_path: Path) -> None:
    """No nanny can restart it, and left in it would queue new tasks behind the stuck one."""
    plugins = site("hang-both", HANGS)
    inputs = tmp_path / "in"
    shutil.copytree(REPO / "examples" / "articles", inputs)
    (inputs / "k.jsonl").write_text(
        json.dumps({"text": "Qapla' batlh.", "language": "tlh"}), encoding="utf-8"
    )
    cluster = Cluster(tmp_path, path=(plugins,), nanny=False)
    try:
        remote = _build(
            str(inputs),
            "-o",
            str(tmp_path / "dask"),
            "-f",
            "json",
            "-q",
            "--timeout",
            str(LIMIT),
            "--executor",
            "dask",
            "--scheduler",
            cluster.address,
            path=(plugins,),
            timeout=120,
        )
        with distributed.Client(cluster.address, timeout=30) as client:
            left = len(client.scheduler_info()["workers"])
    finally:
        cluster.stop()
    assert remote.returncode == 1, remote.stderr
    (line,) = _timed_out(remote.stderr)
    assert "k.jsonl [load]: language plugin 'hang_both'" in line
    assert "have no nanny to restart them: removed from the cluster" in remote.stderr
    assert left == 1
    (inputs / "k.jsonl").unlink()
    local = _build(str(inputs), "-o", str(tmp_path / "local"), "-f", "json", "-q", "-j", "1")
    assert local.returncode == 0 and _jsons(tmp_path / "dask") == _jsons(tmp_path / "local")


def test_an_in_process_plugin_is_refused_by_name_on_dask() -> None:
    from briefgen import hookimpl
    from briefgen.executors import ExecutorError, make_executor
    from briefgen.plugins import get_registry, register_plugin

    class OnlyHere:
        @hookimpl
        def register_summarisers(self, register):
            return None

    undo = register_plugin(OnlyHere())
    try:
        with pytest.raises(ExecutorError, match="registered in this process only"):
            make_executor("dask", get_registry(), scheduler="tcp://127.0.0.1:1")
    finally:
        undo()


def test_help_does_not_import_dask() -> None:
    code = (
        "import sys\nfrom briefgen.cli import cli\nprint('distributed' in sys.modules, 'dask' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=_env()
    )
    assert done.stdout.split() == ["False", "False"], done.stderr


def _charge(tokens: int, run_id: str, folder: str) -> int | str:
    """Charge the run's ledger from inside a Dask task (on whichever worker runs it)."""
    from briefgen.llm.limits import TokenCapReached, TokenLedger

    try:
        return TokenLedger(Path(folder), run_id).charge(tokens, cap=250)
    except TokenCapReached as error:
        return str(error)


def test_the_token_cap_holds_across_dask_workers(cluster: Cluster, tmp_path: Path) -> None:
    with distributed.Client(cluster.address, timeout=30) as client:
        workers = sorted(client.scheduler_info()["workers"])
        assert len(workers) == 2
        futures = [
            client.submit(_charge, 100, "run-1", str(tmp_path / f"state-{n}"), workers=[w], pure=False)
            for n, w in enumerate(workers * 2)
        ]
        results = client.gather(futures)
    # each worker has its own state folder: only the scheduler-side ledger can count both
    assert sorted(r for r in results if isinstance(r, int)) == [100, 200]
    assert sum(isinstance(r, str) and "token cap reached" in r for r in results) == 2
