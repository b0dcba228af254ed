"""Reading rendered PDFs back with pypdf, the way a user's viewer or search would."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def text(data: bytes) -> str:
    """All page text, NFC-normalised and with line breaks folded, so wrapped phrases match."""
    pages = reader(data).pages
    return " ".join(unicodedata.normalize("NFC", " ".join(p.extract_text().split())) for p in pages)


def font_names(data: bytes) -> set[str]:
    """Embedded font names without the six-letter subset tag (``ABCDEF+Name``)."""
    names = set()
    for page in reader(data).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+", 1)[-1])
    return names
