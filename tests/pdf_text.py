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


def viewer_text(data: bytes) -> str:
    """All page text as PDFium (Chrome's PDF engine) reads it, NFC-normalised, line breaks folded.

    PDFium puts the words of a right-to-left line in reading order whichever way the PDF stores
    them; pypdf keeps the stored order, which typst's PDFs (one run per Arabic word) reverse.
    """
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    pages = [page.get_textpage().get_text_bounded() for page in document]
    return " ".join(unicodedata.normalize("NFC", " ".join(page.split())) for page in pages)
