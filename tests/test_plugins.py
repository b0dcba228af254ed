"""The plugin system: entry-point loading, isolation of broken plugins, switches, and every hook.

Following datasette, each hook in :mod:`briefgen.hookspecs` has a ``test_hook_<name>`` test
here, and :func:`test_every_hook_has_a_test` fails when a new hook arrives without one.
"""

from __future__ import annotations

import csv
import inspect
import io
import re
from collections.abc import Iterator
from dataclasses import replace
from importlib import metadata
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from briefgen import Article, Conference, Document, Rendered, hookimpl, hookspecs, pipeline
from briefgen.cli import cli
from briefgen.plugins import get_registry, reset
from briefgen.protocols import Settings
from briefgen.testing import SAMPLE_TEXT, FakeSummariser, registered, sample_briefing, sample_document

TESTS = Path(__file__).resolve().parent


def hook_names() -> list[str]:
    return sorted(
        name
        for name, function in inspect.getmembers(hookspecs, inspect.isfunction)
        if hasattr(function, "briefgen_spec")
    )


@pytest.fixture
def broken_site(site) -> Path:
    return site("briefgen-broken", 'raise RuntimeError("boom at import time")\n')


def plugin_line(stdout: str, name: str) -> str:
    lines = [line for line in stdout.splitlines() if line.split()[:1] == [name]]
    assert len(lines) == 1, stdout
    return lines[0]


# --- a broken third-party plugin, installed for real --------------------------------------------


def test_broken_plugin_is_named_once_and_the_cli_still_runs(broken_site: Path, run_cli) -> None:
    result = run_cli("plugins", env={"PYTHONPATH": str(broken_site)})
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "plugin 'briefgen_broken' failed" in line]
    assert len(warnings) == 1, result.stderr
    assert "RuntimeError: boom at import time" in warnings[0]
    line = plugin_line(result.stdout, "briefgen_broken")
    assert "failed" in line
    assert "briefgen-broken 0.1" in line
    assert "boom at import time" in result.stdout
    assert "BRIEFGEN_DISABLE_PLUGINS=briefgen_broken" in result.stderr


def test_broken_plugin_does_not_stop_help_or_build_usage(broken_site: Path, run_cli) -> None:
    result = run_cli("--help", env={"PYTHONPATH": str(broken_site)})
    assert result.returncode == 0
    assert "build" in result.stdout


@pytest.mark.parametrize(
    "switch",
    [{"BRIEFGEN_DISABLE_PLUGINS": "briefgen_broken"}, {"BRIEFGEN_LOAD_PLUGINS": "none"}],
)
def test_switches_keep_the_broken_plugin_out(broken_site: Path, run_cli, switch: dict[str, str]) -> None:
    result = run_cli("plugins", env={"PYTHONPATH": str(broken_site), **switch})
    assert result.returncode == 0
    assert "boom" not in result.stdout + result.stderr
    assert "blocked" in plugin_line(result.stdout, "briefgen_broken")


def test_load_plugins_allow_list_still_loads_the_named_plugin(broken_site: Path, run_cli) -> None:
    result = run_cli(
        "plugins", env={"PYTHONPATH": str(broken_site), "BRIEFGEN_LOAD_PLUGINS": "briefgen_broken"}
    )
    assert "failed" in plugin_line(result.stdout, "briefgen_broken")


def test_every_builtin_plugin_loads(run_cli) -> None:
    declared = {ep.name for ep in metadata.distribution("briefgen").entry_points if ep.group == "briefgen"}
    result = run_cli("plugins", env={"BRIEFGEN_LOAD_PLUGINS": "none"})
    assert result.returncode == 0
    for name in sorted(declared):
        assert plugin_line(result.stdout, name).split()[1] == "loaded", result.stdout


# --- in-process isolation -----------------------------------------------------------------------


class Upper:
    """A renderer writing the briefing id in capitals; ``name`` varies per test."""

    extension = "up"
    paged = False

    def __init__(self, name: str = "upper") -> None:
        self.name = name

    def render(self, briefing, settings: Settings) -> Rendered:
        return Rendered(briefing.id.upper().encode())


class RendererPlugin:
    def __init__(self, renderer_name: str) -> None:
        self.renderer_name = renderer_name

    @hookimpl
    def register_renderers(self, register):
        register(Upper(self.renderer_name))


class CrashingPlugin:
    @hookimpl
    def register_renderers(self, register):
        raise ValueError("cannot register today")


@pytest.fixture
def fresh() -> Iterator[None]:
    reset()
    yield
    reset()


def test_plugin_raising_in_register_is_failed_and_the_rest_registered(fresh: None) -> None:
    with registered(CrashingPlugin(), RendererPlugin("upper")):
        registry = get_registry()
        info = registry.plugins["CrashingPlugin"]
        assert info.status == "failed"
        assert info.error == "register_renderers: ValueError: cannot register today"
        assert registry.owner("renderers", "upper") == "RendererPlugin"


