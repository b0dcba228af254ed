"""Indonesian: the words and patterns of Indonesian conference reports (VNA/Baoquocte style)."""

from __future__ import annotations

from briefgen import hookimpl
from briefgen.analysis.language import LazyLanguage

from .profile import PROFILE


@hookimpl
def register_languages(register):
    register(LazyLanguage(PROFILE))
