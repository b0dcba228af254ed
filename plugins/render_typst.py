"""The ``pdf-typst`` format: the PDF page laid out by the typst compiler instead of WeasyPrint.

The page is the one the WeasyPrint renderer plans (``render_pdf.fit_one_page``: same items,
same type size, same omission footer); only the engine differs. A format of its own rather
than an option of ``pdf``: the engine is then a plugin like any other (listed by ``briefgen
plugins``, able to fail without taking ``pdf`` down), a typo is a usage error instead of a
silent fallback, and both engines can run side by side in one build (``stem.pdf`` and
``stem.typst.pdf``) while the typst page is compared with the default.

Untrusted text never becomes typst markup: the page model travels as JSON in ``sys.inputs``
and the template places its strings as text. The compiler's root is a folder that holds only
the template, and it sees only the shipped fonts (no system or typst-embedded ones), so the
page looks the same on every machine and the compiler reads nothing else.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen import hookimpl
from briefgen.models import Briefing
from briefgen.protocols import Rendered, Settings
from briefgen.templating import Page, templates_dir

from .render_pdf import A4, Sheet, fit_one_page, sheet

if TYPE_CHECKING:
    import typst

TEMPLATE = "briefing.typ"
PAGE_COUNT = "<page-count>"  # the template's metadata label holding its number of pages

_local = threading.local()  # a typst.Compiler serves one call at a time: one per thread


def template_root() -> Path:
    """The compiler's root: the folder holding the typst template and nothing else."""
    return templates_dir() / "typst"


@lru_cache(maxsize=1)
def fonts() -> typst.Fonts:
    """The shipped fonts only, loaded once per process (reading them is most of a cold compile)."""
    import typst

    return typst.Fonts(
        include_system_fonts=False, include_embedded_fonts=False, font_paths=[str(templates_dir() / "fonts")]
    )


def compiler() -> typst.Compiler:
    """This thread's compiler; it keeps typst's caches warm between the briefings of a run."""
    if getattr(_local, "compiler", None) is None:
        import typst

        _local.compiler = typst.Compiler(
            root=str(template_root()), font_paths=fonts(), ignore_system_fonts=True
        )
    return _local.compiler


def page_data(page: Page, size: float, paper: Sheet = A4) -> str:
    """The page model as the JSON the template reads: plain strings, numbers and lists."""
    return json.dumps({**dataclasses.asdict(page), "font_pt": size, "paper": paper.typst}, ensure_ascii=False)


def compile_page(page: Page, size: float, paper: Sheet = A4) -> tuple[bytes, int]:
    """Typeset ``page`` at base size ``size`` on ``paper``; returns the PDF and how many pages it took."""
    engine = compiler()
    data = engine.compile(
        input=str(template_root() / TEMPLATE),
        format="pdf",
        sys_inputs={"page": page_data(page, size, paper)},
    )
    return data, int(json.loads(engine.query(PAGE_COUNT, field="value", one=True)))


class TypstPdfRenderer:
    name = "pdf-typst"
    extension = "typst.pdf"
    paged = True

    def render(self, briefing: Briefing, settings: Settings) -> Rendered:
        paper = sheet(settings)
        data, omitted = fit_one_page(briefing, lambda page, size: compile_page(page, size, paper), paper)
        return Rendered(data, omitted)


@hookimpl
def register_renderers(register):
    register(TypstPdfRenderer())
