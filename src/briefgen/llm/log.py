"""What the model did, kept in a SQLite file under the user cache folder: one row per request.

A briefing says which fields a model wrote; this log says how it got there: which endpoint
answered (host only), which model, the prompt's hash, tokens, time, whether the answer came
from the cache, what grounding refused and why. ``briefgen logs`` lists and shows rows. The API
key is never given to this module, and error messages reach it scrubbed
(:func:`briefgen.llm.client.scrub`). ``--option log=off`` turns it off, ``log=PATH`` moves it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Why grounding refuses each field (the keys of ``dropped_ungrounded``).
REASONS = {
    "event.title": "the title's words or numbers are not the sources'",
    "event.place": "the place is neither the analysis's nor named by a source",
    "event.date": "the date is not one the analysis found",
    "event.organisers": "an organiser is neither the analysis's nor named whole by a source",
    "people": "the person is not one the analysis found, or cites nothing real",
    "people.role": "the role's words are not the person's sentences' or labels'",
    "figures": "the value is not a number its quote states, or the unit is not stated",
    "figures.label": "the label's words are not the quote's or the analysis's",
    "outcomes": "the outcome cites no sentence, or its words, numbers or names are not the sentence's",
    "outcomes.text_en": "the English sentence's words, numbers or names are not its sentence's",
    "summary": "the lead's words, numbers or names are not the sources'",
}

_SCHEMA = """CREATE TABLE IF NOT EXISTS requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    conference TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    model TEXT NOT NULL,
    prompt_hash TEXT NOT NULL,
    cached INTEGER NOT NULL,
    tokens INTEGER,
    seconds REAL,
    status TEXT NOT NULL,
    dropped TEXT NOT NULL,
    answer TEXT
)"""
COLUMNS = (
    "id",
    "at",
    "conference",
    "endpoint",
    "model",
    "prompt_hash",
    "cached",
    "tokens",
    "seconds",
    "status",
)


def prompt_hash(messages: list[dict[str, str]]) -> str:
    return hashlib.sha256(json.dumps(messages, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


@dataclass
class Call:
    """One request as the session saw it."""

    prompt_hash: str
    cached: bool
    tokens: int | None = None
    seconds: float = 0.0
    answer: str | None = None


def dropped_with_reasons(dropped: Mapping[str, int]) -> dict[str, dict[str, Any]]:
    return {field: {"count": n, "why": REASONS.get(field, "not grounded")} for field, n in dropped.items()}


class RequestLog:
    def __init__(self, path: Path) -> None:
        self.path = path

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, timeout=30)) as db:
            db.execute(_SCHEMA)
            with db:
                yield db

    def record(
        self,
        conference: str,
        endpoint: str,
        model: str,
        call: Call,
        status: str,
        dropped: Mapping[str, int],
    ) -> None:
        row = (
            time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            conference,
            endpoint,
            model,
            call.prompt_hash,
            int(call.cached),
            call.tokens,
            round(call.seconds, 3),
            status,
            json.dumps(dropped_with_reasons(dropped), ensure_ascii=False),
            call.answer,
        )
        with self._connect() as db:
            db.execute(
                "INSERT INTO requests (at, conference, endpoint, model, prompt_hash, cached, tokens, seconds,"
                " status, dropped, answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )

    def rows(self, limit: int = 50) -> list[dict[str, Any]]:
        """The latest ``limit`` requests, newest first, without their answers."""
        if not self.path.exists():
            return []
        with self._connect() as db:
            found = db.execute(
                f"SELECT {', '.join(COLUMNS)} FROM requests ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
        return [dict(zip(COLUMNS, r, strict=True)) for r in found]

    def show(self, row_id: int) -> dict[str, Any] | None:
        """One request in full: its row, what was dropped and why, and the answer."""
        if not self.path.exists():
            return None
        with self._connect() as db:
            found = db.execute(
                f"SELECT {', '.join(COLUMNS)}, dropped, answer FROM requests WHERE id = ?", (row_id,)
            ).fetchone()
        if found is None:
            return None
        entry = dict(zip((*COLUMNS, "dropped", "answer"), found, strict=True))
        entry["dropped"] = json.loads(entry["dropped"])
        return entry
