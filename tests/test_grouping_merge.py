"""Merging one conference's documents: people across scripts, figure conflicts, outcomes, sources."""

from __future__ import annotations

from dataclasses import replace

from groupdocs import doc

from briefgen.merge import coverage_note, merge_conference, merge_figures, merge_outcomes, merge_people
from briefgen.models import Attendance

KY_FORMS = [
    ("ar", "Nguyen Van Ky", "نجوين فان كي"),
    ("en", "Nguyen Van Ky", "Nguyen Van Ky"),
    ("vi", "Nguyen Van Ky", "Nguyễn Văn Kỷ"),
]


def test_one_person_entry_across_scripts_with_every_native_form_and_evidence():
    documents = [doc(f"r-{lang}", lang, people=((name, native),)) for lang, name, native in KY_FORMS]
    documents.append(
        doc("r-fr", "fr", people=(("Nguyen Van Ki", "Nguyen Van Ki"), ("Nguyen Van Ha", "Nguyen Van Ha")))
    )
    people = merge_people(documents)
    assert [p.name for p in people] == ["Nguyen Van Ky", "Nguyen Van Ha"]
    ky = people[0]
    assert ky.native == ("نجوين فان كي", "Nguyen Van Ky", "Nguyễn Văn Kỷ", "Nguyen Van Ki")
    assert [e.article for e in ky.evidence] == ["r-ar", "r-en", "r-vi", "r-fr"]


def test_the_latin_spelling_wins_over_a_transliteration_from_arabic():
    documents = [
        doc("ar", "ar", people=(("Nguyen Van Ki", "نجوين فان كي"),)),
        doc("vi", "vi", people=(("Nguyen Van Ky", "Nguyễn Văn Kỷ"),)),
    ]
    assert [p.name for p in merge_people(documents)] == ["Nguyen Van Ky"]


def test_disagreeing_sources_give_a_conflict_and_agreeing_ones_one_figure():
    documents = [
        doc("vi", figures=(("350", "delegates", "delegates"), ("7.6", "%", "growth"))),
        doc("ar", "ar", figures=(("350", "delegates", "delegates"), ("7.6", "%", "growth"))),
        doc("fr", "fr", figures=(("360", "delegates", "delegates"),)),
    ]
    figures, conflicts = merge_figures(documents)
    assert [(f.value, f.label, len(f.evidence)) for f in figures] == [
        ("350", "delegates", 2),
        ("7.6", "growth", 2),
    ]
    assert len(conflicts) == 1
    assert conflicts[0].label == "delegates"
    assert conflicts[0].values == ("350", "360")
    assert {e.article for e in conflicts[0].evidence} == {"vi", "ar", "fr"}


def test_several_values_for_one_label_in_one_source_are_facts_not_a_conflict():
    documents = [
        doc("a", figures=(("5", "task groups", "task groups"), ("8", "task groups", "task groups"))),
        doc("b", figures=(("5", "task groups", "task groups"),)),
    ]
    figures, conflicts = merge_figures(documents)
    assert sorted(f.value for f in figures) == ["5", "8"]
    assert conflicts == ()


def test_outcomes_translated_or_copied_are_listed_once():
    vi = doc(
        "vi",
        "vi",
        people=(("Tran Minh Duc", "Trần Minh Đức"),),
        outcomes=(("task", "Hội nghị giao Sở Tư pháp xây dựng kế hoạch tuyên truyền năm 2024."),),
    )
    ar = doc(
        "ar",
        "ar",
        people=(("Tran Minh Duc", "تران مينه دوك"),),
        outcomes=(("task", "وكلف المؤتمر إدارة العدل بوضع خطة للتوعية في عام 2024."),),
    )
    copy = doc(
        "vi2",
        "vi",
        outcomes=(("task", "Hội nghị giao Sở Tư pháp xây dựng kế hoạch tuyên truyền trong năm 2024."),),
    )
    other = doc("fr", "fr", outcomes=(("proposal", "Proposer un programme de formation pour 2025."),))
    outcomes = merge_outcomes([vi, ar, copy, other])
    assert len(outcomes) == 2
    # no English source: the most complete wording is shown, the others are its evidence
    assert outcomes[0].text == copy.outcomes[0].text
    assert [e.article for e in outcomes[0].evidence] == ["vi2", "vi", "ar"]
    assert outcomes[1].kind == "proposal"


def test_one_decision_reported_in_french_and_english_shows_the_english_wording_once():
    french = "La conférence a décidé de former 120 fonctionnaires communaux en 2024, dans les 9 districts."
    english = "The conference decided to train 120 commune officials in 2024 across 9 districts."
    fr = doc("fr", "fr", outcomes=(("decision", french),))
    en = doc("en", "en", outcomes=(("decision", english),))
    (outcome,) = merge_outcomes([fr, en])
    assert outcome.language == "en" and outcome.text == en.outcomes[0].text
    assert [e.article for e in outcome.evidence] == ["en", "fr"]


def test_outcomes_with_different_numbers_stay_separate():
    a = doc("a", "vi", outcomes=(("task", "Hoàn thành 12 nhiệm vụ trong năm 2025."),))
    b = doc("b", "ar", outcomes=(("task", "إنجاز 15 مهمة في عام 2025."),))
    assert len(merge_outcomes([a, b])) == 2


def test_sources_languages_and_outlets_are_noted():
    documents = [
        doc("vi", "vi", url="https://www.baoquocte.vn/a.html", date="2024-05-16", place="Ninh Binh"),
        doc("ar", "ar", url="https://baoquocte.vn/ar/b.html", date="2024-05", place="tỉnh Ninh Bình"),
        doc("fr", "fr", date="2024-05-16"),
    ]
    merged = merge_conference(documents)
    assert [(s.id, s.language) for s in merged.sources] == [("vi", "vi"), ("ar", "ar"), ("fr", "fr")]
    assert merged.notes == (coverage_note(documents),)
    assert merged.notes[0] == (
        "Reported by 3 articles in 3 languages (Arabic, French, Vietnamese) from 1 outlet (baoquocte.vn) "
        "and 1 article of unstated origin."
    )
    assert merged.event.date == "2024-05-16"
    assert merged.conflicts == ()


def test_merged_event_records_conflicting_attendance():
    a, b = doc("a"), doc("b")
    a = replace(a, event=replace(a.event, attendance=Attendance(delegates=350)))
    b = replace(b, event=replace(b.event, attendance=Attendance(delegates=360)))
    merged = merge_conference([a, b, replace(a, article=replace(a.article, id="c"))])
    assert merged.event.attendance.delegates == 350
    assert [(c.label, c.values) for c in merged.conflicts] == [("delegates", ("350", "360"))]
