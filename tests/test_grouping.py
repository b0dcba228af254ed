"""Grouping on hand-built Documents: cross-script joins, look-alikes kept apart, overrides."""

from __future__ import annotations

import logging
import random

import pytest
from groupdocs import doc

from briefgen import gazetteer, pipeline
from briefgen.grouping import group, group_documents
from briefgen.grouping.clustering import MAX_BLOCK, candidate_pairs
from briefgen.grouping.features import event_keys, parse_date
from briefgen.grouping.names import same_person
from briefgen.grouping.places import place_keys
from briefgen.hookspecs import hookimpl
from briefgen.models import Conference
from briefgen.overrides import OverridesError, load_overrides
from briefgen.plugins import register_plugin

KY = "Nguyen Van Ky"


def ids(conferences: list[Conference]) -> list[list[str]]:
    return [[d.article.id for d in c.documents] for c in conferences]


def ninh_binh(ident: str, language: str, **changes) -> object:
    """One report of the 16 May 2024 Ninh Binh conference, as each language plugin would see it."""
    fields = dict(
        date="2024-05-16",
        place="Ninh Binh province",
        people=((KY, "نجوين فان كي"), ("Tran Minh Duc", "تران مينه دوك")),
        figures=(("250", "delegates", "delegates"), "7.6", "44-CT/TW"),
    )
    fields.update(changes)
    return doc(ident, language, **fields)


def test_reports_in_three_scripts_form_one_group():
    documents = [
        ninh_binh("nb-ar", "ar"),
        ninh_binh("nb-vi", "vi", people=((KY, "Nguyễn Văn Kỷ"), ("Tran Minh Duc", "Trần Minh Đức"))),
        ninh_binh("nb-fr", "fr", place="province de Ninh Binh", people=(("Nguyen Van Ki", "Nguyen Van Ky"),)),
    ]
    assert ids(group_documents(documents)) == [["nb-ar", "nb-vi", "nb-fr"]]


def test_same_kind_of_conference_elsewhere_or_on_another_day_stays_apart():
    documents = [
        ninh_binh("nb-may", "vi"),
        ninh_binh("nd-may", "vi", place="Nam Dinh province"),
        ninh_binh("nb-nov", "vi", date="2024-11-20"),
    ]
    grouping = group(documents)
    assert ids(grouping.conferences) == [["nb-may"], ["nd-may"], ["nb-nov"]]
    text = grouping.explain()
    assert "different places (Ninh Binh province vs Nam Dinh province)" in text
    assert "different dates (2024-05-16 vs 2024-11-20)" in text


def test_opening_and_closing_day_reports_join_but_two_days_apart_do_not():
    """One report dates a two-day edition by its opening, another by its closing; an unnumbered
    meeting of the next day with the same officials is another one."""
    forum = "12th Ninh Binh Investment Forum"
    documents = [
        ninh_binh("nb-open", "fr", place="province de Ninh Binh", title=forum),
        ninh_binh("nb-close", "id", date="2024-05-17", title=forum),
        ninh_binh("nb-later", "vi", date="2024-05-18", title=forum),
        ninh_binh("nb-next", "vi", date="2024-05-17"),
    ]
    grouping = group(documents)
    assert ids(grouping.conferences) == [["nb-open", "nb-close"], ["nb-later"], ["nb-next"]]
    assert "(2024-05-16 vs 2024-05-18)" in grouping.explain()


def test_a_day_without_its_year_is_the_same_day_of_a_dated_report():
    """A wire that omits the year ("a pris fin samedi", "12 avril") still tells which day; it
    joins the dated report of that day and is kept from the report of another day."""
    assert parse_date("XXXX-05-04") == (0, 5, 4) and parse_date("XXXX") == ()
    people = ("Kane Diallo", "Aminata Sow")
    documents = [
        doc("dated", "ar", date="2026-05-04", place="Nouakchott", people=people[:1]),
        doc("yearless", "fr", date="XXXX-05-04", place="Nouakchott", people=people),
        doc("other-day", "fr", date="XXXX-05-09", place="Nouakchott", people=people[1:]),
    ]
    grouping = group(documents)
    assert ids(grouping.conferences) == [["dated", "yearless"], ["other-day"]]
    text = grouping.explain()
    assert "same date 2026-05-04" in text and "different dates (XXXX-05-04 vs XXXX-05-09)" in text


