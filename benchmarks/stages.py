"""Time briefgen's stages one by one on a corpus, in a process of its own (peak memory is per process).

``run.py`` starts this as a subprocess per corpus and reads the JSON it prints. The stages are the
runner's own (pipeline.collect: expand, load, analyse and key one task per file on a local
executor; pipeline.conferences_of on keys; stages.documents_for, summarise, render), so the
numbers are the code a ``briefgen build`` runs. ``load_s`` is the expand stage plus loading the
articles again for the baselines; analysis times include loading, as the runner fuses them.
With ``--render``, every PDF's final HTML (the last page the PDF renderer laid out) is kept and
then rendered again by WeasyPrint alone: the render-only limit the end-to-end time is held to.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from briefgen import pipeline, stages
from briefgen.executors import LocalExecutor
from briefgen.models import Conference
from briefgen.plugins import get_registry
from briefgen.protocols import Settings


def peak_mb() -> float:
    """This process's peak resident memory so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


CPU: dict[str, float] = {}


def timed(fn: Callable[[], Any], name: str = "") -> tuple[Any, float]:
    """``fn()`` and its wall seconds; its CPU seconds (this process only) go to ``CPU[name]``.

    Other work on a shared machine stretches wall time, not CPU time, so both are reported;
    ``CPU[name + "_workers"]`` is what worker processes spent.
    """
    start, cpu, workers = time.perf_counter(), time.process_time(), children_cpu()
    result = fn()
    if name:
        CPU[name] = time.process_time() - cpu
        CPU[f"{name}_workers"] = children_cpu() - workers
    return result, time.perf_counter() - start


