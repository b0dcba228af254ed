"""Group 1,000 and 10,000 generated articles; print seconds, the 10k/1k ratio and pair accuracy.

The articles are Documents as the language plugins would produce them, generated without any
analysis: conferences of a year across Vietnam's provinces, each reported by 1-4 articles in
random languages. Reports drop some people and figures, lose the date or place now and then, and
disagree on attendance; the same national officials attend many conferences and provinces hold
the same kind of conference on other days. Run: ``python benchmarks/group_bench.py``.
"""

from __future__ import annotations

import random
import time
from datetime import date, timedelta
from itertools import combinations

from corpus import TEMPLATE_SURNAMES as SURNAMES

from briefgen.gazetteer import all_places
from briefgen.grouping import group_documents
from briefgen.grouping.places import word_set
from briefgen.models import Article, Document, EventInfo, Figure, Person

LANGUAGES = ("ar", "en", "fr", "id", "vi")
MIDDLE = ("Van", "Thi", "Duc", "Minh", "Quoc", "Xuan", "Thanh", "Huu", "Hai", "Ngoc", "Dinh", "Cong", "Kim")
GIVEN = sorted(
    word_set(
        "Ky Hong Hung Son Tung Giang Thanh Nga Binh Thinh Lan Hoa Huyen Vinh Dung Thao Hai Long Phuong "
        "Quang Trung Nam Hieu Khanh Linh Tuan Cuong Dat Hanh Thuy Trang Yen Loan Khoa Phuc Tam Toan"
    )
)
NATIONAL = ["Nguyen Van Ky", "Dang Xuan Hong", "Le Quoc Hung", "Le Thi Thu Hang", "Phan Xuan Thuy"]
COMMON_REFERENCES = ["47/NQ-CP", "57-KL/TW", "71-KL/TW", "44-CT/TW"]


def _name(rng: random.Random) -> str:
    # Two given syllables as often as one, as in real names: a pool of ~250,000 names, so local
    # officials rarely collide by chance even in 10,000 articles.
    given = " ".join(rng.sample(GIVEN, rng.randint(1, 2)))
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {given}"


PROVINCES = sorted(p.english for p in all_places() if p.province is None)


def _event(rng: random.Random, number: int, days: int) -> dict:
    province = rng.choice(PROVINCES)
    people = [*rng.sample(NATIONAL, rng.randint(1, 2)), *(_name(rng) for _ in range(rng.randint(1, 4)))]
    figures = [
        ("delegates", str(rng.randrange(50, 500, 10)), "delegates"),
        ("growth", f"{rng.randint(3, 12)}.{rng.randint(1, 99)}", "%"),
        ("budget", str(rng.randrange(1_000, 900_000, 50)), "million dong"),
        ("reference", rng.choice(COMMON_REFERENCES), ""),
        ("term", "2023-2025", ""),
        ("decision", f"{1000 + number}/QD-UBND", ""),
    ]
    return {
        "number": number,
        "date": (date(2020, 1, 1) + timedelta(days=rng.randrange(days))).isoformat(),
        "place": province,
        "people": people,
        "figures": figures,
    }


def _report(rng: random.Random, event: dict, index: int) -> Document:
    people = [p for p in event["people"] if rng.random() < 0.8] or event["people"][:1]
    figures = []
    for label, value, unit in event["figures"]:
        if rng.random() < 0.75:
            if label == "delegates" and rng.random() < 0.1:
                value = str(int(value) + 10)  # sources disagree on attendance now and then
            figures.append(Figure(value=value, unit=unit, label=label))
    language = rng.choice(LANGUAGES)
    article = Article(id=f"a{index:05d}", path=f"gen/a{index:05d}.txt", text="", language=language)
    return Document(
        article=article,
        language=language,
        text="",
        event=EventInfo(
            title=f"Human rights training conference {event['number']}",
            date=event["date"] if rng.random() < 0.85 else None,
            place=event["place"] if rng.random() < 0.85 else None,
        ),
        people=tuple(Person(name=p, acts=("spoke",)) for p in people),
        figures=tuple(figures),
    )


def generate(count: int, seed: int = 7) -> tuple[list[Document], list[int]]:
    """``count`` reports and, for each, the number of the event it reports."""
    rng = random.Random(seed)
    documents: list[Document] = []
    truth: list[int] = []
    number = 0
    # An archive grows by covering more days, not by packing more events into one day: about
    # two conferences a day nationwide, over at least a year.
    days = max(366, count // 5)
    while len(documents) < count:
        event = _event(rng, number, days)
        for _ in range(min(rng.randint(1, 4), count - len(documents))):
            documents.append(_report(rng, event, len(documents)))
            truth.append(number)
        number += 1
    order = list(range(count))
    rng.shuffle(order)
    return [documents[i] for i in order], [truth[i] for i in order]


def pair_scores(predicted: list[int], truth: list[int]) -> tuple[float, float]:
    """Pairwise precision and recall of ``predicted`` group numbers against ``truth``."""

    def pairs(labels: list[int]) -> set[tuple[int, int]]:
        members: dict[int, list[int]] = {}
        for i, label in enumerate(labels):
            members.setdefault(label, []).append(i)
        return {pair for group in members.values() for pair in combinations(group, 2)}

    got, want = pairs(predicted), pairs(truth)
    return len(got & want) / max(1, len(got)), len(got & want) / max(1, len(want))


def run(count: int) -> float:
    documents, truth = generate(count)
    start = time.perf_counter()
    conferences = group_documents(documents)
    seconds = time.perf_counter() - start
    position = {d.article.id: i for i, d in enumerate(documents)}
    predicted = [0] * count
    for number, conference in enumerate(conferences):
        for document in conference.documents:
            predicted[position[document.article.id]] = number
    precision, recall = pair_scores(predicted, truth)
    print(
        f"{count:>6} articles, {len(set(truth)):>5} events -> {len(conferences):>5} groups "
        f"in {seconds:.2f} s (pair precision {precision:.3f}, recall {recall:.3f})"
    )
    return seconds


def main() -> None:
    group_documents(generate(300, seed=1)[0])  # warm-up: imports and lookup tables, not timed
    small, large = run(1_000), run(10_000)
    print(f"ratio 10k/1k: {large / small:.1f}")


if __name__ == "__main__":
    main()
