"""The plugin boundary: every value a plugin hands back is checked, every failure is contained.

In-process plugins (``registered``) cover wrong return values; plugins installed for real as
distributions (the ``site`` fixture) cover import-time behaviour, built-in recognition and
hangs, through the real CLI.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import pytest

from briefgen import hookimpl
from briefgen.models import Article, Conference
from briefgen.pipeline import run
from briefgen.plugins import get_registry
from briefgen.protocols import Rendered
from briefgen.testing import FakeSummariser, registered

from .accounting import articles_accounted, tried
from .articles import write_articles

WRONG_ARTICLES = {
    "dict": lambda source: {"text": "a dict"},
    "none": lambda source: None,
    "bytes": lambda source: b"bytes",
    "intid": lambda source: Article(id=7, path=str(source), text="x"),  # type: ignore[arg-type]
}


class _WrongLoader:
    """Yields, for ``<stem>.bad``, the wrong value named by the stem."""

    name = "wrong"

    def can_load(self, source: Path) -> bool:
        return source.suffix == ".bad"

    def load(self, source: Path):
        yield WRONG_ARTICLES[source.stem](source)


class _WrongLanguage:
    name = "tlh"

    def analyse(self, article):
        return None if "none" in article.text else {"text": article.text}


class _LoaderAndLanguage:
    @hookimpl
    def register_loaders(self, register):
        register(_WrongLoader())

    @hookimpl
    def register_languages(self, register):
        register(_WrongLanguage())


def test_wrong_values_from_loaders_and_language_plugins_fail_their_item_only(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write_articles(inputs, 2)
    for stem in WRONG_ARTICLES:
        (inputs / f"{stem}.bad").write_text("x", encoding="utf-8")
    records = [{"text": "Qapla' none", "language": "tlh"}, {"text": "Qapla' dict", "language": "tlh"}]
    (inputs / "klingon.jsonl").write_text("\n".join(map(json.dumps, records)), encoding="utf-8")
    with registered(_LoaderAndLanguage()):
        report = run([inputs], tmp_path / "out", ("json",), "extractive", keep_briefings=True)
    tried("plugin_boundary", 6)
    messages = {Path(f.source).name + ":" + f.message for f in report.failures}
    for stem, kind in (("dict", "a dict"), ("none", "a NoneType"), ("bytes", "a bytes")):
        assert any(m.startswith(f"{stem}.bad:") and f"yielded {kind}, not an Article" in m for m in messages)
    assert any(m.startswith("intid.bad:") and "id is a int" in m for m in messages), messages
    assert (
        sum("returned a NoneType, not a Document" in m or "returned a dict, not" in m for m in messages) == 2
    )
    assert len(report.written) == 2 and articles_accounted(report)


class _IntIdSummariser(FakeSummariser):
    name = "intid"

    def summarise(self, conference, settings):
        return replace(super().summarise(conference, settings), id=42)


class _TextRenderer:
    name = "texty"
    extension = "texty"
    paged = False

    def render(self, briefing, settings):
        return Rendered(briefing.id)  # str, not bytes


class _SummariserAndRenderer:
    @hookimpl
    def register_summarisers(self, register):
        register(_IntIdSummariser())

    @hookimpl
    def register_renderers(self, register):
        register(_TextRenderer())


def test_a_wrong_briefing_falls_back_and_wrong_rendered_data_fails_by_name(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 2)
    with registered(_SummariserAndRenderer()):
        fallback = run([tmp_path / "in"], tmp_path / "out", ("json",), "intid", keep_briefings=True)
        texty = run([tmp_path / "in"], tmp_path / "out2", ("json", "texty"), "extractive")
    tried("plugin_boundary", 2)
    assert fallback.written and all("id is a int" in f.message for f in fallback.failures), fallback.failures
    assert all(b.generator.summariser == "extractive" for b in fallback.briefings)
    assert texty.failures and all(
        "_SummariserAndRenderer" in f.message
        and "str data, not bytes" in f.message
        and "article-000" in f.message
        for f in texty.failures
    ), texty.failures


GROUPINGS = {
    "strings": lambda documents: [d.article.id for d in documents],
    "empty": lambda documents: [],
    "drops": lambda documents: [Conference(id="one", documents=tuple(documents[1:]))],
    "twice": lambda documents: [Conference(id=d.article.id, documents=(d, d)) for d in documents],
    "not-a-list": lambda documents: "everything",
}


@pytest.mark.parametrize("answer", sorted(GROUPINGS))
def test_a_grouping_that_is_not_a_partition_is_reported_and_the_next_one_used(
    tmp_path: Path, answer: str
) -> None:
    class Grouping:
        @hookimpl(tryfirst=True)
        def group_documents(self, documents, overrides):
            return GROUPINGS[answer](documents)

    write_articles(tmp_path / "in", 3)
    with registered(Grouping()):
        report = run([tmp_path / "in"], tmp_path / "out", ("json",), "extractive", keep_briefings=True)
    tried("plugin_boundary")
    (failure,) = report.failures
    assert failure.stage == "group" and "'Grouping'" in failure.message and "next grouping" in failure.message
    assert articles_accounted(report) and report.articles == 3 and report.briefings


class _UnsafeAndFailing:
    """Registers a renderer with a NUL in its extension, one stealing ``json``, then one and raises."""

    @hookimpl
    def register_renderers(self, register):
        register(_TextRenderer())
        register(type("Nul", (_TextRenderer,), {"name": "nul", "extension": "js\0on"})())


class _Thief:
    @hookimpl
    def register_renderers(self, register):
        register(type("Thief", (_TextRenderer,), {"name": "json2", "extension": "json"})())


def test_unsafe_or_taken_extensions_fail_their_plugin_and_withdraw_all_it_registered() -> None:
    with registered(_UnsafeAndFailing(), _Thief()):
        registry = get_registry()
        tried("plugin_boundary", 2)
        plugins = registry.plugins
        assert (
            plugins["_UnsafeAndFailing"].status == "failed"
            and "unsafe extension" in plugins["_UnsafeAndFailing"].error
        )
        assert "extension 'json' of renderer 'json'" in plugins["_Thief"].error
        # texty was registered before the failure: withdrawn with the rest
        assert not {"texty", "nul", "json2"} & set(registry.renderers)
        assert plugins["_UnsafeAndFailing"].registered == []


SYSTEM_EXIT = {
    "exit-on-import": "import sys\nsys.exit(0)\n",
    "exit-in-hook": """
        import sys
        from briefgen import hookimpl

        @hookimpl
        def register_renderers(register):
            sys.exit(3)
    """,
}


def test_a_plugin_calling_sys_exit_is_contained(site, run_cli) -> None:
    for name, source in SYSTEM_EXIT.items():
        folder = site(name, source)
    listed = run_cli("plugins", env={"PYTHONPATH": str(folder)})
    helped = run_cli("--help", env={"PYTHONPATH": str(folder)})
    tried("plugin_boundary", 2)
    assert listed.returncode == 0 and listed.stdout.count("SystemExit") == 2, listed.stdout + listed.stderr
    assert helped.returncode == 0 and "build" in helped.stdout, helped.stdout + helped.stderr


def test_built_ins_are_recognised_by_distribution_not_module_name(site, run_cli, tmp_path: Path) -> None:
    marker = tmp_path / "imported"
    folder = site("briefgen-plugins-evil", f"open({str(marker)!r}, 'w').close()\n")
    listed = run_cli("plugins", "--json", env={"PYTHONPATH": str(folder), "BRIEFGEN_LOAD_PLUGINS": "none"})
    tried("plugin_boundary")
    (evil,) = [p for p in json.loads(listed.stdout) if p["name"] == "briefgen_plugins_evil"]
    assert evil["builtin"] is False and evil["status"] == "blocked" and not marker.exists(), evil


HANGS = {
    "loader": """
        class Hang:
            name = "hang"
            def can_load(self, source):
                return source.suffix == ".hang"
            def load(self, source):
                time.sleep(3600)

        @hookimpl
        def register_loaders(register):
            register(Hang())
    """,
    "language": """
        class Hang:
            name = "tlh"
            def analyse(self, article):
                time.sleep(3600)

        @hookimpl
        def register_languages(register):
            register(Hang())
    """,
    "summariser": """
        from briefgen.plugins import get_registry

        class Hang:
            name = "hang"
            def summarise(self, conference, settings):
                if any(d.article.id == "article-0001" for d in conference.documents):
                    time.sleep(3600)
                return get_registry().summarisers["extractive"].summarise(conference, settings)

        @hookimpl
        def register_summarisers(register):
            register(Hang())
    """,
    "renderer": """
        from briefgen.protocols import Rendered

        class Hang:
            name = "hang"
            extension = "hang"
            paged = False
            def render(self, briefing, settings):
                if any(s.id == "article-0001" for s in briefing.sources):
                    time.sleep(3600)
                return Rendered(b"ok")

        @hookimpl
        def register_renderers(register):
            register(Hang())
    """,
}


@pytest.mark.parametrize("stage", sorted(HANGS))
def test_a_hanging_plugin_costs_its_item_with_jobs(site, tmp_path: Path, stage: str) -> None:
    folder = site(
        f"hang-{stage}", "import time\nfrom briefgen import hookimpl\n" + textwrap.dedent(HANGS[stage])
    )
    inputs = tmp_path / "in"
    write_articles(inputs, 3)
    (inputs / "x.hang").write_text("x", encoding="utf-8")
    (inputs / "k.jsonl").write_text(
        json.dumps({"text": "Qapla' batlh.", "language": "tlh"}), encoding="utf-8"
    )
    command = [sys.executable, "-m", "briefgen", "build", str(inputs), "-o", str(tmp_path / "out")]
    command += ["-j", "2", "--timeout", "10", "-f", "json,hang" if stage == "renderer" else "json"]
    command += ["-s", "hang"] if stage == "summariser" else []
    started = time.monotonic()
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")} | {"PYTHONPATH": str(folder)}
    built = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    tried("plugin_boundary")
    assert time.monotonic() - started < 100
    assert built.returncode == 1, built.stderr
    timed_out = [line for line in built.stderr.splitlines() if "did not finish within 10 s" in line]
    assert timed_out and all(f"hang_{stage}" in line for line in timed_out), built.stderr
    assert list((tmp_path / "out").glob("*.json")), built.stderr  # the other articles were briefed
