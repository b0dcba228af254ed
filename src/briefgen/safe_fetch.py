"""The only URL fetcher WeasyPrint gets: it serves briefgen's own assets and nothing else.

WeasyPrint's default fetcher downloads any http(s) URL a document names and embeds local files
(``<link rel=attachment href=file:///...>`` puts the file into the PDF). Briefings are built from
untrusted article text, so the renderer must never reach the network or the file system beyond
the shipped fonts and stylesheets, even if escaping failed somewhere. The check is on the
resolved path, so ``..`` segments and symlinks cannot leave the assets folder.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from weasyprint.urls import URLFetcher, URLFetcherResponse


class RefusedURL(ValueError):
    """A URL the briefing renderer does not fetch. WeasyPrint logs it and renders without it."""


class AssetFetcher(URLFetcher):
    """Serves ``data:`` URLs and files under ``root``; refuses every other URL without opening it."""

    def __init__(self, root: Path, **kwargs: Any) -> None:
        super().__init__(allowed_protocols=("data", "file"), allow_redirects=False, **kwargs)
        self.root = root.resolve()

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme == "file":
            return self._asset(url)
        raise RefusedURL(f"briefgen does not fetch {scheme or 'relative'} URLs: {url[:200]}")

    def _asset(self, url: str) -> URLFetcherResponse:
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise RefusedURL(f"briefgen does not fetch files from other hosts: {url[:200]}")
        path = Path(url2pathname(unquote(parts.path))).resolve()
        if not path.is_relative_to(self.root) or not path.is_file():
            raise RefusedURL(f"briefgen serves only its own template assets, not {path}")
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if path.suffix == ".ttf":
            content_type = "font/ttf"
        return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": content_type})