def test_a_report_of_the_whole_span_bridges_the_opening_and_the_closing_day():
    """Filed on the opening day, on the closing day and after it all: one event; without the report
    that gives the span, two days apart stay two events."""
    forum = "27th Regional Police Conference"
    opening = doc("opening", "fr", date="2026-05-19", place="Punta Cana", people=(KY,), title=forum)
    closing = doc("closing", "es", date="2026-05-21", place="Punta Cana", people=(KY,), title=forum)
    whole = doc(
        "whole", "es", date="2026-05-19", date_end="2026-05-21", place="Punta Cana", people=(KY,), title=forum
    )
    assert ids(group_documents([opening, closing, whole])) == [["opening", "closing", "whole"]]
    assert ids(group_documents([opening, closing])) == [["opening"], ["closing"]]


def test_a_group_never_holds_two_editions_of_one_series():
    """Each of the two reports with no ordinal would join either edition's report; the group
    that forms first keeps the other edition out."""
    common = dict(date="2025-05-27", place="Kuala Lumpur", people=(KY, "Anwar Ibrahim"))
    documents = [
        doc("first", "fr", title="1st ASEAN-China Summit", **common),
        doc("first-b", "en", title="ASEAN-China Summit", **common),
        doc("second-b", "ar", title="ASEAN Summit", **common),
        doc("second", "id", title="2nd ASEAN Summit", **common),
    ]
    for conference in group_documents(documents):
        titles = {d.event.title for d in conference.documents}
        assert not {"1st ASEAN-China Summit", "2nd ASEAN Summit"} <= titles


def test_reports_without_date_or_place_join_on_people_and_document_numbers():
    documents = [
        doc("hn-vi", "vi", people=("Nguyen Huu Huyen", KY), figures=("1252", "0.5", "2025")),
        doc("hn-ar", "ar", people=("Nguyen Huu Huyen", KY), figures=("1252", "2025")),
    ]
    assert ids(group_documents(documents)) == [["hn-vi", "hn-ar"]]


def test_a_shared_official_and_common_figures_are_not_enough():
    """The same officials open conference after conference; round attendance and terms recur."""
    documents = [
        doc(
            f"conf-{i}",
            "vi",
            people=(KY, f"Local Leader {chr(65 + i)}"),
            figures=(("350", "delegates", ""), "2023-2025"),
        )
        for i in range(5)
    ]
    assert len(group_documents(documents)) == 5


def test_a_chain_never_joins_two_known_dates():
    """A-B and B-C each look like one event, but A and C are on different days."""
    documents = [
        doc("a", date="2024-05-16", people=(KY, "Tran Minh Duc"), figures=("44-CT/TW",)),
        doc("b", place="Ninh Binh", people=(KY, "Tran Minh Duc"), figures=("44-CT/TW",)),
        doc("c", date="2024-11-20", place="Ninh Binh", people=(KY, "Tran Minh Duc"), figures=("44-CT/TW",)),
    ]
    grouping = group(documents)
    assert len(grouping.conferences) == 2
    assert "its group has another date" in grouping.explain()


def test_teaser_people_and_figures_do_not_pull_a_page_into_another_event():
    teased = doc(
        "nd",
        date="2024-05-16",
        place="Nam Dinh",
        people=("Le Van Hoa", KY),
        figures=(("300", "delegates", ""),),
    )
    page = doc(
        "lc",
        people=("Hoang Thi Lan", KY, "Le Van Hoa", "Tran Minh Duc"),
        figures=(("150", "officials", ""), ("300", "delegates", "")),
    )
    assert len(group_documents([teased, page])) == 2


def test_grouping_is_deterministic_whatever_the_input_order():
    documents = [
        ninh_binh("nb-ar", "ar"),
        ninh_binh("nb-vi", "vi"),
        ninh_binh("nd", "vi", place="Nam Dinh"),
        doc("hn-vi", people=("Nguyen Huu Huyen", KY), figures=("1252",)),
        doc("hn-ar", "ar", people=("Nguyen Huu Huyen", KY), figures=("1252",)),
    ]
    expected = sorted(sorted(g) for g in ids(group_documents(documents)))
    for seed in range(5):
        shuffled = documents[:]
        random.Random(seed).shuffle(shuffled)
        assert sorted(sorted(g) for g in ids(group_documents(shuffled))) == expected


