"""Quality on conferences of every kind, not only the genre the rules were first written for.

Sets written for issue #10 with their gold (and their events, ``<set>_clusters.json``)
before any output was seen: ``general_a`` and ``general_b`` (42 articles, 28 events: summits, forums,
UN sessions abroad, planning, investment and school-year conferences, congresses, fairs, press
conferences, reviews; look-alike editions and provinces) were then used to generalise the analysis;
``blind_c`` (16 articles, 9 events) was measured once, blind, after that work, and its misses were
studied only afterwards. ``blind_d`` (18 articles, 8 events, ar/en/es/fr/id/vi: a BRICS summit, Summer
Davos, a National Assembly closing, two provinces' tourism promotions held in other cities a week
apart, an oncology congress, a business forum, the UN Ocean Conference) was measured once, blind,
then became a development set for grouping, dates, places and outcomes (adoptions, signings,
commitments). ``blind_e`` (18 articles, 8 events: a defence ministers' meeting abroad in four
languages, a Party congress, a ministers' meeting in China, a national conference and its previous
edition, a trade fair, the World Health Assembly, a province's investment promotion in Seoul) was
measured once, blind, at the end (group recall 0.86, place 0.89, outcome recall 0.83), then its
grouping miss was studied. ``blind_f`` (18 articles, 8 events: a Francophonie ministerial abroad,
the Vietnam-Laos intergovernmental committee, a city council session, a national congress, a
semiconductor exhibition, two ASEAN ministerial meetings of one month, an online storm-recovery
conference) was measured blind (group recall 0.69, date 0.78, place 0.83), then studied;
``blind_g`` (18 articles, 8 events: an investment conference, the Shangri-La Dialogue, Vesak, the
AIPA assembly, business forums in Tokyo and Seoul, a prize ceremony, a press conference) was measured
blind (group recall 0.58, date 0.72, place 0.67, people 0.76/0.86), then studied. ``blind_h`` (18
articles, 8 events: the UN financing conference in Seville, the ASEAN-GCC summit and the
ASEAN-GCC-China summit of the same day (look-alikes), a defence expo, a ministry's year-end review,
a national emulation congress, a France-Vietnam decentralised cooperation conference, an Arab
League summit) was measured blind (group recall 0.17, date 0.83, place 0.72, people 0.78/0.88), then
studied; ``blind_i`` (18 articles, 8 events: the World Social Summit in Doha, a Mekong Delta
coordination council, the Francophonie summit, two ministerial meetings in Kuala Lumpur in one week
(look-alikes), a science association's congress, the Vietnam-Cuba intergovernmental committee in
Havana, an Indonesian inflation meeting) was measured blind after the blind_h work (group recall
0.42, date 0.83, place 0.89, people 0.82/0.92), then studied; ``blind_j`` (17 articles, 7 events:
the parliamentary forum APPF in Lima, a provincial People's Council session, ITB Berlin, two digital
and AI conferences in Ho Chi Minh City a week apart (look-alikes), a GCC ministerial, the Mekong
River Commission) was measured blind after the blind_i work (group recall 0.77, people 0.80/0.96),
then studied for one Arabic-name fix. ``blind_k`` (17 articles, 8 events: a provincial Party congress,
the pre-COP30 ministerial in Brasilia, a Sudan pledging conference in Geneva, the Arab League council
and its economic council two days apart in Cairo (look-alikes), an Indonesian investment forum, a
census press conference, the Algeria-Vietnam joint commission) and ``blind_l`` (17 articles, 8
events: the WHO Western Pacific committee in Manila, the Vietnam Women's Union congress, a BRICS
energy ministerial, the Doha energy forum, two National Assembly question sessions a month apart
and the AU ministerial council and the summit after it in Algiers (two look-alike pairs)) were
measured blind on 2 December (blind_k group recall 0.55, date 0.82, people 0.82/0.88; blind_l group
0.62/0.42, date 0.76, place 0.82, people 0.80/0.89), then studied. ``blind_m`` (17 articles, 8
events: a tropical-medicine congress, the OIC foreign ministers and their senior officials two days
before (look-alikes), Arab central bank governors, an ILO regional meeting, the IPU assembly, a
Caribbean sports body's election, African constitutional courts) and ``blind_n`` (17 articles, 8
events: the OPEC+ ministerial and its monitoring committee two days before (look-alikes), a TB
meeting, Libya's reconciliation conference, Mercocities, the Pacific Islands Forum, a journalists'
congress, UNESCO's heritage committee) were measured blind on 3 December (blind_m group recall 0.55,
people 0.57/0.84, outcomes 0.78, date 0.82, place 0.76; blind_n group 0.88/0.64, people 0.77/0.91,
outcomes 0.72, date 0.76), then studied. ``blind_o`` (17 articles, 8 events: the IMO Assembly, the ECOWAS
council of ministers and summit three days apart in Abuja (look-alikes), the Havana book fair, the
UNCAC conference in Bangkok, the IAEA General Conference, the Bali Process ministerial, a fruit
festival) and ``blind_p`` (18 articles, 8 events: the FAO Near East conference, a UfM water ministerial
and the UfM forum in Barcelona the same week (look-alikes), a Mekong rice review, a port conference,
Indonesia's digital ID meeting, an Islamic finance summit, vaccine makers in Hyderabad) were measured
blind after the blind_m/n work (blind_o group 0.75/0.55, people 0.82/0.89, outcomes 0.77/0.74, date
0.76, place 0.82; blind_p group 1.00/0.58, people 0.86/0.84, outcomes 0.83/0.84, date 0.94); both
were then studied. On 4 December five more sets of 17 articles and 8 events each, of kinds none had
(``blind_q``: ASEAN disaster senior officials and ministers two days apart (look-alikes), a Hajj
services expo and a bilateral Hajj signing beside it, a mining summit, an INTERPOL conference;
``blind_r``: an irrigation congress and its executive council two days before, two provinces'
reviews of one programme on one day; ``blind_s``: a road safety experts' meeting and ministerial,
two provinces' village-fund meetings on one day, an Andean council; ``blind_t``: an Arab water
council's board and workshop, two provinces' industrial-zone reviews on one morning, a cocoa
assembly; ``blind_u``: two Muscat conferences in one week, two provinces' party-building reviews,
a Pacific fisheries summit), were each measured blind once and then studied, each written while the
one before was being studied: blind_q group 0.83/0.45, date 0.82, place 0.88, outcomes 0.90/0.68;
blind_r group 1.00/0.45, people 0.84/0.80, figures 0.90/0.79, outcomes 0.63/0.57, date 0.81, place
0.75; blind_s group 1.00/0.42, people 0.79/0.74, outcomes 0.85/0.73, date 0.82, place 0.94; blind_t
group 1.00/0.50, people 0.73/0.87, outcomes 0.67/0.68, date 0.82, place 0.82; blind_u group
1.00/0.77, people 0.83/0.81, figures 0.92/0.79, outcomes 0.49/0.49, date 0.94, place 0.94 (the code
of that morning gave blind_s group recall 0.17, date 0.65; blind_t date 0.65, place 0.65; blind_u
group recall 0.38, date 0.76). Their notes say where the gold was put in the seeds' conventions
(credited journalists listed, sums as written with their scale in the unit). ``blind_v`` (18
articles, 8 events: two provinces' school-year reviews on one day, a dengue ministerial in Bali, a
prosecutors' cybercrime conference in Rabat, nuclear regulators in Nairobi, a mayors' water summit
and an investors' forum in Santiago in one week (look-alikes), a donors' conference at the Dead
Sea) was written with its gold while blind_u was studied and measured blind once: group 1.00/0.69,
people 0.85/0.89, figures 0.94/0.89, outcomes 0.66/0.78, date 0.78, place 1.00; then studied.
Thresholds sit a little below what each set reached, so a regression fails.
"""

