from langutil import analyse_file, analyse_text, person, quotes_are_verbatim, values


def test_english_article_people_roles_and_acts():
    doc = analyse_file("en", "en_quang_ninh.txt")
    assert {p.name for p in doc.people} == {
        "Tran Minh Duc",
        "Hoang Thi Lan",
        "Pham Quoc Bao",
    }  # not "Ha Long"
    duc = person(doc, "Tran Minh Duc")
    assert duc.role.startswith("Lieutenant General; Deputy Head of the Government Standing Office")
    assert {"chaired", "closed"} <= set(duc.acts)
    assert "opened" in person(doc, "Hoang Thi Lan").acts
    assert quotes_are_verbatim(doc)


def test_english_figures_event_and_boilerplate():
    doc = analyse_file("en", "en_quang_ninh.txt")
    got = values(doc)
    assert got["220"] == "delegates" and got["12"] == "provinces" and got["18500"] == "workers"
    assert got["11.02"] == "%" and got["3"] == "topics" and "47/NQ-CP" in got
    assert "2023" not in got and "2024" not in got  # years are dates, not figures
    assert doc.event.date == "2024-09-12"
    assert doc.event.place == "Ha Long city, Quang Ninh province"  # "in Ha Long city"
    assert doc.event.attendance.delegates == 220
    assert "Comment (0)" in doc.removed and "NEWS IN BRIEF" in doc.removed
    assert any(o.kind == "request" for o in doc.outcomes)


def test_title_without_a_name_is_not_a_person():
    doc = analyse_text("en", "The Deputy Director of the Department spoke about the results of the dialogue.")
    assert doc.people == ()


def test_english_thousands_separator_and_qualifier():
    doc = analyse_text("en", "More than 1,250 delegates from 30 provinces attended the conference.")
    figure = next(f for f in doc.figures if f.unit == "delegates")
    assert (figure.value, figure.qualifier) == ("1250", "more than")


def test_month_first_dates_after_on_are_the_event_date():
    doc = analyse_text(
        "en", "On May 16, 2024, the provincial committee held a training conference for 300 delegates."
    )
    assert doc.event.date == "2024-05-16"


def test_a_thousands_comma_is_not_a_clause_break_in_the_evidence():
    doc = analyse_text("en", "In Dak Lak province, the conference brought together 3,200 delegates.")
    figure = next(f for f in doc.figures if f.unit == "delegates")
    assert figure.value == "3200" and "3,200 delegates" in figure.evidence[0].quote


def test_foreign_minister_titles_are_rendered_in_full():
    doc = analyse_text(
        "en", "Deputy Foreign Minister Do Hung Viet co-chaired the dialogue in Hanoi on May 5, 2024."
    )
    assert person(doc, "Do Hung Viet").role == "Deputy Minister of Foreign Affairs"
