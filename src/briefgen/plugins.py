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

Built-ins are the entry points of briefgen's own distribution; a module name proves nothing (a
third-party ``briefgen_plugins_evil`` must not pass ``BRIEFGEN_LOAD_PLUGINS=none``). A plugin
that fails while registering loses everything it registered before the failure, and its other
hooks, so "failed and skipped" means exactly that.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

import pluggy

from . import hookspecs
from .discovery import GROUP, Declared, in_process, is_builtin, switched_off

log = logging.getLogger("briefgen")

KINDS = ("loaders", "languages", "summarisers", "renderers")
# What each kind must offer; checked at registration so a broken object fails its plugin there.
METHODS = {
    "loaders": ("can_load", "load"),
    "languages": ("analyse",),
    "summarisers": ("summarise",),
    "renderers": ("render",),
}
# A renderer's file extension: no separators, NUL or dots first, so a name never leaves the folder.
EXTENSION = re.compile(r"[a-z0-9][a-z0-9.+-]*")
# What a plugin can raise that must not end the run: SystemExit too (a plugin calling sys.exit
# at import made ``briefgen plugins`` and ``--help`` exit 0 silently); Ctrl-C still stops it.
PLUGIN_ERRORS = (Exception, SystemExit)


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


def _plugin_name(plugin: object) -> str:
    return getattr(plugin, "__name__", type(plugin).__name__)


def _is_builtin(dist: Any) -> bool:
    return is_builtin(dist.metadata["Name"] if dist is not None else None)


def _fail(info: PluginInfo, error: BaseException, stage: str, registry: Registry | None = None) -> None:
    """Mark a plugin failed and withdraw what it registered and its hooks."""
    info.status = "failed"
    info.error = f"{stage}: {type(error).__name__}: {str(error)[:500]}"
    log.warning("briefgen: plugin %r failed (%s) and was skipped", info.name, info.error)
    if registry is None:
        return
    for kind, name in [key for key, owner in registry.owners.items() if owner == info.name]:
        del registry.owners[(kind, name)]
        del registry.items[kind][name]
    info.registered.clear()
    if registry.manager.has_plugin(info.name):
        registry.manager.unregister(name=info.name)


def load_command(ep: Declared) -> Any:
    """The click command an entry point of ``briefgen.commands`` names (the object, or what its
    factory returns): only now is the plugin's module imported."""
    import click

    target = ep.load()
    command = target if isinstance(target, click.Command) else target()
    if not isinstance(command, click.Command):
        raise PluginError(f"command {ep.name!r} ({ep.value}) is not a click command")
    return command


def _load_entry_points(manager: pluggy.PluginManager, plugins: dict[str, PluginInfo]) -> None:
    # Built-ins register first, so a third-party plugin cannot take a built-in's name (its
    # duplicate fails instead) merely by sorting earlier.
    entry_points = metadata.entry_points(group=GROUP)
    for ep in sorted(entry_points, key=lambda e: (not _is_builtin(getattr(e, "dist", None)), e.name)):
        if ep.name in plugins:
            continue  # the same distribution seen twice on sys.path
        dist = getattr(ep, "dist", None)
        builtin = _is_builtin(dist)
        info = PluginInfo(
            name=ep.name,
            module=ep.value,
            distribution=dist.name if dist else "",
            version=dist.version if dist else "",
            builtin=builtin,
        )
        plugins[ep.name] = info
        if switched_off(ep.name, builtin):
            info.status = "blocked"
            continue
        try:
            module = ep.load()
            manager.register(module, name=ep.name)
        except PLUGIN_ERRORS as error:  # a broken plugin must not take the CLI down
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
            _check_item(registry, kind, item)
            name = item.name
            key = (kind, name)
            registry.items[kind][name] = item
            registry.owners[key] = _info.name
            _info.registered.append(f"{kind[:-1]}:{name}")

        try:
            impl.function(**{arg: register for arg in impl.argnames})
        except PLUGIN_ERRORS as error:
            _fail(info, error, f"register_{kind}", registry)


def _check_item(registry: Registry, kind: str, item: Any) -> None:
    """Refuse an item that lacks what its kind needs, or that would clash with one registered."""
    label = kind[:-1]
    name = getattr(item, "name", None)
    if not isinstance(name, str) or not name:
        raise PluginError(f"{label} {type(item).__name__} has no name")
    if (kind, name) in registry.owners:
        raise PluginError(
            f"{label} {name!r} is already registered by plugin {registry.owners[(kind, name)]!r}"
        )
    missing = [method for method in METHODS[kind] if not callable(getattr(item, method, None))]
    if missing:
        raise PluginError(f"{label} {name!r} has no {', '.join(missing)} method")
    if kind != "renderers":
        return
    extension = getattr(item, "extension", None)
    if not isinstance(extension, str) or not EXTENSION.fullmatch(extension):
        raise PluginError(
            f"renderer {name!r} has an unsafe extension {extension!r} (use [a-z0-9][a-z0-9.+-]*)"
        )
    taken = next((other for other in registry.renderers.values() if other.extension == extension), None)
    if taken is not None:
        raise PluginError(
            f"renderer {name!r} uses the extension {extension!r} of renderer {taken.name!r} "
            f"(plugin {registry.owner('renderers', taken.name)!r})"
        )


def add_commands(registry: Registry, cli: Any) -> None:
    """Let each plugin add CLI commands; a plugin that raises is skipped, not fatal."""
    for impl in registry.manager.hook.register_commands.get_hookimpls():
        info = registry.plugins.get(impl.plugin_name)
        if info is None or info.status != "loaded":
            continue
        before = dict(cli.commands)
        try:
            impl.function(**{arg: cli for arg in impl.argnames})
        except PLUGIN_ERRORS as error:
            cli.commands.clear()  # withdraw the commands it added before failing
            cli.commands.update(before)
            _fail(info, error, "register_commands", registry)


def _build(extra: list[object]) -> Registry:
    manager = pluggy.PluginManager(GROUP)
    manager.add_hookspecs(hookspecs)
    plugins: dict[str, PluginInfo] = {}
    _load_entry_points(manager, plugins)
    for plugin in extra:
        if manager.is_registered(plugin):
            continue  # also installed: its entry point registered this very module already
        name = _plugin_name(plugin)
        manager.register(plugin, name=name)
        plugins[name] = PluginInfo(name, name)
    registry = Registry(manager=manager, plugins=plugins)
    for kind in KINDS:
        _collect(registry, kind)
    return registry


_registry: Registry | None = None


def get_registry() -> Registry:
    """The process-wide registry, built on first use (so ``--help`` stays cheap)."""
    global _registry
    if _registry is None:
        _registry = _build(list(in_process))
    return _registry


def register_plugin(plugin: object) -> Callable[[], None]:
    """Register an in-process plugin (a module or object with hookimpls); returns an undo.

    Meant for tests and notebooks; packages should use the ``briefgen`` entry-point group.
    """
    global _registry
    in_process.append(plugin)
    _registry = None

    def undo() -> None:
        global _registry
        in_process.remove(plugin)
        _registry = None

    return undo


def reset() -> None:
    """Forget the registry so the next call re-reads entry points and environment switches."""
    global _registry
    _registry = None
