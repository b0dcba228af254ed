"""Quality on a fifth held-out set (tests/data/heldout5), gold written before any output was seen.

Five articles: Vietnamese provincial reports whose officials are introduced as "Đồng chí X, Phó
Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo nhân quyền tỉnh", with Jrai names outside the Kinh surname
list ("Rah Lan Chung", "Siu H'Mai", "Dương Mah Tiệp") that only their rank or honorific announces,
a bare photographer's credit ("Ảnh: Đinh Yến") and "Xem thêm" teaser blocks carrying other events'
numbers; French machine translations with "le général de division", "M."/"Mme", "plus de 300
délégués" and "à hauteur de 12,5 %". Thresholds sit a little below what the analysis reached, so a
regression fails and noise does not.
"""

from pathlib import Path

import pytest
from scoring import SCORER, score

import briefgen

DATA = Path(__file__).parent / "data"
BAR = {
    "coverage": 1.0,
    "key_people_recall": 0.95,
    "people_recall": 0.95,
    "people_precision": 0.95,
    "latin_names": 1.0,
    "figure_recall": 0.9,
    "figure_precision": 0.9,
    "outcome_recall": 0.85,
    "date_accuracy": 1.0,
    "place_accuracy": 0.75,
    "quotes_verbatim": 1.0,
    "figures_grounded": 1.0,
}


@pytest.mark.skipif(not SCORER.exists(), reason="../shared is not present")
def test_fifth_heldout_briefings_meet_the_bar(tmp_path):
    report = briefgen.run([DATA / "heldout5"], tmp_path, formats=["json"])
    assert not report.failures
    result = score(DATA / "heldout5_gold.json", DATA / "heldout5", tmp_path, BAR)
    assert result.returncode == 0, result.stdout + result.stderr