def children_cpu() -> float:
    """CPU seconds of finished worker processes (a pool's workers count once it shuts down)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def recording_layouts(pages: list[str]) -> None:
    """Make the PDF renderer append each HTML page it lays out to ``pages`` (last one = final)."""
    from briefgen_plugins import render_pdf

    layout = render_pdf.layout

    def record(html: str, *paper: Any) -> Any:  # the stylesheet and paper size pass through
        pages.append(html)
        return layout(html, *paper)

    render_pdf.layout = record


def render_only(pages: list[str], harfbuzz: bool = True) -> None:
    """WeasyPrint alone turning ``pages`` into PDFs, with briefgen's safe fetcher and the same
    once-per-process fonts and stylesheet the renderer uses (so only briefgen's own work around
    WeasyPrint is left out). ``harfbuzz=False`` makes WeasyPrint subset the fonts with fontTools,
    as it does where libharfbuzz-subset is not installed."""
    from briefgen_plugins.render_pdf import engine
    from weasyprint import HTML
    from weasyprint.pdf import fonts as pdf_fonts

    from briefgen.safe_fetch import AssetFetcher
    from briefgen.templating import templates_dir

    fonts, css = engine()
    root = templates_dir()
    subset = pdf_fonts.harfbuzz_subset
    pdf_fonts.harfbuzz_subset = subset if harfbuzz else None
    try:
        for html in pages:
            HTML(string=html, base_url=root.as_uri() + "/", url_fetcher=AssetFetcher(root)).write_pdf(
                stylesheets=[css], font_config=fonts
            )
    finally:
        pdf_fonts.harfbuzz_subset = subset


def harfbuzz_present() -> bool:
    from weasyprint.pdf import fonts as pdf_fonts

    return pdf_fonts.harfbuzz_subset is not None


def subsetting_pairs(pages: list[str]) -> dict[str, float]:
    """CPU seconds of render-only with HarfBuzz subsetting and with fontTools, page by page in
    turn (A B A B ...) so both see the same machine load."""
    cpu = {"harfbuzz": 0.0, "fonttools": 0.0}
    for html in pages:
        for name in cpu:
            start = time.process_time()
            render_only([html], harfbuzz=name == "harfbuzz")
            cpu[name] += time.process_time() - start
    return cpu


def measure(
    corpus: Path,
    truth: dict[str, int],
    jobs: list[int],
    render: bool,
    baselines: bool,
    save_pages: Path | None = None,
) -> dict:
    registry = get_registry()
    out: dict[str, Any] = {"jobs": jobs}
    (paths, _), seconds = timed(lambda: pipeline.expand_inputs([corpus]))
    (articles, failures), more = timed(
        lambda: pipeline.load_articles(paths, registry, pipeline.DEFAULT_MAX_ARTICLE_BYTES)
    )
    out.update(files=len(paths), articles=len(articles), load_s=seconds + more, load_mb=peak_mb())
    out["failures"] = [f"{f.source}: {f.message}" for f in failures]

    collected = pipeline.Collected([])
    for n in jobs:
        collected, seconds = timed(
            lambda n=n: pipeline.collect([corpus], LocalExecutor(n), filters=pipeline.Filters(keep_all=True)),
            f"analyse_jobs{n}",
        )
        out[f"analyse_s_jobs{n}"] = seconds
    out["failures"] += [f"{f.source}: {f.message}" for f in collected.failures]
    out.update(documents=len(collected.records), analyse_mb=peak_mb())

    refs, seconds = timed(
        lambda: pipeline.conferences_of(collected, None, [], pipeline.DEFAULT_MAX_ARTICLE_BYTES), "group"
    )
    out.update(conferences=len(refs), group_s=seconds, group_mb=peak_mb())
    group_of = {m.path: i for i, c in enumerate(refs) for m in c.members}
    named = [Path(p).name for p in group_of]
    try:
        from group_bench import pair_scores  # the grouping helper's pair precision/recall
    except ImportError as error:  # a benchmark of grouping speed need not fail with it
        out["precision"] = out["recall"] = None
        out["failures"].append(f"group_bench.pair_scores unavailable: {error}")
    else:
        out["precision"], out["recall"] = pair_scores(
            [group_of[p] for p in group_of], [truth[n] for n in named]
        )
    conferences, out["refetch_s"] = timed(
        lambda: [
            Conference(c.id, tuple(stages.documents_for(c.members, pipeline.DEFAULT_MAX_ARTICLE_BYTES)))
            for c in refs
        ],
        "refetch",
    )

    settings = Settings({})
    briefings, seconds = timed(
        lambda: [pipeline.summarise(c, "extractive", settings)[0] for c in conferences], "summarise"
    )
    out.update(summarise_s=seconds, summarise_mb=peak_mb())

    if render:
        pages: list[str] = []
        finals: list[str] = []
        recording_layouts(pages)

        def render_pdfs() -> None:
            for briefing in briefings:
                pipeline.render(briefing, ("pdf",), settings)
                finals.append(pages[-1])

        _, out["render_s"] = timed(render_pdfs, "render_pdf")
        out.update(pdfs=len(finals), layouts=len(pages), render_mb=peak_mb())
        _, out["typst_s"] = timed(
            lambda: [pipeline.render(b, ("pdf-typst",), settings) for b in briefings], "render_typst"
        )
        _, out["render_only_s"] = timed(lambda: render_only(finals), "render_only")
        if harfbuzz_present():
            out["subsetting_cpu_s"] = subsetting_pairs(finals)
        if save_pages is not None:
            save_pages.mkdir(parents=True, exist_ok=True)
            for i, html in enumerate(finals):
                (save_pages / f"{i:05d}.html").write_text(html, encoding="utf-8")
    if baselines:
        from baselines import lengthened, lexrank_seconds, token_counts

        out["lexrank_s"] = lexrank_seconds(articles)
        long = lengthened(articles)
        out["long_articles"] = len(long)
        out["long_lexrank_s"] = lexrank_seconds(long)
        _, out["long_analyse_s"] = timed(lambda: [pipeline.analyse_article(a) for a in long], "long_analyse")
        counts = token_counts(conferences)
        out["tokens"] = {"compact": counts.compact, "whole": counts.whole, "model": counts.model}
    out["peak_mb"] = peak_mb()
    out["cpu_s"] = CPU
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("truth", type=Path, help="JSON: article file name -> conference number")
    parser.add_argument("--jobs", default="1", help="comma-separated --jobs values to time analysis with")
    parser.add_argument("--render", action="store_true", help="also render PDFs and the render-only limit")
    parser.add_argument("--baselines", action="store_true", help="also time sumy LexRank and count tokens")
    parser.add_argument("--save-pages", type=Path, help="with --render: write the final HTML pages here")
    args = parser.parse_args()
    truth = json.loads(args.truth.read_text(encoding="utf-8"))
    jobs = [int(j) for j in args.jobs.split(",")]
    print(json.dumps(measure(args.corpus, truth, jobs, args.render, args.baselines, args.save_pages)))


if __name__ == "__main__":
    main()
