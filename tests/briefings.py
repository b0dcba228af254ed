"""Briefing objects for renderer tests, built directly (no language analysis involved).

The texts are written for these tests: an English-language training course, an Arabic-heavy
report of a seminar and a Vietnamese one, plus a generator of grossly overfull briefings.
"""

from __future__ import annotations

from briefgen.models import (
    Attendance,
    Briefing,
    Conflict,
    EventInfo,
    Figure,
    Generator,
    Outcome,
    Person,
    Source,
)
from briefgen.testing import evidence

ARABIC_QUOTE = "أكد المشاركون على أهمية تعزيز التعاون بين المقاطعات في مجال حقوق الإنسان"
VIETNAMESE_NAME = "Nguyễn Thị Thu Hường"


def normal() -> Briefing:
    """A typical briefing: two sources, a handful of people, figures and outcomes."""
    return Briefing(
        id="2024-05-14-training-course-on-human-rights",
        event=EventInfo(
            title="Training course on human rights for provincial officials",
            date="2024-05-14",
            place="Da Nang",
            organisers=("Steering Committee for Human Rights", "Provincial People's Committee"),
            attendance=Attendance(delegates=180, provinces=12),
        ),
        people=(
            Person(
                "Tran Van Minh",
                "Deputy Head of the Steering Committee",
                acts=("chaired",),
                evidence=evidence("a1", "Tran Van Minh chaired the course"),
            ),
            Person(
                "Le Thi Hoa",
                "Vice Chair of the Provincial People's Committee",
                acts=("opened",),
                evidence=evidence("a2", "Le Thi Hoa opened the session"),
            ),
            Person(
                "Pham Quoc Bao",
                "Director of the Department of Justice",
                acts=("presented",),
                evidence=evidence("a1", "Pham Quoc Bao presented"),
            ),
        ),
        figures=(
            Figure("180", "", "delegates attended", "attendance", evidence=evidence("a1", "180 delegates")),
            Figure("6.1", "%", "provincial economic growth in 2023", "rate", evidence=evidence("a2", "6.1%")),
            Figure(
                "47/NQ-CP",
                "",
                "government resolution implemented",
                "document",
                evidence=evidence("a2", "Resolution 47/NQ-CP"),
            ),
        ),
        outcomes=(
            Outcome(
                "Departments must report on treaty implementation by the end of the year.",
                "task",
                evidence=evidence("a1", "report on treaty implementation"),
            ),
            Outcome(
                "The committee will hold the course annually.",
                "decision",
                evidence=evidence("a2", "hold the course annually"),
            ),
        ),
        sources=(
            Source("a1", "corpus/a1.txt", "en", "Officials trained on human rights"),
            Source("a2", "corpus/a2.html", "en", None, "https://news.example.org/a2"),
        ),
        conflicts=(Conflict("delegates", ("180", "200"), evidence("a2", "200 delegates")),),
        generator=Generator("extractive", None, "0.1.0"),
    )


def arabic() -> Briefing:
    """An Arabic-source briefing: Arabic native names, an Arabic place and a source-language outcome."""
    return Briefing(
        id="2024-03-ar-seminar",
        event=EventInfo(
            title="Seminar on disseminating human rights information",
            date="2024-03",
            place="هانوي",
            organisers=("اللجنة التوجيهية لحقوق الإنسان",),
            attendance=Attendance(delegates=250),
        ),
        people=(
            Person(
                "Nguyen Van Ky",
                "Deputy Chairman",
                native=("نجوين فان كي",),
                acts=("chaired",),
                evidence=evidence("ar1", "نجوين فان كي"),
            ),
            Person(
                "Do Thi Lan",
                "نائبة المدير",
                native=("دو ثي لان",),
                acts=("spoke",),
                evidence=evidence("ar1", "دو ثي لان"),
            ),
        ),
        figures=(
            Figure("250", "", "مندوب", "attendance", evidence=evidence("ar1", "250 مندوبا")),
            Figure("2", "", "topics discussed", "count", evidence=evidence("ar1", "موضوعين")),
        ),
        outcomes=(
            Outcome(ARABIC_QUOTE, "conclusion", "ar", evidence("ar1", ARABIC_QUOTE)),
            Outcome("Provinces will share training materials.", "task", evidence=evidence("ar1", "المواد")),
        ),
        sources=(Source("ar1", "seeds/ar1.txt", "ar", "ندوة حول حقوق الإنسان"),),
    )


