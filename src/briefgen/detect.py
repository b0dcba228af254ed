"""Offline language identification, restricted to the languages that have a plugin.

lingua ships its n-gram models inside the wheel, so detection needs no network; it loads only
the models of the languages asked for (tens of milliseconds, where py3langid spent 0.8 s
decompressing its full model in every worker process). Restricting it to the installed
language plugins avoids answers nobody can analyse (Indonesian read as Malay).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=8)
def _detector(languages: tuple[str, ...]) -> tuple[Any, dict[Any, str]] | None:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    known: dict[Any, str] = {}
    for code in languages:
        try:
            known[Language.from_iso_code_639_1(IsoCode639_1.from_str(code))] = code
        except ValueError:
            continue  # a plugin for a language lingua does not know: reachable only via Article.language
    if len(known) < 2:
        return None
    detector = LanguageDetectorBuilder.from_languages(*known).with_low_accuracy_mode().build()
    return detector, known


def detect_language(text: str, languages: Iterable[str]) -> str | None:
    """The most likely language code of ``text`` among ``languages``, or None if there is no text."""
    sample = text[:5000]
    letters = _LETTER.findall(sample)
    if not letters:
        return None
    wanted = tuple(sorted(set(languages)))
    if "ar" in wanted and len(_ARABIC.findall(sample)) > 0.3 * len(letters):
        return "ar"  # the only Arabic-script language briefgen analyses; skip the model
    found = _detector(wanted)
    if found is None:
        return wanted[0] if len(wanted) == 1 else None
    detector, known = found
    language = detector.detect_language_of(sample)
    return known.get(language) if language is not None else None
