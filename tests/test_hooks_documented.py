"""Every hook has an entry in docs/plugins.md (datasette's habit), with its real signature."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from briefgen import hookspecs

DOCS = Path(__file__).resolve().parents[1] / "docs" / "plugins.md"
HOOKS = sorted(
    name for name, fn in inspect.getmembers(hookspecs, inspect.isfunction) if hasattr(fn, "briefgen_spec")
)


def section(name: str) -> str:
    """The text under ``### name`` up to the next heading."""
    match = re.search(rf"^### {name}\n(.*?)(?=^#{{1,3}} |\Z)", DOCS.read_text(encoding="utf-8"), re.M | re.S)
    assert match, f"docs/plugins.md has no '### {name}' section"
    return match.group(1)


def test_hooks_were_found() -> None:
    assert "register_loaders" in HOOKS
    assert "group_documents" in HOOKS


@pytest.mark.parametrize("name", HOOKS)
def test_hook_is_documented_with_its_arguments(name: str) -> None:
    text = section(name)
    arguments = list(inspect.signature(getattr(hookspecs, name)).parameters)
    assert f"def {name}({', '.join(arguments)})" in text
    assert len(text.split()) > 40, "say what the hook is for, not just its signature"
