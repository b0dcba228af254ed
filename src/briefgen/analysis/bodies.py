"""Names of state and Party bodies built from parts, so that one lexicon covers many offices.

Vietnamese administration repeats a few patterns: a kind of body ("Sở", "Bộ", "Dinas",
"Service", "إدارة") + a domain ("Tư pháp" = Justice) + optionally a level ("tỉnh" = provincial),
then a place. Listing every combination by hand as a fixed string misses most of them; a
language plugin instead lists kinds, domains and levels, and :func:`compose` writes out the
(regex, English) pairs :attr:`briefgen.analysis.profile.Profile.bodies` expects, longest first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def compose(
    kinds: Iterable[tuple[str, str]],
    domains: Mapping[str, str],
    levels: Iterable[tuple[str, str]] = (),
) -> tuple[tuple[str, str], ...]:
    """Every kind x domain (x level) as a body pattern.

    ``kinds`` are (regex of the kind word with ``{domain}`` where the domain goes, English
    template with ``{domain}``); ``domains`` map a domain regex to its English name; ``levels``
    are (regex written after the body, English adjective put before it: "tỉnh" -> "Provincial").
    A template may start with ``{place}`` where a province can go ("{place} Department of
    {domain}"); only such local bodies take a level ("{place} Provincial Department of Justice").
    """
    levels = tuple(levels)
    out: list[tuple[str, str]] = []
    for pattern, english in kinds:
        for domain, domain_en in domains.items():
            body = pattern.replace("{domain}", f"(?:{domain})")
            name = english.replace("{domain}", domain_en)
            bare = name.replace("{place} ", "")
            if bare != name:  # only local bodies have levels: "Sở Tư pháp tỉnh", never "Bộ Tư pháp tỉnh"
                out.extend(
                    (rf"{body}\s+(?:{level})(?!\w)", f"{{place}} {adj} {bare}") for level, adj in levels
                )
            out.append((body, name))
    return tuple(out)
