"""Interrupted runs: SIGKILL part-way leaves no truncated output, and a re-run completes.

Every output is written to a hidden temporary file beside its target and renamed over it, so
a killed run leaves whole files and, at worst, hidden ``.<name>.*.tmp`` leftovers, which the
next run into the same folder removes.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from pypdf import PdfReader

from briefgen.writing import MANIFEST

from .articles import write_articles

FORMATS = "pdf,json,html,md"
TEMP_NAME = r"^\..+\.tmp$"


def _build(inputs: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "briefgen", "build", str(inputs), "-o", str(out), "-f", FORMATS]


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}


def _assert_whole(out: Path) -> tuple[list[Path], list[Path]]:
    """Every output file opens as what it claims to be; returns (outputs, leftover temp files).

    The manifest (what briefgen wrote, so a folder walk can skip it) must parse whole too.
    """
    outputs, temps = [], []
    for path in sorted(out.iterdir()):
        if path.name.startswith(".") and path.name.endswith(".tmp"):
            temps.append(path)
            continue
        if path.name == MANIFEST:
            assert isinstance(json.loads(path.read_text(encoding="utf-8"))["files"], dict)
            continue
        if path.stem == "index":  # the run overview: rewritten by every run, not a briefing
            continue
        outputs.append(path)
        if path.suffix == ".pdf":
            assert len(PdfReader(path).pages) == 1, path
        elif path.suffix == ".json":
            assert json.loads(path.read_text(encoding="utf-8"))["schema"] == "briefgen/briefing@1", path
        elif path.suffix == ".html":
            assert path.read_text(encoding="utf-8").rstrip().endswith("</html>"), path
        else:
            assert path.suffix == ".md" and path.read_text(encoding="utf-8").strip(), path
    return outputs, temps


def test_killed_build_leaves_whole_files_and_a_rerun_completes(tmp_path: Path) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_articles(inputs, 40)
    process = subprocess.Popen(_build(inputs, out), env=_env(), stderr=subprocess.PIPE, text=True)
    while process.poll() is None and not (out.is_dir() and any(out.iterdir())):
        time.sleep(0.002)
    process.send_signal(signal.SIGKILL)
    process.wait()
    outputs, _ = _assert_whole(out)
    rerun = subprocess.run(_build(inputs, out), env=_env(), capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    outputs, temps = _assert_whole(out)
    assert temps == []
    assert len(outputs) == 4 * len({p.stem for p in outputs})
    umask = os.umask(0)
    os.umask(umask)
    assert {stat.S_IMODE(p.stat().st_mode) for p in outputs} == {0o666 & ~umask}  # not mkstemp's 0600


KILL_AT_RENAME = textwrap.dedent(
    """
    import os, signal, sys
    from briefgen import writing
    from briefgen.pipeline import run

    def killed(*_):
        os.kill(os.getpid(), signal.SIGKILL)

    writing.os.replace = killed  # the temp file is complete; the rename never happens
    run([sys.argv[1]], sys.argv[2], ["json", "pdf"])
    """
)


def test_kill_between_write_and_rename_keeps_the_old_file_and_the_rerun_cleans_up(tmp_path: Path) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_articles(inputs, 2)
    first = subprocess.run(_build(inputs, out), env=_env(), capture_output=True, text=True, timeout=600)
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in _assert_whole(out)[0]}
    killed = subprocess.run(
        [sys.executable, "-c", KILL_AT_RENAME, str(inputs), str(out)], env=_env(), capture_output=True
    )
    assert killed.returncode == -signal.SIGKILL
    outputs, temps = _assert_whole(out)
    assert len(temps) == 1 and temps[0].name.startswith(".")
    assert {p.name: p.read_bytes() for p in outputs} == before  # the old briefing is intact
    rerun = subprocess.run(_build(inputs, out), env=_env(), capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    outputs, temps = _assert_whole(out)
    assert temps == [] and sorted(p.name for p in outputs) == sorted(before)
