"""What a user gets from ``pip install .``: a wheel in a fresh venv, not the editable checkout.

An editable install finds templates, fonts and plugin modules in the source tree, so it hides a
wheel that forgot them. This test builds the wheel from a copy of the tree, installs it with its
dependencies into a new venv, and runs that venv's ``briefgen`` on the examples with every
network route closed; then it installs the example third-party plugin the way its README says
and uses its format through entry points. Slow (minutes, it downloads dependencies), so it is
marked ``slow``; CI runs it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

REPO = Path(__file__).resolve().parents[1]
# Anything that tries the network goes to a closed port and fails at once.
OFFLINE = {"http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9", "no_proxy": ""}
SKIP = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis", "out"
)

pytestmark = pytest.mark.slow


def sh(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=1200
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def user_env() -> dict[str, str]:
    """The environment of a user with no briefgen switches and no model endpoint."""
    drop = ("BRIEFGEN_", "OPENAI_", "PYTHONPATH", "VIRTUAL_ENV")
    return {k: v for k, v in os.environ.items() if not k.startswith(drop)} | OFFLINE


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(fresh venv's bin folder, copy of the source tree) with the wheel installed non-editable."""
    root = tmp_path_factory.mktemp("packaging")
    source = root / "src"
    shutil.copytree(REPO, source, ignore=SKIP)
    sh(sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", root / "dist", source, cwd=root)
    (wheel,) = (root / "dist").glob("briefgen-*.whl")
    sh(sys.executable, "-m", "venv", root / "venv", cwd=root)
    bin_dir = root / "venv" / "bin"
    started = time.perf_counter()
    sh(bin_dir / "pip", "install", wheel, cwd=root)
    print(f"\nwheel install with dependencies into a fresh venv: {time.perf_counter() - started:.1f} s")
    return bin_dir, source


def test_wheel_loads_every_builtin_plugin(installed: tuple[Path, Path], tmp_path: Path) -> None:
    bin_dir, _ = installed
    result = sh(bin_dir / "briefgen", "plugins", "--json", cwd=tmp_path, env=user_env())
    plugins = json.loads(result.stdout)
    builtins = {p["name"]: p for p in plugins if p["builtin"]}
    assert len(builtins) >= 13
    assert {name: p["error"] for name, p in builtins.items() if p["status"] != "loaded"} == {}
    assert "briefgen:" not in result.stderr  # no plugin warning


def test_wheel_builds_one_page_pdfs_and_json_offline(installed: tuple[Path, Path], tmp_path: Path) -> None:
    bin_dir, source = installed
    out = tmp_path / "out"
    articles = source / "examples" / "articles"
    sh(
        bin_dir / "briefgen",
        "build",
        articles,
        "-o",
        out,
        "--format",
        "pdf,json",
        cwd=tmp_path,
        env=user_env(),
    )
    pdfs = sorted(p for p in out.glob("*.pdf") if p.name != "index.pdf")
    jsons = sorted(out.glob("*.json"))
    assert (out / "index.html").is_file() and (out / "index.pdf").is_file()  # the run overview
    assert len(pdfs) == len(jsons) == 6  # five files, the JSONL holding two conferences
    assert [len(PdfReader(p).pages) for p in pdfs] == [1] * 6
    assert {p.stem for p in pdfs} == {p.stem for p in jsons}
    briefings = [json.loads(p.read_text(encoding="utf-8")) for p in jsons]
    assert {b["schema"] for b in briefings} == {"briefgen/briefing@1"}
    languages = {s["language"] for b in briefings for s in b["sources"]}
    assert languages == {"ar", "en", "fr", "id", "vi"}


def test_third_party_plugin_works_through_entry_points(installed: tuple[Path, Path], tmp_path: Path) -> None:
    bin_dir, source = installed
    sh(bin_dir / "pip", "install", source / "examples" / "briefgen-csv", cwd=tmp_path)
    listing = sh(bin_dir / "briefgen", "plugins", cwd=tmp_path, env=user_env()).stdout
    assert any(line.split()[:3] == ["csv", "loaded", "briefgen-csv"] for line in listing.splitlines()), (
        listing
    )
    out = tmp_path / "out"
    english = source / "examples" / "articles" / "en_hanoi_education.md"
    sh(bin_dir / "briefgen", "build", english, "-o", out, "--format", "csv", cwd=tmp_path, env=user_env())
    (table,) = out.glob("*.csv")
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8"))))
    assert rows, "the briefing has no facts"
    text = english.read_text(encoding="utf-8")
    for row in rows:
        assert row["source"] == "en_hanoi_education"
        assert row["quote"] in text  # every quote is verbatim


def test_wheel_ships_every_package_of_the_source_tree(installed: tuple[Path, Path], tmp_path: Path) -> None:
    """A subpackage missing from pyproject's package list only breaks when its plugin runs."""
    bin_dir, source = installed
    packages = sorted(
        ".".join(init.parent.relative_to(source / "src").parts)
        for init in (source / "src").rglob("__init__.py")
    )
    probe = f"import importlib; [importlib.import_module(p) for p in {packages!r}]"
    sh(bin_dir / "python", "-c", probe, cwd=tmp_path, env=user_env())
