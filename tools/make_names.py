"""Regenerate ``src/briefgen/data/person_names.json.gz``: given names and surnames of many nationalities.

Run with Faker installed (``pip install faker``), never at run time: briefgen reads the generated
file, so the analysis needs neither the package nor a network.

Conference reports name officials from every country ("Anwar Ibrahim", "Annalena Baerbock", "Ito
Naoki"), and a capitalised pair of words after a title may as well be a body ("Heart Association")
as a person. What tells them apart is whether the words are names people carry, which is a fact
about names, not about any article: Faker's person providers list first and last names for some 80
locales. Latin-script names are kept folded (lower case, no diacritics); romanised lists (Japanese,
Chinese) count as Latin. The file records its source (Faker, MIT licence).
"""

from __future__ import annotations

import gzip
import importlib
import json
import pkgutil
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "briefgen" / "data" / "person_names.json.gz"
_LATIN_WORD = re.compile(r"^[a-z][a-z'’-]*[a-z]$")


def _fold(word: str) -> str:
    text = unicodedata.normalize("NFKD", word).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _entries(value: object) -> Iterable[str]:
    if isinstance(value, dict):
        value = value.keys()
    if isinstance(value, (list, tuple)) or hasattr(value, "__iter__"):
        for item in value:
            if isinstance(item, str):
                yield item


def _words(names: Iterable[str]) -> set[str]:
    """The Latin-script words of ``names``, folded (two letters at least: "Li", "Ma")."""
    out = set()
    for name in names:
        for word in re.split(r"[\s.]+", name):
            folded = _fold(word)
            if _LATIN_WORD.match(folded):
                out.add(folded)
    return out


def main() -> int:
    import faker.providers.person as person

    given: set[str] = set()
    surnames: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in dir(provider):
            if attr.startswith("_") or "name" not in attr or "prefix" in attr or "suffix" in attr:
                continue
            if attr.startswith("language"):
                continue
            value = getattr(provider, attr)
            if callable(value) or isinstance(value, str):
                continue
            words = _words(_entries(value))
            if attr.startswith("first") or attr.startswith("middle"):
                given |= words
            elif attr.startswith("last"):
                surnames |= words
    data = {
        "given": sorted(given),
        "surnames": sorted(surnames),
        "sources": "Given names and surnames: Faker's person providers (MIT licence), all locales.",
    }
    with gzip.open(OUT, "wt", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
    print(f"{OUT}: {len(given)} given names, {len(surnames)} surnames", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