def vietnamese() -> Briefing:
    """A Vietnamese-source briefing whose native names and outcome keep their diacritics."""
    outcome = "Các sở, ngành cần đẩy mạnh tuyên truyền về quyền con người trong năm 2024."
    return Briefing(
        id="2024-06-20-hoi-nghi",
        event=EventInfo(
            title="Hội nghị tập huấn công tác nhân quyền",
            date="2024-06-20",
            place="Bắc Giang",
            organisers=("Ban Chỉ đạo nhân quyền tỉnh",),
            attendance=Attendance(delegates=350, provinces=28),
        ),
        people=(
            Person(
                "Nguyen Thi Thu Huong",
                "Vice Chairwoman",
                native=(VIETNAMESE_NAME,),
                acts=("opened",),
                evidence=evidence("vi1", VIETNAMESE_NAME),
            ),
        ),
        figures=(Figure("13.45", "%", "tăng trưởng kinh tế", "rate", evidence=evidence("vi1", "13,45%")),),
        outcomes=(Outcome(outcome, "task", "vi", evidence("vi1", outcome)),),
        sources=(Source("vi1", "seeds/vi1.html", "vi", "Hội nghị tập huấn"),),
    )


def overfull(people: int = 80, figures: int = 200, outcomes: int = 100) -> Briefing:
    """Far more than one page holds: every list must be cut, lowest priority (last) first."""
    long_text = (
        "The participants agreed that every department shall review its procedures for receiving "
        "petitions, publish the results on its portal, train its staff and report back to the "
        "steering committee before the next quarterly meeting, item {}."
    )
    sources = tuple(Source(f"s{i}", f"corpus/source-{i}.txt", "en", f"Report number {i}") for i in range(30))
    return Briefing(
        id="overfull",
        event=EventInfo(
            title="A conference with far too much to say about everything it discussed",
            date="2024",
            place="Hanoi",
            organisers=tuple(f"Organiser {i}" for i in range(6)),
            attendance=Attendance(delegates=1200, provinces=63),
        ),
        people=tuple(
            Person(
                f"Person Number {i}",
                f"Director of Department {i} of the Provincial Committee",
                evidence=evidence(f"s{i % 30}", f"Person Number {i}"),
            )
            for i in range(people)
        ),
        figures=tuple(
            Figure(
                str(1000 + i),
                "VND bn",
                f"budget line {i} for training programmes",
                evidence=evidence(f"s{i % 30}", str(1000 + i)),
            )
            for i in range(figures)
        ),
        outcomes=tuple(
            Outcome(long_text.format(i), "task", evidence=evidence(f"s{i % 30}", f"item {i}"))
            for i in range(outcomes)
        ),
        sources=sources,
    )


def hostile(payloads: tuple[str, ...]) -> Briefing:
    """A briefing whose article-derived text carries markup, template syntax and URLs."""
    first, *rest = payloads
    return Briefing(
        id="hostile",
        event=EventInfo(title=f"Conference {first}", place=first, organisers=tuple(payloads)),
        people=(Person(f"Name {first}", first, evidence=evidence("h1", first)),),
        figures=(Figure("1", "", first, evidence=evidence("h1", "1")),),
        outcomes=tuple(Outcome(p, "proposal", evidence=evidence("h1", p)) for p in payloads),
        sources=(Source("h1", first, "en", first, "http://127.0.0.1:9/never-fetched"),),
        notes=tuple(rest),
    )
