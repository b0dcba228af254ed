"""A fast start: ``briefgen --help`` and ``build --help`` import neither plugins nor heavy libraries,
and the command list read from metadata folders is what importlib.metadata reads."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

import briefgen
from briefgen import discovery

# What the help path must not import: the plugins and the libraries only a run needs.
HEAVY = (
    "briefgen_plugins",
    "briefgen.pipeline",
    "briefgen.plugins",
    "briefgen.models",
    "briefgen.gazetteer",
    "briefgen.hookspecs",
    "pluggy",
    "jinja2",
    "weasyprint",
    "typst",
    "jsonschema",
    "pydantic",
    "openai",
    "tiktoken",
    "lingua",
    "rapidfuzz",
    "importlib.metadata",
)


def _starts() -> list[list[str]]:
    """``python -m briefgen`` and, when installed, the ``briefgen`` console script (whose own
    entry point could import more)."""
    script = Path(sys.executable).with_name("briefgen")
    return [[sys.executable, "-m", "briefgen"], *([[str(script)]] if script.exists() else [])]


@pytest.mark.parametrize("start", _starts(), ids=lambda s: "script" if len(s) == 1 else "python -m")
@pytest.mark.parametrize("args", [["--help"], ["build", "--help"]], ids=" ".join)
def test_help_imports_no_plugin_and_no_heavy_library(start: list[str], args: list[str]) -> None:
    """Python's own import log (``PYTHONPROFILEIMPORTTIME``) names every module the process loaded."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
    env["PYTHONPROFILEIMPORTTIME"] = "1"
    done = subprocess.run([*start, *args], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Usage:" in done.stdout
    imported = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert "briefgen.cli" in imported  # the log is the one wanted
    heavy = sorted(m for m in imported if any(m == h or m.startswith(h + ".") for h in HEAVY))
    assert heavy == []
    if args == ["--help"]:
        assert re.search(r"(?m)^  logs\b", done.stdout)  # plugin commands listed all the same


def test_the_package_resolves_its_public_names_on_first_use() -> None:
    probe = (
        "import sys, briefgen\n"
        "print(sorted(m for m in sys.modules if m.startswith('briefgen.')))\n"
        "print(briefgen.hookimpl.project_name, briefgen.Article.__module__, briefgen.run.__module__)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["[]", "briefgen briefgen.models briefgen.pipeline"]
    assert set(briefgen.__all__) == {*briefgen._HOME, "__version__"}
    assert set(briefgen.__all__) <= set(dir(briefgen))
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = briefgen.nope


def _as_metadata(*groups: str) -> set[tuple[str, str, str, str]]:
    return {
        (ep.name, ep.value, group, discovery.normalise(ep.dist.name) if ep.dist else "")
        for group in groups
        for ep in metadata.entry_points(group=group)
    }


def _dist(folder: Path, stem: str, entry_points: str) -> None:
    info = folder / f"{stem}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {stem}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(entry_points)


def test_declared_entry_points_are_what_importlib_metadata_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    groups = (discovery.GROUP, discovery.COMMANDS, "console_scripts")
    _dist(
        tmp_path / "first",
        "Wave.Plugin",
        "# a comment\n[briefgen]\nwave = wave_plugin\n# another\n\n[briefgen.commands]\n"
        "wave = wave_plugin:make.command [cli]\n[other]\nx = y\n",
    )
    _dist(tmp_path / "second", "wave_plugin", "[briefgen]\nshadowed = wave_plugin\n")  # same name: hidden
    monkeypatch.syspath_prepend(str(tmp_path / "second"))
    monkeypatch.syspath_prepend(str(tmp_path / "first"))
    found = discovery.declared(*groups)
    assert {(ep.name, ep.value, ep.group, ep.dist) for ep in found} == _as_metadata(*groups)
    wave = next(ep for ep in found if ep.group == discovery.COMMANDS and ep.name == "wave")
    assert (wave.dist, wave.module) == ("wave_plugin", "wave_plugin")
    assert "shadowed" not in {ep.name for ep in found}
    assert set(discovery.command_entry_points()) == {"logs", "wave"}


def test_a_zipped_distribution_is_read_through_importlib_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "zipped.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr(
            "zipped-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: zipped\nVersion: 1.0\n"
        )
        zipped.writestr(
            "zipped-1.0.dist-info/entry_points.txt",
            "[briefgen]\nzipped = zipped\n[briefgen.commands]\nzip = zipped:command\n",
        )
    monkeypatch.syspath_prepend(str(archive))
    groups = (discovery.GROUP, discovery.COMMANDS)
    found = discovery.declared(*groups)
    assert {(ep.name, ep.value, ep.group, ep.dist) for ep in found} == _as_metadata(*groups)
    assert "zip" in discovery.command_entry_points()


def test_a_declared_entry_point_loads_its_dotted_attribute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "dotted_mod.py").write_text("class Maker:\n    class Inner:\n        value = 42\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    ep = discovery.Declared("x", "dotted_mod:Maker.Inner [extra]", discovery.COMMANDS, "dotted")
    assert ep.load().value == 42
    with pytest.raises(ValueError, match="malformed"):
        discovery.Declared("x", "not a value!", discovery.COMMANDS, "").load()
