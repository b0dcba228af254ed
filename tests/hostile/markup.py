"""Hostile markup aimed at a logging server: every way a page or stylesheet can make a fetch.

Shared by the hostile HTML test and the template tests, so both check the same list.
"""

from __future__ import annotations

import re

from pypdf import PdfReader

PASSWD = "file:///etc/passwd"


def hostile_markup(base: str) -> list[str]:
    """Snippets that would fetch from ``base`` or read a local file if anything honoured them."""
    return [
        f'<img src="{base}/img.png" alt="x">',
        f'<style>@import url("{base}/import.css"); p {{ background: url({base}/bg.png) }}</style>',
        f"<style>@import '{base}/import2.css';</style>",
        f'<div style="background-image:url({base}/inline.png)">styled</div>',
        f'<link rel="stylesheet" href="{base}/sheet.css">',
        f'<link rel="attachment" href="{PASSWD}">',
        f'<a rel="attachment" href="{PASSWD}">passwd</a>',
        f'<a rel="attachment" href="{base}/attach.bin">attachment</a>',
        f'<iframe src="{base}/frame.html"></iframe>',
        f'<script src="{base}/script.js"></script>',
        f'<script>fetch("{base}/fetch")</script>',
        f'<object data="{base}/object.svg"></object><embed src="{base}/embed.svg">',
        f'<svg><image href="{base}/svg.png"/></svg>',
        f'<meta http-equiv="refresh" content="0;url={base}/refresh"><base href="{base}/base/">',
    ]


# Tags that must never appear unescaped in the body of an HTML briefing.
LIVE_TAG = re.compile(r"<\s*(img|style|link|iframe|script|object|embed|svg|image|meta|base)\b", re.IGNORECASE)


def live_references(page: str, target: str) -> list[str]:
    """Elements of an HTML ``page`` whose attributes, stylesheet or script name ``target``.

    Text that merely mentions ``target`` (escaped markup) is fine; an attribute or a
    ``<style>``/``<script>`` body naming it is what a browser would fetch.
    """
    from selectolax.lexbor import LexborHTMLParser

    found = []
    for node in LexborHTMLParser(page).css("*"):
        values = [v or "" for v in node.attributes.values()]
        if node.tag in ("style", "script"):
            values.append(node.text(deep=True))
        found += [f"<{node.tag}> {v[:80]}" for v in values if target in v]
    return found


def body_of(page: str) -> str:
    return page.split("<body", 1)[-1]


def embedded_files(path: str) -> list[str]:
    """Names of files a PDF carries: the /EmbeddedFiles tree and /FileAttachment annotations."""
    reader = PdfReader(path)
    found = list(reader.attachments)
    names = reader.trailer["/Root"].get("/Names")
    if names is not None and "/EmbeddedFiles" in names.get_object():
        found.append("/EmbeddedFiles")
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            if annotation.get_object().get("/Subtype") == "/FileAttachment":
                found.append("/FileAttachment")
    return found