from pathlib import Path

import pytest
from scoring import SCORER, score

import briefgen

DATA = Path(__file__).parent / "data"
HARD = {"coverage": 1.0, "latin_names": 1.0, "quotes_verbatim": 1.0, "figures_grounded": 1.0}
KEYS = (
    "group_precision", "group_recall", "key_people_recall", "people_recall", "people_precision",
    "figure_recall", "figure_precision", "outcome_recall", "outcome_precision", "date_accuracy",
    "place_accuracy",
)  # fmt: skip
# issue #10: people recall >= 0.9 at precision >= 0.95 (credited journalists, one-word names, names
# in commas); the people bars sit a little below what each set reached
SETS = {
    "general_a": (0.98, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.88, 0.84, 0.85, 0.95),
    "general_b": (0.98, 0.95, 0.95, 0.95, 0.95, 0.92, 0.92, 0.9, 0.86, 0.95, 0.95),
    "blind_c": (0.98, 0.95, 0.95, 0.93, 0.95, 0.9, 0.93, 0.9, 0.82, 0.95, 0.95),
    "blind_d": (0.98, 0.95, 0.92, 0.9, 0.91, 0.92, 0.87, 0.95, 0.88, 0.95, 0.9),
    "blind_e": (0.98, 0.95, 0.95, 0.93, 0.95, 0.87, 0.9, 0.92, 0.88, 0.95, 0.95),
    "blind_f": (0.98, 0.95, 0.95, 0.97, 0.93, 0.9, 0.88, 0.97, 0.8, 0.85, 0.8),
    "blind_g": (0.98, 0.9, 0.85, 0.85, 0.9, 0.9, 0.86, 0.86, 0.77, 0.8, 0.85),
    "blind_h": (0.68, 0.8, 0.95, 0.9, 0.92, 0.92, 0.93, 0.9, 0.88, 0.95, 0.95),
    "blind_i": (0.98, 0.7, 0.8, 0.86, 0.88, 0.92, 0.92, 0.93, 0.83, 0.95, 0.95),
    "blind_j": (0.98, 0.95, 0.9, 0.88, 0.95, 0.95, 0.9, 0.93, 0.76, 0.95, 0.95),
    "blind_k": (0.98, 0.95, 0.88, 0.91, 0.9, 0.92, 0.88, 0.9, 0.78, 0.95, 0.9),
    "blind_l": (0.85, 0.63, 0.88, 0.85, 0.9, 0.9, 0.86, 0.92, 0.79, 0.91, 0.97),
    "blind_m": (0.98, 0.95, 0.76, 0.74, 0.79, 0.92, 0.94, 0.87, 0.82, 0.9, 0.95),
    "blind_n": (0.86, 0.97, 0.85, 0.8, 0.89, 0.89, 0.92, 0.85, 0.78, 0.97, 0.92),
    "blind_o": (0.72, 0.69, 0.84, 0.8, 0.9, 0.84, 0.92, 0.75, 0.72, 0.85, 0.9),
    "blind_p": (0.98, 0.8, 0.88, 0.86, 0.84, 0.87, 0.88, 0.8, 0.82, 0.95, 0.92),
    "blind_q": (0.86, 0.78, 0.81, 0.86, 0.79, 0.91, 0.79, 0.92, 0.67, 0.85, 0.85),
    "blind_r": (0.97, 0.78, 0.87, 0.84, 0.83, 0.9, 0.74, 0.67, 0.61, 0.91, 0.97),
    "blind_s": (0.97, 0.8, 0.83, 0.8, 0.71, 0.87, 0.83, 0.86, 0.72, 0.97, 0.91),
    "blind_t": (0.97, 0.72, 0.73, 0.7, 0.84, 0.83, 0.84, 0.72, 0.68, 0.97, 0.97),
    "blind_u": (0.97, 0.89, 0.85, 0.8, 0.78, 0.89, 0.76, 0.64, 0.57, 0.91, 0.91),
    "blind_v": (0.97, 0.97, 0.86, 0.84, 0.85, 0.9, 0.85, 0.69, 0.77, 0.97, 0.97),
}
# The scorer checks quotes against the raw file, and a .jsonl file writes a quotation mark inside its
# text as \": blind_k's pre-COP30 report quotes a minister ("mainly with grants, not loans"), so its
# three quotes that span it, verbatim in the article's decoded text, are not in the raw line (blind_r,
# t and u each have one or two such quotes in their .jsonl report); the test below checks every quote
# of these sets against the text the loader decoded.
RAW_JSONL = {
    "blind_k": {"quotes_verbatim": 0.98, "figures_grounded": 0.98},
    "blind_r": {"quotes_verbatim": 0.99},
    "blind_t": {"quotes_verbatim": 0.99},
    "blind_u": {"quotes_verbatim": 0.99},
}


@pytest.mark.skipif(not SCORER.exists(), reason="../shared is not present")
@pytest.mark.parametrize("name", sorted(SETS))
def test_conferences_of_every_kind_meet_the_bar(name: str, tmp_path: Path) -> None:
    report = briefgen.run([DATA / name], tmp_path, formats=["json"])
    assert not report.failures
    bar = {**HARD, **RAW_JSONL.get(name, {}), **dict(zip(KEYS, SETS[name], strict=True))}
    result = score(DATA / f"{name}_gold.json", DATA / name, tmp_path, bar, DATA / f"{name}_clusters.json")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", sorted(RAW_JSONL))
def test_quotes_are_verbatim_in_the_decoded_text_of_a_jsonl_article(name: str) -> None:
    from langutil import quotes_are_verbatim

    from briefgen.pipeline import analyse_article, expand_inputs, load_articles
    from briefgen.plugins import get_registry

    files, _ = expand_inputs([DATA / name])
    articles, failures = load_articles([f for f in files if f.suffix == ".jsonl"], get_registry(), 10**7)
    assert articles and not failures
    assert all(quotes_are_verbatim(analyse_article(article)) for article in articles)
