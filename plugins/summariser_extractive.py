"""The offline summariser: what the sources say, merged by :mod:`briefgen.merge`, then ranked.

Nothing is rephrased: people, figures and outcomes are the ones the documents carry, each with
its evidence. Merging (one entry per person across scripts, figures with their disagreements,
outcomes once across translations) is shared with every summariser; what this one adds is the
order, which is the whole job because the PDF renderer drops items from the end of each list when
the page is full: people who chaired, opened, closed or presented come first, measures (growth,
poverty, jobs) before mere counts. Outcomes are chosen for the page's eight places by kind
(decisions and requests first) and coverage: each place goes to the best-ranked outcome of a
speaker and a source the page has shown least, so one speaker's long list cannot fill it.

It also writes the English offline: each outcome's frame ("Requested by ..., in the closing
speech:") and the lead paragraph, both from extracted facts through the phrase patterns of the
templates package (see :func:`briefgen.templating.outcome_frame` and ``lead_paragraph``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import briefgen
from briefgen import hookimpl
from briefgen.analysis.profile import ACTS
from briefgen.models import Briefing, Conference, EventInfo, Figure, Generator, Outcome, Person
from briefgen.protocols import Settings
from briefgen.templating import PAGE_OUTCOMES, with_english
from briefgen.textutil import slug

FIGURE_ORDER = ("economic", "social", "rate", "attendance", "legal_reference", "count", "term", "other")
OUTCOME_ORDER = ("decision", "request", "proposal", "commitment", "task", "conclusion")


def _rank(order: Sequence[str], kind: str) -> int:
    """Position of ``kind`` in ``order``; unknown kinds go last."""
    return order.index(kind) if kind in order else len(order)


def rank_people(people: Sequence[Person]) -> list[Person]:
    """By the most important act each performed; order of first mention breaks ties."""
    return sorted(people, key=lambda p: min((_rank(ACTS, a) for a in p.acts), default=len(ACTS)))


def rank_figures(figures: Sequence[Figure]) -> list[Figure]:
    return sorted(figures, key=lambda f: _rank(FIGURE_ORDER, f.kind))


def rank_outcomes(outcomes: Sequence[Outcome], places: int = PAGE_OUTCOMES) -> list[Outcome]:
    """The first ``places`` chosen for coverage of speakers and sources, then the rest by kind.

    Within the page's places, an outcome whose speaker (unattributed ones count as one speaker)
    and then source the page has shown fewer times wins over a better kind; ties go to the kind
    order, then to the order of the text.
    """
    by_kind = sorted(outcomes, key=lambda o: _rank(OUTCOME_ORDER, o.kind))
    chosen: list[Outcome] = []
    speakers: Counter[str | None] = Counter()
    sources: Counter[str] = Counter()
    rest = list(by_kind)
    while rest and len(chosen) < places:
        best = min(
            rest,
            key=lambda o: (
                speakers[o.speaker],
                sources[_source(o)],
                _rank(OUTCOME_ORDER, o.kind),
            ),
        )
        rest.remove(best)
        chosen.append(best)
        speakers[best.speaker] += 1
        sources[_source(best)] += 1
    return [*chosen, *rest]


def _source(outcome: Outcome) -> str:
    return outcome.evidence[0].article if outcome.evidence else ""


def briefing_id(event: EventInfo, fallback: str) -> str:
    """Readable and stable: "<date>-<place>-<first words of the title>"."""
    # "Ha Long city, Quang Ninh province": the province keeps ids stable whether a town is named or not
    place = re.sub(r"\s+(?:province|city)$", "", (event.place or "").rsplit(",", 1)[-1].strip())
    title = " ".join(w for w in (event.title or "").split() if not re.fullmatch(r"\d{4}", w))
    title = " ".join(title.split()[:6])
    parts = [event.date or "", slug(place) if place else "", slug(title, 50) if title else ""]
    return "-".join(p for p in parts if p) or slug(fallback)


class ExtractiveSummariser:
    name = "extractive"

    def summarise(self, conference: Conference, settings: Settings) -> Briefing:
        from briefgen.merge import merge_conference  # with rapidfuzz: too slow to import for --help

        merged = merge_conference(conference.documents)
        briefing = Briefing(
            id=briefing_id(merged.event, conference.id),
            event=merged.event,
            people=tuple(rank_people(merged.people)),
            figures=tuple(rank_figures(merged.figures)),
            outcomes=tuple(rank_outcomes(merged.outcomes)),
            sources=merged.sources,
            conflicts=merged.conflicts,
            notes=merged.notes,
            generator=Generator("extractive", None, briefgen.__version__),
        )
        return with_english(briefing)


@hookimpl
def register_summarisers(register):
    register(ExtractiveSummariser())
