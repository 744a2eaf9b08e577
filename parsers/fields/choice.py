"""What a page gives and what a field chose, shared by the choice (extract.py), the confidence it is
given (confidence.py) and the doubts that hold it back (doubts.py): `PageResult`, one analysed page with
its candidates, and `Choice`, a field's chosen candidate with its confidence and the notes on it."""

from __future__ import annotations

from dataclasses import dataclass, field

from intake.domain.model import Page
from parsers.fields.base import Candidate, PageScan, line_of


@dataclass
class PageResult:
    page: Page
    scan: PageScan
    candidates: list[Candidate]
    kind: str | None
    title_top: bool
    other_paper: bool = False  # titled as another paper (a prescription), no invoice title (`page_kind`)


def result_of(candidate: Candidate, group: list[PageResult]) -> PageResult | None:
    """The analysed page the candidate was found on, or None."""
    return next((r for r in group if r.page.number == candidate.page), None)


def located(candidate: Candidate, group: list[PageResult]) -> tuple[PageScan, int] | None:
    """The scan of the candidate's page and the index of the line holding its first word, or None."""
    if candidate.box is None:
        return None
    result = result_of(candidate, group)
    index = None if result is None else line_of(result.scan, candidate)
    return None if result is None or index is None else (result.scan, index)


@dataclass
class Choice:
    candidate: Candidate
    confidence: float
    notes: list[str] = field(default_factory=list)

    def held(self, cap: float, note: str) -> Choice:
        """This choice held at `cap` at the most, `note` saying why: a doubt never raises a confidence."""
        return Choice(self.candidate, min(self.confidence, cap), [*self.notes, note])
