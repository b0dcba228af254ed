"""English names of languages ("fr" -> "French"), from lingua's language table.

The briefing says which languages its sources were in, and the LLM prompt names the language of
the quotes. Both take the name from lingua (already what detects the language) rather than from
a table of our own, so a new language pack needs no core change to be named.
"""

from __future__ import annotations

from functools import lru_cache

from lingua import IsoCode639_1, Language


@lru_cache(maxsize=64)
def language_name(code: str) -> str:
    """ "fr" -> "French"; a name or an unknown code is used as given."""
    try:
        return Language.from_iso_code_639_1(IsoCode639_1.from_str(code.lower())).name.title()
    except ValueError:
        return code
