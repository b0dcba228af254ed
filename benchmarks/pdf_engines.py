"""Per-PDF time of the two PDF engines on the same briefings, paired, in one process.

    python benchmarks/pdf_engines.py [INPUT ...] [--repeat N]

Builds the briefings once (default inputs: the shared seeds and the bundled examples), then
renders each one with ``pdf`` (WeasyPrint) and ``pdf-typst`` in alternation, ``--repeat`` times,
so both engines see the same machine load. The first render of each engine is reported apart:
it pays for font loading (and typst's compiler set-up), which a run pays once per process.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import briefgen
from briefgen.models import Briefing
from briefgen.plugins import get_registry
from briefgen.protocols import Settings

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUTS = (ROOT.parent / "shared" / "corpus" / "seeds", ROOT / "examples" / "articles")
ENGINES = ("pdf", "pdf-typst")


def seconds(render: Callable[[], object]) -> float:
    start = time.perf_counter()
    render()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", type=Path, default=[p for p in DEFAULT_INPUTS if p.exists()])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    briefings: list[Briefing] = briefgen.build(args.inputs)
    renderers = get_registry().renderers
    settings = Settings()
    first = {name: seconds(lambda n=name: renderers[n].render(briefings[0], settings)) for name in ENGINES}
    times: dict[str, dict[str, list[float]]] = {b.id: {name: [] for name in ENGINES} for b in briefings}
    for _ in range(args.repeat):
        for briefing in briefings:
            for name in ENGINES:
                times[briefing.id][name].append(
                    seconds(lambda n=name, b=briefing: renderers[n].render(b, settings))
                )

    print(f"{len(briefings)} briefings, {args.repeat} paired repeats; median ms per PDF")
    print(f"{'briefing':60} {'weasyprint':>10} {'typst':>8} {'ratio':>6}")
    totals = dict.fromkeys(ENGINES, 0.0)
    for briefing_id, by_engine in times.items():
        medians = {name: statistics.median(values) for name, values in by_engine.items()}
        for name in ENGINES:
            totals[name] += medians[name]
        print(
            f"{briefing_id[:60]:60} {medians['pdf'] * 1e3:10.1f} {medians['pdf-typst'] * 1e3:8.1f}"
            f" {medians['pdf-typst'] / medians['pdf']:6.3f}"
        )
    count = len(briefings)
    print(
        f"{'mean':60} {totals['pdf'] / count * 1e3:10.1f} {totals['pdf-typst'] / count * 1e3:8.1f}"
        f" {totals['pdf-typst'] / totals['pdf']:6.3f}"
    )
    cold = ", ".join(f"{name} {first[name] * 1e3:.0f} ms" for name in ENGINES)
    print(f"first render in the process: {cold}")


if __name__ == "__main__":
    main()
