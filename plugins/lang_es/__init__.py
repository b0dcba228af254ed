"""Spanish: the words and patterns of Spanish-language reports on Vietnamese conferences (VNA style).

A sixth language as one pack: a profile of data, the shared Vietnamese name shape from
:mod:`briefgen_plugins.lang_vi.shape`, and this hook; the core analysis is unchanged.
"""

from __future__ import annotations

from briefgen import hookimpl
from briefgen.analysis.language import LazyLanguage


@hookimpl
def register_languages(register):
    # imported here, not at the top: packs share pieces, and importing one must not load every profile
    from .profile import PROFILE

    register(LazyLanguage(PROFILE))
