"""What a language plugin registers: cheap to create, compiled on first use.

Registration hooks run on every CLI start (``briefgen --help`` loads every plugin), so this
module imports nothing heavy: the analysis engine and its regex tables load only when an article
in the language is analysed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..models import Article, Document
from .profile import Profile

if TYPE_CHECKING:
    from .engine import Analyser


class LazyLanguage:
    """The language code now, the compiled :class:`~briefgen.analysis.engine.Analyser` later."""

    def __init__(self, profile: Profile) -> None:
        self.name = profile.code
        self._profile = profile
        self._analyser: Analyser | None = None

    @property
    def profile(self) -> Profile:
        """The language's words: what the core reads when it needs every pack's (the LLM guard)."""
        return self._profile

    @property
    def analyser(self) -> Analyser:
        if self._analyser is None:
            from .engine import Analyser

            self._analyser = Analyser(self._profile)
        return self._analyser

    def analyse(self, article: Article) -> Document:
        return self.analyser.analyse(article)

    def numbers(self, text: str) -> Iterable[str]:
        return self.analyser.numbers(text)


def installed_profiles() -> tuple[Profile, ...]:
    """The profile of every registered language pack, for code that reads all languages at once.

    Grouping compares articles of every language, and the LLM guard checks text whatever its
    language, so both need the union of the packs' words rather than one profile's.
    """
    from ..plugins import get_registry  # here: plugin modules import the analysis while it loads

    profiles = (getattr(language, "profile", None) for language in get_registry().languages.values())
    return tuple(p for p in profiles if isinstance(p, Profile))
