"""Quality on articles the analysis was not written against (tests/data/heldout, gold written first).

The seeds are what the rules were tuned on; these ten articles (two per language, other
provinces, speakers and outlets) check that the rules generalise. Thresholds sit a little
below what the analysis reached when they were set, so a regression fails and noise does not.
"""

from pathlib import Path

import pytest
from scoring import SCORER, score

import briefgen

DATA = Path(__file__).parent / "data"
BAR = {
    "coverage": 1.0,
    "key_people_recall": 0.95,
    "people_recall": 0.9,
    "people_precision": 0.9,
    "latin_names": 1.0,
    "figure_recall": 0.85,
    "figure_precision": 0.9,
    "outcome_recall": 0.8,
    "date_accuracy": 0.9,
    "place_accuracy": 0.8,
    "quotes_verbatim": 1.0,
    "figures_grounded": 1.0,
}


@pytest.mark.skipif(not SCORER.exists(), reason="../shared is not present")
def test_heldout_briefings_meet_the_bar(tmp_path):
    report = briefgen.run([DATA / "heldout"], tmp_path, formats=["json"])
    assert not report.failures
    result = score(DATA / "heldout_gold.json", DATA / "heldout", tmp_path, BAR)
    assert result.returncode == 0, result.stdout + result.stderr
