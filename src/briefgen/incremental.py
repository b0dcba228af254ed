"""Which of a store's conferences a run compares, and which of its conferences changed.

Plain functions over plain data (the pipeline composes them with the store and the stages):

* **The window.** A desk's store grows every day; comparing today's articles with a year of
  conferences costs time and invites look-alike joins ("the 12th plenary" of another year). A
  stored conference is compared when one of its articles is within ``window`` days of the newest
  input's date: its event date, or when unknown the day it was stored. One that shares an article
  with today's inputs is always compared, so an input given again never splits its conference.
  Whole conferences are in or out, never some of their members: a conference is only ever
  re-rendered whole.
* **The plan.** After grouping, a conference whose members (path, position, content hash) are
  exactly a stored conference's, with every file of the asked formats still on disk, is left
  alone: nothing is analysed, briefed or written for it. Any other conference is briefed; the
  stored conferences that share an article with it are superseded by it (it takes the file stem
  of the oldest, so links to yesterday's page stay valid).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .store import Member, StoredArticle, StoredConference

# Reports of one conference appear within days of it; a month covers late round-ups too.
DEFAULT_WINDOW_DAYS = 30


def day_of(text: str | None) -> dt.date | None:
    """The day an ISO date names; None for a partial or unreadable one (a month is no day)."""
    try:
        return dt.date.fromisoformat((text or "")[:10]) if len(text or "") >= 10 else None
    except ValueError:
        return None


def window_start(dates: Iterable[str | None], window: int, today: dt.date) -> dt.date:
    """The first day compared: ``window`` days before the newest input's date (else ``today``)."""
    days = [d for d in map(day_of, dates) if d is not None]
    return (max(days) if days else today) - dt.timedelta(days=window)


def compared(
    conferences: Sequence[StoredConference],
    rows: Mapping[tuple[str, int], StoredArticle],
    inputs: set[tuple[str, int]],
    start: dt.date,
) -> list[StoredConference]:
    """The stored conferences this run compares (see the module docstring)."""
    chosen = []
    for conference in conferences:
        places = [(path, position) for path, position, _ in conference.members]
        if any(place in inputs for place in places):
            chosen.append(conference)
            continue
        days = [day_of(rows[p].record.date) or day_of(rows[p].stored_day) for p in places if p in rows]
        if any(day is not None and day >= start for day in days):
            chosen.append(conference)
    return chosen


@dataclass(frozen=True)
class Change:
    """A conference to brief (its position among the run's conferences) and what it supersedes."""

    number: int
    superseded: tuple[StoredConference, ...]


def plan(
    groups: Sequence[Sequence[Member]],
    stored: Sequence[StoredConference],
    formats: Sequence[str],
    out_dir: Path,
) -> tuple[list[Change], list[StoredConference]]:
    """The run's conferences to brief, and the stored ones left alone (see the module docstring)."""
    exact = {frozenset(c.members): c for c in stored}
    changes: list[Change] = []
    kept: list[StoredConference] = []
    for number, members in enumerate(groups):
        same = exact.get(frozenset(members))
        if same is not None and set(formats) <= set(same.formats) and _files_present(same, out_dir):
            kept.append(same)
            continue
        places = {(path, position) for path, position, _ in members}
        superseded = tuple(c for c in stored if any((p, n) in places for p, n, _ in c.members))
        changes.append(Change(number, superseded))
    return changes, kept


def _files_present(conference: StoredConference, out_dir: Path) -> bool:
    return all((out_dir / name).is_file() for name in conference.files)
