"""Grouping alone at 10,000, 30,000 and 100,000 articles: wall seconds and peak memory.

What a desk's store hands the group stage is keys, not Documents, so this generates
:class:`briefgen.grouping.EventKeys` directly (no analysis), through the same helpers the key
stage uses (place keys from the gazetteer, name skeletons, figure weights):

* events spread over a year across 60 provinces, each reported by 1 to 10 articles (most by 1-3)
  in five languages; a report drops people and figures, and sometimes its date or place;
* people from pools with a realistic skew: the Prime Minister at one event in six, a dozen
  national officials at one in fifty each, thirty local officials per province who recur in their
  province's meetings, and guests drawn from about 250,000 names;
* figures: attendance in round tens, a growth rate, a budget, the plan's years, a decision
  number of the event and a few resolution numbers every province cites;
* look-alike events: provinces hold the same kind of conference (same English name words, same
  ordinal for a series' sessions) on other days, and the same province on the same day.

Each size runs in a fresh child process, so its peak resident memory (``ru_maxrss``) is that
size's alone: the keys plus grouping. The time is grouping only (:func:`briefgen.grouping.group_keys`).
Pair precision and recall against the generator's truth show the work was real.
Run: ``python benchmarks/group_scale.py [SIZES...]`` (default 10000 30000 100000).
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from briefgen.gazetteer import all_places
from briefgen.grouping import EventKeys, group_keys
from briefgen.grouping.features import figure_weight
from briefgen.grouping.names import name_tokens, skeleton
from briefgen.grouping.places import place_keys, word_set

LANGUAGES = ("ar", "en", "fr", "id", "vi")
PROVINCES = sorted(p.english for p in all_places() if p.province is None)[:60]
PRIME_MINISTER = "Pham Minh Chinh"
NATIONAL = [
    "Tran Hong Ha", "Le Thanh Long", "Nguyen Hoa Binh", "Bui Thanh Son", "Ho Duc Phoc",
    "Nguyen Chi Dung", "Dao Ngoc Dung", "Nguyen Kim Son", "Le Minh Hoan", "Tran Luu Quang",
    "Nguyen Van Thang", "Do Duc Duy",
]  # fmt: skip
KINDS = [
    ("investment promotion conference", None),
    ("socio-economic review conference", None),
    ("people's council plenary session", "ordinal"),
    ("party congress", "ordinal"),
    ("digital transformation forum", None),
    ("tourism festival", None),
    ("human rights training workshop", None),
    ("planning announcement conference", None),
]
REPORTS = (1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 8, 10)  # reports per event: most have few
COMMON_REFERENCES = ("47/NQ-CP", "57-NQ/TW", "29-NQ/TW", "68-NQ/TW")
FAMILY = sorted(
    word_set("Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Dinh Lam Trinh Mai")
)
MIDDLE = sorted(word_set("Van Thi Duc Minh Quoc Xuan Thanh Huu Hai Ngoc Dinh Cong Kim"))
GIVEN = sorted(
    word_set(
        "Ky Hong Hung Son Tung Giang Nga Binh Thinh Lan Hoa Huyen Vinh Dung Thao Long Phuong Quang Trung "
        "Nam Hieu Khanh Linh Tuan Cuong Dat Hanh Thuy Trang Yen Loan Khoa Phuc Tam Toan Bao Chau"
    )
)  # 20 x 13 x (37 + 37 x 36) names: about 350,000


def _name(rng: random.Random) -> str:
    given = " ".join(rng.sample(GIVEN, rng.randint(1, 2)))
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {given}"


def _event(rng: random.Random, number: int, locals_of: dict[str, list[str]]) -> dict:
    province = rng.choice(PROVINCES)
    kind, series = rng.choice(KINDS)
    day = date(2025, 1, 1) + timedelta(days=rng.randrange(365))
    people = [
        *rng.sample(locals_of[province], rng.randint(1, 3)),
        *(_name(rng) for _ in range(rng.randint(0, 3))),
    ]
    if rng.random() < 1 / 6:
        people.append(PRIME_MINISTER)
    people += [p for p in NATIONAL if rng.random() < 1 / 50]
    figures = [
        (str(rng.randrange(50, 600, 10)), "delegates"),
        (f"{rng.randint(3, 12)}.{rng.randint(1, 9)}", "%"),
        (str(rng.randrange(1_000, 900_000, 50)), "billion dong"),
        ("2021-2030", ""),
        ("2025", ""),
        (f"{rng.randint(100, 4000)}/QD-UBND", ""),
        (rng.choice(COMMON_REFERENCES), ""),
    ]
    ordinal = str(rng.randint(10, 30)) if series else None
    return {"number": number, "day": day, "province": province, "kind": kind, "ordinal": ordinal,
            "people": people, "figures": figures}  # fmt: skip


def _keys(rng: random.Random, event: dict, index: int) -> EventKeys:
    people = {}
    for name in [p for p in event["people"] if rng.random() < 0.8] or event["people"][:1]:
        tokens = name_tokens(name)
        people.setdefault(skeleton(tokens), (tokens, name))
    figures = {}
    for value, unit in event["figures"]:
        if rng.random() < 0.75:
            code = any(c.isalpha() for c in value)
            figures[value.casefold()] = (frozenset({unit}), figure_weight(value, unit), value, code)
    place = event["province"] if rng.random() < 0.85 else None
    title = (
        f"{event['ordinal'] + 'th ' if event['ordinal'] else ''}{event['kind']} {event['province']}".title()
    )
    dated = rng.random() < 0.85
    return EventKeys(
        index=index,
        id=f"a{index:06d}",
        name=f"a{index:06d}.txt",
        language=rng.choice(LANGUAGES),
        title=title,
        date=(event["day"].year, event["day"].month, event["day"].day) if dated else (),
        place=place,
        places=place_keys(place),
        people=people,
        figures=figures,
        event_words=frozenset(w for w in title.casefold().split() if len(w) >= 4 and w.isalpha()),
        ordinal=event["ordinal"],
    )


def generate(count: int, seed: int = 11) -> tuple[list[EventKeys], list[int]]:
    """``count`` articles' keys (shuffled, renumbered) and the event each reports."""
    rng = random.Random(seed)
    locals_of = {p: [_name(rng) for _ in range(30)] for p in PROVINCES}
    made: list[tuple[EventKeys, int]] = []
    number = 0
    while len(made) < count:
        event = _event(rng, number, locals_of)
        for _ in range(min(rng.choice(REPORTS), count - len(made))):
            made.append((_keys(rng, event, 0), number))
        number += 1
    rng.shuffle(made)
    keys = [replace(k, index=i, id=f"a{i:06d}", name=f"a{i:06d}.txt") for i, (k, _) in enumerate(made)]
    return keys, [n for _, n in made]


