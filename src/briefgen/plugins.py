"""The plugin manager: entry-point loading, registration, and isolation of broken plugins.

Built-in plugins come through the same ``briefgen`` entry-point group as third-party ones, so
the path a plugin author uses is the path every release exercises. A plugin that fails to
import, or raises while registering, is recorded as failed and skipped: the CLI keeps working
and ``briefgen plugins`` shows what went wrong.

Environment switches:

``BRIEFGEN_LOAD_PLUGINS``
    unset: load every plugin; ``none`` (or empty): built-ins only; ``a,b``: built-ins plus the
    named third-party plugins.
``BRIEFGEN_DISABLE_PLUGINS``
    ``a,b``: never load these (built-ins included), e.g. to bypass a plugin that crashes.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

import pluggy

from . import hookspecs

log = logging.getLogger("briefgen")

GROUP = "briefgen"
BUILTIN_PREFIX = "briefgen_plugins"
KINDS = ("loaders", "languages", "summarisers", "renderers")


@dataclass
class PluginInfo:
    """What ``briefgen plugins`` shows about one plugin."""

    name: str
    module: str
    distribution: str = ""
    version: str = ""
    builtin: bool = False
    status: str = "loaded"  # loaded | failed | blocked
    error: str = ""
    registered: list[str] = field(default_factory=list)


class PluginError(Exception):
    """A plugin broke a rule (for example registered a name another plugin owns)."""


@dataclass
class Registry:
    """Everything the plugins registered, by kind and name, plus who registered it."""

    manager: pluggy.PluginManager
    plugins: dict[str, PluginInfo]
    items: dict[str, dict[str, Any]] = field(default_factory=lambda: {k: {} for k in KINDS})
    owners: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def loaders(self) -> dict[str, Any]:
        return self.items["loaders"]

    @property
    def languages(self) -> dict[str, Any]:
        return self.items["languages"]

    @property
    def summarisers(self) -> dict[str, Any]:
        return self.items["summarisers"]

    @property
    def renderers(self) -> dict[str, Any]:
        return self.items["renderers"]

    def owner(self, kind: str, name: str) -> str:
        return self.owners.get((kind, name), "?")

    def failures(self) -> list[PluginInfo]:
        return [p for p in self.plugins.values() if p.status == "failed"]


def _split_env(name: str) -> set[str] | None:
    raw = os.environ.get(name)
    if raw is None:
        return None
    return {part.strip() for part in raw.split(",") if part.strip() and part.strip() != "none"}


def _plugin_name(plugin: object) -> str:
    return getattr(plugin, "__name__", type(plugin).__name__)


def _fail(info: PluginInfo, error: BaseException, stage: str) -> None:
    info.status = "failed"
    info.error = f"{stage}: {type(error).__name__}: {error}"
    log.warning("briefgen: plugin %r failed (%s) and was skipped", info.name, info.error)


def _load_entry_points(manager: pluggy.PluginManager, plugins: dict[str, PluginInfo]) -> None:
    allowed = _split_env("BRIEFGEN_LOAD_PLUGINS")
    blocked = _split_env("BRIEFGEN_DISABLE_PLUGINS") or set()
    # Built-ins register first, so a third-party plugin cannot take a built-in's name (its
    # duplicate fails instead) merely by sorting earlier.
    entry_points = metadata.entry_points(group=GROUP)
    for ep in sorted(entry_points, key=lambda e: (not e.value.startswith(BUILTIN_PREFIX), e.name)):
        if ep.name in plugins:
            continue  # the same distribution seen twice on sys.path
        builtin = ep.value.startswith(BUILTIN_PREFIX)
        dist = getattr(ep, "dist", None)
        info = PluginInfo(
            name=ep.name,
            module=ep.value,
            distribution=dist.name if dist else "",
            version=dist.version if dist else "",
            builtin=builtin,
        )
        plugins[ep.name] = info
        if ep.name in blocked or (allowed is not None and not builtin and ep.name not in allowed):
            info.status = "blocked"
            continue
        try:
            module = ep.load()
            manager.register(module, name=ep.name)
        except Exception as error:  # a broken plugin must not take the CLI down
            _fail(info, error, "import")


def _collect(registry: Registry, kind: str) -> None:
    """Call each plugin's ``register_<kind>`` on its own so one failure stays contained."""
    hook = getattr(registry.manager.hook, f"register_{kind}")
    for impl in hook.get_hookimpls():
        info = registry.plugins.get(impl.plugin_name) or registry.plugins.setdefault(
            impl.plugin_name, PluginInfo(impl.plugin_name, _plugin_name(impl.plugin))
        )
        if info.status != "loaded":
            continue

        def register(item: Any, _info: PluginInfo = info) -> None:
            name = getattr(item, "name", None)
            if not isinstance(name, str) or not name:
                raise PluginError(f"{kind[:-1]} {item!r} has no name")
            key = (kind, name)
            if key in registry.owners:
                raise PluginError(
                    f"{kind[:-1]} {name!r} is already registered by plugin {registry.owners[key]!r}"
                )
            registry.items[kind][name] = item
            registry.owners[key] = _info.name
            _info.registered.append(f"{kind[:-1]}:{name}")

        try:
            impl.function(**{arg: register for arg in impl.argnames})
        except Exception as error:
            _fail(info, error, f"register_{kind}")


def add_commands(registry: Registry, cli: Any) -> None:
    """Let each plugin add CLI commands; a plugin that raises is skipped, not fatal."""
    for impl in registry.manager.hook.register_commands.get_hookimpls():
        info = registry.plugins.get(impl.plugin_name)
        if info is None or info.status != "loaded":
            continue
        try:
            impl.function(**{arg: cli for arg in impl.argnames})
        except Exception as error:
            _fail(info, error, "register_commands")


def _build(extra: list[object]) -> Registry:
    manager = pluggy.PluginManager(GROUP)
    manager.add_hookspecs(hookspecs)
    plugins: dict[str, PluginInfo] = {}
    _load_entry_points(manager, plugins)
    for plugin in extra:
        name = _plugin_name(plugin)
        manager.register(plugin, name=name)
        plugins[name] = PluginInfo(name, name)
    registry = Registry(manager=manager, plugins=plugins)
    for kind in KINDS:
        _collect(registry, kind)
    return registry


_registry: Registry | None = None
_extra: list[object] = []


def get_registry() -> Registry:
    """The process-wide registry, built on first use (so ``--help`` stays cheap)."""
    global _registry
    if _registry is None:
        _registry = _build(list(_extra))
    return _registry


def register_plugin(plugin: object) -> Callable[[], None]:
    """Register an in-process plugin (a module or object with hookimpls); returns an undo.

    Meant for tests and notebooks; packages should use the ``briefgen`` entry-point group.
    """
    global _registry
    _extra.append(plugin)
    _registry = None

    def undo() -> None:
        global _registry
        _extra.remove(plugin)
        _registry = None

    return undo


def reset() -> None:
    """Forget the registry so the next call re-reads entry points and environment switches."""
    global _registry
    _registry = None
