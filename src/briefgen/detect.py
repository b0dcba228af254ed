"""Offline language identification, restricted to the languages that have a plugin.

py3langid ships its model inside the wheel, so detection needs no network; restricting it to
the installed language plugins avoids answers nobody can analyse (Indonesian read as Malay).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...]):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)
    known = [code for code in languages if code in identifier.nb_classes]
    if known:
        identifier.set_languages(known)
    return identifier


def detect_language(text: str, languages: Iterable[str]) -> str | None:
    """The most likely language code of ``text`` among ``languages``, or None if there is no text."""
    sample = text[:20000]
    letters = _LETTER.findall(sample)
    if not letters:
        return None
    wanted = tuple(sorted(set(languages)))
    if "ar" in wanted and len(_ARABIC.findall(sample)) > 0.3 * len(letters):
        return "ar"  # the only Arabic-script language briefgen analyses; skip the model
    code, _ = _identifier(wanted).classify(sample)
    return code
