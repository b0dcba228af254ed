"""The pipeline's own guarantees, exercised with throwaway in-process plugins.

The plugins here are deliberately trivial so these tests pin down the core (ordering, failure
reporting, fallbacks, safe and atomic writes), independent of the built-in plugins.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from briefgen import hookimpl
from briefgen.models import Article, Briefing, Conference, Document, EventInfo, Evidence, Figure, Generator
from briefgen.pipeline import file_names, run
from briefgen.plugins import register_plugin
from briefgen.protocols import LoadError, Rendered, Settings
from briefgen.stages import stem_key
from briefgen.writing import write_atomic


class ZzLoader:
    """Reads *.zz files; 'bad' in the name means unreadable."""

    name = "zz-test"

    def can_load(self, source: Path) -> bool:
        return source.suffix == ".zz"

    def load(self, source: Path) -> Iterator[Article]:
        if "bad" in source.name:
            raise LoadError(str(source), "cannot decode", "save it as UTF-8")
        text = source.read_text(encoding="utf-8")
        yield Article(id=source.stem, path=str(source), text=text, title=text.splitlines()[0], language="zz")


class ZzLanguage:
    name = "zz"

    def analyse(self, article: Article) -> Document:
        first = article.text.splitlines()[0]
        return Document(article=article, language="zz", text=article.text, event=EventInfo(title=first))

    def numbers(self, text: str) -> list[str]:
        return []


class EchoSummariser:
    """Cites the first line as a figure; 'crash' makes it fail, 'lie' makes it invent a number."""

    def __init__(self, name: str) -> None:
        self.name = name

    def summarise(self, conference: Conference, settings: Settings) -> Briefing:
        doc = conference.documents[0]
        if "crash" in doc.text:
            raise RuntimeError("model exploded")
        first = doc.text.splitlines()[0]
        figures = (Figure(value="7", evidence=(Evidence(doc.article.id, first),)),)
        if "lie" in doc.text:
            figures += (Figure(value="999", evidence=(Evidence(doc.article.id, first),)),)
        return Briefing(id=first, event=doc.event, figures=figures, generator=Generator(self.name))


class TextRenderer:
    name = "zztext"
    extension = "txt"
    paged = False

    def render(self, briefing: Briefing, settings: Settings) -> Rendered:
        return Rendered(f"{briefing.id}|{[f.value for f in briefing.figures]}|{briefing.omitted}".encode())


class PagedRenderer:
    name = "zzpaged"
    extension = "pg"
    paged = True

    def render(self, briefing: Briefing, settings: Settings) -> Rendered:
        return Rendered(b"page", omitted={"figures": 1})


class ZzPlugin:
    @hookimpl
    def register_loaders(self, register):
        register(ZzLoader())

    @hookimpl
    def register_languages(self, register):
        register(ZzLanguage())

    @hookimpl
    def register_summarisers(self, register):
        register(EchoSummariser("echo"))

    @hookimpl
    def register_renderers(self, register):
        register(TextRenderer())
        register(PagedRenderer())


@pytest.fixture
def zz() -> Iterator[None]:
    undo = register_plugin(ZzPlugin())
    yield
    undo()


def write(tmp: Path, name: str, text: str) -> Path:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return path


def test_failures_are_reported_by_name_and_the_rest_is_written(zz: None, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    write(src, "good.zz", "Seven 7 things\nbody")
    write(src, "bad.zz", "x")
    write(src, "boom.zz", "crash 7\n")
    report = run([src, tmp_path / "missing.zz"], tmp_path / "out", ("zztext",), "echo", keep_briefings=True)
    failed = {(Path(f.source).name, f.stage) for f in report.failures}
    assert failed == {("bad.zz", "load"), ("missing.zz", "load"), ("boom", "summarise")}
    assert any("save it as UTF-8" in f.message for f in report.failures)
    # the crashed summariser's conference is not lost: the extractive summariser stands in, and says so
    fallback = next(f for f in report.failures if f.stage == "summarise")
    assert "'echo' failed (model exploded); used 'extractive'" in fallback.message
    assert len(report.written) == 2 and "seven-7-things.txt" in {p.name for p in report.written}
    boom = next(b for b in report.briefings if b.sources and b.sources[0].id == "boom")
    assert boom.generator.summariser == "extractive" and "echo summariser failed" in boom.notes[-1]


def test_ungrounded_figures_never_reach_a_renderer(zz: None, tmp_path: Path) -> None:
    write(tmp_path, "a.zz", "lie about 7\n")
    report = run([tmp_path / "a.zz"], tmp_path / "out", ("zztext",), "echo", keep_briefings=True)
    assert (tmp_path / "out" / "lie-about-7.txt").read_text().startswith("lie about 7|['7']|")
    assert report.briefings[0].dropped_ungrounded == {"figures": 1}


def test_paged_formats_render_first_and_tell_the_others_what_they_omitted(zz: None, tmp_path: Path) -> None:
    write(tmp_path, "a.zz", "title 7\n")
    run([tmp_path / "a.zz"], tmp_path / "out", ("zztext", "zzpaged"), "echo")
    assert (tmp_path / "out" / "title-7.txt").read_text().endswith("{'figures': 1}")
    assert (tmp_path / "out" / "title-7.pg").read_bytes() == b"page"


def test_unknown_format_and_summariser_are_refused_with_the_choices(zz: None, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"available: .*zztext"):
        run([tmp_path], None, ("nope",), "echo")
    with pytest.raises(ValueError, match=r"available: .*echo"):
        run([tmp_path], None, ("zztext",), "nope")


def test_file_names_are_safe_short_and_distinct() -> None:
    base = Briefing(id="x", event=EventInfo())
    ids = ["../../etc/cron.d/x", "A" * 300, "Same title", "Same title", "", "نجوين"]
    briefings = [replace(base, id=i) for i in ids]
    stems = file_names([(b.id, stem_key(b)) for b in briefings])
    assert len(set(stems)) == len(stems)
    for stem in stems:
        assert "/" not in stem and ".." not in stem and 0 < len(stem) <= 80
    # same-titled briefings are told apart by their articles, not by order (these have none)
    assert all(stem.startswith("same-title-") for stem in stems[2:4])


def test_a_run_hands_briefings_back_only_when_asked_and_still_counts_and_writes_each(
    zz: None, tmp_path: Path
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        write(src, f"a{i}.zz", f"title {i} 7\n")
    plain = run([src], tmp_path / "plain", ("zztext",), "echo")
    kept = run([src], tmp_path / "kept", ("zztext",), "echo", keep_briefings=True)
    assert plain.briefings == [] and plain.briefed == kept.briefed == len(kept.briefings) == 3
    names = ["title-0-7.txt", "title-1-7.txt", "title-2-7.txt"]
    assert sorted(p.name for p in plain.written) == sorted(p.name for p in kept.written) == names
    assert (tmp_path / "plain" / "title-1-7.txt").read_text() == "title 1 7|['7']|{}"
    assert plain.briefings_written() == 3 and {p.name for p in plain.overview} == {"index.html"}


def test_same_titled_briefings_get_the_digest_names_whatever_the_order(zz: None, tmp_path: Path) -> None:
    """The names the write stage gives from each briefing's row are the ones it gave from the
    Briefing: a shared slug plus the first 8 hex digits of the SHA-256 of the briefing's key
    (its articles' ids; the id itself when it has none), 16 when 8 are taken."""
    src = tmp_path / "in"
    src.mkdir()
    for name in ("b.zz", "a.zz", "c.zz"):
        write(src, name, ("Other 7" if name == "c.zz" else "Same title 7") + "\n")
    digest = hashlib.sha256(b"Same title 7").hexdigest()
    wanted = ["other-7.txt", f"same-title-7-{digest[:16]}.txt", f"same-title-7-{digest[:8]}.txt"]
    first = run([src], tmp_path / "one", ("zztext",), "echo")
    again = run([src], tmp_path / "two", ("zztext",), "echo")
    assert sorted(p.name for p in first.written) == sorted(p.name for p in again.written) == sorted(wanted)
    pairs = [
        ("Same title", "x"),
        ("Same title", "y"),
        ("Same title", "x"),
        ("same-title", "z"),
        ("Solo", "x"),
    ]
    keys = {k: hashlib.sha256(k.encode()).hexdigest() for k in "xyz"}
    assert file_names(pairs) == [
        f"same-title-{keys['x'][:8]}",
        f"same-title-{keys['y'][:8]}",
        f"same-title-{keys['x'][:16]}",
        f"same-title-{keys['z'][:8]}",
        "solo",
    ]
    assert file_names([("Solo", "x")], taken=["solo"]) == [f"solo-{keys['x'][:8]}"]


def test_write_atomic_replaces_whole_files_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "b.json"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(tmp_path) == ["b.json"]


def test_write_atomic_cleans_up_when_the_write_fails(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        write_atomic(tmp_path / "c.json", 12345)  # type: ignore[arg-type]
    assert os.listdir(tmp_path) == []


def test_jobs_in_processes_give_the_same_briefings(zz: None, tmp_path: Path) -> None:
    for i in range(6):
        write(tmp_path, f"a{i}.zz", f"title {i} 7\n")
    serial = run([tmp_path], None, ("zztext",), "echo", jobs=1, keep_briefings=True)
    parallel = run([tmp_path], None, ("zztext",), "echo", jobs=2, keep_briefings=True)
    assert [b.id for b in serial.briefings] == [b.id for b in parallel.briefings]
    assert len(parallel.briefings) == 6


def test_a_rerun_into_an_output_folder_inside_the_inputs_does_not_read_its_own_briefings(
    zz: None, tmp_path: Path
) -> None:
    write(tmp_path, "a.zz", "title 7\n")
    out = tmp_path / "out"
    first = run([tmp_path], out, ("zztext",), "echo")
    again = run([tmp_path], out, ("zztext",), "echo")  # its .txt output would load as an article
    assert first.articles == again.articles == 1 and [p.name for p in again.written] == ["title-7.txt"]
    # only what briefgen wrote is skipped: a file someone put in the output folder is an input
    write(out, "mine.zz", "kept here 7\n")
    assert run([tmp_path], out, ("zztext",), "echo").articles == 2


def test_an_output_folder_that_cannot_be_made_fails_before_any_work(zz: None, tmp_path: Path) -> None:
    blocker = write(tmp_path, "a.zz", "title 7\n")
    with pytest.raises(ValueError, match="cannot create the output folder"):
        run([blocker], blocker / "out", ("zztext",), "echo")
