from langutil import analyse_file, analyse_text, person, quotes_are_verbatim, values


def test_vietnamese_article():
    doc = analyse_file("vi", "vi_ninh_binh.txt")
    assert {p.name for p in doc.people} == {"Nguyen Van Ky", "Tran Song Tung"}  # not the teaser's Le Van Hai
    ky = person(doc, "Nguyen Van Ky")
    assert ky.native == ("Nguyễn Văn Kỷ",)
    assert ky.role.startswith("Major General; Deputy Chief of the Standing Office")
    assert (
        person(doc, "Tran Song Tung").role == "Vice Chairman of the Ninh Binh Provincial People's Committee"
    )
    assert {"chaired", "opened"} <= set(person(doc, "Tran Song Tung").acts)
    got = values(doc)
    assert got == {"150": "delegates", "7.82": "%", "1.5": "%", "3": "topics"}  # not the teaser's 300
    assert doc.event.date == "2024-10-24"
    assert doc.event.place == "Ninh Binh province"
    assert doc.published == "2024-10-25"
    assert "Toàn cảnh hội nghị." in doc.removed and "TIN TỨC SỰ KIỆN" in doc.removed
    assert any(line.startswith("Hà Nam:") for line in doc.removed)
    assert quotes_are_verbatim(doc)


def test_half_day_and_month_are_handled():
    doc = analyse_text(
        "vi", "Sau nửa ngày làm việc, hội nghị kết thúc. Báo cáo dự kiến vào tháng 7 năm 2025."
    )
    assert values(doc) == {"0.5": "days"}


def test_department_is_not_surname():
    doc = analyse_text("vi", "Ông Nguyễn Hữu Huyên, Vụ trưởng Vụ Hợp tác quốc tế (Bộ Tư pháp) phát biểu.")
    assert [p.name for p in doc.people] == ["Nguyen Huu Huyen"]
    assert doc.people[0].role == "Director of the International Cooperation Department, Ministry of Justice"


def test_ethnic_minority_names_are_read_after_a_rank_or_honorific():
    doc = analyse_text(
        "vi",
        "Dự hội nghị có Thiếu tướng Rah Lan Chung, Giám đốc Công an tỉnh; bà Siu H'Mai cùng "
        "đồng chí Phó Chủ tịch UBND tỉnh.\n\nQuang cảnh hội nghị. Ảnh: Đinh Yến",
    )
    # the photographer too
    assert sorted(p.name for p in doc.people) == ["Dinh Yen", "Rah Lan Chung", "Siu H'Mai"]
