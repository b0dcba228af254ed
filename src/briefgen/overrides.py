"""Analyst overrides: a TOML file that forces articles into one group or keeps them apart.

```toml
together = [["000_ar.txt", "000_vi.txt"]]   # one conference, whatever the evidence says
apart = [["004_vi.txt", "rss-2024-11-19"]]  # never in one conference
```

Articles are named by article id or by file name (every article of a multi-article file). The
file is read once, checked for shape here, and passed to the grouping hook as a plain dict, so a
third-party grouping plugin receives the same thing.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on Python 3.10
    import tomli as tomllib

log = logging.getLogger("briefgen")

KINDS = ("together", "apart")


class OverridesError(ValueError):
    """An overrides file that cannot be used, with what is wrong in it."""


def load_overrides(path: str | Path) -> dict[str, list[list[str]]]:
    """Read and check an overrides file: ``together`` and ``apart``, each a list of name lists."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise OverridesError(f"{path}: {error.strerror or error}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise OverridesError(f"{path}: not valid TOML ({error})") from None
    except RecursionError:  # tomllib parses nested arrays recursively: "[" * 5000
        raise OverridesError(f"{path}: not usable TOML (arrays or tables nested too deeply)") from None
    unknown = sorted(set(data) - set(KINDS))
    if unknown:
        raise OverridesError(f"{path}: unknown key(s) {', '.join(unknown)}; use 'together' and 'apart'")
    result: dict[str, list[list[str]]] = {}
    for kind in KINDS:
        entries = data.get(kind, [])
        if not isinstance(entries, list) or not all(
            isinstance(entry, list) and len(entry) >= 2 and all(isinstance(n, str) for n in entry)
            for entry in entries
        ):
            raise OverridesError(
                f"{path}: '{kind}' must be a list of lists of two or more names, "
                f'e.g. {kind} = [["a.txt", "b.txt"]]'
            )
        result[kind] = [list(entry) for entry in entries]
    return result


def _index(articles: Sequence[tuple[str, str]]) -> dict[str, list[int]]:
    names: dict[str, list[int]] = {}
    for i, (identity, path) in enumerate(articles):
        for name in dict.fromkeys((identity, Path(path).name, path)):
            names.setdefault(name, []).append(i)
    return names


def resolve(
    overrides: dict | None, articles: Sequence[tuple[str, str]]
) -> tuple[list[list[int]], list[tuple[int, int]], list[str]]:
    """Turn names into indices of ``articles`` ((id, path) pairs): groups to force together,
    pairs to keep apart, and the names that match no article.

    Grouping needs only ids and paths, never Documents, so this works on grouping keys. The
    caller decides what an unknown name costs (the run reports each once).
    """
    if not overrides:
        return [], [], []
    index = _index(articles)
    missing: list[str] = []

    def lookup(entry: Sequence[str]) -> list[list[int]]:
        found = []
        for name in entry:
            if name in index:
                found.append(index[name])
            elif name not in missing:
                missing.append(name)
        return found

    together = []
    for entry in overrides.get("together", []):
        members = sorted({i for hits in lookup(entry) for i in hits})
        if len(members) > 1:
            together.append(members)
    apart = []
    for entry in overrides.get("apart", []):
        hits = lookup(entry)
        for x in range(len(hits)):
            for y in range(x + 1, len(hits)):
                apart += [(min(a, b), max(a, b)) for a in hits[x] for b in hits[y] if a != b]
    return together, sorted(set(apart)), missing
