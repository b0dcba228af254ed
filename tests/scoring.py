"""Running the shared seed scorer (../shared/eval/score.py) the way the project's reviewers do."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
SCORER = SHARED / "eval" / "score.py"


def score_seeds(out_dir: Path, minimums: Mapping[str, float]) -> subprocess.CompletedProcess[str]:
    """Score the briefings in ``out_dir`` against the seed gold; exit code 1 when a minimum is missed."""
    return subprocess.run(
        [
            sys.executable,
            str(SCORER),
            "--gold",
            str(SHARED / "eval" / "seeds_gold.json"),
            "--corpus",
            str(SEEDS),
            "--out",
            str(out_dir),
            *(f"--min={key}={value}" for key, value in minimums.items()),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
