"""Every hook briefgen calls, with the contract a plugin must keep.

Registration hooks receive a ``register`` callback (the style of simonw/llm and datasette):
the core learns which plugin registered which name and refuses duplicates, instead of
silently letting the last one win. Pipeline hooks are called only from ``pipeline.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    import click

    from .models import Conference, Document
    from .protocols import Language, Loader, Renderer, Summariser

hookspec = pluggy.HookspecMarker("briefgen")
hookimpl = pluggy.HookimplMarker("briefgen")


@hookspec
def register_loaders(register: Callable[[Loader], None]) -> None:
    """Register loaders that turn files into articles.

    :param register: call once per :class:`briefgen.protocols.Loader`; its ``name`` must be
        unique. A loader must not fetch URLs the file names.
    """


@hookspec
def register_languages(register: Callable[[Language], None]) -> None:
    """Register source-language analysers.

    :param register: call once per :class:`briefgen.protocols.Language`; ``name`` is the
        ISO 639-1 code the language detector reports ("ar", "fr", ...).
    """


@hookspec
def register_summarisers(register: Callable[[Summariser], None]) -> None:
    """Register summarisers (``--summariser NAME`` picks one).

    :param register: call once per :class:`briefgen.protocols.Summariser`.
    """


@hookspec
def register_renderers(register: Callable[[Renderer], None]) -> None:
    """Register output formats (``--format NAME`` picks them).

    :param register: call once per :class:`briefgen.protocols.Renderer`; ``name`` is the
        format name and ``extension`` the file suffix without the dot.
    """


@hookspec
def register_commands(cli: click.Group) -> None:
    """Add commands to the ``briefgen`` CLI.

    :param cli: the top-level click group; use ``@cli.command()``.
    """


@hookspec(firstresult=True)
def group_documents(documents: Sequence[Document], overrides: dict | None) -> list[Conference] | None:
    """Group analysed articles into conferences: one briefing is written per group.

    The first non-None answer wins; the built-in grouping is ``trylast`` so a plugin can
    replace it by returning a list.

    :param documents: every analysed article of the run, in input order.
    :param overrides: analyst overrides (``together``/``apart`` lists of article ids) or None.
    :return: conferences covering every document exactly once, or None to defer.
    """