def test_blocking_skips_key_pairs_that_half_the_corpus_shares():
    """Articles sharing only the two officials of every conference are never even compared."""
    documents = [
        doc(f"d{i}", date=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", people=(KY, "Dang Xuan Hong"))
        for i in range(3 * MAX_BLOCK)
    ]
    keys = [event_keys(i, d) for i, d in enumerate(documents)]
    assert candidate_pairs(keys) == []
    # With a rarer third key in common, the pairs that share it are compared, and only those.
    documents += [
        doc("x1", date="2024-02-02", people=("Hoang Thi Lan",)),
        doc("x2", date="2024-02-02", people=("Hoang Thi Lan",)),
    ]
    keys = [event_keys(i, d) for i, d in enumerate(documents)]
    assert candidate_pairs(keys) == [(len(documents) - 2, len(documents) - 1)]


def test_overrides_force_together_and_apart_by_id_or_file_name():
    documents = [ninh_binh("nb-ar", "ar"), ninh_binh("nb-vi", "vi"), doc("other", date="2024-01-02")]
    apart = group_documents(documents, {"apart": [["nb-ar.txt", "nb-vi"]]})
    assert ids(apart) == [["nb-ar"], ["nb-vi"], ["other"]]
    together = group_documents(documents, {"together": [["other", "nb-vi.txt"]]})
    assert ids(together) == [["nb-ar"], ["nb-vi", "other"]]


def test_contradictory_overrides_are_refused(caplog):
    documents = [doc("a"), doc("b"), doc("c")]
    with pytest.raises(OverridesError, match="kept apart"):
        group_documents(documents, {"together": [["a", "b"], ["b", "c"]], "apart": [["a", "c"]]})
    with caplog.at_level(logging.WARNING, logger="briefgen"):
        group_documents(documents, {"together": [["a", "missing.txt"]]})
    assert "missing.txt" in caplog.text


def test_overrides_file_is_read_and_checked(tmp_path):
    good = tmp_path / "ok.toml"
    good.write_text('together = [["a.txt", "b.txt"]]\napart = [["c", "d", "e"]]\n', encoding="utf-8")
    assert load_overrides(good) == {"together": [["a.txt", "b.txt"]], "apart": [["c", "d", "e"]]}
    for body, problem in [
        ('together = ["a", "b"]', "list of lists"),
        ("together = [[", "not valid TOML"),
        ('join = [["a", "b"]]', "unknown key"),
    ]:
        bad = tmp_path / "bad.toml"
        bad.write_text(body, encoding="utf-8")
        with pytest.raises(OverridesError, match=problem):
            load_overrides(bad)


def test_explain_shows_the_evidence_that_tied_a_group():
    text = group([ninh_binh("nb-ar", "ar"), ninh_binh("nb-vi", "vi")]).explain()
    assert "1 group(s) from 2 article(s)" in text
    assert "tied nb-ar.txt + nb-vi.txt" in text
    for evidence in (
        "same date 2024-05-16",
        "same place Ninh Binh province",
        "person Nguyen Van Ky",
        "person Tran Minh Duc",
        "document 44-CT/TW",
        "(threshold 3)",
    ):
        assert evidence in text


def _pairs_of_every_kind() -> list[tuple[object, object]]:
    """Pairs that join, are vetoed on date or place, share only context, or fall below the bar."""
    nb_ar, nb_vi = ninh_binh("nb-ar", "ar"), ninh_binh("nb-vi", "vi")
    return [
        (nb_ar, nb_vi),
        (nb_ar, ninh_binh("nd", "vi", place="Nam Dinh")),
        (nb_vi, ninh_binh("later", "vi", date="2024-11-20")),
        (doc("x", date="2024-05-16", place="Hanoi"), doc("y", date="2024-05-16", place="Hanoi")),
        (doc("p", people=(KY,), figures=("250",)), doc("q", people=(KY,), figures=("250",))),
        (
            doc(
                "s", date="2024-05-16", place="Hanoi", figures=(("12", "projects", ""), ("7", "licences", ""))
            ),
            doc(
                "t", date="2024-05-16", place="Hanoi", figures=(("12", "projects", ""), ("7", "licences", ""))
            ),
        ),
    ]


def test_every_verdict_states_the_rule_its_own_ties_imply():
    """The reason a pair was kept apart is generated from the ties it lists, never contradicting them."""
    from briefgen.grouping.scoring import THRESHOLD, Rarity, compare

    seen = set()
    for a, b in _pairs_of_every_kind():
        ka, kb = event_keys(0, a), event_keys(1, b)
        verdict = compare(ka, kb, Rarity([ka, kb]))
        seen.add(verdict.rule)
        assert verdict.score == round(sum(t.weight for t in verdict.ties), 2)
        for tie in verdict.ties:
            assert tie.describe() in verdict.describe()
        reason = verdict.why_apart()
        if verdict.rule == "veto":
            assert not verdict.joins and reason.startswith("different ")
        elif verdict.rule == "no content":
            assert not any(t.content for t in verdict.ties) and not verdict.joins
            for kind in {t.kind for t in verdict.ties}:
                assert kind in reason
        elif verdict.rule == "below threshold":
            assert verdict.score < THRESHOLD and f"{verdict.score:g}" in reason and not verdict.joins
        else:
            assert verdict.joins and verdict.score >= THRESHOLD and any(t.content for t in verdict.ties)
    assert seen == {"veto", "no content", "below threshold", "joined"}


def test_two_editions_of_one_series_stay_apart_whatever_else_they_share():
    people = (KY, "Tran Minh Duc", "Le Van Hoa")
    documents = [
        doc("s46", "en", people=people, title="46th ASEAN Summit"),
        doc("s47", "en", people=people, title="47th ASEAN Summit"),
        doc("s47b", "ar", people=people, title="47th ASEAN Summit"),
    ]
    grouping = group(documents)
    assert ids(grouping.conferences) == [["s46"], ["s47", "s47b"]]
    assert "different editions (46 vs 47 asean summit)" in grouping.explain()


def test_two_shared_ordinary_figures_are_content():
    """Same day, same place and two shared counts: the counts say what the reports have in common."""
    a, b = _pairs_of_every_kind()[-1]
    assert ids(group_documents([a, b])) == [["s", "t"]]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Nguyen Van Ky", "Nguyễn Văn Kỷ", True),
        ("Nguyen Van Ky", "Nguyen Van Ki", True),
        ("Nguyen Van Ky", "Nguyn Van Ky", True),
        ("Nguyen Van Ky", "Thieu tuong Nguyen Van Ky", True),
        ("Nguyen Van Ha", "Nguyen Van Hoa", False),
        ("Dang Xuan Hong", "Dang Xuan Huong", False),
        ("Le Quoc Thanh", "Le Quoc Thinh", False),
        ("Mai Son", "Xuan Son", False),
        ("Mai Son", "Nguyen Mai Son", False),
    ],
)
def test_same_person_forgives_lost_vowels_but_not_other_syllables(a, b, same):
    assert same_person(a, b) is same


