"""What a desk that runs every day keeps between runs: ``briefgen build --store DIR``.

One SQLite file (the standard library's, no server) holds two tables:

* ``articles``: one row per analysed article, keyed by its file's absolute path and its place in
  the file, with the file's SHA-256, its language, date, the day it was stored and its grouping
  keys (:class:`briefgen.grouping.EventKeys` as JSON). A file whose content hash is stored is
  never loaded or analysed again: its keys come from here.
* ``conferences``: one row per conference written, with its members (path, position, hash), the
  file stem and files it got, the formats, and its briefing's JSON (for the run overview).

Only keys are kept, not Documents: a conference that gains an article is briefed again from its
members' sources, re-read and re-analysed (about 4 ms an article, against about 200 ms to render
one PDF), so the store stays small (about 1 KB an article) and a briefing is always made from
the text its evidence quotes. A member whose source has gone or changed since it was stored is
reported and left out of that briefing, never dropped silently (see :mod:`briefgen.pipeline`).

Each run holds the store's write lock from start to end (``BEGIN IMMEDIATE``), so two runs on
one store never interleave: the second waits up to ``timeout`` seconds, then stops with "store
is busy". A run that fails midway rolls back, leaving the store as the last finished run left
it. The schema has a version (:data:`SCHEMA_VERSION`); a store made by another is refused with
what to do, and so is a file that is not a store.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .grouping.features import keys_from_plain, keys_to_plain
from .stages import ArticleRef, Keyed

SCHEMA_VERSION = 1
FILE_NAME = "briefgen-store.sqlite3"
DEFAULT_TIMEOUT = 10.0

Member = tuple[str, int, str]  # absolute path, position in the file, the file's SHA-256

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    path TEXT NOT NULL,
    position INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    article_id TEXT NOT NULL,
    language TEXT NOT NULL,
    date TEXT,
    stored_day TEXT NOT NULL,
    keys TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (path, position)
);
CREATE TABLE conferences (
    id INTEGER PRIMARY KEY,
    stem TEXT NOT NULL,
    members TEXT NOT NULL,
    formats TEXT NOT NULL,
    files TEXT NOT NULL,
    briefing TEXT NOT NULL
);
"""


class StoreError(RuntimeError):
    """The store cannot be used as it is (busy, made by another schema, damaged); says what to do."""


@dataclass(frozen=True)
class StoredArticle:
    """One ``articles`` row: the record grouping needs, the file's hash and the day it was stored."""

    record: Keyed
    sha256: str
    stored_day: str

    @property
    def member(self) -> Member:
        return (self.record.ref.path, self.record.ref.position, self.sha256)


@dataclass(frozen=True)
class StoredConference:
    """One ``conferences`` row (``id`` is None until it is saved)."""

    id: int | None
    stem: str
    members: tuple[Member, ...]
    formats: tuple[str, ...]
    files: tuple[str, ...]
    briefing: dict[str, Any]


def _record_to_row(record: Keyed) -> tuple[str, str]:
    extra = {
        "id": record.ref.id,
        "cue": record.cue,
        "removed": [list(item) for item in record.removed],
        "boilerplate": record.boilerplate,
    }
    return json.dumps(keys_to_plain(record.keys), ensure_ascii=False), json.dumps(extra, ensure_ascii=False)


def _record_from_row(
    path: str, position: int, language: str, date: str | None, keys: str, extra: str
) -> Keyed:
    data = json.loads(extra)
    return Keyed(
        ArticleRef(path, int(position), str(data["id"])),
        keys_from_plain(json.loads(keys)),
        str(language),
        None if date is None else str(date),
        bool(data["cue"]),
        tuple((str(code), int(number)) for code, number in data["removed"]),
        int(data["boilerplate"]),
    )


