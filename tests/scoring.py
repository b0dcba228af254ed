"""Running the shared seed scorer (../shared/eval/score.py) the way the project's reviewers do."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
SCORER = SHARED / "eval" / "score.py"


def score(
    gold: Path, corpus: Path, out_dir: Path, minimums: Mapping[str, float], clusters: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Score the briefings in ``out_dir`` against ``gold`` for ``corpus``; exit 1 when a minimum is missed.

    ``clusters`` ({file name: event id}) scores grouping against the real events, look-alikes included.
    """
    return subprocess.run(
        [
            sys.executable,
            str(SCORER),
            "--gold",
            str(gold),
            "--corpus",
            str(corpus),
            "--out",
            str(out_dir),
            *(["--clusters", str(clusters)] if clusters else []),
            *(f"--min={key}={value}" for key, value in minimums.items()),
        ],
        capture_output=True,
        text=True,
        check=False,
    )


def score_seeds(out_dir: Path, minimums: Mapping[str, float]) -> subprocess.CompletedProcess[str]:
    """Score the briefings in ``out_dir`` against the seed gold."""
    return score(SHARED / "eval" / "seeds_gold.json", SEEDS, out_dir, minimums)
