"""Render-only in a process of its own: WeasyPrint alone on saved final HTML pages.

    python benchmarks/render_only.py PAGES_DIR

``run.py`` runs this in turn with ``briefgen build --jobs 1`` on the same corpus (A B A B ...), so
the end-to-end / render-only ratio is taken pair by pair under the same machine load. It prints
the CPU seconds of the render loop only: WeasyPrint's import and the fonts and stylesheet set-up
(done once per process, as in the renderer) come before it and are left out, as in stages.py.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stages import render_only


def main() -> None:
    pages = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.html"))]
    render_only(pages[:1])  # imports and the once-per-process set-up, not timed
    start = time.process_time()
    render_only(pages)
    print(json.dumps({"pages": len(pages), "cpu_s": time.process_time() - start}))


if __name__ == "__main__":
    main()
