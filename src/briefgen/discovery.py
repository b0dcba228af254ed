"""Which plugins and plugin commands are declared and switched on, read without importing any.

``briefgen --help`` lists plugin commands from the ``briefgen.commands`` entry-point group. Reading
that group through ``importlib.metadata`` cost more than the rest of the help path together (its
import pulls in the email parser and zip support, and naming a distribution parses its METADATA), so
the common case reads the ``entry_points.txt`` of the ``*.dist-info`` / ``*.egg-info`` folders on
``sys.path`` directly: the files importlib.metadata's path finder reads, in the same order, the first
distribution of a name winning, the distribution named by its folder as importlib.metadata names it.
Where metadata could come from elsewhere (a zip archive on ``sys.path``, an import hook that finds
distributions) this asks importlib.metadata instead, so the two never disagree.

The environment switches live here too: the command list and the plugin loader
(:mod:`briefgen.plugins`) must apply the same ones.
"""

from __future__ import annotations

import importlib.machinery
import os
import re
import sys
from importlib import import_module
from typing import Any, NamedTuple

GROUP = "briefgen"
COMMANDS = "briefgen.commands"  # command name -> module:function returning a click command
DISTRIBUTION = "briefgen"
# module[:attr[.attr...]] [extras], as the entry-point specification writes a value
_VALUE = re.compile(r"(?P<module>[\w.]+)\s*(?::\s*(?P<attr>[\w.]+)\s*)?(?:\[.*\]\s*)?$")
_METADATA_SUFFIXES = (".dist-info", ".egg-info")

# Plugins registered in this process (briefgen.plugins.register_plugin); any of them may add commands.
in_process: list[object] = []


class Declared(NamedTuple):
    """One entry point, as far as the CLI needs it: ``load`` imports its module only when called."""

    name: str
    value: str
    group: str
    dist: str  # the distribution's normalised name ("" when unknown)

    @property
    def module(self) -> str:
        match = _VALUE.match(self.value)
        return match.group("module") if match else self.value

    def load(self) -> Any:
        """The object the entry point names; raises what importing it raises."""
        match = _VALUE.match(self.value)
        if match is None:
            raise ValueError(f"entry point {self.name!r} has a malformed value {self.value!r}")
        target: Any = import_module(match.group("module"))
        attrs = match.group("attr")
        for attr in attrs.split(".") if attrs else ():
            target = getattr(target, attr)
        return target


def normalise(name: str) -> str:
    """A distribution name as importlib.metadata compares them (PEP 503, then ``_``)."""
    return re.sub(r"[-_.]+", "_", name).lower()


def is_builtin(dist_name: str | None) -> bool:
    """Whether a distribution is briefgen's own: its built-ins, whatever their module names say."""
    return bool(dist_name) and normalise(dist_name) == DISTRIBUTION


def _split_env(name: str) -> set[str] | None:
    raw = os.environ.get(name)
    if raw is None:
        return None
    return {part.strip() for part in raw.split(",") if part.strip() and part.strip() != "none"}


def switched_off(name: str, builtin: bool) -> bool:
    """Whether the environment switches keep the plugin ``name`` from loading."""
    allowed = _split_env("BRIEFGEN_LOAD_PLUGINS")
    blocked = _split_env("BRIEFGEN_DISABLE_PLUGINS") or set()
    return name in blocked or (allowed is not None and not builtin and name not in allowed)


def _metadata_folders() -> list[tuple[str, str]] | None:
    """``(normalised name, folder)`` of each installed distribution, first of a name only, or None
    when some distribution could be found other than as a folder in a ``sys.path`` directory."""
    if any(
        hasattr(finder, "find_distributions") and finder is not importlib.machinery.PathFinder
        for finder in sys.meta_path
    ):
        return None
    folders: dict[str, str] = {}
    for entry in sys.path:
        root = entry or "."
        if not os.path.isdir(root):
            if os.path.exists(root):  # a zip archive: importlib.metadata reads inside it
                return None
            continue
        try:
            children = os.listdir(root)
        except OSError:
            continue
        for child in children:
            if child.lower().endswith(_METADATA_SUFFIXES):
                stem = child.rpartition(".")[0].partition("-")[0]
                folders.setdefault(normalise(stem), os.path.join(root, child))
    return list(folders.items())


def _sections(text: str) -> dict[str, list[tuple[str, str]]]:
    """``entry_points.txt``: ``[group]`` headers, ``name = value`` lines, ``#`` comments (the lines
    importlib.metadata reads)."""
    groups: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = groups.setdefault(line[1:-1].strip(), [])
        elif current is not None:
            name, _, value = line.partition("=")
            current.append((name.strip(), value.strip()))
    return groups


def declared(*groups: str) -> list[Declared]:
    """The entry points of ``groups`` across installed distributions; imports none of them."""
    folders = _metadata_folders()
    if folders is None:
        from importlib import metadata

        return [
            Declared(ep.name, ep.value, group, normalise(ep.dist.name) if ep.dist else "")
            for group in groups
            for ep in metadata.entry_points(group=group)
        ]
    found: list[Declared] = []
    for dist, folder in folders:
        try:
            with open(os.path.join(folder, "entry_points.txt"), encoding="utf-8") as handle:
                sections = _sections(handle.read())
        except (OSError, UnicodeDecodeError):
            continue  # no entry points (or an egg-info file, not a folder)
        found += [Declared(n, v, group, dist) for group in groups for n, v in sections.get(group, ())]
    return found


def command_entry_points() -> dict[str, Declared]:
    """Plugin commands declared in entry-point metadata, by name; nothing is imported.

    A command belongs to the plugin of its distribution whose module it lives in, so switching
    that plugin off (``BRIEFGEN_DISABLE_PLUGINS``) takes its commands away too.
    """
    points = declared(GROUP, COMMANDS)
    plugins = {(ep.dist, ep.value): ep for ep in points if ep.group == GROUP}
    commands: dict[str, Declared] = {}
    for ep in points:
        if ep.group != COMMANDS:
            continue
        owner = plugins.get((ep.dist, ep.module))
        if owner is None or switched_off(owner.name, is_builtin(owner.dist)):
            continue
        commands.setdefault(ep.name, ep)
    return commands


def hooks_may_add_commands() -> bool:
    """Whether some plugin that may load could add commands through ``register_commands``.

    A distribution that declares commands in ``briefgen.commands`` declares them all there; any
    other plugin distribution, or an in-process plugin, can only be asked by importing it: the
    slower path, which ``briefgen --help`` then takes.
    """
    if in_process:
        return True
    points = declared(GROUP, COMMANDS)
    with_commands = {ep.dist for ep in points if ep.group == COMMANDS}
    return any(
        ep.dist not in with_commands and not switched_off(ep.name, is_builtin(ep.dist))
        for ep in points
        if ep.group == GROUP
    )