def pair_scores(predicted: list[int], truth: list[int]) -> tuple[float, float]:
    """Pairwise precision and recall, counted from group sizes (no list of pairs at 100k)."""

    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    both = pairs(Counter(zip(predicted, truth, strict=True)))
    return both / max(1, pairs(Counter(predicted))), both / max(1, pairs(Counter(truth)))


def measure(count: int) -> dict:
    """Group ``count`` generated articles in this process; the figures as a dict."""
    keys, truth = generate(count)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start, cpu = time.perf_counter(), time.process_time()
    grouping = group_keys(keys, [k.name for k in keys])
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    predicted = [0] * count
    for number, members in enumerate(grouping.groups):
        for i in members:
            predicted[i] = number
    precision, recall = pair_scores(predicted, truth)
    return {
        "articles": count,
        "events": len(set(truth)),
        "groups": len(grouping.groups),
        "pairs_compared": len(grouping.clustering.pairs),
        "pairs_scored": len(grouping.clustering.scores),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "keys_mb": round(before, 1),
        "precision": round(precision, 3),
        "recall": round(recall, 3),
    }


def main(sizes: list[int]) -> None:
    for count in sizes:
        child = subprocess.run(
            [sys.executable, __file__, "--child", str(count)], capture_output=True, text=True, check=True
        )
        row = json.loads(child.stdout)
        print(
            f"{row['articles']:>7} articles, {row['events']:>6} events -> {row['groups']:>6} groups, "
            f"{row['pairs_compared']:>7} candidate pairs ({row['pairs_scored']} scored), "
            f"{row['seconds']:>6.2f} s "
            f"({row['cpu_seconds']:.2f} s CPU), "
            f"peak {row['peak_mb']:.0f} MB (keys alone {row['keys_mb']:.0f} MB), "
            f"pair precision {row['precision']:.3f}, recall {row['recall']:.3f}",
            flush=True,
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(measure(int(sys.argv[2]))))
    else:
        main([int(a) for a in sys.argv[1:]] or [10_000, 30_000, 100_000])
