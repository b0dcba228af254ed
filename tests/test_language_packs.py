"""The core engine holds no language's words: every word of a language lives in its pack.

Every string literal of ``src/briefgen`` (docstrings aside: they explain, they do not match text) is
checked against two rules. No word of two or more non-ASCII letters: the core reads every script
through what the packs give it. And no word or phrase of any installed pack's own vocabulary (what
the pack matches in articles, not the English it maps them to): a pack for a language written in
ASCII ("persen", "province de") is caught by its own words. English is the language the briefing is
written in, so the core necessarily spells English words (labels such as "delegates", the date
line's month names, "Conference on"): the English pack's vocabulary is not checked, and the other
packs' words count only where they are not also English (a pack's English side, or ``ALLOWED``).
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import re
from collections.abc import Iterable, Mapping
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from briefgen.analysis.profile import Profile

CORE = Path(__file__).resolve().parents[1] / "src" / "briefgen"
# The place data module: Vietnamese place names (and their Arabic exonyms) are data every pack shares.
DATA_MODULES = {"gazetteer.py"}
# Words a pack also uses that the core legitimately spells, each for a reason named here.
ALLOWED = {
    "plus",  # an English word too ("plus 3 more")
    "date",  # the English word and a field name
    "unit",  # the English word and a field name
    "binh",  # a Vietnamese name syllable, in the English sample article of briefgen.testing
}
_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORD = 4  # shorter tokens ("de", "la", "di") are too common across languages to mean anything


def _profiles() -> dict[str, Profile]:
    """Every installed language pack's profile, found the way briefgen finds plugins."""
    found: dict[str, Profile] = {}
    for ep in entry_points(group="briefgen"):
        if not ep.name.startswith("lang_"):
            continue
        profile = getattr(importlib.import_module(f"{ep.value}.profile"), "PROFILE", None)
        if isinstance(profile, Profile):
            found[profile.code] = profile
    return found


def _strings(value: object, native: bool = True) -> Iterable[tuple[str, bool]]:
    """Every string in a profile value, with whether it is the pack's own words (True) or English.

    Mapping keys and the first of a (cue, English) pair are native; mapping values, the second of a
    pair and a Unit's or Context's fields other than ``cue`` are English.
    """
    if isinstance(value, str):
        yield value, native
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _strings(key, True)
            yield from _strings(item, False)
    elif isinstance(value, (tuple, list, set, frozenset)):
        pair = isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value)
        for i, item in enumerate(value):
            yield from _strings(item, native and not (pair and i == 1))
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name), native and f.name == "cue")


def _vocabulary(profiles: Mapping[str, Profile]) -> tuple[set[str], re.Pattern[str]]:
    """(words, a pattern of the phrases) the packs match in articles and the core must not spell."""
    own: dict[str, set[str]] = {}
    english: set[str] = set()
    phrases: set[str] = set()
    for code, profile in profiles.items():
        for f in dataclasses.fields(profile):
            if f.name == "code":
                continue
            for text, native in _strings(getattr(profile, f.name)):
                words = {w.casefold() for w in _WORD.findall(text)}
                if not native or profile.english:
                    english |= words
                if native:
                    own.setdefault(code, set()).update(words)
                    plain = text.casefold().strip()
                    if not profile.english and " " in plain and _WORD.fullmatch(plain.replace(" ", "")):
                        phrases.add(plain)
    words = {w for code, ws in own.items() if not profiles[code].english for w in ws if len(w) >= _MIN_WORD}
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) or "(?!)"
    return words - english - ALLOWED, re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def _literals(source: str) -> Iterable[tuple[int, str]]:
    """(line, value) of every string literal in ``source`` except docstrings."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


def language_words(source: str, words: set[str], phrases: re.Pattern[str]) -> list[tuple[int, str]]:
    """(line, word) for every language word in ``source``'s string literals."""
    hits: list[tuple[int, str]] = []
    for line, text in _literals(source):
        low = text.casefold()
        for word in _WORD.findall(low):
            if (len(word) >= 2 and not word.isascii()) or word in words:
                hits.append((line, word))
        hits.extend((line, m.group()) for m in phrases.finditer(low))
    return hits


@pytest.fixture(scope="module")
def vocabulary() -> tuple[set[str], re.Pattern[str]]:
    profiles = _profiles()
    assert {"ar", "en", "fr", "id", "vi"} <= set(profiles)
    return _vocabulary(profiles)


def _core_hits(words: set[str], phrases: re.Pattern[str]) -> dict[str, list[tuple[int, str]]]:
    return {
        path.relative_to(CORE).as_posix(): language_words(path.read_text(encoding="utf-8"), words, phrases)
        for path in sorted(CORE.rglob("*.py"))
        if path.name not in DATA_MODULES
    }


def test_core_holds_no_language_words(vocabulary):
    hits = _core_hits(*vocabulary)
    found = sorted(f"{m}:{line}: {w}" for m, found in hits.items() for line, w in found)
    assert not found, "language words in the core engine:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "literal", ['CUE = "tỉnh"', 'CUE = r"(?:dans la|en) province de"', 'PERCENT = ("persen", "%")']
)
def test_a_word_put_back_in_core_is_caught(vocabulary, literal):
    words, phrases = vocabulary
    assert language_words(literal, words, phrases)


def test_english_output_and_docstrings_are_not_language_words(vocabulary):
    words, phrases = vocabulary
    source = '"""Finds "tỉnh" and "province de" in text."""\nLABEL = "delegates per province"\n'
    assert language_words(source, words, phrases) == []
