"""Grouping keys stay small: what recurs across articles is one shared object, not a copy each.

A run holds every article's keys at once, so their size is what the driver's memory grows by
per article (see BENCHMARKS.md, peak memory). These tests pin down the sharing and that the keys
still behave as values: equal when equal, picklable (workers send them), round-tripped by the
store, renumbered without losing their formatted date.
"""

from __future__ import annotations

import pickle

from groupdocs import doc

from briefgen.grouping import event_keys, renumbered
from briefgen.grouping.features import keys_from_plain, keys_to_plain

PEOPLE = ("Nguyen Van An", "Tran Thi Binh")
FIGURES = (("250", "delegates", ""), ("47/NQ-CP", "", ""), ("13.5", "percent", ""))


def _two():
    one = doc("a", date="2024-06-12", place="Hue", people=PEOPLE, figures=FIGURES, title="ASEAN Forum 2024")
    two = doc("b", date="2024-06-12", place="Hue", people=PEOPLE, figures=FIGURES, title="ASEAN Forum 2024")
    return event_keys(0, one), event_keys(1, two)


def test_what_two_articles_share_is_one_object_in_their_keys() -> None:
    a, b = _two()
    assert a.people and a.people.keys() == b.people.keys()
    assert all(a.people[k] is b.people[k] for k in a.people)  # (name tokens, display name)
    assert a.figures.keys() == b.figures.keys() and all(a.figures[v] is b.figures[v] for v in a.figures)
    assert a.places and a.places is b.places and a.event_words is b.event_words
    assert not hasattr(a, "__dict__") and not hasattr(a.places, "__dict__")  # slots, no dict per article


def test_compact_keys_are_still_plain_values() -> None:
    a, _ = _two()
    assert a.date_text == "2024-06-12"
    moved = renumbered(a, 7, "a~2", "a.txt")
    assert (moved.index, moved.id, moved.date_text) == (7, "a~2", "2024-06-12")
    assert pickle.loads(pickle.dumps(a)) == a
    stored = keys_from_plain(keys_to_plain(a))
    assert stored == a and stored.date_text == a.date_text
    assert all(stored.people[k] is a.people[k] for k in a.people)  # shared again when read back