def test_duplicate_name_fails_the_second_plugin_and_names_the_owner(fresh: None) -> None:
    class First(RendererPlugin):
        pass

    class Second(RendererPlugin):
        pass

    with registered(First("twin"), Second("twin")):
        registry = get_registry()
        statuses = {name: registry.plugins[name].status for name in ("First", "Second")}
        assert sorted(statuses.values()) == ["failed", "loaded"]
        owner = registry.owner("renderers", "twin")
        loser = next(name for name, status in statuses.items() if status == "failed")
        assert f"'twin' is already registered by plugin '{owner}'" in registry.plugins[loser].error


# --- a test per hook ----------------------------------------------------------------------------


def test_every_hook_has_a_test() -> None:
    source = "\n".join(path.read_text(encoding="utf-8") for path in TESTS.glob("test_*.py"))
    missing = [name for name in hook_names() if not re.search(rf"def test_hook_{name}\b", source)]
    assert hook_names(), "no hookspecs found"
    assert missing == []


class BriefLoader:
    name = "brief-test"

    def can_load(self, source: Path) -> bool:
        return source.suffix == ".brief"

    def load(self, source: Path) -> Iterator[Article]:
        yield Article(id=source.stem, path=str(source), text=source.read_text(), language="xx")


class LoaderPlugin:
    @hookimpl
    def register_loaders(self, register):
        register(BriefLoader())


def test_hook_register_loaders(fresh: None, tmp_path: Path) -> None:
    path = tmp_path / "note.brief"
    path.write_text("Delegates met in Hue.")
    with registered(LoaderPlugin()):
        articles, failures = pipeline.load_articles([path], get_registry(), max_bytes=1000)
    assert failures == []
    assert [(a.id, a.text, a.language) for a in articles] == [("note", "Delegates met in Hue.", "xx")]


class ShoutLanguage:
    name = "xx"

    def analyse(self, article: Article) -> Document:
        return sample_document(article.text.upper(), article.id, self.name)

    def numbers(self, text: str) -> list[str]:
        return re.findall(r"\d+", text)


class LanguagePlugin:
    @hookimpl
    def register_languages(self, register):
        register(ShoutLanguage())


def test_hook_register_languages(fresh: None) -> None:
    article = Article(id="a1", path="a1.txt", text="150 delegates met.", language="xx")
    with registered(LanguagePlugin()):
        document = pipeline.analyse_article(article)
        assert get_registry().owner("languages", "xx") == "LanguagePlugin"
    assert isinstance(document, Document)
    assert (document.language, document.sentences) == ("xx", ("150 DELEGATES MET.",))


def test_hook_register_summarisers(fresh: None) -> None:
    document = sample_document()
    conference = Conference(id="hue", documents=(document,))
    with registered(FakeSummariser.plugin()):
        briefing, failures = pipeline.summarise(conference, "fake", Settings())
    assert failures == []
    assert briefing.generator.summariser == "fake"
    assert [o.evidence[0].quote for o in briefing.outcomes] == [s.rstrip(".") for s in document.sentences]


def test_hook_register_renderers(fresh: None) -> None:
    with registered(RendererPlugin("upper")):
        outputs = pipeline.render(sample_briefing(), ["upper"])
    assert outputs == {"upper": b"2024-06-12-HUE-HUMAN-RIGHTS-TRAINING"}


class CommandPlugin:
    @hookimpl
    def register_commands(self, cli):
        @cli.command()
        @click.argument("who")
        def greet(who: str) -> None:
            """Say hello (from a plugin)."""
            click.echo(f"hello {who}")


def test_hook_register_commands(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "commands", dict(cli.commands))
    monkeypatch.setattr(cli, "_discovered", False)
    with registered(CommandPlugin()):
        runner = CliRunner()
        assert runner.invoke(cli, ["greet", "Hue"]).output == "hello Hue\n"
        assert "Say hello" in runner.invoke(cli, ["--help"]).output


class OneConference:
    """Puts every article into a single conference, overriding the built-in grouping."""

    @hookimpl
    def group_documents(self, documents, overrides):
        return [Conference(id="all", documents=tuple(documents))]


class Abstains:
    @hookimpl
    def group_documents(self, documents, overrides):
        return None


def test_hook_group_documents(fresh: None) -> None:
    documents = [sample_document(article_id="a"), sample_document("Another event in Hanoi.", "b")]
    with registered(Abstains()):
        default = pipeline.group_documents(documents)
    assert sorted(d.article.id for c in default for d in c.documents) == ["a", "b"]
    with registered(OneConference(), Abstains()):
        assert pipeline.group_documents(documents) == [Conference(id="all", documents=tuple(documents))]


# --- the example third-party plugin, in process (test_packaging installs it for real) ----------


def test_example_csv_plugin_writes_a_row_per_fact_and_defuses_formulas(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(TESTS.parent / "examples" / "briefgen-csv"))
    import briefgen_csv

    briefing = sample_briefing()
    hostile = replace(briefing.outcomes[0], text='=HYPERLINK("http://evil.example")')
    with registered(briefgen_csv):
        data = pipeline.render(replace(briefing, outcomes=(hostile,)), ["csv"])["csv"].decode()
    rows = list(csv.reader(io.StringIO(data)))
    assert rows[0] == ["kind", "value", "detail", "source", "quote"]
    assert [row[:2] for row in rows[1:]] == [
        ["person", "Tran Van Binh"],
        ["figure", "150 delegates"],
        ["figure", "9 districts"],
        ["outcome:proposal", '\'=HYPERLINK("http://evil.example")'],
    ]
    assert all(row[3] == "sample" and row[4] in SAMPLE_TEXT for row in rows[1:])


