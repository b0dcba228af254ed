"""Broken third-party plugins, installed for real: the CLI runs, names them, and carries on.

Each plugin is a one-module distribution with a ``briefgen`` entry point on ``PYTHONPATH`` (the
``site`` fixture), so loading goes through importlib.metadata exactly as for a pip install.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .articles import write_articles

BROKEN_AT_LOAD = {
    "hostile-import": 'raise RuntimeError("exploded on import")\n',
    "hostile-hook": """
        from briefgen import hookimpl

        @hookimpl
        def register_renderers(register):
            raise ValueError("exploded while registering")
    """,
    "hostile-duplicate": """
        from briefgen import hookimpl

        class Impostor:
            name = "json"
            extension = "json"
            paged = False

            def render(self, briefing, settings):
                raise AssertionError("an impostor must never render")

        @hookimpl
        def register_renderers(register):
            register(Impostor())
    """,
}

BROKEN_AT_RUN = {
    # A renderer that fails on one conference only: the one whose sources include article 1.
    "hostile-renderer": """
        from briefgen import hookimpl
        from briefgen.protocols import Rendered

        class Fragile:
            name = "fragile"
            extension = "frag"
            paged = False

            def render(self, briefing, settings):
                if any(source.id == "article-0001" for source in briefing.sources):
                    raise KeyError("fragile cannot render this one")
                return Rendered(briefing.id.encode())

        @hookimpl
        def register_renderers(register):
            register(Fragile())
    """,
    # A language plugin that raises on every article declared to be in its language.
    "hostile-language": """
        from briefgen import hookimpl

        class Klingon:
            name = "tlh"

            def analyse(self, article):
                raise ZeroDivisionError("no analysis today")

            def numbers(self, text):
                return []

        @hookimpl
        def register_languages(register):
            register(Klingon())
    """,
    # A loader that raises on every question it is asked.
    "hostile-loader": """
        from briefgen import hookimpl

        class Grabby:
            name = "grabby"

            def can_load(self, source):
                raise OSError("cannot even look")

            def load(self, source):
                raise OSError("cannot load")

        @hookimpl
        def register_loaders(register):
            register(Grabby())
    """,
}


def _articles(folder: Path) -> Path:
    write_articles(folder, 6)
    (folder / "klingon.jsonl").write_text(
        json.dumps({"text": "Qapla' batlh bIHeghjaj.", "language": "tlh"}), encoding="utf-8"
    )
    (folder / "notes.weird").write_text("not an article format", encoding="utf-8")
    return folder


def test_plugins_broken_at_load_are_named_and_build_still_works(site, run_cli, tmp_path: Path) -> None:
    for name, source in BROKEN_AT_LOAD.items():
        folder = site(name, source)
    result = run_cli("plugins", env={"PYTHONPATH": str(folder)})
    assert result.returncode == 0, result.stderr
    assert "exploded on import" in result.stdout and "exploded while registering" in result.stdout
    assert "'json' is already registered by plugin 'render_json'" in result.stdout
    write_articles(tmp_path / "in", 3)
    built = run_cli(
        "build",
        str(tmp_path / "in"),
        "-o",
        str(tmp_path / "out"),
        "-f",
        "json",
        env={"PYTHONPATH": str(folder)},
    )
    assert built.returncode == 0, built.stderr
    for module in ("hostile_import", "hostile_hook", "hostile_duplicate"):
        assert f"plugin '{module}' failed" in built.stderr
    outputs = sorted((tmp_path / "out").glob("*.json"))
    assert outputs and all(json.loads(p.read_text(encoding="utf-8"))["sources"] for p in outputs)


def test_plugins_failing_at_run_time_are_named_with_what_they_cost(site, run_cli, tmp_path: Path) -> None:
    for name, source in BROKEN_AT_RUN.items():
        folder = site(name, source)
    inputs = _articles(tmp_path / "in")
    built = run_cli(
        "build",
        str(inputs),
        "-o",
        str(tmp_path / "out"),
        "-f",
        "json,fragile",
        env={"PYTHONPATH": str(folder)},
    )
    assert built.returncode == 1, built.stderr
    problems = [line for line in built.stderr.splitlines() if line.startswith("  ")]
    # the language plugin's failure names the plugin and the file it cost
    assert any("klingon.jsonl [analyse]" in line and "hostile_language" in line for line in problems), (
        problems
    )
    # the renderer's failure names the plugin, the conference and the article it cost
    rendered = [line for line in problems if "[render]" in line]
    assert len(rendered) == 1 and "fragile" in rendered[0] and "article-0001" in rendered[0], problems
    # the loader that cannot even answer can_load is named for the file no built-in claims,
    # and the built-in loaders still load every other file
    assert any("notes.weird [load]" in line and "hostile_loader" in line for line in problems), problems
    assert "from 7 article(s)" in built.stderr
    briefed = {
        source["id"]
        for path in (tmp_path / "out").glob("*.json")
        for source in json.loads(path.read_text(encoding="utf-8"))["sources"]
    }
    assert briefed and "article-0001" not in briefed
    assert len(list((tmp_path / "out").glob("*.frag"))) == len(list((tmp_path / "out").glob("*.json")))


def test_a_grouping_plugin_that_raises_costs_the_grouping_not_the_run(site, run_cli, tmp_path: Path) -> None:
    folder = site(
        "hostile-grouping",
        """
        from briefgen import hookimpl

        @hookimpl
        def group_documents(documents, overrides):
            raise RuntimeError("cannot group")
        """,
    )
    write_articles(tmp_path / "in", 4)
    built = run_cli(
        "build",
        str(tmp_path / "in"),
        "-o",
        str(tmp_path / "out"),
        "-f",
        "json",
        env={"PYTHONPATH": str(folder)},
    )
    assert "Traceback" not in built.stderr, built.stderr
    assert "hostile_grouping" in built.stderr and "cannot group" in built.stderr
    briefed = {
        source["path"]
        for path in (tmp_path / "out").glob("*.json")
        for source in json.loads(path.read_text(encoding="utf-8"))["sources"]
    }
    assert briefed == {str(p) for p in (tmp_path / "in").iterdir()}


@pytest.mark.parametrize("summariser", ["shaky"])
def test_a_summariser_that_raises_falls_back_and_says_so(
    site, run_cli, tmp_path: Path, summariser: str
) -> None:
    folder = site(
        "hostile-summariser",
        """
        from briefgen import hookimpl

        class Shaky:
            name = "shaky"

            def summarise(self, conference, settings):
                raise TimeoutError("model went away")

        @hookimpl
        def register_summarisers(register):
            register(Shaky())
        """,
    )
    write_articles(tmp_path / "in", 2)
    built = run_cli(
        "build",
        str(tmp_path / "in"),
        "-o",
        str(tmp_path / "out"),
        "-f",
        "json",
        "-s",
        summariser,
        env={"PYTHONPATH": str(folder)},
    )
    assert "model went away" in built.stderr and "extractive" in built.stderr, built.stderr
    notes = [json.loads(p.read_text(encoding="utf-8"))["notes"] for p in (tmp_path / "out").glob("*.json")]
    assert notes and all(any("shaky" in note for note in n) for n in notes)
