"""Offline language identification among every language lingua knows, checked against the plugins.

Detecting only among the installed language plugins made a German or Spanish article come out
as French or English and be briefed with that language's rules. So the detector considers all
of lingua's languages (about 75) and the caller checks the answer against the plugins: an
article in a language no plugin supports is reported as such, never analysed as another.

Cost, measured on the 2-core development machine: building the detector takes under 10 ms
because lingua loads each script's n-gram models lazily; the first article costs 0.2-0.8 s
while they load, later ones about 27 ms (the five-language detector: 9 ms); the process peaks
at 73 MB (five languages: 24 MB). One detector per process (``lru_cache``), so each worker
pays the load once.

Close relatives stay usable: when an installed language is nearly as likely as the top answer
(Indonesian and Malay on a short text), the installed one is taken, since the text could be
either; a clear answer for an unsupported language (German at 1.0) is reported instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_LETTER = re.compile(r"[^\W\d_]")
# An installed language at least this fraction as likely as the top answer is taken instead of it.
CLOSE_RELATIVE = 0.3


@dataclass(frozen=True)
class Detected:
    """The most likely language of a text, and whether a plugin supports it."""

    code: str
    supported: bool


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


def detect(text: str, installed: Iterable[str]) -> Detected | None:
    """The language of ``text`` among all languages, checked against ``installed`` plugin codes.

    None when the text has no letters or lingua cannot tell.
    """
    sample = text[:5000]
    if not _LETTER.search(sample):
        return None
    wanted = set(installed)
    values = [
        (value.language.iso_code_639_1.name.lower(), value.value)
        for value in _detector().compute_language_confidence_values(sample)
    ]
    if not values or values[0][1] <= 0:
        return None
    top_code, top = values[0]
    if top_code in wanted:
        return Detected(top_code, True)
    best = next(((code, value) for code, value in values if code in wanted), None)
    if best is not None and best[1] >= CLOSE_RELATIVE * top:
        return Detected(best[0], True)
    return Detected(top_code, False)