def test_place_keys_see_provinces_through_cities_and_generic_words():
    assert place_keys("Quy Nhon city, Binh Dinh province").provinces == {"binhdinh"}
    assert place_keys("tỉnh Hà Tĩnh").provinces == place_keys("Ha Tinh province").provinces == {"hatinh"}
    assert place_keys("Hà Nội").keys == place_keys("Hanoi").keys
    assert place_keys("thành phố Đông Hà").provinces == {"quangtri"}
    assert place_keys("Ha Long").provinces == place_keys("Quang Ninh province").provinces
    assert not place_keys(None)


def test_a_town_named_like_a_person_resolves_only_as_a_place_field():
    assert place_keys("Vinh city").provinces == place_keys("Nghệ An").provinces == {"nghean"}
    assert gazetteer.lookup("Vinh") is None  # "Nguyen Van Vinh" stays a person in running text


def test_the_built_in_is_the_pipeline_default_and_a_plugin_can_replace_it():
    documents = [ninh_binh("nb-ar", "ar"), ninh_binh("nb-vi", "vi")]
    assert ids(pipeline.group_documents(documents)) == [["nb-ar", "nb-vi"]]

    class EachAlone:
        @hookimpl
        def group_documents(self, documents, overrides):
            return [Conference(d.article.id, (d,)) for d in documents]

    undo = register_plugin(EachAlone())
    try:
        assert ids(pipeline.group_documents(documents)) == [["nb-ar"], ["nb-vi"]]
    finally:
        undo()


def test_a_venue_named_without_its_city_is_no_different_place():
    # the Vietnamese report names only the building, the English one only the city: neither contradicts
    # the other, so the same day and two officials are enough
    people = (("Tran Quoc Hung", "Trần Quốc Hưng"), ("Le Thi Mai", "Lê Thị Mai"))
    documents = [
        doc("na-vi", "vi", date="2024-06-28", place="National Assembly House", people=people),
        doc("na-en", "en", date="2024-06-28", place="Hanoi (Ha Noi)", people=people),
    ]
    grouping = group(documents)
    assert ids(grouping.conferences) == [["na-vi", "na-en"]]
    assert "places differ" not in grouping.explain()
