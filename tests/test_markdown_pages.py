"""A saved Markdown page: its furniture is recognised through the marks, its quotes stay the file's."""

from __future__ import annotations

from pathlib import Path

from briefgen_plugins.loaders import TextLoader
from langutil import analyse_text

PAGE = """# Hai Phong hosts the 2025 port logistics forum

*PortNews · Economy · Friday, June 6, 2025 08:10*

HAI PHONG, June 6 (VNA) - The Hai Phong Port Logistics Forum 2025 opened on June 6 in Hai Phong city, \
gathering 300 delegates from 12 countries.

Vice Chairman of the municipal People's Committee Le Anh Quan asked shipping lines to cut \
clearance times by 20 percent.

---

**Read more**

- [Quang Ninh opens the Van Don cruise terminal festival 2025](https://example.org/a1)
- [Da Nang hosts the 2025 fireworks festival](https://example.org/a2)

*Source: VNA*
"""


def test_a_markdown_related_block_and_source_line_are_furniture(tmp_path: Path):
    doc = analyse_text("en", PAGE)
    assert "Quang Ninh" not in doc.text and "fireworks" not in doc.text  # other events' headlines
    assert "Port Logistics Forum" in (doc.event.title or "")
    assert {f.value for f in doc.figures} >= {"300", "12", "20"}
    # every quote is a span of the file as written, marks and all
    path = tmp_path / "forum.md"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = TextLoader().load(path)
    items = [*doc.people, *doc.figures, *doc.outcomes]
    assert items and all(e.quote in article.text for item in items for e in item.evidence)


def test_a_ward_in_the_lead_says_the_event_is_at_home():
    # the next edition abroad and a consul posted abroad do not move the event there
    text = (
        "Quang Tri (VNA) - Quang Tri province and Laos's Savannakhet province held their annual border "
        "cooperation conference on Friday in Dong Hoi ward, the new administrative centre of Quang Tri.\n"
        "The Vietnamese Consul General in Savannakhet attended. The two sides agreed to hold the next "
        "conference in Savannakhet in 2026."
    )
    event = analyse_text("en", text).event
    assert event.place is not None and "Quang Tri" in event.place and "Savannakhet" not in event.place


def test_a_title_names_the_city_rather_than_the_ward():
    doc = analyse_text(
        "vi", "Ngày 12/9/2025, tại phường Phú Lợi, TP.HCM, Sở Nội vụ tổ chức Ngày hội việc làm năm 2025."
    )
    assert doc.event.place == "Phu Loi ward, Ho Chi Minh City"
    assert "ward" not in (doc.event.title or "") and "Job Fair" in (doc.event.title or "")


def test_big_figures_are_spelt_for_the_reader_and_kept_exact_in_the_json(tmp_path):
    import json

    import briefgen
    from briefgen.templating import spell_number

    assert [spell_number(v) for v in ("1200000000", "2500000", "33000", "1234567", "47/NQ-CP", "6.4")] == [
        "1.2 billion",
        "2.5 million",
        "33,000",
        "1,234,567",
        "47/NQ-CP",
        "6.4",
    ]
    src = tmp_path / "in"
    src.mkdir()
    (src / "fund.txt").write_text(
        "مؤتمر المانحين\nفيينتيان في 3 مارس /وكالة/ افتتح مؤتمر المانحين لنهر ميكونغ أعماله اليوم بمشاركة "
        "300 مندوب، وتعهد المانحون بتقديم مليار دولار لصندوق إحياء النهر.\n",
        encoding="utf-8",
    )
    report = briefgen.run([src], tmp_path / "out", formats=["json", "md"])
    assert not report.failures
    page = next((tmp_path / "out").rglob("*.md")).read_text(encoding="utf-8")
    data = json.loads(next((tmp_path / "out").rglob("*.json")).read_text(encoding="utf-8"))
    assert "1000000000" in {f["value"] for f in data["figures"]}
    assert "**1 billion" in page and "1000000000" not in page