class Store:
    """An open store, holding its write lock until :meth:`commit` or :meth:`close`."""

    def __init__(self, folder: Path, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.path = folder / FILE_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create the store folder {folder}: {error.strerror or error}") from None
        try:
            self._db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as error:
            raise StoreError(f"cannot open the store {self.path}: {error}") from None
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            self._db.close()
            if "locked" in str(error) or "busy" in str(error):
                raise StoreError(
                    f"store is busy: another briefgen run is using {self.path} (waited {timeout:g} s); "
                    "run again when it has finished"
                ) from None
            raise self._damaged(error) from None
        except sqlite3.DatabaseError as error:
            self._db.close()
            raise self._damaged(error) from None
        try:
            self._check_schema()
        except BaseException:
            self.close()
            raise

    def _damaged(self, error: Exception) -> StoreError:
        return StoreError(
            f"{self.path} is not a briefgen store or is damaged ({error}); move it away and run "
            "again to start a new store (every article is then analysed again)"
        )

    def _check_schema(self) -> None:
        try:
            tables = {row[0] for row in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
                return
            found = self._db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from None
        version = found[0] if found else "unknown"
        if version != str(SCHEMA_VERSION):
            raise StoreError(
                f"{self.path} was made by store schema {version}; this briefgen reads schema "
                f"{SCHEMA_VERSION}. Use the briefgen version that made it, or point --store at a "
                "new folder (every article is then analysed again)"
            )

    def _query(self, sql: str, parameters: Sequence[Any] = ()) -> list[Any]:
        try:
            return self._db.execute(sql, parameters).fetchall()
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from None

    def known(self, path: str, sha256: str) -> list[Keyed] | None:
        """The stored records of the file at ``path`` (absolute) if its content is unchanged, else None."""
        rows = self._query(
            "SELECT path, position, language, date, keys, record FROM articles "
            "WHERE path = ? AND sha256 = ? ORDER BY position",
            (path, sha256),
        )
        return [self._record(row) for row in rows] or None

    def _record(self, row: Sequence[Any]) -> Keyed:
        try:
            return _record_from_row(*row)
        except (KeyError, TypeError, ValueError) as error:
            raise self._damaged(error) from None

    def articles(self, places: Iterable[tuple[str, int]]) -> dict[tuple[str, int], StoredArticle]:
        """The stored rows at these (path, position) places; a place with no row is left out."""
        found = {}
        for path, position in places:
            rows = self._query(
                "SELECT path, position, language, date, keys, record, sha256, stored_day FROM articles "
                "WHERE path = ? AND position = ?",
                (path, position),
            )
            for row in rows:
                found[(path, position)] = StoredArticle(self._record(row[:6]), row[6], row[7])
        return found

    def conferences(self) -> list[StoredConference]:
        """Every stored conference, oldest first."""
        rows = self._query("SELECT id, stem, members, formats, files, briefing FROM conferences ORDER BY id")
        try:
            return [
                StoredConference(
                    int(row[0]),
                    str(row[1]),
                    tuple((str(p), int(n), str(h)) for p, n, h in json.loads(row[2])),
                    tuple(map(str, json.loads(row[3]))),
                    tuple(map(str, json.loads(row[4]))),
                    dict(json.loads(row[5])),
                )
                for row in rows
            ]
        except (TypeError, ValueError) as error:
            raise self._damaged(error) from None

    def save_file(self, path: str, sha256: str, records: Sequence[Keyed], day: str) -> None:
        """Keep the records of the file at ``path`` (absolute), replacing what an older content left."""
        self._query("DELETE FROM articles WHERE path = ?", (path,))
        for record in records:
            keys, extra = _record_to_row(record)
            self._query(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    path,
                    record.ref.position,
                    sha256,
                    record.ref.id,
                    record.language,
                    record.date,
                    day,
                    keys,
                    extra,
                ),
            )

    def replace_conferences(self, dropped: Iterable[int], added: Iterable[StoredConference]) -> None:
        """Forget the conferences ``dropped`` (superseded) and keep the ``added`` ones."""
        for number in dropped:
            self._query("DELETE FROM conferences WHERE id = ?", (number,))
        for conference in added:
            self._query(
                "INSERT INTO conferences (stem, members, formats, files, briefing) VALUES (?, ?, ?, ?, ?)",
                (
                    conference.stem,
                    json.dumps([list(m) for m in conference.members], ensure_ascii=False),
                    json.dumps(list(conference.formats)),
                    json.dumps(list(conference.files), ensure_ascii=False),
                    json.dumps(conference.briefing, ensure_ascii=False),
                ),
            )

    def commit(self) -> None:
        """Make this run's changes durable (nothing is written to the file when nothing changed)."""
        try:
            self._db.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from None

    def close(self) -> None:
        """Release the lock; anything not committed is rolled back."""
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")
        self._db.close()
