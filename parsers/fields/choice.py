"""What a page gives and what a field chose, shared by the choice (extract.py), the confidence it is
given (confidence.py) and the doubts that hold it back (doubts.py): `PageResult`, one analysed page with
its candidates, and `Choice`, a field's chosen candidate with its confidence and the notes on it."""

from __future__ import annotations

from dataclasses import dataclass, field

from intake.domain.model import Page
from parsers.fields.base import Candidate, PageScan


@dataclass
class PageResult:
    page: Page
    scan: PageScan
    candidates: list[Candidate]
    kind: str | None
    title_top: bool
    other_paper: bool = False  # titled as another paper (a prescription), no invoice title (`page_kind`)


@dataclass
class Choice:
    candidate: Candidate
    confidence: float
    notes: list[str] = field(default_factory=list)

    def held(self, cap: float, note: str) -> Choice:
        """This choice held at `cap` at the most, `note` saying why: a doubt never raises a confidence."""
        return Choice(self.candidate, min(self.confidence, cap), [*self.notes, note])
