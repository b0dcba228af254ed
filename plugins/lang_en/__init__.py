"""English: the words and patterns of English-language reports on Vietnamese conferences."""

from __future__ import annotations

from briefgen import hookimpl
from briefgen.analysis.language import LazyLanguage

from .profile import PROFILE


@hookimpl
def register_languages(register):
    register(LazyLanguage(PROFILE))