# --- a plugin that is installed and also registered in process --------------------------------

PLUGIN_SOURCE = """
from briefgen import hookimpl
from briefgen.protocols import Rendered


class Shout:
    name = "shout"
    extension = "shout"

    def render(self, briefing, settings):
        return Rendered(briefing.id.upper().encode())


@hookimpl
def register_renderers(register):
    register(Shout())
"""


def test_registered_works_whether_or_not_the_plugin_is_installed(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installed plugin (or the egg-info a ``pip install`` left behind) is one entry point; its
    own tests then register the same module again, which pluggy refused under a second name."""
    (tmp_path / "shout_plugin.py").write_text(PLUGIN_SOURCE, encoding="utf-8")
    info = tmp_path / "shout_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: shout-plugin\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[briefgen]\nshout = shout_plugin\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("BRIEFGEN_LOAD_PLUGINS", raising=False)
    import shout_plugin

    with registered(shout_plugin):
        assert pipeline.render(sample_briefing(), ["shout"])["shout"] == sample_briefing().id.upper().encode()
        assert get_registry().plugins["shout"].status == "loaded"
    monkeypatch.setenv("BRIEFGEN_LOAD_PLUGINS", "none")  # not loaded from its entry point: in process
    reset()
    with registered(shout_plugin):
        assert pipeline.render(sample_briefing(), ["shout"])["shout"] == sample_briefing().id.upper().encode()


def test_render_of_an_unknown_format_is_the_clis_clear_error(fresh: None) -> None:
    with pytest.raises(pipeline.BriefgenError, match=r"unknown format docx; available: .*\bpdf\b"):
        pipeline.render(sample_briefing(), ["docx"])


# --- plugin commands from entry-point metadata ----------------------------------------------------

PROBE = """
import sys
from click.testing import CliRunner
from briefgen.cli import cli
result = CliRunner().invoke(cli, sys.argv[1:])
print(result.output)
print("IMPORTED", sorted(m for m in sys.modules if m.startswith(("briefgen_plugins", "cmd_plugin"))))
"""


def probe(*args: str, env: dict[str, str] | None = None, path: Path | None = None) -> tuple[str, list[str]]:
    """Run the CLI in a fresh interpreter: its output, and which plugin modules it imported."""
    import ast
    import os
    import subprocess
    import sys

    merged = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
    merged.update(env or {})
    if path is not None:
        merged["PYTHONPATH"] = os.pathsep.join([str(path), merged.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=merged, check=True
    )
    output, _, imported = done.stdout.rpartition("IMPORTED ")
    return output, ast.literal_eval(imported.strip())


def test_help_lists_plugin_commands_without_importing_any_plugin() -> None:
    output, imported = probe("--help", env={"BRIEFGEN_LOAD_PLUGINS": "none"})
    assert re.search(r"(?m)^  logs\b", output)
    assert imported == []


def test_only_the_plugin_whose_command_runs_is_imported() -> None:
    output, imported = probe("logs", "--help", env={"BRIEFGEN_LOAD_PLUGINS": "none"})
    assert "What the LLM summariser sent and got" in output
    assert imported == ["briefgen_plugins", "briefgen_plugins.summariser_openai"]


def test_a_disabled_plugin_loses_its_declared_commands() -> None:
    output, _ = probe("--help", env={"BRIEFGEN_DISABLE_PLUGINS": "summariser_openai"})
    assert not re.search(r"(?m)^  logs\b", output)


COMMAND_PLUGIN = """
import click


def wave_command():
    @click.command("wave")
    @click.argument("who")
    def wave(who):
        \"\"\"Wave at someone (declared in metadata).\"\"\"
        click.echo(f"waving at {who}")

    return wave


def broken_command():
    raise RuntimeError("no such luck")
"""


def test_a_third_party_declares_commands_in_metadata(tmp_path: Path) -> None:
    (tmp_path / "cmd_plugin.py").write_text(COMMAND_PLUGIN, encoding="utf-8")
    info = tmp_path / "cmd_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: cmd-plugin\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(
        "[briefgen]\ncmd = cmd_plugin\n\n[briefgen.commands]\n"
        "wave = cmd_plugin:wave_command\nbroken = cmd_plugin:broken_command\n"
    )
    output, imported = probe("--help", path=tmp_path)
    assert re.search(r"(?m)^  wave\b", output) and re.search(r"(?m)^  broken\b", output)
    assert imported == []
    output, imported = probe("wave", "Hue", path=tmp_path)
    assert output.strip() == "waving at Hue" and imported == ["cmd_plugin"]
    output, _ = probe("broken", path=tmp_path)
    assert (
        "plugin command 'broken' (cmd_plugin:broken_command) failed to load: RuntimeError: no such luck"
        in output
    )
