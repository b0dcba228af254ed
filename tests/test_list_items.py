"""Numbered and drawn lists under a decision's lead: each line is one outcome with its lead (#12).

A wire writes "los delegados acordaron:" and then "1. Crear ...", Arabic pages "1- إنشاء" or "١. اعتماد",
and an HTML page an <ol> whose marks the browser draws. The number is no sentence of its own, and
the lead alone ("... acordaron") is never an outcome. The articles are written for this test.
"""

from __future__ import annotations

import json

import pytest
from langutil import analyse_text

import briefgen
from briefgen.analysis.sentences import split


def test_a_numbered_lines_number_is_no_sentence() -> None:
    assert split("Los delegados acordaron:\n1. Crear un grupo de trabajo.\n12. Revisar el plan.") == [
        "Los delegados acordaron:",
        "1. Crear un grupo de trabajo.",
        "12. Revisar el plan.",
    ]


@pytest.mark.parametrize(
    ("code", "text", "items"),
    [
        (
            "es",
            "La conferencia regional de guardacostas concluyó el jueves en Lima con 200 delegados.\n\n"
            "Según el texto final, los delegados acordaron:\n"
            "1. Crear un grupo de trabajo sobre pesca ilegal;\n"
            "2. Realizar dos operaciones coordinadas por año.\n",
            ["Crear un grupo de trabajo sobre pesca ilegal", "Realizar dos operaciones coordinadas por año"],
        ),
        (
            "ar",
            "اختتم المؤتمر الوزاري للنقل البحري أعماله في عمان بمشاركة 300 مندوب.\n\n"
            "وبحسب البيان الختامي، قرر الوزراء:\n1- إنشاء مرصد إقليمي لبيانات الموانئ ومقره عمان.\n"
            "2- عقد المؤتمر الوزاري المقبل في تونس عام 2028.\n",
            ["إنشاء مرصد إقليمي لبيانات الموانئ ومقره عمان", "عقد المؤتمر الوزاري المقبل في تونس عام 2028"],
        ),
        (
            "ar",
            "وأقر المؤتمر في ختام أعماله عددا من القرارات، أبرزها:\n١. اعتماد إطار موحد لجودة البرامج.\n"
            "٢. إنشاء صندوق لمنح التنقل الأكاديمي.\n",
            ["اعتماد إطار موحد لجودة البرامج", "إنشاء صندوق لمنح التنقل الأكاديمي"],
        ),
    ],
)
def test_each_numbered_line_under_a_decision_is_an_outcome_with_its_lead(code, text, items) -> None:
    outcomes = analyse_text(code, text).outcomes
    listed = [o for o in outcomes if any(o.text.endswith(item) for item in items)]
    assert [o.text.split(": ", 1)[1] for o in listed] == items
    assert all(o.kind == "decision" for o in listed)
    assert not any(o.text.rstrip(":").endswith(("acordaron", "قرر الوزراء", "أبرزها")) for o in outcomes)


def test_the_items_of_an_html_list_under_a_colon_are_outcomes(tmp_path) -> None:
    page = (
        "<html><body><article><h1>Gulf ministers back shared services</h1>"
        "<p>The Gulf e-services conference closed in Doha on Thursday with 600 delegates.</p>"
        "<p>Reading out the final communiqué, the chair said the conference recommended:</p>"
        "<ol><li>establishing a network of government service centres;</li>"
        "<li>adopting common standards for data exchange within three years.</li></ol>"
        "</article></body></html>"
    )
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "doha.html").write_text(page, encoding="utf-8")
    report = briefgen.run([tmp_path / "in"], tmp_path / "out", formats=["json"])
    assert not report.failures
    [briefing] = [json.loads(p.read_text()) for p in (tmp_path / "out").glob("*.json")]
    texts = [o["text"] for o in briefing["outcomes"]]
    assert any(t.endswith("establishing a network of government service centres") for t in texts)
    assert any(t.endswith("adopting common standards for data exchange within three years") for t in texts)
    assert not any(t.endswith("the conference recommended") for t in texts)


def test_a_colon_lead_whose_items_were_not_read_is_no_outcome_alone() -> None:
    """A lead such as "the conference recommended the following:" says nothing without its items."""
    text = (
        "The donors' conference for the water carrier closed on Tuesday at the Dead Sea.\n\n"
        "In its final statement, the conference recommended the following:\n\n"
        "Establish a trust fund to track the pledges.\n\nHold a follow-up meeting within six months.\n"
    )
    texts = [o.text for o in analyse_text("en", text).outcomes]
    assert not any(t.rstrip(":").endswith("recommended the following") for t in texts)


def test_a_resolution_lead_gives_one_decision_per_numbered_item() -> None:
    text = (
        "The conference of radiation regulators closed on Thursday in Nairobi.\n\n"
        "In their closing communiqué, the regulators resolved to:\n"
        "1. Establish a regional training centre for inspectors;\n"
        "2. Create a continental registry of disused sources.\n"
    )
    found = [(o.text, o.kind) for o in analyse_text("en", text).outcomes]
    lead = "In their closing communiqué, the regulators resolved to: "
    assert found == [
        (lead + "Establish a regional training centre for inspectors", "decision"),
        (lead + "Create a continental registry of disused sources", "decision"),
    ]
