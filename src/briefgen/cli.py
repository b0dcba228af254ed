"""The ``briefgen`` command line.

click, because its command groups are what plugins extend (``register_commands`` receives the
group), it renders ``--help`` from the same declarations that parse the options, and it has a
progress bar that degrades to nothing when output is not a terminal. Heavy libraries
(WeasyPrint, openai) are imported only by the plugins that need them, when they run.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from . import __version__
from .textutil import one_line

EXAMPLES = """
\b
Examples:
  briefgen build examples/articles -o out            one PDF per conference
  briefgen build a.html b.txt -o out --format pdf,json,md
  briefgen inspect examples/articles/en_hanoi_education.md   what the analysis found
  briefgen group examples/articles --explain          which articles make one conference, and why
  briefgen estimate examples/articles --option model=gpt-4o   tokens an LLM run would send
  briefgen plugins                                     installed plugins and their status
"""


_HANDLER = "briefgen-stderr"


def _setup_logging(verbose: int) -> None:
    """Log lines through click.echo (so a test's CliRunner sees them), once per logger.

    logging is imported here, not at the top: ``briefgen --help`` never logs.
    """
    import logging

    class StderrHandler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            click.echo(self.format(record), err=True)

    logger = logging.getLogger("briefgen")
    if not any(h.get_name() == _HANDLER for h in logger.handlers):
        handler = StderrHandler()
        handler.set_name(_HANDLER)
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    logger.propagate = False


class PluginGroup(click.Group):
    """A group that finds plugin commands the first time commands are looked up.

    Commands declared in the ``briefgen.commands`` entry-point group are listed from metadata
    and imported only when they run, so ``briefgen --help`` imports no plugin; plugins that may
    add commands through ``register_commands`` (the slower path) are imported, all of them.
    """

    _discovered = False
    _declared: dict[str, Any]

    def _discover(self) -> None:
        if self._discovered:
            return
        self._discovered = True
        from .discovery import command_entry_points, hooks_may_add_commands

        self._declared = {n: ep for n, ep in command_entry_points().items() if n not in self.commands}
        if hooks_may_add_commands():
            from .plugins import add_commands, get_registry

            add_commands(get_registry(), self)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._discover()
        return sorted({*super().list_commands(ctx), *self._declared})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is None:
            self._discover()
            if cmd_name in self._declared:
                self.add_command(self._load(self._declared.pop(cmd_name)), cmd_name)
            command = super().get_command(ctx, cmd_name)
        return command

    @staticmethod
    def _load(ep: Any) -> click.Command:
        from .pipeline import describe
        from .plugins import PLUGIN_ERRORS, load_command

        try:
            return load_command(ep)
        except PLUGIN_ERRORS as error:  # a broken plugin fails its own command, not the CLI
            message = f"plugin command {ep.name!r} ({ep.value}) failed to load: {describe(error)}"

            @click.command(ep.name, help="(this plugin command failed to load)")
            def broken() -> None:
                raise click.ClickException(one_line(message))

            return broken

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list, declared plugin commands by name alone: showing their help would
        import them."""
        self._discover()
        limit = formatter.width - 6 - max(map(len, [*self.commands, *self._declared]), default=0)
        rows = [
            (name, command.get_short_help_str(limit))
            for name, command in self.commands.items()
            if not command.hidden
        ]
        rows += [(name, f"plugin command (briefgen {name} --help)") for name in sorted(self._declared)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(sorted(rows))


@click.group(cls=PluginGroup, epilog=EXAMPLES, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefgen")
@click.option("-v", "--verbose", count=True, help="More detail on stderr (-vv for debug).")
def cli(verbose: int) -> None:
    """Turn news articles in Arabic, Indonesian, French, Vietnamese, English or Spanish into
    one-page English briefings, one per conference (summits, forums, congresses, planning
    conferences, reviews, UN sessions, fairs...), every fact traceable to its source sentence.

    Works offline by default; an OpenAI-compatible endpoint (--summariser openai) writes
    fluent English instead of source-language quotes.
    """
    _setup_logging(verbose)


def _formats(_ctx: click.Context, _param: click.Parameter, value: str) -> tuple[str, ...]:
    """``PDF, Md`` -> ``("pdf", "md")``: format names are case-insensitive, as users type them."""
    return tuple(part.strip().lower() for part in value.split(",") if part.strip())


def _options(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in values:
        key, sep, val = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r} is not KEY=VALUE (for example model=gpt-4o-mini)")
        out[key.strip()] = val.strip()
    return out


def settings_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The repeatable ``--option KEY=VALUE`` that every command passing settings shares."""
    return click.option(
        "--option", "options", multiple=True, callback=_options, metavar="KEY=VALUE", help=help_text
    )


def overrides_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--overrides FILE``, the TOML file of forced groupings that build, group and estimate read."""
    return click.option(
        "--overrides",
        "overrides_file",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help=help_text,
    )


def page_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--page-size`` and ``--templates``, shared by ``build`` and ``render``: how pages look."""
    command = click.option(
        "--templates",
        "templates_dir",
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        default=None,
        help="Folder whose briefing.html.j2 or briefing.css replace the shipped ones (still autoescaped).",
    )(command)
    return click.option(
        "--page-size",
        type=click.Choice(["a4", "letter"], case_sensitive=False),
        default="a4",
        show_default=True,
        help="Paper of the PDF formats (pdf, pdf-typst); every briefing stays one page.",
    )(command)


def _page_settings(page_size: str, templates_dir: Path | None) -> dict[str, str]:
    """The settings renderers read for ``--page-size`` and ``--templates``."""
    return {"page_size": page_size.lower(), **({"templates": str(templates_dir)} if templates_dir else {})}


def _iso_day(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    import re

    if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--since/--until/--language/--keep-all``: which analysed articles a command keeps."""
    options = [
        click.option(
            "--since",
            callback=_iso_day,
            help="Keep articles dated (event, else published) on or after this ISO date.",
        ),
        click.option("--until", callback=_iso_day, help="Keep articles dated on or before this ISO date."),
        click.option(
            "--language",
            "languages",
            callback=_formats,
            default="",
            help="Keep only these languages (comma-separated codes: ar,vi).",
        ),
        click.option(
            "--keep-all",
            is_flag=True,
            help="Also brief articles with no sign of a meeting (skipped by default).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _filters(since: str | None, until: str | None, languages: tuple[str, ...], keep_all: bool) -> Any:
    from .pipeline import Filters

    return Filters(since, until, frozenset(languages), keep_all)


def _echo_skipped(skipped: Any) -> None:
    """Articles left out on purpose (filters, not about a meeting): listed, never an error."""
    if skipped:
        click.echo(f"{len(skipped)} article(s) skipped:", err=True)
        _echo_failures(skipped)


def _progress_printer() -> tuple[Callable[[str, int, int], None], Callable[[], None]]:
    """A click progress bar per stage on a terminal; silent otherwise."""
    state: dict[str, Any] = {"stage": None, "bar": None, "done": 0}

    def close() -> None:
        if state["bar"] is not None:
            state["bar"].render_finish()
            state["bar"] = None

    if not sys.stderr.isatty():
        return (lambda *_: None), close
    labels = {"analyse": "Analysing articles", "brief": "Writing briefings"}

    def update(stage: str, done: int, total: int) -> None:
        if stage != state["stage"]:
            close()
            state.update(stage=stage, done=0)
            state["bar"] = click.progressbar(length=total, label=labels.get(stage, stage), file=sys.stderr)
            state["bar"].render_progress()
        state["bar"].update(done - state["done"])
        state["done"] = done

    return update, close


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the briefings (created if missing).",
)
@click.option(
    "-f",
    "--format",
    "formats",
    default="pdf",
    show_default=True,
    callback=_formats,
    help="Comma-separated output formats: pdf, json, html, md (plus any from plugins).",
)
@page_options
@click.option(
    "-s",
    "--summariser",
    default="extractive",
    show_default=True,
    help="extractive (offline) or openai (needs an endpoint); see `briefgen plugins`.",
)
@click.option(
    "-j",
    "--jobs",
    default=0,
    type=click.IntRange(0, 256),
    help="Worker processes for loading, analysis and rendering; 0 (the default) uses every core "
    "this process may run on, 1 runs everything in this process.",
)
@settings_option("Setting for the summariser or renderers, e.g. model=gpt-4o-mini (repeatable).")
@click.option(
    "--max-bytes",
    type=click.IntRange(1),
    default=None,
    help="Skip input files larger than this many bytes (default 20 MB); each is reported.",
)
@click.option(
    "--max-tokens",
    type=click.IntRange(1),
    default=None,
    help="Token cap for the whole run with --summariser openai; past it, conferences fall back "
    "to extractive.",
)
@overrides_option("TOML file forcing articles together or apart (see `briefgen group --help`).")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="With --jobs > 1 or --executor dask: seconds one file, article or conference may take "
    "before it fails, naming the plugin (default 600). With --jobs 1 nothing is time-bounded.",
)
@click.option("--no-log", is_flag=True, help="Do not record LLM requests and answers (see `briefgen logs`).")
@click.option("-q", "--quiet", is_flag=True, help="Do not list the files written.")
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: processes on this machine (--jobs); dask: a dask.distributed cluster (--scheduler).",
)
@click.option(
    "--scheduler",
    default=None,
    help="Dask scheduler address for --executor dask (else DASK_SCHEDULER_ADDRESS).",
)
@click.option(
    "--store",
    "store_dir",
    metavar="DIR",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder keeping every analysed article's grouping keys between runs (one SQLite file). "
    "Today's articles then join the conferences of earlier runs: a conference that gains an "
    "article is briefed again, the others are left alone, and an unchanged file (same content "
    "hash) is not analysed again; a run with nothing new writes nothing. Use the same -o "
    "folder every day. A second run on a busy store waits 10 s (--option store_timeout=S).",
)
@click.option(
    "--window",
    metavar="DAYS",
    type=click.IntRange(0),
    default=30,
    show_default=True,
    help="With --store: compare only stored conferences with an article dated (else stored) at "
    "most this many days before the newest input's date; older ones are left as they are.",
)
@filter_options
def build(
    inputs: tuple[Path, ...],
    out_dir: Path,
    formats: tuple[str, ...],
    page_size: str,
    templates_dir: Path | None,
    summariser: str,
    jobs: int,
    options: dict[str, str],
    max_bytes: int | None,
    max_tokens: int | None,
    overrides_file: Path | None,
    timeout: float | None,
    no_log: bool,
    quiet: bool,
    executor: str,
    scheduler: str | None,
    store_dir: Path | None,
    window: int,
    since: str | None,
    until: str | None,
    languages: tuple[str, ...],
    keep_all: bool,
) -> None:
    """Build one briefing per conference from article files or folders.

    INPUT may be files (.txt, .md, .html, .json, .jsonl) or folders, searched recursively.
    Besides one file per conference and format, the folder gets index.html (and index.pdf with
    PDFs): a row per conference and a chart of coverage. Exits 1 if any input or conference
    failed; every other briefing is still written.
    """
    from .executors import ExecutorError, make_executor
    from .overrides import OverridesError, load_overrides
    from .pipeline import BriefgenError, run, usable_cores
    from .plugins import get_registry
    from .store import StoreError
    from .workers import DEFAULT_ITEM_TIMEOUT

    jobs = jobs or usable_cores()
    if no_log:
        options = {**options, "log": "off"}

    if "pdf" in formats:
        from .doctor import HARFBUZZ_COST, harfbuzz_subsetting

        if not harfbuzz_subsetting():
            click.echo(f"warning: libharfbuzz-subset0 is not installed: {HARFBUZZ_COST}", err=True)
    opts: dict[str, Any] = {**options, **_page_settings(page_size, templates_dir)}
    if max_bytes:
        opts["max_bytes"] = max_bytes
    if max_tokens:
        opts["max_tokens"] = max_tokens
    if timeout:
        opts["item_timeout"] = timeout
    update, close = _progress_printer()
    try:
        overrides = load_overrides(overrides_file) if overrides_file else None
        runner = make_executor(
            executor, get_registry(), jobs=jobs, timeout=timeout or DEFAULT_ITEM_TIMEOUT, scheduler=scheduler
        )
    except (OverridesError, ExecutorError) as error:
        raise click.UsageError(str(error)) from None
    try:
        report = run(
            inputs,
            out_dir,
            formats,
            summariser,
            jobs=jobs,
            options=opts,
            overrides=overrides,
            progress=update,
            executor=runner,
            filters=_filters(since, until, languages, keep_all),
            store=store_dir,
            window=window,
        )
    except (BriefgenError, OverridesError) as error:
        close()
        raise click.UsageError(str(error)) from None
    except StoreError as error:
        close()
        click.echo(f"error: {one_line(str(error))}", err=True)
        sys.exit(1)
    finally:
        runner.close()
    close()
    if store_dir is not None:
        _echo_store(report)
    pdfs = sum(1 for p in report.written if p.suffix == ".pdf")
    click.echo(
        f"{report.briefings_written()} briefing(s) from {report.articles} article(s) written to "
        + one_line(str(out_dir))
        + (f" ({pdfs} PDF)" if pdfs else ""),
        err=True,
    )
    if not quiet:
        for path in [*report.overview, *report.written]:
            click.echo(f"  {one_line(str(path))}", err=True)
    _echo_skipped(report.skipped)
    if report.failures:
        click.echo(f"{len(report.failures)} problem(s):", err=True)
        _echo_failures(report.failures)
        sys.exit(1)


def _echo_store(report: Any) -> None:
    """What the store spared: articles not analysed again, conferences not briefed again."""
    line = (
        f"store: {report.analysed} article(s) analysed, {report.reused} reused; "
        f"{report.unchanged} conference(s) unchanged, {report.briefed} briefed"
    )
    if not report.written and not report.overview:
        line += "; nothing changed, nothing written"
    click.echo(line, err=True)


def _echo_failures(failures: Any) -> None:
    """One line per failure on stderr, controls escaped so a file name cannot forge lines."""
    for failure in failures:
        click.echo(f"  {one_line(failure.source)} [{failure.stage}]: {one_line(failure.message)}", err=True)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--explain", is_flag=True, help="Show what tied each group together and what it kept apart.")
@overrides_option("TOML file forcing articles together or apart.")
@filter_options
def group(
    inputs: tuple[Path, ...],
    explain: bool,
    overrides_file: Path | None,
    since: str | None,
    until: str | None,
    languages: tuple[str, ...],
    keep_all: bool,
) -> None:
    """Show which articles briefgen treats as one conference (one briefing per group).

    \b
    An overrides file names articles by id or file name:
      together = [["report-ar.txt", "report-vi.txt"]]
      apart = [["hanam.txt", "ninhbinh.txt"]]
    """
    from .grouping.report import group_report
    from .overrides import OverridesError, load_overrides
    from .pipeline import grouped

    try:
        overrides = load_overrides(overrides_file) if overrides_file else None
        collected, conferences, failures = grouped(
            inputs, overrides, filters=_filters(since, until, languages, keep_all)
        )
        position = {r.ref.id: i for i, r in enumerate(collected.records)}
        text = group_report(
            [r.keys for r in collected.records],
            [r.ref.path for r in collected.records],
            [[position[m.id] for m in c.members] for c in conferences],
            overrides,
            explain,
        )
    except OverridesError as error:
        raise click.UsageError(str(error)) from None
    click.echo(text)
    _echo_skipped(collected.skipped)
    _echo_failures(failures)
    if failures:
        sys.exit(1)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def plugins(as_json: bool) -> None:
    """List installed plugins, what each registered, and any that failed to load."""
    import json
    from dataclasses import asdict

    from .plugins import get_registry

    registry = get_registry()
    infos = sorted(registry.plugins.values(), key=lambda p: (not p.builtin, p.name))
    if as_json:
        click.echo(json.dumps([asdict(p) for p in infos], indent=2))
        return
    for info in infos:
        origin = (
            "built-in" if info.builtin else (f"{info.distribution} {info.version}".strip() or "in-process")
        )
        line = f"{info.name:24} {info.status:8} {origin}"
        if info.registered:
            line += "  " + ", ".join(info.registered)
        click.echo(line)
        if info.error:
            click.echo(f"{'':24} error: {info.error}")
    failed = registry.failures()
    if failed:
        click.echo(
            f"\n{len(failed)} plugin(s) failed; block one with BRIEFGEN_DISABLE_PLUGINS={failed[0].name} "
            "or load built-ins only with BRIEFGEN_LOAD_PLUGINS=none",
            err=True,
        )


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def inspect(file: Path) -> None:
    """Show, as JSON, what language analysis found in FILE: language, removed boilerplate,
    sentences, event, people, figures and outcomes.

    Exits 1 when FILE is missing or could not be read or analysed (as build and group do);
    exit 2 means the command line itself was wrong."""
    import json

    from .inspection import inspect_file

    result = inspect_file(file)
    click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    if any("error" in item for item in result["articles"]):
        sys.exit(1)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@settings_option(
    "model, language, answer_tokens, context_window, cache_dir; price_in / price_out "
    "(per 1M tokens) to print a cost."
)
@overrides_option("TOML file forcing articles together or apart, as for build.")
@filter_options
def estimate(
    inputs: tuple[Path, ...],
    options: dict[str, str],
    overrides_file: Path | None,
    since: str | None,
    until: str | None,
    languages: tuple[str, ...],
    keep_all: bool,
) -> None:
    """Count the tokens `--summariser openai` would send, per conference and in total, and the
    tokens whole articles would cost instead. Sends nothing to any model."""
    # A core command, not the openai plugin's: it needs no endpoint or key, and it shares the
    # summariser's request plan (briefgen.llm.plan), so its counts are what a run would send.
    from .estimate import estimate as count
    from .estimate import report_lines
    from .overrides import load_overrides

    try:
        overrides = load_overrides(overrides_file) if overrides_file else None
        result = count(inputs, options, overrides, _filters(since, until, languages, keep_all))
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    for line in report_lines(result):
        click.echo(line)
    _echo_failures(result.failures)
    if result.failures:
        sys.exit(1)


@cli.command()
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "-o",
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the pages (created if missing).",
)
@click.option(
    "-f",
    "--format",
    "formats",
    default="pdf",
    show_default=True,
    callback=_formats,
    help="Comma-separated output formats: pdf, html, md, json (plus any from plugins).",
)
@page_options
def render(
    files: tuple[Path, ...],
    out_dir: Path,
    formats: tuple[str, ...],
    page_size: str,
    templates_dir: Path | None,
) -> None:
    """Render briefing JSON files again, after an analyst corrected them, analysing nothing.

    \b
    Typical review loop:
      briefgen build reports/ -o out --format pdf,json
      (edit out/<briefing>.json: remove a person, fix a role, reorder outcomes)
      briefgen render out/<briefing>.json -o out --format pdf,html,md

    Each FILE is checked against the briefgen/briefing@1 JSON Schema (errors name the field),
    evidence quotes are checked again against the source articles still on disk, and items you
    changed are marked "edited" on the page. Exits 1 if any file could not be rendered.
    """
    from .pipeline import BriefgenError, rerender
    from .protocols import Settings

    try:
        report = rerender(files, out_dir, formats, Settings(_page_settings(page_size, templates_dir)))
    except BriefgenError as error:
        raise click.UsageError(str(error)) from None
    click.echo(
        f"{report.briefed} briefing(s) rendered, {len(report.written)} file(s) written to {out_dir}",
        err=True,
    )
    if report.failures:
        click.echo(f"{len(report.failures)} problem(s):", err=True)
        for failure in report.failures:
            click.echo(f"  {failure.source} [{failure.stage}]: {failure.message}", err=True)
        sys.exit(1)


@cli.command()
@settings_option(
    "The LLM endpoint to check: base_url=..., api_key=... (else OPENAI_BASE_URL / OPENAI_API_KEY)."
)
@click.option(
    "--scheduler", default=None, help="A Dask scheduler address to check (else DASK_SCHEDULER_ADDRESS)."
)
def doctor(options: dict[str, str], scheduler: str | None) -> None:
    """Check what briefgen needs outside Python, and say what to install for each missing piece.

    Checks Pango and HarfBuzz subsetting (PDF), the bundled fonts, the cache folder, the tokenizer
    files, the plugins, and, only when configured, the LLM endpoint (asks for its model list, sends
    no article text) and the Dask scheduler. Exits 1 when something required is missing.
    """
    from .doctor import checks, report_lines

    results = checks({**options, **({"scheduler": scheduler} if scheduler else {})})
    for line in report_lines(results):
        click.echo(line)
    if any(c.ok is False and not c.optional for c in results):
        sys.exit(1)


def main() -> None:
    cli(prog_name="briefgen")


if __name__ == "__main__":
    main()
