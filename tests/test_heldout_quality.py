"""Quality on articles the analysis was not written against, scored by the shared scorer.

The seeds are what the rules were first tuned on. Each held-out set below was written, with its
gold (``tests/data/<set>_gold.json``, the seeds' gold format), before any output was seen, in a
style the rules had not met; general rules were then fixed, never the files. Thresholds sit a
little below what the analysis reached, so a regression fails and noise does not. The scorer's
hard bars (names in Latin script, verbatim quotes, grounded figures) are 1.0 for every set.
"""

from pathlib import Path

import pytest
from scoring import SCORER, score

import briefgen

DATA = Path(__file__).parent / "data"
HARD = {"coverage": 1.0, "latin_names": 1.0, "quotes_verbatim": 1.0, "figures_grounded": 1.0}
KEYS = (
    "key_people_recall", "people_recall", "people_precision", "figure_recall",
    "figure_precision", "outcome_recall", "date_accuracy", "place_accuracy",
)  # fmt: skip
SETS = {
    # ten articles, two per language: other provinces, speakers and outlets than the seeds
    "heldout": (0.95, 0.9, 0.9, 0.85, 0.9, 0.8, 0.9, 0.8),
    # wire datelines, titles after names, "18 ألف" and Arabic-Indic digits, "Publié le" page dates,
    # "Kamis (7/11/2024)", "PGS.TS.", foreign speakers, bylines, captions, related links
    "heldout2": (0.9, 0.9, 0.95, 0.9, 0.95, 0.9, 0.9, 0.9),
    # translated-outlet style, English reports, a "Tin liên quan" block of other events' teasers
    "heldout3": (0.9, 0.9, 0.95, 0.95, 0.85, 0.97, 1.0, 0.9),
    # English and Indonesian: foreign officials named after long English titles, attendee lists
    "heldout4": (0.95, 0.95, 0.95, 0.85, 0.9, 0.9, 1.0, 0.95),
    # Vietnamese originals with Jrai names, bare "Ảnh:" credits, "Xem thêm" blocks; French
    "heldout5": (0.95, 0.95, 0.95, 0.9, 0.9, 0.97, 1.0, 0.75),
}

# issue #12: outcomes are whole sentences or list items and background is left out, so most of
# what is listed is a real outcome (a little below what each set reached). The gold of these sets
# was written before commitments counted as outcomes: heldout4's pledges ("the EU would provide
# EUR 15 million", "ILO siap mendukung") are listed but not in its gold.
OUTCOME_PRECISION = {"heldout": 0.9, "heldout2": 0.9, "heldout3": 0.9, "heldout4": 0.75, "heldout5": 0.8}


@pytest.mark.skipif(not SCORER.exists(), reason="../shared is not present")
@pytest.mark.parametrize("name", sorted(SETS))
def test_heldout_briefings_meet_the_bar(name: str, tmp_path: Path) -> None:
    report = briefgen.run([DATA / name], tmp_path, formats=["json"])
    assert not report.failures
    bar = {**HARD, **dict(zip(KEYS, SETS[name], strict=True)), "outcome_precision": OUTCOME_PRECISION[name]}
    result = score(DATA / f"{name}_gold.json", DATA / name, tmp_path, bar)
    assert result.returncode == 0, result.stdout + result.stderr
