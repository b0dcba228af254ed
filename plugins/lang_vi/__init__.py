"""Vietnamese: the words and patterns of Vietnamese conference reports."""

from __future__ import annotations

from briefgen import hookimpl
from briefgen.analysis.language import LazyLanguage

from .profile import PROFILE


@hookimpl
def register_languages(register):
    register(LazyLanguage(PROFILE))
