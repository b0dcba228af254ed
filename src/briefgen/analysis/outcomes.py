"""Outcomes of the event: requests, proposals, decisions, tasks and conclusions, by cue phrase.

A sentence is an outcome when it carries a cue of its kind ("đề nghị", "mengusulkan",
"a souligné la nécessité", "اقترح", "is an opportunity") and none of the cues that mark a
purpose statement, background or forecast. Long sentences are cut into their clauses
(";", list colons), since a speaker's list of tasks is several outcomes; each clause is quoted
verbatim as the evidence, and in offline mode the clause is also the outcome's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..models import Evidence, Outcome
from .profile import OUTCOME_KINDS, Profile

_CLAUSES = re.compile(r"[^;؛]+")
_MIN_CLAUSE = 25
_MAX_CLAUSE = 300


def _clauses(sentence: str) -> list[str]:
    parts: list[str] = []
    for m in _CLAUSES.finditer(sentence):
        clause = m.group()
        # "... tugas utama: Terus memberi ..." - a list after a colon is its own clause
        pieces = re.split(r"(?<=:)\s+(?=\S)", clause) if len(clause) > _MAX_CLAUSE else [clause]
        for piece in pieces:
            while len(piece) > _MAX_CLAUSE:
                cut = max(
                    piece.rfind("...", 0, _MAX_CLAUSE),
                    piece.rfind("، ", 0, _MAX_CLAUSE),
                    piece.rfind(", ", 0, _MAX_CLAUSE),
                )
                if cut < _MIN_CLAUSE:
                    break
                parts.append(piece[: cut + 1])
                piece = piece[cut + 1 :]
            parts.append(piece)
    return [p.strip(" .…-–") for p in parts if len(p.strip()) >= _MIN_CLAUSE]


class OutcomeReader:
    def __init__(self, profile: Profile) -> None:
        self.language = profile.code
        self._cues = [
            (kind, re.compile("|".join(re.escape(c) for c in profile.outcomes[kind]), re.I))
            for kind in OUTCOME_KINDS
            if profile.outcomes.get(kind)
        ]
        skip = "|".join(re.escape(c) for c in profile.not_outcomes)
        self._skip = re.compile(skip, re.I) if skip else None

    def kind_of(self, sentence: str) -> str | None:
        if self._skip is not None and self._skip.search(sentence):
            return None
        return next((kind for kind, cue in self._cues if cue.search(sentence)), None)

    def outcomes(self, article: str, sentences: Iterable[str]) -> list[Outcome]:
        out: list[Outcome] = []
        for sentence in sentences:
            kind = self.kind_of(sentence)
            if kind is None:
                continue
            for clause in _clauses(sentence):
                out.append(Outcome(clause, kind, self.language, (Evidence(article, clause),)))
        return out
