"""Grounding drops what the sources do not say, whoever produced it."""

from __future__ import annotations

import pytest

from briefgen.grounding import norm_value, verify
from briefgen.models import (
    Article,
    Briefing,
    Conference,
    Document,
    EventInfo,
    Evidence,
    Figure,
    Generator,
    Outcome,
    Person,
)

TEXT = (
    "Hơn 350 đại biểu từ 28 tỉnh dự hội nghị. Tăng trưởng đạt 6,1% và tạo việc làm cho 33.000 lao động.\n"
    "Thiếu tướng Nguyễn Văn Kỷ đề nghị các địa phương hoàn thành 4 nhóm nhiệm vụ theo Nghị quyết 47/NQ-CP."
)


def conference() -> Conference:
    article = Article(id="a1", path="a1.txt", text=TEXT)
    doc = Document(
        article=article,
        language="vi",
        text=TEXT,
        people=(Person(name="Nguyen Van Ky", native=("Nguyễn Văn Kỷ",)),),
        figures=(Figure(value="350", unit="delegates", evidence=ev("Hơn 350 đại biểu")),),
    )
    return Conference(id="c1", documents=(doc,))


def ev(quote: str, article: str = "a1") -> tuple[Evidence, ...]:
    return (Evidence(article, quote),)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("6,1", "6.1"),
        ("33.000", "33000"),
        ("33,000", "33000"),
        ("١٣٫٤٥", "13.45"),
        ("47/NQ-CP", "47/nq-cp"),
        ("2.50", "2.5"),
        ("2023-2025", "2023-2025"),
    ],
)
def test_norm_value(raw: str, expected: str) -> None:
    assert norm_value(raw) == expected


def test_grounded_items_survive_and_invented_ones_are_dropped_and_counted() -> None:
    briefing = Briefing(
        id="b",
        event=EventInfo(),
        people=(
            Person(name="Nguyen Van Ky", evidence=ev("Thiếu tướng Nguyễn Văn Kỷ")),
            Person(name="John Invented", evidence=ev("Thiếu tướng Nguyễn Văn Kỷ")),
        ),
        figures=(
            Figure(value="350", unit="delegates", evidence=ev("Hơn 350 đại biểu")),
            Figure(value="6.1", unit="%", evidence=ev("Tăng trưởng đạt 6,1%")),
            Figure(value="33000", evidence=ev("việc làm cho 33.000 lao động")),
            Figure(value="999", unit="delegates", evidence=ev("Hơn 350 đại biểu")),
            Figure(value="350", evidence=ev("Hơn   350\nđại biểu", article="other")),
        ),
        outcomes=(
            Outcome(text="x", evidence=ev("đề nghị các địa phương hoàn thành 4 nhóm nhiệm vụ")),
            Outcome(text="y", evidence=ev("the conference decided to report 999 delegates")),
        ),
    )
    checked = verify(briefing, conference())
    assert [p.name for p in checked.people] == ["Nguyen Van Ky"]
    assert [f.value for f in checked.figures] == ["350", "6.1", "33000"]
    assert [o.text for o in checked.outcomes] == ["x"]
    assert checked.dropped_ungrounded == {"people": 1, "figures": 2, "outcomes": 1}


def test_whitespace_differences_in_quotes_are_tolerated() -> None:
    briefing = Briefing(id="b", event=EventInfo(), figures=(Figure(value="28", evidence=ev("từ  28\ntỉnh")),))
    assert len(verify(briefing, conference()).figures) == 1


def test_number_words_are_accepted_through_the_language_reader() -> None:
    briefing = Briefing(
        id="b", event=EventInfo(), figures=(Figure(value="0.5", evidence=ev("Hơn 350 đại biểu")),)
    )
    assert verify(briefing, conference()).figures == ()
    kept = verify(briefing, conference(), numbers={"vi": lambda text: ["0.5"] if "đại biểu" in text else []})
    assert [f.value for f in kept.figures] == ["0.5"]


def test_unsupported_english_of_an_outcome_is_cleared_not_the_outcome() -> None:
    sentence = "đề nghị các địa phương hoàn thành 4 nhóm nhiệm vụ theo Nghị quyết 47/NQ-CP"
    honest = Outcome(text=sentence, evidence=ev(sentence), text_en="complete 4 nhóm nhiệm vụ under 47/NQ-CP")
    lie = Outcome(text=sentence, evidence=ev(sentence), text_en="Dissolve the provincial government.")
    briefing = Briefing(id="b", event=EventInfo(), outcomes=(honest, lie), generator=Generator("model"))
    checked = verify(briefing, conference())
    assert [o.text_en for o in checked.outcomes] == [honest.text_en, None]
    assert checked.dropped_ungrounded == {"outcomes.text_en": 1}


def test_model_event_fields_the_sources_do_not_state_are_emptied_and_counted() -> None:
    event = EventInfo(
        title="Hội nghị", place="Pyongyang", date="1999-12-31", organisers=("Ministry of Truth",)
    )
    checked = verify(Briefing(id="b", event=event, generator=Generator("model")), conference())
    assert (checked.event.place, checked.event.date, checked.event.organisers) == (None, None, ())
    assert checked.event.title == "Hội nghị"
    assert checked.dropped_ungrounded == {"event.place": 1, "event.date": 1, "event.organisers": 1}
