"""French: the words and patterns of French-language conference reports (Baoquocte style)."""

from __future__ import annotations

from briefgen import hookimpl
from briefgen.analysis.language import LazyLanguage


@hookimpl
def register_languages(register):
    # imported here, not at the top: packs share pieces (lang_vi.shape, lang_en's abbreviations), and
    # importing one of those must not load a whole profile that may import the first pack back
    from .profile import PROFILE

    register(LazyLanguage(PROFILE))
