"""Arabic: the words and patterns of Arabic-language reports on Vietnamese conferences.

Names and places are Vietnamese words transcribed by ear; they are found and romanised by
:mod:`.names`. Number words (cardinals, ordinals, duals such as
"موضوعين") come from :mod:`.numbers`.
"""

from __future__ import annotations

from briefgen import hookimpl
from briefgen.analysis.language import LazyLanguage

from .profile import PROFILE


@hookimpl
def register_languages(register):
    register(LazyLanguage(PROFILE))
