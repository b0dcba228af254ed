"""Arabic: the words and patterns of Arabic-language reports on Vietnamese conferences.

Names and places are Vietnamese words transcribed by ear; they are found and romanised by
:mod:`.names`. Number words (cardinals, ordinals, duals such as
"موضوعين") come from :mod:`.numbers`.
"""

from __future__ import annotations

from briefgen import hookimpl
from briefgen.analysis.language import LazyLanguage


@hookimpl
def register_languages(register):
    # imported here, not at the top: packs share pieces (lang_vi.shape, lang_en's abbreviations), and
    # importing one of those must not load a whole profile that may import the first pack back
    from .profile import PROFILE

    register(LazyLanguage(PROFILE))
