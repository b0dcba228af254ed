"""Whether an analysed article reports a meeting at all.

A desk's feed carries football reports and broken files beside conference reports; briefing
them produced pages such as "Conference briefing" with "78 ordinal". An article is taken to be
about a meeting when anything the analysis found says so: a meeting noun of its language pack
(``conference_words`` and the other kinds of event, ``date_nouns``: "Hội nghị", "congrès",
"sesión", ...), as a whole word, an organiser, someone who chaired,
opened, closed, presented or spoke, an attendance count, or an event date. An article with none
of these is skipped (``--keep-all`` briefs it anyway). The rule reads the Document only. A
language plugin that ships no pack words (no ``conference_words``) gives no ground to judge on,
so its articles are always kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .models import Document
from .plugins import get_registry
from .textutil import alternation, fold


@lru_cache(maxsize=64)
def _meeting_nouns(code: str) -> re.Pattern[str] | None:
    """The pack's meeting nouns as one whole-word pattern on folded text, or None without any."""
    language = get_registry().languages.get(code)
    profile = getattr(language, "profile", None)
    words = (*getattr(profile, "conference_words", ()), *getattr(profile, "date_nouns", ()))
    folded = [fold(word) for word in words if word.strip()]
    return re.compile(rf"(?<!\w)(?:{alternation(folded)})(?!\w)") if folded else None


def has_event_cue(document: Document) -> bool:
    """True when ``document`` shows any sign of reporting a meeting (see the module docstring)."""
    event = document.event
    if event.date or event.organisers or event.attendance.delegates or event.attendance.provinces:
        return True
    if any(person.key for person in document.people):
        return True
    nouns = _meeting_nouns(document.language)
    return nouns is None or nouns.search(fold(document.text)) is not None
