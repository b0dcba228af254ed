"""The built-in grouping plugin: one conference per event, across languages and scripts.

Marked ``trylast`` so that any other plugin's ``group_documents`` answer wins over it. The work
is in :mod:`briefgen.grouping`, imported when the hook runs so loading the plugin stays cheap.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.hookspecs import hookimpl
from briefgen.models import Conference, Document


@hookimpl(trylast=True)
def group_documents(documents: Sequence[Document], overrides: dict | None) -> list[Conference]:
    from briefgen.grouping import group_documents as built_in

    return built_in(documents, overrides)
